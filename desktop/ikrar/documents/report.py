"""The attendance recap as a file: PDF (letterhead, bar chart, lists), XLSX or CSV.

The PDF and the XLSX are for people: Indonesian headers, a title, NIPs as text, the XLSX with
real date-times, a frozen header row and filters, printable on A4 landscape. The CSV is for
machines (another system's import, a script): one table, one header row, one row per person
on the roster, NIPs as bare digits and times in ISO 8601 with their UTC offset. Spreadsheet
programs turn an 18-digit NIP into a rounded number when they open a CSV, so people open the
XLSX instead (README says so).

Every format is written whole or not at all (`ikrar.core.files.atomic_open`), so a full disk,
a read-only folder or a file held open by another program leaves the old file (or none) in
place, never half a report.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from ikrar.core.errors import IkrarError
from ikrar.core.files import atomic_open
from ikrar.core.nip import format_nip
from ikrar.store.recap import Recap

# One wording for every format; "peserta tambahan" is what the desk calls a walk-in.
SIGNED, NOT_SIGNED = "Telah menandatangani", "Belum menandatangani"
UNIT_HEAD = ("Unit kerja", "Peserta terdaftar", SIGNED, NOT_SIGNED, "Peserta tambahan",
             "Tercatat ganda", "Persentase")
SIGNER_HEAD = ("No.", "Nama", "NIP", "Unit kerja", "Waktu", "Meja registrasi",
               "Nomor sertifikat")
NOT_SIGNED_HEAD = ("No.", "Nama", "NIP", "Unit kerja")
CSV_HEAD = ("nip", "nama", "unit_kerja", "status", "waktu", "meja_registrasi",
            "nomor_sertifikat")
TITLE = "REKAPITULASI KEHADIRAN PENANDATANGANAN IKRAR"


class ReportError(IkrarError):
    """The report could not be written; nothing was left at the target."""


def write_report(recap: Recap, out: Path) -> Path:
    """Write `recap` to `out` in the format its suffix names."""
    from ikrar.documents.report_pdf import write_pdf  # noqa: PLC0415 - reportlab only for PDFs

    out = Path(out)
    suffix = out.suffix.lower()
    writers: dict[str, Callable[[Recap, IO[bytes]], None]] = {
        ".pdf": write_pdf, ".xlsx": write_xlsx, ".csv": write_csv}
    if suffix not in writers:
        raise ReportError("report.bad_suffix",
                          f"Cannot write {out}: the report is made as .pdf, .xlsx or .csv "
                          f"(not {suffix or 'a file without a suffix'}).",
                          out=out, suffix=suffix or 'a file without a suffix')
    if out.is_dir():
        raise ReportError("report.is_folder", f"Cannot write the report to {out}: it is a folder. "
                          "Give a file name, e.g. rekap.xlsx.",
                          out=out)
    with _atomic(out) as handle:
        writers[suffix](recap, handle)
    return out


@contextlib.contextmanager
def _atomic(out: Path) -> Iterator[IO[bytes]]:
    opened = False
    try:
        with atomic_open(out) as handle:
            opened = True
            yield handle
    except OSError as exc:
        if not opened:
            raise ReportError("report.cannot_create",
                              f"Cannot write the report {out}: {exc.strerror or exc}. Choose a "
                              "folder you may write to.",
                              out=out, reason=exc.strerror or exc) from exc
        raise ReportError("report.cannot_write",
                          f"Cannot write the report {out}: {exc.strerror or exc}. If the file "
                          "is open in another program (Excel), close it and try again.",
                          out=out, reason=exc.strerror or exc) from exc


def percent(value: float) -> str:
    """'12,5%': Indonesian decimal comma, one place."""
    return f"{value:.1f}%".replace(".", ",")


def unit_rows(recap: Recap) -> list[tuple]:
    return [(u.unit, u.expected, u.signed, u.not_signed, u.walk_ins, u.duplicates,
             round(u.percent, 1)) for u in [*recap.units, recap.total]]


def subtitle(recap: Recap) -> str:
    """'Aula Tampomas, 7 Oktober 2024 — unit kerja Dinas Kesehatan'."""
    from ikrar.core.dates import format_date, zone  # noqa: PLC0415

    event = recap.event
    when = format_date(event.starts_at.astimezone(zone(event.timezone)).date())
    return (f"{event.venue}{', ' if event.venue else ''}{when}"
            + (f" — unit kerja {recap.unit}" if recap.unit else ""))


# --- CSV (for machines) ---------------------------------------------------------------------


def write_csv(recap: Recap, handle: IO[bytes]) -> None:
    """One table, one header row, one row per person on the roster: signers, then the rest."""
    import io

    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_HEAD)
    writer.writerows((s.nip, s.name, s.unit, "telah_menandatangani",
                      s.signed_at.astimezone(recap.tz).isoformat(timespec="seconds"),
                      s.station, s.certificate) for s in recap.signers)
    writer.writerows((p.nip, p.name, p.unit, "belum_menandatangani", "", "", "")
                     for p in recap.not_signed)
    text.flush()
    text.detach()


# --- XLSX (for people) ----------------------------------------------------------------------


def write_xlsx(recap: Recap, handle: IO[bytes]) -> None:
    """Three sheets, each with a title, a frozen and filtered header row repeated on every
    printed page (A4 landscape); NIPs as text cells, check-in times as real date-times."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook(write_only=True)
    bold, big = Font(bold=True), Font(bold=True, size=13)
    wrap = Alignment(wrap_text=True, vertical="top")
    event = recap.event
    head_row = 4  # title, event, place and date, then the header

    def sheet(name: str, heading: str, head: tuple[str, ...], widths: tuple[int, ...],
              rows: int):
        ws = book.create_sheet(name)
        last = get_column_letter(len(head))
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = f"A{head_row + 1}"
        ws.auto_filter.ref = f"A{head_row}:{last}{head_row + max(rows, 1)}"
        ws.print_title_rows = f"{head_row}:{head_row}"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "Halaman &P dari &N"
        title = WriteOnlyCell(ws, value=heading)
        title.font = big
        ws.append([title])
        ws.append([event.title])
        ws.append([subtitle(recap)])
        cells = []
        for name in head:
            cell = WriteOnlyCell(ws, value=name)
            cell.font, cell.alignment = bold, wrap
            cells.append(cell)
        ws.append(cells)
        return ws

    def text(ws, value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=str(value))
        cell.number_format = "@"
        return cell

    def when(value: datetime) -> datetime:
        # Excel keeps no time zone: the event's local time, as the people in the room saw it.
        # A plain datetime is stored as a date-time serial; its format is set once per column.
        return value.astimezone(recap.tz).replace(tzinfo=None)

    rows = unit_rows(recap)
    # the filter stops above the "Jumlah" row, so sorting the units leaves the total last
    ws = sheet("Rekap", TITLE, UNIT_HEAD, (44, 12, 14, 14, 12, 12, 12), len(rows) - 1)
    for row in rows:
        share = WriteOnlyCell(ws, value=row[6] / 100)
        share.number_format = "0.0%"
        ws.append([*row[:6], share])
    zone_head = (*SIGNER_HEAD[:4], f"Waktu ({event.timezone})", *SIGNER_HEAD[5:])
    ws = sheet(SIGNED, f"DAFTAR PESERTA YANG {SIGNED.upper()} IKRAR", zone_head,
               (7, 40, 21, 40, 20, 16, 30), len(recap.signers))
    for s in recap.signers:
        ws.append([s.number, s.name, text(ws, s.nip), s.unit, when(s.signed_at),
                   s.station, s.certificate])
    ws = sheet(NOT_SIGNED, f"DAFTAR PESERTA YANG {NOT_SIGNED.upper()} IKRAR", NOT_SIGNED_HEAD,
               (7, 40, 21, 40), len(recap.not_signed))
    for p in recap.not_signed:
        ws.append([p.number, p.name, text(ws, p.nip), p.unit])
    book.save(handle)


def formatted_nip(nip: str) -> str:
    """The NIP grouped for reading ('19900101 201501 1 001'); anything else as it is."""
    try:
        return format_nip(nip)
    except ValueError:
        return nip
