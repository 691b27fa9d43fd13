"""The secretariat clerk's page: certificates by unit and print status, previewed, then printed
or saved as PDF; a single numbered copy (SALINAN) by certificate number.

Left: the event, unit and print-status filters, the counts and the list. Right: the preview of
the prepared pages with Print and Save. Preparing (numbering and drawing the pages), printing
and saving run in the background (`ikrar.ui.widgets.jobs`) with progress and Cancel. A print is
recorded (`ikrar.store.certificates.mark_printed`) only once the job was sent or the file
written; a printer that is missing or fails leaves every certificate as it was.
"""

from __future__ import annotations

import logging
import uuid
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.errors import IkrarError
from ikrar.documents import issue
from ikrar.documents.issue import Prepared
from ikrar.store import certificate_list, events, keystore
from ikrar.store.db import local
from ikrar.ui.clerk.certificate_list import (
    ALL,
    NOT_PRINTED,
    PRINTED,
    CertificateTable,
    CertificateView,
    ListFirstSplitter,
    Row,
    certificate_rows,
    event_units,
    filtered,
    tally,
)
from ikrar.ui.clerk.draft_question import ask_draft
from ikrar.ui.clerk.pdf_printer import (
    choose_printer,
    destination_of,
    save_copy,
    send_pdf,
)
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.jobs import DONE, INFO, PROBLEM, Notice, TaskBar, TaskRunner
from ikrar.ui.widgets.messages import error_text
from ikrar.ui.widgets.shared import changed, follow

if TYPE_CHECKING:
    from ikrar.store.models import Event

log = logging.getLogger(__name__)



# --- background work (no widgets): the steps of `ikrar.documents.issue` ---------------------


def _prepare(event_id: uuid.UUID | None, unit: str | None, status: str, number: str | None,
             out: Path, progress, cancelled, *, reprint: bool = False,
             draft: bool = False) -> Prepared:
    event = certificate_list.event_by_id(event_id) if number is None else None
    return issue.prepare(issue.choose(event, unit=unit, status=status, number=number,
                                      reprint=reprint), out,
                         progress=progress, cancelled=cancelled, draft=draft)


def _print(prepared: Prepared, printer, operator: str, progress, cancelled) -> tuple[int, str]:
    destination = destination_of(printer)
    send = partial(send_pdf, prepared.path, printer, progress, cancelled)
    return issue.deliver(prepared, destination, send=send, operator=operator), destination


def _save(prepared: Prepared, target: Path, operator: str, progress,
          cancelled) -> tuple[int, str]:
    def send() -> None:
        progress(0, 1)
        save_copy(prepared.path, target)
        progress(1, 1)

    return issue.deliver(prepared, str(target), send=send, operator=operator), str(target)


# --- the page -------------------------------------------------------------------------------


class ClerkPage(QWidget):
    def __init__(self, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clerkPage")
        self.operator = ""  # who is signed in, for the print records (set by the main window)
        self.prepared: Prepared | None = None
        self.rows: list[Row] = []
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._task_finished)
        self.runner.failed.connect(self._task_failed)
        self.runner.busy_changed.connect(self._update_buttons)
        self._task = ""

        self.event_combo = QComboBox(self)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.setMinimumContentsLength(18)
        self.status_combo = QComboBox(self)
        for text, status in ((self.tr("Not printed yet"), NOT_PRINTED),
                             (self.tr("Printed"), PRINTED), (self.tr("All"), ALL)):
            self.status_combo.addItem(text, status)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("clerkCounts")
        self.counts_label.setStyleSheet("font-weight: bold;")
        self.listed_label = QLabel(self)
        self.listed_label.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.model = CertificateTable(self)
        self.table = CertificateView(self.model, self)
        self.table.doubleClicked.connect(self._row_chosen)
        self.prepare_button = QPushButton(self.tr("Prepare certificates"), self)
        self.prepare_button.setDefault(True)
        self.prepare_button.clicked.connect(self.prepare)
        self.reprint_edit = QLineEdit(self)
        self.reprint_edit.setPlaceholderText(self.tr("Certificate number"))
        self.reprint_edit.setClearButtonEnabled(True)
        self.reprint_edit.returnPressed.connect(self.prepare_copy)
        self.reprint_button = QPushButton(self.tr("Prepare a copy (SALINAN)"), self)
        self.reprint_button.clicked.connect(self.prepare_copy)

        self.task_bar = TaskBar(self.runner, self)
        self.notice = Notice(self)
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        self.preview.setMinimumWidth(240)  # at 1024 px the list's names come first
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_prepared)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.clicked.connect(self.save_prepared)

        self._build_layout()
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.unit_combo.currentIndexChanged.connect(self.refresh_list)
        self.status_combo.currentIndexChanged.connect(self.refresh_list)
        self._clean_preview_folder()
        self._stale = False  # data changed while hidden: read again when shown
        self.follower = follow(self, self._data_changed)
        self.set_event(event)

    def _build_layout(self) -> None:
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        filters.addRow(self.tr("Event"), self.event_combo)
        filters.addRow(self.tr("Unit"), self.unit_combo)
        filters.addRow(self.tr("Print status"), self.status_combo)
        copy_row = QHBoxLayout()
        copy_row.addWidget(QLabel(self.tr("Reprint one:"), self))
        copy_row.addWidget(self.reprint_edit, 1)
        copy_row.addWidget(self.reprint_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.counts_label)
        left_layout.addWidget(self.listed_label)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.prepare_button)
        left_layout.addLayout(copy_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_label)  # its own line: the pane may be narrow
        right_layout.addLayout(buttons)

        splitter = ListFirstSplitter(self.table, self)  # names whole first, then the preview
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.task_bar)
        layout.addWidget(splitter, 1)

    # --- choosing ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def set_event(self, event: Event | None) -> None:
        """Show `event` (the main window's current one) and everything the filters list."""
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for item in certificate_list.events_newest_first():
            self.event_combo.addItem(item.title, str(item.id))
        if event is not None:
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(str(event.id))))
        self.event_combo.blockSignals(False)
        self._event_changed()

    def selected_event(self) -> Event | None:
        key = self.event_combo.currentData()
        return certificate_list.event_by_id(key)

    def _event_changed(self, *_: object) -> None:
        event = self.selected_event()
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), None)
        for unit in event_units(event) if event is not None else []:
            self.unit_combo.addItem(unit or self.tr("(no unit)"), unit)
        index = self.unit_combo.findData(chosen) if chosen is not None else 0
        self.unit_combo.setCurrentIndex(max(0, index))
        self.unit_combo.blockSignals(False)
        self.refresh_list()

    def refresh(self) -> None:
        """Read everything again (after a sync, an import, another page's changes)."""
        self._stale = False
        self.set_event(self.selected_event() or events.current_event())

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh_list(self, *_: object) -> None:
        event = self.selected_event()
        n = QLocale().toString
        if event is None:
            self.rows = []
            self.model.set_rows([])
            self.counts_label.setText(self.tr("No event yet."))
            self.listed_label.setText("")
            self._update_buttons()
            return
        self.rows = certificate_rows(event, self.unit_combo.currentData())
        counts = tally(self.rows)
        shown = filtered(self.rows, self.status_combo.currentData())
        self.model.set_rows(shown)  # the view fits its columns to the rows
        self.counts_label.setText(self.tr("{signed} signed · {printed} printed · {waiting} not "
                                          "printed yet").format(
            signed=n(counts.signed), printed=n(counts.printed), waiting=n(counts.waiting)))
        self.listed_label.setText(self.tr("{shown} listed").format(shown=n(len(shown))))
        self._update_buttons()

    def _row_chosen(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if row.number:
            self.reprint_edit.setText(row.number)

    def _update_buttons(self, *_: object) -> None:
        idle = not self.runner.busy
        listed = self.model.rowCount() > 0
        for widget in (self.event_combo, self.unit_combo, self.status_combo, self.reprint_edit):
            widget.setEnabled(idle)
        self.prepare_button.setEnabled(idle and listed)
        self.reprint_button.setEnabled(idle)
        ready = idle and self.prepared is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- preparing --------------------------------------------------------------------------

    def _cannot_print(self, event: Event | None) -> str | None:
        """Why nothing can be prepared for `event` (a message for the desk), else None."""
        if event is None:
            return self.tr("There is no event yet.")
        if not event.official_name.strip() or not event.official_title.strip():
            return self.tr("The event has no presiding official: certificates need the "
                           "official's title and name. An administrator sets them on the "
                           "Event page.")
        try:
            keystore.station_certificate()
        except IkrarError as exc:
            if exc.code != "key.station_uncertified":  # damaged, another key, locked
                return error_text(exc)
            # Said for the desk: what to do and who does it, never a command.
            return self.tr("This computer has no certificate from the agency yet, so it cannot "
                           "sign certificates. To get one, join this computer to the hub with a "
                           "code from the administrator (File → Settings → Join a hub…): on "
                           "joining, the hub gives it the agency's certificate.")
        return None

    def prepare(self) -> bool:
        """Number and draw the listed certificates into a preview (nothing is marked printed)."""
        event = self.selected_event()
        problem = self._cannot_print(event)
        if problem is None and not self.model.rowCount():
            problem = self.tr("No certificates to print with these filters.")
        if problem:
            self.notice.show_message(PROBLEM, problem)
            return False
        unit, status = self.unit_combo.currentData(), self.status_combo.currentData()
        copies_only = all(row.prints for row in self.model.rows)
        if copies_only and status != PRINTED and QMessageBox.question(
                self, self.tr("Print copies?"), self.tr(
                    "All {count} certificates listed were printed before. Printing them again "
                    "makes copies, each stamped SALINAN with a new copy number. Print the "
                    "copies?").format(count=QLocale().toString(self.model.rowCount()))
        ) != QMessageBox.StandardButton.Yes:
            return False
        draft = ask_draft(self)
        return draft is not None and self._start_prepare(
            self.tr("Preparing certificates"),
            partial(_prepare, event.id, unit, status, None, reprint=copies_only, draft=draft))

    def prepare_copy(self) -> bool:
        """A numbered copy (SALINAN) of one certificate that was printed before."""
        number = self.reprint_edit.text().strip()
        refusal, event = certificate_list.copy_refusal(number) if number else (None, None)
        problem = None
        if not number:
            problem = self.tr("Type the number of the certificate to reprint.")
        elif refusal == certificate_list.MISSING:
            problem = self.tr("There is no certificate numbered {number} on this station.") \
                .format(number=number)
        elif refusal == certificate_list.VOID:
            problem = self.tr("Certificate {number} was voided; it cannot be reprinted.") \
                .format(number=number)
        elif refusal == certificate_list.NEVER_PRINTED:
            problem = self.tr("Certificate {number} was never printed: print it with the "
                              "others instead of as a copy.").format(number=number)
        else:
            problem = self._cannot_print(event)
        if problem:
            self.notice.show_message(PROBLEM, problem)
            return False
        draft = ask_draft(self)
        return draft is not None and self._start_prepare(
            self.tr("Preparing a copy of {number}").format(number=number),
            partial(_prepare, None, None, ALL, number, draft=draft))

    def _start_prepare(self, what: str, work) -> bool:
        if self.runner.busy:
            return False
        self._drop_prepared()
        out = self._preview_folder() / f"batch-{uuid.uuid4().hex}.pdf"
        self._task = "prepare"
        self.notice.show_message(INFO, what + "…")
        return self.runner.start(what, lambda progress, cancelled: work(out, progress,
                                                                          cancelled))

    def _preview_folder(self) -> Path:
        folder = local().data_dir / "cache" / "preview"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # names, NIPs and signatures
        return folder

    def _clean_preview_folder(self) -> None:
        try:
            for stale in self._preview_folder().glob("batch-*.pdf*"):
                stale.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot clear old previews: %s", exc)

    def _drop_prepared(self) -> None:
        self.document.close()
        if self.prepared is not None:
            self.prepared.path.unlink(missing_ok=True)
        self.prepared = None
        self.preview_label.setText("")
        self._update_buttons()

    def _show_prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.document.load(str(prepared.path))
        copies = sum(1 for r in prepared.records if r.copy)
        n = QLocale().toString
        self.preview_label.setText(self.tr("{pages} pages ready ({copies} of them copies)")
                                   .format(pages=n(prepared.pages), copies=n(copies))
                                   if copies else
                                   self.tr("{pages} pages ready").format(pages=n(prepared.pages)))
        self.notice.show_message(INFO, self.tr(
            "{count} certificates are ready. Check the preview, then print them or save a PDF; "
            "nothing is marked printed before that.").format(count=n(len(prepared.records))))

    # --- printing and saving ----------------------------------------------------------------

    def print_prepared(self) -> bool:
        if self.prepared is None or self.runner.busy:
            return False
        printer = choose_printer(self, self.tr("Print certificates"), self.notice)
        if printer is None:
            return False
        self._task = "print"
        return self.runner.start(
            self.tr("Printing on {printer}").format(printer=destination_of(printer)),
            partial(_print, self.prepared, printer, self.operator))

    def save_prepared(self) -> bool:
        if self.prepared is None or self.runner.busy:
            return False
        suggested = str(Path.home() / "sertifikat.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificates as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._task = "save"
        return self.runner.start(self.tr("Saving {file}").format(file=target.name),
                                 partial(_save, self.prepared, target, self.operator))

    # --- results ----------------------------------------------------------------------------

    def _task_finished(self, result: object) -> None:
        if self._task == "prepare":
            self._show_prepared(result)  # type: ignore[arg-type]
            self.refresh_list()  # new numbers
            changed()
            return
        count, destination = result  # type: ignore[misc]
        n = QLocale().toString
        message = (self.tr("{count} certificates sent to {printer} and marked printed.")
                   if self._task == "print" else
                   self.tr("{count} certificates saved to {printer} and marked printed."))
        if self.prepared is not None and self.prepared.draft:
            message = self.tr("The draft went to {printer}; a draft is never marked printed.")
        self._drop_prepared()  # printed now: printing them again makes copies
        self.refresh_list()
        changed()  # every page showing print figures reads them again
        self.notice.show_message(DONE, message.format(count=n(count), printer=destination))

    def _task_failed(self, message: str, bug: bool) -> None:
        if self.runner.cancel_requested:
            text = self.tr("Cancelled: nothing was written and nothing was marked printed.")
        elif bug:
            text = self.tr("Something went wrong and nothing was marked printed ({error}). "
                           "The details are in the log file.").format(error=message)
        else:
            text = message
        if self._task == "prepare":
            self._drop_prepared()
            self.refresh_list()  # numbers may have been issued before the failure
        self.notice.show_message(PROBLEM, text)

    def cancel(self) -> None:
        if self.runner.busy:
            self.task_bar.cancel_button.click()

    def shutdown(self) -> None:
        """Before the window closes: stop a running task, drop the preview file."""
        self.cancel()
        self.document.close()
        if self.prepared is not None:
            self.prepared.path.unlink(missing_ok=True)
