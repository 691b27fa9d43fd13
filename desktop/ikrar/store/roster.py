"""Roster import: employees from a CSV or XLSX export, validated row by row, written at once.

A file is refused whole (RosterError) when it cannot be read as a roster at all. Otherwise every
row is checked and each problem reported with the row number the user sees in the file; by
default one bad row means nothing is written, so a roster is never half imported. The writes
(new and changed employees, the event's roster entries, the audit event and the sync outbox)
share one transaction.
"""

from __future__ import annotations

import csv
import datetime
import gc
import hashlib
import io
import sqlite3
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from operator import itemgetter
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from zipfile import BadZipFile

import peewee

from ikrar.core.errors import IkrarError
from ikrar.core.nip import PPPK_MARKER, NipError, validate_nip
from ikrar.store import audit, name_index, outbox, roster_write
from ikrar.store.db import db, disk_error, local
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.store.roster_columns import (
    FIELD_LABELS,
    HEADER_SCAN_ROWS,
    Columns,
    cell_text,
    employee_values,
    find_header,
    is_column_numbering,
    parse_status,
)

MAX_BYTES = 100 * 1024 * 1024
PROGRESS_EVERY = 1000
WRITE_BATCH = 5000  # rows per bulk write; a cancelled import stops between two
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_DELIMITERS = (",", ";", "\t")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls and password-protected workbooks
_LOOKUP_CHUNK = 500
_SAVE_AS = "Open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import again."


class RosterError(IkrarError):
    """The file as a whole cannot be imported; nothing was written."""


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


Rows = Iterator[tuple[int, Sequence[Any]]]  # (row number in the file, cell values)


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
    with _bulk():
        return _import(Path(path), event, dry_run, skip_invalid, progress, cancelled)


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while an import builds its 100,000s of rows: it would
    walk every object alive (the rows read so far, and the app's) over and over, and the
    import makes no cycles to collect. Collection resumes as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _import(path: Path, event: Event | None, dry_run: bool, skip_invalid: bool,
            progress: Callable[[int, int], None] | None,
            cancelled: Callable[[], bool] | None) -> ImportReport:
    kind = _check_file(path)
    with path.open("rb") as fh:
        sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
    with _open_rows(path, kind) as (rows, columns, estimate):
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


def _check_file(path: Path) -> str:
    """ "csv" or "xlsx", or a RosterError saying why the file is no roster."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise RosterError("roster.xls",
                          f"{path.name} is an old Excel 97-2003 file (.xls). {_SAVE_AS}",
                          file=path.name)
    if suffix not in TEXT_SUFFIXES + XLSX_SUFFIXES:
        raise RosterError("roster.unknown_type",
                          f"{path.name} is not a CSV or XLSX file. {_SAVE_AS}",
                          file=path.name)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise RosterError("roster.cannot_read", f"Cannot read {path}: {exc.strerror or exc}.",
                          path=path, reason=exc.strerror or exc) from exc
    if size == 0:
        raise RosterError("roster.empty",
                          f"{path.name} is empty. Export the roster again and import that file.",
                          file=path.name)
    if size > MAX_BYTES:
        raise RosterError(
            "roster.too_large",
            f"{path.name} is {size / 1024 / 1024:.0f} MB; a roster can be at most "
            f"{MAX_BYTES // 1024 // 1024} MB. Remove columns Ikrar does not use or split it "
            "into several files.",
            file=path.name, size=size / 1024 / 1024, limit=MAX_BYTES // 1024 // 1024,
        )
    if head.startswith(_OLE_MAGIC):
        raise RosterError("roster.protected",
                          f"{path.name} is an old (.xls) or password-protected workbook. "
                          f"Remove the password and save it as .xlsx or CSV UTF-8.",
                          file=path.name)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if suffix in XLSX_SUFFIXES:
        raise RosterError("roster.bad_workbook",
                          f"{path.name} is not a valid Excel workbook (it may be damaged). "
                          f"{_SAVE_AS}",
                          file=path.name)
    return "csv"


@contextmanager
def _open_rows(path: Path, kind: str) -> Iterator[tuple[Rows, Columns, int]]:
    """The data rows after the header, the columns, and an estimate of the row count."""
    if kind == "csv":
        yield _csv_rows(path)
        return
    from openpyxl import load_workbook  # noqa: PLC0415 - slow import, needed only here

    workbook = None
    try:
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
            found = _xlsx_header(workbook, path.name)
        except RosterError:
            raise
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise RosterError("roster.unreadable_workbook",
                              f"{path.name} cannot be read as an Excel workbook ({exc}). "
                              f"{_SAVE_AS}",
                              file=path.name, reason=exc) from exc
        yield found
    finally:
        if workbook is not None:
            workbook.close()


def _xlsx_header(workbook: Any, name: str) -> tuple[Rows, Columns, int]:
    """The first sheet that has a header row."""
    for sheet in workbook.worksheets:
        estimate = sheet.max_row or 0
        sheet.reset_dimensions()  # exporters often write a wrong size; read every row
        rows = _guarded(enumerate(sheet.iter_rows(values_only=True), start=1), name)
        head = list(islice(rows, HEADER_SCAN_ROWS))
        columns = find_header([cells for _, cells in head])
        if columns is not None:
            rest = chain(head[columns.header_index + 1 :], rows)
            return rest, columns, max(estimate - head[columns.header_index][0], 0)
    raise RosterError("roster.no_header", _no_header(name), file=name)


def _guarded(rows: Iterator[Any], name: str) -> Iterator[Any]:
    """Rows of a workbook, with damage found while reading turned into a RosterError."""
    try:
        yield from rows  # only what reading raises lands here, not what the reader of rows does
    except (BadZipFile, ParseError, zlib.error, EOFError, KeyError, ValueError,
            OSError) as exc:
        raise RosterError("roster.damaged",
                          f"{name} is damaged and cannot be read to the end ({exc}). "
                          f"{_SAVE_AS}",
                          file=name, reason=exc) from exc


def _no_header(name: str) -> str:
    return (f"{name} has no header row with NIP and Nama columns in its first "
            f"{HEADER_SCAN_ROWS} rows. Add a header row naming the columns (NIP, Nama, Gelar "
            "Depan, Gelar Belakang, Pangkat, Golongan, Jabatan, Unit Kerja) and import again.")


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text" export
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data:
        raise RosterError("roster.not_text", f"{name} is not a text file. {_SAVE_AS}", file=name)
    else:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes  # noqa: PLC0415 - rarely needed

            guess = from_bytes(data, cp_isolation=["cp1252", "latin_1"]).best()
            if guess is not None and guess.chaos <= 0.1:
                return data.decode(guess.encoding)
    raise RosterError("roster.encoding",
                      f"{name} is in an unknown text encoding. Open it in Excel and save it as "
                      "CSV UTF-8 (Comma delimited), then import again.",
                      file=name)


def _csv_records(lines: list[str], delimiter: str, quoted: bool = True) -> Rows:
    """(line the record starts on, its fields)."""
    if not quoted:  # no field can span lines: a record's line is its place (at C speed)
        return enumerate(csv.reader(lines, delimiter=delimiter), start=1)
    return _csv_spanning(lines, delimiter)


def _csv_spanning(lines: list[str], delimiter: str) -> Rows:
    reader = csv.reader(lines, delimiter=delimiter)
    line = 0
    for record in reader:
        yield line + 1, record  # a quoted field may span lines: report the first
        line = reader.line_num


def _csv_rows(path: Path) -> tuple[Rows, Columns, int]:
    text = _decode(path.read_bytes(), path.name)
    # The lines as csv.reader reads them from a file opened with newline="" (split at \r, \n
    # and \r\n only), split once for the header scan of each delimiter and the reading.
    lines = io.StringIO(text, newline="").readlines()
    best: tuple[Columns, str, list[tuple[int, Sequence[Any]]]] | None = None
    try:
        for delimiter in _DELIMITERS:
            head = list(islice(_csv_records(lines, delimiter), HEADER_SCAN_ROWS))
            columns = find_header([cells for _, cells in head])
            if columns is not None and (best is None or columns.score > best[0].score):
                best = (columns, delimiter, head)
    except csv.Error as exc:
        raise RosterError("roster.bad_csv",
                          f"{path.name} is not a readable CSV file ({exc}). {_SAVE_AS}",
                          file=path.name, reason=exc) from exc
    if best is None:
        raise RosterError("roster.no_header", _no_header(path.name), file=path.name)
    columns, delimiter, head = best
    header_line = head[columns.header_index][0]
    rows = islice(_csv_records(lines, delimiter, '"' in text), columns.header_index + 1, None)
    return _csv_guarded(rows, path.name), columns, max(text.count("\n") - header_line, 0)


def _csv_guarded(rows: Rows, name: str) -> Rows:
    try:
        yield from rows
    except csv.Error as exc:
        raise RosterError("roster.bad_csv",
                          f"{name} is not a readable CSV file ({exc}). {_SAVE_AS}",
                          file=name, reason=exc) from exc


# --- the rows -------------------------------------------------------------------------------


def _numeric_nip(value: int | float) -> str:
    shown = f"{value:.0f}" if isinstance(value, float) else str(value)
    return (f"the NIP cell holds a number ({shown}), not text; Excel keeps only 15 digits of a "
            "number, so the last digits may have changed. Format the NIP column as Text, type "
            "the NIPs again and import again.")


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
            problems.append(("nip", "numeric_cell", _numeric_nip(nip)))
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
