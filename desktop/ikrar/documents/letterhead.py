"""The A4 frame every Ikrar document shares: margins, the letterhead (kop) with its double
rule, and forms, the parts drawn once per PDF and placed on every page that shows them.

Certificates place their letterhead, pledge, official's signature and seal as forms, which
keeps a 1,000-page batch small and fast; the recap report places the same letterhead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ikrar.documents.fitting import INK, draw_line
from ikrar.documents.fonts import SERIF, SERIF_BOLD

if TYPE_CHECKING:
    from ikrar.documents.certificate import Issuer

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
TOP = PAGE_H - 12 * mm
BOTTOM = 10 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X
LETTERHEAD_H = 27 * mm
RULE = HexColor("#222222")

Box = tuple[float, float, float, float]  # x, y (bottom), width, height in points


def form(canvas: Canvas, name: str, box: Box, draw: Callable[[Canvas], None], *,
         opacity: float = 1.0) -> None:
    """Place form `name` (drawn by `draw` in its own coordinates 0..w, 0..h) at box.

    Forms get no transparency of their own (reportlab gives them no ExtGState resources):
    `opacity` is set on the page around the form, which the form inherits.
    """
    x, y, w, h = box
    if not canvas.hasForm(name):
        canvas.beginForm(name, 0, 0, w, h)
        draw(canvas)
        canvas.endForm()
    canvas.saveState()
    if opacity < 1:
        canvas.setFillAlpha(opacity)
        canvas.setStrokeAlpha(opacity)
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


def draw_letterhead(canvas: Canvas, issuer: Issuer) -> Box:
    """The issuer's logo and letterhead lines over a thick-and-thin rule, at the page top."""
    box = (MARGIN_X, TOP - LETTERHEAD_H, TEXT_W, LETTERHEAD_H)

    def draw(c: Canvas) -> None:
        left = 0.0
        if issuer.logo is not None:
            w, h = issuer.logo.fit(24 * mm, 23 * mm)
            c.drawImage(issuer.logo.reader(), 0, 4 * mm + (23 * mm - h) / 2, w, h,
                        mask="auto")
            left = w + 4 * mm
        lines = list(issuer.letterhead)
        specs = []
        for i, line in enumerate(lines):
            address = len(lines) >= 3 and i == len(lines) - 1
            font = SERIF if address else SERIF_BOLD
            size = 9.5 if address else (13 if i == 0 and len(lines) > 1 else 15.5)
            specs.append((line, font, size))
        total = sum(s * 1.25 for _, _, s in specs)
        room = LETTERHEAD_H - 5 * mm
        scale = min(1.0, room / total) if total else 1.0
        y = 4 * mm + room - (room - total * scale) / 2
        for line, font, size in specs:
            size *= scale
            y -= size * 1.05
            c.setFillColor(INK)
            draw_line(c, line, font, size, left, y, TEXT_W - left)
            y -= size * 0.2
        # The kop's double rule: thick over thin.
        c.setStrokeColor(RULE)
        c.setLineWidth(2.2)
        c.line(0, 2.4 * mm, TEXT_W, 2.4 * mm)
        c.setLineWidth(0.6)
        c.line(0, 1.2 * mm, TEXT_W, 1.2 * mm)

    form(canvas, f"kop{issuer.key}", box, draw)
    return box
