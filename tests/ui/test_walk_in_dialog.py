"""The walk-in form: units from the roster, ranks and grades from the PNS and PPPK tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from station_helpers import FakeClock, type_as_person

from ikrar.core.grades import PNS_GRADES, PPPK_GRADES
from ikrar.store import desk
from ikrar.store.models import Employee
from ikrar.ui.desk.walk_in_dialog import WalkInDialog

PNS_NIP = "199001012015011077"
PPPK_NIP = "199203172021212001"


@pytest.fixture
def dialog(qtbot, event, make_employee):
    for i, unit in enumerate(("Dinas Pendidikan", "Dinas Kesehatan", "RSUD Sukamaju",
                              "Dinas Pendidikan", "Kecamatan Sukamaju")):
        make_employee(event, name=f"Pegawai {i}", unit=unit)

    def make(nip: str) -> WalkInDialog:
        widget = WalkInDialog(event, nip=nip)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def test_units_are_the_rosters_distinct_units(store, dialog):
    assert desk.units() == ["Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Sukamaju",
                            "RSUD Sukamaju"]
    form = dialog(PNS_NIP)
    assert [form.unit_combo.itemText(i) for i in range(form.unit_combo.count())] == desk.units()


def test_a_unit_is_completed_from_part_of_its_name(qtbot, dialog):
    form = dialog(PNS_NIP)
    completer = form.unit_combo.completer()
    type_as_person(qtbot, form.unit_edit, "sukamaju", FakeClock())
    completer.setCompletionPrefix("sukamaju")
    offered = [completer.completionModel().index(i, 0).data()
               for i in range(completer.completionModel().rowCount())]
    assert offered == ["Kecamatan Sukamaju", "RSUD Sukamaju"]


def test_a_known_unit_in_other_capitals_is_saved_as_the_roster_spells_it(qtbot, dialog):
    form = dialog(PNS_NIP)
    type_as_person(qtbot, form.name_edit, "Rudi Hartono", FakeClock())
    type_as_person(qtbot, form.unit_edit, "dinas  kesehatan", FakeClock())
    assert not form.new_unit_check.isVisible()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert Employee.get(Employee.nip == PNS_NIP).unit == "Dinas Kesehatan"


def test_a_new_unit_needs_the_operators_confirmation(qtbot, dialog):
    form = dialog(PNS_NIP)
    type_as_person(qtbot, form.name_edit, "Rudi Hartono", FakeClock())
    type_as_person(qtbot, form.unit_edit, "Dinas Perikanan", FakeClock())
    assert form.new_unit_check.isVisible()
    assert "Dinas Perikanan" in form.new_unit_check.text()
    assert not form.save_button.isEnabled()
    form.new_unit_check.click()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert Employee.get(Employee.nip == PNS_NIP).unit == "Dinas Perikanan"


def test_a_pns_chooses_a_grade_and_gets_its_rank(qtbot, dialog):
    form = dialog(PNS_NIP)
    assert form.kind == "PNS"
    grades = [form.grade_combo.itemText(i) for i in range(form.grade_combo.count())]
    assert grades == ["", *(g for g, _ in PNS_GRADES)]
    form.grade_combo.setCurrentText("III/b")
    assert form.rank_combo.currentText() == "Penata Muda Tingkat I"
    form.rank_combo.setCurrentText("Pembina")
    assert form.grade_combo.currentText() == "IV/a"
    type_as_person(qtbot, form.name_edit, "Rudi Hartono", FakeClock())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = Employee.get(Employee.nip == PNS_NIP)
    assert (saved.rank, saved.grade, saved.status) == ("Pembina", "IV/a", "PNS")


def test_a_pppk_has_a_grade_from_i_to_xvii_and_no_rank(qtbot, dialog):
    form = dialog(PPPK_NIP)
    assert form.kind == "PPPK"
    grades = [form.grade_combo.itemText(i) for i in range(form.grade_combo.count())]
    assert grades == ["", *PPPK_GRADES] and grades[-1] == "XVII"
    assert not form.rank_combo.isEnabled()
    form.grade_combo.setCurrentText("IX")
    type_as_person(qtbot, form.name_edit, "Euis Suryani", FakeClock())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = Employee.get(Employee.nip == PPPK_NIP)
    assert (saved.rank, saved.grade, saved.status) == ("", "IX", "PPPK")


def test_units_skip_scan_many_employees(store, make_employee):
    for i in range(60):
        make_employee(name=f"Pegawai {i}", unit=f"Unit {i % 3}")
    assert desk.units() == ["Unit 0", "Unit 1", "Unit 2"]
