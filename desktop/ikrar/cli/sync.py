"""Command line: the sync hub, joining it, syncing, USB bundles."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from ikrar.cli.base import open_store
from ikrar.core.errors import UsageError

# --- sync: `ikrar hub …`, `ikrar station join`, `ikrar sync …` (ikrar.sync) ---

_DB_HELP = "hub database URL, e.g. postgresql://user:pass@host/db (default: SQLite here)"


def add_sync_commands(commands) -> None:
    hub = commands.add_parser("hub", help="run the sync hub (HTTP service) for the stations")
    hub.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default 127.0.0.1; any other uses HTTPS)")
    hub.add_argument("--port", type=int, default=8750, help="port (default 8750; 0: any free)")
    hub.add_argument("--database", metavar="URL", help=_DB_HELP)
    tls_group = hub.add_mutually_exclusive_group()
    tls_group.add_argument("--tls", dest="tls", action="store_true", default=None,
                           help="HTTPS even on loopback")
    tls_group.add_argument("--no-tls", dest="tls", action="store_false",
                           help="plain HTTP (loopback only)")
    hub.set_defaults(func=cmd_hub, needs_db=False)
    hub_cmds = hub.add_subparsers(dest="hub_command", metavar="ACTION")
    enrol = hub_cmds.add_parser("enrol", help="print a one-time code for a station to join")
    enrol.add_argument("name", help='station name, e.g. "Meja 3"')
    enrol.add_argument("--event", help="event the station works on (default: current event)")
    enrol.add_argument("--minutes", type=int, default=60, help="code valid for (default 60)")
    enrol.add_argument("--qr", type=Path, help="write the code as a QR image (PNG) here")
    enrol.add_argument("--address", metavar="HOST",
                       help="the hub's address off loopback (put in its HTTPS certificate)")
    enrol.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=_DB_HELP)
    enrol.set_defaults(func=cmd_hub_enrol, needs_db=False)
    revoke = hub_cmds.add_parser("revoke", help="stop a station from syncing")
    revoke.add_argument("station", help="station id or name")
    revoke.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=_DB_HELP)
    revoke.set_defaults(func=cmd_hub_revoke, needs_db=False)

    station = commands.add_parser("station", help="this station's enrolment with a hub")
    station_cmds = station.add_subparsers(dest="station_command", metavar="ACTION",
                                          required=True)
    join = station_cmds.add_parser("join", help="enrol with a hub using a one-time code")
    join.add_argument("url", help="the hub, e.g. https://192.168.1.10:8750")
    join.add_argument("code", help="the code from `ikrar hub enrol`")
    join.set_defaults(func=cmd_station_join)

    sync = commands.add_parser("sync", help="send and receive entries (hub or USB bundle)")
    sync.set_defaults(func=cmd_sync)
    sync_cmds = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    export = sync_cmds.add_parser("export", help="write unacknowledged entries to a signed file")
    export.add_argument("folder", type=Path)
    export.set_defaults(func=cmd_sync_export)
    imp = sync_cmds.add_parser("import", help="apply a bundle from another station")
    imp.add_argument("file", type=Path)
    imp.add_argument("--database", metavar="URL", help="the hub's database (on the hub)")
    imp.set_defaults(func=cmd_sync_import, needs_db=False)


# The hub's own packages come with the `hub` extra; a station install has none of them.
HUB_PACKAGES = ("fastapi", "uvicorn", "starlette", "psycopg2")


def _hub_missing(package: str) -> UsageError:
    return UsageError("hub.extra_missing",
                      f"The hub needs {package}, which a station install leaves out. "
                      "Install the hub's packages with: pip install 'ikrar[hub]'",
                      package=package)


def _hub_module(name: str):
    """`ikrar.sync.<name>`, or a clear message when the hub extra is not installed."""
    try:
        return importlib.import_module(f"ikrar.sync.{name}")
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in HUB_PACKAGES:
            raise _hub_missing(exc.name) from exc
        raise


def _open_hub(args: argparse.Namespace):
    url = getattr(args, "database", None)
    if url:
        try:
            import psycopg2  # noqa: F401, PLC0415 - peewee's PostgreSQL driver
        except ModuleNotFoundError as exc:
            raise _hub_missing("psycopg2 (PostgreSQL)") from exc
    return open_store(args, station_name="Hub", database_url=url)


def cmd_hub(args: argparse.Namespace) -> int:
    serve = _hub_module("serve")
    _open_hub(args)
    try:
        from ikrar.documents.verify_page import page_for_store  # noqa: PLC0415

        return serve.run(args.host, args.port, use_tls=args.tls, verify_page=page_for_store)
    except OSError as exc:
        raise UsageError("usage.hub_address", str(exc), reason=str(exc)) from exc


def cmd_hub_enrol(args: argparse.Namespace) -> int:
    from ikrar.store.events import current_event, find_event  # noqa: PLC0415
    from ikrar.sync import enrol  # noqa: PLC0415

    serve = _hub_module("serve")
    _open_hub(args)
    event = find_event(args.event) if args.event else current_event()
    code = enrol.create_code(args.name, event_id=str(event.id) if event else None,
                             minutes=args.minutes, fingerprint=serve.hub_fingerprint(args.address))
    print(f"Enrolment code for {code.station_name!r} (valid until "
          f"{code.expires_at:%Y-%m-%d %H:%M} UTC, works once):\n{code.text}")
    if args.qr:
        import qrcode  # noqa: PLC0415

        qrcode.make(f"ikrar:{code.text}").save(args.qr)
        print(f"QR image: {args.qr}")
    return 0


def cmd_hub_revoke(args: argparse.Namespace) -> int:
    from ikrar.sync import enrol  # noqa: PLC0415

    _open_hub(args)
    row = enrol.revoke(args.station)
    print(f"Station {row.name!r} ({row.station_id}) may no longer sync.")
    return 0


def cmd_station_join(args: argparse.Namespace) -> int:
    from ikrar.sync import station  # noqa: PLC0415

    reply = station.join(args.url, args.code)
    print(f"Joined the hub at {args.url} as {reply['station_name']!r}.")
    print(station.sync_once().describe())
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from ikrar.sync import station  # noqa: PLC0415

    print(station.sync_once().describe())
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    from ikrar.sync import bundle  # noqa: PLC0415

    path, count = bundle.export(args.folder)
    print(f"Wrote {count} entries to {path}")
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from ikrar.store import keystore, settings  # noqa: PLC0415
    from ikrar.sync import bundle  # noqa: PLC0415

    if args.database:
        _open_hub(args)
    else:
        open_store(args)
    # The hub's data folder holds the agency key and syncs with no one.
    as_hub = bool(args.database) or (
        (keystore.keys_dir() / keystore.AGENCY_KEY).exists() and not settings.get("hub_token"))
    done = bundle.import_bundle(args.file, as_hub=as_hub)
    print(f"Imported {done.entries} entries from {done.station_name!r}: {done.new} new, "
          f"{done.written} rows written.")
    return 0
