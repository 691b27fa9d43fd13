"""The clerk's table of certificates; the rows come from `ikrar.store.certificate_list`.

`CertificateView` gives the name column its room first: the number, NIP and print columns
fit their contents, the name column takes its longest name if it can, and the unit column
what is left (at least `UNIT_LEAST_CHARS`). Text that does not fit is elided at its end, so a
name keeps its beginning; names and units hold their whole text in the tooltip.
`ListFirstSplitter` sets the list beside the preview and, at a narrow window, gives the list
the width its names (and units, to a point) need before the preview grows past its least.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from ikrar.core.nip import format_nip
from ikrar.store.certificate_list import (  # noqa: F401 - the page's filters, re-exported
    ALL,
    NOT_PRINTED,
    PRINTED,
    Row,
    Tally,
    certificate_rows,
    event_units,
    filtered,
    tally,
)

UNIT_LEAST_CHARS = 12  # the unit column keeps room for this many characters
UNIT_WANTED_CHARS = 32  # and asks the splitter for room for this many


class CertificateTable(QAbstractTableModel):
    NUMBER, NAME, NIP, UNIT, PRINTS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers = [self.tr("Number"), self.tr("Name"), self.tr("NIP"), self.tr("Unit"),
                        self.tr("Printed")]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def printed_text(self, prints: int) -> str:
        if prints == 0:
            return self.tr("not yet")
        if prints == 1:
            return self.tr("yes")
        return self.tr("yes + {copies} SALINAN").format(copies=prints - 1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number or "—", row.name, format_nip(row.nip), row.unit,
                    self.printed_text(row.prints))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.UNIT):
            return row.name if column == self.NAME else row.unit
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRINTS and not row.prints:
            return Qt.GlobalColor.darkRed
        return None


class CertificateView(QTableView):
    """The certificates, one a row, whole names first (see the module's docstring)."""

    def __init__(self, model: CertificateTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CertificateTable.UNIT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._names = self._units = 0  # the longest name's and unit's width (`_measure`)
        model.modelReset.connect(self._measure)
        self._measure()

    def _measure(self) -> None:
        """The columns' contents, measured once per set of rows (only a reset changes them):
        a resize, or the splitter asking, reuses the widths."""
        for column in (CertificateTable.NUMBER, CertificateTable.NIP, CertificateTable.PRINTS):
            self.resizeColumnToContents(column)
        self._names = max(self.sizeHintForColumn(CertificateTable.NAME),
                          self.horizontalHeader().sectionSizeHint(CertificateTable.NAME))
        self._units = self.sizeHintForColumn(CertificateTable.UNIT)
        self.fit_columns()

    def _widths(self) -> tuple[int, int]:
        """(the other columns' width, the unit's least)."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in (
            CertificateTable.NUMBER, CertificateTable.NIP, CertificateTable.PRINTS))
        unit_least = max(header.sectionSizeHint(CertificateTable.UNIT),
                         self.fontMetrics().averageCharWidth() * UNIT_LEAST_CHARS)
        return others, unit_least

    def wanted_width(self) -> int:
        """The viewport's width at which every listed name shows whole, and the units up to
        `UNIT_WANTED_CHARS` (an agency's longest unit names run past a hundred)."""
        others, unit_least = self._widths()
        units = min(self._units, self.fontMetrics().averageCharWidth() * UNIT_WANTED_CHARS)
        return others + self._names + max(unit_least, units)

    def fit_columns(self) -> None:
        """Number, NIP and print status to their contents (`_measure`); the name as wide as
        its longest while the unit keeps its least; the unit the rest."""
        others, unit_least = self._widths()
        names = self._names
        room = self.viewport().width() - others - unit_least
        least = self.horizontalHeader().sectionSizeHint(CertificateTable.NAME)
        self.horizontalHeader().resizeSection(CertificateTable.NAME, max(min(names, room), least))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()


class ListFirstSplitter(QSplitter):
    """The list (left) beside the preview (right). The list has 3/5 of the width, or more when
    its names (and units, to a point) need it, as long as the preview keeps its least; once the
    clerk drags the handle, their sharing stands."""

    def __init__(self, view: CertificateView, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.view = view
        self.dragged = False
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self._dragged)
        view.model().modelReset.connect(self.share)

    def _dragged(self, *_: object) -> None:
        self.dragged = True

    def share(self) -> None:
        total = sum(self.sizes())
        if self.dragged or self.count() < 2 or total <= 0:
            return
        # The list fills its side: around its viewport only its frame and scroll bar.
        view = self.view
        around = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        right_least = self.widget(1).minimumSizeHint().width()
        left = min(max(total * 3 // 5, view.wanted_width() + around), total - right_least)
        left = max(left, self.widget(0).minimumSizeHint().width())
        if left != self.sizes()[0]:
            self.setSizes([left, total - left])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.share()
