"""Command line: the sync hub, joining it, syncing, USB bundles."""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path

from ikrar.cli.base import open_store
from ikrar.core.errors import UsageError

# --- sync: `ikrar hub …`, `ikrar station join`, `ikrar sync …` (ikrar.sync) ---

_DB_HELP = ("hub database URL, e.g. postgresql://user:pass@host/db (default: the one this "
            "hub folder was started with, else SQLite here)")
MAX_CODE_MINUTES = 7 * 24 * 60


def bounded_int(low: int, high: int, what: str):
    """An argparse type: a whole number from `low` to `high` (else exit 2 with a message)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be from {low} to {high}, not {value}")
        return value

    return parse


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
    hub.add_argument("--workers", type=bounded_int(1, 64, "--workers"), default=1,
                     help="server processes (PostgreSQL only; default 1)")
    hub.add_argument("--pool-size", type=bounded_int(1, 200, "--pool-size"), default=16,
                     help="PostgreSQL connections per worker (default 16); a request waits "
                     "for a free one, then the hub answers 503")
    hub.add_argument("--max-body-mb", type=bounded_int(1, 512, "--max-body-mb"), default=16,
                     help="largest request body accepted, in MB (default 16)")
    hub.add_argument("--enrol-per-minute", type=bounded_int(1, 100_000, "--enrol-per-minute"),
                     default=20, help="enrolment attempts allowed per address and minute "
                     "(default 20)")
    hub.add_argument("--silent-minutes", type=bounded_int(1, 24 * 60, "--silent-minutes"),
                     default=10, help="the web console marks a station silent this many "
                     "minutes (default 10)")
    hub.add_argument("--no-console", dest="console", action="store_false",
                     help="serve no web console (/console/) and no projector page")
    hub.set_defaults(func=cmd_hub, needs_db=False)
    hub_cmds = hub.add_subparsers(dest="hub_command", metavar="ACTION")
    enrol = hub_cmds.add_parser("enrol", help="print a one-time code for a station to join")
    enrol.add_argument("name", help='station name, e.g. "Meja 3"')
    enrol.add_argument("--event", help="event the station works on (default: current event)")
    enrol.add_argument("--minutes", type=bounded_int(1, MAX_CODE_MINUTES, "--minutes"),
                       default=60, help="code valid for, in minutes (1 to "
                       f"{MAX_CODE_MINUTES}, a week; default 60)")
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


def hub_database(args: argparse.Namespace) -> str | None:
    """The PostgreSQL URL given, else the one this hub folder was started with, else None."""
    from ikrar import paths  # noqa: PLC0415
    from ikrar.store.postgres import remembered  # noqa: PLC0415

    return getattr(args, "database", None) or remembered(paths.data_dir(args.data_dir))


def _open_hub(args: argparse.Namespace):
    url = hub_database(args)
    if url:
        try:
            import psycopg2  # noqa: F401, PLC0415 - peewee's PostgreSQL driver
        except ModuleNotFoundError as exc:
            raise _hub_missing("psycopg2 (PostgreSQL)") from exc
    local = open_store(args, station_name="Hub", database_url=url)
    if url:
        from ikrar.store.postgres import remember  # noqa: PLC0415

        remember(local.data_dir, url)
    return local


def cmd_hub(args: argparse.Namespace) -> int:
    from ikrar.sync.tls import is_loopback  # noqa: PLC0415

    if args.tls is False and not is_loopback(args.host):
        raise UsageError("usage.no_tls_off_loopback",
                         f"--no-tls is for this machine only (127.0.0.1 or ::1), not {args.host}: "
                         "stations' tokens must not cross a network in clear. Leave out "
                         "--no-tls; the hub then speaks HTTPS.", host=args.host)
    serve = _hub_module("serve")
    if args.workers > 1 and not hub_database(args):
        raise UsageError("usage.workers_sqlite",
                         "Several --workers need a PostgreSQL hub (--database postgresql://…); "
                         "a SQLite hub writes one request at a time. Leave out --workers.",
                         workers=args.workers)
    from ikrar.store.postgres import POOL_SIZE_ENV  # noqa: PLC0415

    os.environ[POOL_SIZE_ENV] = str(args.pool_size)  # the workers open their own pools
    _open_hub(args)
    from ikrar.store import keystore  # noqa: PLC0415

    keystore.bundle_key(create=True)  # made once here, not by racing workers at enrolment
    try:
        from ikrar.documents.verify_page import page_for_store  # noqa: PLC0415
        from ikrar.hubweb.console import mount  # noqa: PLC0415

        return serve.run(args.host, args.port, use_tls=args.tls, workers=args.workers,
                         database_url=hub_database(args),
                         max_body=args.max_body_mb * 1024 * 1024,
                         enrol_per_minute=args.enrol_per_minute,
                         verify_page=page_for_store,
                         worker_factory="ikrar.cli.sync:hub_worker_app",
                         console_silent_s=args.silent_minutes * 60 if args.console else None,
                         console=mount)
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

    if hub_database(args):
        _open_hub(args)
    else:
        open_store(args)
    # The hub's data folder holds the agency key and syncs with no one.
    as_hub = bool(hub_database(args)) or (
        (keystore.keys_dir() / keystore.AGENCY_KEY).exists() and not settings.get("hub_token"))
    done = bundle.import_bundle(args.file, as_hub=as_hub)
    print(f"Imported {done.entries} entries from {done.station_name!r}: {done.new} new, "
          f"{done.written} rows written.")
    return 0


def hub_worker_app():  # noqa: ANN201 - uvicorn's factory; the FastAPI type lives in the hub extra
    """One worker's application when `ikrar hub --workers N` runs several (uvicorn imports this)."""
    from ikrar.documents.verify_page import page_for_store  # noqa: PLC0415

    serve = _hub_module("serve")
    from ikrar.hubweb.console import mount  # noqa: PLC0415

    return serve.worker_app(verify_page=page_for_store, console=mount)
