"""Two stations that both checked in the same people, merged: for reconciliation tests."""

from __future__ import annotations

from datetime import timedelta

from ikrar.core import strokes
from ikrar.store import certificates
from ikrar.store.checkin import check_in
from ikrar.store.db import close_db, init_db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import Change, Employee, Event
from ikrar.store.sync_apply import Entry, apply
from support import add_employees

SIG = strokes.synthetic_signature(5)


def changes(exclude_tables: tuple[str, ...] = (), signer: str = "agency") -> list[Entry]:
    # Meja 1 wrote the event: it acts as the administrator (agency key), as the hub would.
    return [Entry(c.station_id, c.seq, c.table, c.row_id, c.op, c.data, c.hlc, signer)
            for c in Change.select().order_by(Change.seq) if c.table not in exclude_tables]


def sign(event, employee, **kw):
    return check_in(event, employee, SIG, method="badge", pledge_hash=event.pledge_hash, **kw)


def merge_two_stations(event, tmp_path):
    """Meja 1 and Meja 2 both check in people 0-2; Meja 2 also person 3; then Meja 1 merges."""
    people = add_employees(event, 8)
    nips = [p.nip for p in people]
    start = utcnow()
    for i, person in enumerate(people[:3]):
        sign(event, person, at=start + timedelta(minutes=i))
    certificates.issue_missing(event)
    station_one = local().station_id
    shared = changes(exclude_tables=("attendance", "signature", "certificate"))
    event_id = event.id
    close_db()

    init_db(tmp_path / "meja2", station_name="Meja 2")
    apply(shared)
    second = Event.get_by_id(event_id)
    for nip in nips[:4]:
        sign(second, Employee.get(Employee.nip == nip))
    certificates.issue_missing(second)  # Meja 2 prints for its (later) check-ins
    mine = [e for e in changes(signer="station") if e.station_id != station_one]
    close_db()

    init_db(tmp_path / "data", station_name="Meja 1")
    apply(mine)
    return Event.get_by_id(event_id), nips


