"""The attendance recap as a file: PDF (letterhead, bar chart, lists), XLSX or CSV.

Every format is written whole or not at all (`ikrar.core.files.atomic_open`), so a full disk,
a read-only folder or a file held open by another program leaves the old file (or none) in
place, never half a report.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ikrar.core.dates import format_date, zone
from ikrar.core.errors import IkrarError
from ikrar.core.files import atomic_open
from ikrar.core.nip import format_nip
from ikrar.documents import letterhead as page
from ikrar.documents.certificate import Issuer
from ikrar.documents.fitting import ellipsize, paragraph
from ikrar.documents.fonts import SANS, SANS_BOLD, SERIF_BOLD, register_fonts
from ikrar.documents.seal import assets_dir, load_picture, load_seal
from ikrar.store.recap import Recap

UNIT_HEAD = ("Unit kerja", "Diharapkan", "Sudah ikrar", "Belum ikrar", "Walk-in", "Duplikat",
             "Persentase")
SIGNER_HEAD = ("No", "Nama", "NIP", "Unit kerja", "Waktu", "Meja", "Nomor sertifikat")
NOT_SIGNED_HEAD = ("No", "Nama", "NIP", "Unit kerja")


class ReportError(IkrarError):
    """The report could not be written; nothing was left at the target."""


def write_report(recap: Recap, out: Path) -> Path:
    """Write `recap` to `out` in the format its suffix names."""
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


def _percent(value: float) -> str:
    return f"{value:.1f}%".replace(".", ",")


def _unit_rows(recap: Recap) -> list[tuple]:
    return [(u.unit, u.expected, u.signed, u.not_signed, u.walk_ins, u.duplicates,
             round(u.percent, 1)) for u in [*recap.units, recap.total]]


# --- CSV ------------------------------------------------------------------------------------


def write_csv(recap: Recap, handle: IO[bytes]) -> None:
    """One file, three parts one after another, each under its own title row."""
    import io

    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow([f"Rekap kehadiran: {recap.event.title}"])
    writer.writerow(UNIT_HEAD)
    writer.writerows(_unit_rows(recap))
    writer.writerow([])
    writer.writerow(["Daftar yang sudah ikrar"])
    writer.writerow(SIGNER_HEAD)
    writer.writerows((s.number, s.name, s.nip, s.unit, recap.local_time(s.signed_at), s.station,
                      s.certificate) for s in recap.signers)
    writer.writerow([])
    writer.writerow(["Daftar yang belum ikrar"])
    writer.writerow(NOT_SIGNED_HEAD)
    writer.writerows((p.number, p.name, p.nip, p.unit) for p in recap.not_signed)
    text.flush()
    text.detach()


# --- XLSX -----------------------------------------------------------------------------------


def write_xlsx(recap: Recap, handle: IO[bytes]) -> None:
    """Three sheets; NIPs as text cells, widths set, the header row frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(title: str, head: tuple[str, ...], widths: tuple[int, ...]):
        ws = book.create_sheet(title)
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        cells = []
        for name in head:
            cell = WriteOnlyCell(ws, value=name)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
        return ws

    def text(ws, value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=str(value))
        cell.number_format = "@"
        return cell

    ws = sheet("Rekap", UNIT_HEAD, (44, 12, 12, 12, 10, 10, 12))
    for row in _unit_rows(recap):
        share = WriteOnlyCell(ws, value=row[6] / 100)
        share.number_format = "0.0%"
        ws.append([*row[:6], share])
    ws = sheet("Sudah ikrar", SIGNER_HEAD, (7, 40, 21, 40, 20, 14, 30))
    for s in recap.signers:
        ws.append([s.number, s.name, text(ws, s.nip), s.unit, recap.local_time(s.signed_at),
                   s.station, s.certificate])
    ws = sheet("Belum ikrar", NOT_SIGNED_HEAD, (7, 40, 21, 40))
    for p in recap.not_signed:
        ws.append([p.number, p.name, text(ws, p.nip), p.unit])
    book.save(handle)


# --- PDF ------------------------------------------------------------------------------------


def _issuer(recap: Recap) -> Issuer:
    event = recap.event
    letterhead = tuple(line for line in (event.letterhead or []) if line.strip())
    if not letterhead and event.agency:
        letterhead = (event.agency.upper(),)
    logo_path = assets_dir() / "logo.png"
    return Issuer(
        letterhead=letterhead or (event.title,),
        logo=load_picture(logo_path, "logo") if logo_path.exists() else None,
        event_title=event.title, venue=event.venue, official_title="", official_name="",
        official_signature=None, seal=load_seal(event.agency or ""), witnesses=(),
        pledge_text="",
    )


_CHART_UNITS = 40  # bars per drawing; a drawing cannot break across pages


def _charts(recap: Recap, width: float) -> list[Drawing]:
    return [_chart(recap.units[i:i + _CHART_UNITS], width)
            for i in range(0, len(recap.units), _CHART_UNITS)]


def _chart(units: list, width: float) -> Drawing:
    """A horizontal bar per unit: the share that has pledged."""
    bar = 11.0
    label_w = min(70 * mm, max(stringWidth(u.unit, SANS, 7) for u in units) + 12)
    height = bar * len(units) + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = width - label_w - 30, bar * len(units)
    chart.data = [[round(u.percent, 1) for u in reversed(units)]]
    chart.categoryAxis.categoryNames = [ellipsize(u.unit, SANS, 7, label_w - 6)
                                        for u in reversed(units)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = colors.HexColor("#2E7D32")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(label_w, height - 9, "Persentase yang sudah ikrar per unit kerja",
                       fontName=SANS_BOLD, fontSize=7.5))
    return drawing


def _tables(head: tuple[str, ...], rows: list[tuple], widths: list[float],
            style: TableStyle) -> list[Table]:
    body = [tuple(ellipsize(str(v), SANS, 7, w - 6) for v, w in zip(row, widths, strict=True))
            for row in rows]
    return [Table([head, *body], colWidths=widths, repeatRows=1, style=style)]


class Rows(Flowable):
    """A plain grid of one-line rows with its header repeated on every page.

    platypus' Table costs about half a millisecond a row at 11,000 rows; this draws each page's
    text in one text object and its rules in one path, and splits by counting rows.
    """

    ROW_H = 9.6
    SIZE = 6.5

    def __init__(self, head: tuple[str, ...], rows: list[tuple], widths: list[float]) -> None:
        super().__init__()
        self.head, self.rows, self.widths = head, rows, widths

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), self.ROW_H * (len(self.rows) + 1)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.ROW_H) - 1
        if fits < 1:
            return []
        if fits >= len(self.rows):
            return [self]
        return [Rows(self.head, self.rows[:fits], self.widths),
                Rows(self.head, self.rows[fits:], self.widths)]

    def draw(self) -> None:
        canvas, row_h = self.canv, self.ROW_H
        lines = len(self.rows) + 1
        top = row_h * lines
        canvas.setFillColor(colors.HexColor("#E8E8E8"))
        canvas.rect(0, top - row_h, self.width, row_h, stroke=0, fill=1)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.25)
        path = canvas.beginPath()
        for i in range(lines + 1):
            path.moveTo(0, i * row_h)
            path.lineTo(self.width, i * row_h)
        x = 0.0
        for w in [0.0, *self.widths]:
            x += w
            path.moveTo(x, 0)
            path.lineTo(x, top)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        starts = [sum(self.widths[:i]) + 3 for i in range(len(self.widths))]
        for n, row in enumerate([self.head, *self.rows]):
            text.setFont(SANS_BOLD if n == 0 else SANS, self.SIZE)
            y = top - (n + 1) * row_h + 2.8
            for value, x, w in zip(row, starts, self.widths, strict=True):
                text.setTextOrigin(x, y)
                text.textOut(ellipsize(str(value), SANS, self.SIZE, w - 6))
        canvas.drawText(text)


def write_pdf(recap: Recap, handle: IO[bytes]) -> None:
    register_fonts()
    issuer = _issuer(recap)
    event = recap.event

    def first(canvas, _doc) -> None:
        page.draw_letterhead(canvas, issuer)
        _page_number(canvas)

    def later(canvas, _doc) -> None:
        canvas.setFont(SANS, 7)
        canvas.drawString(page.MARGIN_X, A4[1] - 12 * mm, f"Rekap kehadiran — {event.title}")
        _page_number(canvas)

    def _page_number(canvas) -> None:
        canvas.setFont(SANS, 7)
        canvas.drawRightString(A4[0] - page.MARGIN_X, 10 * mm, f"Halaman {canvas.getPageNumber()}")

    doc = SimpleDocTemplate(handle, pagesize=A4, leftMargin=page.MARGIN_X,
                            rightMargin=page.MARGIN_X, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=f"Rekap kehadiran {event.title}",
                            author=event.agency)
    width = page.TEXT_W - 12  # the frame's padding
    grid = TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 7), ("FONT", (0, 0), (-1, 0), SANS_BOLD, 7),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])
    summary = TableStyle([*grid.getCommands(), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                          ("FONT", (0, -1), (-1, -1), SANS_BOLD, 7)])
    when = format_date(event.starts_at.astimezone(zone(event.timezone)).date())
    story: list = [
        Spacer(0, page.LETTERHEAD_H - 2 * mm),  # the letterhead is drawn on the first page
        paragraph("REKAP KEHADIRAN IKRAR", SERIF_BOLD, 13, 1),
        paragraph(event.title, SERIF_BOLD, 11, 1),
        paragraph(f"{event.venue}{', ' if event.venue else ''}{when}"
                  + (f" — unit kerja {recap.unit}" if recap.unit else ""), SANS, 8.5, 1),
        Spacer(0, 5 * mm),
    ]
    units = [(u[0], u[1], u[2], u[3], u[4], u[5], _percent(u[6])) for u in _unit_rows(recap)]
    story += _tables(UNIT_HEAD, units, [width - 6 * 19 * mm] + [19 * mm] * 6, summary)
    story += [Spacer(0, 5 * mm), *_charts(recap, width), Spacer(0, 5 * mm),
              Paragraph("Daftar yang sudah ikrar", _heading())]
    tz = zone(event.timezone)
    signer_rows = [(s.number, s.name, format_nip(s.nip), s.unit,
                    s.signed_at.astimezone(tz).strftime("%H:%M:%S"), s.station, s.certificate)
                   for s in recap.signers]
    widths = [9 * mm, 38 * mm, 32.5 * mm, 30 * mm, 14 * mm, 12 * mm]
    widths.append(width - sum(widths))
    head = (*SIGNER_HEAD[:4], f"Jam ({event.timezone})", *SIGNER_HEAD[5:])
    story.append(Rows(head, signer_rows, widths))
    story += [Spacer(0, 5 * mm), Paragraph("Daftar yang belum ikrar", _heading())]
    rows = [(p.number, p.name, format_nip(p.nip), p.unit) for p in recap.not_signed]
    widths = [9 * mm, 65 * mm, 32 * mm]
    widths.append(width - sum(widths))
    story.append(Rows(NOT_SIGNED_HEAD, rows, widths))
    doc.build(story, onFirstPage=first, onLaterPages=later)


def _heading():
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("h", fontName=SANS_BOLD, fontSize=9.5, leading=12, spaceAfter=4)
