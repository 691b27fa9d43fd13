"""Command line: `ikrar privacy purge|export|erase` (see docs/privacy.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ikrar.cli.keys import add_passphrase_file

ADMIN_PIN_ENV = "IKRAR_ADMIN_PIN"


def add_privacy_commands(commands) -> None:
    privacy = commands.add_parser("privacy", help="retention purge; one person's data: export, "
                                                  "erase (docs/privacy.md)")
    cmds = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    purge = cmds.add_parser("purge", help="strip pen timing and pressure past each event's "
                                          "retention from every signature (the shape stays)")
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.set_defaults(func=cmd_purge)
    export = cmds.add_parser("export", help="everything held about one person, as JSON")
    export.add_argument("nip", metavar="NIP")
    export.add_argument("--out", type=Path, metavar="FILE",
                        help="the JSON file (owner-only; default ikrar-export-NIP.json)")
    export.set_defaults(func=cmd_export)
    erase = cmds.add_parser("erase", help="delete everything held here about one person")
    erase.add_argument("nip", metavar="NIP")
    erase.add_argument("--force", action="store_true",
                       help="erase signed pledges still inside their legal retention too: the "
                            f"administrator PIN (${ADMIN_PIN_ENV}, or asked) or, where no "
                            "PIN is set, the agency key's passphrase")
    add_passphrase_file(erase)
    erase.set_defaults(func=cmd_erase)


def cmd_purge(args: argparse.Namespace) -> int:
    from ikrar.store import privacy  # noqa: PLC0415

    report = privacy.purge(dry_run=args.dry_run)
    print(report.describe())
    for event_id, count in sorted(report.by_event.items()):
        print(f"  event {event_id}: {count}")
    return 0


def _nip(text: str) -> str:
    from ikrar.core.errors import UsageError  # noqa: PLC0415
    from ikrar.core.nip import parse_nip  # noqa: PLC0415

    try:
        return parse_nip(text)
    except ValueError as exc:
        raise UsageError("usage.bad_nip", f"{text!r} is not a NIP ({exc}); give the 18 digits.",
                         nip=text, reason=exc) from exc


def cmd_export(args: argparse.Namespace) -> int:
    from ikrar.core.files import atomic_write  # noqa: PLC0415
    from ikrar.store import privacy  # noqa: PLC0415

    number = _nip(args.nip)
    data = privacy.export(number)
    out = args.out or Path(f"ikrar-export-{number}.json")
    atomic_write(out, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    print(f"Wrote {out} (owner-only): {len(data['check_ins'])} check-in(s), "
          f"{len(data['signatures'])} signature(s), {len(data['certificates'])} certificate(s).")
    return 0


def _secret(prompt: str, env: str) -> str | None:
    import getpass  # noqa: PLC0415

    if os.environ.get(env):
        return os.environ[env]
    return getpass.getpass(prompt) if sys.stdin.isatty() else None


def cmd_erase(args: argparse.Namespace) -> int:
    from ikrar.cli.keys import _passphrase  # noqa: PLC0415
    from ikrar.store import privacy, roles  # noqa: PLC0415

    number = _nip(args.nip)
    forced_by = None
    if args.force:
        if roles.has_pin(roles.ADMIN):
            forced_by = privacy.admin_authority(pin=_secret("Administrator PIN: ", ADMIN_PIN_ENV))
        else:
            forced_by = privacy.admin_authority(passphrase=_passphrase(args, creating=False))
    counts = privacy.erase(number, forced_by=forced_by)
    print(f"Erased: {counts['check_ins']} check-in(s) and {counts['roster']} roster place(s) "
          "with their signatures and certificates; an audit event records it.")
    return 0

