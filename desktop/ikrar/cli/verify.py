"""Command line: `ikrar verify`, checking certificates and badges page by page."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar.core.errors import UsageError

if TYPE_CHECKING:
    from ikrar.core.keys import PublicKey

EXIT_VALID, EXIT_INVALID, EXIT_USAGE, EXIT_UNREADABLE, EXIT_BAD_INPUT = 0, 1, 2, 3, 4
EXIT_HELP = """exit status:
  0  valid: every page holds a genuine code that matches the page
  1  invalid: a code is forged, altered or voided, or a page contradicts its code
  2  wrong command line (e.g. neither a file nor a code)
  3  unreadable: no Ikrar code could be read (on some page), nothing invalid
  4  bad input: an empty, too large, damaged file, not a PDF or picture, a decompression bomb
  141  the output was closed early (e.g. piped into `head`)"""


def add_verify_command(commands) -> None:
    check = commands.add_parser(
        "verify", help="check a certificate or badge: a PDF, an image or the QR's text",
        description="Check every page of a PDF (every code of a badge sheet), a photo or scan, "
        "or a code's text. A PDF page's printed name, NIP, number and copy mark are compared "
        "with what its code signs; for a photo or a typed code, compare them with the paper.",
        epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("target", metavar="FILE.pdf|IMAGE.png|CODE")
    check.add_argument("--public-key", type=Path, metavar="FILE",
                       help="the agency's public key (default: the one in the data folder)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_verify)


def _status_exit(status: str) -> int:
    return {"valid": EXIT_VALID, "invalid": EXIT_INVALID}.get(status, EXIT_UNREADABLE)


def agency_public(args: argparse.Namespace) -> PublicKey:
    """The key given with --public-key, else this station's copy of the agency's public key."""
    from ikrar.core.keys import PublicKey  # noqa: PLC0415
    from ikrar.store import keystore  # noqa: PLC0415

    if not args.public_key:
        return keystore.agency_public_key()
    try:
        return PublicKey.from_pem(args.public_key.read_bytes(), source=str(args.public_key))
    except OSError as exc:
        raise UsageError("usage.cannot_read", f"Cannot read {args.public_key}: {exc.strerror}.",
                         file=args.public_key, reason=exc.strerror) from exc


def cmd_verify(args: argparse.Namespace) -> int:
    import sys  # noqa: PLC0415

    from ikrar.documents.verify import is_payload  # noqa: PLC0415
    from ikrar.documents.verify_report import check_file, check_text  # noqa: PLC0415
    from ikrar.ui.widgets.render import pdf_pages, pdf_texts  # noqa: PLC0415 - QtPdf, no GUI

    public = agency_public(args)
    target = Path(args.target)
    if is_payload(args.target):
        report = check_text(args.target, public)
    elif len(args.target) < 4096 and target.exists():
        from ikrar.cli.certificates import progress_bar  # noqa: PLC0415

        report = check_file(target, public, render_pdf=pdf_pages, page_text=pdf_texts,
                            progress=progress_bar(sys.stderr) if sys.stderr.isatty() else None)
    else:
        raise UsageError("usage.not_a_target",
                         f"{args.target!r} is neither a file nor a certificate or badge code.",
                         target=args.target)
    if args.json:
        data = report.to_json()
        if report.kind == "text":  # one code: its fields at the top
            data = {**data["pages"][0]["codes"][0], "status": report.status,
                    "valid": report.status == "valid", "compare_by_eye": report.compare_by_eye}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return _status_exit(report.status)


def _copy_text(copy: int | None) -> str:
    if copy is None:
        return "not in the code (an older certificate)"
    return "original" if copy == 0 else f"SALINAN ke-{copy} (copy {copy})"


def print_code(code, indent: str = "") -> None:
    from ikrar.core.nip import format_nip  # noqa: PLC0415

    d = code.details
    if not d:
        print(f"{indent}INVALID: {code.reason} [{code.code}]")
        return
    if code.kind == "badge":
        who = (f"{d['name']} (NIP {format_nip(d['nip'])})" if d["name"]
               else f"NIP {format_nip(d['nip'])} (not in this database)")
        print(f"{indent}{code.status.upper()} badge of {who}, signed by agency key "
              f"{d['agency_key_id']}.")
        return
    copy = d.get("copy")
    mark = f", SALINAN ke-{copy} (a copy)" if copy else ""
    what = "pakta integritas" if d.get("document") == "pakta" else "certificate"
    print(f"{indent}{code.status.upper()} {what} {d['number']}{mark}")
    name = d.get("signed_name") or (
        f"{d['name'] or '?'} (from this database: an older code does not sign the name)")
    print(f"{indent}  Name:     {name}")
    print(f"{indent}  NIP:      {format_nip(d['nip'])}")
    print(f"{indent}  Number:   {d['number']}")
    print(f"{indent}  Copy:     {_copy_text(copy)}")
    print(f"{indent}  Event:    {d['event'] or 'not in this database'}")
    print(f"{indent}  Signed:   {d['signed_at_text']}")
    print(f"{indent}  Station:  {d['station']} ({d['station_id']}), printed {d['issued_on']}")
    print(f"{indent}  Agency key {d['agency_key_id']}; signature chain verified.")
    if code.status != "valid":
        print(f"{indent}  But: {code.reason} [{code.code}]")


def print_report(report) -> None:
    if report.kind == "pdf" and len(report.pages) > 1:
        print(report.summary())
        for page in report.failures():
            if not page.codes:
                print(f"  page {page.page}: UNREADABLE: {page.reason}")
            for code in page.codes:
                if code.status != "valid":
                    print(f"  page {page.page}: INVALID: {code.reason} [{code.code}]")
        codes = report.codes
        if len(codes) == 1 or (codes and all(c.kind == "badge" for c in codes)):
            for code in codes:
                print_code(code, "  ")
    else:
        for page in report.pages:
            if not page.codes:
                print(f"UNREADABLE: {page.reason}. Use a sharper scan (at least 150 dpi), "
                      "or pass the text a QR scanner reads from it.")
            for code in page.codes:
                print_code(code)
    if report.status == "valid" and report.compare_by_eye:
        print("Compare the name, NIP, number and copy above with the paper: the code is "
              "genuine, the paper must say the same.")
