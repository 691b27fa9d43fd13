"""Schema versions: step-by-step migrations inside transactions, a backup before any of them."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from ikrar import __version__
from ikrar.store.db import BACKUP_DIRNAME, StoreError
from ikrar.store.models import ALL_MODELS, SchemaVersion

log = logging.getLogger(__name__)


def _v1_initial(database: SqliteDatabase) -> None:
    database.create_tables(ALL_MODELS)


def _v2_name_index(database: SqliteDatabase) -> None:
    from ikrar.store import name_index  # noqa: PLC0415

    name_index.create(database)


# Index i holds the step from version i to i + 1. Append only; never edit a released step.
STEPS: list[Callable[[SqliteDatabase], None]] = [_v1_initial, _v2_name_index]
SCHEMA_VERSION = len(STEPS)


def current_version(database: SqliteDatabase) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.get_or_none(SchemaVersion.id == 1)
    return row.version if row else 0


def backup(database: SqliteDatabase, path: Path, version: int) -> Path:
    """A consistent copy of the database (SQLite online backup), owner-only."""
    folder = path.parent / BACKUP_DIRNAME
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-v{version}-{stamp}.sqlite3"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    dest = sqlite3.connect(target)
    try:
        database.connection().backup(dest)
    finally:
        dest.close()
    return target


def migrate(database: SqliteDatabase, path: Path) -> None:
    version = current_version(database)
    if version > SCHEMA_VERSION:
        raise StoreError(
            "store.newer_schema",
            f"The database {path} was written by a newer version of Ikrar (schema {version}; "
            f"this program knows up to {SCHEMA_VERSION}). Install the newer Ikrar; "
            "nothing was changed.",
            path=path, version=version, known=SCHEMA_VERSION,
        )
    if version == SCHEMA_VERSION:
        return
    if version > 0:
        saved = backup(database, path, version)
        log.info("backed up schema %s to %s before migrating", version, saved.name)
    for step in range(version, SCHEMA_VERSION):
        with database.atomic():
            STEPS[step](database)
            SchemaVersion.insert(
                id=1, version=step + 1, app_version=__version__, migrated_at=datetime.now(UTC)
            ).on_conflict(
                conflict_target=[SchemaVersion.id],
                preserve=[SchemaVersion.version, SchemaVersion.app_version,
                          SchemaVersion.migrated_at],
            ).execute()
        log.info("migrated schema to %s", step + 1)
