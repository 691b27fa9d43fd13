"""The attendance recap (*rekap kehadiran*): figures per unit, who signed, who did not.

Everything is counted by the database (GROUP BY) and read as plain tuples, so an event of
12,000 people costs a few queries, not 12,000 model objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from peewee import JOIN, Case, fn

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.core.names import display_name
from ikrar.store import settings
from ikrar.store.authorship import norm
from ikrar.store.db import db
from ikrar.store.models import Attendance, Certificate, Employee, Event, RosterEntry, Station

NO_UNIT = "(tanpa unit kerja)"


class RecapError(IkrarError):
    """A recap that cannot be made as asked (no roster, an unknown unit)."""


@dataclass(frozen=True, slots=True)
class UnitFigures:
    unit: str
    expected: int
    signed: int
    walk_ins: int
    duplicates: int

    @property
    def not_signed(self) -> int:
        return max(0, self.expected - self.signed)

    @property
    def percent(self) -> float:
        return 100.0 * self.signed / self.expected if self.expected else 0.0


@dataclass(frozen=True, slots=True)
class Signer:
    number: int
    name: str
    nip: str
    unit: str
    signed_at: datetime
    station: str
    certificate: str


@dataclass(frozen=True, slots=True)
class NotSigned:
    number: int
    name: str
    nip: str
    unit: str


@dataclass(frozen=True)
class Recap:
    event: Event
    unit: str | None
    units: list[UnitFigures]
    signers: list[Signer]
    not_signed: list[NotSigned]

    @property
    def total(self) -> UnitFigures:
        return UnitFigures(
            "Jumlah",
            sum(u.expected for u in self.units), sum(u.signed for u in self.units),
            sum(u.walk_ins for u in self.units), sum(u.duplicates for u in self.units),
        )

    @property
    def tz(self) -> tzinfo:
        return zone(self.event.timezone)

    def local_time(self, when: datetime) -> str:
        return when.astimezone(zone(self.event.timezone)).strftime("%d-%m-%Y %H:%M:%S")


def _unit_label(unit: str) -> str:
    return unit.strip() or NO_UNIT


def unit_figures(event: Event, unit: str | None = None) -> list[UnitFigures]:
    """Expected, signed, walk-ins and duplicates per unit: two aggregate queries."""
    kept = (settings.get("forgotten_events") or {}).get(norm(event.id))
    if kept and "units" in kept:  # forgotten here (ikrar.store.privacy): its counts stay
        return [UnitFigures(**u) for u in kept["units"] if unit in (None, u["unit"])]
    primary = Attendance.alias()
    query = (RosterEntry
             .select(Employee.unit, fn.COUNT(RosterEntry.id), fn.COUNT(primary.id),
                     fn.SUM(Case(None, [(primary.method == "walk_in", 1)], 0)))
             .join(Employee, on=(RosterEntry.employee == Employee.id))
             .join(primary, JOIN.LEFT_OUTER,
                   on=((primary.employee == RosterEntry.employee)
                       & (primary.event == RosterEntry.event) & primary.is_primary))
             .where(RosterEntry.event == event)
             .group_by(Employee.unit))
    duplicates = (Attendance
                  .select(Employee.unit, fn.COUNT(Attendance.id))
                  .join(Employee, on=(Attendance.employee == Employee.id))
                  .where((Attendance.event == event) & ~Attendance.is_primary)
                  .group_by(Employee.unit))
    if unit is not None:
        query = query.where(Employee.unit == unit)
        # Through the unit's people, so the (event, employee) index is used, not all check-ins.
        members = Employee.select(Employee.id).where(Employee.unit == unit)
        duplicates = duplicates.where(Attendance.employee.in_(members))
    dupes = dict(duplicates.tuples())
    rows = [UnitFigures(_unit_label(name), expected, signed, int(walk_ins or 0),
                        dupes.get(name, 0))
            for name, expected, signed, walk_ins in query.tuples()]
    return sorted(rows, key=lambda row: row.unit.casefold())


def signers(event: Event, unit: str | None = None) -> list[Signer]:
    """Primary check-ins in order of time, with the live certificate number if any."""
    live = Certificate.alias()
    query = (Attendance
             .select(Employee.name, Employee.front_title, Employee.back_title, Employee.nip,
                     Employee.unit, Attendance.checked_in_at, Station.name, live.number)
             .join(Employee, on=(Attendance.employee == Employee.id))
             .switch(Attendance).join(Station, on=(Attendance.station == Station.id))
             .switch(Attendance)
             .join(live, JOIN.LEFT_OUTER,
                   on=((live.attendance == Attendance.id) & live.voided_at.is_null()))
             .where((Attendance.event == event) & Attendance.is_primary)
             .order_by(Attendance.checked_in_at, Employee.nip))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    return [Signer(n, display_name(name, front, back), nip, _unit_label(unit_name),
                   at, station or "", number or "")
            for n, (name, front, back, nip, unit_name, at, station, number)
            in enumerate(query.tuples(), 1)]


def not_signed(event: Event, unit: str | None = None) -> list[NotSigned]:
    """Everyone on the roster without a primary check-in, by unit and name."""
    signed = (Attendance.select(Attendance.employee)
              .where((Attendance.event == event) & Attendance.is_primary))
    query = (RosterEntry
             .select(Employee.name, Employee.front_title, Employee.back_title, Employee.nip,
                     Employee.unit)
             .join(Employee, on=(RosterEntry.employee == Employee.id))
             .where((RosterEntry.event == event) & RosterEntry.employee.not_in(signed))
             .order_by(Employee.unit, Employee.name, Employee.nip))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    return [NotSigned(n, display_name(name, front, back), nip, _unit_label(unit_name))
            for n, (name, front, back, nip, unit_name) in enumerate(query.tuples(), 1)]


def recap(event: Event, unit: str | None = None) -> Recap:
    """The whole recap, read in one transaction so its parts agree with each other."""
    with db.atomic():
        units = unit_figures(event, unit)
        if not units:
            if unit is None:
                raise RecapError(
                    "recap.no_roster",
                    f"The event {event.title!r} has no roster yet: import the roster first "
                    "(ikrar roster import), then make the recap.",
                    title=event.title)
            raise RecapError(
                "recap.unknown_unit",
                f"No one on the roster of {event.title!r} belongs to the unit {unit!r}. "
                "Check the spelling; the units are listed in the recap without --unit.",
                title=event.title, unit=unit)
        return Recap(event, unit, units, signers(event, unit), not_signed(event, unit))
