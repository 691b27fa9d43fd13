"""Reconciliation after stations merged: duplicates, walk-ins to confirm, certificates to void.

Sync keeps every check-in and marks all but the earliest (by clock time, then station id; see
`ikrar.store.sync_apply`) as duplicates of it. This module lists them for the clerk, who
accounts for each one and voids any certificate printed for a duplicate check-in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from peewee import JOIN

from ikrar.core.names import display_name
from ikrar.store import certificates
from ikrar.store.fields import UtcDateTimeField
from ikrar.store.models import (
    Attendance,
    Certificate,
    Employee,
    Event,
    Station,
)

PRIMARY_REASON = "earliest check-in by clock time, then by station id"


@dataclass(frozen=True, slots=True)
class CheckIn:
    attendance_id: str
    station_id: str
    station: str
    checked_in_at: datetime
    hlc: str
    is_primary: bool
    method: str


@dataclass(frozen=True)
class Duplicate:
    """One person with more than one check-in at the event."""

    name: str
    nip: str
    unit: str
    check_ins: list[CheckIn]  # primary first, then in the order sync ranks them

    @property
    def primary(self) -> CheckIn:
        return self.check_ins[0]

    @property
    def stations(self) -> list[str]:
        return [c.station for c in self.check_ins]

    @property
    def reason(self) -> str:
        return f"{self.primary.station}: {PRIMARY_REASON}"


@dataclass(frozen=True, slots=True)
class WalkIn:
    name: str
    nip: str
    unit: str
    station: str
    checked_in_at: datetime


@dataclass(frozen=True, slots=True)
class DuplicateCertificate:
    """A live certificate issued for a check-in that turned out to be a duplicate."""

    number: str
    name: str
    nip: str
    station: str
    printed: int
    primary_station: str


@dataclass(frozen=True)
class Reconciliation:
    duplicates: list[Duplicate] = field(default_factory=list)
    walk_ins: list[WalkIn] = field(default_factory=list)
    certificates: list[DuplicateCertificate] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.duplicates or self.walk_ins or self.certificates)


def _hex(value: object) -> str:
    return value.hex if hasattr(value, "hex") and not isinstance(value, str) else str(value)


def duplicates(event: Event) -> list[Duplicate]:
    """Everyone with a duplicate check-in, all their check-ins with the primary first."""
    doubled = (Attendance.select(Attendance.employee)
               .where((Attendance.event == event) & ~Attendance.is_primary))
    rows = (Attendance
            .select(Attendance.id, Attendance.employee, Attendance.station, Station.name,
                    Attendance.checked_in_at, Attendance.hlc, Attendance.is_primary,
                    Attendance.method, Employee.name, Employee.front_title, Employee.back_title,
                    Employee.nip, Employee.unit)
            .join(Employee, on=(Attendance.employee == Employee.id))
            .switch(Attendance).join(Station, JOIN.LEFT_OUTER,
                                     on=(Attendance.station == Station.id))
            .where((Attendance.event == event) & Attendance.employee.in_(doubled))
            .tuples())
    people: dict[str, tuple[str, str, str]] = {}
    grouped: dict[str, list[CheckIn]] = defaultdict(list)
    for (att_id, employee, station_id, station, at, hlc, primary, method,
         name, front, back, nip, unit) in rows:
        key = _hex(employee)
        people[key] = (display_name(name, front, back), nip, unit)
        grouped[key].append(CheckIn(_hex(att_id), _hex(station_id), station or "?",
                                    _time(at), hlc, bool(primary), method))
    result = []
    for key, (name, nip, unit) in people.items():
        check_ins = sorted(grouped[key], key=lambda c: (not c.is_primary, c.hlc, c.station_id))
        result.append(Duplicate(name, nip, unit, check_ins))
    return sorted(result, key=lambda d: (d.unit, d.name, d.nip))


def walk_ins(event: Event) -> list[WalkIn]:
    """Primary check-ins of people who were not on the roster when they came."""
    rows = (Attendance
            .select(Employee.name, Employee.front_title, Employee.back_title, Employee.nip,
                    Employee.unit, Station.name, Attendance.checked_in_at)
            .join(Employee, on=(Attendance.employee == Employee.id))
            .switch(Attendance).join(Station, JOIN.LEFT_OUTER,
                                     on=(Attendance.station == Station.id))
            .where((Attendance.event == event) & Attendance.is_primary
                   & ((Attendance.method == "walk_in") | Employee.is_walk_in))
            .order_by(Attendance.checked_in_at)
            .tuples())
    return [WalkIn(display_name(name, front, back), nip, unit, station or "?", _time(at))
            for name, front, back, nip, unit, station, at in rows]


def duplicate_certificates(event: Event) -> list[DuplicateCertificate]:
    """Live certificates whose check-in is a duplicate: each should be voided."""
    primary = Attendance.alias()
    primary_station = Station.alias()
    rows = (Certificate
            .select(Certificate.id, Certificate.number, Employee.name, Employee.front_title,
                    Employee.back_title, Employee.nip, Station.name, primary_station.name)
            .join(Attendance, on=(Certificate.attendance == Attendance.id))
            .join(Employee, on=(Attendance.employee == Employee.id))
            .switch(Certificate).join(Station, JOIN.LEFT_OUTER,
                                      on=(Certificate.station == Station.id))
            .switch(Attendance).join(primary, JOIN.LEFT_OUTER,
                                     on=(Attendance.duplicate_of == primary.id))
            .join(primary_station, JOIN.LEFT_OUTER,
                  on=(primary.station == primary_station.id))
            .where((Attendance.event == event) & ~Attendance.is_primary
                   & Certificate.voided_at.is_null())
            .order_by(Certificate.number)
            .tuples())
    rows = list(rows)
    printed = certificates.print_counts(row[0] for row in rows)
    return [DuplicateCertificate(number, display_name(name, front, back), nip, station or "?",
                                 printed.get(cid, 0), other or "?")
            for cid, number, name, front, back, nip, station, other in rows]


def reconcile(event: Event) -> Reconciliation:
    return Reconciliation(duplicates(event), walk_ins(event), duplicate_certificates(event))


def void_certificate(number: str, reason: str) -> Certificate:
    """Void a certificate (audited as `certificate_void`, with the reason)."""
    return certificates.void(number, reason)


def _time(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return UtcDateTimeField().python_value(value)
