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
    add_official_options(create, edit=False)
    create.add_argument("--acting", action="store_true",
                        help="kept for old scripts; the name prints as written: put Pj./Plt./"
                        "a.n. in --official-title")
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
    edit = event_cmds.add_parser("edit", help="change an event's settings (only those given)")
    edit.add_argument("event", help="event id (or its first characters) or exact title")
    edit.add_argument("--verify-url", metavar="URL", help=VERIFY_URL_HELP)
    add_official_options(edit, edit=True)
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


def add_official_options(parser: argparse.ArgumentParser, *, edit: bool) -> None:
    """The official's signature block, what the event prints, and the agency's images."""
    default = None if edit else ""
    parser.add_argument("--official-name", default=default,
                        help="the presiding official's name exactly as printed, with titles")
    parser.add_argument("--official-title", default=default, metavar="POSITION",
                        help='the position line, e.g. "Pj. Sekretaris Daerah" or '
                        '"a.n. Bupati Sumedang\nSekretaris Daerah" (\\n starts a line)')
    parser.add_argument("--official-rank", default=default, metavar="PANGKAT",
                        help='e.g. "Pembina Utama Muda"')
    parser.add_argument("--official-nip", default=default, metavar="NIP",
                        help="18 digits; leave out for a regional head, who has none")
    parser.add_argument("--sign-place", default=default, metavar="PLACE",
                        help="where the official signs (default: --city)")
    parser.add_argument("--sign-date", default=default, metavar="YYYY-MM-DD",
                        help="when the official signs (default: the event's date)")
    parser.add_argument("--documents", default=None if edit else "certificate",
                        choices=["certificate", "pakta", "both"],
                        help="what prints for each attendee: the certificate, the pakta "
                        "integritas, or both")
    parser.add_argument("--witness", action="append", default=None, metavar="INST|POS|NAME",
                        help='a witness: institution, position and name separated by "|", '
                        '(repeat for each; on edit the list replaces the old one, "" clears)')
    for option, what in (("--logo", "the agency's coat of arms (letterhead, seal centre)"),
                         ("--signature", "the official's signature, PNG with transparency"),
                         ("--seal", "the agency's seal (cap dinas), PNG with transparency")):
        parser.add_argument(option, type=Path, metavar="FILE.png", help=what)


def _witnesses(items: list[str]) -> list[dict[str, str]]:
    witnesses = []
    for item in items:
        if not item.strip():
            continue
        parts = [part.strip() for part in item.split("|")]
        if len(parts) != 3 or not parts[2]:
            raise UsageError("usage.witness",
                             f"--witness {item!r}: write it as INSTITUTION|POSITION|NAME, e.g. "
                             '"Bawaslu Kabupaten Sumedang|Ketua|Ahmad Rifai, S.H.".', item=item)
        witnesses.append({"role": parts[0], "title": parts[1], "name": parts[2]})
    return witnesses


def _sign_date(text: str) -> str:
    if not text:
        return ""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise UsageError("usage.date",
                         f"--sign-date {text!r} is not a date; write it as 2024-07-10.",
                         text=text) from None


def _nip(text: str) -> str:
    digits = "".join(text.split()).removeprefix("NIP.").removeprefix("NIP")
    if digits and not (len(digits) == 18 and digits.isdigit()):
        raise UsageError("usage.official_nip",
                         f"--official-nip {text!r}: a NIP has 18 digits.", text=text)
    return digits


def official_values(args: argparse.Namespace) -> dict[str, object]:
    """Event fields from the options given (None: not given)."""
    given = {
        "official_name": args.official_name, "official_rank": args.official_rank,
        "official_title": None if args.official_title is None
        else args.official_title.replace("\\n", "\n").strip(),
        "official_nip": None if args.official_nip is None else _nip(args.official_nip),
        "official_place": args.sign_place,
        "official_date": None if args.sign_date is None else _sign_date(args.sign_date),
        "documents": args.documents,
        "witnesses": None if args.witness is None else _witnesses(args.witness),
    }
    return {k: v.strip() if isinstance(v, str) and k != "official_title" else v
            for k, v in given.items() if v is not None}


def install_images(args: argparse.Namespace) -> list[str]:
    """Write the images given into the data folder's assets; the names of those written."""
    from ikrar.documents.certificate_data import ASSET_CHECKS, FINAL_ASSETS  # noqa: PLC0415
    from ikrar.documents.seal import install_asset  # noqa: PLC0415

    given = {"logo": args.logo, "official_signature": args.signature, "seal": args.seal}
    done = []
    for field, name in FINAL_ASSETS.items():
        if given[field] is not None:
            what, alpha = ASSET_CHECKS[name]
            install_asset(given[field], name, what=what, need_alpha=alpha)
            done.append(field)
    return done


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
    values = official_values(args)
    if args.verify_url is not None:
        values["verify_url"] = _verify_url(args.verify_url)
    if not values and not any((args.logo, args.signature, args.seal)):
        raise UsageError("usage.nothing_to_edit",
                         "Say what to change, e.g. --official-name, --documents, --logo or "
                         "--verify-url (see `ikrar event edit --help`).")
    saved = save_event(event.id, values, event.pledge_text, also=lambda: install_images(args))
    if args.verify_url is not None:
        print(f"Event {event.title}: " + (f"certificates link to {saved.event.verify_url}"
                                         if saved.event.verify_url else
                                         "certificates print the bare code"))
    if saved.changed:
        print(f"Event {event.title}: changed {', '.join(saved.changed)}.")
    else:
        print(f"Event {event.title}: nothing changed.")
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
    extra.update(official_values(args))
    event = create_event(
        args.title, _parse_start(args.date), timezone=args.tz, pledge=pledge, city=args.city,
        venue=args.venue, agency=args.agency, organiser_unit=args.organiser_unit,
        letterhead=args.letterhead, official_acting=args.acting,
        require_signed_badges=args.signed_badges, allow_walk_ins=not args.no_walk_ins,
        keep_biometrics=args.keep_biometrics, **extra,
    )
    install_images(args)
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

