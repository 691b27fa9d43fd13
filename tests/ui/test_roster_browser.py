"""The roster browser: pages loaded on demand, search by name or NIP, a count that says so."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex
from ui_data import employee_row

from ikrar.ui.admin.roster_model import PAGE_SIZE, RosterTableModel


def names(model: RosterTableModel) -> list[str]:
    return [model.data(model.index(r, RosterTableModel.NAME)) for r in range(model.rowCount())]


def test_loads_one_page_at_start_and_more_on_demand(qtbot, make_window, event, add_employees):
    add_employees(1000, event=event)
    window = make_window()
    model = window.roster_view.model

    assert window.roster_view.count_label.text() == f"{QLocale().toString(1000)} employees"
    assert 0 < model.rowCount() <= PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    before = model.rowCount()
    with qtbot.waitSignal(model.rowsInserted):  # read in the background
        model.fetchMore(QModelIndex())
    assert model.rowCount() == before + PAGE_SIZE


def test_scrolling_to_the_bottom_loads_the_next_page(qtbot, make_window, event, add_employees):
    add_employees(1000, event=event)
    window = make_window()
    table, model = window.roster_view.table, window.roster_view.model
    first = model.rowCount()

    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > first)

    while model.rowCount() < 1000:
        loaded = model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda loaded=loaded: model.rowCount() > loaded)
    assert not model.canFetchMore(QModelIndex())


def test_pages_follow_the_name_order_without_gaps_or_repeats(qtbot, store, event,
                                                             add_employees):
    people = add_employees(1000, event=event)
    model = RosterTableModel(event=event, page_size=97)  # pages that do not divide evenly
    qtbot.waitUntil(lambda: not model.loading)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.fetching)

    rows = model.loaded_rows()
    assert len(rows) == 1000
    assert {row.id for row in rows} == {p.id for p in people}
    keys = {p.id: (p.search_key, p.id.hex) for p in people}
    assert [keys[row.id] for row in rows] == sorted(keys.values())


def search(qtbot, window, text: str) -> None:
    view = window.roster_view
    view.search_edit.clear()
    with qtbot.waitSignal(view.model.reloaded, timeout=2000):
        qtbot.keyClicks(view.search_edit, text)


def test_search_by_name_ignores_titles_case_and_finds_later_words(
    qtbot, make_window, event, add_employees
):
    add_employees(200, event=event)
    add_employees([
        employee_row(500, name="Hasan Fauzi", front_title="Dr. H.", back_title="S.Kom."),
        employee_row(501, name="Fauzi Rahman"),
        employee_row(502, name="Rina Wulandari"),
    ], event=event)
    window = make_window()
    model = window.roster_view.model

    search(qtbot, window, "HASAN fauzi")
    assert names(model) == ["Dr. H. Hasan Fauzi, S.Kom."]
    assert window.roster_view.count_label.text() == "1 found"

    search(qtbot, window, "Dr. hasan")  # the title typed by the user is ignored too
    assert names(model) == ["Dr. H. Hasan Fauzi, S.Kom."]

    # Names starting with the word come first, then names where a later word starts with it.
    search(qtbot, window, "fauzi")
    assert names(model) == ["Fauzi Rahman", "Dr. H. Hasan Fauzi, S.Kom."]
    assert window.roster_view.count_label.text() == "2 found"

    search(qtbot, window, "wulan")
    assert names(model) == ["Rina Wulandari"]

    search(qtbot, window, "zzz")
    assert names(model) == []
    assert window.roster_view.count_label.text() == "0 found"

    with qtbot.waitSignal(model.reloaded):
        window.roster_view.search_edit.clear()
    assert window.roster_view.count_label.text() == "203 employees"


def test_search_by_nip_ignores_spaces(qtbot, make_window, event, add_employees):
    add_employees(300, event=event)
    add_employees([employee_row(700, name="Siti Aminah", nip="198505152010122002")], event=event)
    window = make_window()
    model = window.roster_view.model

    search(qtbot, window, "19850515 201012 2 002")
    assert names(model) == ["Siti Aminah"]

    search(qtbot, window, "1985 0515")  # a prefix finds everyone born that day
    assert "Siti Aminah" in names(model)
    assert all(model.row_at(r).nip.startswith("19850515") for r in range(model.rowCount()))


def test_typing_fast_searches_once(qtbot, make_window, event, add_employees):
    add_employees(300, event=event)
    window = make_window()
    reloads: list[int] = []
    window.roster_view.model.reloaded.connect(reloads.append)

    with qtbot.waitSignal(window.roster_view.model.reloaded, timeout=2000):
        qtbot.keyClicks(window.roster_view.search_edit, "budi santoso")
    assert len(reloads) == 1


def test_search_stays_within_the_event_roster(qtbot, make_window, event, add_employees):
    add_employees([employee_row(1, name="Budi Hadir")], event=event)
    add_employees([employee_row(2, name="Budi Absen")])
    window = make_window()

    search(qtbot, window, "budi")
    assert names(window.roster_view.model) == ["Budi Hadir"]

    with qtbot.waitSignal(window.roster_view.model.reloaded):
        window.roster_view.event_only_check.click()
    assert names(window.roster_view.model) == ["Budi Absen", "Budi Hadir"]


def test_search_forgives_typos_after_the_exact_matches(qtbot, make_window, event, add_employees):
    add_employees(200, event=event)
    add_employees([
        employee_row(800, name="Abdul Rahman"),
        employee_row(801, name="Muhammad Afrizal"),
        employee_row(802, name="Zulkifli Hasibuan"),
        employee_row(803, name="Rahmam Sudirja"),
    ], event=event)
    add_employees([employee_row(804, name="Afrizal Absen")])  # not on this event's roster
    window = make_window()
    model = window.roster_view.model

    for typed, meant in (("rahmna", "Abdul Rahman"), ("afrisal", "Muhammad Afrizal"),
                         ("zulkifly", "Zulkifli Hasibuan")):
        search(qtbot, window, typed)
        assert meant in names(model), typed
        assert "Afrizal Absen" not in names(model)
    search(qtbot, window, "rahmam")  # the exact spelling first, the near one after
    assert names(model)[:2] == ["Rahmam Sudirja", "Abdul Rahman"]
    assert window.roster_view.count_label.text() == f"{len(names(model))} found"
    search(qtbot, window, "zulkifly santoso")  # one word right is not enough
    assert names(model) == []
