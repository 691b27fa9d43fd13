"""Text that keeps inside its box: wrap, then shrink, then cut with an ellipsis.

One module for every printed document (certificates, badge sheets, the recap report):

- `fit_paragraph` wraps into a width and shrinks until the text is no higher than a box
  (a reportlab Paragraph, or a `Line` when one line does);
- `fit_lines` wraps into at most n lines of a width, shrinking to a floor (plain strings,
  for callers that draw the lines themselves);
- `fit_line` and `draw_line` for one line shrunk to a width; `ellipsize` cuts a line that must
  keep its size.

Below its floor, text is cut and ends in "…": nothing leaves its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

FLOOR = 5.5  # the smallest type a long field shrinks to before it is cut
INK = HexColor("#111111")


# --- names ---------------------------------------------------------------------------------

NBSP = "\u00a0"


def keep_titles(name: str) -> str:
    """A name whose titles never break across lines: the front titles ("Dr. H.") and the back
    titles after the comma ("S.H., M.Si.", "M.ASEAN / Eng.") joined by no-break spaces, the
    back titles also to the last word of the name. Lines still break between the words of
    the name itself. Text extraction reads the no-break space as a space."""
    head, comma, back = name.partition(",")
    words = head.split()
    front = 0
    while front < len(words) - 1 and words[front].endswith("."):
        front += 1
    if front:
        words[:front + 1] = [NBSP.join(words[:front + 1])]
    head = " ".join(words)
    if not comma:
        return head
    return head + "," + NBSP + NBSP.join(back.split())


# --- paragraphs (wrap into a box's width, shrink into its height) ---------------------------


@lru_cache(maxsize=512)
def style(font: str, size: float, align: int = TA_LEFT, leading: float = 1.22,
          indent: float = 0.0, colour: Color = INK) -> ParagraphStyle:
    return ParagraphStyle(
        f"{font}-{size}-{align}-{indent}", fontName=font, fontSize=size,
        leading=size * leading, alignment=align, textColor=colour, leftIndent=indent,
        bulletFontName=font, bulletFontSize=size, splitLongWords=True,
    )


class Line:
    """Text that fits on one line, drawn where a one-line Paragraph would put it.

    Most fields on a certificate are one short line; drawing them directly skips the
    Paragraph parser, a sizeable part of a page's time.
    """

    def __init__(self, text: str, font: str, size: float, align: int, underline: bool,
                 colour: Color) -> None:
        self.text, self.font, self.size, self.align = text, font, size, align
        self.underline, self.colour = underline, colour
        self.text_width = stringWidth(text, font, size)
        self.height = size * 1.22
        self.width = self.text_width

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width = width
        return width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float) -> None:  # noqa: N802 - flowable API
        if self.align == TA_CENTER:
            x += (self.width - self.text_width) / 2
        elif self.align == TA_RIGHT:
            x += self.width - self.text_width
        baseline = y + self.height - self.size  # where Paragraph puts its first baseline
        canvas.setFillColor(self.colour)
        canvas.setFont(self.font, self.size)
        canvas.drawString(x, baseline, self.text)
        if self.underline:
            canvas.setStrokeColor(self.colour)
            canvas.setLineWidth(self.size / 15)
            y_line = baseline - self.size / 8
            canvas.line(x, y_line, x + self.text_width, y_line)


def paragraph(text: str, font: str, size: float, align: int = TA_LEFT, *,
              underline: bool = False, colour: Color = INK,
              width: float | None = None) -> Paragraph | Line:
    """A Paragraph, or a Line when the text fits `width` on one line."""
    if width is not None and "\n" not in text and stringWidth(text, font, size) <= width:
        return Line(text, font, size, align, underline, colour)
    markup = escape(text).replace("\n", "<br/>")
    return Paragraph(f"<u>{markup}</u>" if underline else markup,
                     style(font, size, align, colour=colour))


@dataclass
class Fitted:
    paragraph: Paragraph | Line
    height: float
    size: float


def fit_paragraph(text: str, font: str, width: float, max_height: float, *, start: float,
                  floor: float = FLOOR, align: int = TA_LEFT, underline: bool = False,
                  colour: Color = INK) -> Fitted:
    """Wrap `text` into `width`, shrinking from `start` until it is at most `max_height` high.

    Text that does not fit even at `floor` is cut and ends in "…": nothing leaves the box.
    """
    size = start
    while True:
        para = paragraph(text, font, size, align, underline=underline, colour=colour,
                         width=width)
        _, height = para.wrap(width, max_height)
        if height <= max_height + 0.01 and _widest(para) <= width + 0.01:
            return Fitted(para, height, size)
        if size - 0.25 >= floor:
            size -= 0.25
            continue
        if len(text) <= 1:
            return Fitted(para, min(height, max_height), size)
        text = text[: max(1, int(len(text) * 0.9))].rstrip() + "…"


def _widest(para: Paragraph | Line) -> float:
    """Widest wrapped line (an unbreakable word can overhang the width)."""
    if isinstance(para, Line):
        return para.text_width
    lines = getattr(para.blPara, "lines", [])
    widest = 0.0
    for line in lines:
        extra = getattr(line, "extraSpace", None)
        if extra is None and isinstance(line, tuple):
            extra = line[0]
        if extra is not None and extra < 0:
            widest = max(widest, para.width - extra)
    return widest


# --- lines (wrap into at most n lines) ------------------------------------------------------


@dataclass(frozen=True)
class Lines:
    lines: tuple[str, ...]
    size: float
    leading: float
    cut: bool = False  # text was shortened with an ellipsis

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def _hard_split(text: str, font: str, size: float, width: float) -> list[str]:
    """simpleSplit, then words wider than the box broken by character."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def fit_lines(text: str, font: str, width: float, max_lines: int, start: float,
              floor: float = FLOOR, leading: float = 1.18) -> Lines:
    """Wrap `text` into at most `max_lines` of `width`, shrinking from `start` to `floor`."""
    text = " ".join(text.split())
    size = start
    while True:
        lines = _hard_split(text, font, size, width)
        if len(lines) <= max_lines or size <= floor:
            break
        size = max(floor, round(size - 0.25, 2))
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = ellipsize(kept[-1] + "…", font, size, width)
        return Lines(tuple(kept), size, size * leading, cut=True)
    return Lines(tuple(lines), size, size * leading)


# --- one line -------------------------------------------------------------------------------


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text`, or as much of it as fits `width` followed by "…"."""
    # No glyph of the fonts used is wider than 1.0 em: short text needs no measuring.
    if len(text) * size <= width or stringWidth(text, font, size) <= width:
        return text
    text = text.removesuffix("…")
    while len(text) > 1 and stringWidth(text.rstrip() + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_line(text: str, font: str, width: float, start: float, floor: float = FLOOR) -> float:
    """The largest size (≤ start) at which `text` fits `width` on one line."""
    natural = stringWidth(text, font, start)
    return start if natural <= width else max(floor, start * width / natural)


def draw_line(canvas: Canvas, text: str, font: str, size: float, x: float, y: float,
              width: float, align: str = "center") -> None:
    """One line at baseline y, shrunk (never below FLOOR, then cut) to fit `width`."""
    size = fit_line(text, font, width, size)
    text = ellipsize(text, font, size, width)
    canvas.setFont(font, size)
    if align == "center":
        canvas.drawCentredString(x + width / 2, y, text)
    elif align == "right":
        canvas.drawRightString(x + width, y, text)
    else:
        canvas.drawString(x, y, text)
