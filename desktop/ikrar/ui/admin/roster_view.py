"""The roster browser page: a search box, a count, and the lazily loaded table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar.ui.admin.roster_model import RosterTableModel
from ikrar.ui.widgets.shared import follow

if TYPE_CHECKING:
    from ikrar.store.models import Event

SEARCH_DELAY_MS = 150
# How the width left by the fixed columns is shared: the name matters most at the desk.
_FLEXIBLE_SHARES = {
    RosterTableModel.NAME: 0.38,
    RosterTableModel.POSITION: 0.31,
    RosterTableModel.UNIT: 0.31,
}


class RosterView(QWidget):
    """Find anyone on the roster by name (titles and case ignored) or by NIP (spaces ignored)."""

    def __init__(self, event: Event | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name or NIP"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(360)

        self.event_only_check = QCheckBox(self.tr("This event's roster only"), self)
        self.event_only_check.setChecked(True)
        self.event_only_check.setVisible(event is not None)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")

        self.model = RosterTableModel(self, event=event)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed heights: the view never measures rows it has not shown.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        self._size_columns()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)
        self.event_only_check.toggled.connect(self._apply_event_filter)
        self.model.reloaded.connect(self._show_count)
        # New rows (import, sync) re-read the table; a check-in only when it added someone (a
        # walk-in), so the desk's check-ins do not reset the scrolled table.
        self._stale = False
        self._recount = False  # a check-in while hidden: count again when shown
        self.data_follower = follow(self, self._data_changed, checkins=False)
        self.checkin_follower = follow(self, self._checked_in, data=False)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.event_only_check)
        top.addStretch(0)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _size_columns(self) -> None:
        """Numbers, ranks and statuses as wide as their longest usual text; the rest of the width
        goes to names, positions and units (elided text shows whole in a tooltip)."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        measure = self.table.fontMetrics().horizontalAdvance
        pad = 28
        self._fixed_widths = {
            RosterTableModel.NIP: measure("88888888 888888 8 888") + pad,
            RosterTableModel.RANK: measure("Penata Muda Tingkat I, III/b") + pad,
            RosterTableModel.STATUS: measure(self.model.status_text("PPPK", True)) + pad,
        }
        for column, width in self._fixed_widths.items():
            self.table.setColumnWidth(column, width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        spare = self.table.viewport().width() - sum(self._fixed_widths.values())
        for column, share in _FLEXIBLE_SHARES.items():
            self.table.setColumnWidth(column, max(60, int(spare * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def _checked_in(self) -> None:
        # Counted in the background; the rows are replaced only if the count changed. Hidden
        # (the desk is working), once when shown.
        if self.isVisible():
            self.model.reload(only_if_changed=True)
        else:
            self._recount = True

    def reload(self) -> None:
        self._stale = self._recount = False
        self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()
        elif self._recount:
            self._recount = False
            self.model.reload(only_if_changed=True)

    def refresh(self, event: Event | None) -> None:
        """Read the roster again, following `event` (None: every employee is shown)."""
        self._event = event
        self.event_only_check.setVisible(event is not None)
        self.model.set_event(event if self.event_only_check.isChecked() else None)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.search_edit.text().strip() != self.model.search:
            self.model.set_search(self.search_edit.text())

    def _apply_event_filter(self) -> None:
        wanted = self._event if self.event_only_check.isChecked() else None
        current = self.model.event_id
        if (wanted.id if wanted is not None else None) != current:
            self.model.set_event(wanted)

    def _show_count(self, total: int) -> None:
        shown = QLocale().toString(total)
        if self.model.search and self.model.more:
            text = self.tr("More than {count} found").format(count=shown)
        elif self.model.search:
            text = self.tr("{count} found").format(count=shown)
        elif total == 1:
            text = self.tr("1 employee")
        else:
            text = self.tr("{count} employees").format(count=shown)
        self.count_label.setText(text)
