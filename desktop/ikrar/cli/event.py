"""Command line: `ikrar event create|edit|list|use`."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from ikrar.core.errors import UsageError


def add_event_commands(commands) -> None:
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
    create.add_argument("--verify-url", default="", metavar="URL", help=VERIFY_URL_HELP)
    create.set_defaults(func=cmd_event_create)
    edit = event_cmds.add_parser("edit", help="change an event's settings")
    edit.add_argument("event", help="event id (or its first characters) or exact title")
    edit.add_argument("--verify-url", required=True, metavar="URL", help=VERIFY_URL_HELP)
    edit.set_defaults(func=cmd_event_edit)
    listing = event_cmds.add_parser("list", help="list events with their figures")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_event_list)
    use = event_cmds.add_parser("use", help="choose the event this station works on")
    use.add_argument("event", help="event id (or its first characters) or exact title")
    use.set_defaults(func=cmd_event_use)
    forget = event_cmds.add_parser("forget", help="remove an event's personal data from this "
                                                  "station once the hub holds all of it")
    forget.add_argument("event", help="event id (or its first characters) or exact title")
    forget.set_defaults(func=cmd_event_forget)


def cmd_event_forget(args: argparse.Namespace) -> int:
    from ikrar.store import privacy  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415

    counts = privacy.forget(str(find_event(args.event).id))
    print(f"Forgot the event's personal data here: {counts['checked_in']} check-in(s), "
          f"{counts['roster']} on the roster (the counts stay for the dashboard).")
    return 0


VERIFY_URL_HELP = ("the agency's certificate verification page (`ikrar verify-page`), e.g. "
                   "https://bkpsdm.example.go.id/ikrar/: certificate QR codes then open it on "
                   "any phone; \"\" prints the bare code")


def _verify_url(text: str) -> str:
    from ikrar.core.certificate_code import check_verify_url  # noqa: PLC0415

    try:
        return check_verify_url(text)
    except ValueError as exc:
        raise UsageError("usage.verify_url", f"--verify-url {text!r}: {exc}", url=text,
                         reason=exc) from None


def cmd_event_edit(args: argparse.Namespace) -> int:
    from ikrar.store.event_edit import save_event  # noqa: PLC0415
    from ikrar.store.events import find_event  # noqa: PLC0415

    event = find_event(args.event)
    saved = save_event(event.id, {"verify_url": _verify_url(args.verify_url)}, event.pledge_text)
    print(f"Event {event.title}: " + (f"certificates link to {saved.event.verify_url}"
                                     if saved.event.verify_url else
                                     "certificates print the bare code"))
    return 0


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
    if args.verify_url:
        extra["verify_url"] = _verify_url(args.verify_url)
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

