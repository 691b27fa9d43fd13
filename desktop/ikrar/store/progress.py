"""Live figures for the screens: check-ins per 5 minutes (the dashboard), signed of expected
per unit and the last check-ins here (the desk's progress panel)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peewee import JOIN, fn

from ikrar.core.dates import zone
from ikrar.core.names import display_name
from ikrar.store.db import local
from ikrar.store.models import Attendance, Employee, Event, RosterEntry

BUCKET_MIN = 5
RECENT = 8


def rate(event: Event) -> dict[datetime, int]:
    """Primary check-ins per 5 minutes (UTC bucket start → count), counted by the database."""
    hour = fn.SUBSTR(Attendance.checked_in_at, 1, 13).coerce(False)  # "YYYY-MM-DDTHH"
    slot = (fn.SUBSTR(Attendance.checked_in_at, 15, 2).coerce(False).cast("INTEGER")
            / BUCKET_MIN)  # integer division
    rows = (Attendance.select(hour, slot, fn.COUNT(Attendance.id))
            .where((Attendance.event == event) & Attendance.is_primary)
            .group_by(hour, slot).tuples())
    return {datetime.fromisoformat(h).replace(tzinfo=UTC) + timedelta(minutes=int(s) * BUCKET_MIN):
            n for h, s, n in rows}


def bucket_of(when: datetime) -> datetime:
    when = when.astimezone(UTC)
    return when.replace(minute=when.minute - when.minute % BUCKET_MIN, second=0, microsecond=0)


def checkin_of(attendance_id: object) -> tuple[str, datetime, str] | None:
    """(event id, checked in at, unit) of one check-in, None if there is no such row."""
    row = (Attendance.select(Attendance.event, Attendance.checked_in_at, Employee.unit)
           .join(Employee).where(Attendance.id == attendance_id).tuples().first())
    if row is None:
        return None
    event_id, when, unit = row
    return str(event_id), when, unit


def unit_progress(event: Event) -> list[tuple[str, int, int]]:
    """(unit, signed, expected) for every unit on the roster, least done first."""
    expected = dict(
        RosterEntry.select(Employee.unit, fn.COUNT(RosterEntry.id))
        .join(Employee).where(RosterEntry.event == event).group_by(Employee.unit).tuples()
    )
    signed = dict(
        Attendance.select(Employee.unit, fn.COUNT(Attendance.id))
        .join(Employee).where((Attendance.event == event) & Attendance.is_primary)
        .group_by(Employee.unit).tuples()
    )
    units = set(expected) | set(signed)
    rows = [(unit, signed.get(unit, 0), expected.get(unit, 0)) for unit in units]
    rows.sort(key=lambda r: (r[1] / r[2] if r[2] else 1.0, r[0]))
    return rows


def recent_here(event: Event, limit: int = RECENT) -> list[tuple[str, str, str]]:
    """(time, name, method) of the last check-ins at this station, newest first."""
    query = (
        Attendance.select(Attendance.checked_in_at, Attendance.method, Employee.name,
                          Employee.front_title, Employee.back_title)
        .join(Employee, JOIN.INNER)
        .where((Attendance.event == event) & (Attendance.station == local().station_id))
        .order_by(Attendance.checked_in_at.desc()).limit(limit)
    )
    tz = zone(event.timezone)
    return [
        (row.checked_in_at.astimezone(tz).strftime("%H.%M"),
         display_name(row.employee.name, row.employee.front_title, row.employee.back_title),
         row.method)
        for row in query
    ]
