"""Registering a walk-in: someone not on the roster, with a well-formed NIP, when the event allows.

The NIP is checked as it is typed, and the person is written only when the operator saves;
they join the event's roster when they sign, flagged as a walk-in everywhere. Units are chosen
from the employee list (typed with completion); a unit not in it is taken only when the
operator confirms it is new. Ranks and grades come from the PNS table (pangkat with its
golongan/ruang) or the PPPK one (golongan I-XVII, no pangkat), following the NIP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar.core import grades
from ikrar.core.nip import NipError, validate_nip
from ikrar.store import desk, lookup
from ikrar.store.lookup import WalkInError
from ikrar.ui.widgets import messages, theme, when

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
        self.kind = ""
        self.rank_combo = QComboBox(self)
        self.grade_combo = QComboBox(self)
        self.rank_combo.currentIndexChanged.connect(self._rank_chosen)
        self.grade_combo.currentIndexChanged.connect(self._grade_chosen)
        self.position_edit = QLineEdit(self)
        self.units = desk.units()
        self._known_units = {unit.casefold(): unit for unit in self.units}
        self.unit_combo = QComboBox(self)
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.addItems(self.units)
        self.unit_combo.setCurrentIndex(-1)
        completer = QCompleter(self.units, self.unit_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit_combo.setCompleter(completer)
        self.unit_edit = self.unit_combo.lineEdit()
        self.unit_edit.setPlaceholderText(self.tr("Type to choose from the roster's units"))
        self.new_unit_check = QCheckBox(self)
        self.new_unit_check.setVisible(False)
        self.unit_edit.textChanged.connect(self._check_unit)
        self.new_unit_check.toggled.connect(self._update_save)
        form = QFormLayout()
        form.addRow(self.tr("NIP"), self.nip_edit)
        form.addRow("", self.nip_note)
        form.addRow(self.tr("Front title"), self.front_edit)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Back title"), self.back_edit)
        form.addRow(self.tr("Rank"), self.rank_combo)
        form.addRow(self.tr("Grade"), self.grade_combo)
        form.addRow(self.tr("Position"), self.position_edit)
        form.addRow(self.tr("Unit"), self.unit_combo)
        form.addRow("", self.new_unit_check)
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
        self._set_kind("PNS")
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
                self._set_kind(nip.kind)
                self.nip_note.setText(self.tr("{kind}, born {born}").format(
                    kind=nip.kind, born=when.day(nip.birth_date)))
                self.nip_note.setStyleSheet(f"color: {theme.OK_TEXT};")
        self._update_save()

    # --- rank and grade ------------------------------------------------------------------

    def _set_kind(self, kind: str) -> None:
        """Offer the ranks and grades of a PNS or a PPPK, keeping a choice that still fits."""
        if kind == self.kind:
            return
        self.kind = kind
        grade = self.grade_combo.currentText()
        for combo in (self.rank_combo, self.grade_combo):
            combo.blockSignals(True)
            combo.clear()
        self.grade_combo.addItem("")
        self.grade_combo.addItems(list(grades.grades(kind)))
        if kind == "PPPK":
            self.rank_combo.addItem(self.tr("— (PPPK have no rank)"))
        else:
            self.rank_combo.addItem("")
            self.rank_combo.addItems([rank for _, rank in grades.PNS_GRADES])
        self.rank_combo.setEnabled(kind != "PPPK")
        for combo in (self.rank_combo, self.grade_combo):
            combo.blockSignals(False)
        if grade in grades.grades(kind):
            self.grade_combo.setCurrentText(grade)

    def _grade_chosen(self, index: int) -> None:
        if self.kind == "PNS":
            self.rank_combo.blockSignals(True)
            self.rank_combo.setCurrentIndex(max(index, 0))  # the same row in both lists
            self.rank_combo.blockSignals(False)

    def _rank_chosen(self, index: int) -> None:
        if self.kind == "PNS":
            self.grade_combo.blockSignals(True)
            self.grade_combo.setCurrentIndex(max(index, 0))
            self.grade_combo.blockSignals(False)

    def rank(self) -> str:
        return self.rank_combo.currentText() if self.kind == "PNS" else ""

    def grade(self) -> str:
        return self.grade_combo.currentText()

    # --- unit ---------------------------------------------------------------------------

    def unit(self) -> str:
        """The unit as the roster spells it, or as typed when it is new."""
        text = " ".join(self.unit_edit.text().split())
        return self._known_units.get(text.casefold(), text)

    def unit_is_new(self) -> bool:
        text = self.unit()
        return bool(text) and text.casefold() not in self._known_units

    def _check_unit(self) -> None:
        new = self.unit_is_new()
        if new:
            self.new_unit_check.setText(self.tr("“{unit}” is not a unit on the roster. Register "
                                                "it as a new unit").format(unit=self.unit()))
        self.new_unit_check.setVisible(new)
        if not new:
            self.new_unit_check.setChecked(False)
        self._update_save()

    def _update_save(self) -> None:
        unit_ok = not self.unit_is_new() or self.new_unit_check.isChecked()
        self.save_button.setEnabled(self._nip_ok and bool(self.name_edit.text().strip())
                                    and unit_ok)

    def save(self) -> None:
        try:
            self.employee = lookup.register_walk_in(
                self.current_event, nip=self.nip_edit.text(), name=self.name_edit.text(),
                front_title=self.front_edit.text(), back_title=self.back_edit.text(),
                rank=self.rank(), grade=self.grade(),
                position=self.position_edit.text(), unit=self.unit(),
            )
        except WalkInError as exc:
            self.message_label.setText(messages.error_text(exc))
            return
        self.registered.emit(self.employee)
        self.accept()
