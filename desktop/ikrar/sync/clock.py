"""A station's clock against the hub's: the offset learnt at every sync, and stamps run ahead.

The hub refuses entries more than a few minutes ahead of its own clock (so one fast station
cannot drag every clock ahead), and a station corrects its hybrid clock by the offset it
learns here, so a station whose clock is hours wrong still stamps hub time.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from peewee import fn

from ikrar.core.hlc import MAX_AHEAD_MS, ClockError, Timestamp
from ikrar.store import settings, sync_state
from ikrar.store.db import db, local
from ikrar.store.models import Change
from ikrar.store.sync_apply import TABLES
from ikrar.sync.client import HubClient, HubError


def learn_offset(client: HubClient) -> int:
    """Ask the hub its time, keep this station's offset (ms) and correct the clock by it."""
    clock = local().clock
    sent = clock.system_now()
    reply = client.health()
    back = clock.system_now()
    try:
        hub_ms = round(datetime.fromisoformat(reply["time"]).timestamp() * 1000)
    except (KeyError, TypeError, ValueError) as exc:
        raise HubError("hub.bad_time", "The hub's reply does not say its time; the station's "
                       "clock offset was not updated.") from exc
    offset = hub_ms - (sent + back) // 2
    with db.atomic():
        settings.put("clock_offset_ms", offset)
    clock.offset_ms = offset
    return offset


def restamp_ahead() -> int:
    """Stamp again the entries not yet acknowledged that are ahead of the corrected clock.

    They were written while this station's clock ran fast; nobody has seen them, so they may
    take new times (in the same order) that the hub accepts. Returns how many were stamped.
    """
    clock = local().clock
    acked = settings.get("sync_acked_seq")
    newest = Change.select(fn.MAX(Change.hlc)).where(Change.seq > acked).scalar()
    try:
        ahead = newest is not None and \
            Timestamp.unpack(newest).wall_ms > clock.wall_now() + MAX_AHEAD_MS // 2
    except ClockError:
        ahead = True
    if not ahead:
        return 0
    held = Change.select(fn.MAX(Change.hlc)).where(Change.seq <= acked).scalar()
    base = [t for t in (sync_state.seen_clock(), _parsed(held)) if t]
    count = 0
    with db.atomic():
        clock.reset(max(base) if base else None)
        for change in Change.select().where(Change.seq > acked).order_by(Change.seq):
            stamp = clock.now().pack()
            data = change.data if isinstance(change.data, dict) else json.loads(change.data)
            data["hlc"] = stamp
            model = TABLES.get(change.table)
            if model is not None:
                model.update(hlc=stamp).where((model.id == uuid.UUID(change.row_id))
                                              & (model.hlc == change.hlc)).execute()
            Change.update(hlc=stamp, data=data).where(Change.seq == change.seq).execute()
            count += 1
    return count


def _parsed(packed: str | None) -> Timestamp | None:
    try:
        return Timestamp.unpack(packed).check_range() if packed else None
    except ClockError:
        return None


def offset_ms() -> int:
    return sync_state.clock_offset_ms()
