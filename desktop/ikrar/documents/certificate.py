"""One certificate page (A4 portrait), and the pages of an attendee (`draw_pages`).

The page, top to bottom: letterhead (kop) with a double rule, title and number, the attendee
block, the pledge as signed, place and date, the attendee's and the presiding official's
signatures (the seal over the left third of the official's), and a footer with the
verification QR, the witnesses in a row beside it and a plain note on how to check the page.
The pledge's box does not depend on the attendee (their block has a fixed room), so every
page of a batch prints the pledge at one size. An event may print a *pakta integritas*
instead of, or after, the certificate (`ikrar.documents.pakta`); a draft (`Issuer.draft`)
says DRAF across the page and carries no verification code, so it cannot pass for final.

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

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ikrar.core.errors import IkrarError
from ikrar.core.pledge import parse_pledge
from ikrar.documents.certificate_frame import (
    COPY_RED,
    DRAFT_RED,
    QR_MM,
    footer,
    mark,
    watermark,
)
from ikrar.documents.certificate_sign import signatures
from ikrar.documents.fitting import (
    INK,
    draw_line,
    fit_paragraph,
    keep_titles,
    paragraph,
    style,
)
from ikrar.documents.fonts import SERIF, SERIF_BOLD, register_fonts
from ikrar.documents.letterhead import (
    BOTTOM,
    LETTERHEAD_H,
    MARGIN_X,
    PAGE_W,
    TEXT_W,
    TOP,
    Box,
    draw_letterhead,
    form,
)
from ikrar.documents.seal import Picture, Seal

TITLE = "SERTIFIKAT"
# What every document of this kind can be: the certificate, the pakta integritas, or both.
KINDS = {"certificate": ("certificate",), "pakta": ("pakta",), "both": ("certificate", "pakta")}


class LayoutError(IkrarError):
    """The content cannot fit the page (a pledge far longer than any real one)."""


@dataclass(frozen=True)
class Witness:
    role: str  # the institution, "Bawaslu Kabupaten Sumedang"
    name: str
    title: str = ""  # the position, "Ketua"


@dataclass(frozen=True)
class Issuer:
    """What every certificate of one event shares. Plain data: it travels to worker processes."""

    letterhead: tuple[str, ...]
    logo: Picture | None
    event_title: str
    venue: str
    official_title: str  # the position line(s) as written, with Pj./Plt./a.n.
    official_name: str  # exactly as printed, titles and all
    official_signature: Picture | None
    seal: Seal
    witnesses: tuple[Witness, ...]
    pledge_text: str
    official_rank: str = ""  # "Pembina Utama Muda"; "" prints no line
    official_nip: str = ""  # grouped; "" prints no line (regional heads have none)
    place_date: str = ""  # where and when the official signs: "Sumedang, 10 Juli 2024"
    documents: tuple[str, ...] = ("certificate",)  # pages per attendee, of KINDS
    draft: bool = False  # DRAF across the page, no verification code
    key: str = ""  # names this issuer's forms inside a PDF

    def __post_init__(self) -> None:
        if not self.key:
            digest = hashlib.sha256(repr((
                self.letterhead, self.logo and self.logo.data, self.event_title, self.venue,
                self.official_title, self.official_name, self.official_rank, self.official_nip,
                self.official_signature and self.official_signature.data,
                self.seal.agency, self.seal.unit, self.seal.image and self.seal.image.data,
                self.witnesses, self.pledge_text,
            )).encode()).hexdigest()[:12]
            object.__setattr__(self, "key", digest)


@dataclass(frozen=True)
class CertificateData:
    """One attendee's page. Plain data: it travels to worker processes."""

    number: str
    name: str  # with titles
    nip: str  # grouped, "19900101 201501 1 001"
    rank: str  # "Pembina, IV/a"; a PPPK's golongan alone, "VII"
    position: str
    unit: str
    place_date: str  # "Sumedang, 10 Juli 2024": the event's place and date
    strokes: bytes  # ikrar.core.strokes encoding
    qr_text: str  # the certificate's code ("" when the event prints no certificate, or a draft)
    copy: int = 0  # 0 for the original, n for the n-th copy (SALINAN)
    pledge_text: str = ""  # the version this attendee signed, when not the event's current one
    status: str = "PNS"  # PNS | PPPK: a PPPK has a golongan and no pangkat
    signed_on: str = ""  # "11 Juli 2024" when the attendee signed on another day than place_date
    pakta_qr_text: str = ""  # the pakta integritas' code, when the event prints one


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


PAKTA_CLOSING = ("Demikian pakta integritas ini saya buat dengan sebenar-benarnya, dalam keadaan "
                 "sadar dan tanpa paksaan dari pihak mana pun, untuk dilaksanakan dengan penuh "
                 "tanggung jawab.")


def pakta_intro(preamble: str) -> str:
    """The pakta's first-person lead-in from the pledge's preamble: "Dalam rangka …, kami …
    berikrar:" becomes "dengan ini menyatakan bahwa dalam rangka …, saya akan:"."""
    context = preamble.split("\n\n")[-1].strip()
    for joint in (", kami", ", Kami"):
        if joint in context:
            context = context.split(joint)[0].strip()
            break
    else:
        context = ""
    if context:
        return f"dengan ini menyatakan bahwa {context[0].lower()}{context[1:]}, saya akan:"
    return "dengan ini menyatakan bahwa saya akan:"


@lru_cache(maxsize=32)
def fit_pledge(text: str, width: float, max_height: float, pakta: bool = False) -> _Pledge:
    """The whole pledge at the largest size (11 pt down to 6 pt) that fits the box; for a
    pakta integritas its points between the first-person lead-in and closing."""
    pledge = parse_pledge(text)
    size = 11.0
    while True:
        items = []
        gap = size * 0.45
        if pakta:
            para = paragraph(pakta_intro(pledge.preamble), SERIF, size, TA_LEFT)
            items.append((para, para.wrap(width, 1e6)[1], gap * 0.6))
        else:
            head = paragraph(pledge.heading, SERIF_BOLD, size + 0.5, TA_CENTER)
            items.append((head, head.wrap(width, 1e6)[1], gap))
            for block in filter(None, pledge.preamble.split("\n\n")):
                para = paragraph(block, SERIF, size, TA_LEFT)
                items.append((para, para.wrap(width, 1e6)[1], gap * 0.6))
        indent = stringWidth("10.", SERIF, size) + 2.5 * mm
        for i, point in enumerate(pledge.points, 1):
            para = Paragraph(escape(point), style(SERIF, size, TA_LEFT, indent=indent),
                             bulletText=f"{i}.")
            items.append((para, para.wrap(width, 1e6)[1], gap * 0.35))
        closing = PAKTA_CLOSING if pakta else pledge.closing
        if closing:
            last = items[-1]
            items[-1] = (last[0], last[1], gap * 0.6)
            for block in closing.split("\n\n"):
                para = paragraph(block, SERIF, size, TA_LEFT)
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


def draw_pledge(canvas: Canvas, issuer: Issuer, text: str, top: float, bottom: float,
                layout: Layout, *, pakta: bool = False, indent: float = 5 * mm) -> float:
    """The pledge (a form per text and size) from `top`; returns where it ends."""
    width = TEXT_W - 2 * indent
    fitted = fit_pledge(text, width, math.floor(top - bottom), pakta)
    version = hashlib.sha256(text.encode()).hexdigest()[:8]
    box = (MARGIN_X + indent, top - fitted.height, width, fitted.height)

    def draw(c: Canvas) -> None:
        y = fitted.height
        for para, height, gap in fitted.items:
            para.drawOn(c, 0, y - height)
            y -= height + gap

    kind = "p" if pakta else "c"
    form(canvas, f"ikrar{issuer.key}{kind}v{version}s{int(fitted.size * 100)}", box, draw)
    layout.boxes["pledge"] = box
    layout.sizes["pledge"] = fitted.size
    return top - fitted.height


# --- the page -------------------------------------------------------------------------------

ATTENDEE_H = 30 * mm  # the attendee block's fixed room: the pledge below never moves


def draw_pages(canvas: Canvas, issuer: Issuer, data: CertificateData) -> list[Layout]:
    """Every page the event prints for one attendee (certificate, pakta, or both), each
    ended with showPage."""
    from ikrar.documents.pakta import draw_pakta  # noqa: PLC0415 - pakta uses this module

    layouts = []
    for kind in issuer.documents:
        draw = draw_pakta if kind == "pakta" else draw_certificate
        layouts.append(draw(canvas, issuer, data))
        canvas.showPage()
    return layouts


def draw_certificate(canvas: Canvas, issuer: Issuer, data: CertificateData) -> Layout:
    """Draw one certificate on the canvas's current page (the caller calls showPage)."""
    register_fonts()
    layout = Layout()
    y = page_top(canvas, issuer, data, TITLE, "", layout)
    canvas.setFont(SERIF, 11)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN_X, y, "Diberikan kepada:")
    layout.boxes["to"] = (MARGIN_X, y - 3, TEXT_W, 14)
    attendee(canvas, data, y - 3 * mm, layout)
    y -= 3 * mm + ATTENDEE_H

    intro = "yang telah mengucapkan dan menandatangani ikrar berikut"
    if issuer.event_title:
        intro += f" dalam acara {issuer.event_title}"
    if issuer.venue:
        intro += f" di {issuer.venue}"
    fitted = fit_paragraph(intro + ":", SERIF, TEXT_W, 11 * mm, start=11)
    fitted.paragraph.drawOn(canvas, MARGIN_X, y - fitted.height)
    layout.boxes["intro"] = (MARGIN_X, y - 11 * mm, TEXT_W, 11 * mm)
    y -= fitted.height + 3 * mm

    footer_top = BOTTOM + QR_MM * mm
    sign_top = footer_top + 6 * mm + SIGN_H
    draw_pledge(canvas, issuer, data.pledge_text or issuer.pledge_text, y, sign_top + 3 * mm,
                layout)
    signatures(canvas, issuer, data, sign_top, layout)
    footer(canvas, issuer, data, data.qr_text, footer_top, layout, witnesses=True)
    return layout


SIGN_H = 58 * mm


def page_top(canvas: Canvas, issuer: Issuer, data: CertificateData, title: str,
             subtitle: str, layout: Layout) -> float:
    """Copy and draft marks, letterhead, title (and subtitle), number; returns the next
    baseline."""
    canvas.setFillColor(INK)
    if data.copy:
        watermark(canvas, "SALINAN", Color(0.75, 0.1, 0.1, alpha=0.09), layout)
    if issuer.draft:
        watermark(canvas, "DRAF", Color(0.8, 0.12, 0.12, alpha=0.12), layout)
    layout.boxes["letterhead"] = draw_letterhead(canvas, issuer)
    y = TOP - LETTERHEAD_H - 9 * mm
    _title(canvas, title, y, layout, size=21 if not subtitle else 17)
    if subtitle:
        y -= 6 * mm
        canvas.setFillColor(INK)
        draw_line(canvas, subtitle, SERIF_BOLD, 12, MARGIN_X + 20 * mm, y, TEXT_W - 40 * mm)
        layout.boxes["subtitle"] = (MARGIN_X + 20 * mm, y - 3, TEXT_W - 40 * mm, 15)
    y -= 6 * mm
    canvas.setFillColor(INK)
    draw_line(canvas, f"Nomor: {data.number}", SERIF, 11, MARGIN_X + 42 * mm, y,
              TEXT_W - 84 * mm)
    layout.boxes["number"] = (MARGIN_X + 42 * mm, y - 3, TEXT_W - 84 * mm, 14)
    if data.copy:
        mark(canvas, "SALINAN", f"ke-{data.copy}", COPY_RED, y + 5 * mm, layout, "copy_stamp")
    elif issuer.draft:
        mark(canvas, "DRAF", "bukan dokumen resmi", DRAFT_RED, y + 5 * mm, layout,
              "draft_stamp")
    return y - 7.5 * mm


def _title(canvas: Canvas, title: str, baseline: float, layout: Layout, size: float) -> None:
    spacing = 4 if size > 18 else 2.5
    width = stringWidth(title, SERIF_BOLD, size) + spacing * (len(title) - 1)
    if width > TEXT_W - 70 * mm:  # a long title gives up its letter spacing first
        spacing = 0
        size = min(size, size * (TEXT_W - 70 * mm) / stringWidth(title, SERIF_BOLD, size))
        width = stringWidth(title, SERIF_BOLD, size)
    text = canvas.beginText(PAGE_W / 2 - width / 2, baseline)
    text.setFont(SERIF_BOLD, size)
    text.setCharSpace(spacing)
    text.textOut(title)
    text.setCharSpace(0)  # character spacing is page state: it would outlive this line
    canvas.setFillColor(INK)
    canvas.drawText(text)
    layout.boxes["title"] = (PAGE_W / 2 - width / 2, baseline - 5, width + spacing, size + 6)


def rank_label(data: CertificateData) -> str:
    return "Golongan" if data.status.upper() == "PPPK" else "Pangkat/Golongan"


def attendee(canvas: Canvas, data: CertificateData, top: float, layout: Layout) -> float:
    """Label : value rows within ATTENDEE_H. Values wrap, then shrink together (to 7.5 pt),
    then the long ones shrink alone within a fair share of the block; labels stay at least
    9 pt."""
    x_label = MARGIN_X + 8 * mm
    label_w, colon_w = 38 * mm, 4 * mm
    x_value = x_label + label_w + colon_w
    value_w = PAGE_W - MARGIN_X - x_value
    rows = [("Nama", keep_titles(data.name), SERIF_BOLD), ("NIP", data.nip, SERIF),
            (rank_label(data), data.rank or "-", SERIF),
            ("Jabatan", data.position or "-", SERIF), ("Unit Kerja", data.unit or "-", SERIF)]
    gap = 1.0 * mm
    budget = ATTENDEE_H - gap * (len(rows) - 1)
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
        key = label.lower().split("/")[0].replace(" ", "_").replace("golongan", "pangkat")
        layout.boxes[f"attendee_{key}"] = (x_value, y - box_h, value_w, box_h)
        layout.boxes[f"label_{key}"] = (x_label, y - label_size * 1.2, label_w + colon_w,
                                        label_size * 1.2)
        y -= box_h + gap
    layout.sizes["attendee"] = size
    return y + gap


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
    """A PDF of one attendee's pages (the certificate, the pakta, or both); the first page's
    layout."""
    canvas = new_canvas(target, title=f"Sertifikat {data.number}")
    layouts = draw_pages(canvas, issuer, data)
    canvas.save()
    return layouts[0]
