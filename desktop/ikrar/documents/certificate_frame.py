"""The frame of a certificate or pakta page: the footer (QR, witnesses, how to check the page,
in plain Indonesian) and the SALINAN and DRAF marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ikrar.documents.certificate_sign import witnesses_form
from ikrar.documents.fitting import INK, draw_line, fit_paragraph
from ikrar.documents.fonts import SERIF, SERIF_BOLD
from ikrar.documents.letterhead import (
    BOTTOM,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    RULE,
    TEXT_W,
    TOP,
    Box,
)
from ikrar.documents.qr import draw_qr

if TYPE_CHECKING:
    from ikrar.documents.certificate import CertificateData, Issuer, Layout

QR_MM = 42  # 0.55 mm modules for a version-13 code: 3.2 pixels at 150 dpi, which survive a blur
COPY_RED = Color(0.72, 0.1, 0.1)
DRAFT_RED = Color(0.8, 0.12, 0.12)
GREY = HexColor("#444444")


def footer(canvas: Canvas, issuer: Issuer, data: CertificateData, code: str, top: float,
           layout: Layout, *, witnesses: bool) -> None:
    """The QR (or, on a draft, an empty frame), the witnesses beside it, and how to check."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top + 3 * mm, PAGE_W - MARGIN_X, top + 3 * mm)
    size = QR_MM * mm
    layout.boxes["qr"] = (MARGIN_X, BOTTOM, size, size)
    if issuer.draft or not code:
        _no_code(canvas, (MARGIN_X, BOTTOM, size, size))
    else:
        draw_qr(canvas, code, MARGIN_X, BOTTOM, size)
    x = MARGIN_X + size + 4 * mm
    width = PAGE_W - MARGIN_X - x
    y = top - 1 * mm
    compact = witnesses and bool(issuer.witnesses)
    if compact:
        y -= witnesses_form(canvas, issuer, x, y, width, layout) + 1.5 * mm
    canvas.setFillColor(INK)
    kind = "pakta integritas" if code and code == data.pakta_qr_text else "sertifikat"
    draw_line(canvas, f"Nomor {kind}: {data.number}", SERIF_BOLD, 9.5, x, y - 3.4 * mm,
              width, align="left")
    layout.boxes["footer_number"] = (x, y - 5 * mm, width, 5 * mm)
    y -= 6 * mm
    notes = footer_texts(issuer, data, code, compact=compact)
    for i, (text, font, start, room, colour) in enumerate(notes):
        fitted = fit_paragraph(text, font, width, room, start=start, colour=colour)
        fitted.paragraph.drawOn(canvas, x, y - fitted.height)
        layout.boxes[f"footer_{i}"] = (x, y - room, width, room)
        y -= room + 1 * mm


def footer_texts(issuer: Issuer, data: CertificateData, code: str, *,
                 compact: bool = False) -> list[tuple]:
    """(text, font, size, room, colour) of the footer's notes, in plain Indonesian; `compact`
    (the witnesses take part of the room) says the same in fewer lines."""
    kind = "pakta integritas" if code and code == data.pakta_qr_text else "sertifikat"
    if issuer.draft or not code:
        return [("DRAF: lembar ini untuk diperiksa sebelum dicetak final dan bukan dokumen "
                 "resmi. Lembar ini tidak memuat kode QR, sehingga tidak dapat diperiksa "
                 "keasliannya.", SERIF_BOLD, 8, (9 if compact else 11) * mm, DRAFT_RED)]
    how = ("dengan kamera ponsel atau dengan menu Verifikasi pada aplikasi Ikrar"
           if "#" in code else "dengan menu Verifikasi pada aplikasi Ikrar")
    check = (f"Keaslian {kind} ini dapat diperiksa dengan memindai kode QR di sebelah kiri "
             f"{how}.", SERIF, 8.5, 7 * mm, INK)
    if compact:
        copy = (f"SALINAN ke-{data.copy}; lembar asli hanya diterbitkan satu kali. "
                if data.copy else "")
        return [check, (f"{copy}Kode QR dilindungi kode pengaman instansi; kode ini bukan "
                         "tanda tangan elektronik tersertifikasi (TTE).", SERIF, 7.5, 6 * mm,
                         COPY_RED if data.copy else GREY)]
    texts = [check,
             ("Kode QR memuat nama, NIP, nomor, status salinan, acara dan waktu "
              "penandatanganan, dilindungi kode pengaman instansi. Kode ini bukan tanda "
              "tangan elektronik tersertifikasi (TTE).", SERIF, 7.5, 7 * mm, GREY)]
    if data.copy:
        texts.append((f"SALINAN ke-{data.copy}: lembar asli dengan nomor ini hanya "
                      "diterbitkan satu kali.", SERIF_BOLD, 8, 4 * mm, COPY_RED))
    return texts


def _no_code(canvas: Canvas, box: Box) -> None:
    x, y, w, h = box
    canvas.saveState()
    canvas.setStrokeColor(DRAFT_RED)
    canvas.setLineWidth(0.8)
    canvas.setDash(3, 2)
    canvas.rect(x, y, w, h)
    canvas.setFillColor(DRAFT_RED)
    canvas.setFont(SERIF_BOLD, 16)
    canvas.drawCentredString(x + w / 2, y + h / 2 + 1 * mm, "DRAF")
    canvas.setFont(SERIF, 7.5)
    canvas.drawCentredString(x + w / 2, y + h / 2 - 4 * mm, "tanpa kode QR")
    canvas.restoreState()


def watermark(canvas: Canvas, word: str, colour: Color, layout: Layout) -> None:
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(52)
    canvas.setFont(SERIF_BOLD, 96 if len(word) > 4 else 150)
    canvas.drawCentredString(0, -34, word)
    canvas.restoreState()
    layout.boxes["watermark"] = (MARGIN_X, BOTTOM, TEXT_W, TOP - BOTTOM)


def mark(canvas: Canvas, word: str, note: str, colour: Color, top: float, layout: Layout,
          name: str) -> None:
    w, h = 34 * mm, 13 * mm
    x, y = PAGE_W - MARGIN_X - w, top - h
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(1.4)
    canvas.roundRect(x, y, w, h, 2 * mm)
    canvas.setFont(SERIF_BOLD, 14)
    canvas.drawCentredString(x + w / 2, y + h - 6 * mm, word)
    canvas.setFont(SERIF, 8.5 if len(note) < 10 else 7)
    canvas.drawCentredString(x + w / 2, y + 2.5 * mm, note)
    canvas.restoreState()
    layout.boxes[name] = (x, y, w, h)
