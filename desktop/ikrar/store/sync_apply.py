"""Applying changes written elsewhere: the only writer of synced rows besides the outbox.

The rules (docs/design.md, "Sync"), the same on every station and the hub, so all converge:
- a row is written when the incoming clock time is newer than the one held (last writer wins;
  the clock's station id breaks ties); an older or already-held write changes nothing;
- every check-in is kept; of one person's check-ins at one event, the earliest by (clock time,
  station id) is primary, the others its duplicates: computed here, never taken from the sender;
- nothing is deleted (a purge strips a signature's biometrics only, `store.purge_sync`); a person
  sent under another id than the one held for their NIP becomes an alias of the row held; one
  event's roster keeps one entry per person, the one with the smaller id.
No outbox entry is written here: these rows are someone else's writes. What an entry is and the
check of its values: `store.sync_checks`."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import PostgresqlDatabase

from ikrar.core.hlc import Timestamp
from ikrar.store import name_index, purge_sync, settings
from ikrar.store.authorship import AUTHOR_COLUMN, SyncDataError, authorise, own_check_in
from ikrar.store.authorship import hex_id as _hex
from ikrar.store.db import db, local
from ikrar.store.models import SyncAlias
from ikrar.store.postgres import copy_rows, fetch_text_ids
from ikrar.store.sync_checks import (  # noqa: F401 - Entry, OPS, TABLES, check: callers import them from here
    EMPLOYEE_REFS,
    OPS,
    TABLES,
    Entry,
    check,
)

_CHUNK = 500  # ids per IN (...) look-up
_MAX_PARAMS = 2000  # per multi-row INSERT


@dataclass
class Applied:
    written: int = 0
    unchanged: int = 0  # older than, or the same as, what is held
    # rows written per entry's station (the hub answers each push of a group write its own)
    by_station: dict[str, int] = dataclasses.field(default_factory=dict)

    def __iadd__(self, other: Applied) -> Applied:
        self.written += other.written
        self.unchanged += other.unchanged
        for station, count in other.by_station.items():
            self.by_station[station] = self.by_station.get(station, 0) + count
        return self


def _select_in(sql: str, ids: Iterable[Any], extra: Sequence[Any] = ()) -> list[tuple]:
    """Rows of `sql` (with one `IN ({})`) for every chunk of `ids` (ids read: text or UUID)."""
    ids = list(ids)
    rows: list[tuple] = []
    pg = isinstance(db.obj, PostgresqlDatabase)  # there ids come back as text, not uuid.UUID
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join([db.param] * len(chunk))
        if pg:
            rows += fetch_text_ids(db, sql.format(marks), [*extra, *chunk])
        else:
            rows += db.execute_sql(sql.format(marks), [*extra, *chunk]).fetchall()
    return rows


class _Batch:
    """The state of one batch while it is applied: clocks held, natural keys, groups."""

    def __init__(self, prepared: list[tuple[Entry, dict[str, Any]]]) -> None:
        self.aliases = dict(SyncAlias.select(SyncAlias.alias_id, SyncAlias.canonical_id).tuples())
        self.held: dict[str, dict[str, str]] = defaultdict(dict)
        by_table: dict[str, set[str]] = defaultdict(set)
        employees: set[str] = set()
        nips: set[str] = set()
        for entry, values in prepared:
            by_table[entry.table].add(self.canonical(entry.table, values["id"]))
            for column in EMPLOYEE_REFS[entry.table]:
                if values.get(column):
                    employees.add(self.aliases.get(values[column], values[column]))
            if entry.table == "employee" and values.get("nip"):
                nips.add(values["nip"])
        self.authors: dict[str, dict[str, Any]] = defaultdict(dict)
        # Who wrote the check-ins that incoming signatures belong to (a signature is its
        # check-in's station's own, so no station can take another's signature place); read
        # in the same query as the batch's own check-ins: one round trip less under the lock.
        signed = {values.get("attendance_id") for entry, values in prepared
                  if entry.table == "signature"} - {None}
        if signed:
            by_table.setdefault("attendance", set())
        for table, ids in by_table.items():
            author = AUTHOR_COLUMN.get(table, "id")
            wanted = ids | signed if table == "attendance" else ids
            for row_id, hlc, by in _select_in(
                    f'SELECT "id", "hlc", "{author}" FROM "{table}" WHERE "id" IN ({{}})', wanted):
                if table != "attendance" or _hex(row_id) in ids:
                    self.held[table][_hex(row_id)] = hlc
                self.authors[table][_hex(row_id)] = by
        self.nips = {nip: _hex(row_id) for row_id, nip in _select_in(
            'SELECT "id", "nip" FROM "employee" WHERE "nip" IN ({})', nips)}
        self.roster: dict[tuple[str, str], str] = {}
        self.groups: dict[tuple[str, str], int] = defaultdict(int)
        self.fetched: set[str] = set()
        self.fetch_people(employees)
        self.recompute: set[tuple[str, str]] = set()

    def canonical(self, table: str, row_id: str) -> str:
        return self.aliases.get(row_id, row_id) if table == "employee" else row_id

    def fetch_people(self, employees: Iterable[str]) -> None:
        """Roster entries and check-ins held for these people (by event)."""
        employees = [e for e in employees if e not in self.fetched]
        self.fetched.update(employees)
        for row_id, event, employee in _select_in(
                'SELECT "id", "event_id", "employee_id" FROM "roster_entry" '
                'WHERE "employee_id" IN ({})', employees):
            self.roster[(_hex(event), _hex(employee))] = _hex(row_id)
        for event, employee in _select_in(
                'SELECT "event_id", "employee_id" FROM "attendance" WHERE "employee_id" IN ({})',
                employees):
            self.groups[(_hex(event), _hex(employee))] += 1


class _Writes:
    """Statements in entry order; consecutive inserts into one table share a multi-row INSERT
    (PostgreSQL: one COPY)."""

    def __init__(self) -> None:
        self.table: str | None = None
        self.columns: tuple[str, ...] = ()
        self.rows: list[list[Any]] = []

    def insert(self, table: str, values: dict[str, Any]) -> None:
        columns = tuple(values)
        if (table, columns) != (self.table, self.columns):
            self.flush()
            self.table, self.columns = table, columns
        self.rows.append(list(values.values()))

    def update(self, table: str, row_id: str, values: dict[str, Any], *, new_id: bool = False
               ) -> None:
        self.flush()
        if table == "employee" and "search_key" in values:
            name_index.note_changed([row_id])  # its name is read again before the next search
        sets = [column for column in values if new_id or column != "id"]
        assignments = ", ".join(f'"{column}" = {db.param}' for column in sets)
        db.execute_sql(f'UPDATE "{table}" SET {assignments} WHERE "id" = {db.param}',
                       [*(values[c] for c in sets), row_id])

    def flush(self) -> None:
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        if len(rows) > 1 and isinstance(db.obj, PostgresqlDatabase) and \
                copy_rows(db, self.table, self.columns, rows):
            return
        quoted = ", ".join(f'"{c}"' for c in self.columns)
        one = "(" + ", ".join([db.param] * len(self.columns)) + ")"
        per = max(1, _MAX_PARAMS // len(self.columns))
        for start in range(0, len(rows), per):
            chunk = rows[start:start + per]
            db.execute_sql(f'INSERT INTO "{self.table}" ({quoted}) VALUES '
                           + ", ".join([one] * len(chunk)),
                           [value for row in chunk for value in row])


def apply(entries: Sequence[Entry], *, skip_station: str | None = None,
          checked: list[tuple[Entry, dict[str, Any]]] | None = None) -> Applied:
    """Apply entries (in the order they were written) inside the caller's transaction.

    Raises SyncDataError for an entry that is malformed or does not fit; the caller's
    transaction then writes nothing of the batch. `checked`: these entries (but `skip_station`'s)
    with what `check` made of them, done by the hub before it took its write lock.
    """
    prepared = purge_sync.unforgotten(checked if checked is not None else [
        (entry, check(entry)) for entry in entries if entry.station_id != skip_station])
    result = Applied(unchanged=len(entries) - len(prepared))
    if not prepared:
        return result
    with db.atomic():
        batch = _Batch(prepared)
        writes = _Writes()
        newest = ""
        for entry, values in prepared:
            try:
                wrote = _apply_one(batch, writes, entry, values)
            except SyncDataError:
                raise
            except Exception as exc:  # a constraint the entry breaks: name it, refuse the batch
                raise SyncDataError("sync.data_invalid",
                                    f"entry {entry.seq} ({entry.table}) from station "
                                    f"{entry.station_id} does not fit: {exc}",
                                    where=f"entry {entry.seq}", detail=exc) from exc
            if wrote:
                result.written += 1
                result.by_station[entry.station_id] = \
                    result.by_station.get(entry.station_id, 0) + 1
            else:
                result.unchanged += 1
            newest = max(newest, entry.hlc)
        try:
            writes.flush()
        except Exception as exc:
            raise SyncDataError("sync.data_invalid", f"a row of this batch does not fit: {exc}",
                                where="batch", detail=exc) from exc
        _recompute_primaries(batch.recompute)
        if newest:
            _saw(newest)
    return result


def _apply_one(batch: _Batch, writes: _Writes, entry: Entry, values: dict[str, Any]) -> bool:
    table = entry.table
    for column in EMPLOYEE_REFS[table]:
        if values.get(column) in batch.aliases:
            values[column] = batch.aliases[values[column]]
    row_id = values["id"] = batch.canonical(table, values["id"])
    held = batch.held[table]
    current = held.get(row_id)
    if entry.op == purge_sync.PURGE:  # strips what is held; checks its own author rule
        writes.flush()
        return purge_sync.apply_purge(entry, values, held, batch.authors[table].get(row_id))
    authorise(f"entry {entry.seq} ({table})", entry.station_id, entry.signer, table, values,
              batch.authors[table].get(row_id), current is not None)
    column = AUTHOR_COLUMN.get(table)
    if column:
        batch.authors[table][row_id] = values.get(column)
    if table == "signature":
        own_check_in(f"entry {entry.seq} (signature)", entry.station_id,
                     batch.authors["attendance"].get(values.get("attendance_id")))
        purge_sync.check_strokes(f"entry {entry.seq} (signature)", values)
    if current is not None:
        if current >= entry.hlc:
            return False
        writes.update(table, row_id, values)
        held[row_id] = entry.hlc
        return True
    if table == "employee" and not _new_employee(batch, values):
        return False
    if table == "roster_entry":
        return _roster_entry(batch, writes, values)
    if table == "attendance":
        key = (values["event_id"], values["employee_id"])
        if key[1] not in batch.fetched:  # read with the batch's own, mostly
            batch.fetch_people([key[1]])
        first = batch.groups[key] == 0
        batch.groups[key] += 1
        values["is_primary"], values["duplicate_of_id"] = first, None
        if not first:
            batch.recompute.add(key)
    writes.insert(table, values)
    held[row_id] = entry.hlc
    return True


def _new_employee(batch: _Batch, values: dict[str, Any]) -> bool:
    """False when another row already holds this NIP: the incoming id becomes its alias."""
    nip, row_id = values.get("nip"), values["id"]
    holder = batch.nips.get(nip)
    if holder is None or holder == row_id:
        batch.nips[nip] = row_id
        return True
    SyncAlias.insert(alias_id=row_id, table="employee", canonical_id=holder).on_conflict_ignore(
    ).execute()
    batch.aliases[row_id] = holder
    return False


def _roster_entry(batch: _Batch, writes: _Writes, values: dict[str, Any]) -> bool:
    key = (values["event_id"], values["employee_id"])
    if key[1] not in batch.fetched:
        batch.fetch_people([key[1]])
    holder = batch.roster.get(key)
    held = batch.held["roster_entry"]
    if holder is None:
        writes.insert("roster_entry", values)
    elif values["id"] < holder:  # the same place on the roster: the smaller id stays everywhere
        writes.update("roster_entry", holder, values, new_id=True)
        held.pop(holder, None)
    else:
        return False
    batch.roster[key] = values["id"]
    held[values["id"]] = values["hlc"]
    return True


def _recompute_primaries(groups: set[tuple[str, str]]) -> None:
    """The earliest check-in by (clock time, station id) is primary, the others its duplicates."""
    if not groups:
        return
    rows = _select_in(
        'SELECT "id", "event_id", "employee_id", "hlc", "station_id", "is_primary", '
        '"duplicate_of_id" FROM "attendance" WHERE "employee_id" IN ({})',
        {employee for _, employee in groups})
    by_group: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row_id, event, employee, hlc, station, primary, duplicate_of in rows:
        key = (_hex(event), _hex(employee))
        if key in groups:
            by_group[key].append((hlc, _hex(station), _hex(row_id), bool(primary),
                                  _hex(duplicate_of) if duplicate_of else None))
    demote: list[tuple[Any, ...]] = []
    promote: list[tuple[Any, ...]] = []
    for members in by_group.values():
        members.sort()
        first = members[0][2]
        if not members[0][3] or members[0][4] is not None:
            promote.append((True, None, first))
        for _, _, row_id, primary, duplicate_of in members[1:]:
            if primary or duplicate_of != first:
                demote.append((False, first, row_id))
    for rows in (demote, promote):  # demote first: one primary per person and event at a time
        _set_primaries(rows)


def _set_primaries(rows: list[tuple[Any, ...]]) -> None:
    """(is_primary, duplicate_of, id) for each row; on PostgreSQL one statement per chunk (the
    hub writes under its write lock, where every round trip counts), on SQLite one per row."""
    if isinstance(db.obj, PostgresqlDatabase):
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start:start + _CHUNK]
            values = ", ".join(["(%s::boolean, %s::uuid, %s::uuid)"] * len(chunk))
            db.execute_sql('UPDATE "attendance" AS a SET "is_primary" = v.p, '
                           f'"duplicate_of_id" = v.d FROM (VALUES {values}) AS v (p, d, id) '
                           'WHERE a."id" = v.id', [value for row in chunk for value in row])
        return
    sql = (f'UPDATE "attendance" SET "is_primary" = {db.param}, "duplicate_of_id" = {db.param} '
           f'WHERE "id" = {db.param}')
    for params in rows:
        db.execute_sql(sql, params)


def _saw(newest: str) -> None:
    """Move the local clock past what was received, and remember it across restarts."""
    local().clock.update(Timestamp.unpack(newest))
    held = settings.get("sync_clock_seen")
    if not held or newest > held:
        settings.put("sync_clock_seen", newest)

