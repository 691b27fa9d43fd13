"""The roster browser reads off the GUI thread: a newer search supersedes an older one, whose
answer is never shown; a bounded count says so; a check-in that adds nobody keeps the rows."""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale, QModelIndex, Qt
from ui_data import employee_row

from ikrar.store import roster_pages
from ikrar.ui.admin import roster_model
from ikrar.ui.admin.roster_model import RosterTableModel
from ikrar.ui.widgets.shared import shared


def names(model: RosterTableModel) -> list[str]:
    return [model.data(model.index(r, RosterTableModel.NAME)) for r in range(model.rowCount())]


def type_search(qtbot, view, text: str) -> None:
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # searches now, not after the pause


def test_an_older_search_is_superseded_and_its_answer_never_shown(
    qtbot, make_window, event, add_employees, monkeypatch
):
    add_employees([employee_row(1, name="Budi Hadir"), employee_row(2, name="Budi Absen"),
                   employee_row(3, name="Siti Hadir")], event=event)
    window = make_window()
    view, model = window.roster_view, window.roster_view.model
    entered, release = threading.Event(), threading.Event()
    asked: list[tuple[str, object]] = []
    real_load = roster_model._load

    def held_load(serial, event_id, search, size, only_if_changed, cancelled):
        asked.append((search, cancelled))
        if search != "budi":
            return real_load(serial, event_id, search, size, only_if_changed, cancelled)
        entered.set()
        release.wait(10)
        # It answers although told to stop: the model must drop the answer.
        return real_load(serial, event_id, search, size, only_if_changed, lambda: False)

    monkeypatch.setattr(roster_model, "_load", held_load)
    shown: list[tuple[str, list[str]]] = []
    model.reloaded.connect(lambda _total: shown.append((model.search, names(model))))

    type_search(qtbot, view, "budi")
    qtbot.waitUntil(entered.is_set)
    assert model.loading
    assert len(names(model)) == 3  # the rows shown stay until the answer comes

    type_search(qtbot, view, "siti")  # typed while "budi" is still being read
    assert model.search == "siti"
    assert asked[0][1](), "the older search was not told to stop"
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        release.set()

    assert [search for search, _ in asked] == ["budi", "siti"]
    assert shown == [("siti", ["Siti Hadir"])]
    assert view.count_label.text() == "1 found"
    assert not model.loading


def test_only_the_newest_of_several_waiting_searches_is_read(
    qtbot, make_window, event, add_employees, monkeypatch
):
    add_employees([employee_row(1, name="Budi Hadir"), employee_row(3, name="Siti Hadir")],
                  event=event)
    window = make_window()
    view, model = window.roster_view, window.roster_view.model
    entered, release = threading.Event(), threading.Event()
    asked: list[str] = []
    real_load = roster_model._load

    def held_load(serial, event_id, search, size, only_if_changed, cancelled):
        asked.append(search)
        if search == "budi":
            entered.set()
            release.wait(10)
        return real_load(serial, event_id, search, size, only_if_changed, cancelled)

    monkeypatch.setattr(roster_model, "_load", held_load)
    type_search(qtbot, view, "budi")
    qtbot.waitUntil(entered.is_set)
    for text in ("s", "si", "sit", "siti"):
        type_search(qtbot, view, text)
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        release.set()
    assert asked == ["budi", "siti"]
    assert names(model) == ["Siti Hadir"]


def test_a_count_stopped_at_its_bound_says_more_than(
    qtbot, make_window, event, add_employees, monkeypatch
):
    monkeypatch.setattr(roster_pages, "COUNT_LIMIT", 5)
    add_employees([employee_row(i, name=f"Budi Nomor {i}") for i in range(8)], event=event)
    add_employees([employee_row(20, name="Siti Aminah")], event=event)
    window = make_window()
    view, model = window.roster_view, window.roster_view.model
    assert view.count_label.text() == "9 employees"  # no search: counted exactly

    with qtbot.waitSignal(model.reloaded):
        type_search(qtbot, view, "budi")
    assert (model.total, model.more) == (5, True)
    assert view.count_label.text() == "More than 5 found"
    assert len(names(model)) == 8  # every match is listed, only the count stopped

    with qtbot.waitSignal(model.reloaded):
        type_search(qtbot, view, "budi nomor 1")
    assert (model.total, model.more) == (1, False)
    assert view.count_label.text() == "1 found"


def test_the_count_in_indonesian_says_it_is_a_lower_bound(
    qtbot, indonesian, make_window, event, add_employees, monkeypatch
):
    monkeypatch.setattr(roster_pages, "COUNT_LIMIT", 2)
    add_employees([employee_row(i, name=f"Budi Nomor {i}") for i in range(3)], event=event)
    window = make_window()
    with qtbot.waitSignal(window.roster_view.model.reloaded):
        type_search(qtbot, window.roster_view, "budi")
    assert window.roster_view.count_label.text() == "Lebih dari 2 ditemukan"


def test_a_check_in_that_adds_nobody_keeps_the_rows_and_where_they_are(
    qtbot, make_window, event, add_employees
):
    add_employees(500, event=event)
    window = make_window()
    view, model = window.roster_view, window.roster_view.model
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    loaded = model.rowCount()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.reload(only_if_changed=True)  # what a check-in asks
    qtbot.waitUntil(lambda: not model.loading)
    assert resets == []
    assert model.rowCount() == loaded

    add_employees([employee_row(900, name="Rudi Datang", is_walk_in=True)], event=event)
    with qtbot.waitSignal(model.reloaded):
        model.reload(only_if_changed=True)  # a walk-in joined: the count changed
    assert resets == [True]
    assert view.count_label.text() == f"{QLocale().toString(501)} employees"


def test_a_check_in_while_the_roster_is_hidden_is_counted_when_it_is_shown(
    qtbot, make_window, event, add_employees
):
    add_employees(3, event=event)
    window = make_window()
    view, model = window.roster_view, window.roster_view.model
    window.show_page("station")  # the desk at work: the roster page is hidden
    assert not view.isVisible()
    started: list[str] = []
    model.runner.started.connect(started.append)

    add_employees([employee_row(900, name="Rudi Datang", is_walk_in=True)], event=event)
    shared().checkinCommitted.emit("a walk-in signed")
    qtbot.waitUntil(lambda: view._recount)
    assert started == []  # nothing read for a hidden page
    assert model.total == 3

    with qtbot.waitSignal(model.reloaded):
        window.show_page("roster")
    assert model.total == 4
    assert view.count_label.text() == "4 employees"
