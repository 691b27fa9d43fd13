"""Command line: `ikrar roster import|list`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_roster_commands(commands) -> None:
    roster = commands.add_parser("roster", help="import and list the employee roster")
    roster_cmds = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    imp = roster_cmds.add_parser("import", help="import a roster from CSV or XLSX (SIMPEG/SIASN)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--event", help="add the employees to this event (default: current event)")
    imp.add_argument("--no-event", action="store_true", help="only update the employee list")
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the valid rows even when some are refused")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(func=cmd_roster_import)
    rlist = roster_cmds.add_parser("list", help="list employees (of the current event)")
    rlist.add_argument("--event")
    rlist.add_argument("--all", action="store_true", help="every employee, not one event's")
    rlist.add_argument("--search", help="name or NIP")
    rlist.add_argument("--unit")
    rlist.add_argument("--limit", type=int, default=50)
    rlist.add_argument("--json", action="store_true")
    rlist.set_defaults(func=cmd_roster_list)


def cmd_roster_import(args: argparse.Namespace) -> int:
    from ikrar.store.events import current_event, find_event  # noqa: PLC0415
    from ikrar.store.roster import import_roster  # noqa: PLC0415

    if args.no_event:
        event = None
    elif args.event:
        event = find_event(args.event)
    else:
        event = current_event()
    report = import_roster(
        args.file, event=event, dry_run=args.dry_run, skip_invalid=args.skip_invalid
    )
    if report.written and not report.dry_run:
        from ikrar.sync import roster_doc  # noqa: PLC0415

        roster_doc.publish_here()  # signed now when the agency key is here, not on a request
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
    refused = bool(report.rejected) and not report.written and not report.dry_run
    if report.dry_run:
        return 1 if report.rejected and not args.skip_invalid else 0
    return 1 if refused else 0


def cmd_roster_list(args: argparse.Namespace) -> int:
    from ikrar.core.names import display_name, search_key  # noqa: PLC0415
    from ikrar.core.nip import format_nip  # noqa: PLC0415
    from ikrar.store.events import current_event, find_event  # noqa: PLC0415
    from ikrar.store.models import Employee, RosterEntry  # noqa: PLC0415

    query = Employee.select()
    if not args.all:
        event = find_event(args.event) if args.event else current_event()
        if event is not None:
            query = query.join(RosterEntry).where(RosterEntry.event == event)
    if args.unit:
        query = query.where(Employee.unit == args.unit)
    if args.search:
        digits = "".join(ch for ch in args.search if ch.isdigit())
        if digits and len(digits) == len(args.search.replace(" ", "")):
            query = query.where(Employee.nip.startswith(digits))
        else:
            query = query.where(Employee.search_key.contains(search_key(args.search)))
    rows = [
        {"nip": e.nip, "name": display_name(e.name, e.front_title, e.back_title),
         "status": e.status, "rank": e.rank, "grade": e.grade, "position": e.position,
         "unit": e.unit, "walk_in": e.is_walk_in}
        for e in query.order_by(Employee.search_key).limit(args.limit)
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{format_nip(row['nip'])}  {row['name']}  |  {row['unit']}")
    print(f"({len(rows)} shown)")
    return 0

