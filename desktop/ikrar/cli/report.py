"""Command line: `ikrar report` (the attendance recap) and `ikrar reconcile`."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_report_commands(commands) -> None:
    report = commands.add_parser(
        "report", help="the attendance recap (rekap kehadiran) as PDF, XLSX or CSV")
    report.add_argument("out", type=Path, metavar="OUT.pdf|OUT.xlsx|OUT.csv",
                        help="the file to write; its suffix picks the format")
    report.add_argument("--event", help="event id or title (default: the current event)")
    report.add_argument("--unit", help="only this unit (unit kerja)")
    report.set_defaults(func=cmd_report)
    reconcile = commands.add_parser(
        "reconcile", help="after a merge: duplicate check-ins, walk-ins, certificates to void")
    reconcile.add_argument("--event", help="event id or title (default: the current event)")
    reconcile.add_argument("--void", metavar="NUMBER",
                           help="void this certificate (with --reason)")
    reconcile.add_argument("--reason", default="", help="why the certificate is voided (audited)")
    reconcile.set_defaults(func=cmd_reconcile)



def cmd_report(args: argparse.Namespace) -> int:
    from ikrar.documents.report import write_report  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415
    from ikrar.store.recap import recap  # noqa: PLC0415

    summary = recap(find_event(args.event), unit=args.unit)
    out = write_report(summary, args.out)
    total = summary.total
    print(f"Wrote the recap to {out}: {total.signed} of {total.expected} signed "
          f"({total.percent:.1f}%), {len(summary.units)} unit(s).")
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    from ikrar.core.dates import format_datetime  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415
    from ikrar.store.reconcile import reconcile, void_certificate  # noqa: PLC0415

    if args.void:
        certificate = void_certificate(args.void, args.reason)
        print(f"Certificate {certificate.number} is void: {certificate.void_reason}")
        return 0
    event = find_event(args.event)
    result = reconcile(event)
    tz = event.timezone
    print(f"Duplicate check-ins: {len(result.duplicates)}")
    for dup in result.duplicates:
        print(f"  {dup.name} ({dup.nip}), {dup.unit}")
        for c in dup.check_ins:
            mark = "primary  " if c.is_primary else "duplicate"
            print(f"    {mark} {c.station:<16} {format_datetime(c.checked_in_at, tz)}")
        print(f"    primary: {dup.reason}")
    print(f"Walk-ins to confirm: {len(result.walk_ins)}")
    for w in result.walk_ins:
        print(f"  {w.name} ({w.nip}), {w.unit or '-'} at {w.station}, "
              f"{format_datetime(w.checked_in_at, tz)}")
    print(f"Certificates issued for a duplicate check-in: {len(result.certificates)}")
    for c in result.certificates:
        print(f"  {c.number}  {c.name} ({c.nip}) at {c.station}, printed {c.printed}x; "
              f"primary at {c.primary_station}. Void: ikrar reconcile --void '{c.number}' "
              "--reason '...'")
    return 0
