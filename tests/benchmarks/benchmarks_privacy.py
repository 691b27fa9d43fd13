"""Benchmarks of the retention purge and of the shape hash each check-in now signs."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from run import Figure, median_ms

from ikrar.core.ids import new_id
from ikrar.core.strokes import encode, shape_hash, synthetic_signature, without_biometrics
from ikrar.store.db import PRAGMAS, close_db, db, init_db

POINTS = 2_000


def purge(folder: Path, *, quick: bool) -> list[Figure]:
    """Stripping biometrics from every signature of an event, per signature, on a real file."""
    from ikrar.core.dates import zone
    from ikrar.store import privacy
    from ikrar.store.checkin import check_in
    from ikrar.store.events import create_event
    from ikrar.store.fields import utcnow
    from ikrar.store.models import Event
    from support import add_employees

    n = 100 if quick else 1_000
    close_db()
    init_db(folder, station_name="Bench")
    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    Event.update(keep_biometrics=True, retention_days=30).execute()
    event = Event.get_by_id(event.id)
    signatures = [synthetic_signature(i) for i in range(20)]
    when = utcnow() - timedelta(days=40)
    with db.atomic():
        for i, person in enumerate(add_employees(event, n)):
            check_in(event, person, signatures[i % 20], method="badge",
                     pledge_hash=event.pledge_hash, at=when)
    measured, _ = median_ms(privacy.purge, 1)
    close_db()
    blobs = [encode(signatures[i % 20]) for i in range(n)]
    shapes = [encode(without_biometrics(signatures[i % 20])) for i in range(n)]
    raw = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    for key, value in PRAGMAS.items():
        raw.execute(f"PRAGMA {key}={value}")
    raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, data BLOB)")
    ids = [new_id().hex for _ in range(n)]
    raw.executemany("INSERT INTO t VALUES (?, ?)", zip(ids, blobs, strict=True))

    def update() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany("UPDATE t SET data = ? WHERE id = ?", zip(shapes, ids, strict=True))
        raw.execute("COMMIT")

    baseline, _ = median_ms(update, 1)
    raw.close()
    return [Figure("retention purge, per signature (secure_delete, logs rewritten)", "ms",
                   measured / n, baseline / n,
                   "plain sqlite3 UPDATE of the same shapes, one transaction", "—", n,
                   {"signatures": n})]


def shape(folder: Path, *, quick: bool) -> list[Figure]:
    """The shape hash a check-in adds, beside encoding the same signature."""
    sig = synthetic_signature(7, POINTS)
    repeat = 50 if quick else 300
    measured, _ = median_ms(lambda: shape_hash(sig), repeat)
    baseline, _ = median_ms(lambda: encode(sig), repeat)
    return [Figure(f"shape hash of a {POINTS:,}-point signature (per check-in)", "ms", measured,
                   baseline, "encoding the same signature", "—", repeat, {})]
