"""Benchmarks of the roster: import into an event, and a fresh station receiving it.

Each figure stands beside its floor measured in the same run with plain `sqlite3` (never a layer
of Ikrar's own): for an import, reading the file (decode + `csv.reader`, or openpyxl's bare
read-only iteration) plus `executemany` of the same employee and roster-entry rows into a
database with Ikrar's schema, indexes and pragmas; for a station, `executemany` of the rows the
document holds. Parse, validate and write are reported apart.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import statistics
import time
from datetime import datetime
from pathlib import Path

from benchmarks_store import HEADER, _roster_rows
from run import Figure

from ikrar.store.db import DB_FILENAME, PRAGMAS, close_db, init_db
from support import raw_db


def _fresh(folder: Path):
    close_db()
    return init_db(folder, station_name="Bench")


def _event():
    from ikrar.core.dates import zone
    from ikrar.store.events import create_event

    return create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))


def _connect(folder: Path) -> sqlite3.Connection:
    # the same (encrypted) file through the bare DB-API driver, keyed as Ikrar keys it
    conn = raw_db(folder / DB_FILENAME, isolation_level=None)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


def _plain_writes(folder: Path, employees: list[list], entries: list[list]) -> float:
    """`executemany` of the rows into a fresh database of Ikrar's schema: seconds."""
    return _plain_writes_cpu(folder, employees, entries)[0]


def _plain_writes_cpu(folder: Path, employees: list[list], entries: list[list]
                      ) -> tuple[float, float]:
    """The same: (seconds, CPU seconds) of the writes alone, not of making the database."""
    from ikrar.store.roster_doc import EMPLOYEE_COLUMNS

    _fresh(folder)
    event = _event().id.hex
    close_db()
    conn = _connect(folder)
    start, used = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO employee ({','.join(EMPLOYEE_COLUMNS)}) VALUES "
                     f"({','.join('?' * len(EMPLOYEE_COLUMNS))})", employees)
    conn.executemany("INSERT INTO roster_entry (id, event_id, employee_id, hlc, created_at, "
                     "author_id) VALUES (?, ?, ?, ?, ?, ?)",
                     [(r[0], event, *r[1:]) for r in entries])
    conn.execute("COMMIT")
    took, cpu = time.perf_counter() - start, time.process_time() - used
    conn.close()
    return took, cpu


def _rows(count: int) -> tuple[list[list], list[list]]:
    """Employee and roster-entry rows as Ikrar stores them, for the plain writes: the same
    values, down to the clock time stamped on each (a station's clock: the node is its id)."""
    from ikrar.core.hlc import Timestamp
    from ikrar.core.ids import new_id
    from support import employee_row

    stamp = Timestamp(int(time.time() * 1000), 0, str(new_id())).pack()
    created = "2024-07-01T00:00:00.000000Z"
    employees, entries = [], []
    for i in range(count):
        r = employee_row(i)
        person = new_id().hex
        employees.append([person, stamp, created, r["nip"], r["name"], "", r["back_title"],
                          "PNS", r["rank"], r["grade"], r["position"], r["unit"], "",
                          r["search_key"], 0, None])
        entries.append([new_id().hex, person, stamp, created, None])
    return employees, entries


def _parse_csv(source: Path) -> float:
    start = time.perf_counter()
    text = source.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) > 3
    return time.perf_counter() - start


def _parse_xlsx(source: Path) -> tuple[float, float]:
    """openpyxl's bare read-only iteration of the file: (seconds, CPU seconds)."""
    from openpyxl import load_workbook

    start, used = time.perf_counter(), time.process_time()
    book = load_workbook(source, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert count > 3
    return time.perf_counter() - start, time.process_time() - used


def _phases(source: Path) -> tuple[float, float]:
    """Ikrar's own reading of the file, and its validating of the rows read: CPU seconds each
    (steadier than wall time on a shared machine), with garbage collection as an import has it.
    """
    from ikrar.core import collection
    from ikrar.store import roster, roster_files

    kind = roster_files.check_file(source)
    with collection.paused():
        used = time.process_time()
        with roster_files.open_rows(source, kind) as (rows, columns, estimate):
            parsed = list(rows)
        read = time.process_time() - used
        used = time.process_time()
        records, rejected, _ = roster._validate(iter(parsed), columns, kind == "xlsx",
                                                estimate, None)
        validate = time.process_time() - used
    assert not rejected
    return read, validate


def _import(folder: Path, source: Path, label: str, count: int, repeat: int,
            bare: tuple[float, float] | None = None) -> Figure:
    from ikrar.store.roster import import_roster

    employees, entries = _rows(count)
    samples, floors, parses, cpu, cpu_floors, cpu_parses = [], [], [], [], [], []
    for attempt in range(repeat):
        _fresh(folder / f"{label}-{attempt}")
        event = _event()
        _fresh(folder / f"{label}-{attempt}")  # opened again, as the floor's writes open it
        start, used = time.perf_counter(), time.process_time()
        report = import_roster(source, event=event)
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - used)
        assert report.imported == count and report.written, report.summary()
        used = time.process_time()
        parse = _parse_csv(folder / "roster.csv")
        parse_cpu = time.process_time() - used
        parses.append(parse)
        cpu_parses.append(parse_cpu)
        wall, writes_cpu = _plain_writes_cpu(folder / f"{label}-plain-{attempt}", employees,
                                             entries)
        floors.append(parse + wall)
        cpu_floors.append(parse_cpu + writes_cpu)
    close_db()
    read, validate = _phases(source)
    floor = statistics.median(floors) if bare is None else bare[0] + _CSV_FIGURE[count]
    cpu_floor = (statistics.median(cpu_floors) if bare is None
                 else bare[1] + _CSV_CPU[count])
    median = statistics.median(samples)
    what = ("CSV parse + plain sqlite3 executemany of the employees and roster entries"
            if bare is None else "bare openpyxl read-only iteration + the CSV import figure")
    if bare is None:
        _CSV_CPU[count] = statistics.median(cpu)
    return Figure(f"roster import {label}, {count:,} rows into an event", "s", median, floor,
                  what, "≤ 1.5× floor" if bare is None else "≤ floor", repeat,
                  {"× floor": round(median / floor, 2),
                   # CPU seconds: steadier than wall time on a machine others load
                   "CPU × CPU floor": round(statistics.median(cpu) / cpu_floor, 2),
                   # where the import's CPU goes, beside the floor's
                   "read CPU s": round(read, 2),
                   "validate CPU s": round(validate, 2),
                   "write etc. CPU s": round(statistics.median(cpu) - read - validate, 2),
                   "plain parse CPU s": round(statistics.median(cpu_parses), 2),
                   "plain writes CPU s": round(statistics.median(cpu_floors)
                                               - statistics.median(cpu_parses), 2),
                   "plain parse s": round(statistics.median(parses), 2)})


def _source(folder: Path, count: int) -> Path:
    source = folder / "roster.csv"
    if not source.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with open(source, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(["DAFTAR NOMINATIF PEGAWAI"])
            writer.writerow([])
            writer.writerow(HEADER)
            writer.writerows(_roster_rows(count))
    return source


_CSV_FIGURE: dict[int, float] = {}
_CSV_CPU: dict[int, float] = {}  # the CSV import's median CPU seconds


def import_csv(folder: Path, *, quick: bool) -> list[Figure]:
    count = 5_000 if quick else 100_000
    figure = _import(folder, _source(folder, count), "CSV", count, 3)
    _CSV_FIGURE[count] = figure.median
    return [figure]


def import_xlsx(folder: Path, *, quick: bool) -> list[Figure]:
    from openpyxl import Workbook

    count = 5_000 if quick else 100_000
    _source(folder, count)
    source = folder / "roster.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pegawai")
    for row in [["DAFTAR NOMINATIF PEGAWAI"], [], HEADER, *_roster_rows(count)]:
        sheet.append(row)
    book.save(source)
    if count not in _CSV_FIGURE:
        import_csv(folder / "csv", quick=quick)
    bare = [_parse_xlsx(source) for _ in range(3)]
    return [_import(folder, source, "XLSX", count, 3,
                    (statistics.median(b[0] for b in bare), statistics.median(b[1] for b in bare)))]


def _publish_timed(wire, agency) -> tuple[float, tuple[float, float]]:
    """`publish`: its CPU seconds, and (seconds, CPU seconds) it held the hub's write lock."""
    from contextlib import contextmanager

    from ikrar.sync import ledger

    real, held = ledger.hub_write, [0.0, 0.0]

    @contextmanager
    def timed():  # taking it (no one else wants it here) to its release, the commit included
        start, used = time.perf_counter(), time.process_time()
        try:
            with real():
                yield
        finally:
            held[0] += time.perf_counter() - start
            held[1] += time.process_time() - used

    ledger.hub_write = timed
    try:
        used = time.process_time()
        wire.publish(agency)
        return time.process_time() - used, (held[0], held[1])
    finally:
        ledger.hub_write = real


def station_receive(folder: Path, *, quick: bool) -> list[Figure]:
    """A fresh station taking a roster snapshot: check its signature, inflate, write."""
    import hashlib

    from ikrar.core.keys import SigningKey
    from ikrar.store import roster_doc
    from ikrar.store.roster import import_roster
    from ikrar.sync import roster_doc as wire

    count = 5_000 if quick else 100_000
    source = _source(folder, count)
    agency = SigningKey.generate()
    _fresh(folder / "hub")
    event = _event()
    import_roster(source, event=event)
    publish_cpu, held = _publish_timed(wire, agency)
    snapshot = roster_doc.RosterVersion.get(roster_doc.RosterVersion.kind == "snapshot")
    item = wire.to_wire(snapshot)
    body = bytes(snapshot.body)
    document = roster_doc.decode(body)
    event_row = {k: v for k, v in event.__data__.items()}
    samples, floors, cpu, cpu_floors = [], [], [], []
    for attempt in range(3):
        _fresh(folder / f"station-{attempt}")
        from ikrar.store.models import Event

        Event.insert(event_row).execute()
        _fresh(folder / f"station-{attempt}")  # opened again, as the floor's writes open it
        start, used = time.perf_counter(), time.process_time()
        versions = [wire.verified(item, event.id.hex, agency.public)]
        wire.apply(versions)
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - used)
        wall, writes_cpu = _plain_writes_cpu(folder / f"plain-{attempt}",
                                             roster_doc.rows(document, "employees"),
                                             roster_doc.rows(document, "roster"))
        floors.append(wall)
        cpu_floors.append(writes_cpu)
    close_db()
    median, floor = statistics.median(samples), statistics.median(floors)
    return [Figure(f"fresh station receives a {count:,}-person roster (verify + apply)", "s",
                   median, floor, "plain sqlite3 executemany of the same rows",
                   "≤ 1.5× floor", 3,
                   {"× floor": round(median / floor, 2),
                    # CPU seconds: steadier than wall time on a machine others load
                    "CPU × CPU floor": round(statistics.median(cpu)
                                             / statistics.median(cpu_floors), 2),
                    "document MB": round(len(body) / 1e6, 1),
                    # the hub's publishing of it: all its CPU, and how long (and how much CPU)
                    # it holds the write lock every push waits for
                    "publish CPU s": round(publish_cpu, 2),
                    "publish lock held s": round(held[0], 3),
                    "publish lock held CPU s": round(held[1], 3),
                    "sha256": hashlib.sha256(body).hexdigest()[:8]})]


def station_pull(folder: Path, *, quick: bool) -> list[Figure]:
    """A fresh station's first sync with a real hub on loopback: the roster over HTTP."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
    from sync_support import Hub, Station

    from ikrar.store import roster_doc
    from ikrar.store.models import Employee, Event
    from ikrar.store.roster import import_roster
    from ikrar.sync import station as sync_station

    count = 5_000 if quick else 100_000
    source = _source(folder, count)
    hub = Hub(folder / "hub")
    hub.prepare(0)
    hub.use()
    import_roster(source, event=Event.get_by_id(hub.event_id))
    close_db()
    hub.start()
    samples = []
    try:
        for attempt in range(4):  # the first also makes and signs the documents on the hub
            code = hub.code(f"Meja {attempt}")
            station = Station(folder / f"station-{attempt}", f"Meja {attempt}")
            station.use()
            sync_station.join(hub.url, code)
            start = time.perf_counter()
            sync_station.sync_once()
            samples.append(time.perf_counter() - start)
            assert Employee.select().count() == count
    finally:
        hub.kill()
        close_db()
    hub.use()
    snapshot = roster_doc.RosterVersion.get(roster_doc.RosterVersion.kind == "snapshot")
    document = roster_doc.decode(bytes(snapshot.body))
    close_db()
    floors = [_plain_writes(folder / f"plain-{attempt}", roster_doc.rows(document, "employees"),
                            roster_doc.rows(document, "roster")) for attempt in range(3)]
    median, floor = statistics.median(samples[1:]), statistics.median(floors)
    return [Figure(f"fresh station's first sync with a {count:,}-person roster (HTTP)", "s",
                   median, floor, "plain sqlite3 executemany of the same rows",
                   "≤ 1.5× floor", 3,
                   {"× floor": round(median / floor, 2),
                    "first sync (hub signs)": round(samples[0], 2)})]
