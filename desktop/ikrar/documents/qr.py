"""QR codes as vector graphics for reportlab: badges, certificates, anything printed.

The matrix comes from the `qrcode` package (error correction M). Dark modules are drawn as one
rectangle per horizontal run, filled without stroke, so the symbol stays crisp at any zoom and a
page renders quickly. Sizes include the quiet zone (4 modules of white on each side), so a
caller reserves exactly `size` for the whole symbol and needs no extra margin around it.

Badge payloads (`ikrar.core.payloads`) use only A-Z, 0-9 and ".", which the QR alphanumeric mode
packs at 5.5 bits a character: version 6 (41 modules). A certificate code v2
(`ikrar.core.certificate_code`) is digits, packed by the numeric mode at 3.33 bits a digit, behind
the agency's URL in byte mode: about 700 digits, version 13 (69 modules).
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules; the QR standard's minimum
# Searching the best of the 8 masks costs ~25 ms a certificate QR in pure Python, more than the
# whole certificate page may take. Any mask is valid and decoders read them all; a fixed one
# only forgoes avoiding rare finder-like patterns, which base32 signature data hardly forms.
MASK = 0


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR symbol's modules (True = dark), without the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def modules_across(text: str) -> int:
    """Width of the symbol in modules, quiet zone included."""
    return len(qr_matrix(text)) + 2 * QUIET_ZONE


def module_size_mm(text: str, size_mm: float) -> float:
    """How wide one module prints at `size_mm`: keep it ≥ 0.33 mm for 150-dpi scans."""
    return size_mm / modules_across(text)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float,
            *, background: bool = True) -> None:
    """Draw the QR with its lower-left corner (of the quiet zone) at (x, y), `size` points wide.

    The rectangles are written in module units under one transform: whole-number coordinates
    make a certificate's largest drawing a third of the bytes and spare a float conversion per
    number, which matters at a thousand pages a batch.
    """
    matrix = qr_matrix(text)
    n = len(matrix)
    unit = size / (n + 2 * QUIET_ZONE)
    canvas.saveState()
    if background:
        canvas.setFillColor(colors.white)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.translate(x + QUIET_ZONE * unit, y + QUIET_ZONE * unit)
    canvas.scale(unit, unit)
    ops = ["0 g"]
    for r, row in enumerate(matrix):
        # Each row reaches a hair into the one above: no light seams when anti-aliased.
        bottom = f"{n - r - 1.02:.2f}"
        start = None
        for i, dark in enumerate((*row, False)):
            if dark and start is None:
                start = i
            elif not dark and start is not None:
                ops.append(f"{start} {bottom} {i - start} 1.02 re")
                start = None
    ops.append("f")
    canvas.addLiteral("\n".join(ops))
    canvas.restoreState()
