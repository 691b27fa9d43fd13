"""Writing an imported roster as the administrator's document (`ikrar.store.roster_doc`).

The rows go straight into their tables with one prepared statement per kind of row, and the
event's roster gains one version: no change entry per employee and per roster entry. Used on
the administrator's data folder (the hub's), where the hub signs the version with the agency
key; a station enrolled with a hub writes its imports row by row through the outbox, as the
rows it authors must be signed by its own key.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from ikrar.core.ids import new_id
from ikrar.store import name_index, roster_doc, settings
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.store.roster_doc import EMPLOYEE_COLUMNS, ROSTER_COLUMNS, _executemany

BATCH = 5000  # rows per statement run; a cancelled import stops between two


def as_document(event: Event | None) -> bool:
    """Whether an import into `event` is written as a roster version here."""
    return event is not None and not settings.get("hub_token")


def write(event: Event, new_rows: list[dict], changed_rows: list[dict], entries: list,
          stop: Callable[[], None], batch: int = BATCH) -> int:
    """Write the rows and record the roster version they make; the version's number.

    `entries`: the ids of the employees to put on the event's roster."""
    defaults = {name: field.default for name, field in Employee._meta.fields.items()
                if field.default is not None and not callable(field.default)}
    assert EMPLOYEE_COLUMNS[:3] == ("id", "hlc", "created_at") and \
        EMPLOYEE_COLUMNS[14] == "is_walk_in"  # the positions `employee` sets
    stamp = local().clock.now().pack()
    created = Employee.created_at.db_value(utcnow())
    event_id = event.id.hex

    blank = {c: defaults.get(c) for c in EMPLOYEE_COLUMNS}
    pick = itemgetter(*EMPLOYEE_COLUMNS)  # a merged dict to a row at C speed
    convert = Employee.created_at.db_value

    def employee(row: dict[str, Any]) -> list[Any]:
        out = list(pick({**blank, **row}))
        out[1] = stamp
        made = out[2]
        out[2] = created if made is None else made if type(made) is str else convert(made)
        out[14] = bool(out[14])
        if type(out[0]) is not str:
            out[0] = out[0].hex
        return out

    # New rows carry only what the file gave and a new id (text): the rest is one template.
    fresh = {**blank, "hlc": stamp, "created_at": created, "is_walk_in": False}
    inserts = [pick({**fresh, **row}) for row in new_rows]
    updates = [employee(row) for row in changed_rows]
    roster = [[row_id, employee if type(employee) is str else _hex(employee), stamp, created,
               None] for row_id, employee in zip(new_ids(len(entries)), entries, strict=True)]
    with db.atomic():
        for run, model, rows in ((insert, Employee, inserts), (update, Employee, updates),
                                 (insert, RosterEntry, roster)):
            for start in range(0, max(len(rows), 1), batch):  # an empty list too, as before
                stop()
                run(model, rows[start:start + batch], event_id)
        if updates:
            name_index.note_changed([row[0] for row in updates])
        # The version: the rows stamped with this import's clock time (its body is made when
        # the hub publishes it). People it changed who are on other events' rosters too make a
        # version of those rosters as well, so those events' stations see the change.
        if updates:
            others = {roster_doc._text(e) for (e,) in roster_doc._select_in(
                'SELECT DISTINCT "event_id" FROM "roster_entry" WHERE "employee_id" IN ({})',
                [row[0] for row in updates])} - {event_id}
            for other in sorted(others):
                roster_doc.record(other, stamp)
        return roster_doc.record(event_id, stamp)


def insert(model: type[Employee | RosterEntry], rows: list[Sequence[Any]], event_id: str
           ) -> None:
    """New rows, their values in the order of EMPLOYEE_COLUMNS or ROSTER_COLUMNS."""
    if not rows:
        return
    columns = EMPLOYEE_COLUMNS if model is Employee else ROSTER_COLUMNS
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([db.param] * len(columns))
    if model is RosterEntry:  # one event for all: 32 hex digits, written once in the SQL
        if len(event_id) != 32 or not event_id.isalnum() or int(event_id, 16) < 0:
            raise ValueError(f"not an event id: {event_id!r}")
        quoted, marks = f'{quoted}, "event_id"', f"{marks}, '{event_id}'"
    _executemany(f'INSERT INTO "{model._meta.table_name}" ({quoted}) VALUES ({marks})', rows)


def update(model: type[Employee], rows: list[list[Any]], event_id: str = "") -> None:
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

    The layout of `ikrar.core.ids.new_id`: 48 bits of milliseconds, the version, a 12-bit
    sequence in `rand_a` that carries into the milliseconds, the variant and 60 random bits.
    Built as one byte string, column by column (each byte position of every id in one C-speed
    slice assignment), and cut into ids: no Python work per id but the cut.
    """
    first = (new_id().int >> 80) + 1  # after every id made here already
    raw = bytearray(16 * count)
    for block in range(0, count, 4096):
        size = min(4096, count - block)
        end = 16 * (block + size)
        for at, byte in enumerate((first + block // 4096).to_bytes(6, "big")):
            raw[16 * block + at : end : 16] = bytes((byte,)) * size
        raw[16 * block + 6 : end : 16] = _SEQ_HIGH[:size]
        raw[16 * block + 7 : end : 16] = _SEQ_LOW[:size]
    random = os.urandom(8 * count)
    raw[8::16] = random[0::8].translate(_VARIANT)
    for at in range(1, 8):
        raw[8 + at :: 16] = random[at::8]
    text = raw.hex()
    return iter([text[at : at + 32] for at in range(0, 32 * count, 32)])


_SEQ_HIGH = bytes(0x70 | seq >> 8 for seq in range(4096))  # version 7, then the sequence
_SEQ_LOW = bytes(seq & 0xFF for seq in range(4096))
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))  # RFC 9562 variant: 10xxxxxx
