"""The signing part of a certificate or pakta page: the attendee's and the official's blocks,
the seal, and the witnesses in a row.

The official's block is written as the agency writes it: the position line as given (with
Pj./Plt./a.n.), the signature, the name exactly as given (titles kept whole on one line), the
rank and the NIP when the event has them. The seal sits over the left third of the official's
signature and wholly above the name, as a clerk stamps it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ikrar.core import strokes
from ikrar.core.errors import IkrarError
from ikrar.documents.fitting import INK, draw_line, fit_paragraph, keep_titles
from ikrar.documents.fonts import SERIF, SERIF_BOLD
from ikrar.documents.letterhead import MARGIN_X, PAGE_W, Box, form
from ikrar.documents.seal import OPACITY
from ikrar.documents.signature_render import draw_signature

if TYPE_CHECKING:
    from ikrar.documents.certificate import CertificateData, Issuer, Layout

COL_W = 82 * mm
GREY = HexColor("#444444")
HEAD_H = 12 * mm
INK_TOP, INK_H = 19 * mm, 22 * mm  # the signature's room, below the block's top
NAME_TOP = INK_TOP + INK_H + 1 * mm
NAME_H = 9 * mm
LINE = 4.3 * mm  # rank, NIP, note: one under the other, the same distance below the name
WITNESS_ROW = 19 * mm
WITNESS_LABEL = 3.8 * mm


def signatures(canvas: Canvas, issuer: Issuer, data: CertificateData, top: float,
               layout: Layout, *, pakta: bool = False) -> None:
    """The two blocks from `top`: on a certificate the attendee left and the official right
    (under the place and date); on a pakta the official "Mengetahui" left and the attendee,
    who makes the statement, right."""
    left, right = MARGIN_X, PAGE_W - MARGIN_X - COL_W
    attendee_x, official_x = (right, left) if pakta else (left, right)
    canvas.setFillColor(INK)
    draw_line(canvas, issuer.place_date or data.place_date, SERIF, 11, right, top - 4.5 * mm,
              COL_W)
    layout.boxes["place_date"] = (right, top - 6 * mm, COL_W, 6 * mm)
    official_head = issuer.official_title.strip() + ","
    if pakta:
        official_head = "Mengetahui,\n" + official_head
    heads = ((attendee_x, "Yang membuat pernyataan," if pakta else "Yang berikrar,", "attendee"),
             (official_x, official_head, "official"))
    for x, text, who in heads:
        fitted = fit_paragraph(text, SERIF, COL_W, HEAD_H, start=11, align=TA_CENTER)
        fitted.paragraph.drawOn(canvas, x, top - 6.5 * mm - fitted.height)
        layout.boxes[f"head_{who}"] = (x, top - 6.5 * mm - HEAD_H, COL_W, HEAD_H)

    ink_box = (attendee_x + 6 * mm, top - INK_TOP - INK_H, COL_W - 12 * mm, INK_H)
    _attendee_signature(canvas, data, ink_box)
    layout.boxes["attendee_signature"] = ink_box
    official_box = (official_x + 14 * mm, top - INK_TOP - INK_H, COL_W - 28 * mm, INK_H)
    drawn = _official_signature(canvas, issuer, official_box)
    layout.boxes["official_signature"] = drawn

    lines = {"attendee": [(f"NIP {data.nip}", SERIF, 10, INK)],
             "official": [(line, SERIF, 10, INK) for line in (
                 issuer.official_rank.strip(),
                 f"NIP. {issuer.official_nip}" if issuer.official_nip.strip() else "") if line]}
    if data.signed_on:
        lines["attendee"].append((f"(ditandatangani pada {data.signed_on})", SERIF, 8.5, GREY))
    name_top = top - NAME_TOP
    for x, name, who in ((attendee_x, data.name, "attendee"),
                         (official_x, issuer.official_name, "official")):
        fitted = fit_paragraph(keep_titles(name), SERIF_BOLD, COL_W, NAME_H, start=11,
                               align=TA_CENTER, underline=True)
        fitted.paragraph.drawOn(canvas, x, name_top - fitted.height)
        layout.boxes[f"name_{who}"] = (x, name_top - fitted.height, COL_W, fitted.height)
        y = name_top - fitted.height  # the next lines follow the name, however many lines
        for i, (text, font, size, colour) in enumerate(lines[who]):
            canvas.setFillColor(colour)
            draw_line(canvas, text, font, size, x, y - LINE * (i + 1) + 1.2 * mm, COL_W)
            layout.boxes[f"{who}_line_{i}"] = (x, y - LINE * (i + 1), COL_W, LINE)
    # Stamped as a clerk would: over the left third of the signature, wholly above the name.
    d = issuer.seal.diameter
    cx = drawn[0] + drawn[2] / 6
    cy = name_top + d / 2 + 0.5 * mm
    layout.boxes["seal"] = _seal(canvas, issuer, cx, cy)


def _official_signature(canvas: Canvas, issuer: Issuer, box: Box) -> Box:
    """The official's signature image centred in `box`; returns where it went (the box
    itself when there is none, a draft)."""
    picture = issuer.official_signature
    if picture is None:
        return box
    w, h = picture.fit(box[2], box[3])
    drawn = (box[0] + (box[2] - w) / 2, box[1] + (box[3] - h) / 2, w, h)

    def draw(c: Canvas) -> None:
        c.drawImage(picture.reader(), 0, 0, w, h, mask="auto")

    form(canvas, f"ttd{issuer.key}", drawn, draw)
    return drawn


def _seal(canvas: Canvas, issuer: Issuer, cx: float, cy: float) -> Box:
    d = issuer.seal.diameter
    box = (cx - d / 2, cy - d / 2, d, d)
    form(canvas, f"cap{issuer.key}", box, lambda c: issuer.seal.draw(c, d / 2, d / 2),
         opacity=OPACITY)
    return box


def _attendee_signature(canvas: Canvas, data: CertificateData, box: Box) -> None:
    try:
        sig = strokes.decode(data.strokes)
    except strokes.StrokeFormatError as exc:
        raise IkrarError(
            "certificate.signature_unreadable",
            f"The stored signature for certificate {data.number} cannot be read ({exc}).",
            number=data.number, reason=exc,
        ) from exc
    draw_signature(canvas, sig, box)


def witness_height(count: int) -> float:
    return WITNESS_LABEL + math.ceil(count / 4) * WITNESS_ROW if count else 0.0


def witnesses_form(canvas: Canvas, issuer: Issuer, x: float, top: float, width: float,
                   layout: Layout) -> float:
    """The witnesses' row (the same on every page) as a form drawn once per PDF, its boxes in
    `layout`; returns its height."""
    height = witness_height(len(issuer.witnesses))
    scratch = type(layout)()
    form(canvas, f"saksi{issuer.key}", (x, top - height, width, height),
         lambda c: draw_witnesses(c, issuer.witnesses, 0, height, width, scratch))
    for name, (bx, by, bw, bh) in witness_boxes(len(issuer.witnesses), width, height).items():
        layout.boxes[name] = (x + bx, top - height + by, bw, bh)
    return height


_SPECS = ((SERIF_BOLD, 8, 0.0, 3.5 * mm), (SERIF, 7.5, 3.5 * mm, 3.3 * mm),
          (SERIF_BOLD, 8, 14.5 * mm, 3.6 * mm))  # font, size, offset, room of each line


def witness_boxes(count: int, width: float, top: float) -> dict[str, Box]:
    """Where the witnesses' lines go (the same whatever they say)."""
    per_row = min(4, count)
    col = width / per_row
    boxes = {"witness_label": (0.0, top - WITNESS_LABEL, width, WITNESS_LABEL)}
    for i in range(count):
        cx = (i % per_row) * col + 1 * mm
        y = top - WITNESS_LABEL - (i // per_row) * WITNESS_ROW
        for j, (_, _, offset, room) in enumerate(_SPECS):
            boxes[f"witness_{i}_{j}"] = (cx, y - offset - room, col - 2 * mm, room)
    return boxes


def draw_witnesses(canvas: Canvas, witnesses: tuple, x: float, top: float, width: float,
                   layout: Layout) -> float:
    """"Disaksikan oleh:" centred over a row of witnesses (four a row), each with the
    institution, the position, room to sign over a line, and the name; returns the height."""
    canvas.setFillColor(INK)
    draw_line(canvas, "Disaksikan oleh:", SERIF_BOLD, 8.5, x, top - 3 * mm, width)
    layout.boxes["witness_label"] = (x, top - WITNESS_LABEL, width, WITNESS_LABEL)
    per_row = min(4, len(witnesses))
    col = width / per_row
    w = col - 2 * mm
    specs = _SPECS

    def parts(witness) -> tuple[str, str, str]:
        return witness.role, witness.title, keep_titles(witness.name)

    # One size per line across the row: the institutions alike, the names alike.
    sizes = [min((fit_paragraph(parts(wit)[j], font, w, room, start=size).size
                  for wit in witnesses if parts(wit)[j].strip()), default=size)
             for j, (font, size, _, room) in enumerate(specs)]
    for i, witness in enumerate(witnesses):
        cx = x + (i % per_row) * col + 1 * mm
        y = top - WITNESS_LABEL - (i // per_row) * WITNESS_ROW
        for j, (text, (font, _, offset, room)) in enumerate(zip(parts(witness), specs,
                                                               strict=True)):
            if not text.strip():
                continue
            fitted = fit_paragraph(text, font, w, room, start=sizes[j], align=TA_CENTER)
            fitted.paragraph.drawOn(canvas, cx, y - offset - fitted.height)
            layout.boxes[f"witness_{i}_{j}"] = (cx, y - offset - room, w, room)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 1.5)
        canvas.line(cx + w * 0.12, y - 14 * mm, cx + w * 0.88, y - 14 * mm)
        canvas.setDash()
    return witness_height(len(witnesses))
