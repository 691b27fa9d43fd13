"""The hub console's data: `progress()` and `stations()` for an event of 12,000 check-ins
from 200 stations, on SQLite and (with IKRAR_TEST_PG) PostgreSQL.

Beside each, a bare baseline in the same run: the plain COUNT queries the figures rest on
(roster, primary check-ins, stations), sent through sqlite3 / psycopg2 directly on a
connection already open. The console helper measures the page load on top of these.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from run import Figure, median_ms

from support import raw_db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

PG_ENV = "IKRAR_TEST_PG"
STATIONS = 200
CHECK_INS = 12_000
ROSTER = 14_000
UNITS = 60
WALK_INS = 400
DUPLICATES = 300
REPEAT = 30


def _fill(folder: Path, database_url: str | None, check_ins: int, stations: int) -> str:
    """A hub database as after the day: roster, check-ins, duplicates, stations' reports."""
    from ikrar.core.dates import zone
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.db import close_db, db, init_db
    from ikrar.store.events import create_event
    from ikrar.store.hub_telemetry import HubStationSeen
    from ikrar.store.models import Attendance, Employee, RosterEntry, Station, StationToken
    from support import employee_row

    close_db()
    init_db(folder, station_name="Hub", database_url=database_url)
    event = create_event("Deklarasi Netralitas ASN", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")),
                         city="Sumedang", venue="Aula Tampomas")
    roster = max(ROSTER * check_ins // CHECK_INS, check_ins + 1)
    rows = [{**employee_row(i), "unit": f"Unit Kerja {i % UNITS:03d}"} for i in range(roster)]
    now = datetime.now(UTC)
    desks = [new_id() for _ in range(stations)]
    start = datetime(2024, 7, 10, 1, 0, tzinfo=UTC)
    with db.atomic():
        outbox.insert_many(Employee, rows)
        ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.nip)]
        outbox.insert_many(RosterEntry, [{"event": event.id, "employee": i} for i in ids])
        outbox.insert_many(Station, [{"id": d, "name": f"Meja {n + 1:03d}"}
                                     for n, d in enumerate(desks)])
        primaries = [{"id": new_id(), "event": event.id, "employee": e,
                      "station": desks[n % stations],
                      "method": "walk_in" if n < WALK_INS * check_ins // CHECK_INS else "badge",
                      "checked_in_at": start + timedelta(seconds=n * 0.6)}
                     for n, e in enumerate(ids[:check_ins])]
        outbox.insert_many(Attendance, primaries)
        outbox.insert_many(Attendance, [
            {"id": new_id(), "event": event.id, "employee": p["employee"],
             "station": desks[(n + 1) % stations], "method": "badge", "is_primary": False,
             "duplicate_of": p["id"], "checked_in_at": p["checked_in_at"] + timedelta(seconds=5)}
            for n, p in enumerate(primaries[:DUPLICATES * check_ins // CHECK_INS])])
        StationToken.insert_many([
            {"station_id": d.hex, "name": f"Meja {n + 1:03d}", "token_hash": f"{n:064x}",
             "revoked_at": now if n % 50 == 49 else None}
            for n, d in enumerate(desks)]).execute()
        HubStationSeen.insert_many([
            {"station_id": d.hex, "last_seen": now - timedelta(seconds=n * 7),
             "pending": n % 13, "clock_offset_ms": n * 3 - 300, "app_version": "0.9.0"}
            for n, d in enumerate(desks) if n % 10]).execute()
    return str(event.id)


def _bare(folder: Path, database_url: str | None, event_id: str):
    """The plain COUNT queries on a raw connection: (run once, close)."""
    import uuid

    key = uuid.UUID(event_id)
    queries = [
        "SELECT COUNT(*) FROM roster_entry WHERE event_id = {p}",
        "SELECT COUNT(*) FROM attendance WHERE event_id = {p} AND is_primary",
        "SELECT COUNT(*) FROM station_token",
    ]
    if database_url:
        import psycopg2

        conn = psycopg2.connect(database_url)
        conn.autocommit = True
        cur = conn.cursor()
        params = [(str(key),), (str(key),), ()]
        mark = "%s"
    else:
        conn = raw_db(folder / "ikrar.sqlite3")
        cur = conn.cursor()
        params = [(key.hex,), (key.hex,), ()]
        mark = "?"
    sql = [q.format(p=mark) for q in queries]

    def run() -> list[int]:
        out = []
        for text, args in zip(sql, params, strict=True):
            cur.execute(text, args)
            out.append(cur.fetchone()[0])
        return out

    return run, conn.close


def _figure(folder: Path, label: str, database_url: str | None, quick: bool) -> Figure:
    from ikrar.hubweb import console_data
    from ikrar.store import hub_progress
    from ikrar.store.db import close_db, db

    check_ins = 1_200 if quick else CHECK_INS
    stations = 20 if quick else STATIONS
    folder.mkdir(parents=True, exist_ok=True)
    event_id = _fill(folder, database_url, check_ins, stations)
    if database_url:  # as autovacuum does within a minute of a bulk load; SQLite has none
        db.execute_sql("ANALYZE")
    db.close()  # console_data opens its own connection per call, as per request on the hub
    got = console_data.progress(event_id)
    listed = console_data.stations()
    assert got["signed"] == check_ins and len(listed) == stations, (got["signed"], len(listed))
    assert got["duplicates"] == DUPLICATES * check_ins // CHECK_INS
    repeat = 5 if quick else REPEAT

    def cold() -> dict:  # as after a station's sync: the figures are counted again
        hub_progress._cache.clear()
        return console_data.progress(event_id)

    both, _ = median_ms(lambda: (cold(), console_data.stations()), repeat)
    progress_ms, _ = median_ms(cold, repeat)
    warm_ms, _ = median_ms(lambda: console_data.progress(event_id), repeat)
    stations_ms, _ = median_ms(console_data.stations, repeat)
    run, close = _bare(folder, database_url, event_id)
    try:
        assert run()[1] == check_ins
        bare, _ = median_ms(run, repeat)
    finally:
        close()
    close_db()
    return Figure(
        f"console data, {stations} stations × {check_ins:,} check-ins, {label}: "
        "progress() + stations() after a sync", "ms", both, bare,
        "the plain COUNT queries (roster, signed, stations) on an open connection",
        "≤ 100 ms (refresh every 2 s)", repeat,
        {"progress() ms": round(progress_ms, 1),
         "progress() unchanged since last ms": round(warm_ms, 2),
         "stations() ms": round(stations_ms, 1),
         "timeline points": len(got["timeline"]), "units": len(got["units"])})


def console(folder: Path, *, quick: bool) -> list[Figure]:
    from sync_support import pg_database

    figures = [_figure(folder / "sqlite", "SQLite", None, quick)]
    admin = os.environ.get(PG_ENV)
    if not admin:
        print(f"(no PostgreSQL figures: set {PG_ENV})", file=sys.stderr)
        return figures
    url, drop = pg_database(admin)
    try:
        figures.append(_figure(folder / "pg", "PostgreSQL", url, quick))
    finally:
        drop()
    return figures
