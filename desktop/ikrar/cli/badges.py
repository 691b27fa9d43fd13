"""Command line: `ikrar badges`, sheets of signed badges."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ikrar.cli.keys import add_passphrase_file, agency_key


def add_badge_command(commands) -> None:
    badges = commands.add_parser("badges", help="badge sheets (A4, ID-card size, signed QR)")
    badges.add_argument("out", type=Path, metavar="OUT.pdf")
    badges.add_argument("--event", help="the event's roster (default: the current event)")
    badges.add_argument("--unit", help="only this work unit (exact name)")
    badges.add_argument("--all", action="store_true", help="every employee, not one roster")
    add_passphrase_file(badges)
    badges.set_defaults(func=cmd_badges)


def cmd_badges(args: argparse.Namespace) -> int:
    from ikrar.documents.badges import print_badges  # noqa: PLC0415
    from ikrar.store.events import current_event, find_event  # noqa: PLC0415

    agency = agency_key(args)
    event = None if args.all else (find_event(args.event) if args.event else current_event())
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and (done == total or done % 50 == 0):
            print(f"\rBadges {done}/{total}", end="\n" if done == total else "",
                  file=sys.stderr, flush=True)

    count, pages = print_badges(args.out, agency, event=event, unit=args.unit,
                                progress=progress)
    print(f"Wrote {count} badges on {pages} A4 pages to {args.out} "
          f"(signed with agency key {agency.public.key_id}).")
    return 0

