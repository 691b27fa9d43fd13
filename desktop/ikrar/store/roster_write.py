"""Writing an imported roster as the administrator's document (`ikrar.store.roster_doc`).

The rows go straight into their tables with one prepared statement per kind of row, and the
event's roster gains one version: no change entry per employee and per roster entry. Used on
the administrator's data folder (the hub's), where the hub signs the version with the agency
key; a station enrolled with a hub writes its imports row by row through the outbox, as the
rows it authors must be signed by its own key.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

from ikrar.core.ids import new_id
from ikrar.store import name_index, roster_doc, settings
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.store.roster_doc import EMPLOYEE_COLUMNS, _executemany

BATCH = 5000  # rows per statement run; a cancelled import stops between two


def as_document(event: Event | None) -> bool:
    """Whether an import into `event` is written as a roster version here."""
    return event is not None and not settings.get("hub_token")


def write(event: Event, new_rows: list[dict], changed_rows: list[dict], entries: list[dict],
          rows_by_id: dict[str, dict], stop: Callable[[], None], batch: int = BATCH) -> int:
    """Write the rows and record the roster version they make; the version's number."""
    defaults = {name: field.default for name, field in Employee._meta.fields.items()
                if field.default is not None and not callable(field.default)}
    stamp = local().clock.now().pack()
    created = Employee.created_at.db_value(utcnow())
    event_id = event.id.hex
    written: dict[str, list[Any]] = {}

    def employee(row: dict[str, Any], restamp: bool = True) -> list[Any]:
        values = {**defaults, "author_id": None, **row}
        if restamp:
            values["hlc"] = stamp
        made = values.get("created_at")
        values["created_at"] = created if made is None else (
            made if isinstance(made, str) else Employee.created_at.db_value(made))
        values["is_walk_in"] = int(bool(values["is_walk_in"]))
        values["id"] = _hex(values["id"])
        out = [values[c] for c in EMPLOYEE_COLUMNS]
        written[out[0]] = out
        return out

    inserts = [employee(row) for row in new_rows]
    updates = [employee(row) for row in changed_rows]
    roster = [[row_id, _hex(e["employee"]), stamp, created, None, event_id]
              for row_id, e in zip(new_ids(len(entries)), entries, strict=True)]
    with db.atomic():
        for run, model, rows in ((insert, Employee, inserts), (update, Employee, updates),
                                 (insert, RosterEntry, roster)):
            for start in range(0, max(len(rows), 1), batch):  # an empty list too, as before
                stop()
                run(model, rows[start:start + batch])
        if updates:
            name_index.note_changed([row[0] for row in updates])
        # The version names everyone it puts on the roster, with their row as it stands.
        people = [written.get(row[1]) or employee(rows_by_id[row[1]], restamp=False)
                  for row in roster]
        return roster_doc.record(event_id, list({p[0]: p for p in [*people, *updates]}.values()),
                                 [row[:-1] for row in roster])


_ROSTER = ("id", "employee_id", "hlc", "created_at", "author_id", "event_id")


def insert(model: type[Employee | RosterEntry], rows: list[list[Any]]) -> None:
    """New rows, their values in the order of EMPLOYEE_COLUMNS or of a roster entry's."""
    if not rows:
        return
    columns = EMPLOYEE_COLUMNS if model is Employee else _ROSTER
    quoted = ", ".join(f'"{c}"' for c in columns)
    _executemany(f'INSERT INTO "{model._meta.table_name}" ({quoted}) VALUES '
                 f'({", ".join([db.param] * len(columns))})', rows)


def update(model: type[Employee], rows: list[list[Any]]) -> None:
    """Whole employee rows, by id."""
    if not rows:
        return
    sets = ", ".join(f'"{c}" = {db.param}' for c in EMPLOYEE_COLUMNS[1:])
    _executemany(f'UPDATE "employee" SET {sets} WHERE "id" = {db.param}',
                 [[*row[1:], row[0]] for row in rows])


def _hex(value: Any) -> str:
    return value if isinstance(value, str) else value.hex


def new_ids(count: int) -> Iterator[str]:
    """`count` UUIDv7s as hex, time-ordered, made at once (uuid6 makes 30,000 a second).

    The same layout as `ikrar.core.ids.new_id`: 48 bits of milliseconds, the version, a 12-bit
    sequence in `rand_a` that carries into the milliseconds, the variant and 62 random bits.
    """
    first = new_id().int >> 80  # this millisecond, and never before an id made here already
    random = os.urandom(8 * count)
    for i in range(count):
        ms, seq = first + 1 + i // 4096, i % 4096
        tail = int.from_bytes(random[8 * i:8 * i + 8]) & 0x3FFF_FFFF_FFFF_FFFF
        yield f"{ms:012x}7{seq:03x}{tail | 0x8000_0000_0000_0000:016x}"
