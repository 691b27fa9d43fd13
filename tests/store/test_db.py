from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ikrar.store import migrations, settings
from ikrar.store.db import DB_FILENAME, StoreError, close_db, db, init_db
from ikrar.store.models import Change, SchemaVersion, Station
from support import raw_db


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_has_the_promised_pragmas(store):
    conn = db.connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_files_are_owner_only(store):
    assert mode(store.data_dir) == 0o700
    assert mode(store.db_path) == 0o600
    for sidecar in store.data_dir.glob(DB_FILENAME + "-*"):
        assert mode(sidecar) == 0o600


def test_schema_version_row_and_local_station(store):
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION
    station = Station.get_by_id(store.station_id)
    assert station.name == "Meja 1"
    # The station row itself is synced: it went through the outbox.
    assert Change.select().where(Change.row_id == store.station_id).count() == 1


def test_reopening_keeps_station_and_clock_moves_forward(store, data_dir):
    before = store.clock.now()
    close_db()
    again = init_db(data_dir)
    assert again.station_id == store.station_id
    assert again.clock.now() > before


def test_database_from_newer_version_is_refused_untouched(store, data_dir):
    SchemaVersion.update(version=migrations.SCHEMA_VERSION + 5).execute()
    close_db()
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(StoreError, match="newer version of Ikrar"):
        init_db(data_dir)
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_not_a_database_is_refused_with_advice(data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / DB_FILENAME).write_bytes(b"PK\x03\x04 this is a zip, not sqlite" * 100)
    with pytest.raises(StoreError, match="not an Ikrar database.*restore the database from a copy"
                       ) as refused:
        init_db(data_dir)
    assert "backups" not in str(refused.value)  # there is no such folder to point at
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "ikrar-v1-20240101T000000Z.sqlite3").write_bytes(b"x")
    with pytest.raises(StoreError, match="not an Ikrar database.*copy \\(.*backups\\)"):
        init_db(data_dir)


def test_corrupted_database_is_refused(store, data_dir):
    close_db()
    path = data_dir / DB_FILENAME
    raw = bytearray(path.read_bytes())
    raw[100:4096 * 3] = os.urandom(4096 * 3 - 100)  # keep the magic, wreck the schema pages
    path.write_bytes(bytes(raw))
    for sidecar in data_dir.glob(DB_FILENAME + "-*"):
        sidecar.unlink()
    with pytest.raises(StoreError, match="damaged|Cannot open"):
        init_db(data_dir)


def test_read_only_folder_is_refused(mounted_tmpfs):
    folder = mounted_tmpfs("ro", read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        init_db(folder)


def test_folder_that_cannot_be_created_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the data folder"):
        init_db(blocker / "data")


def test_migration_takes_a_backup_then_steps_in_a_transaction(store, data_dir, monkeypatch):
    settings.put("language", "en")
    close_db()

    def add_column(database):
        database.execute_sql("ALTER TABLE employee ADD COLUMN nickname TEXT DEFAULT ''")

    before = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, add_column])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    init_db(data_dir)
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION
    columns = [c.name for c in db.get_columns("employee")]
    assert "nickname" in columns
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600
    with raw_db(backups[0], folder=data_dir) as old:
        assert old.execute("SELECT version FROM schema_version").fetchone()[0] == before
        assert old.execute("SELECT value FROM setting WHERE key='language'").fetchone()[0] == '"en"'


def test_failed_migration_changes_nothing(store, data_dir, monkeypatch):
    close_db()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("step failed")

    before = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    with pytest.raises(RuntimeError):
        init_db(data_dir)
    with raw_db(data_dir / DB_FILENAME) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == before
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def test_a_schema_1_database_gains_the_events_verification_url(store, data_dir):
    """Databases written before certificate code v2 have no event.verify_url column."""
    db.execute_sql("ALTER TABLE event DROP COLUMN verify_url")
    SchemaVersion.update(version=1).execute()
    close_db()
    init_db(data_dir)
    assert "verify_url" in [c.name for c in db.get_columns("event")]
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION


def test_a_kept_connection_spares_the_wal_its_checkpoint_on_every_close(store, data_dir):
    from ikrar.store.db import keep_wal

    wal = store.db_path.with_name(DB_FILENAME + "-wal")

    def write_and_close(value: int) -> None:
        with db.connection_context():
            settings.put("scanner_prefix", str(value))

    db.close()
    write_and_close(1)
    assert not wal.exists()  # the last close checkpointed the WAL and removed it
    keep_wal()
    write_and_close(2)
    assert wal.stat().st_size > 0  # kept: checkpointed later, by SQLite's own checkpoint
    with db.connection_context():
        assert settings.get("scanner_prefix") == "2"
    close_db()  # closes the kept connection too: the last close checkpoints as before
    assert not wal.exists()
    init_db(data_dir)
    assert settings.get("scanner_prefix") == "2"
