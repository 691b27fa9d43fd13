"""The *Pakta Integritas Netralitas ASN* page: the attendee's own first-person statement.

Same letterhead, number, attendee block, QR and seal as the certificate, but worded as a
statement: "Saya yang bertanda tangan di bawah ini:" name, NIP, pangkat/golongan, jabatan,
unit kerja; "dengan ini menyatakan bahwa … saya akan:" the event's pledge points; the
closing; then the place and date, the attendee's own signature over their name and NIP on the
right, and "Mengetahui," with the official's block and the seal on the left.

It carries the certificate's number and a v2 code of the same layout signed under the pakta's
own domain (`ikrar.core.certificate_code.DOMAINS`), so verification says which document a
page is and a certificate's code cannot pass for a pakta's.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ikrar.core.pledge import parse_pledge
from ikrar.documents.certificate import (
    ATTENDEE_H,
    QR_MM,
    SIGN_H,
    CertificateData,
    Issuer,
    Layout,
    attendee,
    draw_pledge,
    footer,
    page_top,
)
from ikrar.documents.certificate_sign import signatures
from ikrar.documents.fitting import INK
from ikrar.documents.fonts import SERIF, register_fonts
from ikrar.documents.letterhead import BOTTOM, MARGIN_X, TEXT_W

TITLE = "PAKTA INTEGRITAS"
LEAD = "Saya yang bertanda tangan di bawah ini:"


def subtitle(pledge_text: str) -> str:
    """"NETRALITAS APARATUR SIPIL NEGARA" from the pledge's heading "IKRAR NETRALITAS …"."""
    heading = " ".join(parse_pledge(pledge_text).heading.split())
    first, _, rest = heading.partition(" ")
    return (rest if first.upper() == "IKRAR" and rest else heading).upper()


def draw_pakta(canvas: Canvas, issuer: Issuer, data: CertificateData) -> Layout:
    """Draw one pakta integritas on the canvas's current page (the caller calls showPage)."""
    register_fonts()
    layout = Layout()
    text = data.pledge_text or issuer.pledge_text
    y = page_top(canvas, issuer, data, TITLE, subtitle(text), layout)
    canvas.setFont(SERIF, 11)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN_X, y, LEAD)
    layout.boxes["to"] = (MARGIN_X, y - 3, TEXT_W, 14)
    attendee(canvas, data, y - 3 * mm, layout)
    y -= 4 * mm + ATTENDEE_H
    footer_top = BOTTOM + QR_MM * mm
    sign_top = footer_top + 6 * mm + SIGN_H
    draw_pledge(canvas, issuer, text, y, sign_top + 3 * mm, layout, pakta=True, indent=0)
    signatures(canvas, issuer, data, sign_top, layout, pakta=True)
    footer(canvas, issuer, data, data.pakta_qr_text, footer_top, layout, witnesses=False)
    return layout
