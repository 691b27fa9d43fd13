"""Roster import from the GUI: choose a file, import it in the background, show the report."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.store.models import Event
from ikrar.store.roster import ImportCancelled, ImportReport, Rejection, import_roster
from ikrar.sync import roster_doc
from ikrar.ui.widgets import messages
from ikrar.ui.widgets.jobs import Cancelled, Progress, TaskRunner
from ikrar.ui.widgets.shared import changed

log = logging.getLogger(__name__)

MAX_LISTED = 500  # a file refused on every row still opens its report at once


def _refused_rows(report: Any) -> int:
    return len({rejection.row for rejection in report.rejected})


class ImportReportDialog(QDialog):
    """What an import did, and every refused row with its field and reason."""

    retry_requested = Signal()  # "Import the valid rows only"

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Roster import — {file}").format(file=Path(report.file).name))
        self.resize(760, 460 if report.rejected else 200)
        n = QLocale().toString
        refused = _refused_rows(report)

        self.summary_label = QLabel(
            self.tr("{imported} imported, {updated} updated, {unchanged} unchanged, "
                    "{refused} refused").format(
                imported=n(report.imported), updated=n(report.updated),
                unchanged=n(report.unchanged), refused=n(refused),
            ),
            self,
        )
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary_label.setFont(font)

        if report.written and not report.rejected:
            outcome = self.tr("The roster was saved.")
        elif report.written:
            outcome = self.tr("The roster was saved without the refused rows listed below.")
        elif report.rejected:
            outcome = self.tr(
                "Nothing was written: {refused} rows were refused. Correct them in the file and "
                "import it again, or import only the valid rows."
            ).format(refused=n(refused))
        else:
            outcome = self.tr("Nothing was written.")
        self.outcome_label = QLabel(outcome, self)
        self.outcome_label.setWordWrap(True)

        listed = report.rejected[:MAX_LISTED]
        self.table = QTableWidget(len(listed), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Reason")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i, rejection in enumerate(listed):
            row_item = QTableWidgetItem(str(rejection.row))
            row_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(i, 0, row_item)
            for column, text in ((1, rejection.field), (2, self.reason_text(rejection))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setToolTip(rejection.reason)  # the full technical detail
                self.table.setItem(i, column, item)
        # Wrapped reasons need the final column width to know their height.
        header.sectionResized.connect(self.table.resizeRowsToContents)
        self.table.setVisible(bool(listed))
        self.more_label = QLabel(
            self.tr("Only the first {listed} of {total} problems are listed.").format(
                listed=n(len(listed)), total=n(len(report.rejected))
            ),
            self,
        )
        self.more_label.setVisible(len(report.rejected) > len(listed))

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.retry_button: QPushButton | None = None
        if not report.written and report.rejected and report.rows > refused:
            self.retry_button = buttons.addButton(
                self.tr("Import the valid rows only"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.retry_button.clicked.connect(self.retry_requested)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(buttons)
        default = self.retry_button or self.close_button
        default.setDefault(True)
        default.setFocus()

    def reason_text(self, rejection: Rejection) -> str:
        """The reason in the user's language; the store's English text when the kind is new."""
        code = f"roster.row.{rejection.code}"
        return messages.text(code) if messages.has_text(code) else rejection.reason

    def rejection_rows(self) -> list[tuple[str, str, str]]:
        """The refused rows as shown: (row, field, reason)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]


def _import(path: Path, event: Event | None, skip_invalid: bool, progress: Progress,
            cancelled: Cancelled) -> ImportReport:
    """The job: `ikrar.store.roster.import_roster` on the job's thread (which has its own
    database connection; of `event` only the id is used)."""
    report = import_roster(path, event=event, skip_invalid=skip_invalid, progress=progress,
                           cancelled=cancelled)
    if report.written and not report.dry_run:  # signed now when the agency key is here
        roster_doc.publish_here()
    return report


class ImportController(QObject):
    """Owns the import action's flow; one import at a time, as a job of `runner`."""

    roster_changed = Signal()  # an import wrote rows

    def __init__(self, parent: QMainWindow, current_event: Callable[[], Event | None]) -> None:
        super().__init__(parent)
        self._window = parent
        self._current_event = current_event
        self.runner = TaskRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.progress_dialog: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.error_box: QMessageBox | None = None
        self._last_dir = str(Path.home())
        self.last_path: Path | None = None

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def choose_and_import(self) -> None:
        if self.busy:
            self._window.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import roster"),
            self._last_dir,
            self.tr("Rosters (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if path:
            self._last_dir = str(Path(path).parent)
            self.start(Path(path))

    def start(self, path: Path, *, skip_invalid: bool = False) -> bool:
        """Import `path` in the background; False when another import is still running."""
        if self.busy:
            return False
        event = self._current_event()
        work = partial(_import, Path(path), event, skip_invalid)
        self.runner.start(f"roster import of {Path(path).name}", work)  # for the log
        self.last_path = Path(path)
        self.progress_dialog = QProgressDialog(
            self.tr("Importing {file}…").format(file=Path(path).name), "", 0, 0, self._window
        )
        self.progress_dialog.setWindowTitle(self.tr("Import roster"))
        # Own button and text: Qt ships no Indonesian translation of its own.
        self.cancel_button = QPushButton(self.tr("Cancel"), self.progress_dialog)
        self.progress_dialog.setCancelButton(self.cancel_button)
        # The dialog stays up, saying "Cancelling…", until the import has rolled back.
        self.progress_dialog.canceled.disconnect(self.progress_dialog.cancel)
        self.progress_dialog.canceled.connect(self.cancel)
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(300)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        return True

    def cancel(self) -> None:
        """Stop the running import; nothing of its file is kept."""
        if not self.busy:
            return
        self.runner.cancel()
        if self.progress_dialog is not None and self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
            self.progress_dialog.setLabelText(self.tr("Cancelling the import…"))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
            self.cancel_button = None

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or self.runner.cancel_requested:
            return
        n = QLocale().toString
        if total <= 0:  # a workbook that does not say how many rows it has
            dialog.setMaximum(0)
            dialog.setLabelText(self.tr("Reading row {done}…").format(done=n(done)))
            return
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        dialog.setLabelText(
            self.tr("Reading row {done} of {total}…").format(done=n(done), total=n(total))
        )

    def _on_finished(self, report: ImportReport) -> None:
        self._close_progress()
        if report.written:
            self.roster_changed.emit()
            changed()  # every page showing figures reads them again
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = ImportReportDialog(report, self._window)
        self.report_dialog.retry_requested.connect(self._import_valid_rows)
        self.report_dialog.open()

    def _import_valid_rows(self) -> None:
        if self.last_path is not None:
            self.start(self.last_path, skip_invalid=True)

    def _on_failed(self, message: str, is_bug: bool) -> None:
        self._close_progress()
        if isinstance(self.runner.error, ImportCancelled):
            self._window.statusBar().showMessage(
                self.tr("Import cancelled; nothing from the file was saved."), 8000)
            return
        if is_bug:
            message = self.tr(
                "The import stopped because of an unexpected error; nothing was written.\n\n"
                "{error}\n\nThe details are in the log file."
            ).format(error=message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Roster not imported"), message,
            QMessageBox.StandardButton.Close, self._window,
        )
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.error_box = box
        box.open()
