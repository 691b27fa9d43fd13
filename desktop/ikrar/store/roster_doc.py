"""The roster as the administrator's document: versions of one event's roster, and applying them.

An import on the administrator's data folder (the hub's) writes its employees and roster
entries straight into their tables and records one roster version for the event: the
difference from the version before (the people it put on the roster or changed, with their
rows, and their roster entries). It writes no change entry per row: the hub signs the version
with the agency key (`ikrar.sync.roster_doc`) and a station pulls it as one document, a
snapshot of the whole roster when it holds none, then each difference in turn. This module is
the database side of that: the bodies, the versions kept, the version each station holds, and
applying a verified body inside the caller's transaction.

A body is zlib-compressed JSON: a header naming the event, the version, the version it follows
("base", 0 for a snapshot) and its kind, then the employees and the roster entries as lists of
column values, each row with the clock time of its write, so an older document never undoes a
newer change that came row by row (an employee edited later, a walk-in).
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from typing import Any

from peewee import AutoField, BlobField, CharField, IntegerField, SqliteDatabase

from ikrar.core.hlc import Timestamp
from ikrar.store import name_index, settings
from ikrar.store.db import db, local
from ikrar.store.fields import UtcDateTimeField, utcnow
from ikrar.store.models import BaseModel, Employee, SyncAlias

FORMAT = "ikrar-roster/1"
SNAPSHOT, DIFF = "snapshot", "diff"
EMPLOYEE_COLUMNS = ("id", "hlc", "created_at", "nip", "name", "front_title", "back_title",
                    "status", "rank", "grade", "position", "unit", "agency", "search_key",
                    "is_walk_in", "author_id")
ROSTER_COLUMNS = ("id", "employee_id", "hlc", "created_at", "author_id")
_HEXES = re.compile(r"[0-9a-f]*")
_CHUNK = 500
AHEAD_MS = 5 * 60 * 1000  # as for rows received one by one (sync_apply)
_LEVEL = 1  # zlib: a 100,000-person roster in a fraction of a second, still ~4× smaller


class RosterVersion(BaseModel):
    """One published version of an event's roster (on the administrator's data folder / hub).

    Differences are kept for every version; one snapshot per event (the newest made) is kept
    too. An import records only its clock time (`stamp`, the `hlc` of every row it wrote): the
    body is made from the rows (`materialise`), and signed, when it is published
    (`ikrar.sync.roster_doc.publish`), so an import writes its rows and nothing else per row.
    """

    id = AutoField()
    event_id = CharField(max_length=32)  # indexed first of (event_id, kind, version)
    version = IntegerField()
    base = IntegerField()
    kind = CharField(max_length=8)
    stamp = CharField(null=True)
    body = BlobField(null=True)
    sha256 = BlobField(null=True)
    signature = BlobField(null=True)
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        table_name = "roster_version"
        indexes = ((("event_id", "kind", "version"), True),)


class RosterHeld(BaseModel):
    """The version of each event's roster this station holds (0 or no row: none)."""

    event_id = CharField(max_length=32, primary_key=True)
    version = IntegerField()
    sha256 = BlobField()

    class Meta:
        table_name = "roster_held"


MODELS = (RosterVersion, RosterHeld)


class RosterDocError(Exception):
    """A roster document that cannot be applied here; the caller refuses it whole."""


def create(database: Any) -> None:
    """The tables (the schema step `_v5_roster`)."""
    database.create_tables(MODELS, safe=True)


def encode(header: dict[str, Any], employees: Sequence[Sequence[Any]],
           entries: Sequence[Sequence[Any]]) -> bytes:
    """A body: rows are kept by column, which a station reads back twice as fast as by row."""
    document = {"format": FORMAT, **header,
                "employees": _columns(EMPLOYEE_COLUMNS, employees),
                "roster": _columns(ROSTER_COLUMNS, entries)}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), _LEVEL)


def _columns(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, list[Any]]:
    return {name: list(map(itemgetter(at), rows)) for at, name in enumerate(names)}


def decode(body: bytes, limit: int = 1 << 30) -> dict[str, Any]:
    """The document in a body; RosterDocError when it is not one (size-limited inflate)."""
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(body, limit)
        if inflater.unconsumed_tail:
            raise RosterDocError("the roster document is larger than any roster can be")
        document = json.loads(text)
    except (zlib.error, ValueError) as exc:
        raise RosterDocError(f"the roster document cannot be read ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT or not all(
            _shaped(document.get(part), names) for part, names in
            (("employees", EMPLOYEE_COLUMNS), ("roster", ROSTER_COLUMNS))):
        raise RosterDocError("the roster document is not in the format Ikrar writes")
    return document


def _shaped(columns: Any, names: Sequence[str]) -> bool:
    return isinstance(columns, dict) and list(columns) == list(names) and all(
        isinstance(c, list) for c in columns.values()) and len(
        {len(c) for c in columns.values()}) == 1


def rows(document: dict[str, Any], part: str) -> list[tuple[Any, ...]]:
    """The employees or roster entries of a decoded document, row by row."""
    return list(zip(*document[part].values(), strict=True))


# --- the administrator's side: recording versions ------------------------------------------


def latest(event_id: str) -> int:
    return RosterVersion.select(RosterVersion.version).where(
        RosterVersion.event_id == event_id).order_by(
        RosterVersion.version.desc()).limit(1).scalar() or 0


def record(event_id: str, stamp: str) -> int:
    """A new version of the event's roster: what the rows written at `stamp` changed."""
    version = latest(event_id) + 1
    RosterVersion.insert(event_id=event_id, version=version, base=version - 1, kind=DIFF,
                         stamp=stamp).execute()
    return version


def materialise(row: RosterVersion) -> bytes:
    """The body of a version: the one kept, or made from the rows its import wrote (not kept:
    it is stored with its signature, `ikrar.sync.roster_doc.publish`)."""
    if row.body is not None:
        return bytes(row.body)
    return diff_body(row.event_id, row.version, row.stamp)


@contextmanager
def consistent_read() -> Iterator[None]:
    """One read transaction: every read inside sees the database as of the first, and takes no
    write lock (SQLite in WAL: a deferred transaction's read snapshot; PostgreSQL: REPEATABLE
    READ, READ ONLY). Inside a caller's transaction, that transaction's view is used."""
    if db.in_transaction():
        yield
    elif isinstance(db.obj, SqliteDatabase):
        with db.atomic(lock_type="DEFERRED"):
            yield
    else:
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield


def diff_body(event_id: str, version: int, stamp: str) -> bytes:
    """The difference an import made: its roster entries, and the people they name or it
    changed, each row as it stands now (a later change to it came with a newer clock time)."""
    return _body(event_id, version, version - 1, DIFF,
                 'r."hlc" = {p} OR e."hlc" = {p}', 'AND "hlc" = {p}', (stamp,))


def snapshot_body(event_id: str, version: int) -> bytes:
    """The whole roster of an event as it stands, as the body of a snapshot at `version`."""
    return _body(event_id, version, 0, SNAPSHOT, "1 = 1", "", ())


def _body(event_id: str, version: int, base: int, kind: str, people: str, entries_where: str,
          params: tuple) -> bytes:
    p = db.param
    columns = ", ".join(f'e."{c}"' for c in EMPLOYEE_COLUMNS)
    employees = [list(row) for row in db.execute_sql(
        f'SELECT {columns} FROM "employee" e JOIN "roster_entry" r ON r."employee_id" = e."id" '
        f'WHERE r."event_id" = {p} AND ({people.format(p=p)}) ORDER BY e."id"',
        (event_id, *params * people.count("{p}")))]
    roster = ", ".join(f'"{c}"' for c in ROSTER_COLUMNS)
    entries = [list(row) for row in db.execute_sql(
        f'SELECT {roster} FROM "roster_entry" WHERE "event_id" = {p} '
        f'{entries_where.format(p=p)} ORDER BY "id"', (event_id, *params))]
    for row in employees:  # PostgreSQL hands back its own types
        row[0] = _text(row[0])
        row[2], row[14] = _text(row[2]), bool(row[14])
    for row in entries:
        row[0], row[1], row[3] = _text(row[0]), _text(row[1]), _text(row[3])
    return encode({"event_id": event_id, "version": version, "base": base, "kind": kind},
                  employees, entries)


def _text(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return getattr(value, "hex", None) or str(value)


# --- a station's side: applying a verified version ------------------------------------------


def held(event_id: str) -> tuple[int, bytes]:
    row = RosterHeld.get_or_none(RosterHeld.event_id == event_id)
    return (row.version, bytes(row.sha256)) if row else (0, b"")


def follows(event_id: str, version: int, base: int, kind: str) -> str | None:
    """Why this version does not follow from the one held here (None when it does)."""
    have, _ = held(event_id)
    if version <= have:
        return f"it is version {version}, and this station already holds version {have}"
    if kind == DIFF and base != have:
        return (f"it is a difference from version {base}, but this station holds version "
                f"{have}")
    if kind == SNAPSHOT and base != 0:
        return "a snapshot must follow from nothing"
    if kind not in (DIFF, SNAPSHOT):
        return f"its kind {kind!r} is unknown"
    return None


def apply(event_id: str, version: int, base: int, kind: str, body: bytes) -> int:
    """Write a verified version into this station's tables; rows written. RosterDocError if not.

    Runs inside the caller's transaction, so a version is taken whole with what it names.
    """
    why = follows(event_id, version, base, kind)
    if why:
        raise RosterDocError(f"the roster version is refused: {why}")
    document = decode(body)
    if (document.get("event_id"), document.get("version"), document.get("base"),
            document.get("kind")) != (event_id, version, base, kind):
        raise RosterDocError("the roster document's header is not the version it was sent as")
    employees, entries = document["employees"], document["roster"]
    _check(employees, ("id",), ("hlc", "nip", "name", "search_key"), "employee")
    _check(entries, ("id", "employee_id"), ("hlc",), "roster entry")
    newest = max(max(employees["hlc"], default=""), max(entries["hlc"], default=""))
    if newest:
        _check_clock(newest)
    with db.atomic():
        aliases, written = _employees(employees)
        written += _entries(event_id, entries, aliases)
        if newest:
            _saw(newest)
        RosterHeld.insert(event_id=event_id, version=version,
                          sha256=hashlib.sha256(body).digest()).on_conflict_replace().execute()
    return written


def _check(columns: dict[str, list], ids: Sequence[str], texts: Sequence[str], what: str
           ) -> None:
    """Ids are 32 hex digits and the columns that must be text are text (C-speed passes)."""
    for name in ids:
        values = columns[name]
        if not _all_text(values):
            raise RosterDocError(f"a {what}'s {name} in the roster document is malformed")
        joined = "".join(values)
        if len(joined) != 32 * len(values) or not _HEXES.fullmatch(joined):
            raise RosterDocError(f"a {what}'s {name} in the roster document is malformed")
    for name in texts:
        if not _all_text(columns[name]):
            raise RosterDocError(f"a {what}'s {name} in the roster document is not text")


def _all_text(values: list) -> bool:
    """Whether every value is a str (the types gathered in C, not one test per value)."""
    return not values or set(map(type, values)) == {str}


def _check_clock(newest: str) -> Timestamp:
    """The newest clock time of a document, checked as a row's would be (range, not ahead)."""
    try:
        stamp = Timestamp.unpack(newest).check_range()
    except ValueError as exc:
        raise RosterDocError(f"the roster document has an invalid clock time ({exc})") from exc
    if stamp.wall_ms - local().clock.wall_now() > AHEAD_MS:
        raise RosterDocError("the roster document is stamped more than 5 minutes ahead of "
                             "this station's clock")
    return stamp


def _select_in(sql: str, values: Sequence[Any]) -> list[tuple]:
    out: list[tuple] = []
    for start in range(0, len(values), _CHUNK):
        chunk = values[start:start + _CHUNK]
        out += db.execute_sql(sql.format(", ".join([db.param] * len(chunk))), chunk).fetchall()
    return out


def _executemany(sql: str, rows: Iterable[Sequence[Any]]) -> None:
    cursor = db.cursor()
    if isinstance(db.obj, SqliteDatabase):
        cursor.executemany(sql, rows)
    else:
        for row in rows:
            cursor.execute(sql, row)


def _employees(columns: dict[str, list]) -> tuple[dict[str, str], int]:
    """Insert new people, update those whose row here is older; (id → id held, rows written).

    A person held under another id (the same NIP: a walk-in registered here) keeps that id and
    the document's id becomes its alias, as for rows that come one by one.
    """
    quoted = ", ".join(f'"{c}"' for c in EMPLOYEE_COLUMNS)
    marks = ", ".join([db.param] * len(EMPLOYEE_COLUMNS))
    insert = f'INSERT INTO "employee" ({quoted}) VALUES ({marks})'
    if not Employee.select().exists():  # a fresh station: everyone is new, straight in
        _executemany(insert, zip(*columns.values(), strict=True))
        return {}, len(columns["id"])
    by_nip: dict[str, tuple[str, str]] = {}
    for row_id, nip, hlc in _select_in(
            'SELECT "id", "nip", "hlc" FROM "employee" WHERE "nip" IN ({})', columns["nip"]):
        by_nip[nip] = (_text(row_id), hlc)
    aliases: dict[str, str] = {}
    new, changed, renamed, alias_rows = [], [], [], []
    for row in zip(*columns.values(), strict=True):
        holder = by_nip.get(row[3])
        if holder is None:
            new.append(row)
        elif holder[0] != row[0]:
            aliases[row[0]] = holder[0]
            alias_rows.append((row[0], "employee", holder[0]))
        elif holder[1] < row[1]:
            changed.append([*row[1:], row[0]])
            renamed.append(row[0])
    if new:
        _executemany(insert, new)
    if changed:
        sets = ", ".join(f'"{c}" = {db.param}' for c in EMPLOYEE_COLUMNS[1:])
        _executemany(f'UPDATE "employee" SET {sets} WHERE "id" = {db.param}', changed)
        name_index.note_changed(renamed)
    if alias_rows:
        SyncAlias.insert_many(alias_rows, fields=[SyncAlias.alias_id, SyncAlias.table,
                                                  SyncAlias.canonical_id]
                              ).on_conflict_ignore().execute()
    return aliases, len(new) + len(changed)


def _entries(event_id: str, columns: dict[str, list], aliases: dict[str, str]) -> int:
    """Roster entries not held yet; for one person twice, the smaller id stays (as row by row)."""
    held_by = {_text(employee): _text(row_id) for row_id, employee in db.execute_sql(
        f'SELECT "id", "employee_id" FROM "roster_entry" WHERE "event_id" = {db.param}',
        (event_id,))}
    insert = ('INSERT INTO "roster_entry" ("id", "employee_id", "hlc", "created_at", '
              '"author_id", "event_id") VALUES (' + ", ".join([db.param] * 6) + ")")
    known = dict(_select_in('SELECT "alias_id", "canonical_id" FROM "sync_alias" '
                            'WHERE "alias_id" IN ({})', sorted(set(columns["employee_id"])
                                                              - aliases.keys()))
                 ) if held_by or aliases or SyncAlias.select().exists() else {}
    if not held_by and not aliases and not known:  # nothing to compare with: straight in
        _executemany(insert, zip(*columns.values(), repeat(event_id), strict=False))
        return len(columns["id"])
    new, renumbered = [], []
    for row_id, employee, hlc, created_at, author in zip(*columns.values(), strict=True):
        employee = aliases.get(employee) or known.get(employee) or employee
        holder = held_by.get(employee)
        if holder is None:
            new.append((row_id, employee, hlc, created_at, author, event_id))
            held_by[employee] = row_id
        elif row_id < holder:
            renumbered.append((row_id, hlc, holder))
            held_by[employee] = row_id
    if new:
        _executemany(insert, new)
    if renumbered:
        _executemany(f'UPDATE "roster_entry" SET "id" = {db.param}, "hlc" = {db.param} '
                     f'WHERE "id" = {db.param}', renumbered)
    return len(new) + len(renumbered)


def _saw(newest: str) -> None:
    """Move the local clock past the document's, as for rows received one by one."""
    local().clock.update(Timestamp.unpack(newest))
    seen = settings.get("sync_clock_seen")
    if not seen or newest > seen:
        settings.put("sync_clock_seen", newest)
