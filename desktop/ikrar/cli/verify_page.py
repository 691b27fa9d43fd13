"""Command line: `ikrar verify-page OUT_DIR`, the agency's certificate verification web page."""

from __future__ import annotations

import argparse
from pathlib import Path

from ikrar.cli.verify import agency_public
from ikrar.core.errors import UsageError


def add_verify_page_command(commands) -> None:
    page = commands.add_parser(
        "verify-page",
        help="write the certificate verification web page (OUT_DIR/index.html) for the agency "
        "to publish at its verification URL",
    )
    page.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    page.add_argument("--public-key", type=Path, metavar="FILE",
                      help="the agency's public key (default: the one in the data folder)")
    page.add_argument("--agency", metavar="NAME",
                      help="the agency's name at the top of the page (default: the one the "
                      "latest event names)")
    page.set_defaults(func=cmd_verify_page)


def cmd_verify_page(args: argparse.Namespace) -> int:
    from ikrar.documents import verify_page  # noqa: PLC0415

    public = agency_public(args)
    if args.out_dir.exists() and not args.out_dir.is_dir():
        raise UsageError("usage.cannot_write",
                         f"Cannot write {args.out_dir}: it is a file, not a folder. Give a folder; "
                         f"the page is written into it as {verify_page.PAGE_NAME}.",
                         file=args.out_dir, reason="not a folder")
    agency = args.agency if args.agency is not None else verify_page.agency_name()
    events = verify_page.event_titles()
    path = verify_page.write(args.out_dir, public, agency=agency, events=events)
    print(f"Wrote {path}: the verification page for agency key {public.key_id} "
          f"(fingerprint {public.fingerprint}), {len(events)} event(s) listed.")
    urls = verify_page.verification_urls()
    if urls:
        print("Publish it at the verification URL certificates carry: " + ", ".join(urls) + ".")
    else:
        print("No event has a verification URL yet, so certificates carry the bare code: set "
              "the event's verification URL to where this page will be published.")
    print("A phone that scans a certificate opens the page, which checks the code itself and "
          "sends it nowhere. Make the page again after adding an event, so that it names it.")
    return 0
