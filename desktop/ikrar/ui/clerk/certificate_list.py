"""The clerk's table of certificates; the rows come from `ikrar.store.certificate_list`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

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
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRINTS and not row.prints:
            return Qt.GlobalColor.darkRed
        return None
