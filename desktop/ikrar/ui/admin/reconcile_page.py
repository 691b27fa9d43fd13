"""Reconciliation after a merge: duplicate check-ins, walk-ins to confirm, and certificates
issued for a duplicate check-in, each of which the clerk can void with a reason (audited)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.store.models import Event
from ikrar.store.reconcile import Reconciliation, reconcile, void_certificate
from ikrar.ui.widgets import when
from ikrar.ui.widgets.messages import error_text
from ikrar.ui.widgets.shared import shared

if TYPE_CHECKING:
    from ikrar.store.models import Event


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class ReconcilePage(QWidget):
    def __init__(self, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ikrar_event = event
        self.result = Reconciliation()
        self.summary_label = QLabel(self)
        self.summary_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.duplicates_table = _table(self, [
            self.tr("Name"), self.tr("NIP"), self.tr("Unit"), self.tr("Stations"),
            self.tr("Primary and why")])
        self.walk_ins_table = _table(self, [
            self.tr("Name"), self.tr("NIP"), self.tr("Unit"), self.tr("Station"),
            self.tr("Time")])
        self.certificates_table = _table(self, [
            self.tr("Certificate"), self.tr("Name"), self.tr("NIP"), self.tr("Station"),
            self.tr("Printed"), self.tr("Primary at")])
        self.void_button = QPushButton(self.tr("Void selected certificate…"), self)
        self.void_button.clicked.connect(self.ask_void)
        self.message_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("Duplicate check-ins across stations"), self))
        layout.addWidget(self.duplicates_table, 2)
        layout.addWidget(QLabel(self.tr("Walk-ins to confirm"), self))
        layout.addWidget(self.walk_ins_table, 1)
        layout.addWidget(QLabel(self.tr("Certificates issued for a duplicate check-in"), self))
        layout.addWidget(self.certificates_table, 1)
        layout.addWidget(self.void_button)
        layout.addWidget(self.message_label)
        shared().dataChanged.connect(self._changed)
        self._stale = True  # read when shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_event(self, event: Event | None) -> None:
        self.ikrar_event = event
        self._changed()

    def refresh(self) -> None:
        self._stale = False
        self.result = reconcile(self.ikrar_event) if self.ikrar_event else Reconciliation()
        tz = zone(self.ikrar_event.timezone if self.ikrar_event else "WIB")
        result = self.result
        self.summary_label.setText(self.tr(
            "{d} duplicate check-ins, {w} walk-ins, {c} certificates to void").format(
            d=len(result.duplicates), w=len(result.walk_ins), c=len(result.certificates)))
        _fill(self.duplicates_table, [
            (d.name, d.nip, d.unit, ", ".join(d.stations), d.reason) for d in result.duplicates])
        _fill(self.walk_ins_table, [
            (w.name, w.nip, w.unit, w.station,
             when.date_and_time(w.checked_in_at, tz.tzname(None))) for w in result.walk_ins])
        _fill(self.certificates_table, [
            (c.number, c.name, c.nip, c.station, c.printed, c.primary_station)
            for c in result.certificates])
        self.void_button.setEnabled(bool(result.certificates))

    def selected_number(self) -> str | None:
        row = self.certificates_table.currentRow()
        if row < 0 or row >= len(self.result.certificates):
            return None
        return self.result.certificates[row].number

    def ask_void(self) -> None:
        number = self.selected_number()
        if number is None:
            self.message_label.setText(self.tr("Choose a certificate in the list first."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void certificate"),
            self.tr("Why is certificate {number} voided? The reason is kept in the audit "
                    "trail.").format(number=number))
        if ok:
            self.void(number, reason)

    def void(self, number: str, reason: str) -> bool:
        try:
            void_certificate(number, reason)
        except IkrarError as exc:
            self.message_label.setText(error_text(exc))
            return False
        self.message_label.setText(self.tr("Certificate {number} is void.").format(number=number))
        self.refresh()
        return True
