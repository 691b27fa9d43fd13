"""Reading a roster file: its kind, encoding, delimiter and header, as rows of cells.

The import (`ikrar.store.roster`) validates and writes what this reads. A file that cannot be read
as a roster at all is refused whole here (RosterError), naming the file and what to do.
"""

from __future__ import annotations

import csv
import io
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from zipfile import BadZipFile

from ikrar.core.errors import IkrarError
from ikrar.store.roster_columns import HEADER_SCAN_ROWS, Columns, find_header

MAX_BYTES = 100 * 1024 * 1024
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_DELIMITERS = (",", ";", "\t")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls and password-protected workbooks
_SAVE_AS = "Open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import again."

Rows = Iterator[tuple[int, Sequence[Any]]]  # (row number in the file, cell values)


class RosterError(IkrarError):
    """The file as a whole cannot be imported; nothing was written."""


def check_file(path: Path) -> str:
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
def open_rows(path: Path, kind: str) -> Iterator[tuple[Rows, Columns, int]]:
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


def numeric_nip(value: int | float) -> str:
    shown = f"{value:.0f}" if isinstance(value, float) else str(value)
    return (f"the NIP cell holds a number ({shown}), not text; Excel keeps only 15 digits of a "
            "number, so the last digits may have changed. Format the NIP column as Text, type "
            "the NIPs again and import again.")
