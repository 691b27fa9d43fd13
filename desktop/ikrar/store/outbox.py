"""The one place that writes synced rows and their outbox entries.

Every insert or update of a synced row goes through here, inside the caller's transaction, so
the row and its `Change` entry are committed together or not at all.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from peewee import CharField, Field, ForeignKeyField, Model, SqliteDatabase, TextField

from ikrar.core.ids import new_id
from ikrar.store import name_index
from ikrar.store.db import db, local
from ikrar.store.models import SyncedModel

M = TypeVar("M", bound=SyncedModel)

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_CHANGE_COLUMNS = '"change" ("table", "row_id", "op", "data", "hlc", "station_id")'


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _is_plain_text(field: Field) -> bool:
    """A column that stores a str exactly as given (so bulk writes may skip `db_value`)."""
    return isinstance(field, CharField | TextField) and type(field).db_value is Field.db_value


def _converter(field: Field) -> Callable[[Any], Any]:
    """Python value → the value the column stores."""
    if isinstance(field, ForeignKeyField):
        return lambda value: field.db_value(value.id if isinstance(value, Model) else value)
    return field.db_value


class _Writer:
    """Stamps rows with the clock and turns them into statement parameters and outbox entries."""

    def __init__(self, model: type[SyncedModel], op: str) -> None:
        here = local()
        self.clock, self.station_id = here.clock, here.station_id
        self.model, self.op = model, op
        self.fields = model._meta.fields
        self.table = model._meta.table_name
        self.converters: dict[str, Callable[[Any], Any]] = {}
        self.plain = {name for name, field in self.fields.items() if _is_plain_text(field)}
        # Batch defaults and foreign keys repeat the same object row after row: convert once.
        self.last: dict[str, tuple[Any, Any]] = {}

    def stamp(self, values: dict[str, Any]) -> tuple[tuple[str, ...], list[Any], tuple[Any, ...]]:
        """(field names, column values, outbox entry) for one row; sets its clock time."""
        values["hlc"] = self.clock.now().pack()
        names = tuple(values)
        params = []
        for name in names:
            value = values[name]
            if value is None or (type(value) is str and name in self.plain):
                params.append(value)
                continue
            last = self.last.get(name)
            if last is not None and last[0] is value:
                params.append(last[1])
                continue
            convert = self.converters.get(name)
            if convert is None:
                convert = self.converters[name] = _converter(self.fields[name])
            stored = convert(value)
            self.last[name] = (value, stored)
            params.append(stored)
        data = {
            self.fields[name].column_name: (
                value if value is None or type(value) is str else _json_value(value)
            )
            for name, value in zip(names, params, strict=True)
        }
        row_id = values["id"]
        change = (
            self.table, str(row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(data["id"])),
            self.op, _ENCODE(data), data["hlc"], self.station_id,
        )
        return names, params, change

    def statement(self, names: tuple[str, ...]) -> tuple[str, list[int] | None]:
        """The SQL for rows naming these fields, and the order to pass their values in."""
        columns = [self.fields[name].column_name for name in names]
        mark = db.param
        if self.op == "insert":
            quoted = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join([mark] * len(columns))
            return f'INSERT INTO "{self.table}" ({quoted}) VALUES ({marks})', None
        id_at = columns.index("id")
        order = [i for i in range(len(columns)) if i != id_at] + [id_at]  # the id goes last
        sets = ", ".join(f'"{columns[i]}" = {mark}' for i in order[:-1])
        return f'UPDATE "{self.table}" SET {sets} WHERE "id" = {mark}', order


def _executemany(sql: str, rows: list[Any]) -> int:
    """Run one statement for many rows; the number of rows it changed."""
    cursor = db.cursor()
    if isinstance(db.obj, SqliteDatabase):
        cursor.executemany(sql, rows)
        return cursor.rowcount
    # Other drivers report only the last statement's count for executemany.
    changed = 0
    for row in rows:
        cursor.execute(sql, row)
        changed += max(cursor.rowcount, 0)
    return changed


def _defaults(model: type[SyncedModel]) -> dict[str, Any]:
    """Default values, evaluated once for a whole batch (one `created_at` per import)."""
    return {
        name: field.default() if callable(field.default) else field.default
        for name, field in model._meta.fields.items()
        if field.default is not None and name != "id"
    }


def insert(instance: M) -> M:
    """Insert a new synced row and its outbox entry."""
    with db.atomic():
        _write_many(type(instance), [dict(instance.__data__)], "insert", instance)
    return instance


def update(instance: M) -> M:
    """Write all fields of an existing synced row and its outbox entry."""
    with db.atomic():
        _write_many(type(instance), [dict(instance.__data__)], "update", instance)
    return instance


def insert_many(model: type[SyncedModel], rows: Iterable[dict[str, Any]]) -> int:
    """Bulk insert of new rows (field name → value); defaults filled, ids and clocks stamped."""
    return _write_many(model, rows, "insert")


def update_many(model: type[SyncedModel], rows: Iterable[dict[str, Any]]) -> int:
    """Bulk update of existing rows by `id`; each row names the fields it changes."""
    return _write_many(model, rows, "update")


def purge_many(model: type[SyncedModel], rows: Iterable[dict[str, Any]]) -> int:
    """Retention purges (op "purge", ikrar.store.purge_sync): each row names the id and when."""
    return _write_many(model, rows, "purge")


def _write_many(
    model: type[SyncedModel], rows: Iterable[dict[str, Any]], op: str, instance: M | None = None
) -> int:
    """Prepared statements for the rows and their outbox entries, in one transaction.

    Roster imports write 100,000 rows at once, so no SQL is built per row; rows naming the
    same fields share one statement.
    """
    writer = _Writer(model, op)
    defaults = _defaults(model) if op == "insert" else {}
    batches: dict[tuple[str, ...], tuple[list[list[Any]], list[tuple[Any, ...]]]] = {}
    count = 0
    # A new row's author is the station writing it, unless the caller names one.
    authored = op == "insert" and "author_id" in writer.fields
    renamed: list[Any] = []  # employees whose name the index must read again
    noting = op == "update" and writer.table == "employee"
    for row in rows:
        values = {**defaults, **row}
        if authored and values.get("author_id") is None:
            values["author_id"] = writer.station_id
        if values.get("id") is None:
            if op == "update":
                raise LookupError(f"update of {writer.table} without an id")
            values["id"] = new_id()
        names, params, change = writer.stamp(values)
        if noting and "search_key" in names:
            renamed.append(values["id"])
        if instance is not None:  # the caller's object sees what was written
            instance.__data__.update(values)
        params_list, changes = batches.setdefault(names, ([], []))
        params_list.append(params)
        changes.append(change)
        count += 1
    change_sql = f"INSERT INTO {_CHANGE_COLUMNS} VALUES ({', '.join([db.param] * 6)})"
    with db.atomic():
        for names, (params_list, changes) in batches.items():
            sql, order = writer.statement(names)
            if order is not None:
                params_list = [[params[i] for i in order] for params in params_list]
            if _executemany(sql, params_list) != len(params_list) and op == "update":
                raise LookupError(f"update of {writer.table}: a row to update does not exist")
            _executemany(change_sql, changes)
        if renamed:
            name_index.note_changed(renamed)
    if instance is not None:
        instance._dirty.clear()
    return count
