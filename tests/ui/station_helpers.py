"""Driving the registration desk like its users: a scanner's burst, a person's typing, a pen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from ikrar.store.db import local
from support import raw_db


class FakeClock:
    """Milliseconds that move only when a test says so (the wedge scanner's clock)."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def scan_burst(qtbot, widget, text: str, clock: FakeClock, *, end=Qt.Key.Key_Return) -> None:
    """What a USB scanner does: every character 3 ms apart, then Enter (or `end`)."""
    for ch in text:
        clock.now += 3
        qtbot.keyClick(widget, ch)
    if end is not None:
        clock.now += 3
        qtbot.keyClick(widget, end)


def type_as_person(qtbot, widget, text: str, clock: FakeClock) -> None:
    """A person typing, 150 ms a key; waits until the last key has reached the field."""
    before = widget.text()
    for ch in text:
        clock.now += 150
        qtbot.keyClick(widget, ch)
    qtbot.waitUntil(lambda: widget.text() == before + text)


def draw_with_mouse(qtbot, pad) -> None:
    """A signature-sized zigzag through the pad's mouse path."""
    w, h = pad.width(), pad.height()
    points = [QPoint(int(w * (0.1 + 0.04 * i)), int(h * (0.45 if i % 2 else 0.7)))
              for i in range(20)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def committed(table: str) -> int:
    """Rows another connection sees: what has really been committed."""
    with raw_db(local().db_path) as other:
        return other.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def written() -> tuple[int, ...]:
    return tuple(committed(t) for t in ("attendance", "signature", "employee", "roster_entry",
                                        "change", "audit_event"))
