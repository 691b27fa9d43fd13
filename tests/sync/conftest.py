"""Hubs started in the test (SQLite or PostgreSQL) and stations, all on loopback."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_support import Hub, Station, pg_database  # noqa: E402

PG_ENV = "IKRAR_TEST_PG"
NO_POSTGRESQL = (f"no PostgreSQL server binaries (apt-get install postgresql), and {PG_ENV} "
                 "does not name a server (postgresql://user:pass@host/db)")


def find_pg_ctl() -> str | None:
    """pg_ctl on PATH, else the newest under Debian's /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which("pg_ctl")
    if found:
        return found
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                    key=lambda p: [int(x) for x in p.parts[-3].split(".") if x.isdigit()])
    return str(debian[-1]) if debian else None


def as_server_user(pg_ctl: str, folder: Path) -> str:
    """A pg_ctl that runs as the `postgres` OS user: PostgreSQL refuses to run as root."""
    shutil.chown(folder, "postgres", "postgres")
    wrapper = folder / "pg_ctl"
    wrapper.write_text(f'#!/bin/sh\ncd /\nexec runuser -u postgres -- "{pg_ctl}" "$@"\n')
    wrapper.chmod(0o700)  # owned by root, who runs it
    return str(wrapper)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A PostgreSQL server for the hub tests: the one IKRAR_TEST_PG names, else a throwaway one
    started on a free port by pytest-postgresql (and removed at the end), else a skip."""
    named = os.environ.get(PG_ENV)
    if named:
        yield named
        return
    pg_ctl = find_pg_ctl()
    if pg_ctl is None:
        pytest.skip(NO_POSTGRESQL)
    from port_for import get_port
    from pytest_postgresql.executors import PostgreSQLExecutor

    folder = Path(tempfile.mkdtemp(prefix="ikrar-pg-"))
    if os.geteuid() == 0:
        pg_ctl = as_server_user(pg_ctl, folder)
    server = PostgreSQLExecutor(
        executable=pg_ctl, host="127.0.0.1", port=get_port(None), datadir=str(folder / "data"),
        unixsocketdir=str(folder), logfile=str(folder / "server.log"), startparams="-w",
        dbname="postgres", user="postgres",  # trust, on loopback, for this run only
    )
    try:
        server.start()
        yield f"postgresql://postgres@127.0.0.1:{server.port}/postgres"
    finally:
        if server.running():
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request):
    """None for a SQLite hub; a fresh database on the test PostgreSQL server (pg_admin_url)."""
    if request.param == "sqlite":
        yield None
        return
    url, drop = pg_database(request.getfixturevalue("pg_admin_url"))
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
