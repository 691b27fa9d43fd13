"""Benchmarks of sync: push of check-ins with signatures to a hub, pull into a fresh station.

The hub runs as `ikrar hub` in its own process on loopback (SQLite, and PostgreSQL when
IKRAR_TEST_PG names a server); each figure stands beside the same rows inserted directly.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

from run import Figure

from ikrar.store.db import close_db, db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_support import Hub, Station, pg_database  # noqa: E402

PG_ENV = "IKRAR_TEST_PG"
_TABLES = ("attendance", "signature")


def _bulk_check_ins(count: int) -> None:
    """The rows and outbox entries `check_in` writes, for `count` people, in bulk (setup)."""
    from ikrar.core import strokes
    from ikrar.store import outbox
    from ikrar.store.db import local
    from ikrar.store.events import current_event
    from ikrar.store.fields import utcnow
    from ikrar.store.models import Attendance, Employee, RosterEntry, Signature

    event = current_event()
    me = local().station_id
    blobs = [strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(seed)))
             for seed in range(16)]
    people = [e for (e,) in Employee.select(Employee.id).join(RosterEntry)
              .where(RosterEntry.event == event).limit(count).tuples()]
    from ikrar.core.ids import new_id

    with db.atomic():
        at = utcnow()
        attendances = [{"id": new_id(), "event": event.id, "employee": person, "station": me,
                        "method": "badge", "checked_in_at": at} for person in people]
        outbox.insert_many(Attendance, attendances)
        outbox.insert_many(Signature, [{
            "attendance": row["id"], "station": me, "strokes": blobs[i % 16],
            "strokes_hash": strokes.strokes_hash(blobs[i % 16]), "pledge_hash": event.pledge_hash,
            "signed_at": at} for i, row in enumerate(attendances)])


def _rows(table: str) -> tuple[list[str], list[tuple]]:
    cursor = db.execute_sql(f'SELECT * FROM "{table}"')
    return [d[0] for d in cursor.description], cursor.fetchall()


def _sqlite_baseline(path: Path, tables: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """The same rows inserted directly into bare tables, one transaction, same pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=full")
    for table, (columns, _) in tables.items():
        conn.execute(f'CREATE TABLE "b_{table}" ({", ".join(columns)})')
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, (columns, rows) in tables.items():
        conn.executemany(f'INSERT INTO "b_{table}" VALUES ({", ".join("?" * len(columns))})',
                         rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _pg_baseline(url: str, tables: dict[str, tuple[list[str], list[tuple]]]) -> float:
    import psycopg2
    from psycopg2.extras import execute_values

    conn = psycopg2.connect(url)
    with conn.cursor() as cur:
        for table in tables:
            cur.execute(f'CREATE TABLE "b_{table}" (LIKE "{table}" INCLUDING ALL)')
    conn.commit()
    start = time.perf_counter()
    with conn.cursor() as cur:
        for table, (columns, rows) in tables.items():
            quoted = ", ".join(f'"{c}"' for c in columns)
            execute_values(cur, f'INSERT INTO "b_{table}" ({quoted}) VALUES %s',
                           [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                            for row in rows], page_size=1000)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _push_figure(folder: Path, count: int, database_url: str | None, label: str
                 ) -> tuple[Figure, Hub]:
    from ikrar.sync import station as sync_station

    hub = Hub(folder / "hub", database_url)
    hub.prepare(employees=count)
    hub.start()
    a = Station(folder / "a", "Meja 1")
    code = hub.code("Meja 1")
    a.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()  # the roster: setup
    _bulk_check_ins(count)
    client = sync_station.client_from_settings()
    start = time.perf_counter()
    pushed = sync_station.push(client)
    elapsed = time.perf_counter() - start
    client.close()
    assert pushed == 2 * count, pushed
    hub.use()  # the rows as the hub's database holds them
    tables = {t: _rows(t) for t in _TABLES}
    assert len(tables["signature"][1]) == count
    close_db()
    baseline = (_pg_baseline(database_url, tables) if database_url
                else _sqlite_baseline(folder / "baseline-push.sqlite3", tables))
    figure = Figure(f"sync push, {count:,} check-ins with signatures, {label} hub", "s",
                    elapsed, baseline, f"the same rows inserted directly into {label}",
                    "≤ 10 s", 1, {"entries": pushed, "batch": sync_station.BATCH})
    return figure, hub


def _pull_figure(folder: Path, hub: Hub, count: int, label: str) -> Figure:
    from ikrar.sync import station as sync_station

    b = Station(folder / "b", "Meja 2")
    code = hub.code("Meja 2")
    b.use()
    sync_station.join(hub.url, code)
    client = sync_station.client_from_settings()
    start = time.perf_counter()
    received, applied = sync_station.pull(client)
    elapsed = time.perf_counter() - start
    client.close()
    tables = {t: _rows(t) for t in ("employee", "roster_entry", *_TABLES)}
    assert len(tables["signature"][1]) == count
    close_db()
    baseline = _sqlite_baseline(folder / "baseline-pull.sqlite3", tables)
    return Figure(f"sync pull into a fresh station, {label} hub ({count:,} check-ins, "
                  "roster)", "s", elapsed, baseline,
                  "the same rows inserted directly into SQLite", "≤ 10 s", 1,
                  {"entries": received, "rows written": applied.written})


def sync(folder: Path, *, quick: bool) -> list[Figure]:
    count = 1_000 if quick else 10_000
    folder.mkdir(parents=True, exist_ok=True)
    figures = []
    figure, hub = _push_figure(folder / "sqlite", count, None, "SQLite")
    try:
        figures += [figure, _pull_figure(folder / "sqlite", hub, count, "SQLite")]
    finally:
        hub.kill()
    admin = os.environ.get(PG_ENV)
    if not admin:
        print(f"(no PostgreSQL figures: set {PG_ENV})", file=sys.stderr)
        return figures
    url, drop = pg_database(admin)
    try:
        figure, hub = _push_figure(folder / "pg", count, url, "PostgreSQL")
        try:
            figures += [figure, _pull_figure(folder / "pg", hub, count, "PostgreSQL")]
        finally:
            hub.kill()
    finally:
        drop()
    return figures
