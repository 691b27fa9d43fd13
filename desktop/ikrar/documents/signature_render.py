"""Signatures drawn from their strokes: reportlab vectors (a Drawing, or straight onto a
certificate's canvas) and SVG. Painting with Qt (the pad, transparent PNGs) is
`ikrar.ui.widgets.render`, on the same geometry.

The geometry here is the single definition of how stored points become ink, shared with the
signature pad (`ikrar.ui.desk.ink`), so the certificate shows the line the signer saw. It is the
curve of signature_pad.js: a cubic Bézier between each two neighbouring points, its control
points taken from the points either side, the width moving from one point's width to the next.

Every backend groups the curve pieces by width (in steps of the stroke format's 0.05 mm) and
strokes each group as one path with round caps and joins, so a 2,000-point signature is a few
dozen paths rather than thousands of shapes, and stays crisp at any zoom.

reportlab is imported only when a drawing is asked for: the pad uses the geometry and the Qt
painting, and the attendee's screen should not pay for loading reportlab.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ikrar.core.strokes import WIDTH_PER_MM, Point, Signature, Stroke, bounding_box

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

PT_PER_MM = 72 / 25.4
WIDTH_STEP_MM = 1 / WIDTH_PER_MM  # the stroke format's width resolution
MIN_INK_MM = 0.1  # thinner than this does not show on paper
MAX_PIECES = 8
DEFAULT_INK = "#101a3c"  # blue-black, like a ballpoint


class Curve(NamedTuple):
    """One cubic Bézier between two stored points, in mm, with the width at each end."""

    x0: float
    y0: float
    x1: float
    y1: float
    x2: float
    y2: float
    x3: float
    y3: float
    w0: float
    w3: float


# --- geometry ---------------------------------------------------------------------------


def _controls(
    ax: float, ay: float, bx: float, by: float, cx: float, cy: float
) -> tuple[float, float, float, float]:
    """The control points either side of b (before, after), as signature_pad.js computes them."""
    m1x, m1y = (ax + bx) / 2, (ay + by) / 2
    m2x, m2y = (bx + cx) / 2, (by + cy) / 2
    l1 = math.hypot(ax - bx, ay - by)
    l2 = math.hypot(bx - cx, by - cy)
    k = l2 / (l1 + l2) if l1 + l2 else 0.0
    tx = bx - (m2x + (m1x - m2x) * k)
    ty = by - (m2y + (m1y - m2y) * k)
    return m1x + tx, m1y + ty, m2x + tx, m2y + ty


def curve_between(a: Point, b: Point, c: Point, d: Point) -> Curve:
    """The curve from b to c, given their neighbours a and d (repeat b or c at a stroke's end)."""
    _, _, c1x, c1y = _controls(a.x, a.y, b.x, b.y, c.x, c.y)
    c2x, c2y, _, _ = _controls(b.x, b.y, c.x, c.y, d.x, d.y)
    return Curve(b.x, b.y, c1x, c1y, c2x, c2y, c.x, c.y, b.width, c.width)


def stroke_curves(points: Sequence[Point], *, final: bool = True) -> Iterator[Curve]:
    """The curves of a stroke with two or more points (one per neighbouring pair).

    With `final=False` the last curve is left out, as the pad does while the pen is still
    down: its shape depends on the point that has not arrived yet.
    """
    n = len(points)
    if n < 2:
        return

    def around(i: int) -> tuple[float, float, float, float]:
        a, b, c = points[max(i - 1, 0)], points[i], points[min(i + 1, n - 1)]
        return _controls(a.x, a.y, b.x, b.y, c.x, c.y)

    # The same as curve_between for each pair, with each point's controls worked out once.
    here = around(0)
    for i in range(n - 1 if final else n - 2):
        after = around(i + 1)
        b, c = points[i], points[i + 1]
        yield Curve(b.x, b.y, here[2], here[3], after[0], after[1], c.x, c.y, b.width, c.width)
        here = after


def curve_pieces(curve: Curve, step: float = WIDTH_STEP_MM) -> Iterator[tuple[Curve, float]]:
    """Split a curve where its width changes by more than `step`; each piece has one width.

    The pieces are exact sub-curves (end points and tangents of the original), so the line
    stays smooth while its width follows the pen.
    """
    x0, y0, x1, y1, x2, y2, x3, y3, w0, w3 = curve
    n = min(MAX_PIECES, max(1, math.ceil(abs(w3 - w0) / step - 1e-9)))
    if n == 1:
        yield curve, (w0 + w3) / 2
        return

    def at(t: float) -> tuple[float, float, float, float]:
        u = 1 - t
        px = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3
        py = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3
        dx = 3 * (u * u * (x1 - x0) + 2 * u * t * (x2 - x1) + t * t * (x3 - x2))
        dy = 3 * (u * u * (y1 - y0) + 2 * u * t * (y2 - y1) + t * t * (y3 - y2))
        return px, py, dx, dy

    h = 1 / n / 3
    ax, ay, adx, ady = at(0.0)
    for i in range(1, n + 1):
        bx, by, bdx, bdy = at(i / n)
        w = w0 + (w3 - w0) * (i - 0.5) / n
        yield Curve(ax, ay, ax + adx * h, ay + ady * h, bx - bdx * h, by - bdy * h, bx, by, w, w), w
        ax, ay, adx, ady = bx, by, bdx, bdy


@dataclass
class InkRun:
    """Pieces of equal width that follow on from each other: one moveTo, then curveTos."""

    start: tuple[float, float]
    curves: list[tuple[float, float, float, float, float, float]] = field(default_factory=list)


@dataclass
class Ink:
    """A signature's ink grouped for drawing: runs per width step (mm), and dots (x, y, d)."""

    runs: dict[int, list[InkRun]] = field(default_factory=dict)
    dots: list[tuple[float, float, float]] = field(default_factory=list)

    @staticmethod
    def width_of(key: int) -> float:
        return max(MIN_INK_MM, key * WIDTH_STEP_MM)

    def add_curves(self, curves: Iterable[Curve]) -> None:
        ends: dict[int, tuple[float, float]] = {}
        for curve in curves:
            if abs(curve.w3 - curve.w0) <= WIDTH_STEP_MM:  # most curves: one piece, no split
                pieces: Iterable[tuple[Curve, float]] = ((curve, (curve.w0 + curve.w3) / 2),)
            else:
                pieces = curve_pieces(curve)
            for piece, width in pieces:
                key = round(width / WIDTH_STEP_MM)
                runs = self.runs.get(key)
                if runs is None:
                    runs = self.runs[key] = []
                start = (piece.x0, piece.y0)
                if ends.get(key) != start:
                    runs.append(InkRun(start))
                runs[-1].curves.append(piece[2:8])
                ends[key] = (piece.x3, piece.y3)

    def add_stroke(self, stroke: Sequence[Point]) -> None:
        first = stroke[0]
        if all(p.x == first.x and p.y == first.y for p in stroke):
            # A tap, or points that quantising brought together: a line of no length
            # would not show, so it is a dot.
            self.dots.append((first.x, first.y, max(MIN_INK_MM, max(p.width for p in stroke))))
        else:
            self.add_curves(stroke_curves(stroke))


def ink_of(strokes: Iterable[Stroke]) -> Ink:
    ink = Ink()
    for stroke in strokes:
        ink.add_stroke(stroke)
    return ink


def ink_box(sig: Signature, margin_mm: float | None = None) -> tuple[float, float, float, float]:
    """(x, y, width, height) in mm around the ink, with room for the line widths.

    An empty signature gives its whole signing area.
    """
    box = bounding_box(sig)
    if box is None:
        return 0.0, 0.0, max(sig.width_mm, 1.0), max(sig.height_mm, 1.0)
    if margin_mm is None:
        margin_mm = max((p.width for s in sig.strokes for p in s), default=0.0) / 2 + 0.5
    x0, y0, x1, y1 = box
    return x0 - margin_mm, y0 - margin_mm, x1 - x0 + 2 * margin_mm, y1 - y0 + 2 * margin_mm


def frame(sig: Signature, crop: bool) -> tuple[float, float, float, float]:
    if crop:
        return ink_box(sig)
    return 0.0, 0.0, max(sig.width_mm, 1.0), max(sig.height_mm, 1.0)


# --- reportlab --------------------------------------------------------------------------


def signature_drawing(
    sig: Signature,
    *,
    color: str = DEFAULT_INK,
    crop: bool = True,
    max_width: float | None = None,
    max_height: float | None = None,
) -> Drawing:
    """A reportlab Drawing (a flowable) of the signature, in points, at true size.

    Given `max_width`/`max_height` (points), it is scaled down, never up, to fit them with its
    proportions kept.
    """
    from reportlab.graphics.shapes import Circle, Drawing, Group, Path
    from reportlab.lib.colors import HexColor

    x, y, w, h = frame(sig, crop)
    k = PT_PER_MM
    fit = min(
        1.0,
        (max_width / (w * k)) if max_width else 1.0,
        (max_height / (h * k)) if max_height else 1.0,
    )
    ink = ink_of(sig.strokes)
    colour = HexColor(color)
    top = y + h

    group = Group()
    for key, runs in ink.runs.items():
        path = Path(fillColor=None, strokeColor=colour, strokeWidth=ink.width_of(key) * k,
                    strokeLineCap=1, strokeLineJoin=1)
        for run in runs:
            path.moveTo((run.start[0] - x) * k, (top - run.start[1]) * k)
            for x1, y1, x2, y2, x3, y3 in run.curves:
                path.curveTo((x1 - x) * k, (top - y1) * k, (x2 - x) * k, (top - y2) * k,
                             (x3 - x) * k, (top - y3) * k)
        group.add(path)
    for cx, cy, d in ink.dots:
        group.add(Circle((cx - x) * k, (top - cy) * k, d * k / 2,
                         fillColor=colour, strokeColor=None))
    if fit < 1.0:
        group.scale(fit, fit)
    drawing = Drawing(w * k * fit, h * k * fit)
    drawing.add(group)
    return drawing


def draw_signature(canvas: Canvas, sig: Signature, box: tuple[float, float, float, float],
                   color: str = DEFAULT_INK) -> None:
    """The ink at true size (smaller only if it must), centred in `box` (points) on a canvas.

    The path is written straight onto the canvas in millimetres under one transform, which is
    several times faster than a Drawing for the hundreds of curve pieces of a signature.
    """
    from reportlab.lib.colors import HexColor

    fx, fy, fw, fh = ink_box(sig)
    x, y, w, h = box
    k = min(PT_PER_MM, w / fw, h / fh)
    dw, dh = fw * k, fh * k
    ink = ink_of(sig.strokes)
    canvas.saveState()
    canvas.translate(x + (w - dw) / 2, y + (h - dh) / 2 + dh)
    canvas.scale(k, -k)  # millimetres, y downwards as the pad recorded them
    canvas.translate(-fx, -fy)
    colour = HexColor(color)
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    # Hundredths of a millimetre are far below what paper shows; writing the operators
    # directly keeps a 2,000-point signature to a few milliseconds and a few kilobytes.
    ops = []
    curve_to = "{:.2f} {:.2f} {:.2f} {:.2f} {:.2f} {:.2f} c".format
    for key, runs in ink.runs.items():
        ops.append(f"{ink.width_of(key):.3f} w")
        for run in runs:
            ops.append(f"{run.start[0]:.2f} {run.start[1]:.2f} m")
            ops.extend([curve_to(*curve) for curve in run.curves])
        ops.append("S")
    canvas.addLiteral("\n".join(ops))
    for cx, cy, d in ink.dots:
        canvas.circle(cx, cy, d / 2, stroke=0, fill=1)
    canvas.restoreState()


# --- SVG --------------------------------------------------------------------------------


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def render_svg(sig: Signature, *, color: str = DEFAULT_INK, crop: bool = True) -> str:
    """A standalone SVG document in millimetres (viewBox units are mm)."""
    x, y, w, h = frame(sig, crop)
    ink = ink_of(sig.strokes)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{_n(w)}mm" height="{_n(h)}mm" viewBox="{_n(x)} {_n(y)} {_n(w)} {_n(h)}">',
        f'<g fill="none" stroke="{color}" stroke-linecap="round" stroke-linejoin="round">',
    ]
    for key, runs in ink.runs.items():
        d = []
        for run in runs:
            d.append(f"M{_n(run.start[0])} {_n(run.start[1])}")
            d.extend(
                f"C{_n(a)} {_n(b)} {_n(c)} {_n(e)} {_n(f)} {_n(g)}"
                for a, b, c, e, f, g in run.curves
            )
        parts.append(f'<path stroke-width="{_n(ink.width_of(key))}" d="{"".join(d)}"/>')
    parts.append("</g>")
    parts.extend(
        f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(dd / 2)}" fill="{color}"/>'
        for cx, cy, dd in ink.dots
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
