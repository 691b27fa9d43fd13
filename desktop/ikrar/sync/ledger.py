"""The hub's change log: receiving stations' entries exactly once and serving them in order.

An entry is named by (station id, station sequence). A station's entries arrive in its own
order without gaps, so "everything up to N is held" is one number per station: entries at or
below it are recognised as already held (a replay changes nothing), and a batch that would
leave a gap is refused with the number to resend from.

Writes are serialised (a lock in this process and, on PostgreSQL, an advisory lock) so hub
sequence numbers become visible in order and a puller never skips one that commits late.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from peewee import PostgresqlDatabase, fn

from ikrar.core.errors import IkrarError
from ikrar.store import sync_apply
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import Change, HubChange
from ikrar.store.sync_apply import Applied, Entry, SyncDataError

_write_lock = threading.Lock()
_ADVISORY_KEY = 0x1C4A5  # any constant shared by every hub process on one database
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_INSERT_CHUNK = 200


class GapError(IkrarError):
    """A batch that starts after entries the hub does not hold yet."""

    def __init__(self, station_id: str, acked: int, first: int) -> None:
        self.acked = acked
        super().__init__(
            "sync.gap",
            f"The hub holds the entries of station {station_id} up to {acked}, but this batch "
            f"starts at {first}. Send again from {acked + 1}.",
            station=station_id, acked=acked, first=first,
        )


@contextmanager
def hub_write() -> Iterator[None]:
    with _write_lock, db.atomic():
        if isinstance(db.obj, PostgresqlDatabase):
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_KEY,))
        yield


def acked(station_id: str) -> int:
    return HubChange.select(fn.MAX(HubChange.station_seq)).where(
        HubChange.station_id == station_id).scalar() or 0


def last_seq() -> int:
    return HubChange.select(fn.MAX(HubChange.seq)).scalar() or 0


_COLUMNS = ("station_id", "station_seq", "table", "row_id", "op", "data", "hlc", "received_at")


def _record(entries: Sequence[Entry]) -> None:
    # Plain multi-row INSERTs: a batch of 1,000 entries is written in a few statements.
    now = HubChange.received_at.db_value(utcnow())
    rows = [(e.station_id, e.seq, e.table, e.row_id, e.op, _ENCODE(e.data), e.hlc, now)
            for e in entries]
    one = "(" + ", ".join([db.param] * len(_COLUMNS)) + ")"
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    for start in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[start:start + _INSERT_CHUNK]
        db.execute_sql(f'INSERT INTO "hub_change" ({columns}) VALUES '
                       + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])


def receive(station_id: str, entries: Sequence[Entry]) -> tuple[int, int, Applied]:
    """Record and apply one station's entries in one transaction: (acked, new, applied)."""
    for entry in entries:
        if entry.station_id != station_id:
            raise SyncDataError("sync.data_invalid",
                                f"entry {entry.seq} names station {entry.station_id}, "
                                f"not {station_id}.",
                                where=f"entry {entry.seq}",
                                detail=f"names station {entry.station_id}")
    with hub_write():
        held = acked(station_id)
        new = [e for e in entries if e.seq > held]
        for expected, entry in enumerate(new, held + 1):
            if entry.seq != expected:
                raise GapError(station_id, held, entry.seq) if expected == held + 1 else \
                    SyncDataError("sync.data_invalid",
                                  f"entries of station {station_id} must follow one another; "
                                  f"{entry.seq} came where {expected} was due.",
                                  where=f"entry {entry.seq}", detail=f"expected {expected}")
        applied = sync_apply.apply(new)
        _record(new)
        held = new[-1].seq if new else held
    return held, len(new), applied


def absorb_local() -> int:
    """Put the hub's own writes (events, roster imports on the hub) into the log."""
    me = local().station_id
    with hub_write():
        after = acked(me)
        rows = list(Change.select().where(Change.seq > after).order_by(Change.seq))
        _record([Entry(me, c.seq, c.table, c.row_id, c.op,
                       c.data if isinstance(c.data, dict) else json.loads(c.data), c.hlc)
                 for c in rows])
    return len(rows)


def changes_after(after: int, limit: int) -> tuple[list[tuple], int, bool]:
    """(rows, last seq, more) of the log after `after`; rows keep the data as JSON text."""
    rows = list(HubChange.select(
        HubChange.seq, HubChange.station_id, HubChange.station_seq, HubChange.table,
        HubChange.row_id, HubChange.op, HubChange.data, HubChange.hlc,
    ).where(HubChange.seq > after).order_by(HubChange.seq).limit(limit + 1).tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1][0] if rows else after), more
