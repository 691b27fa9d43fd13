"""The audit trail: whether the hash chain holds, the events themselves, and an export.

The status line is `ikrar.store.audit.verify()` ("verified up to event N"); the table is
filtered by the database (`ikrar.store.audit_export`, shared with `ikrar audit export`), so a
long log stays quick to search. Events are shown in words (`audit_words`), with names instead of
ids (`ikrar.store.audit_view`) and times in the event's time zone (`ikrar.ui.widgets.when`); the
export keeps the raw values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import audit, audit_view
from ikrar.store.audit_export import export_csv, search
from ikrar.ui.admin.audit_words import AuditWords
from ikrar.ui.widgets import theme, when


class AuditPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = AuditWords(self)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search kind, subject or details…"))
        self.search_edit.textChanged.connect(self.fill)
        self.verify_button = QPushButton(self.tr("Verify chain"), self)
        self.verify_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("Kind"), self.tr("Subject"),
            self.tr("Details")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.message_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self._stale = True  # verifying walks the whole chain: only when the page is shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        report = audit.verify()
        if report.ok:
            self.status_label.setText(self.tr("Audit chain intact: verified up to event {n}")
                                      .format(n=report.checked))
            self.status_label.setStyleSheet(theme.label_style(theme.OK, pt=theme.STATUS_PT,
                                                              weight=600))
        else:
            self.status_label.setText(
                self.tr("Audit chain BROKEN at event {n}: verified up to event {ok}. {reason}")
                .format(n=report.broken_seq, ok=report.checked, reason=report.reason))
            self.status_label.setStyleSheet(theme.label_style(theme.PROBLEM, pt=theme.STATUS_PT,
                                                              weight=600))
        self.fill()

    def fill(self) -> None:
        text = self.search_edit.text()
        events = search(text, kinds=self.words.search_kinds(text))
        zone = when.zone_of()
        labels = audit_view.labels(_ids_in(events))
        self.table.setRowCount(len(events))
        for row, e in enumerate(events):
            details = e.details if isinstance(e.details, dict) else {"": e.details}
            values = (str(e.seq), when.date_and_time(e.at, zone, seconds=True),
                      self.words.kind(e.kind), labels.get(e.subject, e.subject),
                      self.words.details(details, labels, zone))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                              "audit.csv", self.tr("CSV files (*.csv)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> bool:
        try:
            count = export_csv(path, self.search_edit.text())
        except OSError as exc:
            self.message_label.setText(self.tr("Could not write {file}: {reason}")
                                       .format(file=str(path), reason=exc.strerror or str(exc)))
            return False
        self.message_label.setText(self.tr("{count} events written to {file}")
                                   .format(count=count, file=str(path)))
        return True


def _ids_in(events: list) -> list[str]:
    """Every text among the events' subjects and detail values, some of which are ids."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for e in events:
        found.append(e.subject)
        walk(e.details)
    return found
