"""The pledge on the attendee's screen, sized so that the whole of it is read without scrolling.

The type is the largest (up to what the screen's size calls for) at which every point and the
closing sentence fit the room beside the pad, and never smaller than `SMALLEST_PX`. A pledge
still too long at that size scrolls, and counts as read only once the attendee has scrolled to
its end (`readToEnd`); the signing screen keeps its confirm button off until then.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QScroller, QWidget

from ikrar.core.pledge import PledgeError, parse_pledge
from ikrar.ui.widgets.fit import fitting_pixel_size

SMALLEST_PX = 15  # the pledge is never smaller: a longer one scrolls instead


def pledge_html(text: str, *, leading: int = 135) -> str:
    """The stored pledge as rich text: heading, paragraphs, points with hanging numbers;
    `leading` is the line height in per cent.

    Only layout is added; every word is the stored text's. A text that does not parse as a
    pledge is shown as it is, line for line.
    """
    try:
        pledge = parse_pledge(text)
    except PledgeError:
        return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
    gap = "0.5em" if leading >= 130 else "0.25em"
    # Close leading also closes the space between paragraphs (Qt's default is 12 px).
    space = "" if leading >= 130 else "margin-top:0; margin-bottom:0.4em; "
    parts = [f"<p align='center' style='{space}line-height:{leading - 5}%'><b>"
             + html.escape(pledge.heading).replace("\n", "<br>") + "</b></p>"]
    parts += [f"<p style='{space}line-height:{leading}%'>{html.escape(p)}</p>"
              for p in pledge.preamble.split("\n\n") if p]
    rows = "".join(
        f"<tr><td valign='top' style='padding-right:0.6em'>{i}.</td>"
        f"<td style='padding-bottom:{gap}; line-height:{leading}%'>{html.escape(point)}</td>"
        "</tr>"
        for i, point in enumerate(pledge.points, 1)
    )
    parts.append(f"<table cellspacing='0' cellpadding='0'>{rows}</table>")
    parts += [f"<p style='{space}line-height:{leading}%'>{html.escape(p)}</p>"
              for p in pledge.closing.split("\n\n") if p]
    return "".join(parts)


class PledgeView(QScrollArea):
    """The pledge text, fitted to its room; `label` is the text itself."""

    readToEnd = Signal()  # the whole pledge has been on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setContentsMargins(4, 4, 16, 4)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A finger drags the text; the pad is the only place where dragging draws.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._scrolled)
        self.viewport().installEventFilter(self)
        self._refit = QTimer(self, singleShot=True, interval=0)  # dies with the view
        self._refit.timeout.connect(self.fit)
        self.text = ""
        self.largest = 24
        self.leading = 135
        self.pixel_size = 0  # the type size the last fitting chose
        self.read_to_end = True
        self._fitted_for: tuple[int, int, int, int, str] | None = None

    def set_pledge(self, text: str) -> None:
        """Show `text` (the event's stored pledge) from its top, fitted to the room."""
        self.text = text
        self.read_to_end = False
        self._fitted_for = None
        self.label.setText(pledge_html(text, leading=self.leading))
        # The room is known once pending layouts have run (the page may have just appeared).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.fit()
        self.verticalScrollBar().setValue(0)

    def set_scale(self, largest_px: int, leading: int) -> None:
        """The screen's own size for the type, and the line height (closer on low screens)."""
        if (largest_px, leading) == (self.largest, self.leading):
            return
        self.largest = max(SMALLEST_PX, largest_px)
        if leading != self.leading:
            self.leading = leading
            if self.text:
                self.label.setText(pledge_html(self.text, leading=leading))
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._refit.start()  # once the layout has settled
        return False

    def fit(self) -> None:
        """The largest type at which the whole pledge fits the view (`largest` at most)."""
        viewport = self.viewport()
        if not self.text or viewport.width() < 50:
            return
        bar = self.verticalScrollBar()
        # Fitted beside a scroll bar's width, so that a fitting text needs no scroll bar
        # whether one shows at this moment or not.
        width = viewport.width() + (bar.width() if bar.isVisible() else 0) \
            - bar.sizeHint().width()
        room = (width, viewport.height(), self.largest, self.leading, self.text)
        if room == self._fitted_for:  # the scroll bar came or went: nothing new to fit
            return
        self._fitted_for = room
        self.pixel_size, fits = fitting_pixel_size(self.label, width, viewport.height(),
                                                   largest=self.largest, smallest=SMALLEST_PX)
        if fits:
            self._now_read()

    def _scrolled(self, *_: object) -> None:
        bar = self.verticalScrollBar()
        if 0 < bar.maximum() <= bar.value():
            self._now_read()

    def _now_read(self) -> None:
        if not self.read_to_end:
            self.read_to_end = True
            self.readToEnd.emit()
