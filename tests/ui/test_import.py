"""Roster import from the GUI: file chooser, background import, the per-row report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from ui_data import PEOPLE, nip_for, write_roster

from ikrar.store.models import AuditEvent, Change, Employee, RosterEntry
from ikrar.store.roster import ImportCancelled


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch):
    """Answer the file chooser with `path` (the one thing a human would do here)."""
    asked: list[str] = []

    def answer(path: Path | None) -> list[str]:
        def fake(parent, caption, folder, filters, *args, **kwargs):
            asked.append(filters)
            return (str(path) if path else "", filters.split(";;")[0])

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
        return asked

    return answer


def test_import_writes_the_roster_and_shows_the_report(
    qtbot, make_window, event, tmp_path, choose_file
):
    asked = choose_file(write_roster(tmp_path / "pegawai.csv", PEOPLE))
    window = make_window()
    assert window.header.figure_text("expected") == "0"

    with qtbot.waitSignal(window.importer.runner.finished, timeout=20_000):
        window.import_action.trigger()

    assert "*.csv" in asked[0] and "*.xlsx" in asked[0]
    dialog = window.importer.report_dialog
    assert dialog.isVisible()
    assert "pegawai.csv" in dialog.windowTitle()
    assert dialog.summary_label.text() == "3 imported, 0 updated, 0 unchanged, 0 refused"
    assert dialog.outcome_label.text() == "The roster was saved."
    assert not dialog.table.isVisible()
    assert dialog.retry_button is None

    ahmad = Employee.get(Employee.nip == "199001012015011001")
    assert (ahmad.name, ahmad.front_title, ahmad.back_title) == ("Ahmad Fauzi", "Dr. H.",
                                                                   "S.Kom., M.Si.")
    assert RosterEntry.select().where(RosterEntry.event == event).count() == 3
    # The window shows what was written without being asked.
    assert window.header.figure_text("expected") == "3"
    qtbot.waitUntil(lambda: window.roster_view.count_label.text() == "3 employees")
    assert window.importer.busy is False
    assert window.import_action.isEnabled()

    dialog.close_button.click()
    assert not dialog.isVisible()


def test_refused_rows_are_listed_and_nothing_is_written(
    qtbot, make_window, event, tmp_path, choose_file
):
    bad = [
        PEOPLE[0],
        ["2", "1.98505E+17", "Siti Rahmawati", "", "S.E.", "Penata", "III/c", "Analis", "BKPSDM"],
        PEOPLE[2],
        ["4", "199001012015011009", "", "", "", "", "", "", "BKPSDM"],
    ]
    choose_file(write_roster(tmp_path / "rusak.csv", bad))
    window = make_window()

    with qtbot.waitSignal(window.importer.runner.finished, timeout=20_000):
        window.import_action.trigger()

    dialog = window.importer.report_dialog
    assert dialog.summary_label.text() == "0 imported, 0 updated, 0 unchanged, 2 refused"
    assert dialog.outcome_label.text().startswith("Nothing was written: 2 rows were refused.")
    shown = dialog.rejection_rows()
    # Row numbers as the spreadsheet shows them: two title rows, the header, then the data.
    assert [(row, field) for row, field, _ in shown] == [("5", "NIP"), ("7", "Nama")]
    assert "Excel" in shown[0][2]
    assert dialog.table.isVisible()
    assert Employee.select().count() == 0
    assert window.header.figure_text("expected") == "0"

    # The person chooses to import the rows that were fine.
    assert dialog.retry_button is not None
    assert dialog.retry_button.text() == "Import the valid rows only"
    with qtbot.waitSignal(window.importer.runner.finished, timeout=20_000):
        dialog.retry_button.click()

    again = window.importer.report_dialog
    assert again is not dialog
    assert again.summary_label.text() == "2 imported, 0 updated, 0 unchanged, 2 refused"
    assert again.outcome_label.text() == (
        "The roster was saved without the refused rows listed below."
    )
    assert again.retry_button is None
    assert sorted(e.name for e in Employee.select()) == ["Ahmad Fauzi", "Euis Suryani"]
    assert window.header.figure_text("expected") == "2"


def test_a_file_that_is_no_roster_is_explained(
    qtbot, make_window, event, tmp_path, choose_file
):
    odd = tmp_path / "catatan.csv"
    odd.write_text("halo;apa kabar\nini;bukan daftar pegawai\n", encoding="utf-8")
    choose_file(odd)
    window = make_window()

    with qtbot.waitSignal(window.importer.runner.failed, timeout=20_000):
        window.import_action.trigger()

    box = window.importer.error_box
    assert box.isVisible()
    assert box.windowTitle() == "Roster not imported"
    assert "catatan.csv" in box.text()
    assert window.importer.report_dialog is None
    assert Employee.select().count() == 0
    assert window.importer.busy is False
    assert window.import_action.isEnabled()


def test_one_import_at_a_time(qtbot, make_window, event, tmp_path):
    path = write_roster(tmp_path / "pegawai.csv", PEOPLE)
    window = make_window()

    with qtbot.waitSignal(window.importer.runner.finished, timeout=20_000):
        assert window.importer.start(path)
        assert window.importer.busy
        assert not window.import_action.isEnabled()
        assert not window.importer.start(path)  # refused while the first runs
        window.importer.choose_and_import()  # no file chooser either
        assert "already running" in window.statusBar().currentMessage()

    assert Employee.select().count() == 3
    assert window.importer.busy is False


def test_cancelling_the_file_chooser_does_nothing(make_window, event, choose_file):
    choose_file(None)
    window = make_window()

    window.import_action.trigger()

    assert window.importer.busy is False
    assert window.importer.report_dialog is None
    assert window.importer.progress_dialog is None


def test_cancel_leaves_nothing_of_the_file(qtbot, make_window, event, tmp_path):
    """Cancel during a long import: not one employee, roster entry or sync change of the file
    is kept, and what was there before stays."""
    window = make_window()
    with qtbot.waitSignal(window.importer.runner.finished, timeout=20_000):
        window.importer.start(write_roster(tmp_path / "pegawai.csv", PEOPLE))
    window.importer.report_dialog.close()
    before = (Employee.select().count(), RosterEntry.select().count(),
              Change.select().count(), AuditEvent.select().count())
    assert before[:2] == (3, 3)
    rows = [[str(i), nip_for(i), f"Pegawai {i}", "", "", "Penata", "III/c", "Analis", "BKPSDM"]
            for i in range(50_000)]
    big = write_roster(tmp_path / "besar.csv", rows)
    importer = window.importer

    # The blocker is kept until the end: freed, its slot's address can be reused by the next
    # blocker's, and PySide then delivers the still-queued progress reports to that one.
    with qtbot.waitSignal(importer.runner.progress, timeout=20_000) as first_report:
        assert importer.start(big)
    dialog = importer.progress_dialog
    qtbot.waitUntil(dialog.isVisible)  # after a moment: a small file shows no dialog at all
    assert importer.cancel_button.isVisible() and importer.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(importer.runner.failed, timeout=20_000):
        qtbot.mouseClick(importer.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.labelText() == "Cancelling the import…"

    assert isinstance(importer.runner.error, ImportCancelled)
    assert importer.progress_dialog is None and importer.error_box is None
    assert importer.report_dialog is None or not importer.report_dialog.isVisible()
    assert window.statusBar().currentMessage() == (
        "Import cancelled; nothing from the file was saved.")
    after = (Employee.select().count(), RosterEntry.select().count(),
             Change.select().count(), AuditEvent.select().count())
    assert after == before
    assert sorted(e.name for e in Employee.select()) == sorted(p[2] for p in PEOPLE)
    assert not Employee.select().where(Employee.nip == nip_for(0)).exists()
    assert window.import_action.isEnabled() and not importer.busy
    assert first_report.signal_triggered
