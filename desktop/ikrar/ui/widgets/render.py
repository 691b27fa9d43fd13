"""Qt rendering for the layers below the GUI, which import no Qt themselves.

- Signature ink painted with QPainter: on the pad, and as a transparent image or PNG at a
  given resolution (true size). The geometry is `ikrar.documents.signature_render`'s, so
  every backend shows the same line.
- PDF pages rendered with QtPdf (QtGui level: no widgets, no application object needed), for
  reading QR codes off printed documents (`ikrar.documents.verify` takes `pdf_pages` as its
  renderer; `ikrar verify` on the command line does the same) and for printing; their text
  (`pdf_texts`), which verification compares with each page's code.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, qRgba
from PySide6.QtPdf import QPdfDocument

from ikrar.core.strokes import Signature
from ikrar.documents.signature_render import DEFAULT_INK, Ink, frame, ink_of
from ikrar.documents.verify import DecodeError

# A decoded signature carries its own area size; refuse to allocate absurd images for it.
MAX_IMAGE_SIDE = 20_000
MAX_IMAGE_PIXELS = 64_000_000


# --- signatures ---------------------------------------------------------------------------


def paint_ink(
    painter: QPainter,
    ink: Ink,
    scale: float,
    color: QColor | str = DEFAULT_INK,
    origin: tuple[float, float] = (0.0, 0.0),
) -> None:
    """Paint ink (mm) with `scale` device units per mm, `origin` (mm) at the painter's 0,0."""
    ox, oy = origin
    qcolor = QColor(color)
    for key, runs in ink.runs.items():
        path = QPainterPath()
        for run in runs:
            path.moveTo((run.start[0] - ox) * scale, (run.start[1] - oy) * scale)
            for x1, y1, x2, y2, x3, y3 in run.curves:
                path.cubicTo(
                    (x1 - ox) * scale, (y1 - oy) * scale,
                    (x2 - ox) * scale, (y2 - oy) * scale,
                    (x3 - ox) * scale, (y3 - oy) * scale,
                )
        pen = QPen(qcolor, ink.width_of(key) * scale, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, pen)
    if ink.dots:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(qcolor))
        for x, y, d in ink.dots:
            r = d * scale / 2
            painter.drawEllipse(QPointF((x - ox) * scale, (y - oy) * scale), r, r)
        painter.restore()


def render_image(
    sig: Signature, dpi: float = 300, *, color: QColor | str = DEFAULT_INK, crop: bool = True
) -> QImage:
    """The signature on a transparent image at `dpi` (true size: 1 mm of ink is 1 mm printed).

    The ink has one colour, so the image is painted as coverage (one byte a pixel) and shown
    through a palette of that colour at every opacity: a quarter of the bytes of ARGB, which
    makes the PNG several times faster to write and smaller.
    """
    if not 1 <= dpi <= 2400:
        raise ValueError(f"cannot render a signature at {dpi} dpi; use 1 to 2400")
    x, y, w, h = frame(sig, crop)
    scale = dpi / 25.4
    width, height = max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale))
    if max(width, height) > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ValueError(
            f"a {w:.0f} × {h:.0f} mm signature at {dpi} dpi would be {width} × {height} pixels, "
            "too large to render; use a lower resolution"
        )
    image = QImage(width, height, QImage.Format.Format_Alpha8)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_ink(painter, ink_of(sig.strokes), scale, QColor("black"), (x, y))
    finally:
        painter.end()
    image.reinterpretAsFormat(QImage.Format.Format_Indexed8)
    ink = QColor(color)
    image.setColorTable([qRgba(ink.red(), ink.green(), ink.blue(), a) for a in range(256)])
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def render_png(
    sig: Signature, dpi: float = 300, *, color: QColor | str = DEFAULT_INK, crop: bool = True
) -> bytes:
    """PNG bytes with a transparent background, for thumbnails, lists and reports."""
    return image_to_png(render_image(sig, dpi, color=color, crop=crop))


def image_to_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode the signature as PNG")
    buffer.close()
    return bytes(data.data())


# --- PDF pages ------------------------------------------------------------------------------


def page_image(document: QPdfDocument, index: int, dpi: float,
               image_format: QImage.Format = QImage.Format.Format_RGB32) -> QImage:
    """Page `index` at `dpi` on white (rendered pages are transparent where nothing is drawn)."""
    points = document.pagePointSize(index)
    size = QSize(max(1, round(points.width() * dpi / 72)),
                 max(1, round(points.height() * dpi / 72)))
    rendered = document.render(index, size)
    page = QImage(size, image_format)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def _load(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise DecodeError("decode.bad_pdf",
                          f"{path} is not a readable PDF (damaged, or protected by a password).",
                          path=path, reason="")
    return document


def pdf_texts(path: Path) -> list[str]:
    """The text of every page of a PDF ("" for a page without any), read by pdfium, the engine
    that renders the page for its QR code: a twentieth of pypdf's time."""
    document = _load(path)
    try:
        return [document.getAllText(index).text() for index in range(document.pageCount())]
    finally:
        document.close()


def pdf_pages(path: Path, dpi: int) -> Iterator[QImage]:
    """The pages of a PDF as greyscale images, one at a time (a batch may have 1,000 pages).

    Painted straight onto grey: the same pixels as converting a colour page, without a
    colour page's fill and conversion (a sixth of a page's rendering time)."""
    document = _load(path)
    try:
        for index in range(document.pageCount()):
            yield page_image(document, index, dpi, QImage.Format.Format_Grayscale8)
    finally:
        document.close()
