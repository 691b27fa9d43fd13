"""Where this station stands with the hub: what is waiting, what was acknowledged, pulled."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from ikrar.core.hlc import ClockError, Timestamp
from ikrar.store import settings
from ikrar.store.db import db
from ikrar.store.fields import utcnow
from ikrar.store.models import Change
from ikrar.store.sync_apply import Entry


def seen_clock() -> Timestamp | None:
    """The newest clock time received from others (so a restart never goes back before it)."""
    packed = settings.get("sync_clock_seen")
    try:
        return Timestamp.unpack(packed).check_range() if packed else None
    except ClockError:
        return None


CLOCK_WARN_MS = 60_000  # the desk warns when the station's clock is off by more than this


def clock_offset_ms() -> int:
    """This station's clock offset from the hub, learnt at the last sync (0 before)."""
    value = settings.get("clock_offset_ms")
    return value if type(value) is int else 0


def pending(after: int, limit: int) -> list[Entry]:
    """Outbox entries after local sequence `after`, oldest first.

    Read with a plain cursor: a push reads its whole outbox through here, and peewee's
    per-row conversion cost more than decoding the data itself.
    """
    cursor = db.execute_sql(
        'SELECT "seq", "table", "row_id", "op", "data", "hlc", "station_id" FROM "change" '
        f'WHERE "seq" > {db.param} ORDER BY "seq" LIMIT {db.param}', (after, limit))
    loads = json.loads
    out = []
    for seq, table, row_id, op, text, hlc, station_id in cursor.fetchall():
        data = None if text is None else loads(text)
        if not isinstance(data, dict):  # JSON text of JSON text, as `Change.data` reads it
            data = loads(data)
        out.append(Entry(station_id, seq, table, row_id, op, data, hlc))
    return out


def waiting_count() -> int:
    return Change.select(fn.COUNT(Change.seq)).where(
        Change.seq > settings.get("sync_acked_seq")).scalar() or 0


def newest_seq() -> int:
    return Change.select(fn.MAX(Change.seq)).scalar() or 0


def acknowledge(seq: int) -> None:
    """The hub holds every entry up to `seq` (never moves backwards except by `reset_ack`)."""
    if seq > settings.get("sync_acked_seq"):
        settings.put("sync_acked_seq", seq)


def reset_ack(seq: int) -> None:
    """The hub says it holds less than we thought (it was restored): send from there again."""
    settings.put("sync_acked_seq", max(0, seq))


def mark_synced(error: str | None = None) -> None:
    with db.atomic():
        if error is None:
            settings.put("sync_last_at", utcnow().isoformat())
        settings.put("sync_last_error", error)


@dataclass(frozen=True)
class Status:
    enrolled: bool
    hub_url: str | None
    waiting: int
    last_sync: datetime | None
    last_error: str | None
    clock_offset_ms: int = 0  # the hub's clock minus this station's, at the last sync


def status() -> Status:
    last = settings.get("sync_last_at")
    return Status(
        enrolled=bool(settings.get("hub_token")),
        hub_url=settings.get("hub_url"),
        waiting=waiting_count(),
        last_sync=datetime.fromisoformat(last) if last else None,
        last_error=settings.get("sync_last_error"),
        clock_offset_ms=clock_offset_ms(),
    )
