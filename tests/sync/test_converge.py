"""Stations that worked offline converge with the hub: nothing lost, nothing doubled."""

from __future__ import annotations

import itertools

import pytest
from sync_support import snapshot

from ikrar.store.checkin import AlreadyCheckedIn
from ikrar.store.models import Attendance, Employee


def _people():
    return list(Employee.select().order_by(Employee.nip))


def _attendance_of(nip: str) -> list[Attendance]:
    return list(Attendance.select().join(Employee).where(Employee.nip == nip)
                .order_by(Attendance.hlc))


def _one_primary_each() -> None:
    groups: dict[tuple, list[Attendance]] = {}
    for row in Attendance.select():
        groups.setdefault((row.event_id, row.employee_id), []).append(row)
    for rows in groups.values():
        primary = [r for r in rows if r.is_primary]
        assert len(primary) == 1
        assert all(r.duplicate_of_id == primary[0].id for r in rows if not r.is_primary)


@pytest.mark.parametrize("order", ["".join(p) for p in itertools.permutations("ABC")])
def test_three_stations_converge_whatever_the_order(hub, stations, order):
    a, b, c = stations("Meja 1", "Meja 2", "Meja 3")
    by_name = {"A": a, "B": b, "C": c}
    # Offline: each station checks in its own people; all three take person 0, Meja 2 and
    # Meja 3 both take person 9.
    a.use()
    people = _people()
    nip0 = people[0].nip
    for i, person in enumerate(people[0:8]):
        a.check_in(person, seed=i)
    b.use()
    people = _people()
    for i, person in enumerate([people[0], *people[8:14]]):
        b.check_in(person, seed=100 + i)
    c.use()
    people = _people()
    for i, person in enumerate([people[0], people[9], *people[14:20]]):
        c.check_in(person, seed=200 + i)

    for name in order:
        by_name[name].sync(batch=7)
    for name in order:  # the second round pulls what the later ones pushed
        by_name[name].sync(batch=7)

    a_id = a.use().station_id
    hub.use()
    expected = snapshot()
    assert len(expected["attendance"]) == 8 + 7 + 8
    assert len(expected["signature"]) == 8 + 7 + 8
    for station in (a, b, c):
        station.use()
        assert snapshot() == expected
    for node in (hub, a, b, c):  # Meja 1 signed person 0 first: primary everywhere
        node.use()
        _one_primary_each()
        first, *others = _attendance_of(nip0)
        assert len(others) == 2
        assert first.is_primary and first.duplicate_of is None
        assert str(first.station_id) == a_id
        assert all(not o.is_primary and o.duplicate_of_id == first.id for o in others)


def test_a_person_signed_elsewhere_is_recognised_once_online(hub, stations):
    a, b = stations("Meja 1", "Meja 2")
    a.use()
    person = _people()[3]
    a.check_in(person)
    a.sync()
    b.sync()
    b.use()
    with pytest.raises(AlreadyCheckedIn, match="Meja 1"):
        b.check_in(Employee.get(Employee.nip == person.nip))
