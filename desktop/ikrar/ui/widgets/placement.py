"""Where the main window opens: fitted to the screen, never off it.

On a screen up to 1366 px wide (a netbook, a tablet, most laptops at the desk) the window opens
maximised; on a larger one at a sensible size, centred. The geometry it had when it was last
closed comes back only if it still lies on a screen that is there now (a projector or a second
monitor may be gone), and never larger than that screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MAXIMISE_UP_TO = 1366  # px of screen width
LARGEST = QSize(1600, 1000)  # a larger screen: this much at most, centred
SHARE = 0.85  # ... and at most this share of the screen


@dataclass(frozen=True)
class Placement:
    geometry: QRect  # the normal (not maximised) geometry
    maximised: bool


def _on_screen(saved: QRect, screens: list[QRect]) -> QRect | None:
    """The screen `saved` lies on (its whole area), or None."""
    for screen in screens:
        if screen.contains(saved):
            return screen
    return None


def place(available: QRect, saved: dict | None, screens: list[QRect]) -> Placement:
    """Where to open: `available` is the primary screen's free area; `saved` what
    `remembered()` stored; `screens` the free areas of the screens there now."""
    if saved:
        try:
            rect = QRect(int(saved["x"]), int(saved["y"]), int(saved["width"]),
                         int(saved["height"]))
            maximised = bool(saved.get("maximised"))
        except (KeyError, TypeError, ValueError):
            rect, maximised = QRect(), False
        if rect.isValid() and _on_screen(rect, screens) is not None:
            return Placement(rect, maximised)
    if available.width() <= MAXIMISE_UP_TO:
        # Maximised; un-maximised, a little smaller, so its frame stays on the screen too.
        normal = available.adjusted(24, 24, -24, -24)
        return Placement(normal, True)
    size = QSize(min(LARGEST.width(), round(available.width() * SHARE)),
                 min(LARGEST.height(), round(available.height() * SHARE)))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return Placement(rect, False)


def screen_areas() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def placement_for(window: QWidget, saved: dict | None) -> Placement:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return place(screen.availableGeometry(), saved, screen_areas())


def remembered(window: QWidget) -> dict:
    """What to store for next time: the normal geometry and whether it was maximised."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    return {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height(),
            "maximised": window.isMaximized()}
