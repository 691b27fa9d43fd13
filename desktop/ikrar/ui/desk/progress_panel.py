"""Live progress beside the desk: signed of expected, per unit, and the last check-ins here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import events
from ikrar.store.progress import recent_here, unit_progress
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.shared import follow

if TYPE_CHECKING:
    from ikrar.store.models import Event

class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("progressTotal")
        font = self.total_label.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        font.setBold(True)
        self.total_label.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.units_caption = QLabel(self.tr("Per unit"), self)
        self.units = QTableWidget(0, 2, self)
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Signed")])
        self.units.verticalHeader().setVisible(False)
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.units.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.units.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.recent_caption = QLabel(self.tr("Last check-ins at this station"), self)
        self.recent = QListWidget(self)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for label in (self.total_label, self.units_caption, self.recent_caption):
            label.setWordWrap(True)
        for caption in (self.units_caption, self.recent_caption):
            caption.setStyleSheet(f"font-weight: bold; color: {theme.TEXT_SECONDARY};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total_label)
        layout.addWidget(self.bar)
        layout.addSpacing(8)
        layout.addWidget(self.units_caption)
        layout.addWidget(self.units, 3)
        layout.addSpacing(8)
        layout.addWidget(self.recent_caption)
        layout.addWidget(self.recent, 2)
        self._event: Event | None = None
        self.follower = follow(self, self.reread)

    def reread(self) -> None:
        """After a check-in, an import or a sync anywhere."""
        self.refresh(self._event)

    def refresh(self, event: Event | None) -> None:
        self._event = event
        n = QLocale().toString
        if event is None:
            self.total_label.setText(self.tr("No event"))
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.units.setRowCount(0)
            self.recent.clear()
            return
        figures = events.figures(event)
        self.total_label.setText(self.tr("{signed} of {expected} signed").format(
            signed=n(figures.signed), expected=n(figures.expected)))
        self.bar.setRange(0, max(1, figures.expected))
        self.bar.setValue(min(figures.signed, max(1, figures.expected)))
        self.bar.setFormat(f"{100 * figures.signed // figures.expected}%"
                           if figures.expected else "–")
        rows = unit_progress(event)
        self.units.setRowCount(len(rows))
        for i, (unit, signed, expected) in enumerate(rows):
            self.units.setItem(i, 0, QTableWidgetItem(unit or self.tr("(no unit)")))
            count = QTableWidgetItem(f"{n(signed)} / {n(expected)}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.units.setItem(i, 1, count)
        self.recent.clear()
        from ikrar.ui.desk.scan_outcome import method_text

        for when, name, method in recent_here(event):
            self.recent.addItem(f"{when}  {name}\n        {method_text(method)}")
        if not self.recent.count():
            self.recent.addItem(self.tr("Nobody yet."))
