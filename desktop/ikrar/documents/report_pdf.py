"""The recap as a PDF: letterhead, figures per unit, a bar chart, who signed and who did not,
and the official's "Mengetahui" block; "Halaman x dari y" on every page.

Nothing is cut: names, units and certificate numbers wrap inside their cells (a number breaks
after a "/"), and the chart's unit labels wrap too. Percentages use the decimal comma in the
table and the chart alike.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import IO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ikrar.core.dates import format_date
from ikrar.documents import letterhead as page
from ikrar.documents.certificate import Issuer
from ikrar.documents.fitting import paragraph
from ikrar.documents.fonts import SANS, SANS_BOLD, SERIF_BOLD, register_fonts
from ikrar.documents.report import (
    NOT_SIGNED,
    NOT_SIGNED_HEAD,
    SIGNED,
    SIGNER_HEAD,
    TITLE,
    UNIT_HEAD,
    formatted_nip,
    percent,
    subtitle,
    unit_rows,
)
from ikrar.documents.seal import assets_dir, load_picture, load_seal
from ikrar.store.recap import Recap

GRID = colors.HexColor("#999999")
HEAD_FILL = colors.HexColor("#E8E8E8")
PAGES_FORM = "recapPageCount"


# --- wrapping -------------------------------------------------------------------------------

_BREAKS = re.compile(r"(?<=[ /\-])")  # after a space, a slash or a hyphen


@lru_cache(maxsize=4096)  # units and desks repeat on every page of the lists
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """`text` in lines no wider than `width`: broken after spaces, slashes and hyphens, and
    inside a word only when the word alone is wider than the line. Never shortened."""
    text = " ".join(text.split())
    # No glyph of the fonts used is wider than 1.0 em: short text needs no measuring.
    if len(text) * size <= width or stringWidth(text, font, size) <= width:
        return (text,)
    lines: list[str] = []
    line = ""
    for token in _BREAKS.split(text):
        if not token:
            continue
        if stringWidth((line + token).rstrip(), font, size) <= width:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = token
        while stringWidth(line.rstrip(), font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return tuple(lines) or ("",)


# --- the lists ------------------------------------------------------------------------------


class Rows(Flowable):
    """A grid of rows whose cells wrap, with its header repeated on every page.

    platypus' Table costs about half a millisecond a row at 11,000 rows; this draws each page's
    text in one text object and its rules in one path, and splits by adding up row heights.
    """

    SIZE = 6.5
    LINE = 7.4  # leading
    PAD = 1.5  # above and below a row's text

    def __init__(self, head: tuple[str, ...], rows: list[tuple], widths: list[float],
                 *, cells: list[list[tuple[str, ...]]] | None = None,
                 heights: list[float] | None = None) -> None:
        super().__init__()
        self.widths = widths
        self.head = self._wrap_row(head, SANS_BOLD)
        self.cells = cells if cells is not None else [self._wrap_row(row, SANS) for row in rows]
        # Each split hands its part of the heights on: measuring them again at every page
        # break would cost rows × pages.
        self.heights = heights if heights is not None else [self._height(r) for r in self.cells]
        self.total = self._height(self.head) + sum(self.heights)

    def _wrap_row(self, row: tuple, font: str) -> list[tuple[str, ...]]:
        return [wrap(str(value), font, self.SIZE, w - 6)
                for value, w in zip(row, self.widths, strict=True)]

    def _height(self, cells: list[tuple[str, ...]]) -> float:
        return max(len(c) for c in cells) * self.LINE + 2 * self.PAD

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), self.total
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._height(self.head)
        fits = 0
        for height in self.heights:
            if room < height:
                break
            room -= height
            fits += 1
        if fits < 1:
            return []
        if fits >= len(self.cells):
            return [self]
        head = tuple(" ".join(c) for c in self.head)
        return [Rows(head, [], self.widths, cells=self.cells[:fits], heights=self.heights[:fits]),
                Rows(head, [], self.widths, cells=self.cells[fits:], heights=self.heights[fits:])]

    def draw(self) -> None:
        canvas = self.canv
        heights = [self._height(self.head), *self.heights]
        top = sum(heights)
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, top - heights[0], self.width, heights[0], stroke=0, fill=1)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        path = canvas.beginPath()
        y = top
        for h in [0.0, *heights]:
            y -= h
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        x = 0.0
        for w in [0.0, *self.widths]:
            x += w
            path.moveTo(x, 0)
            path.lineTo(x, top)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        starts = [sum(self.widths[:i]) + 3 for i in range(len(self.widths))]
        y = top
        for n, (row, h) in enumerate(zip([self.head, *self.cells], heights, strict=True)):
            text.setFont(SANS_BOLD if n == 0 else SANS, self.SIZE)
            first = y - self.PAD - self.SIZE
            for lines, x in zip(row, starts, strict=True):
                for i, line in enumerate(lines):
                    text.setTextOrigin(x, first - i * self.LINE)
                    # _textOut: textOut without measuring the line to move a cursor that the
                    # next setTextOrigin moves anyway (a fifth of the lists' time)
                    text._textOut(line)
            y -= h
        canvas.drawText(text)


# --- the figures per unit and the chart -----------------------------------------------------


def _cell(text: str, font: str = SANS, align: int = TA_LEFT) -> Paragraph:
    return Paragraph(text, _style(font, align))


@lru_cache(maxsize=8)
def _style(font: str, align: int) -> ParagraphStyle:
    return ParagraphStyle(f"recap-{font}-{align}", fontName=font, fontSize=7, leading=8.4,
                          alignment=align, splitLongWords=True)


def _unit_table(recap: Recap, width: float) -> Table:
    from xml.sax.saxutils import escape  # noqa: PLC0415

    rows = unit_rows(recap)
    head = [_cell(escape(h), SANS_BOLD, TA_LEFT if i == 0 else TA_RIGHT)
            for i, h in enumerate(UNIT_HEAD)]
    body = []
    for n, row in enumerate(rows):  # figures are short: plain strings, only the unit wraps
        font = SANS_BOLD if n == len(rows) - 1 else SANS
        body.append([_cell(escape(row[0]), font), *(str(v) for v in row[1:6]),
                     percent(row[6])])
    # every header word on one line: each figure's column as wide as its longest word
    pad = 3
    widths = [max(stringWidth(word, SANS_BOLD, 7) for word in h.split()) + 2 * pad + 1
              for h in UNIT_HEAD[1:]]
    widths.insert(0, width - sum(widths))
    style = TableStyle([
        ("FONT", (1, 1), (-1, -1), SANS, 7), ("FONT", (1, -1), (-1, -1), SANS_BOLD, 7),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ])
    return Table([head, *body], colWidths=widths, repeatRows=1, style=style)


_CHART_UNITS = 40  # bars per drawing; a drawing cannot break across pages


def _charts(recap: Recap, width: float) -> list[Drawing]:
    return [_chart(recap.units[i:i + _CHART_UNITS], width)
            for i in range(0, len(recap.units), _CHART_UNITS)]


def _chart(units: list, width: float) -> Drawing:
    """A horizontal bar per unit: the share that has pledged; long unit names wrap."""
    size, leading = 6.5, 7.4
    label_w = min(70 * mm, max(stringWidth(u.unit, SANS, size) for u in units) + 12)
    labels = [wrap(u.unit, SANS, size, label_w - 8) for u in reversed(units)]
    bar = max(11.0, max(len(lines) for lines in labels) * leading + 3)
    height = bar * len(units) + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = width - label_w - 30, bar * len(units)
    chart.data = [[round(u.percent, 1) for u in reversed(units)]]
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in labels]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.leading = leading
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = colors.HexColor("#2E7D32")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = percent  # the decimal comma, as in the table
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(width / 2, height - 9, f"Persentase peserta yang {SIGNED.lower()} ikrar "
                       "per unit kerja", fontName=SANS_BOLD, fontSize=7.5, textAnchor="middle"))
    return drawing


# --- the official's block -------------------------------------------------------------------


def official_lines(event) -> tuple[str, str, str, str]:
    """Position line, name, rank and NIP of the official who signs "Mengetahui".

    THE ONE PLACE the recap reads the official: the rank and NIP fields come with the
    certificate's official block (issue 15, `Event.official_rank`, `Event.official_nip`);
    until they exist they read as empty and their lines are left out.
    """
    rank = (getattr(event, "official_rank", "") or "").strip()
    nip = (getattr(event, "official_nip", "") or "").strip()
    return (event.official_title.strip(), event.official_name.strip(), rank,
            formatted_nip(nip) if nip else "")


def _signature_block(recap: Recap, width: float, today: datetime) -> KeepTogether:
    event = recap.event
    title, name, rank, nip = official_lines(event)
    place = f"{event.city}, " if event.city else ""
    lines = [paragraph(f"{place}{format_date(today.astimezone(recap.tz).date())}", SANS, 8.5),
             paragraph("Mengetahui,", SANS, 8.5)]
    if title:
        lines.append(paragraph(title + ",", SANS, 8.5))
    lines.append(Spacer(0, 20 * mm))  # room for the signature and the stamp
    lines.append(paragraph(name or "(nama pejabat)", SANS_BOLD, 8.5))
    if rank:
        lines.append(paragraph(rank, SANS, 8.5))
    if nip:
        lines.append(paragraph(f"NIP {nip}", SANS, 8.5))
    block = Table([[None, lines]], colWidths=[width - 75 * mm, 75 * mm],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(0, 8 * mm), block])


# --- the document ---------------------------------------------------------------------------


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


class _CountingCanvas(Canvas):
    """Draws "dari y" on every page as one form, filled in with the page count at the end."""

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        pages = self.getPageNumber() - 1
        self.beginForm(PAGES_FORM)
        self.setFont(SANS, 7)
        self.drawString(0, 0, f"dari {pages}")
        self.endForm()
        super().save()


def _page_number(canvas: Canvas) -> None:
    """"Halaman x dari y" at the foot, left: x now, "dari y" from the form drawn at the end."""
    canvas.saveState()
    canvas.setFont(SANS, 7)
    text = f"Halaman {canvas.getPageNumber()} "
    canvas.drawString(page.MARGIN_X, 10 * mm, text)
    canvas.translate(page.MARGIN_X + stringWidth(text, SANS, 7), 10 * mm)
    canvas.doForm(PAGES_FORM)
    canvas.restoreState()


def write_pdf(recap: Recap, handle: IO[bytes], *, today: datetime | None = None) -> None:
    register_fonts()
    issuer = _issuer(recap)
    event = recap.event

    def first(canvas, _doc) -> None:
        page.draw_letterhead(canvas, issuer)
        _page_number(canvas)

    def later(canvas, _doc) -> None:
        canvas.setFont(SANS, 7)
        canvas.drawString(page.MARGIN_X, A4[1] - 12 * mm,
                          f"Rekapitulasi kehadiran — {event.title}")
        _page_number(canvas)

    doc = SimpleDocTemplate(handle, pagesize=A4, leftMargin=page.MARGIN_X,
                            rightMargin=page.MARGIN_X, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=f"Rekapitulasi kehadiran {event.title}",
                            author=event.agency)
    width = page.TEXT_W - 12  # the frame's padding
    story: list = [
        Spacer(0, page.LETTERHEAD_H - 2 * mm),  # the letterhead is drawn on the first page
        paragraph(TITLE, SERIF_BOLD, 12.5, 1),
        paragraph(event.title, SERIF_BOLD, 11, 1),
        paragraph(subtitle(recap), SANS, 8.5, 1),
        Spacer(0, 5 * mm),
        _unit_table(recap, width),
        Spacer(0, 5 * mm), *_charts(recap, width), Spacer(0, 5 * mm),
        Paragraph(f"Daftar peserta yang {SIGNED.lower()} ikrar", _heading()),
    ]
    signer_rows = [(s.number, s.name, formatted_nip(s.nip), s.unit,
                    s.signed_at.astimezone(recap.tz).strftime("%H.%M.%S"), s.station,
                    s.certificate) for s in recap.signers]
    widths = [7.5 * mm, 33.5 * mm, 30.8 * mm, 29 * mm, 12.5 * mm, 14.8 * mm]  # a number: one line
    widths.append(width - sum(widths))
    head = (*SIGNER_HEAD[:4], f"Pukul ({event.timezone})", *SIGNER_HEAD[5:])
    story.append(Rows(head, signer_rows, widths))
    story += [Spacer(0, 5 * mm),
              Paragraph(f"Daftar peserta yang {NOT_SIGNED.lower()} ikrar", _heading())]
    rows = [(p.number, p.name, formatted_nip(p.nip), p.unit) for p in recap.not_signed]
    widths = [8 * mm, 65 * mm, 32 * mm]
    widths.append(width - sum(widths))
    story.append(Rows(NOT_SIGNED_HEAD, rows, widths))
    story.append(_signature_block(recap, width, today or datetime.now().astimezone()))
    doc.build(story, onFirstPage=first, onLaterPages=later, canvasmaker=_CountingCanvas)


@lru_cache(maxsize=1)
def _heading() -> ParagraphStyle:
    return ParagraphStyle("h", fontName=SANS_BOLD, fontSize=9.5, leading=12, spaceAfter=4)
