"""The clerk's list of certificates: every signed attendee of an event with their certificate
number (once numbered) and how often it was printed, filtered by unit and print status."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from ikrar.core.names import display_name
from ikrar.store.certificates import print_counts
from ikrar.store.models import Attendance, Certificate, Employee, Event, Signature

NOT_PRINTED, PRINTED, ALL = "not_printed", "printed", "all"


@dataclass(frozen=True)
class Row:
    number: str  # "" until the certificate is numbered (when it is first prepared)
    name: str
    nip: str
    unit: str
    prints: int


@dataclass(frozen=True)
class Tally:
    signed: int
    printed: int

    @property
    def waiting(self) -> int:
        return self.signed - self.printed


def events_newest_first() -> list[Event]:
    return list(Event.select().order_by(Event.starts_at.desc()))


def event_by_id(key: object) -> Event | None:
    return Event.get_or_none(Event.id == key) if key else None


def event_units(event: Event) -> list[str]:
    """Units of the event's signed attendees, in order."""
    query = (Employee.select(Employee.unit).distinct().join(Attendance)
             .where((Attendance.event == event) & Attendance.is_primary)
             .order_by(Employee.unit).tuples())
    return [unit for (unit,) in query]


def certificate_rows(event: Event, unit: str | None) -> list[Row]:
    """Every signed attendee of the event (of `unit`), with their live certificate and prints."""
    query = (Attendance
             .select(Employee.name, Employee.front_title, Employee.back_title, Employee.nip,
                     Employee.unit, Certificate.id, Certificate.number)
             .join(Employee).switch(Attendance)
             .join(Signature, on=(Signature.attendance == Attendance.id)).switch(Attendance)
             .join(Certificate, JOIN.LEFT_OUTER,
                   on=((Certificate.attendance == Attendance.id)
                       & Certificate.voided_at.is_null()))
             .where((Attendance.event == event) & Attendance.is_primary))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    raw = list(query.order_by(Employee.unit, Employee.search_key).tuples())
    counts = print_counts([cid for *_, cid, _ in raw if cid is not None])
    return [
        Row(number or "", display_name(name, front, back), nip, row_unit,
            counts.get(cid, 0) if cid is not None else 0)
        for name, front, back, nip, row_unit, cid, number in raw
    ]


def tally(rows: list[Row]) -> Tally:
    return Tally(len(rows), sum(1 for r in rows if r.prints))


def filtered(rows: list[Row], status: str) -> list[Row]:
    if status == NOT_PRINTED:
        return [r for r in rows if not r.prints]
    if status == PRINTED:
        return [r for r in rows if r.prints]
    return rows


MISSING, VOID, NEVER_PRINTED = "missing", "void", "never_printed"


def copy_refusal(number: str) -> tuple[str | None, Event | None]:
    """Why no copy (SALINAN) of certificate `number` can be made (MISSING, VOID, NEVER_PRINTED;
    None when it can), and the certificate's event."""
    certificate = Certificate.get_or_none(Certificate.number == number)
    if certificate is None:
        return MISSING, None
    if certificate.voided_at is not None:
        return VOID, None
    if not print_counts([certificate.id])[certificate.id]:
        return NEVER_PRINTED, None
    return None, certificate.attendance.event
