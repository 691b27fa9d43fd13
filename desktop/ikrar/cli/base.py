"""What every command that touches the data folder does first."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from ikrar import paths
from ikrar.core.errors import UsageError
from ikrar.logs import setup_logging


def ask_passphrase(path: Path, creating: bool, retry: bool) -> str | None:
    """The database passphrase typed at the terminal; None when there is no terminal (then
    IKRAR_DB_PASSPHRASE must give it)."""
    if not sys.stdin.isatty():
        return None
    if retry:
        print("Wrong passphrase.", file=sys.stderr)
    first = getpass.getpass(f"Passphrase of the Ikrar database {path}: ")
    if creating and first:
        if getpass.getpass("The same passphrase again: ") != first:
            raise UsageError("store.passphrase_mismatch",
                             "The two passphrases differ; nothing was created. Run the command "
                             "again.")
    return first


def open_store(args: argparse.Namespace, folder: Path | None = None, *,
               prompt=ask_passphrase, **options: Any):
    """Open the database of the chosen data folder (`init_db` options passed on), then log there.

    `prompt` asks for the database passphrase where the key is not in a credential store (the
    terminal by default; the GUI passes its dialog).
    """
    from ikrar.store import crypto  # noqa: PLC0415 - keeps `ikrar --help` fast
    from ikrar.store.db import init_db  # noqa: PLC0415

    folder = folder or paths.data_dir(args.data_dir)
    crypto.set_prompt(prompt)
    local = init_db(folder, **options)
    setup_logging(folder, verbose=args.verbose)
    return local
