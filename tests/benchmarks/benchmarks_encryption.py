"""What encryption at rest costs: the check-in transaction and the 100,000-row roster import on
the SQLCipher database, each beside the same work on an unencrypted database in the same run
(`init_db(encrypted=False)`: the same code, pragmas and schema; only the file is plain)."""

from __future__ import annotations

import csv
import statistics
import time
from datetime import datetime
from pathlib import Path

from benchmarks_store import HEADER, _roster_rows
from run import Figure

from ikrar.store.db import close_db, init_db


def _check_ins(folder: Path, n: int, *, encrypted: bool) -> list[float]:
    from ikrar.core.dates import zone
    from ikrar.core.strokes import synthetic_signature
    from ikrar.store.checkin import check_in
    from ikrar.store.events import create_event
    from support import add_employees

    close_db()
    init_db(folder, station_name="Bench", encrypted=encrypted)
    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    employees = add_employees(event, n)
    signature = synthetic_signature(3)
    samples = []
    for person in employees:
        start = time.perf_counter()
        check_in(event, person, signature, method="badge", pledge_hash=event.pledge_hash)
        samples.append((time.perf_counter() - start) * 1000)
    close_db()
    return samples


def check_in_encrypted(folder: Path, *, quick: bool) -> list[Figure]:
    n = 50 if quick else 300
    encrypted, plain = [], []
    for round_ in range(3):  # interleaved, so a busy moment of the machine hits both alike
        plain += _check_ins(folder / f"plain-{round_}", n, encrypted=False)
        encrypted += _check_ins(folder / f"encrypted-{round_}", n, encrypted=True)
    median, base = statistics.median(encrypted), statistics.median(plain)
    return [Figure("check-in transaction, encrypted database (SQLCipher)", "ms", median, base,
                   "the same check-in, unencrypted database", "≤ 1.5× baseline", len(encrypted),
                   {"ratio": round(median / base, 2)})]


def _import(folder: Path, source: Path, *, encrypted: bool) -> float:
    from ikrar.core.dates import zone
    from ikrar.store.events import create_event
    from ikrar.store.roster import import_roster

    close_db()
    init_db(folder, station_name="Bench", encrypted=encrypted)
    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    start = time.perf_counter()
    report = import_roster(source, event=event)
    took = time.perf_counter() - start
    assert report.written, report.summary()
    close_db()
    return took


def import_encrypted(folder: Path, *, quick: bool) -> list[Figure]:
    count = 5_000 if quick else 100_000
    folder.mkdir(parents=True)
    source = folder / "roster.csv"
    with open(source, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(_roster_rows(count))
    encrypted, plain = [], []
    for round_ in range(3):
        plain.append(_import(folder / f"plain-{round_}", source, encrypted=False))
        encrypted.append(_import(folder / f"encrypted-{round_}", source, encrypted=True))
    median, base = statistics.median(encrypted), statistics.median(plain)
    return [Figure(f"roster import CSV, {count:,} rows with the event's roster, encrypted "
                   "database", "s", median, base, "the same import, unencrypted database",
                   "≤ 1.5× baseline", len(encrypted), {"ratio": round(median / base, 2)})]
