"""Every test gets its own data folder; nothing touches a user's real data."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

# A loaded 2-core CI machine must not turn slow examples into failures.
settings.register_profile("ikrar", deadline=None, print_blob=True)
settings.load_profile("ikrar")

# Headless Qt for every test, set before any Qt module is imported.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import keyring  # noqa: E402

from ikrar.core.dates import zone  # noqa: E402
from ikrar.store.db import Local, close_db, init_db  # noqa: E402
from ikrar.store.events import create_event  # noqa: E402
from ikrar.store.models import Event  # noqa: E402
from keyring_backend import FileKeyring  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("IKRAR_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("IKRAR_DB_PASSPHRASE", raising=False)
    use_test_keyring(tmp_path.parent / f"{tmp_path.name}-keyring", monkeypatch)
    yield folder
    close_db()


def use_test_keyring(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database is encrypted; its key goes to a real keyring backend: a file of this
    test's own, in a folder beside (not in) its tmp_path.

    In this process through keyring's own `set_keyring`; in the test's child processes (crash
    test, CLI runs, hubs, whatever their HOME or PYTHONPATH) through keyring's configuration
    file, found through XDG_CONFIG_HOME, which also puts this folder on their import path.
    """
    config = folder / "config" / "python_keyring"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring = keyring_backend.FileKeyring\n"
        f"keyring-path = {Path(__file__).parent}\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    monkeypatch.setenv(FileKeyring.PATH_ENV, str(folder / "keyring.json"))
    keyring.set_keyring(FileKeyring())


@pytest.fixture
def store(data_dir: Path) -> Local:
    return init_db(data_dir, station_name="Meja 1")


@pytest.fixture
def event(store: Local) -> Event:
    return create_event(
        "Deklarasi Netralitas ASN",
        datetime(2024, 7, 10, 8, 0, tzinfo=zone("WIB")),
        city="Sumedang",
        venue="Aula Tampomas",
        agency="Pemerintah Kabupaten Sumedang",
        official_name="Herman Suryatman",
        official_title="Pj. Sekretaris Daerah",
        official_acting=True,
    )


@pytest.fixture
def mounted_tmpfs(tmp_path: Path):
    """Mount a small tmpfs (as root): real read-only and real full-disk conditions."""
    mounts: list[Path] = []

    def mount(name: str, *, size_kb: int = 1024, read_only: bool = False) -> Path:
        target = tmp_path / name
        target.mkdir()
        options = f"size={size_kb}k,mode=0700" + (",ro" if read_only else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounts.append(target)
        return target

    yield mount
    close_db()
    for target in reversed(mounts):
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def make_employee(store):
    """Factory: an employee (and, given an event, their place on its roster) via the outbox."""
    from ikrar.core.names import display_name, search_key
    from ikrar.store import outbox
    from ikrar.store.models import Employee, RosterEntry

    counter = iter(range(1, 1000))

    def make(event=None, *, name="Budi Santoso", front="", back="S.Kom.", unit="Dinas Kominfo",
             nip=None, **fields):
        serial = next(counter)
        nip = nip or f"19900101201501{1 + serial % 2}{serial:03d}"
        employee = outbox.insert(Employee(
            nip=nip, name=name, front_title=front, back_title=back, unit=unit,
            search_key=search_key(display_name(name, front, back)), **fields,
        ))
        if event is not None:
            outbox.insert(RosterEntry(event=event, employee=employee))
        return employee

    return make
