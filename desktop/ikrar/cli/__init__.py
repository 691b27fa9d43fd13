"""The command line: `ikrar` opens the GUI; every long operation has a command twin here.

One module per command group; this one assembles the parser and runs the chosen command.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ikrar import __version__, paths
from ikrar.cli.app import add_demo_command, cmd_gui
from ikrar.cli.audit import add_audit_commands
from ikrar.cli.badges import add_badge_command
from ikrar.cli.base import open_store
from ikrar.cli.certificates import add_certificate_commands
from ikrar.cli.event import add_event_commands
from ikrar.cli.keys import add_key_commands
from ikrar.cli.privacy import add_privacy_commands
from ikrar.cli.report import add_report_commands
from ikrar.cli.roster import add_roster_commands
from ikrar.cli.sync import add_sync_commands
from ikrar.cli.verify import add_verify_command
from ikrar.cli.verify_page import add_verify_page_command
from ikrar.core.errors import IkrarError

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
    add_demo_command(commands)
    add_event_commands(commands)
    add_roster_commands(commands)
    add_audit_commands(commands)
    add_certificate_commands(commands)
    add_key_commands(commands)
    add_badge_command(commands)
    add_verify_command(commands)
    add_verify_page_command(commands)
    add_sync_commands(commands)
    add_report_commands(commands)
    add_privacy_commands(commands)
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
            from ikrar.store.postgres import remembered  # noqa: PLC0415

            # A hub folder started with PostgreSQL keeps its data there: every command on the
            # folder works on that database, not on a new SQLite file beside it.
            open_store(args, database_url=remembered(paths.data_dir(args.data_dir)))
        return args.func(args)
    except IkrarError as exc:
        print(f"ikrar: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`ikrar verify … | head`): stop quietly; point stdout at
        # nothing so the interpreter's final flush does not fail again.
        import os  # noqa: PLC0415

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    finally:
        from ikrar.store.db import close_db  # noqa: PLC0415

        close_db()

