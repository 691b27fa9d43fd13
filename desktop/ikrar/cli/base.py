"""What every command that touches the data folder does first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ikrar import paths
from ikrar.logs import setup_logging


def open_store(args: argparse.Namespace, folder: Path | None = None, **options: Any):
    """Open the database of the chosen data folder (`init_db` options passed on), then log there."""
    from ikrar.store.db import init_db  # noqa: PLC0415 - keeps `ikrar --help` fast

    folder = folder or paths.data_dir(args.data_dir)
    local = init_db(folder, **options)
    setup_logging(folder, verbose=args.verbose)
    return local
