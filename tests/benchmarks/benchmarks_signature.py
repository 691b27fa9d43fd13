"""Benchmarks of signatures: pen input on the pad, encoded size, PNG and reportlab rendering."""

from __future__ import annotations

import statistics
import struct
import time
from pathlib import Path

from run import Figure, median_ms

from ikrar.core.strokes import Signature, encode, synthetic_signature

POINTS = 2_000


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _through_the_pen(sig: Signature, *, keep_biometrics: bool = False) -> Signature:
    """What the pad stores for this pen movement: merged samples, widths from pressure."""
    from ikrar.ui.desk.ink import InkStyle, StrokeBuilder

    strokes = []
    for stroke in sig.strokes:
        builder = StrokeBuilder(InkStyle(), keep_time=keep_biometrics,
                                keep_pressure=keep_biometrics)
        for p in stroke:
            builder.add(p.x, p.y, p.t or 0, p.pressure)
        strokes.append(builder.stroke())
    return Signature(tuple(strokes), sig.width_mm, sig.height_mm)


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def signature_input(folder: Path, *, quick: bool) -> list[Figure]:
    """One pen event, from delivery to the repainted pixels, for a 2,000-point signature."""
    from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QImage,
        QInputDevice,
        QPainter,
        QPen,
        QPointingDevice,
        QTabletEvent,
    )
    from PySide6.QtWidgets import QApplication, QWidget

    from ikrar.ui.desk.signature_pad import SignaturePad

    app = _app()
    caps = QInputDevice.Capability
    stylus = QPointingDevice("bench stylus", 9001, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Pen, caps.Position | caps.Pressure, 1, 2)

    class BareInk(QWidget):
        """The least a pad can do: one straight line per event into an image, its rect repainted."""

        def __init__(self) -> None:
            super().__init__()
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self.image = QImage()
            self.last: QPointF | None = None

        def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
            self.image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
            self.image.fill(QColor("white"))

        def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
            event.accept()
            pos = event.position()
            if self.last is not None and event.type() == QEvent.Type.TabletMove:
                painter = QPainter(self.image)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor("black"), 3, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawLine(self.last, pos)
                painter.end()
                self.update(QRectF(self.last, pos).normalized().adjusted(-3, -3, 3, 3)
                            .toAlignedRect())
            self.last = None if event.type() == QEvent.Type.TabletRelease else pos

        def paintEvent(self, event) -> None:  # noqa: N802
            painter = QPainter(self)
            painter.drawImage(event.rect(), self.image, event.rect())
            painter.end()

    sig = synthetic_signature(11, points=POINTS)
    rounds = 1 if quick else 5

    def run(widget: QWidget, scale: float) -> tuple[list[float], list[float]]:
        widget.resize(700, 440)
        widget.show()
        app.processEvents()
        events = []
        clock = 1_000
        for stroke in sig.strokes:
            for i, p in enumerate(stroke):
                kind = (QEvent.Type.TabletPress if i == 0 else QEvent.Type.TabletRelease
                        if i == len(stroke) - 1 else QEvent.Type.TabletMove)
                pos = QPointF(p.x * scale, p.y * scale)
                down = kind != QEvent.Type.TabletRelease
                event = QTabletEvent(kind, stylus, pos, pos, p.pressure or 0.5, 0, 0, 0, 0, 0,
                                     Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                                     Qt.MouseButton.LeftButton if down else
                                     Qt.MouseButton.NoButton)
                event.setTimestamp(clock + p.t)
                events.append(event)
            clock += stroke[-1].t + 300
        handled, painted = [], []
        for _ in range(rounds):
            if isinstance(widget, SignaturePad):
                widget.clear()
            app.processEvents()
            for event in events:
                start = time.perf_counter()
                QApplication.sendEvent(widget, event)
                middle = time.perf_counter()
                app.processEvents()  # the repaint of what changed
                end = time.perf_counter()
                handled.append((middle - start) * 1000)
                painted.append((end - start) * 1000)
        widget.close()
        return handled, painted

    pad = SignaturePad()
    pad_handled, pad_total = run(pad, pad.px_per_mm)
    assert pad.signature().point_count > POINTS // 3, "the pad did not take the pen input"
    bare_handled, bare_total = run(BareInk(), pad.px_per_mm)
    return [Figure(
        f"pen event on the pad, {POINTS:,}-point signature (smoothing + incremental paint)",
        "ms", statistics.median(pad_total), statistics.median(bare_total),
        "bare QPainter drawLine into a QImage per event", "median ≤ 1 ms, p99 ≤ 4 ms",
        len(pad_total), {
            "p99": f"{_p99(pad_total):.3f} ms (bare {_p99(bare_total):.3f})",
            "handler only": f"{statistics.median(pad_handled):.3f} ms "
                            f"(bare {statistics.median(bare_handled):.3f})",
        },
    )]


def signature_size(folder: Path, *, quick: bool) -> list[Figure]:
    """Encoded bytes of typical signatures as the pad stores them, beside packed floats."""
    seeds = range(10 if quick else 50)
    sizes, raw, with_bio = [], [], []
    for seed in seeds:
        shape = _through_the_pen(synthetic_signature(seed))
        sizes.append(len(encode(shape)) / 1000)
        raw.append(shape.point_count * 12 / 1000)
        with_bio.append(len(encode(_through_the_pen(synthetic_signature(seed),
                                                   keep_biometrics=True))) / 1000)
    big = synthetic_signature(11, points=POINTS)
    # The packed-float baseline for one signature, to show what the columns and zlib buy.
    packed = b"".join(struct.pack("<3f", p.x, p.y, p.width) for s in big.strokes for p in s)
    return [Figure(
        "encoded signature, typical (shape only, as stored without consent)", "KB",
        statistics.median(sizes), statistics.median(raw),
        "the same points as float32 x, y, width", "≤ 8 KB", len(sizes), {
            "largest": f"{max(sizes):.2f} KB",
            "with time and pressure": f"{statistics.median(with_bio):.2f} KB",
            f"{POINTS:,} points unfiltered, with biometrics": f"{len(encode(big)) / 1000:.2f} KB "
                                                              f"(floats {len(packed) / 1000:.1f})",
        },
    )]


def signature_png(folder: Path, *, quick: bool) -> list[Figure]:
    """A typical signature to a 300-dpi transparent PNG, beside saving a blank image that size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from ikrar.ui.widgets.render import image_to_png, render_image, render_png

    repeat = 10 if quick else 50
    typical = _through_the_pen(synthetic_signature(21))
    big = synthetic_signature(11, points=POINTS)  # every sample kept: the harder case
    measured, _ = median_ms(lambda: render_png(typical, 300, crop=False), repeat)
    size = render_image(typical, 300, crop=False).size()

    def bare() -> bytes:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        return image_to_png(image)

    def bare_8bit() -> bytes:
        image = QImage(size, QImage.Format.Format_Indexed8)
        image.setColorTable([0] * 256)
        image.fill(0)
        return image_to_png(image)

    baseline, _ = median_ms(bare, repeat)
    baseline_8bit, _ = median_ms(bare_8bit, repeat)
    big_ms, _ = median_ms(lambda: render_png(big, 300, crop=False), repeat)
    cropped, _ = median_ms(lambda: render_png(typical, 300), repeat)
    return [Figure(
        f"signature to PNG, 300 dpi, {size.width()}×{size.height()} px", "ms", measured,
        baseline, "a blank transparent QImage of that size saved as PNG", "≤ 20 ms", repeat, {
            "points": typical.point_count,
            f"{big.point_count:,} points": f"{big_ms:.1f} ms",
            "cropped to the ink": f"{cropped:.1f} ms",
            "blank 8-bit palette image saved": f"{baseline_8bit:.1f} ms",
        },
    )]


def signature_drawing(folder: Path, *, quick: bool) -> list[Figure]:
    """A typical signature to a reportlab Drawing, beside one PolyLine through the same points."""
    from reportlab.graphics.shapes import Drawing, PolyLine

    from ikrar.documents.signature_render import PT_PER_MM
    from ikrar.documents.signature_render import signature_drawing as draw

    repeat = 20 if quick else 200
    typical = _through_the_pen(synthetic_signature(21))
    big = synthetic_signature(11, points=POINTS)  # every sample kept: the harder case
    draw(typical)  # import reportlab outside the measurement
    measured, _ = median_ms(lambda: draw(typical), repeat)

    def bare() -> Drawing:
        drawing = Drawing(typical.width_mm * PT_PER_MM, typical.height_mm * PT_PER_MM)
        drawing.add(PolyLine([v for s in typical.strokes for p in s
                              for v in (p.x * PT_PER_MM, (typical.height_mm - p.y) * PT_PER_MM)],
                             strokeWidth=1))
        return drawing

    baseline, _ = median_ms(bare, repeat)
    big_ms, _ = median_ms(lambda: draw(big), repeat)
    return [Figure(
        "signature to a reportlab drawing (vector, variable width)", "ms", measured, baseline,
        "bare Drawing with one PolyLine through the same points", "≤ 5 ms", repeat, {
            "points": typical.point_count,
            f"{big.point_count:,} points": f"{big_ms:.2f} ms",
        },
    )]
