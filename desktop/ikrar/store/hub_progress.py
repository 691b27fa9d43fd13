"""Hub: the events it holds and one event's live progress, for the organisers' console.

The figures mean what the printed recap's mean (`ikrar.store.recap`): signed is one primary
check-in per person, expected the roster (walk-ins join it when they check in), walk-ins the
primary check-ins made as walk-ins, duplicates the further check-ins sync kept beside a
primary one. Everything is counted by the database (GROUP BY), so 12,000 check-ins cost three
aggregate queries, not 12,000 rows.

Those queries still read every check-in (about 0.1 s for 12,000), while the console asks
every two seconds from every open page. So the figures are kept per process with the hub's
newest log and outbox sequence numbers (`_version`, two index lookups): every row the hub
holds arrives through one of the two (a station's push, the hub's own write), so the same
numbers mean the same figures, and any new entry means counting again.
"""

from __future__ import annotations

import copy
import threading
import uuid
from datetime import UTC, datetime

from peewee import Case, fn

from ikrar.store.events import EventError
from ikrar.store.fields import utcnow
from ikrar.store.models import Attendance, Change, Employee, Event, HubChange, RosterEntry
from ikrar.store.recap import NO_UNIT


def events() -> list[dict]:
    """Every event, newest first (by its start)."""
    rows = (Event.select(Event.id, Event.title, Event.starts_at, Event.venue, Event.timezone)
            .order_by(Event.starts_at.desc(), Event.id).tuples())
    return [{"id": str(event_id), "title": title, "starts_at": starts_at.isoformat(),
             "venue": venue, "timezone": timezone}
            for event_id, title, starts_at, venue, timezone in rows]


def find(event_id: str) -> Event:
    """The event with this id (with or without dashes); EventError when there is none."""
    try:
        key = uuid.UUID(str(event_id).strip())
    except (ValueError, AttributeError):
        key = None
    event = Event.get_or_none(Event.id == key) if key is not None else None
    if event is None:
        raise EventError("event.ambiguous",
                         f"No event matches {str(event_id)[:64]!r}. See `ikrar event list`.",
                         what="No event", key=str(event_id)[:64])
    return event


def _label(unit: str | None) -> str:
    return (unit or "").strip() or NO_UNIT


def _units(event: Event) -> list[dict]:
    expected = dict(RosterEntry.select(Employee.unit, fn.COUNT(RosterEntry.id))
                    .join(Employee, on=(RosterEntry.employee == Employee.id))
                    .where(RosterEntry.event == event)
                    .group_by(Employee.unit).tuples())
    one = Case(None, [(Attendance.is_primary, 1)], 0)
    walk_in = Case(None, [(Attendance.is_primary & (Attendance.method == "walk_in"), 1)], 0)
    duplicate = Case(None, [(Attendance.is_primary, 0)], 1)
    counted = (Attendance.select(Employee.unit, fn.SUM(one), fn.SUM(walk_in), fn.SUM(duplicate))
               .join(Employee, on=(Attendance.employee == Employee.id))
               .where(Attendance.event == event)
               .group_by(Employee.unit).tuples())
    figures = {unit: (int(s or 0), int(w or 0), int(d or 0)) for unit, s, w, d in counted}
    merged: dict[str, dict] = {}
    for unit in set(expected) | set(figures):
        signed, walk_ins, duplicates = figures.get(unit, (0, 0, 0))
        row = merged.setdefault(_label(unit), {"unit": _label(unit), "signed": 0,
                                               "expected": 0, "walk_ins": 0, "duplicates": 0})
        row["signed"] += signed
        row["expected"] += expected.get(unit, 0)
        row["walk_ins"] += walk_ins
        row["duplicates"] += duplicates
    return sorted(merged.values(), key=lambda r: (r["unit"].casefold(), r["unit"]))


def _timeline(event: Event) -> list[dict]:
    """Signed so far at the end of each minute that had a primary check-in (UTC)."""
    # Times are stored as ISO text in UTC ("2024-07-10T01:05:09.000000Z"): the first 16
    # characters are the minute, on SQLite and PostgreSQL alike.
    minute = fn.SUBSTR(Attendance.checked_in_at, 1, 16).coerce(False)
    rows = (Attendance.select(minute, fn.COUNT(Attendance.id))
            .where((Attendance.event == event) & Attendance.is_primary)
            .group_by(minute).order_by(minute).tuples())
    out, total = [], 0
    for at, count in rows:
        total += count
        try:
            when = datetime.fromisoformat(at).replace(tzinfo=UTC)
        except (TypeError, ValueError):  # not a time Ikrar wrote: counted, not plotted
            continue
        out.append({"at": when.isoformat(), "signed": total})
    return out


_cache: dict[str, tuple[tuple, dict]] = {}
_cache_lock = threading.Lock()


def _version() -> tuple[int, int]:
    return (HubChange.select(fn.MAX(HubChange.seq)).scalar() or 0,
            Change.select(fn.MAX(Change.seq)).scalar() or 0)


def progress(event_id: str) -> dict:
    """Signed of expected overall and per unit, walk-ins, duplicates and signed over time."""
    version = _version()  # read first: a write landing meanwhile is counted again next time
    key = str(event_id).strip().replace("-", "").lower()
    with _cache_lock:
        held = _cache.get(key)
    if held is not None and held[0] == version:
        return {**copy.deepcopy(held[1]), "as_of": utcnow().isoformat()}
    figures = _count(find(event_id))
    with _cache_lock:
        if len(_cache) > 64:  # a few events at most; never grow without bound
            _cache.clear()
        _cache[key] = (version, copy.deepcopy(figures))
    return figures


def _count(event: Event) -> dict:
    units = _units(event)
    return {
        "event": {"id": str(event.id), "title": event.title,
                  "starts_at": event.starts_at.isoformat(), "venue": event.venue,
                  "timezone": event.timezone},
        "as_of": utcnow().isoformat(),
        "signed": sum(u["signed"] for u in units),
        "expected": sum(u["expected"] for u in units),
        "walk_ins": sum(u["walk_ins"] for u in units),
        "duplicates": sum(u["duplicates"] for u in units),
        "units": units,
        "timeline": _timeline(event),
    }
