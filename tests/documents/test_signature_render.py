"""Signatures rendered from strokes: ink along the strokes, none far from them, in every format."""

from __future__ import annotations

import io
import math
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Path

from ikrar.core.strokes import (
    MAGIC,
    Point,
    Signature,
    StrokeFormatError,
    decode,
    encode,
    synthetic_signature,
)
from ikrar.documents.signature_render import (
    PT_PER_MM,
    curve_pieces,
    ink_box,
    ink_of,
    render_svg,
    signature_drawing,
    stroke_curves,
)
from ikrar.ui.widgets.render import render_image, render_png

SVG = "{http://www.w3.org/2000/svg}"


def alpha_at(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).alpha()


def alpha_near(image: QImage, x: float, y: float) -> int:
    """The strongest ink among the pixels touching x, y (a thin line covers them partly)."""
    return max(
        alpha_at(image, min(max(int(x) + dx, 0), image.width() - 1),
                 min(max(int(y) + dy, 0), image.height() - 1))
        for dx in (-1, 0, 1) for dy in (-1, 0, 1)
    )


def points_of(sig: Signature) -> list[Point]:
    return [p for s in sig.strokes for p in s]


def alphas(image: QImage) -> list[bytes]:
    """Rows of alpha values, one byte per pixel."""
    a8 = image.convertToFormat(QImage.Format.Format_Alpha8)
    data, line = bytes(a8.constBits()), a8.bytesPerLine()
    return [data[y * line:y * line + a8.width()] for y in range(a8.height())]


def allowed_area(sig: Signature, scale: float, size: tuple[int, int]) -> list[bytes]:
    """Everything within reach of the straight lines between the stored points.

    The curve may bulge off those lines by part of a segment's length, and a line is half
    its width either side; beyond that there must be no ink.
    """
    mask = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    mask.fill(Qt.GlobalColor.transparent)
    painter = QPainter(mask)
    for stroke in sig.strokes:
        longest = max((math.hypot(b.x - a.x, b.y - a.y) for a, b in zip(stroke, stroke[1:],
                                                                          strict=False)),
                      default=0.0)
        reach = max(p.width for p in stroke) / 2 + 0.3 * longest + 0.3
        painter.setPen(QPen(QColor("black"), 2 * reach * scale, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPolyline(QPolygonF([QPointF(p.x * scale, p.y * scale) for p in stroke]))
        if len({(p.x, p.y) for p in stroke}) == 1:
            painter.drawPoint(QPointF(stroke[0].x * scale, stroke[0].y * scale))
    painter.end()
    return alphas(mask)


def assert_ink_follows_the_strokes(
    sig: Signature, dpi: float = 100, solid: int = 200, *, tight: bool = False
) -> None:
    image = render_image(sig, dpi, crop=False)
    scale = dpi / 25.4
    points = points_of(sig)
    # Ink on every stored point...
    for p in points[:: max(1, len(points) // 80)]:
        assert alpha_near(image, p.x * scale, p.y * scale) >= solid, p
    # ...and none away from the strokes.
    allowed = allowed_area(sig, scale, (image.width(), image.height()))
    for y, (row, ok) in enumerate(zip(alphas(image), allowed, strict=True)):
        for x, (a, b) in enumerate(zip(row, ok, strict=True)):
            if a and not b:
                pytest.fail(f"ink at pixel {x},{y}, away from every stroke")
    if tight:  # the check above meant something: most of the image was out of bounds
        assert sum(map(sum, allowed)) < 0.3 * 255 * image.width() * image.height()


def test_a_png_has_ink_along_the_strokes_and_none_far_from_them():
    assert_ink_follows_the_strokes(synthetic_signature(1), tight=True)


def test_png_bytes_are_transparent_at_the_chosen_resolution():
    sig = synthetic_signature(2)
    data = render_png(sig, dpi=300, crop=False)

    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(data, "PNG")
    assert image.hasAlphaChannel()
    assert image.width() == math.ceil(sig.width_mm * 300 / 25.4)
    assert image.height() == math.ceil(sig.height_mm * 300 / 25.4)
    assert image.dotsPerMeterX() == round(300 / 0.0254)
    assert alpha_at(image, 0, 0) == 0 and alpha_at(image, image.width() - 1, 0) == 0


def test_cropping_keeps_the_true_size_of_the_ink():
    sig = synthetic_signature(3)
    x, y, w, h = ink_box(sig)
    image = QImage.fromData(render_png(sig, dpi=200), "PNG")
    assert image.width() == math.ceil(w * 200 / 25.4)
    assert image.height() == math.ceil(h * 200 / 25.4)
    assert w < sig.width_mm


def test_the_curve_passes_through_every_point_and_its_pieces_join():
    sig = synthetic_signature(4)
    stroke = sig.strokes[0]
    curves = list(stroke_curves(stroke))
    assert len(curves) == len(stroke) - 1
    for curve, a, b in zip(curves, stroke, stroke[1:], strict=False):
        assert (curve.x0, curve.y0, curve.x3, curve.y3) == (a.x, a.y, b.x, b.y)
        assert (curve.w0, curve.w3) == (a.width, b.width)
    wide = curves[0]._replace(w0=0.3, w3=0.6)
    pieces = list(curve_pieces(wide))
    assert len(pieces) == 6
    assert pieces[0][0].x0 == wide.x0 and pieces[-1][0].x3 == pytest.approx(wide.x3)
    for (first, _), (second, _) in zip(pieces, pieces[1:], strict=False):
        assert (first.x3, first.y3) == pytest.approx((second.x0, second.y0))
    assert [w for _, w in pieces] == sorted(w for _, w in pieces)


def test_a_reportlab_drawing_is_vector_and_true_to_size(tmp_path):
    sig = synthetic_signature(5)
    drawing = signature_drawing(sig, crop=False)

    assert isinstance(drawing, Drawing)
    assert drawing.width == pytest.approx(sig.width_mm * PT_PER_MM)
    assert drawing.height == pytest.approx(sig.height_mm * PT_PER_MM)
    shapes = drawing.contents[0].contents
    assert shapes and all(isinstance(s, Path | Circle) for s in shapes)
    ink = ink_of(sig.strokes)
    curves = sum(len(run.curves) for runs in ink.runs.values() for run in runs)
    assert curves >= sig.point_count - len(sig.strokes)

    pdf = tmp_path / "signature.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    assert pdf.stat().st_size < 40_000
    page = PdfReader(pdf).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    assert content.count(" c\n") + content.count(" c ") >= curves // 2
    assert float(page.mediabox.width) == pytest.approx(drawing.width, abs=1)


def test_a_drawing_fits_the_box_it_is_given():
    sig = synthetic_signature(6)
    natural = signature_drawing(sig)
    small = signature_drawing(sig, max_width=natural.width / 2, max_height=1000)
    assert small.width == pytest.approx(natural.width / 2)
    assert small.height == pytest.approx(natural.height / 2)
    big = signature_drawing(sig, max_width=natural.width * 3)
    assert big.width == pytest.approx(natural.width)  # never scaled up


def test_svg_is_a_valid_document_in_millimetres():
    sig = synthetic_signature(7)
    text = render_svg(sig, crop=False)

    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == f"{sig.width_mm:g}mm"
    assert root.get("viewBox") == f"0 0 {sig.width_mm:g} {sig.height_mm:g}"
    paths = list(root.iter(f"{SVG}path"))
    assert paths and all(p.get("d").startswith("M") for p in paths)
    assert all(0.1 <= float(p.get("stroke-width")) <= 2 for p in paths)
    assert sum(p.get("d").count("C") for p in paths) >= sig.point_count - len(sig.strokes)


def test_empty_and_dot_signatures_render():
    empty = Signature(strokes=(), width_mm=120, height_mm=50)
    image = QImage.fromData(render_png(empty, dpi=72), "PNG")
    assert not image.isNull() and alpha_at(image, 10, 10) == 0
    assert signature_drawing(empty).width == pytest.approx(120 * PT_PER_MM)
    ET.fromstring(render_svg(empty))

    dot = Signature(strokes=((Point(30, 20, 1.0),),), width_mm=120, height_mm=50)
    image = render_image(dot, 254, crop=False)  # 10 px per mm
    assert alpha_at(image, 300, 200) > 200 and alpha_at(image, 310, 200) == 0
    assert any(isinstance(s, Circle) for s in signature_drawing(dot).contents[0].contents)
    assert "<circle" in render_svg(dot)


def test_a_huge_area_is_refused_with_a_clear_message():
    # A decoded signature brings its own area; a damaged one must not allocate gigabytes.
    sig = Signature(strokes=((Point(1, 1, 0.5), Point(5000, 5000, 0.5)),),
                    width_mm=6000, height_mm=6000)
    with pytest.raises(ValueError, match="too large to render"):
        render_png(sig, dpi=300)
    assert render_svg(sig)  # vectors cost nothing


def test_a_stroke_blob_of_a_newer_version_says_so():
    blob = bytearray(encode(synthetic_signature(8)))
    blob[3] = 2
    with pytest.raises(StrokeFormatError) as caught:
        render_png(decode(bytes(blob)))
    message = str(caught.value)
    assert "version 2 is not supported" in message and "update Ikrar" in message
    assert bytes(blob[:3]) == MAGIC


def test_rendering_needs_no_gui_application():
    """Certificates are made from the command line too: no QGuiApplication, no display."""
    code = (
        "from ikrar.core.strokes import synthetic_signature\n"
        "from ikrar.ui.widgets.render import render_png\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "assert QGuiApplication.instance() is None\n"
        "print(len(render_png(synthetic_signature(1))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "minimal", "PATH": ""}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 1000


strokes_strategy = st.lists(
    st.lists(st.tuples(st.floats(2, 118), st.floats(2, 48), st.floats(0.2, 1.5)),
             min_size=1, max_size=30),
    min_size=1, max_size=4,
)


@settings(max_examples=30, deadline=None)
@given(strokes_strategy)
def test_random_strokes_round_trip_and_render(raw):
    sig = Signature(
        strokes=tuple(tuple(Point(x, y, w) for x, y, w in s) for s in raw),
        width_mm=120, height_mm=50,
    )
    back = decode(encode(sig))
    assert [len(s) for s in back.strokes] == [len(s) for s in sig.strokes]
    for p, q in zip(points_of(sig), points_of(back), strict=True):
        assert (q.x, q.y) == pytest.approx((p.x, p.y), abs=0.051)
        assert q.width == pytest.approx(p.width, abs=0.026)
    assert_ink_follows_the_strokes(back, dpi=150, solid=60)
    assert render_svg(back).count("<path") + render_svg(back).count("<circle") >= 1
    assert isinstance(signature_drawing(back), Drawing)
    io.BytesIO(render_png(back, dpi=60))
