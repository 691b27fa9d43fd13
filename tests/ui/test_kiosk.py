"""Kiosk mode and roles: the attendee's window cannot be left without a PIN; wrong PINs lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from station_helpers import FakeClock, draw_with_mouse, scan_burst, type_as_person, written

from ikrar.core.strokes import synthetic_signature
from ikrar.store import roles
from ikrar.store.checkin import check_in
from ikrar.store.models import Attendance, AuditEvent
from ikrar.ui.desk.signing_screen import Page

NIP = "199001012015011001"


@pytest.fixture
def kiosk(make_window, event, make_employee):
    roles.set_pin("operator", "2468")
    roles.set_pin("admin", "13579")
    person = make_employee(event, name="Ahmad Fauzi", front="Dr. H.", back="S.Kom.", nip=NIP)
    window = make_window()
    window.role = roles.ADMIN  # signed in (see test_roles_decide_the_pages)
    window._apply_role()
    clock = FakeClock()
    window.scanner.clock = clock
    assert window.start_kiosk()
    attendee = window.attendee_window
    yield window, attendee, clock, person
    # pytest-qt closes windows before fixtures end, and a kiosk refuses: close it ourselves.
    attendee.kiosk.release()
    window.close()


def enter_pin(qtbot, dialog, pin: str) -> None:
    dialog.pin_edit.setText(pin)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_kiosk_cannot_be_closed_or_left_without_a_pin(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    guard = attendee.kiosk
    assert guard.engaged and attendee.isFullScreen()

    assert not attendee.close()  # the close button, Alt+F4 where the system asks first
    assert attendee.isVisible()
    dialog = guard.pin_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # no PIN: still locked
    assert guard.engaged and attendee.isVisible()

    for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)):
        with qtbot.waitSignal(guard.attempted):
            qtbot.keyClick(attendee.signing, key, modifiers)
        assert guard.pin_dialog is not None, key
        guard.pin_dialog.reject()
    assert guard.engaged

    with qtbot.waitSignal(guard.attempted):
        attendee.showMinimized()
    qtbot.waitUntil(attendee.isFullScreen)

    # The main window cannot be closed behind the kiosk either.
    assert not window.close()
    assert guard.pin_dialog is not None
    enter_pin(qtbot, guard.pin_dialog, "1111")
    assert guard.engaged
    assert "Wrong PIN" in guard.pin_dialog.message_label.text()
    with qtbot.waitSignal(guard.unlocked) as unlocked:
        enter_pin(qtbot, guard.pin_dialog, "2468")
    assert unlocked.args == ["operator"]
    assert not guard.engaged
    assert not attendee.isVisible()
    assert window.role == "operator"
    assert window.pages.currentWidget() is window.station_page


def test_the_administrator_pin_opens_it_too(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    attendee.close()
    with qtbot.waitSignal(attendee.kiosk.unlocked) as unlocked:
        enter_pin(qtbot, attendee.kiosk.pin_dialog, "13579")
    assert unlocked.args == ["admin"]


def test_wrong_pins_lock_the_kiosk_prompt_out(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    attendee.close()
    dialog = attendee.kiosk.pin_dialog
    for _ in range(roles.FREE_ATTEMPTS):
        enter_pin(qtbot, dialog, "0000")
    assert dialog.locked
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()
    assert "Try again in 30 seconds" in dialog.message_label.text()
    dialog.pin_edit.setText("2468")
    dialog.try_pin()  # even the right PIN is not tried while locked
    assert attendee.kiosk.engaged
    kinds = [e.subject for e in AuditEvent.select().where(AuditEvent.kind == "pin_lockout")]
    assert sorted(kinds) == ["admin", "operator"]
    # A new prompt (or a restart) is still locked.
    dialog.reject()
    attendee.close()
    assert attendee.kiosk.pin_dialog.locked


def test_a_kiosk_needs_a_pin_to_leave_by(qtbot, make_window, event):
    window = make_window()
    assert not window.start_kiosk()
    assert not window.attendee_window.kiosk.engaged
    assert "PIN" in window.statusBar().currentMessage()


def test_self_service_scan_card_sign_one_row(qtbot, kiosk, event):
    window, attendee, clock, person = kiosk
    before = written()
    scan_burst(qtbot, attendee.signing, NIP, clock)
    page = attendee.self_service
    assert attendee.stack.currentWidget() is page
    assert page.question_label.isVisible()
    assert page.card.name_label.text() == "Dr. H. Ahmad Fauzi, S.Kom."
    qtbot.mouseClick(page.card.confirm_button, Qt.MouseButton.LeftButton)  # a tap
    assert attendee.signing.page is Page.SIGNING
    draw_with_mouse(qtbot, attendee.signing.pad)
    with qtbot.waitSignal(attendee.signed) as signed:
        qtbot.mouseClick(attendee.signing.confirm_button, Qt.MouseButton.LeftButton)
    assert written()[:2] == (before[0] + 1, before[1] + 1)
    assert Attendance.get_by_id(signed.args[0]).method == "badge"
    assert attendee.kiosk.engaged  # still locked for the next attendee

    # The same badge again: the attendee is told, nothing is written.
    scan_burst(qtbot, attendee.signing, NIP, clock)
    assert page.stack.currentIndex() == 1
    assert "Meja 1" in page.duplicate.where_label.text()
    assert written()[:2] == (before[0] + 1, before[1] + 1)


def test_self_service_refuses_strangers_and_noise_politely(qtbot, kiosk, make_employee):
    window, attendee, clock, _ = kiosk
    stranger = make_employee(None, name="Rudi", nip="198001012005011001")
    before = written()
    scan_burst(qtbot, attendee.signing, stranger.nip, clock)
    assert "not on this event's roster" in attendee.self_service.problem_label.text()
    scan_burst(qtbot, attendee.signing, "https://example.org/x", clock)
    assert "not an employee badge" in attendee.self_service.problem_label.text()
    assert "registration staff" in attendee.self_service.problem_label.text()
    assert written() == before


def test_roles_decide_the_pages(qtbot, make_window, event):
    roles.set_pin("operator", "2468")
    roles.set_pin("clerk", "1357")
    roles.set_pin("admin", "97531")
    window = make_window()
    assert window.role is None
    assert window.pages.currentWidget() is window.sign_in_page
    assert not window.import_action.isEnabled()

    dialog = window.sign_in("operator")
    type_as_person(qtbot, dialog.pin_edit, "2468", FakeClock())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.role == "operator"
    assert window.pages.currentWidget() is window.station_page
    assert not window.page_actions["roster"].isVisible()
    assert not window.import_action.isVisible()
    window.show_page("roster")
    assert window.pages.currentWidget() is window.station_page

    window.lock()
    assert window.pages.currentWidget() is window.sign_in_page
    dialog = window.sign_in("clerk")
    dialog.pin_edit.setText("1357")
    dialog.try_pin()
    assert window.role == "clerk"
    assert window.pages.currentWidget() is window.roster_view
    assert not window.page_actions["station"].isVisible()
    window.route_scan(NIP)
    assert "not open to your role" in window.statusBar().currentMessage()

    window.lock()
    dialog = window.sign_in("admin")
    dialog.pin_edit.setText("97531")
    dialog.try_pin()
    assert window.role == "admin"
    assert window.page_actions["station"].isVisible()
    assert window.page_actions["roster"].isVisible()
    assert window.import_action.isEnabled() and window.pins_action.isEnabled()


def test_setting_pins_in_the_dialog(qtbot, make_window):
    window = make_window()
    assert window.role == "admin"  # no PIN yet: the station is open
    dialog = window.open_pin_setup()
    dialog.edits["operator"].setText("12")
    dialog.save()
    assert "4 to 12 digits" in dialog.message_label.text()
    assert not roles.any_pin()
    dialog.edits["operator"].setText("123456")
    dialog.save()
    assert roles.has_pin("operator") and not roles.has_pin("clerk")
    assert window.lock_action.isEnabled()


def test_a_duplicate_at_the_kiosk_never_opens_signing(qtbot, kiosk, event):
    window, attendee, clock, person = kiosk
    check_in(event, person, synthetic_signature(2), method="search",
             pledge_hash=event.pledge_hash)
    scan_burst(qtbot, attendee.signing, NIP, clock)
    assert attendee.signing.page is Page.WAITING
    assert attendee.self_service.stack.currentIndex() == 1
