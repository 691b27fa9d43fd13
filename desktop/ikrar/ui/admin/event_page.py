"""The administrator's event page: details, letterhead, presiding official, seal, witnesses,
numbering, policies and the pledge text; badge sheets for the roster.

Saving is `ikrar.store.event_edit.save_event` (one transaction with its audit entry and, for a
changed pledge text, the next pledge version).
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.certificate_code import check_verify_url
from ikrar.core.dates import ZONES, zone
from ikrar.core.errors import IkrarError
from ikrar.core.pledge import PledgeError, parse_pledge
from ikrar.documents.certificate_data import LOGO
from ikrar.store import event_edit, keystore
from ikrar.store.certificates import CertificateError, check_pattern
from ikrar.store.db import local
from ikrar.ui.admin.event_image import ImageField
from ikrar.ui.admin.event_official import OfficialFields
from ikrar.ui.admin.forget_event import ForgetEventButton
from ikrar.ui.clerk.pdf_printer import choose_printer, destination_of, send_pdf
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.jobs import DONE, INFO, PROBLEM, Notice, TaskBar, TaskRunner
from ikrar.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from ikrar.store.models import Event

log = logging.getLogger(__name__)

DATE_FORMAT = "dd/MM/yyyy HH.mm"


def _badges(event_id, unit: str | None, out: Path, passphrase: str | None, progress,
            cancelled) -> tuple[int, int, Path]:
    from ikrar.documents.badges import print_badges

    event = event_edit.reload_by_id(event_id)
    agency = keystore.agency_key(passphrase)
    count, pages = print_badges(out, agency, event=event, unit=unit, progress=progress)
    return count, pages, out


def _print_badges(event_id, unit: str | None, passphrase: str | None, printer, folder: Path,
                  progress, cancelled) -> tuple[int, int, str]:
    out = folder / "badges-to-print.pdf"
    try:
        count, pages, _ = _badges(event_id, unit, out, passphrase, progress, cancelled)
        send_pdf(out, printer, progress, cancelled)
    finally:
        out.unlink(missing_ok=True)
    return count, pages, destination_of(printer)


class EventPage(QWidget):
    saved = Signal(object)  # the Event, after a save (the main window shows it again)

    def __init__(self, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventPage")
        self.current_event: Event | None = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._badges_done)
        self.runner.failed.connect(self._badges_failed)
        self.runner.busy_changed.connect(self._update_buttons)
        self.notice = Notice(self)
        self.forget_button = ForgetEventButton(lambda: self.current_event, self)
        self.forget_button.message.connect(self.notice.show_message)
        self.task_bar = TaskBar(self.runner, self)
        self.empty_label = QLabel(self.tr(
            "No event yet — create one with <b>ikrar event create</b> or open the demo with "
            "<b>ikrar demo</b>."), self)
        self._build_fields()
        self._build_layout()
        self.set_event(event)

    # --- building ---------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit(self)
        self.starts_edit = QDateTimeEdit(self)
        self.starts_edit.setDisplayFormat(DATE_FORMAT)
        self.starts_edit.setCalendarPopup(True)
        self.timezone_combo = QComboBox(self)
        self.timezone_combo.addItems(list(ZONES))
        self.city_edit = QLineEdit(self)
        self.city_edit.setPlaceholderText(self.tr("the place on certificates, e.g. Sumedang"))
        self.venue_edit = QLineEdit(self)
        self.agency_edit = QLineEdit(self)
        self.organiser_edit = QLineEdit(self)
        self.letterhead_edit = QPlainTextEdit(self)
        self.letterhead_edit.setPlaceholderText(self.tr("One line per line of the letterhead"))
        self.letterhead_edit.setFixedHeight(88)
        self.logo_field = ImageField(LOGO, empty_text=self.tr("no logo"), parent=self)
        self.official = OfficialFields(self)
        self.official_title_edit = self.official.title_edit
        self.official_name_edit = self.official.name_edit
        self.signature_field = self.official.signature_field
        self.seal_field = self.official.seal_field
        for field in (self.logo_field, self.signature_field, self.seal_field):
            field.problem.connect(lambda text: self.notice.show_message(PROBLEM, text))
        self.witness_table = QTableWidget(0, 3, self)
        self.witness_table.setHorizontalHeaderLabels(
            [self.tr("Institution"), self.tr("Name"), self.tr("Position")])
        self.witness_table.verticalHeader().setVisible(False)
        self.witness_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.witness_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.witness_table.setFixedHeight(110)
        self.add_witness_button = QPushButton(self.tr("Add witness"), self)
        self.add_witness_button.clicked.connect(lambda: self.add_witness())
        self.remove_witness_button = QPushButton(self.tr("Remove witness"), self)
        self.remove_witness_button.clicked.connect(self._remove_witness)
        self.pattern_edit = QLineEdit(self)
        self.verify_url_edit = QLineEdit(self)
        self.verify_url_edit.setPlaceholderText(self.tr(
            "e.g. https://bkpsdm.example.go.id/ikrar/ (empty: the QR holds only the code)"))
        self.pattern_help = QLabel(self.tr(
            "{seq}: number at this station, {station}: station code (both required); also "
            "{year}, {month}, {roman_month}."), self)
        self.pattern_help.setWordWrap(True)
        self.pattern_help.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.signed_badges_check = QCheckBox(self.tr("Only signed badges check people in"), self)
        self.walk_ins_check = QCheckBox(self.tr("Walk-ins allowed"), self)
        self.biometrics_check = QCheckBox(self.tr("Keep pen timing and pressure (biometrics)"),
                                          self)
        self.retention_spin = QSpinBox(self)
        self.retention_spin.setRange(1, 3650)
        self.retention_spin.setSuffix(self.tr(" days"))
        self.pledge_edit = QPlainTextEdit(self)
        self.pledge_edit.setMinimumHeight(220)
        self.pledge_info = QLabel(self)
        self.pledge_info.setWordWrap(True)
        self.pledge_info.setStyleSheet("font-weight: bold;")
        self.pledge_note = QLabel(self.tr(
            "Changing the text after the first signature makes a new version: whoever signed "
            "keeps the text they signed, on their certificate too."), self)
        self.pledge_note.setWordWrap(True)
        self.pledge_note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.clicked.connect(lambda: self.set_event(self.current_event))
        self.badge_unit_combo = QComboBox(self)
        self.badge_unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.badge_save_button = QPushButton(self.tr("Save badge sheets (PDF)…"), self)
        self.badge_save_button.clicked.connect(self.save_badges)
        self.badge_print_button = QPushButton(self.tr("Print badge sheets…"), self)
        self.badge_print_button.clicked.connect(self.print_badges)

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            if label:
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        return box

    def _build_layout(self) -> None:
        witness_buttons = QWidget(self)
        row = QHBoxLayout(witness_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_witness_button)
        row.addWidget(self.remove_witness_button)
        row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Event"), [
            (self.tr("Name of the event"), self.title_edit),
            (self.tr("Date and time"), self.starts_edit),
            (self.tr("Time zone"), self.timezone_combo), (self.tr("City"), self.city_edit),
            (self.tr("Venue"), self.venue_edit), (self.tr("Agency"), self.agency_edit),
            (self.tr("Organising unit"), self.organiser_edit)]))
        left.addWidget(self._group(self.tr("Letterhead"), [
            (self.tr("Lines"), self.letterhead_edit), (self.tr("Logo"), self.logo_field)]))
        left.addWidget(self.official)
        left.addWidget(self._group(self.tr("Witnesses"), [
            ("", self.witness_table), ("", witness_buttons)]))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Certificates"), [
            (self.tr("Numbering"), self.pattern_edit), ("", self.pattern_help),
            (self.tr("Verification page"), self.verify_url_edit)]))
        right.addWidget(self._group(self.tr("Policies"), [
            ("", self.signed_badges_check), ("", self.walk_ins_check),
            ("", self.biometrics_check), (self.tr("Keep biometrics for"), self.retention_spin)]))
        badges = QWidget(self)
        badge_row = QHBoxLayout(badges)
        badge_row.setContentsMargins(0, 0, 0, 0)
        badge_row.addWidget(self.badge_unit_combo, 1)
        badge_row.addWidget(self.badge_save_button)
        badge_row.addWidget(self.badge_print_button)
        right.addWidget(self._group(self.tr("Badge sheets"), [(self.tr("Unit"), badges)]))
        pledge_box = self._group(self.tr("Pledge"), [
            ("", self.pledge_info), ("", self.pledge_note), ("", self.pledge_edit)])
        right.addWidget(pledge_box, 1)

        self.form = QWidget(self)
        columns = QHBoxLayout(self.form)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.scroll = scroll
        buttons = QHBoxLayout()
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.task_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # --- showing ----------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show `event` as stored (dropping unsaved edits)."""
        self.current_event = event_edit.reload(event)
        has_event = self.current_event is not None
        self.empty_label.setVisible(not has_event)
        self.scroll.setVisible(has_event)
        for field in (self.logo_field, self.signature_field, self.seal_field):
            field.reset()
        if self.current_event is not None:
            self._fill(self.current_event)
        self._update_buttons()

    def _fill(self, event: Event) -> None:
        local = event.starts_at.astimezone(zone(event.timezone)).replace(tzinfo=None)
        self.title_edit.setText(event.title)
        self.starts_edit.setDateTime(QDateTime(local))
        self.timezone_combo.setCurrentText(event.timezone)
        self.city_edit.setText(event.city)
        self.venue_edit.setText(event.venue)
        self.agency_edit.setText(event.agency)
        self.organiser_edit.setText(event.organiser_unit)
        self.letterhead_edit.setPlainText("\n".join(event.letterhead or []))
        self.official.fill(event)
        self.witness_table.setRowCount(0)
        for witness in event.witnesses or []:
            if isinstance(witness, dict):
                self.add_witness(str(witness.get("role", "")), str(witness.get("name", "")),
                                 str(witness.get("title", "")))
        self.pattern_edit.setText(event.numbering_pattern)
        self.verify_url_edit.setText(event.verify_url)
        self.signed_badges_check.setChecked(event.require_signed_badges)
        self.walk_ins_check.setChecked(event.allow_walk_ins)
        self.biometrics_check.setChecked(event.keep_biometrics)
        self.retention_spin.setValue(event.retention_days)
        self.pledge_edit.setPlainText(event.pledge_text)
        self._show_pledge_info(event)
        self.badge_unit_combo.clear()
        self.badge_unit_combo.addItem(self.tr("All units on the roster"), None)
        for unit in event_edit.roster_units(event):
            self.badge_unit_combo.addItem(unit or self.tr("(no unit)"), unit)

    def _show_pledge_info(self, event: Event) -> None:
        now, earlier = event_edit.signed_by_pledge(event)
        n = QLocale().toString
        text = self.tr("Version {version}: {signed} signed this text.").format(
            version=event.pledge_version, signed=n(now))
        if earlier:
            text += " " + self.tr("{earlier} signed earlier versions and keep them.").format(
                earlier=n(earlier))
        self.pledge_info.setText(text)

    def add_witness(self, role: str = "", name: str = "", title: str = "") -> None:
        row = self.witness_table.rowCount()
        self.witness_table.insertRow(row)
        for column, text in enumerate((role, name, title)):
            self.witness_table.setItem(row, column, QTableWidgetItem(text))

    def _remove_witness(self) -> None:
        row = self.witness_table.currentRow()
        if row >= 0:
            self.witness_table.removeRow(row)

    def _update_buttons(self, *_: object) -> None:
        ready = self.current_event is not None and not self.runner.busy
        for widget in (self.save_button, self.revert_button, self.badge_save_button,
                       self.badge_print_button, self.badge_unit_combo):
            widget.setEnabled(ready)

    # --- saving -----------------------------------------------------------------------------

    def _witnesses(self) -> list[dict[str, str]]:
        witnesses = []
        for row in range(self.witness_table.rowCount()):
            cells = [(self.witness_table.item(row, c) or QTableWidgetItem()).text().strip()
                     for c in range(3)]
            if not any(cells):
                continue
            if not cells[1]:
                raise ValueError(self.tr("Witness {row} has no name: give one, or remove the "
                                         "row.").format(row=row + 1))
            witnesses.append(dict(zip(("role", "name", "title"), cells, strict=True)))
        return witnesses

    def _values(self) -> dict[str, object]:
        """The form's values as event fields; ValueError with a message for the desk."""
        title = self.title_edit.text().strip()
        if not title:
            raise ValueError(self.tr("The event needs a title."))
        pattern = self.pattern_edit.text().strip()
        try:
            check_pattern(pattern)
        except CertificateError as exc:
            raise ValueError(self.tr("The numbering pattern {pattern} cannot be used; see the "
                                     "fields listed under it. ({reason})").format(
                pattern=pattern, reason=error_text(exc))) from exc
        try:
            verify_url = check_verify_url(self.verify_url_edit.text())
        except ValueError as exc:
            raise ValueError(self.tr("The verification page address cannot be used: write it "
                                     "in full, e.g. https://bkpsdm.example.go.id/ikrar/ "
                                     "({reason}).").format(reason=exc)) from exc
        timezone = self.timezone_combo.currentText()
        wall = self.starts_edit.dateTime().toPython()
        assert isinstance(wall, datetime)
        lines = [line.strip() for line in self.letterhead_edit.toPlainText().splitlines()]
        return {
            "title": title, "starts_at": wall.replace(tzinfo=zone(timezone)),
            "timezone": timezone, "city": self.city_edit.text().strip(),
            "venue": self.venue_edit.text().strip(), "agency": self.agency_edit.text().strip(),
            "organiser_unit": self.organiser_edit.text().strip(),
            "letterhead": [line for line in lines if line],
            **self.official.values(),
            "witnesses": self._witnesses(), "numbering_pattern": pattern,
            "require_signed_badges": self.signed_badges_check.isChecked(),
            "allow_walk_ins": self.walk_ins_check.isChecked(),
            "keep_biometrics": self.biometrics_check.isChecked(),
            "retention_days": self.retention_spin.value(), "verify_url": verify_url,
        }

    def save(self) -> bool:
        """Write the form to the event; False (with the reason shown) when it cannot."""
        if self.current_event is None:
            return False
        try:
            values = self._values()
            pledge_text = parse_pledge(self.pledge_edit.toPlainText()).text
        except ValueError as exc:  # PledgeError is one too
            reason = str(exc)
            if isinstance(exc, PledgeError):
                reason = self.tr("The pledge text cannot be used: {reason}").format(reason=exc)
            self.notice.show_message(PROBLEM, reason)
            return False
        images = {"logo": self.logo_field, "official_signature": self.signature_field,
                  "seal": self.seal_field}
        try:
            result = event_edit.save_event(
                self.current_event.id, values, pledge_text,
                also=lambda: [name for name, field in images.items() if field.apply()])
        except (IkrarError, OSError) as exc:
            log.warning("event save refused: %s", exc)
            self.notice.show_message(PROBLEM, self.tr("Nothing was saved: {reason}").format(
                reason=error_text(exc) if isinstance(exc, IkrarError) else exc.strerror or exc))
            return False
        event, changed, new_pledge = result.event, result.changed, result.new_pledge
        self.set_event(event)
        if not changed:
            self.notice.show_message(INFO, self.tr("Nothing changed."))
            return True
        message = self.tr("The event was saved.")
        if new_pledge:
            message += " " + self.tr("The pledge is now version {version}. Stations show the "
                                     "new text once they have synced.").format(
                version=event.pledge_version)
        self.notice.show_message(DONE, message)
        self.saved.emit(event)
        return True

    # --- badge sheets -----------------------------------------------------------------------

    def _agency_passphrase(self) -> tuple[bool, str | None]:
        """(go on, passphrase): asks for it when the agency key is protected by one."""
        try:
            encrypted = keystore.agency_key_encrypted()
        except OSError:
            self.notice.show_message(PROBLEM, self.tr(
                "Badges are signed with the agency key, and this computer does not hold it. "
                "Print the badges on the hub's computer, which keeps the agency key."))
            return False, None
        if not encrypted:
            return True, None
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Agency key"), self.tr("Passphrase of the agency key:"),
            QLineEdit.EchoMode.Password)
        return ok, passphrase if ok else None

    def save_badges(self) -> bool:
        if self.current_event is None or self.runner.busy:
            return False
        go, passphrase = self._agency_passphrase()
        if not go:
            return False
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save badge sheets"), str(Path.home() / "kartu-peserta.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return False
        out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        return self.runner.start(self.tr("Badge sheets"), partial(
            _badges, self.current_event.id, self.badge_unit_combo.currentData(), out, passphrase))

    def print_badges(self) -> bool:
        if self.current_event is None or self.runner.busy:
            return False
        go, passphrase = self._agency_passphrase()
        if not go:
            return False
        printer = choose_printer(self, self.tr("Print badge sheets"), self.notice)
        if printer is None:
            return False
        folder = local().data_dir / "cache" / "preview"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self.runner.start(self.tr("Printing badge sheets"), partial(
            _print_badges, self.current_event.id, self.badge_unit_combo.currentData(), passphrase,
            printer, folder))

    def _badges_done(self, result: object) -> None:
        count, pages, where = result  # type: ignore[misc]
        n = QLocale().toString
        self.notice.show_message(DONE, self.tr("{count} badges on {pages} pages: {where}.")
                                 .format(count=n(count), pages=n(pages), where=where))

    def _badges_failed(self, message: str, bug: bool) -> None:
        if bug:
            message = self.tr("Something went wrong ({error}). The details are in the log "
                              "file.").format(error=message)
        self.notice.show_message(PROBLEM, message)

    def shutdown(self) -> None:
        self.runner.cancel()
