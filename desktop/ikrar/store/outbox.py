"""The one place that writes synced rows and their outbox entries.

Every insert or update of a synced row goes through here, inside the caller's transaction, so
the row and its `Change` entry are committed together or not at all.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from ikrar.store.db import db, local
from ikrar.store.models import Change, SyncedModel

M = TypeVar("M", bound=SyncedModel)
_CHUNK = 500  # rows per INSERT; keeps under SQLite's variable limit for the widest table


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def row_data(model: type[SyncedModel], row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-safe column values, exactly as the database stores them."""
    fields = model._meta.fields
    return {
        fields[name].column_name: _json_value(fields[name].db_value(value))
        for name, value in row.items()
    }


def _change(instance_model: type[SyncedModel], data: dict[str, Any], op: str) -> dict[str, Any]:
    return {
        "table": instance_model._meta.table_name,
        "row_id": str(uuid.UUID(data["id"])),  # canonical form, whatever the column stores
        "op": op,
        "data": data,
        "hlc": data["hlc"],
        "station_id": local().station_id,
    }


def _stamp(instance: SyncedModel) -> dict[str, Any]:
    instance.hlc = local().clock.now().pack()
    return row_data(type(instance), instance.__data__)


def insert(instance: M) -> M:
    """Insert a new synced row and its outbox entry."""
    with db.atomic():
        data = _stamp(instance)
        instance.save(force_insert=True)
        Change.create(**_change(type(instance), data, "insert"))
    return instance


def update(instance: M) -> M:
    """Write all fields of an existing synced row and its outbox entry."""
    with db.atomic():
        data = _stamp(instance)
        if instance.save() != 1:
            raise LookupError(f"{type(instance).__name__} {instance.id} does not exist")
        Change.create(**_change(type(instance), data, "update"))
    return instance


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_many(model: type[SyncedModel], rows: Iterable[dict[str, Any]]) -> int:
    """Bulk insert of new rows (field name → value); defaults filled, ids and clocks stamped."""
    return _write_many(model, rows, "insert")


def update_many(model: type[SyncedModel], rows: Iterable[dict[str, Any]]) -> int:
    """Bulk update of existing rows by `id`; every row names the same fields."""
    return _write_many(model, rows, "update")


def _write_many(model: type[SyncedModel], rows: Iterable[dict[str, Any]], op: str) -> int:
    clock = local().clock
    fields = model._meta.fields
    defaults = {
        name: field.default
        for name, field in fields.items()
        if field.default is not None and name != "id"
    }
    full: list[dict[str, Any]] = []
    for row in rows:
        values: dict[str, Any] = {}
        if op == "insert":
            values = {
                name: (default() if callable(default) else default)
                for name, default in defaults.items()
                if name not in row
            }
            values["id"] = fields["id"].default()
        values.update(row)
        values["hlc"] = clock.now().pack()
        full.append(values)
    if not full:
        return 0
    with db.atomic():
        changes = []
        for chunk in _chunks(full):
            query = model.insert_many(chunk)
            if op == "update":
                # One statement per chunk: an upsert on the key that rewrites the given columns.
                query = query.on_conflict(
                    conflict_target=[model.id],
                    preserve=[fields[name] for name in chunk[0] if name != "id"],
                )
            query.execute()
            for values in chunk:
                changes.append(_change(model, row_data(model, values), op))
        for chunk in _chunks(changes):
            Change.insert_many(chunk).execute()
    return len(full)
