"""One certificate page (A4 portrait).

The page, top to bottom: letterhead (kop) with a double rule, title and number, the attendee
block, the pledge as signed, place and date, the attendee's and the presiding official's
signatures (the seal over the official's), witnesses, and a footer with the verification QR.

Every text box has a fixed place; long text wraps, then shrinks (`ikrar.documents.fitting`),
so nothing leaves its box. `draw_certificate` returns the boxes it used so tests can check
exactly that. What all pages of an event share (letterhead, pledge, official's signature and
seal) is drawn once per PDF as a form and reused (`ikrar.documents.letterhead.form`).
What a page shows comes from the store through `ikrar.documents.certificate_data`.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ikrar.core import strokes
from ikrar.core.errors import IkrarError
from ikrar.core.pledge import parse_pledge
from ikrar.documents.fitting import INK, draw_line, fit_paragraph, paragraph, style
from ikrar.documents.fonts import SERIF, SERIF_BOLD, register_fonts
from ikrar.documents.letterhead import (
    BOTTOM,
    LETTERHEAD_H,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    RULE,
    TEXT_W,
    TOP,
    Box,
    draw_letterhead,
    form,
)
from ikrar.documents.qr import draw_qr
from ikrar.documents.seal import OPACITY, Picture, Seal
from ikrar.documents.signature_render import draw_signature

QR_MM = 42  # 0.55 mm modules for a version-13 code: 3.2 pixels at 150 dpi, which survive a blur
COPY_RED = Color(0.72, 0.1, 0.1)
TITLE = "SERTIFIKAT"
VERIFY_LINE = ("Pindai QR ini dengan `ikrar verify` atau halaman Verifikasi aplikasi Ikrar "
               "untuk memeriksa keaslian sertifikat ini.")


class LayoutError(IkrarError):
    """The content cannot fit the page (a pledge far longer than any real one)."""


@dataclass(frozen=True)
class Witness:
    role: str
    name: str
    title: str = ""


@dataclass(frozen=True)
class Issuer:
    """What every certificate of one event shares. Plain data: it travels to worker processes."""

    letterhead: tuple[str, ...]
    logo: Picture | None
    event_title: str
    venue: str
    official_title: str
    official_name: str  # as printed (an acting official's without titles)
    official_signature: Picture | None
    seal: Seal
    witnesses: tuple[Witness, ...]
    pledge_text: str
    key: str = ""  # names this issuer's forms inside a PDF

    def __post_init__(self) -> None:
        if not self.key:
            digest = hashlib.sha256(repr((
                self.letterhead, self.logo and self.logo.data, self.event_title, self.venue,
                self.official_title, self.official_name,
                self.official_signature and self.official_signature.data,
                self.seal.agency, self.seal.image and self.seal.image.data, self.witnesses,
                self.pledge_text,
            )).encode()).hexdigest()[:12]
            object.__setattr__(self, "key", digest)


@dataclass(frozen=True)
class CertificateData:
    """One attendee's page. Plain data: it travels to worker processes."""

    number: str
    name: str  # with titles
    nip: str  # grouped, "19900101 201501 1 001"
    rank: str  # "Pembina, IV/a"
    position: str
    unit: str
    place_date: str  # "Sumedang, 10 Juli 2024"
    strokes: bytes  # ikrar.core.strokes encoding
    qr_text: str
    copy: int = 0  # 0 for the original, n for the n-th copy (SALINAN)
    pledge_text: str = ""  # the version this attendee signed, when not the event's current one


@dataclass
class Layout:
    """The boxes a page used, by name (tests check that text stays inside them)."""

    boxes: dict[str, Box] = field(default_factory=dict)
    sizes: dict[str, float] = field(default_factory=dict)


# --- shared parts, drawn once per PDF as forms ----------------------------------------------


@dataclass
class _Pledge:
    """The pledge wrapped at one size: heading, paragraphs and points, with their heights."""

    size: float
    items: list[tuple[Paragraph, float, float]]  # paragraph, height, space after
    height: float


@lru_cache(maxsize=32)
def fit_pledge(text: str, width: float, max_height: float) -> _Pledge:
    """The whole pledge at the largest size (11 pt down to 6 pt) that fits the box."""
    pledge = parse_pledge(text)
    size = 11.0
    while True:
        items = []
        gap = size * 0.45
        head = paragraph(pledge.heading, SERIF_BOLD, size + 0.5, TA_CENTER)
        items.append((head, head.wrap(width, 1e6)[1], gap))
        for block in filter(None, pledge.preamble.split("\n\n")):
            para = paragraph(block, SERIF, size, TA_JUSTIFY)
            items.append((para, para.wrap(width, 1e6)[1], gap * 0.6))
        indent = stringWidth("10.", SERIF, size) + 2.5 * mm
        for i, point in enumerate(pledge.points, 1):
            para = Paragraph(escape(point), style(SERIF, size, TA_JUSTIFY, indent=indent),
                             bulletText=f"{i}.")
            items.append((para, para.wrap(width, 1e6)[1], gap * 0.35))
        if pledge.closing:
            last = items[-1]
            items[-1] = (last[0], last[1], gap * 0.6)
            for block in pledge.closing.split("\n\n"):
                para = paragraph(block, SERIF, size, TA_JUSTIFY)
                items.append((para, para.wrap(width, 1e6)[1], gap * 0.6))
        height = sum(h + g for _, h, g in items) - items[-1][2]
        if height <= max_height:
            return _Pledge(size, items, height)
        if size <= 6.0:
            raise LayoutError(
                "certificate.pledge_too_long",
                "The pledge text is too long to fit on the certificate page even in small "
                "type. Shorten the pledge on the event page."
            )
        size -= 0.25


def _pledge(canvas: Canvas, issuer: Issuer, text: str, top: float, bottom: float,
            layout: Layout) -> None:
    avail = top - bottom
    fitted = fit_pledge(text, TEXT_W - 10 * mm, math.floor(avail))
    version = hashlib.sha256(text.encode()).hexdigest()[:8]
    box = (MARGIN_X + 5 * mm, top - fitted.height, TEXT_W - 10 * mm, fitted.height)

    def draw(c: Canvas) -> None:
        y = fitted.height
        for para, height, gap in fitted.items:
            para.drawOn(c, 0, y - height)
            y -= height + gap

    form(canvas, f"ikrar{issuer.key}v{version}s{int(fitted.size * 100)}", box, draw)
    layout.boxes["pledge"] = box
    layout.sizes["pledge"] = fitted.size


def _official_signature(canvas: Canvas, issuer: Issuer, box: Box) -> None:
    picture = issuer.official_signature
    if picture is None:
        return

    def draw(c: Canvas) -> None:
        w, h = picture.fit(box[2], box[3])
        c.drawImage(picture.reader(), (box[2] - w) / 2, (box[3] - h) / 2, w, h, mask="auto")

    form(canvas, f"ttd{issuer.key}", box, draw)


def _seal(canvas: Canvas, issuer: Issuer, cx: float, cy: float) -> Box:
    d = issuer.seal.diameter
    box = (cx - d / 2, cy - d / 2, d, d)
    form(canvas, f"cap{issuer.key}", box, lambda c: issuer.seal.draw(c, d / 2, d / 2),
          opacity=OPACITY)
    return box


# --- the page -------------------------------------------------------------------------------

COL_W = 82 * mm
SIGN_H = 54 * mm
ATTENDEE_MAX_H = 40 * mm
GREY = HexColor("#444444")


def draw_certificate(canvas: Canvas, issuer: Issuer, data: CertificateData) -> Layout:
    """Draw one certificate on the canvas's current page (the caller calls showPage)."""
    register_fonts()
    layout = Layout()
    canvas.setFillColor(INK)
    if data.copy:
        _copy_watermark(canvas, layout)
    layout.boxes["letterhead"] = draw_letterhead(canvas, issuer)
    y = TOP - LETTERHEAD_H - 9 * mm
    _title(canvas, y, layout)
    y -= 6 * mm
    canvas.setFillColor(INK)
    draw_line(canvas, f"Nomor: {data.number}", SERIF, 11, MARGIN_X + 42 * mm, y,
              TEXT_W - 84 * mm)
    layout.boxes["number"] = (MARGIN_X + 42 * mm, y - 3, TEXT_W - 84 * mm, 14)
    if data.copy:
        _copy_stamp(canvas, data.copy, y + 5 * mm, layout)
    y -= 7.5 * mm
    canvas.setFont(SERIF, 11)
    canvas.drawString(MARGIN_X, y, "Diberikan kepada:")
    layout.boxes["to"] = (MARGIN_X, y - 3, TEXT_W, 14)
    y = _attendee(canvas, data, y - 3 * mm, layout)

    intro = "yang telah mengucapkan dan menandatangani ikrar berikut"
    if issuer.event_title:
        intro += f" dalam acara {issuer.event_title}"
    if issuer.venue:
        intro += f" di {issuer.venue}"
    fitted = fit_paragraph(intro + ":", SERIF, TEXT_W, 11 * mm, start=11, align=TA_JUSTIFY)
    y -= 2 * mm
    fitted.paragraph.drawOn(canvas, MARGIN_X, y - fitted.height)
    layout.boxes["intro"] = (MARGIN_X, y - 11 * mm, TEXT_W, 11 * mm)
    y -= fitted.height + 3.5 * mm

    footer_top = BOTTOM + QR_MM * mm
    witness_h = _witness_height(issuer)
    sign_top = footer_top + 6 * mm + witness_h + SIGN_H
    _pledge(canvas, issuer, data.pledge_text or issuer.pledge_text, y, sign_top + 3 * mm,
            layout)
    _signatures(canvas, issuer, data, sign_top, layout)
    if issuer.witnesses:
        _witnesses(canvas, issuer, footer_top + 5 * mm + witness_h, layout)
    _footer(canvas, data, footer_top, layout)
    return layout


def _title(canvas: Canvas, baseline: float, layout: Layout) -> None:
    size, spacing = 21, 4
    width = stringWidth(TITLE, SERIF_BOLD, size) + spacing * (len(TITLE) - 1)
    text = canvas.beginText(PAGE_W / 2 - width / 2, baseline)
    text.setFont(SERIF_BOLD, size)
    text.setCharSpace(spacing)
    text.textOut(TITLE)
    text.setCharSpace(0)  # character spacing is page state: it would outlive this line
    canvas.setFillColor(INK)
    canvas.drawText(text)
    layout.boxes["title"] = (PAGE_W / 2 - width / 2, baseline - 5, width + spacing, size + 6)


def _attendee(canvas: Canvas, data: CertificateData, top: float, layout: Layout) -> float:
    """Label : value rows. Values wrap, then shrink together (to 7.5 pt), then the long ones
    shrink alone within a fair share of the block; labels stay at least 9 pt."""
    x_label = MARGIN_X + 8 * mm
    label_w, colon_w = 38 * mm, 4 * mm
    x_value = x_label + label_w + colon_w
    value_w = PAGE_W - MARGIN_X - x_value
    rows = [("Nama", data.name, SERIF_BOLD), ("NIP", data.nip, SERIF),
            ("Pangkat/Golongan", data.rank or "-", SERIF),
            ("Jabatan", data.position or "-", SERIF), ("Unit Kerja", data.unit or "-", SERIF)]
    gap = 1.2 * mm
    budget = ATTENDEE_MAX_H - gap * (len(rows) - 1)
    size = 11.0
    while True:
        label_h = max(size, 9.0) * 1.2  # a row is never lower than its label
        paras = [paragraph(value, font, size, width=value_w) for _, value, font in rows]
        text_h = [p.wrap(value_w, 1e6)[1] for p in paras]
        room = [max(h, label_h) for h in text_h]
        if sum(room) <= budget or size <= 7.5:
            break
        size -= 0.25
    if sum(room) > budget:
        wanted, remaining, left = list(room), budget, len(rows)
        for i in sorted(range(len(rows)), key=wanted.__getitem__):
            room[i] = min(wanted[i], remaining / left)
            remaining -= room[i]
            left -= 1
        for i, (_, value, font) in enumerate(rows):
            if text_h[i] > room[i]:
                fitted = fit_paragraph(value, font, value_w, room[i], start=size)
                paras[i], text_h[i] = fitted.paragraph, fitted.height
                room[i] = max(fitted.height, label_h)  # what it took, not its whole share
    y = top
    label_size = max(size, 9.0)
    for (label, _, _), para, height, box_h in zip(rows, paras, text_h, room, strict=True):
        canvas.setFont(SERIF, label_size)
        canvas.setFillColor(INK)
        first = y - size * 0.93
        canvas.drawString(x_label, first, label)
        canvas.drawString(x_label + label_w, first, ":")
        para.drawOn(canvas, x_value, y - height)
        key = label.lower().split("/")[0].replace(" ", "_")
        layout.boxes[f"attendee_{key}"] = (x_value, y - box_h, value_w, box_h)
        layout.boxes[f"label_{key}"] = (x_label, y - label_size * 1.2, label_w + colon_w,
                                        label_size * 1.2)
        y -= box_h + gap
    layout.sizes["attendee"] = size
    return y + gap


def _signatures(canvas: Canvas, issuer: Issuer, data: CertificateData, top: float,
                layout: Layout) -> None:
    left, right = MARGIN_X, PAGE_W - MARGIN_X - COL_W
    canvas.setFillColor(INK)
    draw_line(canvas, data.place_date, SERIF, 11, right, top - 4.5 * mm, COL_W)
    layout.boxes["place_date"] = (right, top - 6 * mm, COL_W, 6 * mm)
    heads = ((left, "Yang berikrar,"), (right, f"{issuer.official_title},"))
    for x, text in heads:
        fitted = fit_paragraph(text, SERIF, COL_W, 10 * mm, start=11, align=TA_CENTER)
        fitted.paragraph.drawOn(canvas, x, top - 7 * mm - fitted.height)
        layout.boxes[f"head_{'left' if x == left else 'right'}"] = (
            x, top - 17 * mm, COL_W, 10 * mm)
    ink_box = (left + 6 * mm, top - 37.5 * mm, COL_W - 12 * mm, 20 * mm)
    _attendee_signature(canvas, data, ink_box)
    layout.boxes["attendee_signature"] = ink_box
    official_box = (right + 14 * mm, top - 37.5 * mm, COL_W - 28 * mm, 20 * mm)
    _official_signature(canvas, issuer, official_box)
    layout.boxes["official_signature"] = official_box
    # Stamped as a clerk would: over the left of the signature, a little below its middle.
    layout.boxes["seal"] = _seal(canvas, issuer, official_box[0] + 6 * mm,
                                 official_box[1] + official_box[3] / 2 - 2 * mm)
    for x, name in ((left, data.name), (right, issuer.official_name)):
        fitted = fit_paragraph(name, SERIF_BOLD, COL_W, 11 * mm, start=11, align=TA_CENTER,
                               underline=True)
        fitted.paragraph.drawOn(canvas, x, top - 38.5 * mm - fitted.height)
        layout.boxes[f"name_{'left' if x == left else 'right'}"] = (
            x, top - 49.5 * mm, COL_W, 11 * mm)
    canvas.setFillColor(INK)
    draw_line(canvas, f"NIP {data.nip}", SERIF, 10, left, top - 53 * mm, COL_W)
    layout.boxes["nip_left"] = (left, top - 54 * mm, COL_W, 4.5 * mm)


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


def _witness_height(issuer: Issuer) -> float:
    if not issuer.witnesses:
        return 0.0
    rows = math.ceil(len(issuer.witnesses) / 4)
    return 5 * mm + rows * 12.5 * mm


def _witnesses(canvas: Canvas, issuer: Issuer, top: float, layout: Layout) -> None:
    canvas.setFillColor(INK)
    canvas.setFont(SERIF_BOLD, 9.5)
    canvas.drawString(MARGIN_X, top - 3.5 * mm, "Disaksikan oleh:")
    layout.boxes["witness_label"] = (MARGIN_X, top - 5 * mm, TEXT_W, 5 * mm)
    per_row = min(4, len(issuer.witnesses))
    col = TEXT_W / per_row
    for i, witness in enumerate(issuer.witnesses):
        x = MARGIN_X + (i % per_row) * col
        y = top - 5 * mm - (i // per_row) * 12.5 * mm
        parts = ((witness.role, SERIF_BOLD, 9), (witness.name, SERIF, 9),
                 (witness.title, SERIF, 8.5))
        for j, (text, font, size) in enumerate(parts):
            if not text:
                continue
            fitted = fit_paragraph(text, font, col - 3 * mm, 4 * mm, start=size,
                                   align=TA_CENTER)
            fitted.paragraph.drawOn(canvas, x + 1.5 * mm, y - j * 4 * mm - fitted.height)
            layout.boxes[f"witness_{i}_{j}"] = (x + 1.5 * mm, y - (j + 1) * 4 * mm,
                                                col - 3 * mm, 4 * mm)


def _footer(canvas: Canvas, data: CertificateData, top: float, layout: Layout) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top + 3 * mm, PAGE_W - MARGIN_X, top + 3 * mm)
    size = QR_MM * mm
    draw_qr(canvas, data.qr_text, MARGIN_X, BOTTOM, size)
    layout.boxes["qr"] = (MARGIN_X, BOTTOM, size, size)
    x = MARGIN_X + size + 4 * mm
    width = PAGE_W - MARGIN_X - x
    y = top - 3 * mm
    canvas.setFillColor(INK)
    draw_line(canvas, f"Nomor sertifikat: {data.number}", SERIF_BOLD, 9.5, x, y - 3.4 * mm,
              width, align="left")
    layout.boxes["footer_number"] = (x, y - 5 * mm, width, 5 * mm)
    y -= 6.5 * mm
    texts = [(VERIFY_LINE, SERIF, 9, 9 * mm, INK),
             ("Kode QR memuat nomor sertifikat, NIP, acara, waktu penandatanganan dan sidik "
              "tanda tangan, ditandatangani secara elektronik oleh stasiun pencetak yang "
              "disertifikasi instansi.", SERIF, 7.5, 8 * mm, GREY)]
    if data.copy:
        texts.append((f"SALINAN ke-{data.copy} dari sertifikat bernomor sama; hanya satu "
                      "lembar asli yang diterbitkan.", SERIF_BOLD, 8, 8 * mm, COPY_RED))
    for i, (text, font, start, room, colour) in enumerate(texts):
        fitted = fit_paragraph(text, font, width, room, start=start, colour=colour)
        fitted.paragraph.drawOn(canvas, x, y - fitted.height)
        layout.boxes[f"footer_{i}"] = (x, y - room, width, room)
        y -= room + 1.5 * mm


def _copy_watermark(canvas: Canvas, layout: Layout) -> None:
    canvas.saveState()
    canvas.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.09))
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(52)
    canvas.setFont(SERIF_BOLD, 96)
    canvas.drawCentredString(0, -34, "SALINAN")
    canvas.restoreState()
    layout.boxes["watermark"] = (MARGIN_X, BOTTOM, TEXT_W, TOP - BOTTOM)


def _copy_stamp(canvas: Canvas, copy: int, top: float, layout: Layout) -> None:
    w, h = 34 * mm, 13 * mm
    x, y = PAGE_W - MARGIN_X - w, top - h
    canvas.saveState()
    canvas.setStrokeColor(COPY_RED)
    canvas.setFillColor(COPY_RED)
    canvas.setLineWidth(1.4)
    canvas.roundRect(x, y, w, h, 2 * mm)
    canvas.setFont(SERIF_BOLD, 14)
    canvas.drawCentredString(x + w / 2, y + h - 6 * mm, "SALINAN")
    canvas.setFont(SERIF, 8.5)
    canvas.drawCentredString(x + w / 2, y + 2.5 * mm, f"ke-{copy}")
    canvas.restoreState()
    layout.boxes["copy_stamp"] = (x, y, w, h)


# --- files ----------------------------------------------------------------------------------


def new_canvas(target: str | BinaryIO, *, title: str, author: str = "",
               compress: bool = True) -> Canvas:
    """A canvas for certificates; `compress=False` leaves streams for a later step to pack."""
    register_fonts()
    canvas = Canvas(target, pagesize=A4, pageCompression=1 if compress else 0)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("Ikrar")
    canvas.setSubject("Sertifikat ikrar")
    return canvas


def write_certificate(target: str | BinaryIO, issuer: Issuer, data: CertificateData) -> Layout:
    """A one-page PDF of one certificate."""
    canvas = new_canvas(target, title=f"Sertifikat {data.number}")
    layout = draw_certificate(canvas, issuer, data)
    canvas.showPage()
    canvas.save()
    return layout
