"""The database at rest: SQLCipher-encrypted, its key in the credential store or a passphrase."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.store import crypto, settings
from ikrar.store.crypto import KEYINFO_FILENAME, PASSPHRASE_ENV
from ikrar.store.db import DB_FILENAME, close_db, db, init_db, is_plain
from ikrar.store.models import Employee
from support import add_employees, raw_db

PASSPHRASE = "kunci rahasia aula"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_unreadable_without_key(path: Path, secrets: list[bytes]) -> None:
    """What someone with the disk but not the key gets: no database, none of the bytes."""
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    for file in [path, *path.parent.glob(f"{path.name}-*")]:
        data = file.read_bytes()
        assert not data.startswith(b"SQLite format 3"), file
        for secret in secrets:
            assert secret not in data, f"{secret!r} readable in {file.name}"


@pytest.fixture
def no_credential_store(monkeypatch):
    """A headless machine: keyring finds no backend (keyring's own failing backend)."""
    keyring.set_keyring(fail.Keyring())
    yield
    crypto.set_prompt(None)


def test_the_database_is_encrypted_and_plain_sqlite_cannot_read_it(event, data_dir):
    people = add_employees(event, 30)
    settings.put("hub_token", "tok-3f9c0a1b2c3d4e5f")
    nip, name = people[7].nip, people[7].name
    # Enough writes to leave pages in the write-ahead log as well as in the main file.
    close_db()
    path = data_dir / DB_FILENAME
    assert_unreadable_without_key(path, [nip.encode(), name.encode(), b"tok-3f9c0a1b2c3d4e5f"])
    info = json.loads((data_dir / KEYINFO_FILENAME).read_text())
    assert info["source"] == "keyring"
    assert mode(data_dir / KEYINFO_FILENAME) == 0o600
    assert "key" not in info and not any(len(str(v)) == 64 for v in info.values())
    # With the key, all of it is there.
    with raw_db(path) as conn:
        assert conn.execute("SELECT name FROM employee WHERE nip = ?", (nip,)).fetchone()[0] == name


def test_the_real_pragmas_hold_under_sqlcipher(store):
    pragmas = {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
               for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout",
                            "cipher_version")}
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL
    assert pragmas["foreign_keys"] == 1
    assert pragmas["busy_timeout"] == 10_000
    assert pragmas["cipher_version"].startswith("4.")
    assert (store.data_dir / f"{DB_FILENAME}-wal").exists()


def test_the_key_lives_in_the_credential_store(store, data_dir):
    info = json.loads((data_dir / KEYINFO_FILENAME).read_text())
    stored = keyring.get_keyring().get_password(info["service"], info["account"])
    assert stored and len(bytes.fromhex(stored)) == 32
    settings.put("language", "en")
    close_db()
    init_db(data_dir)
    assert settings.get("language") == "en"
    # Another user or another computer: the credential store does not hold the key.
    close_db()
    keyring.get_keyring().delete_password(info["service"], info["account"])
    crypto._derived.clear()
    with pytest.raises(IkrarError) as caught:
        init_db(data_dir)
    assert caught.value.code == "store.key_missing"


def test_without_a_credential_store_a_passphrase_from_the_environment(
        data_dir, monkeypatch, no_credential_store):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    init_db(data_dir, station_name="Meja 1")
    settings.put("language", "en")
    close_db()
    info = json.loads((data_dir / KEYINFO_FILENAME).read_text())
    assert info["source"] == "passphrase" and info["kdf"] == "scrypt"
    assert_unreadable_without_key(data_dir / DB_FILENAME, [])

    crypto._derived.clear()  # as a new process would
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    with pytest.raises(IkrarError) as caught:
        init_db(data_dir)
    assert caught.value.code == "store.wrong_passphrase"

    monkeypatch.delenv(PASSPHRASE_ENV)
    with pytest.raises(IkrarError) as caught:
        init_db(data_dir)
    assert caught.value.code == "store.passphrase_needed"
    assert PASSPHRASE_ENV in str(caught.value)

    asked = []
    answers = iter(["salah sekali", PASSPHRASE])
    crypto.set_prompt(lambda *question: asked.append(question) or next(answers))
    init_db(data_dir)
    assert asked == [(data_dir / DB_FILENAME, False, False), (data_dir / DB_FILENAME, False, True)]
    assert settings.get("language") == "en"


def test_a_new_database_asks_for_a_passphrase_and_refuses_a_short_one(
        data_dir, no_credential_store):
    crypto.set_prompt(lambda path, creating, retry: "pendek")
    with pytest.raises(IkrarError) as caught:
        init_db(data_dir)
    assert caught.value.code == "store.passphrase_short"
    crypto.set_prompt(lambda path, creating, retry: PASSPHRASE if creating else None)
    init_db(data_dir, station_name="Meja 1")
    assert json.loads((data_dir / KEYINFO_FILENAME).read_text())["source"] == "passphrase"


def make_plain_database(data_dir: Path, event_count: int = 40) -> list:
    from ikrar.store.events import create_event  # noqa: PLC0415

    init_db(data_dir, station_name="Meja lama", encrypted=False)
    event = create_event("Apel Pagi", datetime(2024, 8, 17, 7, 0, tzinfo=zone("WIB")))
    people = add_employees(event, event_count)
    close_db()
    assert is_plain(data_dir / DB_FILENAME)
    return [(p.nip, p.name) for p in people]


def test_a_plain_database_is_encrypted_on_open_after_an_owner_only_backup(data_dir):
    people = make_plain_database(data_dir)
    init_db(data_dir)
    assert Employee.select().count() == len(people)
    close_db()
    path = data_dir / DB_FILENAME
    assert not is_plain(path)
    assert_unreadable_without_key(path, [people[3][0].encode(), people[3][1].encode()])
    assert not list(data_dir.glob(".*encrypting"))
    backups = list((data_dir / "backups").glob("*plain-before-encryption*.sqlite3"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    with sqlite3.connect(backups[0]) as plain:
        assert plain.execute("SELECT count(*) FROM employee").fetchone()[0] == len(people)
    init_db(data_dir)  # and it opens again, without a second migration
    assert Employee.select().count() == len(people)
    assert len(list((data_dir / "backups").glob("*plain-before-encryption*"))) == 1


KILLER = textwrap.dedent("""
    import os, signal, sys
    from ikrar.store import plaintext
    from ikrar.store.db import init_db
    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)
    setattr(plaintext, sys.argv[2], die)
    init_db(sys.argv[1])
""")


@pytest.mark.parametrize("killed_at", ["_swap", "_fsync_dir"])
def test_a_crash_midway_through_encryption_leaves_a_usable_database(data_dir, killed_at):
    """SIGKILL just before the encrypted copy replaces the plain file, or just after."""
    people = make_plain_database(data_dir)
    done = subprocess.run([sys.executable, "-c", KILLER, str(data_dir), killed_at],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == -9, done.stderr
    path = data_dir / DB_FILENAME
    if killed_at == "_swap":
        assert is_plain(path)  # untouched: the half-done copy lies beside it
        assert list(data_dir.glob(".*encrypting"))
        with sqlite3.connect(path) as plain:
            assert plain.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    else:
        assert not is_plain(path)
    init_db(data_dir)
    assert Employee.select().count() == len(people)
    close_db()
    assert not is_plain(path) and not list(data_dir.glob(".*encrypting"))


def test_a_thief_with_a_copy_of_the_data_folder_reads_nothing(event, data_dir, tmp_path,
                                                              monkeypatch):
    """The lost-tablet drill, data half: the disk without the key is no database."""
    people = add_employees(event, 20)
    close_db()
    stolen = tmp_path / "stolen"
    shutil.copytree(data_dir, stolen)
    assert_unreadable_without_key(stolen / DB_FILENAME, [p.nip.encode() for p in people])
    # On the thief's machine the credential store does not hold the key, and no passphrase
    # opens a keyring-kept database.
    monkeypatch.setenv("IKRAR_TEST_KEYRING", str(tmp_path / "thief-keyring.json"))
    monkeypatch.setenv(PASSPHRASE_ENV, "tebakan")
    with pytest.raises(IkrarError) as caught:
        init_db(stolen)
    assert caught.value.code == "store.key_missing"
    # Rewriting the note to "passphrase" does not help either: the check does not match.
    info = json.loads((stolen / KEYINFO_FILENAME).read_text())
    info.update(source="passphrase", salt=os.urandom(16).hex(), n=2**14, r=8, p=1)
    (stolen / KEYINFO_FILENAME).write_text(json.dumps(info))
    with pytest.raises(IkrarError) as caught:
        init_db(stolen)
    assert caught.value.code == "store.wrong_passphrase"


def test_the_station_key_file_is_encrypted_under_the_database_key(store, data_dir, tmp_path):
    from ikrar.core.keys import KeyFileError, SigningKey  # noqa: PLC0415
    from ikrar.store import keystore  # noqa: PLC0415

    key = keystore.station_key()
    path = data_dir / "keys" / "station.key"
    data = path.read_bytes()
    assert b"PRIVATE KEY" not in data and mode(path) == 0o600
    assert keystore.station_key().public == key.public
    # An older Ikrar's plain PEM file is read, then rewritten encrypted.
    older = SigningKey.generate()
    older.save(path)
    assert keystore.station_key().public == older.public
    assert b"PRIVATE KEY" not in path.read_bytes()
    # Another folder's encrypted key file does not open here.
    close_db()
    other = tmp_path / "other"
    init_db(other, station_name="Meja 2")
    keystore.station_key()
    shutil.copy(other / "keys" / "station.key", path)
    close_db()
    init_db(data_dir)
    with pytest.raises(KeyFileError) as caught:
        keystore.station_key()
    assert caught.value.code == "key.station_key_locked"


def test_the_backup_before_a_schema_migration_is_encrypted(event, data_dir, monkeypatch):
    from ikrar.store import migrations  # noqa: PLC0415

    people = add_employees(event, 5)
    close_db()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda database: None])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    init_db(data_dir)
    close_db()
    (backup,) = (data_dir / "backups").glob("*.sqlite3")
    assert mode(backup) == 0o600
    assert_unreadable_without_key(backup, [people[0].nip.encode()])
    with raw_db(backup, folder=data_dir) as conn:
        assert conn.execute("SELECT count(*) FROM employee").fetchone()[0] == 5
