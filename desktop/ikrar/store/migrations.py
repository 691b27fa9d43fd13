"""Schema versions: step-by-step migrations inside transactions, a backup before any of them."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase

from ikrar import __version__
from ikrar.store import crypto
from ikrar.store.db import BACKUP_DIRNAME, StoreError, connect_raw
from ikrar.store.models import ALL_MODELS, ForgottenRow, HubBatch, SchemaVersion

log = logging.getLogger(__name__)


def _v1_initial(database: SqliteDatabase) -> None:
    database.create_tables(ALL_MODELS)


def _v2_event_verify_url(database: SqliteDatabase) -> None:
    columns = {c.name for c in database.get_columns("event")}
    if "verify_url" not in columns:  # a database created at v2 has it already
        database.execute_sql("ALTER TABLE event ADD COLUMN verify_url VARCHAR(255) "
                             "NOT NULL DEFAULT ''")


def _add_columns(database: SqliteDatabase, table: str, columns: dict[str, str]) -> None:
    have = {c.name for c in database.get_columns(table)}
    for name, kind in columns.items():
        if name not in have:
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {kind}')


def _v3_authorship(database: SqliteDatabase) -> None:
    """Authors of walk-ins, signed hub batches and the pull scope of each hub entry.

    Rows written before have no author: they count as the administrator's. The hub signs the
    entries of its log that carry no batch with the agency key when it starts
    (`ikrar.sync.ledger.attest_legacy`) and works out their event (`ikrar.sync.ledger`).
    """
    _add_columns(database, "employee", {"author_id": "VARCHAR(64)"})
    _add_columns(database, "roster_entry", {"author_id": "VARCHAR(64)"})
    _add_columns(database, "hub_change", {"batch_id": "INTEGER", "event_id": "VARCHAR(255)",
                                          "subject": "VARCHAR(255)"})
    database.create_tables([HubBatch], safe=True)
    database.execute_sql('CREATE INDEX IF NOT EXISTS "hub_change_event_id" '
                         'ON "hub_change" ("event_id")')
    database.execute_sql('CREATE INDEX IF NOT EXISTS "hub_change_subject" '
                         'ON "hub_change" ("subject")')


def _v4_name_index(database: SqliteDatabase) -> None:
    from ikrar.store import name_index  # noqa: PLC0415

    name_index.create(database)


def _v5_hubdata(database: SqliteDatabase) -> None:
    """Hub: each station's last request and what it reported (`ikrar.store.hub_telemetry`).

    And employees' units beside their ids: counting check-ins by unit (the console's progress,
    the desk's) reads the unit from this index instead of each whole employee row.
    """
    from ikrar.store.hub_telemetry import HubStationSeen  # noqa: PLC0415

    database.create_tables([HubStationSeen], safe=True)
    database.execute_sql('CREATE INDEX IF NOT EXISTS "employee_id_unit" '
                         'ON "employee" ("id", "unit")')


def _v6_roster(database: SqliteDatabase) -> None:
    """Roster versions (the administrator's document) and the version each station holds.

    Employees and roster entries synced before stay as they are, and their change entries keep
    working; the next import into an event starts its versions.
    """
    from ikrar.store import roster_doc  # noqa: PLC0415

    roster_doc.create(database)


def _v7_purge(database: SqliteDatabase) -> None:
    """The drawn shape's hash (a purged signature's shape is checked) and forgotten rows."""
    _add_columns(database, "signature", {"shape_hash": "VARCHAR(64)"})
    database.create_tables([ForgottenRow], safe=True)


def _v8_cert(database: SqliteDatabase) -> None:
    """The official's signature block as the agency writes it, and what an event prints."""
    text = "VARCHAR(255) NOT NULL DEFAULT ''"
    _add_columns(database, "event", {
        "official_rank": text, "official_nip": text, "official_place": text,
        "official_date": text, "documents": "VARCHAR(255) NOT NULL DEFAULT 'certificate'",
    })


# Indexes whose columns begin another index of their table: every write kept them up to date
# and no query needed them (`test_schema_indexes`).
_COVERED = ("employee_search_key", "attendance_event_id", "pledge_version_event_id",
            "roster_entry_event_id", "roster_version_event_id")


def _v9_indexes(database: SqliteDatabase) -> None:
    """Employees by (name, id), the roster browser's order, and no index another covers.

    With names alone indexed, a page of a name 50,000 people share sorted all 50,000 by id.
    """
    database.execute_sql('CREATE INDEX IF NOT EXISTS "employee_search_key_id" '
                         'ON "employee" ("search_key", "id")')
    for name in _COVERED:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')


# Index i holds the step from version i to i + 1. Append only; never edit a released step.
STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial, _v2_event_verify_url, _v3_authorship, _v4_name_index, _v5_hubdata,
    _v6_roster, _v7_purge, _v8_cert, _v9_indexes,
]
SCHEMA_VERSION = len(STEPS)


def current_version(database: SqliteDatabase) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.get_or_none(SchemaVersion.id == 1)
    return row.version if row else 0


def backup(database: SqliteDatabase, path: Path, version: int) -> Path:
    """A consistent copy of the database (SQLite online backup), owner-only.

    The copy of an encrypted database is encrypted with the same key (SQLCipher's backup
    copies pages between two databases keyed alike), so it opens where the database opens.
    """
    folder = path.parent / BACKUP_DIRNAME
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-v{version}-{stamp}.sqlite3"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    dest = (connect_raw(target, crypto.active_key(path.parent))
            if isinstance(database, SqlCipherDatabase) else sqlite3.connect(target))
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
    if version > 0 and isinstance(database, SqliteDatabase):
        saved = backup(database, path, version)
        log.info("backed up schema %s to %s before migrating", version, saved.name)
    elif version > 0:  # PostgreSQL: each step is one transaction; pg_dump is the backup
        log.info("migrating the PostgreSQL schema %s in place, step by step", version)
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
