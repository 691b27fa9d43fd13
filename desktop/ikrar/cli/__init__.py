"""The command line: `ikrar` opens the GUI; every long operation has a command twin here."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ikrar import __version__, paths
from ikrar.cli.base import open_store
from ikrar.cli.keys import add_key_commands
from ikrar.cli.sync import add_sync_commands
from ikrar.core.errors import IkrarError, UsageError

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ikrar",
        description="Ikrar: pledge ceremonies for civil servants (check-in, signatures, "
        "certificates). Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"Ikrar {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"data folder (default: ${paths.DATA_DIR_ENV} or {paths.default_data_dir()})",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary folder and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="open the app on a separate demo folder with a fictional agency and event"
    )
    demo.add_argument("--no-gui", action="store_true", help="only fill the demo folder")
    demo.add_argument("--count", type=int, default=400, help="fictional employees (default 400)")
    demo.set_defaults(func=cmd_demo, needs_db=False)

    event = commands.add_parser("event", help="create, list and choose events")
    event_cmds = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    create = event_cmds.add_parser("create", help="create an event with the default 2024 pledge")
    create.add_argument("--title", required=True)
    create.add_argument("--date", required=True, metavar="YYYY-MM-DD[THH:MM]",
                        help="start, in the event's local time")
    create.add_argument("--tz", default="WIB", choices=["WIB", "WITA", "WIT"])
    create.add_argument("--city", default="", help='place on certificates, e.g. "Sumedang"')
    create.add_argument("--venue", default="")
    create.add_argument("--agency", default="")
    create.add_argument("--unit", default="", dest="organiser_unit", help="organising unit")
    create.add_argument("--letterhead", action="append", default=[], metavar="LINE",
                        help="letterhead line (repeat for each line)")
    create.add_argument("--official-name", default="")
    create.add_argument("--official-title", default="")
    create.add_argument("--acting", action="store_true",
                        help="the presiding official is acting (Pj./Plt.): name without titles")
    create.add_argument("--pledge-file", type=Path, help="pledge text (default: the 2024 text)")
    create.add_argument("--replace", action="append", default=[], metavar="OLD=NEW",
                        help='edit the pledge, e.g. "Pemilu dan Pemilihan=Pilkada"')
    create.add_argument("--numbering", help="certificate number pattern")
    create.add_argument("--signed-badges", action="store_true", help="require signed badges")
    create.add_argument("--no-walk-ins", action="store_true", help="refuse walk-ins")
    create.add_argument("--keep-biometrics", action="store_true",
                        help="keep pen timing and pressure (personal data; purged after retention)")
    create.set_defaults(func=cmd_event_create)
    listing = event_cmds.add_parser("list", help="list events with their figures")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_event_list)
    use = event_cmds.add_parser("use", help="choose the event this station works on")
    use.add_argument("event", help="event id (or its first characters) or exact title")
    use.set_defaults(func=cmd_event_use)

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

    audit = commands.add_parser("audit", help="the hash-chained audit trail")
    audit_cmds = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_cmds.add_parser("verify", help="check the chain; report the first broken link")
    verify.set_defaults(func=cmd_audit_verify)

    certs = commands.add_parser(
        "certificates", help="print certificates: one PDF, a folder of PDFs, or a printer")
    certs.add_argument("out", nargs="?", type=Path, metavar="OUT.pdf|DIR",
                       help="one PDF file, or a folder for one PDF per certificate")
    certs.add_argument("--event", help="event id or title (default: the current event)")
    certs.add_argument("--unit", help="only this unit (unit kerja)")
    certs.add_argument("--not-printed", action="store_true",
                       help="only certificates that were never printed")
    certs.add_argument("--reprint", metavar="NUMBER",
                       help="a numbered copy (SALINAN) of one certificate printed before")
    certs.add_argument("--printer", metavar="QUEUE", help="send to this CUPS printer (lpstat -e)")
    certs.add_argument("--operator", default="", help="who printed, kept with the print record")
    certs.set_defaults(func=cmd_certificates)

    add_key_commands(commands)
    add_sync_commands(commands)
    _add_report_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from ikrar import selftest  # noqa: PLC0415

            return selftest.run()
        if args.command is None:
            return cmd_gui(args)
        if getattr(args, "needs_db", True):
            open_store(args)
        return args.func(args)
    except IkrarError as exc:
        print(f"ikrar: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        from ikrar.store.db import close_db  # noqa: PLC0415

        close_db()


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        local = open_store(args)
    except IkrarError as exc:  # a read-only or full drive, a damaged file: say so in a window
        from ikrar import app  # noqa: PLC0415

        app.show_start_error(str(exc))
        raise
    from ikrar import app  # noqa: PLC0415 - Qt only when a window is wanted

    return app.run(local)


def cmd_demo(args: argparse.Namespace) -> int:
    from ikrar.store import demo, settings  # noqa: PLC0415

    folder = Path(args.data_dir).expanduser() if args.data_dir else paths.demo_data_dir()
    local = open_store(args, folder)
    if not settings.get("demo"):
        if not demo.demo_ready():
            settings.put("demo", True)
        else:
            raise UsageError(
                "demo.real_data",
                f"{folder} holds real data, not a demo. Demo data never mixes with real data: "
                "run `ikrar demo` without --data-dir, or give it an empty folder.",
                folder=folder,
            )
    if not demo.demo_ready():
        summary = demo.fill_demo(args.count)
        print(f"Demo folder {folder}: {summary.employees} employees, "
              f"{summary.checked_in} check-ins.")
    else:
        print(f"Demo folder {folder} is ready.")
    if args.no_gui:
        return 0
    from ikrar import app  # noqa: PLC0415

    return app.run(local, demo=True)


def _parse_start(text: str) -> datetime:
    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise UsageError("usage.date",
                     f"--date {text!r} is not a date; write it as 2024-07-10 or 2024-07-10T08:00.",
                     text=text)


def cmd_event_create(args: argparse.Namespace) -> int:
    from ikrar.core.pledge import customise, default_pledge, parse_pledge  # noqa: PLC0415
    from ikrar.store.events import create_event  # noqa: PLC0415

    pledge = default_pledge()
    if args.pledge_file:
        try:
            pledge = parse_pledge(args.pledge_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise UsageError("usage.pledge_file",
                             f"Cannot use the pledge file {args.pledge_file}: {exc}",
                             pledge_file=args.pledge_file, reason=exc) from exc
    replacements = {}
    for item in args.replace:
        old, sep, new = item.partition("=")
        if not sep or not old:
            raise UsageError("usage.replace", f"--replace {item!r}: write it as OLD=NEW.",
                             item=item)
        replacements[old] = new
    if replacements:
        pledge = customise(pledge, replacements)
    extra = {"numbering_pattern": args.numbering} if args.numbering else {}
    event = create_event(
        args.title, _parse_start(args.date), timezone=args.tz, pledge=pledge, city=args.city,
        venue=args.venue, agency=args.agency, organiser_unit=args.organiser_unit,
        letterhead=args.letterhead, official_name=args.official_name,
        official_title=args.official_title, official_acting=args.acting,
        require_signed_badges=args.signed_badges, allow_walk_ins=not args.no_walk_ins,
        keep_biometrics=args.keep_biometrics, **extra,
    )
    print(f"Created event {event.id}: {event.title} (pledge sha256 {event.pledge_hash[:16]}…)")
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    from ikrar.core.dates import format_datetime  # noqa: PLC0415
    from ikrar.store.events import current_event, figures  # noqa: PLC0415
    from ikrar.store.models import Event  # noqa: PLC0415

    current = current_event()
    rows = []
    for event in Event.select().order_by(Event.starts_at):
        fig = figures(event)
        rows.append({
            "id": str(event.id), "title": event.title, "current": event == current,
            "starts": format_datetime(event.starts_at, event.timezone), "venue": event.venue,
            "expected": fig.expected, "signed": fig.signed,
        })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("No events yet. Create one with `ikrar event create --title … --date …`.")
    for row in [] if args.json else rows:
        mark = "*" if row["current"] else " "
        print(f"{mark} {row['id']}  {row['title']} — {row['starts']}, {row['venue']}  "
              f"signed {row['signed']}/{row['expected']}")
    return 0


def cmd_event_use(args: argparse.Namespace) -> int:
    from ikrar.store import settings  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415

    event = find_event(args.event)
    settings.put("current_event", str(event.id))
    print(f"This station now works on: {event.title} ({event.id})")
    return 0


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


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from ikrar.store.audit import verify  # noqa: PLC0415

    report = verify()
    print(report.describe())
    return 0 if report.ok else 1


def cmd_certificates(args: argparse.Namespace) -> int:
    import tempfile  # noqa: PLC0415

    from ikrar.documents import batch, printing  # noqa: PLC0415
    from ikrar.store.certificates import mark_printed  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415

    if args.out is None and not args.printer:
        raise UsageError("usage.output_missing",
                         "Give the output (OUT.pdf, or a folder) or --printer QUEUE.")
    if args.reprint and (args.event or args.unit or args.not_printed):
        raise UsageError("usage.reprint_filters",
                         "--reprint makes a copy of one certificate; leave out --event, "
                         "--unit and --not-printed.")
    if args.printer and args.printer not in printing.printers():
        raise printing.PrinterError(
            "print.no_such_printer",
            f"There is no printer named {args.printer!r} (see `lpstat -e`). Nothing was printed.",
            printer=args.printer)
    chosen = (batch.reprint_batch(args.reprint) if args.reprint else batch.select_batch(
        find_event(args.event), unit=args.unit, not_printed=args.not_printed))
    with tempfile.TemporaryDirectory(prefix="ikrar-print-") as scratch:
        out = args.out or Path(scratch) / "sertifikat.pdf"
        result = batch.generate(chosen, out, progress=_progress_bar(sys.stderr))
        destination = str(out.resolve())
        if args.printer:
            job = printing.print_files(result.paths, args.printer,
                                       title=f"Sertifikat {chosen.description}")
            destination = args.printer
            print(f"Sent {result.pages} certificate(s) to printer {args.printer} (job {job}).")
        mark_printed(chosen.records, destination, operator=args.operator)
    if args.out:
        where = out if len(result.paths) == 1 else f"{len(result.paths)} files in {out}"
        print(f"Wrote {result.pages} certificate(s) ({chosen.description}) to {where}.")
    return 0


def _progress_bar(stream):
    """A one-line bar on stderr: [#####.....] 450/1000."""
    def show(done: int, total: int) -> None:
        filled = 30 * done // max(1, total)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def _add_report_commands(commands) -> None:
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
