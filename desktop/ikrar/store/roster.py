"""Roster import: employees from a CSV or XLSX export, validated row by row, written at once.

A file is refused whole (RosterError) when it cannot be read as a roster at all. Otherwise every
row is checked and each problem reported with the row number the user sees in the file; by
default one bad row means nothing is written, so a roster is never half imported. The writes
(new and changed employees, the event's roster entries, the audit event and the sync outbox)
share one transaction.
"""

from __future__ import annotations

import datetime
import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import peewee

from ikrar.core import collection
from ikrar.core.errors import IkrarError
from ikrar.core.nip import PPPK_MARKER, NipError, validate_nip
from ikrar.store import audit, name_index, outbox, roster_write
from ikrar.store.db import db, disk_error, local
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.store.roster_columns import (
    FIELD_LABELS,
    Columns,
    cell_text,
    employee_values,
    is_column_numbering,
    parse_status,
)
from ikrar.store.roster_files import (  # noqa: F401 - RosterError is the import's error too
    RosterError,
    Rows,
    check_file,
    numeric_nip,
    open_rows,
)

PROGRESS_EVERY = 1000
WRITE_BATCH = 5000  # rows per bulk write; a cancelled import stops between two
_LOOKUP_CHUNK = 500


class ImportCancelled(IkrarError):
    """The person cancelled the import; nothing was written."""


@dataclass(frozen=True)
class Rejection:
    row: int  # 1-based, as the spreadsheet or text editor shows it
    field: str
    reason: str  # English, for the CLI and the log of what was refused
    code: str = ""  # what kind of problem, so the GUI can say it in the user's language


@dataclass
class ImportReport:
    """What an import did (or, for a dry run or a refused file, would have done)."""

    file: str
    rows: int  # non-blank data rows in the file
    imported: int  # new employees
    updated: int  # existing employees (same NIP) with changed details
    unchanged: int
    rejected: list[Rejection] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        lines = [
            f"{Path(self.file).name}: {self.rows} rows, {self.imported} new, {self.updated} "
            f"updated, {self.unchanged} unchanged, {len(self.rejected)} rejected."
        ]
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        elif not self.written:
            lines.append("Nothing was written. Fix the rows below and import again, "
                         "or skip invalid rows (--skip-invalid) to import the others.")
        lines += [f"row {r.row}, {r.field}: {r.reason}" for r in self.rejected]
        return "\n".join(lines)


def import_roster(
    path: str | Path,
    *,
    event: Event | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import employees from `path` and put them on `event`'s roster (when given).

    Counts in the report are what was written, or for a dry run what would be; a file with
    rejected rows and no `skip_invalid` writes nothing and counts nothing as imported.
    `progress(rows_read, rows_expected)` comes every PROGRESS_EVERY rows, with 0 expected
    while the count is unknown (a workbook that does not record its size), and once at the end.
    `cancelled()` is asked as often, and between batches of writes: once it says True the import
    raises ImportCancelled, inside the transaction, so nothing of the file is kept.
    """
    with collection.paused():  # an import's 100,000s of rows make no cycles to collect
        return _import(Path(path), event, dry_run, skip_invalid, progress, cancelled)


def _import(path: Path, event: Event | None, dry_run: bool, skip_invalid: bool,
            progress: Callable[[int, int], None] | None,
            cancelled: Callable[[], bool] | None) -> ImportReport:
    kind = check_file(path)
    with path.open("rb") as fh:
        sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
    with open_rows(path, kind) as (rows, columns, estimate):
        records, rejected, count = _validate(rows, columns, kind == "xlsx", estimate,
                                             _cancellable(progress, cancelled))
    report = ImportReport(str(path), count, 0, 0, 0, rejected, dry_run=dry_run)
    if rejected and not skip_invalid:
        return report
    try:
        if dry_run:
            _plan(records, event, report)
        else:
            with db.atomic():
                _write(*_plan(records, event, report), event=event, cancelled=cancelled)
                audit.append("roster_import", path.name, rows=count, imported=report.imported,
                             updated=report.updated, unchanged=report.unchanged,
                             rejected=len(rejected), event=str(event.id) if event else None,
                             sha256=sha256)
                # Searchable by any word at once, not at the first search; in the import's
                # transaction, so one commit (one sync to disk) makes both.
                name_index.catch_up()
            report.written = True
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        error = disk_error(exc, local().db_path)
        if error is not None:
            raise error from exc
        raise
    if progress is not None:
        progress(count, count)
    return report


# --- the file -------------------------------------------------------------------------------


def _validate(rows: Rows, columns: Columns, typed_cells: bool, estimate: int,
              progress: Callable[[int, int], None] | None,
              ) -> tuple[list[dict[str, str]], list[Rejection], int]:
    """One pass over the data rows: the good ones as Employee values, the rejections, the count."""
    names = tuple(columns.positions)
    pick = itemgetter(*columns.positions.values())
    width = max(columns.positions.values()) + 1
    nip_index, has_status = names.index("nip"), "status" in columns.positions
    # Text cells only need trimming; a workbook's cells may be numbers, dates or empty.
    filler = None if typed_cells else ""
    today = datetime.date.today()
    seen: dict[str, int] = {}
    records: list[dict[str, str]] = []
    rejected: list[Rejection] = []
    count = 0
    append = records.append
    for number, cells in rows:
        if len(cells) < width:
            cells = (*cells, *(filler,) * (width - len(cells)))
        raw = pick(cells)
        # A workbook's cells are mostly text too: trimmed here, the others by cell_text.
        texts = [v.strip() if type(v) is str else cell_text(v) for v in raw
                 ] if typed_cells else list(map(str.strip, raw))
        if not any(texts):
            continue
        if count == 0 and is_column_numbering(cells):
            continue
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count, estimate if estimate >= count else 0)
        values = dict(zip(names, texts, strict=False))  # as long by construction
        problems: list[tuple[str, str, str]] = []  # (field, code, reason)
        nip, kind = raw[nip_index], ""
        if typed_cells and isinstance(nip, int | float) and not isinstance(nip, bool):
            problems.append(("nip", "numeric_cell", numeric_nip(nip)))
        else:
            text = values["nip"]
            if text.startswith('="') and text.endswith('"'):  # Excel's keep-as-text export
                text = text[2:-1]
            try:
                parsed = validate_nip(text, today)
            except NipError as exc:
                problems.append(("nip", exc.code, exc.message))
            else:
                values["nip"] = nip = parsed.value
                kind = "PPPK" if nip[12] == PPPK_MARKER else "PNS"  # parsed.kind, inline
                first = seen.setdefault(nip, number)
                if first != number:
                    problems.append(("nip", "duplicate",
                                     f"NIP {parsed.grouped} is already on row {first}; "
                                     "remove one of the two rows."))
        if not values["name"]:
            problems.append(("name", "missing_name",
                             "the name is empty; every row needs the employee's name."))
        if has_status and values["status"]:
            status = parse_status(values["status"])
            if status is None:
                problems.append(("status", "unknown_status",
                                 f"unknown status {values['status']!r}; use PNS, CPNS or PPPK."))
            values["status"] = status or ""
        elif kind:
            values["status"] = kind
        if problems:
            rejected += [Rejection(number, FIELD_LABELS[f], reason, code)
                         for f, code, reason in problems]
        else:
            append(employee_values(values))
    return records, rejected, count


# --- the database ---------------------------------------------------------------------------


def _plan(records: list[dict[str, str]], event: Event | None, report: ImportReport,
          ) -> tuple[list[dict], list[dict], list]:
    """New employees, changed employees and the employees (ids) new on the event's roster;
    counts go into `report`."""
    fields = Employee._meta.fields
    names = list(Employee._meta.sorted_field_names)
    created_at = fields["created_at"]
    # Plain SQL: building 200 peewee queries of 500 parameters costs more than running them.
    select = (f"SELECT {', '.join(fields[n].column_name for n in names)} "
              f"FROM {Employee._meta.table_name} WHERE {fields['nip'].column_name} IN ({{}})")
    existing: dict[str, dict[str, Any]] = {}
    nips = [r["nip"] for r in records] if Employee.select().exists() else []  # none to find
    for start in range(0, len(nips), _LOOKUP_CHUNK):
        chunk = nips[start : start + _LOOKUP_CHUNK]
        for row in db.execute_sql(select.format(", ".join([db.param] * len(chunk))), chunk):
            current = dict(zip(names, row, strict=True))
            current["created_at"] = created_at.python_value(current["created_at"])
            existing[current["nip"]] = current
    new_rows, changed_rows, employee_ids = [], [], []
    ids = roster_write.new_ids(len(records))
    if not existing:  # all new (a first import): each record takes its id, no copy
        for record, row_id in zip(records, ids, strict=False):
            record["id"] = row_id
        new_rows = employee_ids = records
    for record in records if existing else ():
        current = existing.get(record["nip"])
        if current is None:
            row = {"id": next(ids), **record}
            new_rows.append(row)
        elif any(current[name] != value for name, value in record.items()):
            row = {**current, **record}  # update_many writes whole rows
            changed_rows.append(row)
        else:
            row = current
            report.unchanged += 1
        employee_ids.append(row)
    report.imported, report.updated = len(new_rows), len(changed_rows)
    entries: list = []  # the ids of the employees to put on the event's roster
    if event is not None:
        cursor = db.execute_sql(
            f"SELECT {RosterEntry.employee.column_name} FROM {RosterEntry._meta.table_name} "
            f"WHERE {RosterEntry.event.column_name} = {db.param}",
            (RosterEntry.event.db_value(event.id),))
        on_roster = {employee for (employee,) in cursor}
        entries = list(map(itemgetter("id"), employee_ids))
        if on_roster:
            entries = [employee for employee in entries if employee not in on_roster]
    return new_rows, changed_rows, entries


def _write(new_rows: list[dict], changed_rows: list[dict], entries: list, *,
           event: Event | None = None,
           cancelled: Callable[[], bool] | None = None) -> None:
    """In batches, so that a cancelled import stops between two (and the caller rolls back).

    Into an event on the administrator's data folder, as one roster version
    (`ikrar.store.roster_write`); otherwise row by row through the outbox.
    """
    if event is not None and roster_write.as_document(event):
        roster_write.write(event, new_rows, changed_rows, entries, lambda: _stop_if(cancelled),
                           WRITE_BATCH)
        _stop_if(cancelled)
        return
    entry_rows = [{"event": event.id, "employee": employee} for employee in entries
                  ] if event is not None else []
    for write, model, rows in ((outbox.insert_many, Employee, new_rows),
                               (outbox.update_many, Employee, changed_rows),
                               (outbox.insert_many, RosterEntry, entry_rows)):
        for start in range(0, max(len(rows), 1), WRITE_BATCH):  # an empty list too, as ever
            _stop_if(cancelled)
            write(model, rows[start : start + WRITE_BATCH])
    _stop_if(cancelled)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("roster.cancelled", "The import was cancelled; nothing was written.")


def _cancellable(progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> Callable[[int, int], None] | None:
    """`progress` that first stops a cancelled import (while the file is being read)."""
    if cancelled is None:
        return progress

    def report(done: int, total: int) -> None:
        _stop_if(cancelled)
        if progress is not None:
            progress(done, total)

    return report
