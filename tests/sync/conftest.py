"""Hubs started in the test (SQLite or PostgreSQL) and stations, all on loopback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_support import Hub, Station, pg_database  # noqa: E402

PG_ENV = "IKRAR_TEST_PG"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request):
    """None for a SQLite hub; a fresh PostgreSQL database URL (skipped without IKRAR_TEST_PG)."""
    if request.param == "sqlite":
        yield None
        return
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"{PG_ENV} is not set (postgresql://user:pass@host/db)")
    url, drop = pg_database(admin)
    yield url
    drop()


@pytest.fixture
def make_hub(tmp_path: Path):
    hubs: list[Hub] = []

    def make(database_url: str | None = None, *, employees: int = 30, start: bool = True,
             tls: bool = False, name: str = "hub") -> Hub:
        hub = Hub(tmp_path / name, database_url)
        hub.prepare(employees)
        hubs.append(hub)
        if start:
            hub.start(tls=tls)
        return hub

    yield make
    for hub in hubs:
        hub.kill()


@pytest.fixture
def hub(make_hub, database_url) -> Hub:
    return make_hub(database_url)


@pytest.fixture
def stations(tmp_path: Path, hub: Hub):
    """Factory: n stations, each joined to the hub (roster pulled)."""

    def make(*names: str) -> list[Station]:
        made = []
        for name in names:
            station = Station(tmp_path / name.replace(" ", "_"), name)
            station.use()
            from ikrar.sync import station as sync_station

            code = hub.code(name)
            station.use()
            sync_station.join(hub.url, code)
            sync_station.sync_once()
            made.append(station)
        return made

    return make
