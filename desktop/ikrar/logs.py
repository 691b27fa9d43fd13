"""Logging to a rotating, owner-only file in the data folder. Never log NIPs or signatures."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "ikrar.log"
_installed: list[logging.Handler] = []


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def setup_logging(data_dir: Path, *, verbose: bool = False) -> Path | None:
    """Log to `data_dir/logs/ikrar.log` (1 MB × 5); warnings also to stderr."""
    root = logging.getLogger()
    while _installed:  # a second call (tests, demo after real) replaces, never doubles
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # peewee logs every statement with its parameters at DEBUG: NIPs, names, the hub token.
    logging.getLogger("peewee").setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    _installed.append(console)
    path = log_path(data_dir)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, exc.strerror)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _installed.append(handler)
    return path
