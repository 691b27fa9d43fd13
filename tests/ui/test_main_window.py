"""The main window as a person sees it: the event, its figures, the station and the roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_data import employee_row

from ikrar.core.strokes import synthetic_signature
from ikrar.store import settings
from ikrar.store.checkin import check_in
from ikrar.ui.admin.roster_model import RosterTableModel


def figures(window) -> dict[str, str]:
    return {name: window.header.figure_text(name) for name in window.header.figure_boxes}


def test_shows_the_event_and_its_figures(make_window, store, event, add_employees):
    people = add_employees(5, event=event)
    (stranger,) = add_employees([employee_row(900, name="Rudi Walkin")])
    for i, person in enumerate(people[:2]):
        check_in(event, person, synthetic_signature(i), method="search",
                 pledge_hash=event.pledge_hash)
    check_in(event, stranger, synthetic_signature(9), method="walk_in",
             pledge_hash=event.pledge_hash)

    window = make_window()

    assert window.windowTitle() == "Ikrar — Deklarasi Netralitas ASN"
    assert window.header.showing_event
    assert window.header.title_label.text() == "Deklarasi Netralitas ASN"
    assert window.header.when_label.text() == "Rabu, 10 Juli 2024, 08.00 WIB"
    assert window.header.venue_label.text() == "Aula Tampomas, Sumedang"
    # The walk-in joined the roster when they checked in.
    assert figures(window) == {"expected": "6", "signed": "3", "walk_ins": "1", "duplicates": "0"}
    assert window.header.figure_boxes["signed"].caption_label.text() == "Signed"
    assert window.roster_view.count_label.text() == "6 employees"


def test_status_bar_names_the_station_and_data_folder(make_window, store, event):
    settings.put("station_name", "Meja 3")
    window = make_window(demo=True)
    window.resize(1366, 768)  # a laptop: room for every part with its words
    QApplication.processEvents()

    assert window.status.station_label.text() == "Station: Meja 3"
    assert str(store.data_dir) in window.status.data_label.toolTip()
    assert window.status.demo_label.isVisible()
    assert window.windowTitle().endswith("demo")


def test_without_an_event_says_how_to_make_one(make_window, store, add_employees):
    add_employees(3)
    window = make_window()

    assert window.windowTitle() == "Ikrar"
    assert not window.header.showing_event
    assert window.header.empty_label.isVisible()
    assert "No event yet" in window.header.empty_label.text()
    assert "ikrar event create" in window.header.empty_label.text()
    # Everyone is listed: there is no event roster to narrow to.
    assert not window.roster_view.event_only_check.isVisible()
    assert window.roster_view.count_label.text() == "3 employees"
    assert window.roster_view.model.rowCount() == 3


def test_event_roster_only_can_be_switched_off(qtbot, make_window, event, add_employees):
    add_employees([employee_row(i) for i in range(4)], event=event)
    add_employees([employee_row(i) for i in range(4, 10)])
    window = make_window()
    view = window.roster_view

    assert view.event_only_check.isVisible() and view.event_only_check.isChecked()
    assert view.count_label.text() == "4 employees"

    with qtbot.waitSignal(view.model.reloaded):
        view.event_only_check.click()
    assert view.count_label.text() == "10 employees"
    assert view.model.rowCount() == 10


def test_rows_show_grouped_nip_name_with_titles_rank_and_walk_ins(
    make_window, event, add_employees
):
    add_employees([
        employee_row(1, name="Ahmad Fauzi", front_title="Dr. H.", back_title="S.Kom., M.Si.",
                     rank="Pembina", grade="IV/a", nip="199001012015011001"),
        employee_row(2, name="Rudi Hartono", is_walk_in=True, status="PPPK"),
    ], event=event)
    window = make_window()
    model = window.roster_view.model

    rows = {model.data(model.index(r, RosterTableModel.NAME)): r for r in range(model.rowCount())}
    ahmad = rows["Dr. H. Ahmad Fauzi, S.Kom., M.Si."]
    assert model.data(model.index(ahmad, RosterTableModel.NIP)) == "19900101 201501 1 001"
    assert model.data(model.index(ahmad, RosterTableModel.RANK)) == "Pembina, IV/a"
    assert model.data(model.index(ahmad, RosterTableModel.STATUS)) == "PNS"
    rudi = rows["Rudi Hartono"]
    assert model.data(model.index(rudi, RosterTableModel.STATUS)) == "PPPK, walk-in"
    tip = model.data(model.index(rudi, RosterTableModel.NAME), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Walk-in")


def test_ctrl_i_is_the_import_shortcut(make_window, event):
    window = make_window()
    assert window.import_action.text() == "Import roster…"
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.import_action in window.toolbar.actions()


def test_status_bar_shows_sync_state_and_waiting_entries(qtbot, make_window, event,
                                                          make_employee):
    window = make_window()
    assert window.status.sync_label.text().startswith("Not joined to a hub")
    before = window.status.sync_status.waiting
    person = make_employee(event)
    attendance = check_in(event, person, synthetic_signature(4), method="search",
                          pledge_hash=event.pledge_hash)
    from ikrar.ui.widgets.shared import shared

    with qtbot.waitSignal(window.status.sync_status.changed):
        shared().checkinCommitted.emit(str(attendance.id))
    # The check-in wrote attendance, signature and (for a new employee) roster rows.
    assert window.status.sync_status.waiting > before
    assert f"{window.status.sync_status.waiting} waiting" in window.status.sync_label.text()
