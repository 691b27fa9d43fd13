"""Editing an event (the event page): saving its fields, its pledge and its figures.

A save writes the event through the outbox in one transaction with its audit entry
(`event_edit`, naming the fields that changed). A changed pledge text becomes the event's next
pledge version (`ikrar.store.pledges`): whoever signed keeps the text they signed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import fn

from ikrar.store import audit, outbox, pledges
from ikrar.store.db import db
from ikrar.store.models import Attendance, Employee, Event, RosterEntry, Signature

# Event fields the form edits, in the order the audit entry names them.
FIELDS = ("title", "starts_at", "timezone", "city", "venue", "agency", "organiser_unit",
          "letterhead", "official_title", "official_name", "official_acting", "official_rank",
          "official_nip", "official_place", "official_date", "documents", "witnesses",
          "numbering_pattern", "require_signed_badges", "allow_walk_ins", "keep_biometrics",
          "retention_days", "verify_url")


@dataclass(frozen=True)
class Saved:
    event: Event  # as stored now
    changed: list[str]  # field names, in audit order; empty when nothing changed
    new_pledge: bool


def reload(event: Event | None) -> Event | None:
    """The event as stored (None when it is gone)."""
    return Event.get_or_none(Event.id == event.id) if event is not None else None


def save_event(event_id: object, values: dict[str, object], pledge_text: str, *,
               also: Callable[[], list[str]] | None = None) -> Saved:
    """Write `values` (event fields) and `pledge_text` to the event in one transaction with
    its audit entry. `also` runs inside the transaction (writing the event's pictures) and
    returns the names of what it changed; if anything raises, nothing is saved."""
    event = Event.get_by_id(event_id)
    changed = [name for name in FIELDS if name in values and getattr(event, name) != values[name]]
    new_pledge = pledge_text != event.pledge_text
    with db.atomic():
        if changed:
            for name in changed:
                setattr(event, name, values[name])
            outbox.update(event)
        if new_pledge:
            pledges.set_pledge(event, pledge_text)
            changed.append("pledge_text")
        pledges.record_current(event)
        if also is not None:
            changed += also()
        if changed:
            audit.append("event_edit", str(event.id), fields=changed)
    return Saved(event, changed, new_pledge)


def roster_units(event: Event) -> list[str]:
    """Units on the event's roster, in order."""
    units = (Employee.select(Employee.unit).distinct().join(RosterEntry)
             .where(RosterEntry.event == event).order_by(Employee.unit).tuples())
    return [unit for (unit,) in units]


def signed_by_pledge(event: Event) -> tuple[int, int]:
    """(signed the event's current pledge text, signed an earlier version)."""
    signed = dict(Signature.select(Signature.pledge_hash, fn.COUNT(Signature.id))
                  .join(Attendance).where(Attendance.event == event)
                  .group_by(Signature.pledge_hash).tuples())
    now = signed.get(event.pledge_hash, 0)
    return now, sum(signed.values()) - now


def reload_by_id(event_id: object) -> Event:
    return Event.get_by_id(event_id)
