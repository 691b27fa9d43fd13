"""The recap's figures agree with the database, and refuse what cannot be recapped."""

from __future__ import annotations

import pytest

from ikrar.core import strokes
from ikrar.store import certificates
from ikrar.store.checkin import check_in
from ikrar.store.events import figures
from ikrar.store.models import Attendance, Employee, RosterEntry
from ikrar.store.recap import NO_UNIT, RecapError, recap
from support import add_employees

SIG = strokes.synthetic_signature(3)


def sign(event, employee, method="badge"):
    return check_in(event, employee, SIG, method=method, pledge_hash=event.pledge_hash)


def test_figures_agree_with_the_database(event, make_employee):
    people = add_employees(event, 70)
    for person in people[::3]:
        sign(event, person)
    walk_in = make_employee(name="Ayu Lestari", unit="Dinas Pendidikan", is_walk_in=True)
    sign(event, walk_in, method="walk_in")
    certificates.issue_missing(event)

    result = recap(event)
    total = result.total
    db_figures = figures(event)
    assert (total.expected, total.signed, total.walk_ins, total.duplicates) == (
        db_figures.expected, db_figures.signed, db_figures.walk_ins, db_figures.duplicates)
    assert total.expected == RosterEntry.select().count() == 71
    assert total.signed == Attendance.select().count() == 25
    assert total.not_signed == 46 == len(result.not_signed)
    assert len(result.signers) == total.signed
    for row in result.units:
        members = Employee.select().where(Employee.unit == row.unit)
        assert row.expected == members.count()
        assert row.signed == Attendance.select().where(
            Attendance.employee.in_(members)).count()
        assert row.signed + row.not_signed == row.expected
    assert sum(r.signed for r in result.units) / total.expected * 100 == pytest.approx(
        total.percent)
    assert all(s.certificate for s in result.signers)
    assert [s.number for s in result.signers] == list(range(1, 26))
    assert result.units[[u.unit for u in result.units].index("Dinas Pendidikan")].walk_ins == 1


def test_one_unit_and_a_unit_without_a_name(event, make_employee):
    add_employees(event, 14)
    sign(event, make_employee(event, name="Tanpa Unit", unit=""))
    only = recap(event, unit="Dinas Kesehatan")
    assert [u.unit for u in only.units] == ["Dinas Kesehatan"]
    assert {p.unit for p in only.not_signed} == {"Dinas Kesehatan"}
    assert NO_UNIT in [u.unit for u in recap(event).units]


def test_an_event_without_roster_or_an_empty_unit_is_refused(event, make_employee):
    with pytest.raises(RecapError, match="no roster"):
        recap(event)
    make_employee(event)
    with pytest.raises(RecapError, match="Dinas Kosong"):
        recap(event, unit="Dinas Kosong")
