"""Encrypting a plain database from an older Ikrar, in place, with a backup first.

1. The plain file's write-ahead log is checkpointed into it, and a consistent copy goes to
   ``backups/`` (owner-only; it is still plain text: keep it only as long as needed).
2. `sqlcipher_export` writes an encrypted copy beside the database, flushed to disk.
3. The encrypted copy replaces the database in one `os.replace`.

A crash before step 3 leaves the plain database as it was (the half-written copy is removed on
the next attempt, which starts over); after it, the encrypted one. The key's note
(`database-key.json`) is written before any of this, so both states open.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ikrar.store.crypto import sql_key
from ikrar.store.db import BACKUP_DIRNAME, SQLITE_ERRORS, StoreError, connect_raw, disk_error

log = logging.getLogger(__name__)

PLAIN_BACKUP_PREFIX = "plain-before-encryption"


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.encrypting")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap(temp: Path, path: Path) -> None:
    """The one step from plain to encrypted."""
    os.replace(temp, path)
    _fsync_dir(path.parent)


def backup_plain(path: Path) -> Path:
    """A consistent owner-only copy of the plain database in backups/."""
    folder = path.parent / BACKUP_DIRNAME
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{PLAIN_BACKUP_PREFIX}-{stamp}.sqlite3"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one file, whoever opens it later
    finally:
        dest.close()
        source.close()
    return target


def encrypt_in_place(path: Path, key: bytes) -> Path:
    """Encrypt the plain database at `path` with `key`; the plain backup's path."""
    temp = _temp_path(path)
    temp.unlink(missing_ok=True)  # a copy left by a crash mid-way: start over
    try:
        plain = sqlite3.connect(path, isolation_level=None)
        try:
            # Everything into the main file, so the copy and the backup miss nothing and the
            # old log left beside the new file holds nothing.
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            plain.close()
        saved = backup_plain(path)
        fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
        conn = connect_raw(path, isolation_level=None)
        try:
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"{sql_key(key)}\"", (str(temp),))
            conn.execute("SELECT sqlcipher_export('encrypted')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):  # the plain file's, empty after the checkpoint
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _swap(temp, path)
    except (OSError, *SQLITE_ERRORS) as exc:
        temp.unlink(missing_ok=True)
        raise disk_error(exc, path) or StoreError(
            "store.cannot_encrypt",
            f"Cannot encrypt the database {path}: {exc}. It was left as it was.",
            path=path, reason=exc) from exc
    log.info("encrypted the plain database; its plain copy is %s", saved.name)
    return saved
