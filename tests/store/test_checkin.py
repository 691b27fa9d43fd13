from __future__ import annotations

import pytest

from ikrar.core import strokes
from ikrar.store import audit, outbox
from ikrar.store.checkin import AlreadyCheckedIn, CheckInError, check_in
from ikrar.store.db import StoreError, close_db, init_db
from ikrar.store.models import (
    Attendance,
    AuditEvent,
    Change,
    Event,
    RosterEntry,
    Signature,
)

SIG = strokes.synthetic_signature(7)


def counts():
    return (Attendance.select().count(), Signature.select().count(),
            AuditEvent.select().count(), Change.select().count())


def test_check_in_writes_everything_together(event, make_employee, store):
    employee = make_employee(event)
    before = counts()
    attendance = check_in(event, employee, SIG, method="badge", pledge_hash=event.pledge_hash,
                          operator="petugas1")
    assert counts() == (before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 2)
    signature = Signature.get(Signature.attendance == attendance)
    assert signature.pledge_hash == event.pledge_hash
    assert str(signature.station_id) == store.station_id
    assert strokes.strokes_hash(signature.strokes) == signature.strokes_hash
    changed = {c.table for c in Change.select().where(Change.seq > before[3])}
    assert changed == {"attendance", "signature"}
    assert audit.verify().ok


def test_biometrics_dropped_unless_event_keeps_them(event, make_employee):
    assert SIG.has_time and SIG.has_pressure
    first = check_in(event, make_employee(event), SIG, method="search",
                     pledge_hash=event.pledge_hash)
    kept = strokes.decode(Signature.get(Signature.attendance == first).strokes)
    assert not kept.has_time and not kept.has_pressure
    assert kept.point_count == SIG.point_count  # the drawn shape stays

    event.keep_biometrics = True
    outbox.update(event)
    second = check_in(event, make_employee(event), SIG, method="search",
                      pledge_hash=event.pledge_hash)
    row = Signature.get(Signature.attendance == second)
    assert row.has_biometrics and strokes.decode(row.strokes).has_pressure


def test_second_check_in_is_refused_saying_when_and_where(event, make_employee):
    employee = make_employee(event)
    check_in(event, employee, SIG, method="badge", pledge_hash=event.pledge_hash)
    before = counts()
    with pytest.raises(AlreadyCheckedIn) as caught:
        check_in(event, employee, SIG, method="search", pledge_hash=event.pledge_hash)
    message = str(caught.value)
    assert "Meja 1" in message and "WIB" in message and "badge" in message
    assert counts() == before


def test_refusals_write_nothing(event, make_employee):
    stranger = make_employee()  # not on the roster
    on_roster = make_employee(event)
    before = counts()
    with pytest.raises(CheckInError, match="not on this event's roster"):
        check_in(event, stranger, SIG, method="badge", pledge_hash=event.pledge_hash)
    with pytest.raises(CheckInError, match="pledge"):
        check_in(event, on_roster, SIG, method="badge", pledge_hash="0" * 64)
    dot = strokes.Signature(strokes=((strokes.Point(10, 10, 0.5),),), width_mm=80, height_mm=40)
    with pytest.raises(CheckInError, match="empty or too small"):
        check_in(event, on_roster, dot, method="badge", pledge_hash=event.pledge_hash)
    with pytest.raises(CheckInError, match="method"):
        check_in(event, on_roster, SIG, method="telepathy", pledge_hash=event.pledge_hash)
    assert counts() == before


def test_walk_in_joins_the_roster_when_allowed(event, make_employee):
    walker = make_employee(is_walk_in=True)
    check_in(event, walker, SIG, method="walk_in", pledge_hash=event.pledge_hash)
    assert RosterEntry.select().where(RosterEntry.employee == walker).count() == 1

    Event.update(allow_walk_ins=False).execute()
    strict = Event.get_by_id(event.id)
    with pytest.raises(CheckInError, match="does not allow walk-ins"):
        check_in(strict, make_employee(is_walk_in=True), SIG, method="walk_in",
                 pledge_hash=event.pledge_hash)


def test_failure_inside_the_transaction_leaves_nothing(event, make_employee, monkeypatch):
    employee = make_employee(event)
    before = counts()

    def fail(*args, **kwargs):
        raise RuntimeError("power cut while writing the audit event")

    monkeypatch.setattr(audit, "append", fail)
    with pytest.raises(RuntimeError):
        check_in(event, employee, SIG, method="badge", pledge_hash=event.pledge_hash)
    assert counts() == before


def test_full_disk_is_a_clear_error_and_keeps_what_was_committed(mounted_tmpfs):
    from datetime import datetime

    from ikrar.core.dates import zone
    from ikrar.store.events import create_event
    from support import add_employees

    folder = mounted_tmpfs("small", size_kb=1536)
    init_db(folder, station_name="Meja Kecil")
    event = create_event("Apel", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    employees = add_employees(event, 300)
    committed = 0
    with pytest.raises(StoreError, match="disk .* is full"):
        for employee in employees:
            check_in(event, employee, SIG, method="badge", pledge_hash=event.pledge_hash)
            committed += 1
    assert committed > 0
    close_db()
    init_db(folder)
    assert Attendance.select().count() == committed
    assert Signature.select().count() == committed
    assert audit.verify().ok
