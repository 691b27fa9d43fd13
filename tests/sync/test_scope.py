"""A station enrolled for one event pulls only what that event needs."""

from __future__ import annotations

from datetime import datetime

from sync_support import Station

from ikrar.core.dates import zone
from ikrar.store.models import (
    Attendance,
    Certificate,
    Employee,
    Event,
    PledgeVersion,
    RosterEntry,
    Signature,
)
from ikrar.sync import station as sync_station
from support import add_employees


def _join(hub, folder, name: str, event_id: str) -> Station:
    hub.event_id = event_id
    code = hub.code(name)
    station = Station(folder, name)
    station.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    return station


def test_a_station_of_event_a_receives_nothing_of_event_b(hub, tmp_path):
    from ikrar.store import certificates
    from ikrar.store.events import create_event

    event_a = hub.event_id
    hub.use()
    other = create_event("Apel Siaga", datetime(2024, 8, 17, 7, 0, tzinfo=zone("WIB")),
                         make_current=False)
    b_people = {p.nip for p in add_employees(other, 12, start=1000)}
    event_b = str(other.id)
    station_b = _join(hub, tmp_path / "b", "Meja B", event_b)
    station_b.use()
    assert Event.select().count() == 1 and str(Event.get().id) == event_b
    people = list(Employee.select().order_by(Employee.nip))
    assert {p.nip for p in people} == b_people
    for i, person in enumerate(people[:3]):
        station_b.check_in(person, seed=i)
    certificates.issue_missing(station_b.event())
    station_b.sync()

    station_a = _join(hub, tmp_path / "a", "Meja A", event_a)
    station_b.use()
    station_b.sync()  # later entries of event B, after A's checkpoint
    station_a.use()
    station_a.sync()
    assert [str(e.id) for e in Event.select()] == [event_a]
    assert {str(p.event_id) for p in PledgeVersion.select()} == {event_a}
    assert {str(r.event_id) for r in RosterEntry.select()} == {event_a}
    assert not {p.nip for p in Employee.select()} & b_people
    assert Attendance.select().count() == 0
    assert Signature.select().count() == 0 and Certificate.select().count() == 0
    assert Employee.select().count() == 30


def test_a_person_added_later_to_the_events_roster_arrives_whole(hub, tmp_path):
    """Someone on another event's roster first, then on this one: the person comes too."""
    from ikrar.store import outbox
    from ikrar.store.events import create_event

    hub.use()
    other = create_event("Apel Siaga", datetime(2024, 8, 17, 7, 0, tzinfo=zone("WIB")),
                         make_current=False)
    newcomer = add_employees(other, 1, start=2000)[0]
    event_a = hub.event_id
    station = _join(hub, tmp_path / "a", "Meja A", event_a)
    assert Employee.get_or_none(Employee.nip == newcomer.nip) is None
    hub.use()
    outbox.insert(RosterEntry(event=event_a, employee=newcomer.id))
    station.sync()
    station.use()
    arrived = Employee.get(Employee.nip == newcomer.nip)
    assert RosterEntry.get(RosterEntry.employee == arrived).event_id.hex == \
        event_a.replace("-", "")
    station.check_in(arrived)


def test_scoped_pages_of_any_size_hold_every_entry_of_the_scope_in_order(hub, tmp_path):
    """The scoped page query (walking the log in order on SQLite) against a plain reading."""
    from ikrar.store.authorship import norm
    from ikrar.store.events import create_event
    from ikrar.store.models import HubChange
    from ikrar.sync import ledger, ledger_read

    event_a = hub.event_id
    hub.use()
    other = create_event("Apel Siaga", datetime(2024, 8, 17, 7, 0, tzinfo=zone("WIB")),
                         make_current=False)
    add_employees(other, 12, start=1000)
    event_b = str(other.id)
    station_b = _join(hub, tmp_path / "b", "Meja B", event_b)
    for i, person in enumerate(list(Employee.select().order_by(Employee.nip))[:4]):
        station_b.check_in(person, seed=i)
    station_b.sync()
    _join(hub, tmp_path / "a", "Meja A", event_a)

    hub.use()
    for event in (event_a, event_b):
        scope = norm(event)
        roster = {norm(r.employee_id) for r in RosterEntry.select().where(
            RosterEntry.event == event)}
        wanted = [c.seq for c in HubChange.select().order_by(HubChange.seq)
                  if c.op != ledger.ERASED and (
                      c.event_id == scope or (c.event_id is None and c.subject is None)
                      or c.subject in roster)]
        assert len(wanted) > 20
        everything, last, more = ledger_read.changes_after(0, 10_000, scope)
        assert [row[0] for row in everything] == wanted and not more
        assert last == ledger.last_seq()
        for limit in (1, 7, 50):
            seen, after, more = [], 0, True
            while more:
                rows, after, more = ledger_read.changes_after(after, limit, scope)
                assert len(rows) <= limit
                seen += [row[0] for row in rows]
            assert seen == wanted
    from ikrar.store.db import close_db

    close_db()
