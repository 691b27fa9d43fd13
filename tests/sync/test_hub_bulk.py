"""The hub's bulk paths for a push: COPY on PostgreSQL, no cyclic collection while writing."""

from __future__ import annotations

import json
import threading

from sync_support import snapshot

from ikrar.store.models import Attendance, Employee, HubChange, Signature

# Everything COPY's text format escapes, and some that JSON escapes in the log's text.
AWKWARD = 'Sie\\ N\u00e9\ttab\nline\rcr "quoted" \\N \\x00ff'


def _check_ins(count: int) -> None:
    """Check-ins and their signatures written as the benchmark's bulk check-ins are: every
    check-in first, then every signature (one run of inserts per table on the hub)."""
    from ikrar.core import strokes
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.db import db, local
    from ikrar.store.events import current_event
    from ikrar.store.fields import utcnow

    event = current_event()
    people = [e.id for e in Employee.select().order_by(Employee.nip).limit(count)]
    blobs = [strokes.encode(strokes.synthetic_signature(seed)) for seed in range(count)]
    with db.atomic():
        at = utcnow()
        rows = [{"id": new_id(), "event": event.id, "employee": person,
                 "station": local().station_id, "method": "badge", "checked_in_at": at,
                 "operator": f"{AWKWARD} {i}"} for i, person in enumerate(people)]
        outbox.insert_many(Attendance, rows)
        outbox.insert_many(Signature, [{
            "attendance": row["id"], "station": local().station_id, "strokes": blobs[i],
            "strokes_hash": strokes.strokes_hash(blobs[i]), "pledge_hash": event.pledge_hash,
            "signed_at": at} for i, row in enumerate(rows)])


def test_awkward_text_and_blobs_reach_the_hub_and_the_next_station_intact(hub, stations):
    a, b = stations("Meja 1", "Meja 2")
    a.use()
    _check_ins(5)  # five check-ins, then five signatures: a run of inserts per table (COPY)
    a.sync()
    expected = snapshot()
    hub.use()
    held = snapshot()
    operators = sorted(r.operator for r in Attendance.select())
    logged = sorted(json.loads(r.data)["operator"] for r in HubChange.select()
                    .where(HubChange.table == "attendance"))
    b.sync()
    pulled = snapshot()
    assert operators == logged == [f"{AWKWARD} {i}" for i in range(5)]
    for table in ("attendance", "signature"):
        assert held[table] == expected[table]  # text, booleans, NULLs and strokes (bytes)
        assert pulled[table] == expected[table]
    assert all(row["strokes"] for row in held["signature"].values())


def test_a_sqlite_hub_hands_a_request_connection_to_the_next_request(tmp_path):
    from sync_support import use

    from ikrar.store import settings
    from ikrar.store.db import close_db, db, keep_wal

    use(tmp_path / "hub", None, "Hub")
    keep_wal()
    try:
        seen = []

        def request(value: int) -> None:
            with db.connection_context():
                seen.append(db.connection())
                with db.atomic():
                    settings.put("sync_clock_seen", f"pool {value}")

        for value in range(3):  # each on its own thread, as the hub's worker threads are
            thread = threading.Thread(target=request, args=(value,))
            thread.start()
            thread.join(10)
        assert len(seen) == 3 and seen[0] is seen[1] is seen[2]
        with db.connection_context():
            assert settings.get("sync_clock_seen") == "pool 2"
    finally:
        close_db()
    assert db.obj.is_closed() and not db.obj._connections  # every pooled connection closed


def test_a_pooled_connection_left_in_a_transaction_or_closed_is_not_handed_on_as_it_is(
        tmp_path):
    from sync_support import use

    from ikrar.store import settings
    from ikrar.store.db import close_db, db, keep_wal

    use(tmp_path / "hub", None, "Hub")
    keep_wal()
    try:
        with db.connection_context():
            settings.put("sync_clock_seen", "kept")
            first = db.connection()
            first.execute("BEGIN")  # a request that died mid-write
            first.execute("UPDATE setting SET value = '\"lost\"' WHERE key = 'sync_clock_seen'")
        with db.connection_context():
            assert db.connection() is first and not first.in_transaction  # rolled back
            assert settings.get("sync_clock_seen") == "kept"
            first.close()  # closed under the pool
        with db.connection_context():
            assert db.connection() is not first
            assert settings.get("sync_clock_seen") == "kept"
    finally:
        close_db()
