"""Registering a walk-in: someone not on the roster, with a well-formed NIP, when the event allows.

The NIP is checked as it is typed, and the person is written only when the operator saves;
they join the event's roster when they sign, flagged as a walk-in everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.nip import NipError, validate_nip
from ikrar.store import lookup
from ikrar.store.lookup import WalkInError
from ikrar.ui.widgets import messages, theme

if TYPE_CHECKING:
    from ikrar.store.models import Employee, Event


class WalkInDialog(QDialog):
    registered = Signal(object)  # the new Employee

    def __init__(self, event: Event, parent: QWidget | None = None, *, nip: str = "") -> None:
        super().__init__(parent)
        self.current_event = event
        self.employee: Employee | None = None
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.setModal(True)
        intro = QLabel(self.tr("For someone who is not on this event's roster. Check their "
                               "identity card; they will be marked as a walk-in."), self)
        intro.setWordWrap(True)
        self.nip_edit = QLineEdit(nip, self)
        self.nip_edit.setPlaceholderText("19900101 201501 1 001")
        self.nip_edit.setMaxLength(30)
        self.nip_note = QLabel(self)
        self.nip_note.setWordWrap(True)
        self.front_edit = QLineEdit(self)
        self.front_edit.setPlaceholderText(self.tr("e.g. Dr. H."))
        self.name_edit = QLineEdit(self)
        self.back_edit = QLineEdit(self)
        self.back_edit.setPlaceholderText(self.tr("e.g. S.Kom., M.Si."))
        self.rank_edit = QLineEdit(self)
        self.grade_edit = QLineEdit(self)
        self.position_edit = QLineEdit(self)
        self.unit_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("NIP"), self.nip_edit)
        form.addRow("", self.nip_note)
        form.addRow(self.tr("Front title"), self.front_edit)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Back title"), self.back_edit)
        form.addRow(self.tr("Rank"), self.rank_edit)
        form.addRow(self.tr("Grade"), self.grade_edit)
        form.addRow(self.tr("Position"), self.position_edit)
        form.addRow(self.tr("Unit"), self.unit_edit)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {theme.PROBLEM_TEXT};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Register and show the card"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.nip_edit.textChanged.connect(self._check_nip)
        self.name_edit.textChanged.connect(self._update_save)
        self._check_nip()
        (self.name_edit if nip else self.nip_edit).setFocus()

    def nip_reason(self, code: str) -> str:
        return messages.text(f"walk_in.nip.{code}" if messages.has_text(f"walk_in.nip.{code}")
                             else "walk_in.nip.other")

    def _check_nip(self) -> None:
        text = self.nip_edit.text()
        self._nip_ok = False
        if not text.strip():
            self.nip_note.setText(self.tr("Enter the 18-digit NIP."))
            self.nip_note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        else:
            try:
                nip = validate_nip(text)
            except NipError as exc:
                self.nip_note.setText(self.nip_reason(exc.code))
                self.nip_note.setStyleSheet(f"color: {theme.PROBLEM_TEXT};")
            else:
                self._nip_ok = True
                self.nip_note.setText(self.tr("{kind}, born {born}").format(
                    kind=nip.kind, born=nip.birth_date.strftime("%d-%m-%Y")))
                self.nip_note.setStyleSheet(f"color: {theme.OK_TEXT};")
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(self._nip_ok and bool(self.name_edit.text().strip()))

    def save(self) -> None:
        try:
            self.employee = lookup.register_walk_in(
                self.current_event, nip=self.nip_edit.text(), name=self.name_edit.text(),
                front_title=self.front_edit.text(), back_title=self.back_edit.text(),
                rank=self.rank_edit.text(), grade=self.grade_edit.text(),
                position=self.position_edit.text(), unit=self.unit_edit.text(),
            )
        except WalkInError as exc:
            self.message_label.setText(messages.error_text(exc))
            return
        self.registered.emit(self.employee)
        self.accept()
