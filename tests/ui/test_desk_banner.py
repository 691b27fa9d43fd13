"""The desk's banner: a failed scan's red banner goes once the operator types; "saved" once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from station_helpers import FakeClock, draw_with_mouse, type_as_person

from ikrar.ui.desk.feedback import OK, PROBLEM, READY


def _desk(make_window):
    window = make_window()
    clock = FakeClock()
    window.scanner.clock = clock
    window.set_layout("dual")
    window.show_page("station")
    return window, window.station_page, clock


def test_the_red_banner_clears_when_the_operator_types_again(qtbot, make_window, event,
                                                             make_employee):
    make_employee(event, name="Ahmad Fauzi", back="")
    window, page, clock = _desk(make_window)
    with qtbot.waitSignal(page.outcomeShown):
        window.route_scan("https://example.com/not-a-badge")
    assert page.banner.state == PROBLEM
    type_as_person(qtbot, page.search_edit, "ahm", clock)
    assert page.banner.state == READY
    assert "not an employee badge" not in page.banner.text()
    assert [h.name for h in page.hits()] == ["Ahmad Fauzi"]
    window.attendee_window.close()


def test_a_closed_station_stays_red_while_typing(qtbot, make_window, event, make_employee):
    from ikrar.store import lookup

    make_employee(event, name="Ahmad Fauzi", back="")
    lookup.set_closed(event, True)
    window, page, clock = _desk(make_window)
    page.back_to_ready()
    assert page.banner.state == PROBLEM
    type_as_person(qtbot, page.search_edit, "ahm", clock)
    assert page.banner.state == PROBLEM
    window.attendee_window.close()


def test_saved_is_said_once_with_one_full_stop(qtbot, make_window, event, make_employee):
    person = make_employee(event, name="Rina Marlina", back="S.Sos.")
    window, page, clock = _desk(make_window)
    with qtbot.waitSignal(page.cardShown):
        window.route_scan(person.nip)
    qtbot.keyClick(page.card, Qt.Key.Key_Return)
    screen = window.attendee_window.signing
    qtbot.waitExposed(window.attendee_window)
    draw_with_mouse(qtbot, screen.pad)
    with qtbot.waitSignal(window.attendee_window.signed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert page.banner.state == OK
    text = page.banner.text()
    assert text == "SAVED — Rina Marlina, S.Sos. Ready for the next person."
    assert ".." not in text and text.lower().count("saved") == 1
    window.attendee_window.close()
