"""Opening the database: the one way in.

`init_db()` creates or opens the SQLite file in the data folder with the pragmas the check-in
promise depends on (WAL, synchronous=FULL, foreign keys), refuses files it cannot trust, takes a
backup and migrates step by step, and loads the station's identity and clock.

The file is SQLCipher-encrypted (`ikrar.store.crypto` finds its key); a plain database from an
older Ikrar is encrypted in place on first open (`ikrar.store.plaintext`), after a backup.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase
from playhouse.pool import PooledDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from ikrar.core.errors import IkrarError
from ikrar.core.hlc import HybridClock

log = logging.getLogger(__name__)

DB_FILENAME = "ikrar.sqlite3"
# Written beside the database once it holds a station: from then on a missing or empty file
# means the database was lost, and a new station is never made in its place silently.
MARKER_FILENAME = "station-id"
BACKUP_DIRNAME = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",  # a check-in is durable once the attendee sees "Terima kasih"
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -32_000,
    "temp_store": "memory",
}

db = DatabaseProxy()
# What the SQLite drivers raise: the standard library's and SQLCipher's are separate classes.
SQLITE_ERRORS = (sqlite3.DatabaseError, sqlcipher.DatabaseError)


class StoreError(IkrarError):
    """The data folder or database cannot be used as it is."""


@dataclass
class Local:
    """What this installation is: its data folder, its station row and its clock."""

    data_dir: Path
    db_path: Path
    station_id: str
    clock: HybridClock


_local: Local | None = None
_keeper = None  # a connection held open for the process's lifetime (`keep_wal`)


def local() -> Local:
    if _local is None:
        raise RuntimeError("init_db() has not been called")
    return _local


def _ensure_private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            "store.cannot_create_folder", f"Cannot create the data folder {path}: {exc.strerror}. "
            "Choose another folder with --data-dir or IKRAR_DATA_DIR.",
            path=path, reason=exc.strerror,
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise StoreError(
            "store.read_only",
            f"The data folder {path} is read-only. Ikrar must be able to write there; "
            "choose another folder with --data-dir or IKRAR_DATA_DIR, or fix its permissions.",
            path=path,
        )
    if os.name == "posix":
        os.chmod(path, 0o700)


def backups_note(folder: Path | None) -> str:
    """" (FOLDER)" naming the copies Ikrar took before upgrades, only if there are any."""
    backups = folder / BACKUP_DIRNAME if folder else None
    if backups and backups.is_dir() and any(backups.glob("*.sqlite3")):
        return f" ({backups})"
    return ""


def is_plain(path: Path) -> bool:
    """Whether the file starts as an unencrypted SQLite database does."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def _check_header(path: Path, encrypted: bool) -> None:
    from ikrar.store.crypto import KEYINFO_FILENAME  # noqa: PLC0415

    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError("store.cannot_read_db",
                         f"Cannot read the database {path}: {exc.strerror}.",
                         path=path, reason=exc.strerror) from exc
    # An encrypted database has no header to check: its key's note beside it says it is ours.
    ours = head == SQLITE_MAGIC or (encrypted and (path.parent / KEYINFO_FILENAME).exists())
    if head and not ours:
        raise StoreError(
            "store.not_a_database",
            f"{path} is not an Ikrar database (it is damaged or another kind of file). "
            f"Move it aside and restore the database from a copy{backups_note(path.parent)}, "
            "or start a new data folder.",
            path=path, backups=backups_note(path.parent),
        )


def _check_not_lost(path: Path) -> None:
    """Refuse a missing or 0-byte database in a folder that held a station's database."""
    marker = path.parent / MARKER_FILENAME
    if not marker.exists():
        return
    if path.exists() and path.stat().st_size > 0:
        return
    state = "is empty (0 bytes)" if path.exists() else "is missing"
    raise StoreError(
        "store.db_lost",
        f"The database {path} {state}, but this folder held the database of station "
        f"{marker.read_text(encoding='utf-8').strip()}. Nothing was created in its place. "
        f"Stop Ikrar and restore the database from a copy{backups_note(path.parent)}; or, to "
        "make a new station, use a new data folder (--data-dir).",
        path=path, empty=path.exists(), backups=backups_note(path.parent),
    )


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def disk_error(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """Translate the SQLite errors a user can act on into a clear StoreError, else None."""
    # SQLite rolls back by itself on a full disk, so the error that reaches us may be the
    # failed ROLLBACK afterwards; the cause is further down the chain.
    chain: list[BaseException] = []
    while exc is not None and len(chain) < 8:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    text = " | ".join(str(e) for e in chain).lower()
    where = f" ({path})" if path else ""
    if "disk is full" in text or any(getattr(e, "errno", None) == errno.ENOSPC for e in chain):
        return StoreError(
            "store.disk_full",
            f"The disk holding the Ikrar data folder is full{where}. Nothing was saved. "
            "Free some space and try again.",
            path=path or "",
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            "store.db_read_only",
            f"The Ikrar database is read-only{where}. Nothing was saved. "
            "Check the folder's permissions or choose another with --data-dir.",
            path=path or "",
        )
    if "malformed" in text or "not a database" in text:
        note = backups_note(path.parent if path else None)
        return StoreError(
            "store.db_damaged",
            f"The Ikrar database is damaged{where}. Stop Ikrar and restore the database from a "
            f"copy{note}, or start a new data folder.",
            path=path or "", backups=note,
        )
    return None


def open_database(path: Path, key: bytes | None = None) -> SqliteDatabase:
    """Peewee SQLite database with Ikrar's pragmas; every transaction takes the write lock first.

    With `key`, SQLCipher with that raw key (the key pragma runs before the others).
    """
    if key is None:
        return SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=10)
    from ikrar.store.crypto import sql_key  # noqa: PLC0415

    return SqlCipherDatabase(str(path), passphrase=sql_key(key), pragmas=PRAGMAS,
                             lock_type="IMMEDIATE", timeout=10)


def connect_raw(path: Path, key: bytes | None = None, **options):
    """A DB-API connection to the file outside peewee (backups, checks, tests); keyed if given."""
    conn = sqlcipher.connect(str(path), **options)
    if key is not None:
        from ikrar.store.crypto import sql_key  # noqa: PLC0415

        conn.execute(f"PRAGMA key = \"{sql_key(key)}\"")
    return conn


def init_db(
    data_dir: Path | str, *, station_name: str | None = None, database_url: str | None = None,
    encrypted: bool = True, passphrase: str | None = None,
) -> Local:
    """Open (creating or migrating as needed) the database in `data_dir` and bind the models.

    `database_url` (postgresql://…, for the hub) puts the tables there instead; keys, logs and
    TLS files stay in `data_dir`. `encrypted=False` opens a plain SQLite file (the benchmarks'
    baseline only; a plain database is otherwise encrypted on open). `passphrase`: the
    database key from this passphrase, not the credential store (`ikrar.store.crypto`).
    """
    global _local
    from ikrar.store import crypto, migrations, plaintext, stations, sync_state  # noqa: PLC0415

    data_dir = Path(data_dir)
    _ensure_private_dir(data_dir)
    path = data_dir / DB_FILENAME
    if not database_url:
        _check_not_lost(path)
    if path.exists() and not database_url:
        _check_header(path, encrypted)
    elif not database_url:
        try:
            _create_private_file(path)
        except OSError as exc:
            raise disk_error(exc, path) or StoreError(
                "store.cannot_create_db", f"Cannot create the database {path}: {exc.strerror}.",
                path=path, reason=exc.strerror,
            ) from exc

    close_db()
    key = None
    if encrypted and not database_url:
        key = crypto.database_key(path, passphrase)
        if is_plain(path):
            plaintext.encrypt_in_place(path, key)
    if database_url:
        from ikrar.store.postgres import open_url, redact  # noqa: PLC0415

        database, path = open_url(database_url), Path(redact(database_url))
    else:
        database = open_database(path, key)
    db.initialize(database)
    try:
        database.connect()
        migrations.migrate(database, path)
        station_id, known = stations.local_station_id()
        seen = [t for t in (stations.newest_clock(), sync_state.seen_clock()) if t]
        clock = HybridClock(station_id, max(seen) if seen else None)
        clock.offset_ms = sync_state.clock_offset_ms()
        _local = Local(data_dir, path, station_id, clock)
        if not known:
            stations.register_local(station_name)
        if not database_url and not (data_dir / MARKER_FILENAME).exists():
            from ikrar.core.files import atomic_write  # noqa: PLC0415

            atomic_write(data_dir / MARKER_FILENAME, f"{station_id}\n".encode())
    except (*SQLITE_ERRORS, peewee.DatabaseError) as exc:
        close_db()
        friendly = disk_error(exc, path) or StoreError(
            "store.cannot_open_db", f"Cannot open the database {path}: {exc}",
            path=path, reason=exc)
        raise friendly from exc
    except BaseException:
        close_db()
        raise
    log.info("database open: schema %s", migrations.SCHEMA_VERSION)
    return _local


class _SqlitePool(PooledDatabase):
    """A pool of SQLite or SQLCipher connections: the two checks `PooledDatabase` asks its
    subclasses for."""

    def _is_closed(self, conn: sqlite3.Connection | sqlcipher.Connection) -> bool:
        try:
            conn.total_changes  # noqa: B018 (raises once the connection is closed)
        except (sqlite3.Error, sqlcipher.Error):
            return True
        return False

    def _can_reuse(self, conn: sqlite3.Connection | sqlcipher.Connection) -> bool:
        """A connection put back inside a transaction is rolled back first."""
        try:
            if conn.in_transaction:
                conn.rollback()
        except (sqlite3.Error, sqlcipher.Error):
            return False
        return True


class _PooledSqlite(_SqlitePool, SqliteDatabase):
    pass


class _PooledSqlCipher(_SqlitePool, SqlCipherDatabase):
    pass


POOL_IDLE_S = 300  # a pooled SQLite connection unused this long is closed when next looked at


def _pooled(database: SqliteDatabase) -> SqliteDatabase:
    """The same file, key and pragmas, with connections kept for the next request.

    Opening a SQLCipher connection runs the key and every pragma, and closing it drops its page
    cache (each page read again is decrypted again): a hub request paid for both. Pooled, a
    request takes a connection another has put back (any thread: `check_same_thread` off); one
    left inside a transaction is rolled back first (the pool does that). No limit on their
    number: the hub's worker threads bound it.
    """
    cls = _PooledSqlCipher if isinstance(database, SqlCipherDatabase) else _PooledSqlite
    return cls(database.database, pragmas=database._pragmas, lock_type=database._lock_type,
               timeout=database._timeout, check_same_thread=False, max_connections=None,
               stale_timeout=POOL_IDLE_S, **database.connect_params)


def keep_wal() -> None:
    """Hold one connection to the SQLite file open until `close_db` (a hub process does), and
    keep the connections requests used for the next ones (`_pooled`).

    SQLite checkpoints the WAL into the database, and deletes it, when the last connection to
    a file closes; the hub opens and closes a connection per request, so each request paid for
    a checkpoint (~30 ms). With this connection open no other close is the last one: the WAL
    is checkpointed by SQLite's automatic checkpoint as it grows (`wal_autocheckpoint`), and
    by this connection's close. It holds no lock between requests (a read only to attach to
    the WAL), so writers and kill -9 recovery are as before. PostgreSQL: nothing to do.
    """
    global _keeper
    if _keeper is not None or not isinstance(db.obj, SqliteDatabase):
        return
    if not isinstance(db.obj, _SqlitePool):
        db.obj.close()
        db.initialize(_pooled(db.obj))
    # The same driver, key and pragmas as every other connection, outside the pool.
    conn = super(PooledDatabase, db.obj)._connect()
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    _keeper = conn


def close_db() -> None:
    global _local, _keeper
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
    if isinstance(db.obj, _SqlitePool):
        db.obj.close_all()
    if _keeper is not None:
        _keeper.close()
        _keeper = None
    _local = None
