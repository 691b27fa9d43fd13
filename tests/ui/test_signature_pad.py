"""The signature pad: pen, touch and mouse in; strokes out that decode to what was drawn."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ikrar.core.strokes import (
    Signature,
    decode,
    encode,
    has_enough_ink,
    synthetic_signature,
)
from ikrar.documents.signature_render import stroke_curves
from ikrar.store.checkin import check_in
from ikrar.store.models import Signature as SignatureRow
from ikrar.ui.desk.ink import InkStyle, StrokeBuilder
from ikrar.ui.desk.signature_pad import SignaturePad

Cap = QInputDevice.Capability
T = QEvent.Type
XY_TOLERANCE = 0.051  # the stroke format keeps 0.1 mm


def make_stylus(pressure: bool = True) -> QPointingDevice:
    caps = Cap.Position | Cap.XTilt | Cap.YTilt | (Cap.Pressure if pressure else Cap.None_)
    return QPointingDevice("test stylus", 4242, QInputDevice.DeviceType.Stylus,
                           QPointingDevice.PointerType.Pen, caps, 1, 2)


def tablet(pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, x: float, y: float,
           pressure: float, stamp: int,
           pointer: QPointingDevice.PointerType | None = None) -> None:
    pos = QPointF(x, y)
    down = kind != T.TabletRelease
    event = QTabletEvent(kind, device, pos, QPointF(pad.mapToGlobal(pos)), pressure, 10.0, -5.0,
                         0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                         Qt.MouseButton.LeftButton,
                         Qt.MouseButton.LeftButton if down else Qt.MouseButton.NoButton)
    event.setTimestamp(stamp)
    QApplication.sendEvent(pad, event)


def pen_stroke(pad: SignaturePad, device: QPointingDevice,
               samples: Sequence[tuple[float, float, float]], *, start: int = 1000,
               step: int = 5, lift: bool = True) -> None:
    """Press at the first sample (x px, y px, pressure), move through the rest, lift."""
    x, y, p = samples[0]
    tablet(pad, device, T.TabletPress, x, y, p, start)
    for i, (x, y, p) in enumerate(samples[1:], 1):
        tablet(pad, device, T.TabletMove, x, y, p, start + i * step)
    if lift:
        tablet(pad, device, T.TabletRelease, x, y, 0.0, start + len(samples) * step)


def draw_signature(pad: SignaturePad, device: QPointingDevice, sig: Signature) -> None:
    """Replay a signature (mm, with its pen timing and pressure) through the pad's pen input."""
    s = pad.px_per_mm
    clock = 10_000
    for stroke in sig.strokes:
        pen_stroke(pad, device, [(p.x * s, p.y * s, p.pressure if p.pressure is not None else 0.5)
                                 for p in stroke], start=clock)
        clock += len(stroke) * 5 + 200


def wave(n: int = 60, *, x0: float = 40, y0: float = 120, dx: float = 6, amp: float = 35,
         pressure: Iterable[float] | None = None) -> list[tuple[float, float, float]]:
    levels = list(pressure) if pressure is not None else [0.5] * n
    return [(x0 + i * dx, y0 + amp * math.sin(i / 6), levels[i]) for i in range(n)]


def close_to_a_sample(point, samples_mm: list[tuple[float, float]]) -> bool:
    return any(abs(point.x - x) <= XY_TOLERANCE and abs(point.y - y) <= XY_TOLERANCE
               for x, y in samples_mm)


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def stylus() -> QPointingDevice:
    return make_stylus()


@pytest.fixture(scope="module")
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen, Cap.Position)


def ink_at(pad: SignaturePad, x: float, y: float, radius: int = 2) -> bool:
    """Whether the pad shows ink (dark pixels) around logical position x, y."""
    image = pad.grab().toImage()
    dpr = image.devicePixelRatio()
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            c = QColor(image.pixel(round((x + dx) * dpr), round((y + dy) * dpr)))
            if c.lightness() < 110:
                return True
    return False


# --- pen ------------------------------------------------------------------------------------


def test_pen_with_pressure_gives_strokes_that_decode_to_what_was_drawn(pad, stylus, qtbot):
    pad.set_keep_biometrics(True)
    samples = wave(60, pressure=[0.1 + 0.8 * i / 59 for i in range(60)])
    with qtbot.waitSignal(pad.strokesChanged), qtbot.waitSignal(pad.enoughInkChanged) as enough:
        pen_stroke(pad, stylus, samples)

    assert enough.args == [True]
    sig = decode(encode(pad.signature()))
    (stroke,) = sig.strokes
    s = pad.px_per_mm
    drawn = [(x / s, y / s) for x, y, _ in samples]
    assert len(stroke) >= 50  # only samples closer than 0.4 mm are merged
    assert all(close_to_a_sample(p, drawn) for p in stroke)
    assert (stroke[0].x, stroke[0].y) == pytest.approx(drawn[0], abs=XY_TOLERANCE)
    assert (stroke[-1].x, stroke[-1].y) == pytest.approx(drawn[-1], abs=XY_TOLERANCE)
    # Pressure and timing are kept (the event allows it), and pressure sets the width.
    assert stroke[0].pressure == pytest.approx(0.1, abs=0.01)
    assert stroke[-1].pressure == pytest.approx(0.9, abs=0.01)
    assert [p.t for p in stroke] == sorted(p.t for p in stroke) and stroke[0].t == 0
    assert stroke[-1].width > stroke[0].width * 1.8
    assert sig.width_mm == pytest.approx(700 / s, abs=0.1)
    assert sig.height_mm == pytest.approx(300 / s, abs=0.1)
    # The ink is on screen where the pen went.
    x, y, _ = samples[30]
    assert ink_at(pad, x, y)


def test_without_the_events_consent_pen_time_and_pressure_are_not_captured(pad, stylus):
    pen_stroke(pad, stylus, wave(40, pressure=[0.2 + 0.7 * i / 39 for i in range(40)]))

    sig = pad.signature()
    assert not sig.has_time and not sig.has_pressure
    (stroke,) = sig.strokes
    assert stroke[-1].width > stroke[0].width  # the shape still follows the pressure


def test_an_eraser_draws_nothing(pad):
    eraser = QPointingDevice("eraser", 4243, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Eraser, Cap.Position | Cap.Pressure, 1, 2)
    pen_stroke(pad, eraser, wave(20))
    assert pad.is_empty()


# --- touch ----------------------------------------------------------------------------------


def touch_stroke(pad: SignaturePad, device: QPointingDevice,
                 points: Sequence[tuple[float, float]], touch_id: int = 0) -> None:
    x, y = points[0]
    QTest.touchEvent(pad, device).press(touch_id, QPoint(round(x), round(y)), pad).commit()
    for x, y in points[1:]:
        QTest.touchEvent(pad, device).move(touch_id, QPoint(round(x), round(y)), pad).commit()
    QTest.touchEvent(pad, device).release(touch_id, QPoint(round(x), round(y)), pad).commit()


def test_a_finger_draws(pad, touchscreen, qtbot):
    points = [(x, y) for x, y, _ in wave(50)]
    with qtbot.waitSignal(pad.strokesChanged):
        touch_stroke(pad, touchscreen, points)

    sig = decode(encode(pad.signature()))
    (stroke,) = sig.strokes
    s = pad.px_per_mm
    drawn = [(round(x) / s, round(y) / s) for x, y in points]
    assert len(stroke) >= 40
    assert all(close_to_a_sample(p, drawn) for p in stroke)
    assert not sig.has_pressure
    assert pad.has_enough_ink()


def test_only_the_first_finger_draws(pad, touchscreen):
    seq = QTest.touchEvent(pad, touchscreen)
    seq.press(0, QPoint(50, 100), pad).press(1, QPoint(400, 250), pad).commit()
    for i in range(1, 30):
        QTest.touchEvent(pad, touchscreen).move(0, QPoint(50 + 8 * i, 100), pad) \
            .move(1, QPoint(400 + 3 * i, 250 - 2 * i), pad).commit()
    QTest.touchEvent(pad, touchscreen).release(0, QPoint(282, 100), pad) \
        .release(1, QPoint(487, 192), pad).commit()

    (stroke,) = pad.signature().strokes
    assert all(abs(p.y - 100 / pad.px_per_mm) < 0.1 for p in stroke)


# --- mouse ----------------------------------------------------------------------------------


def test_a_mouse_drag_draws(pad, qtbot):
    points = [QPoint(60 + 12 * i, 150 + round(40 * math.sin(i / 3))) for i in range(30)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for p in points[1:]:
        qtbot.mouseMove(pad, p)
    with qtbot.waitSignal(pad.strokesChanged):
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])

    sig = decode(encode(pad.signature()))
    (stroke,) = sig.strokes
    s = pad.px_per_mm
    drawn = [(p.x() / s, p.y() / s) for p in points]
    assert len(stroke) == len(points)
    assert all(close_to_a_sample(p, drawn) for p in stroke)
    assert ink_at(pad, points[15].x(), points[15].y())


# --- ink ------------------------------------------------------------------------------------


def test_faster_is_thinner_and_close_samples_are_merged():
    style = InkStyle()
    slow = StrokeBuilder(style, keep_time=True, keep_pressure=False)
    fast = StrokeBuilder(style, keep_time=True, keep_pressure=False)
    for i in range(40):
        slow.add(i * 0.5, 10, i * 20)  # 0.025 mm/ms
        fast.add(i * 5.0, 10, i * 5)  # 1 mm/ms
    assert slow.points[-1].width > 2 * fast.points[-1].width
    assert fast.points[-1].width >= style.min_width_mm

    merged = StrokeBuilder(style, keep_time=False, keep_pressure=False)
    for i in range(100):
        merged.add(i * 0.1, 0, i)  # 0.1 mm apart, under the 0.4 mm threshold
    assert 18 <= len(merged.points) <= 25


def test_the_pad_paints_the_curves_the_certificate_will_print():
    """Curves handed out while drawing are exactly those the renderer makes from the points."""
    builder = StrokeBuilder(InkStyle(), keep_time=False, keep_pressure=True)
    painted = []
    for i in range(50):
        painted += builder.add(i * 0.8, 10 + 6 * math.sin(i / 4), i * 5, 0.3 + 0.6 * (i % 7) / 7)
    painted += builder.finish()
    assert painted == list(stroke_curves(builder.points))


def test_painting_is_incremental(pad, stylus, qtbot):
    """After the first stroke starts, a pen move repaints a small rectangle, not the pad."""
    painted: list[QRect] = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())
            return False

    spy = Spy()
    pad.installEventFilter(spy)
    samples = wave(40)
    pen_stroke(pad, stylus, samples[:20], lift=False)
    qtbot.waitUntil(lambda: bool(painted))
    painted.clear()
    for i, (x, y, p) in enumerate(samples[20:25], 20):
        tablet(pad, stylus, T.TabletMove, x, y, p, 1000 + i * 5)
    qtbot.waitUntil(lambda: bool(painted))
    area = sum(r.width() * r.height() for r in painted)
    assert area < 0.1 * pad.width() * pad.height()
    pad.removeEventFilter(spy)


def test_clear_undo_and_the_ink_signals(pad, stylus, qtbot):
    assert not pad.has_enough_ink()
    pen_stroke(pad, stylus, wave(50, y0=80))
    pen_stroke(pad, stylus, wave(50, y0=200), start=3000)
    assert len(pad.signature().strokes) == 2

    with qtbot.waitSignal(pad.strokesChanged):
        pad.undo()
    (kept,) = pad.signature().strokes
    assert kept[0].y == pytest.approx(80 / pad.px_per_mm, abs=0.01)
    assert pad.has_enough_ink()

    with qtbot.waitSignal(pad.enoughInkChanged) as blocker:
        pad.clear()
    assert blocker.args == [False]
    assert pad.is_empty() and pad.signature().strokes == ()
    assert not ink_at(pad, 40 + 6 * 10, 80 + 35 * math.sin(10 / 6))


# --- bad input ------------------------------------------------------------------------------


def test_nothing_or_a_dot_is_not_enough_ink(pad, stylus, qtbot):
    empty = pad.signature()
    assert empty.strokes == () and not has_enough_ink(empty)
    assert decode(encode(empty)).strokes == ()

    with qtbot.assertNotEmitted(pad.enoughInkChanged):
        pen_stroke(pad, stylus, [(200, 150, 0.5)])
    (dot,) = pad.signature().strokes
    assert len(dot) == 1 and dot[0].width > 0
    assert not pad.has_enough_ink()
    assert ink_at(pad, 200, 150)  # the dot is drawn all the same


def test_a_20000_point_scribble_still_encodes_and_saves(pad, stylus, event, make_employee):
    # A zigzag, samples 0.7 mm apart and rows 0.56 mm apart: nothing merged, every point kept.
    step = 0.7 * pad.px_per_mm
    samples = []
    for i in range(20_000):
        row, col = divmod(i, 200)
        samples.append((20 + step * (col if row % 2 == 0 else 199 - col), 20 + row * 2.2, 0.5))
    pen_stroke(pad, stylus, samples, step=2)

    sig = pad.signature()
    assert sig.point_count >= 19_900
    blob = encode(sig)
    assert len(blob) < 200_000
    assert decode(blob).point_count == sig.point_count
    attendance = check_in(event, make_employee(event), sig, method="badge",
                          pledge_hash=event.pledge_hash)
    stored = SignatureRow.get(SignatureRow.attendance == attendance)
    assert decode(stored.strokes).point_count == sig.point_count


def test_a_pen_lifted_outside_the_pad_ends_the_stroke_at_the_edge(pad, stylus):
    w_mm, h_mm = pad.area_mm()
    samples = [(500 + 20 * i, 150, 0.5) for i in range(20)]  # runs off the right edge at 700
    pen_stroke(pad, stylus, samples)

    (stroke,) = pad.signature().strokes
    assert all(0 <= p.x <= w_mm and 0 <= p.y <= h_mm for p in stroke)
    assert stroke[-1].x == pytest.approx(w_mm, abs=0.05)

    # Out and back in while still pressed: the ink resumes at the edge, as on paper.
    there_and_back = [(650, 60, 0.5), (690, 60, 0.5), (760, 60, 0.5), (800, 90, 0.5),
                      (760, 120, 0.5), (690, 120, 0.5), (640, 120, 0.5)]
    pen_stroke(pad, stylus, there_and_back, start=5000)
    strokes = pad.signature().strokes
    assert len(strokes) == 3
    assert strokes[2][0].x == pytest.approx(w_mm, abs=0.05)
    assert decode(encode(pad.signature())).point_count == pad.signature().point_count


def test_touches_while_the_pen_is_down_are_ignored(pad, stylus, touchscreen):
    samples = wave(40)
    pen_stroke(pad, stylus, samples[:20], lift=False)
    touch_stroke(pad, touchscreen, [(600, 280), (620, 270), (650, 250), (680, 240)])
    for i, (x, y, p) in enumerate(samples[20:], 20):
        tablet(pad, stylus, T.TabletMove, x, y, p, 1000 + i * 5)
    tablet(pad, stylus, T.TabletRelease, *samples[-1][:2], 0.0, 1300)

    (stroke,) = pad.signature().strokes
    assert all(p.x < 500 / pad.px_per_mm for p in stroke)


def test_a_palm_that_lands_before_the_pen_is_withdrawn(pad, stylus, touchscreen):
    palm = QTest.touchEvent(pad, touchscreen)
    palm.press(7, QPoint(600, 250), pad).commit()
    for i in range(1, 10):
        QTest.touchEvent(pad, touchscreen).move(7, QPoint(600 - 5 * i, 250 + i), pad).commit()
    pen_stroke(pad, stylus, wave(30))
    QTest.touchEvent(pad, touchscreen).release(7, QPoint(555, 259), pad).commit()

    (stroke,) = pad.signature().strokes
    assert stroke[0].x == pytest.approx(40 / pad.px_per_mm, abs=0.06)
    assert not ink_at(pad, 580, 254)


def test_pen_and_finger_strokes_together_still_encode(pad, stylus, touchscreen, qtbot):
    pad.set_keep_biometrics(True)
    touch_stroke(pad, touchscreen, [(x, y) for x, y, _ in wave(30, y0=220)])
    pen_stroke(pad, stylus, wave(30, y0=80))

    sig = pad.signature()
    assert len(sig.strokes) == 2
    assert sig.has_time and not sig.has_pressure  # no made-up pressure for the finger
    assert decode(encode(sig)).point_count == sig.point_count


def test_resizing_mid_stroke_keeps_the_ink(pad, stylus, qtbot):
    samples = wave(60)
    pen_stroke(pad, stylus, samples[:30], lift=False)
    pad.resize(900, 400)
    qtbot.waitUntil(lambda: pad.width() == 900)
    for i, (x, y, p) in enumerate(samples[30:], 30):
        tablet(pad, stylus, T.TabletMove, x, y, p, 1000 + i * 5)
    tablet(pad, stylus, T.TabletRelease, *samples[-1][:2], 0.0, 1400)

    (stroke,) = pad.signature().strokes
    assert len(stroke) >= 55
    assert ink_at(pad, *samples[10][:2]) and ink_at(pad, *samples[50][:2])
    pad.resize(500, 250)  # smaller than the ink: the ink is kept, the area covers it
    qtbot.waitUntil(lambda: pad.width() == 500)
    sig = pad.signature()
    assert sig.width_mm >= max(p.x for p in stroke)
    assert ink_at(pad, *samples[10][:2])


def test_another_screen_keeps_the_millimetres(pad, stylus):
    """A denser screen: the same signature in mm, drawn with more pixels."""
    pad.set_px_per_mm(4.0)
    pen_stroke(pad, stylus, wave(40, x0=40, y0=100, dx=4, amp=20))
    before = pad.signature().strokes
    pad.set_px_per_mm(6.0)

    assert pad.signature().strokes == before
    p = before[0][10]
    assert ink_at(pad, p.x * 6.0, p.y * 6.0)
    assert not ink_at(pad, p.x * 4.0, p.y * 4.0)  # nothing left where it was


def test_the_backing_image_matches_the_device_pixel_ratio(pad):
    assert pad._image.devicePixelRatio() == pad.devicePixelRatioF()
    assert pad._image.size() == pad.size() * pad.devicePixelRatioF()
    assert pad._image.format() == QImage.Format.Format_ARGB32_Premultiplied


# --- round trip -----------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.lists(
    st.lists(st.tuples(st.floats(5, 695), st.floats(5, 295), st.floats(0, 1)),
             min_size=1, max_size=40),
    min_size=1, max_size=4))
def test_whatever_the_pen_draws_round_trips(qapp, strokes):
    pad = SignaturePad()
    pad.resize(700, 300)
    pad.set_px_per_mm(4.0)
    pad.set_keep_biometrics(True)
    device = make_stylus()
    clock = 1000
    for samples in strokes:
        pen_stroke(pad, device, samples, start=clock)
        clock += 5 * len(samples) + 100

    sig = pad.signature()
    back = decode(encode(sig))
    assert len(back.strokes) == len(strokes)
    for kept, samples in zip(back.strokes, strokes, strict=True):
        drawn = [(x / 4.0, y / 4.0) for x, y, _ in samples]
        assert all(close_to_a_sample(p, drawn) for p in kept)
        assert (kept[0].x, kept[0].y) == pytest.approx(drawn[0], abs=XY_TOLERANCE)
        assert all(p.pressure is not None and p.t is not None for p in kept)
    pad.deleteLater()


def test_a_synthetic_signature_replayed_through_the_pen_keeps_its_shape(pad, stylus):
    original = synthetic_signature(5)
    draw_signature(pad, stylus, original)

    sig = pad.signature()
    assert len(sig.strokes) == len(original.strokes)
    for kept, drawn in zip(sig.strokes, original.strokes, strict=True):
        assert all(close_to_a_sample(p, [(q.x, q.y) for q in drawn]) for p in kept)
    assert has_enough_ink(sig)
