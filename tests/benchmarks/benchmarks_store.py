"""Benchmarks of the store: NIP look-up, the check-in transaction (imports: benchmarks_roster)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from run import Figure, median_ms

from ikrar.core.ids import new_id
from ikrar.store.db import DB_FILENAME, PRAGMAS, close_db, init_db
from support import employee_row, raw_db


def _fresh(folder: Path):
    close_db()
    return init_db(folder, station_name="Bench")


def _fill_raw(path: Path, count: int) -> list[str]:
    """Setup only (not measured): many employees written straight into the employee table."""
    from ikrar.store.fields import utcnow
    from ikrar.store.models import Employee

    fields = Employee._meta.sorted_fields
    names = [f.column_name for f in fields]
    now = Employee.created_at.db_value(utcnow())
    nips = []
    conn = raw_db(path)
    conn.execute("PRAGMA synchronous=OFF")
    batch = []
    for i in range(count):
        row = employee_row(i)
        nips.append(row["nip"])
        row.update(id=new_id().hex, hlc=f"{i:017x}-bench", created_at=now, front_title="",
                   status="PNS", is_walk_in=0)
        batch.append([row.get(n, "") for n in names])
        if len(batch) == 50_000:
            conn.executemany(f"INSERT INTO employee ({','.join(names)}) VALUES "
                             f"({','.join('?' * len(names))})", batch)
            batch.clear()
    if batch:
        conn.executemany(f"INSERT INTO employee ({','.join(names)}) VALUES "
                         f"({','.join('?' * len(names))})", batch)
    conn.commit()
    conn.close()
    return nips


def nip_lookup(folder: Path, *, quick: bool) -> list[Figure]:
    from ikrar.store.models import Employee

    count = 20_000 if quick else 1_000_000
    local = _fresh(folder)
    close_db()
    nips = _fill_raw(local.db_path, count)
    _fresh(folder)
    rng = random.Random(5)
    probes = [rng.choice(nips) for _ in range(2_000)]
    it = iter(probes * 2)
    measured, _ = median_ms(lambda: Employee.get_or_none(Employee.nip == next(it)), 1_000)
    raw = raw_db(folder / DB_FILENAME)
    it2 = iter(probes * 2)
    baseline, _ = median_ms(
        lambda: raw.execute("SELECT * FROM employee WHERE nip = ?", (next(it2),)).fetchone(), 1_000)
    raw.close()
    close_db()
    return [Figure(f"NIP look-up, {count:,} employees", "ms", measured, baseline,
                   "plain sqlite3, same indexed query", "≤ 2 ms", 1_000, {})]


def check_in(folder: Path, *, quick: bool) -> list[Figure]:
    from datetime import datetime

    from ikrar.core.dates import zone
    from ikrar.core.strokes import encode, synthetic_signature, without_biometrics
    from ikrar.store.checkin import check_in as do_check_in
    from ikrar.store.events import create_event
    from support import add_employees

    n = 50 if quick else 300
    _fresh(folder)
    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    employees = add_employees(event, n)
    signature = synthetic_signature(3)
    people = iter(employees)
    measured, _ = median_ms(
        lambda: do_check_in(event, next(people), signature, method="badge",
                            pledge_hash=event.pledge_hash), n)
    close_db()
    blob = encode(without_biometrics(signature))
    raw = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    for key, value in PRAGMAS.items():
        raw.execute(f"PRAGMA {key}={value}")
    raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, data BLOB)")

    def insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t VALUES (?, ?)", (new_id().hex, blob))
        raw.execute("COMMIT")

    baseline, _ = median_ms(insert, n)
    raw.close()
    return [Figure("check-in transaction (synchronous=FULL)", "ms", measured, baseline,
                   "one plain sqlite3 insert of the same bytes, same pragmas", "≤ 15 ms", n,
                   {"signature bytes": len(blob)})]


HEADER = ["No", "NIP Baru", "Nama Lengkap", "Gelar Depan", "Gelar Belakang", "Pangkat",
          "Gol. Ruang", "Jabatan", "Unit Kerja"]


def _roster_rows(count: int) -> list[list[str]]:
    rows = []
    for i in range(count):
        r = employee_row(i)
        rows.append([str(i + 1), r["nip"], r["name"], "", r["back_title"], r["rank"], r["grade"],
                     r["position"], r["unit"]])
    return rows


# Roster import figures: benchmarks_roster.py (beside plain sqlite3, not peewee insert_many).
