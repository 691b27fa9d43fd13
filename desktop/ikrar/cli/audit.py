"""Command line: `ikrar audit verify|export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ikrar.core.errors import UsageError


def add_audit_commands(commands) -> None:
    audit = commands.add_parser("audit", help="the hash-chained audit trail")
    audit_cmds = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_cmds.add_parser("verify", help="check the chain; report the first broken link")
    verify.add_argument("--database", metavar="URL",
                        help="a hub's PostgreSQL database (default: the one this hub folder "
                        "serves, else the SQLite file here)")
    verify.set_defaults(func=cmd_audit_verify, needs_db=False)
    export = audit_cmds.add_parser(
        "export", help="write the audit events, oldest first, to a CSV (as the audit page does) "
        "or JSON file")
    export.add_argument("file", type=Path, metavar="FILE.csv|FILE.json")
    kind = export.add_mutually_exclusive_group()
    kind.add_argument("--csv", dest="format", action="store_const", const="csv",
                      help="CSV, UTF-8 with BOM (default, unless FILE ends in .json)")
    kind.add_argument("--json", dest="format", action="store_const", const="json",
                      help="a JSON list of events")
    export.add_argument("--search", default="", metavar="TEXT",
                        help="only events whose kind, subject or details contain TEXT")
    export.set_defaults(func=cmd_audit_export)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from ikrar.cli.base import open_store  # noqa: PLC0415
    from ikrar.cli.sync import hub_database  # noqa: PLC0415
    from ikrar.store.audit import verify  # noqa: PLC0415

    # A PostgreSQL hub's chain is in its database, not in the (empty) SQLite file beside it.
    url = hub_database(args)
    local = open_store(args, database_url=url)
    report = verify()
    if url:
        from ikrar.store.postgres import redact  # noqa: PLC0415

        print(f"Checked the audit chain in the hub's database {redact(url)}.")
    else:
        print(f"Checked the audit chain in {local.db_path}.")
    print(report.describe())
    return 0 if report.ok else 1


def cmd_audit_export(args: argparse.Namespace) -> int:
    from ikrar.store.audit_export import export  # noqa: PLC0415

    fmt = args.format or ("json" if args.file.suffix.lower() == ".json" else "csv")
    try:
        count = export(args.file, args.search, fmt)
    except OSError as exc:
        raise UsageError("usage.cannot_write", f"Cannot write {args.file}: {exc.strerror or exc}.",
                         file=args.file, reason=exc.strerror or exc) from exc
    print(f"Wrote {count} audit events to {args.file}.")
    return 0
