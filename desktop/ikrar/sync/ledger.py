"""The hub's change log: receiving stations' entries exactly once and serving them in order.

An entry is named by (station id, station sequence). A station's entries arrive in its own
order without gaps, so "everything up to N is held" is one number per station: entries at or
below it are recognised as already held (a replay changes nothing), and a batch that would
leave a gap is refused with the number to resend from.

Writes are serialised (a lock in this process and, on PostgreSQL, an advisory lock) so hub
sequence numbers become visible in order and a puller never skips one that commits late. The
lock is held only for what needs it: a push's signature and every entry are checked before
(`receive`), and a thread waits for the lock in this process before it takes a database
connection from the pool (`turn`), so waiting pushes never starve pulls of connections.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import PostgresqlDatabase, fn

from ikrar.core import collection
from ikrar.core.errors import IkrarError
from ikrar.core.keys import KeyFileError, SigningKey
from ikrar.store import keystore, settings, sync_apply
from ikrar.store.authorship import LEGACY, STATION_TABLES, norm
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import Change, HubBatch, HubChange
from ikrar.store.postgres import copy_line, copy_lines, copy_rows
from ikrar.store.sync_apply import Applied, Entry, SyncDataError
from ikrar.sync import signing
from ikrar.sync.signing import Seal

log = logging.getLogger("ikrar.hub")
_write_lock = threading.RLock()  # re-entrant: `turn` outside, `hub_write` inside
_ADVISORY_KEY = 0x1C4A5  # any constant shared by every hub process on one database
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_INSERT_CHUNK = 200
ERASED = "erased"  # an entry emptied by `ikrar privacy erase` (ikrar.store.privacy): never served


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
def turn() -> Iterator[None]:
    """This process's turn to write; take it before a pooled connection (see the module)."""
    with _write_lock:
        yield


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


_COLUMNS = ("station_id", "station_seq", "table", "row_id", "op", "data", "hlc", "received_at",
            "batch_id", "event_id", "subject")
_VIA_ATTENDANCE = {"signature", "certificate"}


def _hex_or_none(value: object) -> str | None:
    return norm(value) if value else None


def _scopes(entries: Sequence[Entry]) -> list[tuple[str | None, str | None]]:
    """(event id, employee id) each entry belongs to, for pulling by event (after applying)."""
    attendances = {_hex_or_none(e.data.get("attendance_id")) for e in entries
                   if e.table in _VIA_ATTENDANCE}
    certificates = {_hex_or_none(e.data.get("certificate_id")) for e in entries
                    if e.table == "certificate_print"}
    by_certificate: dict[str | None, str | None] = {}
    if certificates - {None}:
        for cert, attendance in sync_apply._select_in(
                'SELECT "id", "attendance_id" FROM "certificate" WHERE "id" IN ({})',
                certificates - {None}):
            by_certificate[norm(cert)] = norm(attendance)
            attendances.add(norm(attendance))
    events: dict[str | None, str | None] = {}
    if attendances - {None}:
        for attendance, event in sync_apply._select_in(
                'SELECT "id", "event_id" FROM "attendance" WHERE "id" IN ({})',
                attendances - {None}):
            events[norm(attendance)] = norm(event)
    out: list[tuple[str | None, str | None]] = []
    for e in entries:
        if e.table == "event":
            out.append((norm(e.row_id), None))
        elif e.table == "employee":
            out.append((None, norm(e.row_id)))
        elif e.table in _VIA_ATTENDANCE:
            out.append((events.get(_hex_or_none(e.data.get("attendance_id"))), None))
        elif e.table == "certificate_print":
            attendance = by_certificate.get(_hex_or_none(e.data.get("certificate_id")))
            out.append((events.get(attendance), None))
        else:  # pledge versions, roster entries, check-ins name their event; stations none
            out.append((_hex_or_none(e.data.get("event_id")), None))
    return out


def _batch(seal: Seal) -> int:
    return HubBatch.insert(station_id=seal.station_id, first_seq=seal.first_seq,
                           digests=seal.digests, signature=seal.signature,
                           certificate=seal.certificate, kind=seal.kind).execute()


def _heads(entries: Sequence[Entry], encoded: Sequence[str]) -> list[str] | None:
    """On PostgreSQL, each entry's log row up to its hlc in COPY's text format, made before
    the write lock is taken (`_record` adds what is known only under it); else None."""
    if not isinstance(db.obj, PostgresqlDatabase):
        return None
    try:
        return [copy_line((e.station_id, e.seq, e.table, e.row_id, e.op, data, e.hlc))
                for e, data in zip(entries, encoded, strict=True)]
    except TypeError:
        return None


def _record(entries: Sequence[Entry], batch_id: int | None,
            encoded: Sequence[str] | None = None, heads: Sequence[str] | None = None) -> None:
    # Plain multi-row INSERTs: a batch of 1,000 entries is written in a few statements
    # (PostgreSQL: one COPY).
    # `encoded`: each entry's data as JSON text, made before the write lock was taken;
    # `heads`: their rows' first columns, ready for COPY (`_heads`).
    now = HubChange.received_at.db_value(utcnow())
    if heads is not None and isinstance(db.obj, PostgresqlDatabase):
        copy_lines(db, "hub_change", _COLUMNS, [
            f"{head}\t{copy_line((now, batch_id, *scope))}"
            for head, scope in zip(heads, _scopes(entries), strict=True)])
        return
    if encoded is None:
        encoded = [_ENCODE(e.data) for e in entries]
    rows = [(e.station_id, e.seq, e.table, e.row_id, e.op, data, e.hlc, now, batch_id, *scope)
            for e, data, scope in zip(entries, encoded, _scopes(entries), strict=True)]
    if isinstance(db.obj, PostgresqlDatabase) and copy_rows(db, "hub_change", _COLUMNS, rows):
        return
    one = "(" + ", ".join([db.param] * len(_COLUMNS)) + ")"
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    for start in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[start:start + _INSERT_CHUNK]
        db.execute_sql(f'INSERT INTO "hub_change" ({columns}) VALUES '
                       + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])


@dataclass(eq=False)
class _Push:
    """One station's batch, checked and encoded, waiting for (or done by) a group write."""

    station_id: str
    entries: Sequence[Entry]
    seal: Seal
    checked: list[dict | SyncDataError]
    encoded: list[str]
    heads: list[str] | None = None  # PostgreSQL: their log rows' first columns (`_heads`)
    done: bool = False
    result: tuple[int, int, Applied] | None = None
    error: Exception | None = None


_queue: deque[_Push] = deque()  # pushes waiting for the write lock, in arrival order
_queue_lock = threading.Lock()
GROUP_ENTRIES = 20_000  # at most this many entries written by one group transaction


def _prepared(station_id: str, entries: Sequence[Entry], seal: Seal,
              encoded: Sequence[str] | None) -> _Push:
    """Everything that reads no table: each entry's check and its JSON text for the log
    (`encoded`: those texts, when the caller made them while checking the seal)."""
    for entry in entries:
        if entry.station_id != station_id:
            raise SyncDataError("sync.data_invalid",
                                f"entry {entry.seq} names station {entry.station_id}, "
                                f"not {station_id}.",
                                where=f"entry {entry.seq}",
                                detail=f"names station {entry.station_id}")
    if encoded is None or len(encoded) != len(entries):
        encoded = [_ENCODE(entry.data) for entry in entries]
    now = local().clock.wall_now()
    return _Push(station_id, entries, seal, [_checked(entry, now) for entry in entries],
                 list(encoded), _heads(entries, encoded))


def receive(station_id: str, entries: Sequence[Entry], seal: Seal,
            encoded: Sequence[str] | None = None) -> tuple[int, int, Applied]:
    """Record and apply one station's signed entries in one transaction: (acked, new, applied).

    The entries carry their checked signer (`ikrar.sync.signing.check_batch`); the seal is kept
    so stations pulling them can check them too. Everything that reads no table (each entry's
    check, its JSON text for the log) is done before the write lock is taken; only the entries
    not held yet are then applied, and a check's refusal counts only for those, as before.
    `encoded`: each entry's data as JSON text (`signing.log_text`), if the caller has them.
    """
    push = _prepared(station_id, entries, seal, encoded)
    with hub_write():
        return _write(push)


def receive_grouped(station_id: str, entries: Sequence[Entry], seal: Seal,
                    encoded: Sequence[str] | None = None) -> tuple[int, int, Applied]:
    """`receive` for the hub's push endpoint: called without a connection (it takes one).

    Group commit: the push joins a queue, and whichever thread gets the write lock writes
    every push queued by then in one transaction: applied together when they all pass
    (`_together`), else each in its own savepoint, so each is still accepted or refused on its
    own (a refused push rolls back only its savepoint). Pushes that queued meanwhile never hold
    a connection, and one commit (one flush to disk, one advisory lock) serves them all. Hub
    sequence numbers are given under the same locks as before, each push's entries in a run.
    """
    with collection.paused():  # the pushes' parsed bodies make no cycles to collect
        push = _prepared(station_id, entries, seal, encoded)
        with _queue_lock:
            _queue.append(push)
        while not push.done:
            with turn():
                if not push.done:
                    _lead(push)
    if push.error is not None:
        raise push.error
    assert push.result is not None
    return push.result


def _lead(mine: _Push) -> None:
    """Write the queued pushes (`mine` among them, unless the group is full before it).

    A data refusal (IkrarError) is that push's answer alone. Any other failure inside a push
    (the database, a bug) fails the transaction: that push gets the error and the others go
    back to the head of the queue, to be written again in a fresh transaction. A failure no
    push can be blamed for (no connection, the commit) is every grouped push's answer.
    """
    group: list[_Push] = []
    culprit: _Push | None = None
    total = 0
    try:
        with db.connection_context(), hub_write():
            began = time.perf_counter()
            with _queue_lock:  # taken once the locks are held: the longest wait, the most
                while _queue and (not group or total + len(_queue[0].entries) <= GROUP_ENTRIES):
                    group.append(_queue.popleft())
                    total += len(group[-1].entries)
            # Each station's pushes in the order of their entries: a station with two batches
            # on their way (`sync.push`) may have had the later one checked first.
            group.sort(key=lambda p: (p.station_id, p.entries[0].seq if p.entries else 0))
            if not _together(group):
                for push in group:
                    culprit = push
                    try:
                        with db.atomic():  # a savepoint
                            push.result = _write(push)
                    except IkrarError as exc:
                        push.error = exc
                culprit = None
    except BaseException as exc:  # every push taken gets an answer, whatever happened
        if culprit is not None:
            others = [p for p in group if p is not culprit]
            for push in others:
                push.result = push.error = None
            with _queue_lock:
                _queue.extendleft(reversed(others))
            group = [culprit]
        elif not group:  # nothing was taken from the queue: only this thread's push fails
            with _queue_lock:
                if mine in _queue:
                    _queue.remove(mine)
            group = [mine]
        for push in group:
            push.result, push.error = None, exc
        if not isinstance(exc, Exception):
            for push in group:
                push.done = True
            raise
    else:
        log.info("group write", extra={"fields": {
            "pushes": len(group), "entries": total,
            "ms": round((time.perf_counter() - began) * 1000, 1)}})
    for push in group:
        push.done = True


def _together(group: list[_Push]) -> bool:
    """Write a group of several stations' pushes as one batch: one look-up of what is held,
    one `apply` of every new entry, each push's log rows in turn. False (nothing kept, no
    answer given) when that cannot be: a station twice in the group, or a failure inside
    `apply` (a push the rules refuse, or worse: then each push is written on its own, in its
    own savepoint, for its own answer)."""
    stations = {push.station_id for push in group}
    if len(group) < 2 or len(stations) < len(group):
        return False
    held = dict(HubChange.select(HubChange.station_id, fn.MAX(HubChange.station_seq))
                .where(HubChange.station_id.in_(sorted(stations)))
                .group_by(HubChange.station_id).tuples())
    ready: list[tuple[_Push, list[int]]] = []
    for push in group:
        try:
            ready.append((push, _fresh(push, held.get(push.station_id) or 0)))
        except IkrarError as exc:
            push.error = exc
    try:
        with db.atomic():  # a savepoint: a refusal inside `apply` rolls back only this
            applied = sync_apply.apply(
                [push.entries[i] for push, fresh in ready for i in fresh],
                checked=[(push.entries[i], push.checked[i]) for push, fresh in ready
                         for i in fresh])
            for push, fresh in ready:
                new = [push.entries[i] for i in fresh]
                if new:
                    _log(push, fresh, new)
                written = applied.by_station.get(push.station_id, 0)
                push.result = (new[-1].seq if new else held.get(push.station_id) or 0,
                               len(new), Applied(written=written, unchanged=len(new) - written))
    except Exception:  # noqa: BLE001 - each push on its own then finds which one, if any
        for push in group:
            push.result = push.error = None
        return False
    return True


def _fresh(push: _Push, held: int) -> list[int]:
    """The indexes of the push's entries the hub does not hold yet (their sequence and their
    checks refused here, without a look at any table)."""
    station_id, entries = push.station_id, push.entries
    fresh = [i for i, e in enumerate(entries) if e.seq > held]
    for expected, i in enumerate(fresh, held + 1):
        entry = entries[i]
        if entry.seq != expected:
            raise GapError(station_id, held, entry.seq) if expected == held + 1 else \
                SyncDataError("sync.data_invalid",
                              f"entries of station {station_id} must follow one another; "
                              f"{entry.seq} came where {expected} was due.",
                              where=f"entry {entry.seq}", detail=f"expected {expected}")
    for i in fresh:
        if isinstance(push.checked[i], SyncDataError):
            raise push.checked[i]
    return fresh


def _write(push: _Push) -> tuple[int, int, Applied]:
    """Inside the write transaction: check the sequence, apply and log the new entries."""
    entries, checked = push.entries, push.checked
    held = acked(push.station_id)
    fresh = _fresh(push, held)
    new = [entries[i] for i in fresh]
    applied = sync_apply.apply(new, checked=[(entries[i], checked[i]) for i in fresh])
    if new:
        _log(push, fresh, new)
    held = new[-1].seq if new else held
    return held, len(new), applied


def _log(push: _Push, fresh: list[int], new: list[Entry]) -> None:
    """The push's new entries (at indexes `fresh`) into the log, under its seal."""
    _record(new, _batch(push.seal), [push.encoded[i] for i in fresh],
            push.heads and [push.heads[i] for i in fresh])


def _checked(entry: Entry, now_ms: int) -> dict | SyncDataError:
    try:
        return sync_apply.check(entry, now_ms)
    except SyncDataError as exc:
        return exc


def local_pending() -> bool:
    """Whether the hub's own outbox holds writes its log does not (no lock: a cheap look)."""
    newest = Change.select(fn.MAX(Change.seq)).scalar() or 0
    return newest > acked(local().station_id)


def absorb_local(agency: SigningKey) -> int:
    """Put the hub's own writes (events, roster imports on the hub) into the log.

    The administrator's rows are signed with the agency key the hub holds; the hub's own
    check-ins, signatures and certificates (it may serve as a desk or a clerk too) with its
    station key, as every station's are.
    """
    me = local().station_id
    with hub_write():
        after = acked(me)
        rows = list(Change.select().where(Change.seq > after).order_by(Change.seq))
        entries = [Entry(me, c.seq, c.table, c.row_id, c.op,
                         c.data if isinstance(c.data, dict) else json.loads(c.data), c.hlc)
                   for c in rows]
        runs: list[list[Entry]] = []
        for entry in entries:
            own = _own(entry)
            if not runs or len(runs[-1]) >= 2000 or _own(runs[-1][0]) != own:
                runs.append([])
            runs[-1].append(entry)
        for run in runs:
            if _own(run[0]):
                seal = signing.seal(run, *_hub_station_key(agency))
            else:
                seal = signing.seal(run, agency, None)
            _record(run, _batch(seal))
    return len(rows)


def _own(entry: Entry) -> bool:
    """Signed with the hub's station key; a retention purge is the administrator's (agency)."""
    return entry.table in STATION_TABLES and entry.op != "purge"


def _hub_station_key(agency: SigningKey) -> tuple[SigningKey, str]:
    """The hub's station key and its certificate (issued here, with the agency key, if none)."""
    try:
        certificate = keystore.station_certificate()
    except KeyFileError:
        certificate = keystore.certify_local_station(agency)
    return keystore.station_key(), certificate.to_text()


def attest_legacy(agency: SigningKey) -> int:
    """Sign, with the agency key, the log's entries received before batches were signed.

    Run when the hub starts, once (the first start after the upgrade): the hub vouches for what
    it held then (runs of one station's consecutive entries, kind "legacy") and works out each
    entry's event. Entries without a batch that appear later stay unsigned and are refused.
    """
    count = 0
    if settings.get("hub_legacy_attested"):
        return 0
    with hub_write():
        settings.put("hub_legacy_attested", True)
        rows = list(HubChange.select().where(HubChange.batch_id.is_null())
                    .order_by(HubChange.station_id, HubChange.station_seq))
        runs: list[list[HubChange]] = []
        for row in rows:
            last = runs[-1][-1] if runs else None
            if last is None or last.station_id != row.station_id or \
                    last.station_seq + 1 != row.station_seq or len(runs[-1]) >= 2000:
                runs.append([])
            runs[-1].append(row)
        for run in runs:
            entries = [Entry(r.station_id, r.station_seq, r.table, r.row_id, r.op,
                             json.loads(r.data), r.hlc) for r in run]
            batch = _batch(signing.seal(entries, agency, None, LEGACY))
            for r, (event, subject) in zip(run, _scopes(entries), strict=True):
                HubChange.update(batch_id=batch, event_id=event, subject=subject).where(
                    HubChange.seq == r.seq).execute()
            count += len(run)
    return count
