"""The signature pad: pen, touch or mouse in; smooth, pen-like ink out, stored in millimetres.

Ink is painted incrementally into a backing image at the screen's device pixel ratio, and only
the rectangle a new curve touches is repainted. The whole image is redrawn from the stored
points only when that cannot be avoided: resize, another screen, clear, undo, the first stroke
(which takes the hint away) and a palm's stroke being withdrawn.

Millimetres: a position in pixels becomes millimetres through the screen's physical DPI, the
size the monitor reports of itself, so a signature drawn 60 mm wide on the glass prints 60 mm
wide whichever screen took it. Qt gives that DPI in device-independent pixels, the unit events
carry. Projectors, virtual displays and some panels report no size or a silly one; outside
50-600 dpi the logical DPI (96 × the system's scaling) is used instead, which is at least
consistent on one machine. `set_px_per_mm` overrides both (a station setting could use it).

Palm rejection: while a pen is down, or was seen hovering within the last `PEN_GRACE_MS`,
touches and mouse events are ignored, and a touch stroke begun just before the pen came near
(the heel of the hand lands first) is withdrawn. Only the first finger of a touch draws.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPointingDevice,
    QResizeEvent,
    QScreen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ikrar.core.strokes import Signature, Stroke, has_enough_ink
from ikrar.documents.signature_render import Curve, Ink, ink_of, stroke_curves
from ikrar.ui.desk.ink import InkStyle, StrokeBuilder
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.render import paint_ink

MM_PER_INCH = 25.4
PLAUSIBLE_DPI = (50.0, 600.0)
PEN_GRACE_MS = 400
PAPER = QColor(theme.PAPER)
FRAME = QColor(theme.BORDER_STRONG)
BASELINE = QColor(theme.BASELINE)
HINT = QColor(theme.HINT_MARK)
INK = QColor(theme.INK)


def screen_px_per_mm(screen: QScreen | None) -> float:
    """Device-independent pixels per millimetre on `screen` (see the module notes)."""
    if screen is None:
        return 96 / MM_PER_INCH
    physical = screen.physicalDotsPerInch()
    size = screen.physicalSize()
    if size.width() > 0 and PLAUSIBLE_DPI[0] <= physical <= PLAUSIBLE_DPI[1]:
        return physical / MM_PER_INCH
    return screen.logicalDotsPerInch() / MM_PER_INCH


def _now_ms() -> float:
    return time.monotonic() * 1000


class SignaturePad(QWidget):
    """Signing area. `signature()` gives what was drawn; `strokesChanged` after every stroke."""

    strokesChanged = Signal()
    strokeStarted = Signal()
    enoughInkChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, style: InkStyle | None = None) -> None:
        super().__init__(parent)
        self.style = style or InkStyle()
        self.ink_color = QColor(INK)
        self.hint_text = self.tr("Sign here")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setTabletTracking(True)  # hover moves tell us a pen is near (palm rejection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

        self._keep_biometrics = False
        self._strokes: list[Stroke] = []
        self._builder: StrokeBuilder | None = None
        self._source: str | None = None  # "pen" | "touch" | "mouse" while pressed
        self._outside = False  # pressed, but the pen has left the pad
        self._last_pos = QPointF()
        self._touch_id: int | None = None
        self._pen_down = False
        self._pen_seen = -math.inf
        self._t_from_events = True
        self._enough = False
        self._override_px_per_mm: float | None = None
        self._px_per_mm = screen_px_per_mm(self.screen())
        self._dpr = 0.0
        self._screen: QScreen | None = None
        self._image = QImage()

    # --- public ---------------------------------------------------------------------------

    @property
    def keep_biometrics(self) -> bool:
        return self._keep_biometrics

    def set_keep_biometrics(self, keep: bool) -> None:
        """Record pen time and pressure (biometrics, UU 27/2022) only when the event allows."""
        self._keep_biometrics = keep

    @property
    def px_per_mm(self) -> float:
        return self._px_per_mm

    def set_px_per_mm(self, value: float | None) -> None:
        """Fix the scale (pixels per mm) instead of asking the screen; None asks again."""
        self._override_px_per_mm = value
        self._refresh_scale(force=True)

    def area_mm(self) -> tuple[float, float]:
        return self.width() / self._px_per_mm, self.height() / self._px_per_mm

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def is_drawing(self) -> bool:
        return self._builder is not None

    def has_enough_ink(self) -> bool:
        return self._enough

    def signature(self) -> Signature:
        """The finished strokes (a stroke still being drawn is not part of it).

        Pressure is kept only if every stroke has it: a finger stroke beside pen strokes
        leaves the signature without pressure rather than with made-up values.
        """
        width, height = self.area_mm()
        box = [p for s in self._strokes for p in s]
        if box:  # ink left outside a pad that has since shrunk still belongs to the area
            width = max(width, max(p.x for p in box))
            height = max(height, max(p.y for p in box))
        sig = Signature(strokes=tuple(self._strokes), width_mm=width, height_mm=height)
        if len({p.pressure is None for s in self._strokes for p in s}) > 1:
            strokes = tuple(tuple(replace(p, pressure=None) for p in s) for s in self._strokes)
            sig = replace(sig, strokes=strokes)
        return sig

    def clear(self) -> None:
        had = bool(self._strokes) or self._builder is not None
        self._reset_input()
        self._strokes.clear()
        self._redraw()
        if had:
            self._changed()

    def undo(self) -> None:
        """Take back the stroke being drawn, else the last finished one."""
        if self._builder is not None:
            self._reset_input()
        elif self._strokes:
            self._strokes.pop()
        else:
            return
        self._redraw()
        self._changed()

    def sizeHint(self) -> QSize:
        return QSize(round(140 * self._px_per_mm), round(55 * self._px_per_mm))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(80 * self._px_per_mm), round(30 * self._px_per_mm))

    # --- input: pen -----------------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        event.accept()  # never let Qt turn pen input into mouse events as well
        self._pen_seen = _now_ms()
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            return
        kind = event.type()
        if self._source == "touch":
            self._withdraw()  # the palm landed before the pen
        device = event.pointingDevice()
        has_pressure = bool(
            device is not None
            and device.capabilities() & QInputDevice.Capability.Pressure
        )
        pressure = event.pressure() if has_pressure else None
        if kind == QEvent.Type.TabletPress:
            self._pen_down = True
            if self._source is None:
                self._press("pen", event.position(), event.timestamp(), pressure)
        elif kind == QEvent.Type.TabletMove:
            if self._source == "pen":
                self._move(event.position(), event.timestamp(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._pen_down = False
            if self._source == "pen":
                self._release(event.position(), event.timestamp(), pressure)

    # --- input: touch ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._touch(event)  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.TouchCancel:
            if self._source == "touch":
                self._withdraw()
            self._touch_id = None
            return True
        if kind == QEvent.Type.DevicePixelRatioChange:
            self._refresh_scale()
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        event.accept()
        if self._pen_near():
            return
        for point in event.points():
            state = point.state()
            if self._touch_id is None:
                if state == QEventPoint.State.Pressed and self._source is None:
                    self._touch_id = point.id()
                    self._press("touch", point.position(), event.timestamp(), None)
                continue
            if point.id() != self._touch_id:
                continue  # a second finger or the side of the hand
            if state == QEventPoint.State.Released:
                self._touch_id = None
                if self._source == "touch":
                    self._release(point.position(), event.timestamp(), None)
            elif self._source == "touch":
                self._move(point.position(), event.timestamp(), None)

    # --- input: mouse ---------------------------------------------------------------------

    def _is_real_mouse(self, event: QMouseEvent) -> bool:
        device = event.device()
        # Mouse events made from touch or pen input we handle ourselves are left alone.
        return device is None or device.type() == QInputDevice.DeviceType.Mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if (event.button() == Qt.MouseButton.LeftButton and self._source is None
                and self._is_real_mouse(event) and not self._pen_near()):
            self._press("mouse", event.position(), event.timestamp(), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._source == "mouse":
            self._move(event.position(), event.timestamp(), None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._source == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position(), event.timestamp(), None)

    # --- strokes --------------------------------------------------------------------------

    def _pen_near(self) -> bool:
        return self._pen_down or _now_ms() - self._pen_seen < PEN_GRACE_MS

    def _inside(self, pos: QPointF) -> bool:
        return 0 <= pos.x() <= self.width() and 0 <= pos.y() <= self.height()

    def _time(self, stamp: int) -> float:
        return float(stamp) if self._t_from_events else _now_ms()

    def _press(self, source: str, pos: QPointF, stamp: int, pressure: float | None) -> None:
        self._source = source
        self._outside = not self._inside(pos)
        # Synthetic events (tests, some drivers) carry no timestamp: use our own clock then.
        self._t_from_events = stamp > 0
        self._last_pos = QPointF(pos)
        if not self._outside:
            self._begin(pos, stamp, pressure)

    def _begin(self, pos: QPointF, stamp: int, pressure: float | None) -> None:
        first = not self._strokes
        self._builder = StrokeBuilder(
            self.style, keep_time=self._keep_biometrics,
            keep_pressure=self._keep_biometrics and self._source == "pen",
        )
        if first:
            self._redraw()  # the hint goes away as the first stroke starts
        self._add(pos, stamp, pressure)
        self.strokeStarted.emit()

    def _move(self, pos: QPointF, stamp: int, pressure: float | None) -> None:
        inside = self._inside(pos)
        if self._builder is not None and not inside:
            # The pen left the paper: ink up to the edge, and the stroke ends there.
            self._add(self._edge(self._last_pos, pos), stamp, pressure)
            self._commit()
            self._outside = True
        elif self._builder is None and self._outside and inside:
            self._outside = False
            self._begin(self._edge(pos, self._last_pos), stamp, pressure)
            self._add(pos, stamp, pressure)
        elif self._builder is not None:
            self._add(pos, stamp, pressure)
        self._last_pos = QPointF(pos)

    def _release(self, pos: QPointF, stamp: int, pressure: float | None) -> None:
        if self._builder is not None:
            if self._inside(pos):
                self._add(pos, stamp, pressure)
            self._commit()
        self._source = None
        self._outside = False

    def _edge(self, inside: QPointF, outside: QPointF) -> QPointF:
        """Where the segment from `inside` to `outside` crosses the pad's border."""
        ix, iy = inside.x(), inside.y()
        dx, dy = outside.x() - ix, outside.y() - iy
        t = 1.0
        for start, delta, limit in ((ix, dx, self.width()), (iy, dy, self.height())):
            if start + delta < 0:
                t = min(t, -start / delta)
            elif start + delta > limit:
                t = min(t, (limit - start) / delta)
        return QPointF(min(max(ix + dx * t, 0.0), self.width()),
                       min(max(iy + dy * t, 0.0), self.height()))

    def _add(self, pos: QPointF, stamp: int, pressure: float | None) -> None:
        assert self._builder is not None
        scale = self._px_per_mm
        curves = self._builder.add(pos.x() / scale, pos.y() / scale, self._time(stamp), pressure)
        if curves:
            self._paint_curves(curves)

    def _commit(self) -> None:
        builder = self._builder
        assert builder is not None
        self._builder = None
        if builder.is_dot:
            ink = Ink()
            ink.add_stroke(builder.points)
            dot = builder.points[0]
            self._paint(ink, self._dirty(dot.x, dot.y, dot.x, dot.y, dot.width))
        else:
            self._paint_curves(builder.finish())
        self._strokes.append(builder.stroke())
        self._changed()

    def _withdraw(self) -> None:
        """Forget the stroke in progress (a palm), as if it had never been drawn."""
        drawing = self._builder is not None
        self._reset_input()
        if drawing:
            self._redraw()

    def _reset_input(self) -> None:
        self._builder = None
        self._source = None
        self._outside = False
        self._touch_id = None

    def _changed(self) -> None:
        enough = has_enough_ink(Signature(tuple(self._strokes), 0, 0))
        flipped = enough != self._enough
        self._enough = enough  # before the signals: their slots ask has_enough_ink()
        self.strokesChanged.emit()
        if flipped:
            self.enoughInkChanged.emit(enough)

    # --- painting -------------------------------------------------------------------------

    def _paint_curves(self, curves: list[Curve]) -> None:
        if not curves:
            return
        ink = Ink()
        ink.add_curves(curves)
        xs = [v for c in curves for v in (c.x0, c.x1, c.x2, c.x3)]
        ys = [v for c in curves for v in (c.y0, c.y1, c.y2, c.y3)]
        width = max(max(c.w0, c.w3) for c in curves)
        self._paint(ink, self._dirty(min(xs), min(ys), max(xs), max(ys), width))

    def _dirty(self, x0: float, y0: float, x1: float, y1: float, width: float) -> QRect:
        s = self._px_per_mm
        pad = width * s / 2 + 2
        return QRectF(x0 * s - pad, y0 * s - pad, (x1 - x0) * s + 2 * pad,
                      (y1 - y0) * s + 2 * pad).toAlignedRect()

    def _paint(self, ink: Ink, dirty: QRect) -> None:
        if self._image.isNull():
            return  # not shown yet; the first paint draws everything from the points
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_ink(painter, ink, self._px_per_mm, self.ink_color)
        painter.end()
        self.update(dirty)

    def _refresh_scale(self, force: bool = False) -> None:
        screen = self.screen()
        dpr = self.devicePixelRatioF()
        if not force and screen is self._screen and dpr == self._dpr and not self._image.isNull():
            return
        self._screen = screen
        self._px_per_mm = self._override_px_per_mm or screen_px_per_mm(screen)
        self.updateGeometry()
        self._redraw()

    def _redraw(self) -> None:
        """Paint paper, frame, baseline, hint and every stroke afresh into a new image."""
        dpr = self.devicePixelRatioF()
        self._dpr = dpr
        size = self.size()
        if size.isEmpty():
            self._image = QImage()
            return
        image = QImage(size * dpr, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_paper(painter)
        scale = self._px_per_mm
        ink = ink_of(self._strokes)
        if self._builder is not None:  # resized mid-stroke: what was drawn so far
            ink.add_curves(stroke_curves(self._builder.points, final=False))
        paint_ink(painter, ink, scale, self.ink_color)
        painter.end()
        self._image = image
        self.update()

    def _paint_paper(self, painter: QPainter) -> None:
        w, h = self.width(), self.height()
        s = self._px_per_mm
        painter.setPen(QPen(FRAME, 2))
        painter.drawRoundedRect(QRectF(1, 1, w - 2, h - 2), 6, 6)
        base_y = h * 0.72
        margin = min(w * 0.06, 12 * s)
        painter.setPen(QPen(BASELINE, max(1.5, 0.4 * s)))
        painter.drawLine(QPointF(margin, base_y), QPointF(w - margin, base_y))
        cross = min(3 * s, h * 0.05)
        painter.drawLine(QPointF(margin, base_y - 2.5 * cross), QPointF(margin + cross,
                                                                        base_y - 1.5 * cross))
        painter.drawLine(QPointF(margin + cross, base_y - 2.5 * cross),
                         QPointF(margin, base_y - 1.5 * cross))
        if self._strokes or self._builder is not None:
            return
        font = QFont(self.font())
        font.setPixelSize(max(14, min(round(h * 0.09), round(7 * s))))
        painter.setFont(font)
        painter.setPen(HINT)
        painter.drawText(QRectF(margin, base_y + 4, w - 2 * margin, h - base_y - 8),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         self.hint_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw()

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._refresh_scale()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.screen() is not self._screen or self.devicePixelRatioF() != self._dpr:
            self._refresh_scale()  # moved to another screen: same millimetres, new pixels
        painter = QPainter(self)
        if self._image.isNull():
            painter.fillRect(event.rect(), PAPER)
        else:
            rect = event.rect()
            dpr = self._image.devicePixelRatio()
            source = QRectF(rect.x() * dpr, rect.y() * dpr, rect.width() * dpr,
                            rect.height() * dpr)
            painter.drawImage(QRectF(rect), self._image, source)
        painter.end()

