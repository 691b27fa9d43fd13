"""Reading the hub's change log: pages in order for a station's pull, scoped to its event.

The log is written by `ikrar.sync.ledger`; a page never skips an entry committed later with a
lower sequence number, because the ledger serialises its writes and a scoped page reads the top
of the log before it filters (see `changes_after`).
"""

from __future__ import annotations

from peewee import SQL, PostgresqlDatabase

from ikrar.store.authorship import norm
from ikrar.store.db import db
from ikrar.store.models import EnrolmentCode, HubBatch, HubChange
from ikrar.sync.ledger import ERASED, last_seq
from ikrar.sync.signing import Seal


def station_event(station_id: str) -> str | None:
    """The event a station was enrolled for (its pull scope); None: every event."""
    row = (EnrolmentCode.select(EnrolmentCode.event_id)
           .where(EnrolmentCode.station_id == station_id)
           .order_by(EnrolmentCode.used_at.desc()).first())
    return norm(row.event_id) if row and row.event_id else None


def batches(ids: set[int]) -> dict[int, Seal]:
    return {row.id: Seal(row.station_id, row.first_seq, bytes(row.digests),
                         bytes(row.signature), row.certificate, row.kind)
            for row in HubBatch.select().where(HubBatch.id.in_(sorted(ids)))}


_FIELDS = (HubChange.seq, HubChange.station_id, HubChange.station_seq, HubChange.table,
           HubChange.row_id, HubChange.op, HubChange.data, HubChange.hlc, HubChange.batch_id)


def _in_scope(event_id: str) -> object:
    """Entries an event's station needs: its event's, the stations', its roster's people."""
    employee = ('replace(CAST("employee_id" AS TEXT), \'-\', \'\')'
                if isinstance(db.obj, PostgresqlDatabase) else '"employee_id"')
    roster = SQL(f'(SELECT {employee} FROM "roster_entry" WHERE "event_id" = {db.param})',
                 [event_id])
    return ((HubChange.event_id == event_id)
            | (HubChange.event_id.is_null() & HubChange.subject.is_null())
            | HubChange.subject.in_(roster))


def changes_after(after: int, limit: int, event_id: str | None = None
                  ) -> tuple[list[tuple], int, bool]:
    """(rows, last seq, more) of the log after `after`; rows keep the data as JSON text.

    With `event_id`, only what a station of that event needs.
    """
    where = (HubChange.seq > after) & (HubChange.op != ERASED)
    if event_id:
        # Read the top first: entries committed meanwhile come after it, so skipping the
        # entries out of scope up to it never skips one in scope.
        top = last_seq()
        if isinstance(db.obj, PostgresqlDatabase):
            where &= (HubChange.seq <= top) & _in_scope(event_id)
        else:
            # SQLite would answer the OR from the event and subject indexes, every row after
            # the checkpoint, then sort them: each page cost the whole rest of the log. A unary
            # `+` keeps those indexes out, so a page walks the log in order and stops at its
            # limit (the roster's ids are read once, into an index of their own).
            where &= (HubChange.seq <= top) & SQL(
                '(+"event_id" = ? OR (+"event_id" IS NULL AND +"subject" IS NULL) OR '
                '+"subject" IN (SELECT "employee_id" FROM "roster_entry" WHERE "event_id" = ?))',
                [event_id, event_id])
    # Plain columns (int, text): the cursor's tuples as they are, no per-value conversion.
    query = HubChange.select(*_FIELDS).where(where).order_by(HubChange.seq).limit(limit + 1)
    rows = db.execute_sql(*query.sql()).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1][0] if rows else after
    if event_id and not more:
        last = max(top, after)
    return rows, last, more


def people(ids: list[str], event_id: str | None) -> list[tuple]:
    """The entries of these people (employee rows), within the station's scope.

    A station asks for them when a roster entry names someone it has never received: a person
    put on its event's roster after their own entries went by its checkpoint.
    """
    where = (HubChange.table == "employee") & (HubChange.op != ERASED) & HubChange.subject.in_(
        sorted({norm(i) for i in ids}))
    if event_id:
        where &= _in_scope(event_id)
    return list(HubChange.select(*_FIELDS).where(where).order_by(HubChange.seq).tuples())
