"""Creating events, choosing the current one, and their headline figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.core.pledge import Pledge, default_pledge
from ikrar.store import audit, outbox, pledges, settings
from ikrar.store.db import db
from ikrar.store.models import Attendance, Event, RosterEntry


class EventError(IkrarError):
    pass


def create_event(
    title: str,
    starts_at: datetime,
    *,
    timezone: str = "WIB",
    pledge: Pledge | None = None,
    make_current: bool = True,
    **fields: Any,
) -> Event:
    """A new event with its own copy of the pledge (the default 2024 text unless given)."""
    if not title.strip():
        raise EventError("event.title_missing", "An event needs a title.")
    zone(timezone)  # refuses anything but WIB, WITA, WIT
    if starts_at.tzinfo is None:
        starts_at = starts_at.replace(tzinfo=zone(timezone))
    pledge = pledge or default_pledge()
    unknown = set(fields) - set(Event._meta.fields)
    if unknown:
        raise EventError("event.unknown_fields",
                         f"Unknown event field(s): {', '.join(sorted(unknown))}.",
                         fields=', '.join(sorted(unknown)))
    with db.atomic():
        event = outbox.insert(Event(
            title=title.strip(), starts_at=starts_at, timezone=timezone.upper(),
            pledge_text=pledge.text, pledge_hash=pledge.sha256, **fields,
        ))
        audit.append("event_create", str(event.id), title=event.title)
        pledges.record_current(event)  # version 1: what the first signers will see
        if make_current:
            settings.put("current_event", str(event.id))
    return event


def any_event() -> bool:
    """Whether this data folder holds an event at all (the first-run wizard asks)."""
    return Event.select().exists()


def current_event() -> Event | None:
    """The event this station works on: the chosen one, else the newest."""
    chosen = settings.get("current_event")
    if chosen:
        event = Event.get_or_none(Event.id == chosen)
        if event is not None:
            return event
    return Event.select().order_by(Event.starts_at.desc()).first()


def find_event(key: str | None) -> Event:
    """An event by id (or unique id prefix) or exact title; the current event when key is None."""
    if key is None:
        event = current_event()
        if event is None:
            raise EventError("event.none",
                             "There is no event yet. Create one with `ikrar event create`.")
        return event
    matches = list(Event.select().where(
        # SQLite keeps an id as 32 hex digits, PostgreSQL as a uuid (text with dashes)
        (Event.title == key)
        | fn.REPLACE(Event.id.cast("text"), "-", "").startswith(key.replace("-", "").lower())
    ).limit(2))
    if len(matches) != 1:
        what = "No event" if not matches else "More than one event"
        raise EventError("event.ambiguous", f"{what} matches {key!r}. See `ikrar event list`.",
                         what=what, key=key)
    return matches[0]


@dataclass(frozen=True)
class Figures:
    expected: int
    signed: int
    walk_ins: int
    duplicates: int


def figures(event: Event) -> Figures:
    attendances = Attendance.select().where(Attendance.event == event)
    return Figures(
        expected=RosterEntry.select().where(RosterEntry.event == event).count(),
        signed=attendances.where(Attendance.is_primary).count(),
        walk_ins=attendances.where(
            Attendance.is_primary & (Attendance.method == "walk_in")
        ).count(),
        duplicates=attendances.where(~Attendance.is_primary).count(),
    )
