"""The one check-in transaction: attendance, signature, audit event and outbox, all or nothing."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import peewee

from ikrar.core import strokes
from ikrar.core.dates import format_datetime
from ikrar.core.errors import IkrarError
from ikrar.store import audit, outbox
from ikrar.store.db import db, disk_error, local
from ikrar.store.fields import utcnow
from ikrar.store.models import Attendance, Employee, Event, RosterEntry, Signature, Station

METHODS = ("badge", "camera", "search", "walk_in")


class CheckInError(IkrarError):
    """The check-in was refused; nothing was written."""


class AlreadyCheckedIn(CheckInError):
    """The person already has a primary check-in at this event."""

    def __init__(self, first: Attendance) -> None:
        self.first = first
        station = Station.get_or_none(Station.id == first.station_id)
        where = station.name if station else "another station"
        when = format_datetime(first.checked_in_at, first.event.timezone)
        super().__init__(
            "checkin.already_signed",
            f"Already signed at this event: {when} at {where} (by {first.method}). "
            "Nothing new was recorded.",
            when=when, where=station.name if station else "", method=first.method,
        )


def primary_attendance(event: Event, employee: Employee) -> Attendance | None:
    return Attendance.get_or_none(
        (Attendance.event == event) & (Attendance.employee == employee) & Attendance.is_primary
    )


def check_in(
    event: Event,
    employee: Employee,
    signature: strokes.Signature,
    *,
    method: str,
    pledge_hash: str,
    operator: str = "",
    at: datetime | None = None,
) -> Attendance:
    """Record that `employee` pledged at `event`; durable when this returns.

    Raises AlreadyCheckedIn (saying when and where) for a second primary check-in, and
    CheckInError for a pledge that is not the event's, too little ink, or someone not expected.
    """
    if method not in METHODS:
        raise CheckInError("checkin.unknown_method",
                           f"Unknown check-in method {method!r}; use one of {', '.join(METHODS)}.",
                           method=method)
    if pledge_hash != event.pledge_hash:
        raise CheckInError(
            "checkin.pledge_changed", "The pledge shown is not the event's current pledge text. "
            "Reload the event and sign again."
        )
    if not strokes.has_enough_ink(signature):
        raise CheckInError("checkin.signature_too_small",
                           "The signature is empty or too small. Please sign again.")
    if not event.keep_biometrics:
        signature = strokes.without_biometrics(signature)
    data = strokes.encode(signature)
    shape = strokes.shape_hash(signature)  # signed with it: a purge leaves this drawn shape
    at = at or utcnow()
    station_id = local().station_id
    try:
        with db.atomic():
            first = primary_attendance(event, employee)
            if first is not None:
                raise AlreadyCheckedIn(first)
            expected = RosterEntry.get_or_none(
                (RosterEntry.event == event) & (RosterEntry.employee == employee)
            )
            if expected is None:
                if method != "walk_in" or not event.allow_walk_ins:
                    raise CheckInError(
                        "checkin.not_on_roster", f"NIP {employee.nip} is not on this event's roster"
                        + ("; register them as a walk-in." if event.allow_walk_ins
                           else " and this event does not allow walk-ins."),
                        nip=employee.nip, walk_ins=event.allow_walk_ins,
                    )
                outbox.insert(RosterEntry(event=event, employee=employee))
            attendance = outbox.insert(Attendance(
                event=event, employee=employee, station=station_id, method=method,
                operator=operator, checked_in_at=at,
            ))
            outbox.insert(Signature(
                attendance=attendance, station=station_id, strokes=data,
                strokes_hash=strokes.strokes_hash(data), pledge_hash=pledge_hash, signed_at=at,
                has_biometrics=strokes.has_biometrics(signature),
                shape_hash=shape,
            ))
            audit.append("check_in", str(attendance.id), event=str(event.id),
                         employee=str(employee.id), method=method, pledge_hash=pledge_hash)
    except peewee.IntegrityError as exc:
        first = primary_attendance(event, employee)
        if first is not None:
            raise AlreadyCheckedIn(first) from exc
        raise
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:  # disk full, read-only
        friendly = disk_error(exc, local().db_path)
        if friendly is None:
            raise
        raise friendly from exc
    return attendance
