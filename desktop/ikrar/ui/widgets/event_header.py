"""The band at the top of the window: which event this is, and its figures in large numbers.

The figures follow every check-in and data change (`ikrar.ui.widgets.shared.follow`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import events
from ikrar.store.events import Figures
from ikrar.ui.widgets import when
from ikrar.ui.widgets.shared import follow

if TYPE_CHECKING:
    from ikrar.store.models import Event

FIGURES = ("expected", "signed", "walk_ins", "duplicates")


def _scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font


class FigureBox(QWidget):
    """One headline figure: a large number over a short caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_label = QLabel("0", self)
        self.number_label.setFont(_scaled_font(self.font(), 2.4, bold=True))
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        muted = self.caption_label.palette()
        role = QPalette.ColorRole
        muted.setColor(role.WindowText, muted.color(role.PlaceholderText))
        self.caption_label.setPalette(muted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.setSpacing(0)
        layout.addWidget(self.number_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int) -> None:
        self.number_label.setText(QLocale().toString(value))


class EventHeader(QFrame):
    """The current event (title, date in Indonesian form, venue) and its figures, or a calm
    note that there is no event yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.title_label = QLabel(self)
        self.title_label.setFont(_scaled_font(self.font(), 1.6, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.when_label = QLabel(self)
        self.when_label.setFont(_scaled_font(self.font(), 1.15))
        self.when_label.setWordWrap(True)
        self.venue_label = QLabel(self)
        self.venue_label.setFont(_scaled_font(self.font(), 1.15))
        self.venue_label.setWordWrap(True)

        captions = {
            "expected": self.tr("Expected"),
            "signed": self.tr("Signed"),
            "walk_ins": self.tr("Walk-ins"),
            "duplicates": self.tr("Duplicates"),
        }
        self.figure_boxes = {name: FigureBox(captions[name], self) for name in FIGURES}

        self.empty_label = QLabel(
            self.tr(
                "No event yet — create one with <b>ikrar event create</b> "
                "or open the demo with <b>ikrar demo</b>."
            ),
            self,
        )
        self.empty_label.setFont(_scaled_font(self.font(), 1.25))
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)

        about = QVBoxLayout()
        about.setSpacing(4)
        about.addWidget(self.title_label)
        about.addWidget(self.when_label)
        about.addWidget(self.venue_label)
        about.addStretch(1)
        numbers = QHBoxLayout()
        numbers.setSpacing(8)
        for box in self.figure_boxes.values():
            numbers.addWidget(box)
        event_page = QWidget(self)
        row = QHBoxLayout(event_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(about, 1)
        row.addSpacing(24)
        row.addLayout(numbers)

        self._pages = QStackedLayout()
        self._pages.addWidget(event_page)
        self._pages.addWidget(self.empty_label)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(20, 14, 20, 14)
        self._outer.addLayout(self._pages)
        self._event: Event | None = None
        self.compact = False
        self.follower = follow(self, self.refresh_figures)

    def set_compact(self, compact: bool) -> None:
        """Less height on a low screen (1024×600): smaller type, date and place on one line."""
        if compact == self.compact:
            return
        self.compact = compact
        base = self.font()
        self.title_label.setFont(_scaled_font(base, 1.3 if compact else 1.6, bold=True))
        for box in self.figure_boxes.values():
            box.number_label.setFont(_scaled_font(base, 1.7 if compact else 2.4, bold=True))
        self._outer.setContentsMargins(*((14, 6, 14, 6) if compact else (20, 14, 20, 14)))
        if self._event is not None:
            self._show_when(self._event)

    def _show_when(self, event: Event) -> None:
        starts = when.date_and_time(event.starts_at, event.timezone, weekday=True)
        place = ", ".join(part for part in (event.venue, event.city) if part)
        if self.compact and place:
            self.when_label.setText(f"{starts} · {place}")
            place = ""
        else:
            self.when_label.setText(starts)
        self.venue_label.setText(place)
        self.venue_label.setVisible(bool(place))

    @property
    def showing_event(self) -> bool:
        return self._pages.currentIndex() == 0

    def show_event(self, event: Event | None, figures: Figures | None) -> None:
        self._event = event if figures is not None else None
        if event is None or figures is None:
            self._pages.setCurrentIndex(1)
            return
        self._pages.setCurrentIndex(0)
        self.title_label.setText(event.title)
        self._show_when(event)
        self.show_figures(figures)

    def refresh_figures(self) -> None:
        """Read the shown event's figures again."""
        if self._event is not None:
            self.show_figures(events.figures(self._event))

    def show_figures(self, figures: Figures) -> None:
        for name, box in self.figure_boxes.items():
            box.set_value(getattr(figures, name))

    def figure_text(self, name: str) -> str:
        return self.figure_boxes[name].number_label.text()
