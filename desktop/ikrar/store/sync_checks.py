"""An incoming change entry, and the check of each of its values before anything is written.

`check` turns an entry's data into the column values to store, or raises SyncDataError naming
the entry, the column and what is wrong. It reads no table: the hub checks a push's entries before
taking its write lock, and a station checks what it pulls before applying it (`store.sync_apply`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
    UUIDField,
)

from ikrar.core.hlc import (
    COUNTER_DIGITS,
    MAX_AHEAD_MS,
    MAX_WALL_MS,
    MIN_WALL_MS,
    WALL_DIGITS,
    ClockError,
    Timestamp,
)
from ikrar.store.authorship import HEX_DIGITS, SyncDataError
from ikrar.store.db import local
from ikrar.store.fields import JSONField, UtcDateTimeField
from ikrar.store.models import SYNCED_MODELS, Employee

OPS = ("insert", "update", "upsert", "purge")  # a purge: ikrar.store.purge_sync
TABLES = {model._meta.table_name: model for model in SYNCED_MODELS}
_DERIVED = {"attendance": ("is_primary", "duplicate_of_id")}  # never taken from the sender


@dataclass(frozen=True, slots=True)
class Entry:
    """One outbox entry: a write of one synced row at one station."""

    station_id: str
    seq: int
    table: str
    row_id: str
    op: str
    data: dict[str, Any]
    hlc: str
    # Who signed the batch carrying it, once checked (ikrar.sync.signing): "station" or
    # "agency"; empty when nothing vouches for it, and then it is refused.
    signer: str = ""

    def to_wire(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "seq": self.seq, "table": self.table,
                "row_id": self.row_id, "op": self.op, "data": self.data, "hlc": self.hlc}


# Checks of column values as stored (what the outbox records), by column type.

_HEX_ID = re.compile(r"[0-9a-f]{32}")
_DASHED_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _id_hex(value: str) -> str:
    """An id's 32 hex digits, as `uuid.UUID(value).hex`; the two usual spellings without it."""
    if len(value) == 32 and _HEX_ID.fullmatch(value):
        return value
    if len(value) == 36 and _DASHED_ID.fullmatch(value):
        return value.replace("-", "")
    return uuid.UUID(value).hex


def _uuid(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be an id (text)")
    return _id_hex(value)


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    raise ValueError("must be true or false")


def _int(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("must be a whole number")
    return value


def _blob(value: Any) -> bytes:
    if not isinstance(value, dict) or set(value) != {"$b64"} or not isinstance(value["$b64"], str):
        raise ValueError('must be binary data as {"$b64": "…"}')
    try:
        return base64.b64decode(value["$b64"], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not valid base64") from None


def _datetime(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a date and time (ISO 8601 text)")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("must carry a time zone")
    return value


def _json(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be JSON text")
    json.loads(value)
    return value


@dataclass(frozen=True)
class _Text:
    """The check of a text column, with its length limit (None: any length)."""

    limit: int | None

    def __call__(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("must be text")
        if self.limit and len(value) > self.limit:
            raise ValueError(f"is longer than {self.limit} characters")
        return value


def _checker(field: Field) -> Callable[[Any], Any]:
    if isinstance(field, ForeignKeyField):
        return _checker(field.rel_field)
    if isinstance(field, UUIDField):
        return _uuid
    if isinstance(field, BooleanField):
        return _bool
    if isinstance(field, IntegerField):
        return _int
    if isinstance(field, BlobField):
        return _blob
    if isinstance(field, UtcDateTimeField):
        return _datetime
    if isinstance(field, JSONField):
        return _json
    if isinstance(field, CharField):
        return _Text(field.max_length)
    if isinstance(field, TextField):
        return _Text(None)
    raise TypeError(f"no sync check for {type(field).__name__}")


_TEXT, _ID, _OTHER = "text", "id", "other"  # which check a column gets, for `check`'s loop
_STAMP_HEAD = WALL_DIGITS + COUNTER_DIGITS  # hex digits before a clock time's "-node"


def _column(field: Field) -> tuple[Field, Callable[[Any], Any], str, int | None]:
    """A column's field, its check, that check's kind and (text) its length limit."""
    convert = _checker(field)
    if isinstance(convert, _Text):
        return field, convert, _TEXT, convert.limit
    return field, convert, _ID if convert is _uuid else _OTHER, None


_COLUMNS: dict[str, dict[str, tuple[Field, Callable[[Any], Any], str, int | None]]] = {
    table: {f.column_name: _column(f) for f in model._meta.sorted_fields}
    for table, model in TABLES.items()
}
EMPLOYEE_REFS = {
    table: [f.column_name for f in model._meta.sorted_fields
            if isinstance(f, ForeignKeyField) and f.rel_model is Employee]
    for table, model in TABLES.items()
}


def _where(entry: Entry) -> str:
    return f"entry {entry.seq} ({entry.table})"


def _refused(entry: Entry, what: str, **params: Any) -> SyncDataError:
    """The entry refused as invalid: `what` is wrong with it (its place named before it)."""
    where = _where(entry)
    return SyncDataError("sync.data_invalid", f"{where}: {what}", where=where, **params)


def _stamp(text: str) -> tuple[int, str]:
    """(wall ms, node) of a clock time as `Timestamp.unpack(text).check_range()` reads it
    (which raises ClockError for anything this does not read itself)."""
    if type(text) is str:
        head, sep, node = text.partition("-")
        if sep and node and len(head) == _STAMP_HEAD and not head.strip(HEX_DIGITS):
            wall = int(head[:WALL_DIGITS], 16)
            if MIN_WALL_MS <= wall <= MAX_WALL_MS:
                return wall, node
    stamp = Timestamp.unpack(text).check_range()
    return stamp.wall_ms, stamp.node


def check(entry: Entry, now_ms: int | None = None) -> dict[str, Any]:
    """The entry's columns as parameters to store; SyncDataError naming what is wrong.

    `now_ms`: this node's clock (`wall_now`), read once for a whole batch by the caller."""
    columns = _COLUMNS.get(entry.table)
    if columns is None:
        raise _refused(entry, f"unknown table {entry.table!r}.",
                       detail=f"unknown table {entry.table!r}")
    if entry.op not in OPS:
        raise _refused(entry, f"unknown operation {entry.op!r}; use one of {OPS}.",
                       detail=f"unknown operation {entry.op!r}")
    try:
        wall_ms, node = _stamp(entry.hlc)
    except ClockError as exc:
        raise _refused(entry, f"{exc}.", detail=exc) from None
    ahead = wall_ms - (local().clock.wall_now() if now_ms is None else now_ms)
    if ahead > MAX_AHEAD_MS:
        where = _where(entry)
        raise SyncDataError("sync.clock_ahead",
                            f"{where}: its clock time is {ahead // 60000} minutes ahead of this "
                            "node's clock; the station that wrote it must set its clock right.",
                            where=where, minutes=ahead // 60000)
    if node != entry.station_id:
        raise _refused(entry, f"its clock time was not written by station {entry.station_id}.",
                       detail="clock time not written by its station")
    try:
        row_id = _id_hex(entry.row_id)
    except (ValueError, AttributeError, TypeError):
        raise _refused(entry, f"row id {entry.row_id!r} is not an id.",
                       detail=f"row id {entry.row_id!r}") from None
    if not isinstance(entry.data, dict):
        raise _refused(entry, "data must be an object of column values.",
                       detail="data is not an object")
    if entry.data.get("hlc") != entry.hlc:
        raise _refused(entry, "the row's clock time differs from the entry's.",
                       detail="clock time differs")
    values: dict[str, Any] = {}
    derived = _DERIVED.get(entry.table, ())
    for column, value in entry.data.items():
        if column in derived:
            continue
        known = columns.get(column)
        if known is None:
            raise _refused(entry, f"unknown column {column!r}.",
                           detail=f"unknown column {column!r}")
        field, convert, kind, limit = known
        if value is None:
            if not field.null:
                raise _refused(entry, f"column {column!r} must not be empty.",
                               detail=f"empty column {column!r}")
            values[column] = None
            continue
        # The two commonest checks inline when they pass (as `convert` would pass them);
        # anything else, and every refusal, goes through `convert`.
        if kind is _TEXT:
            if isinstance(value, str) and (not limit or len(value) <= limit):
                values[column] = value
                continue
        elif kind is _ID and type(value) is str and len(value) == 32 and \
                not value.strip(HEX_DIGITS):
            values[column] = value
            continue
        try:
            values[column] = convert(value)
        except (ValueError, TypeError) as exc:
            raise _refused(entry, f"column {column!r} {exc}.",
                           detail=f"column {column!r} {exc}") from None
    if values.setdefault("id", row_id) != row_id:
        raise _refused(entry, "the row's id differs from the entry's row id.",
                       detail="row id differs")
    return values
