"""Every test gets its own data folder; nothing touches a user's real data."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

# Headless Qt for every test, set before any Qt module is imported.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from ikrar.core.dates import zone  # noqa: E402
from ikrar.store.db import Local, close_db, init_db  # noqa: E402
from ikrar.store.events import create_event  # noqa: E402
from ikrar.store.models import Event  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("IKRAR_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield folder
    close_db()


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
