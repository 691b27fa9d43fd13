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


# --- touch: the staff corner and the PIN pad ----------------------------------------------------

def hold(qtbot, button) -> None:
    """A finger held on `button` until it reacts (two seconds), then lifted."""
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(button.requested, timeout=4000):
        pass
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)


def tap_pin(qtbot, dialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pad.ok_button, Qt.MouseButton.LeftButton)


def test_a_tap_on_the_staff_corner_opens_nothing(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    corner = attendee.corner
    assert corner.isVisible()
    top_right = attendee.mapFromGlobal(corner.mapToGlobal(corner.rect().topRight()))
    assert top_right.y() < 40 and attendee.width() - top_right.x() < 40
    assert corner.width() >= 96 and corner.height() >= 48  # a fingertip's size
    with qtbot.assertNotEmitted(corner.requested):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    assert attendee.kiosk.pin_dialog is None
    assert "hold" in corner.text()


def test_holding_the_corner_opens_a_pin_pad_used_by_touch_only(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    hold(qtbot, attendee.corner)
    dialog = attendee.kiosk.pin_dialog
    assert dialog is not None and dialog.pad is not None and dialog.pad.isVisible()
    assert sorted(dialog.pad.digit_buttons) == list("0123456789")
    for button in [*dialog.pad.digit_buttons.values(), dialog.pad.erase_button,
                   dialog.pad.ok_button]:
        assert button.height() >= 64 and button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(dialog.pad.digit_buttons["9"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pad.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.pin_edit.text() == ""
    tap_pin(qtbot, dialog, "1111")
    assert attendee.kiosk.engaged and "Wrong PIN" in dialog.message_label.text()
    with qtbot.waitSignal(attendee.kiosk.unlocked) as unlocked:
        tap_pin(qtbot, dialog, "2468")
    assert unlocked.args == ["operator"]
    assert not attendee.isVisible()


def test_the_pin_pad_locks_with_the_prompt(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    dialog = attendee.staff_requested()
    for _ in range(roles.FREE_ATTEMPTS):
        tap_pin(qtbot, dialog, "0000")
    assert dialog.locked
    assert not dialog.pad.isEnabled() and not dialog.pad.digit_buttons["2"].isEnabled()


# --- what the attendee sees ---------------------------------------------------------------------

def _visible_texts(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return [w.text() for kind in (QLabel, QAbstractButton) for w in window.findChildren(kind)
            if w.isVisible() and w.text()]


def _contrast(a, b) -> float:
    def luminance(colour) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _text_contrast(page, label) -> float:
    """The label as painted on its page: background against its most different pixel."""
    image = page.grab(label.geometry()).toImage()
    background = image.pixelColor(2, 2)
    most = max((image.pixelColor(x, y) for x in range(0, image.width(), 2)
                for y in range(0, image.height(), 2)),
               key=lambda colour: _contrast(colour, background))
    return _contrast(most, background)


def test_the_welcome_screen_names_the_event_and_says_what_to_do(qtbot, kiosk, event):
    window, attendee, clock, _ = kiosk
    welcome = attendee.welcome
    assert attendee.stack.currentWidget() is welcome
    assert welcome.title_label.text() == "Deklarasi Netralitas ASN"
    assert welcome.agency_label.text() == "Pemerintah Kabupaten Sumedang"
    assert welcome.prompt_label.text() == "Please scan your card"
    page = welcome.grab().toImage()
    assert page.pixelColor(5, 5).name() == "#ffffff"  # paper, not grey
    for label in (welcome.title_label, welcome.agency_label, welcome.prompt_label):
        assert label.isVisible()
        assert _text_contrast(welcome, label) >= 4.5, label.objectName()  # WCAG AA for text


def test_the_welcome_screen_speaks_indonesian(qtbot, qapp, kiosk, tmp_path):
    from ikrar.ui.widgets import i18n

    window, attendee, clock, _ = kiosk
    installed = i18n.install_translator(qapp, "id", cache_dir=tmp_path / "cache")
    try:
        attendee.welcome.set_self_service(True)
        assert attendee.welcome.prompt_label.text() == "Silakan pindai kartu Anda"
        attendee.corner.setText(attendee.corner.tr("Staff"))
        assert attendee.corner.text() == "Petugas"
    finally:
        i18n.remove_translators(qapp, installed)


def test_the_attendee_never_sees_staff_hints(qtbot, kiosk):
    window, attendee, clock, _ = kiosk
    scan_burst(qtbot, attendee.signing, NIP, clock)
    assert attendee.stack.currentWidget() is attendee.self_service
    assert not attendee.self_service.card.hint_label.isVisible()
    texts = " ".join(_visible_texts(attendee))
    assert "Ahmad Fauzi" in texts  # the card is there
    for hint in ("Enter", "Space", "Esc", "confirms"):
        assert hint not in texts, hint


def test_a_badge_during_thank_you_goes_straight_to_the_next_card(qtbot, kiosk, event,
                                                                    make_employee):
    window, attendee, clock, person = kiosk
    siti = make_employee(event, name="Siti Rahmawati", nip="198505152010122002")
    scan_burst(qtbot, attendee.signing, NIP, clock)
    qtbot.mouseClick(attendee.self_service.card.confirm_button, Qt.MouseButton.LeftButton)
    draw_with_mouse(qtbot, attendee.signing.pad)
    qtbot.mouseClick(attendee.signing.confirm_button, Qt.MouseButton.LeftButton)
    assert attendee.signing.page is Page.THANKS
    clock.now += 1000
    scan_burst(qtbot, attendee.signing, siti.nip, clock)  # one scan, during "Terima kasih"
    card = attendee.self_service.card
    assert attendee.stack.currentWidget() is attendee.self_service
    assert card.employee.id == siti.id
    with qtbot.waitSignal(attendee.finished, timeout=5000):
        pass  # the thank-you time ends ...
    assert attendee.stack.currentWidget() is attendee.self_service  # ... and the card stays
    assert attendee.isVisible() and attendee.kiosk.engaged
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    assert attendee.signing.page is Page.SIGNING and attendee.signing.employee.id == siti.id


# --- one tablet, staff at the desk: stopping a signing from the signing screen ------------------

@pytest.fixture
def tablet(make_window, event, make_employee):
    """One tablet, no kiosk: the operator confirms at the desk, the attendee signs full screen."""
    person = make_employee(event, name="Ahmad Fauzi", nip=NIP)
    other = make_employee(event, name="Siti Rahmawati", nip="198505152010122002")
    window = make_window()
    window.set_layout("single")
    window.show_page("station")
    clock = FakeClock()
    window.scanner.clock = clock
    yield window, window.attendee_window, window.station_page, clock, person, other
    window.attendee_window.close()


def start_signing(qtbot, page, attendee, clock, nip: str) -> None:
    with qtbot.waitSignal(page.cardShown):
        scan_burst(qtbot, page.search_edit, nip, clock)
    page.card.confirm()
    qtbot.waitUntil(attendee.isFullScreen)


def test_staff_stop_a_signing_on_the_tablet_with_the_pin(qtbot, tablet, event):
    window, attendee, page, clock, person, other = tablet
    roles.set_pin("operator", "2468")
    earlier = check_in(event, other, synthetic_signature(4), method="badge",
                       pledge_hash=event.pledge_hash)
    start_signing(qtbot, page, attendee, clock, NIP)
    assert attendee.corner.isVisible()  # on the screen the attendee signs on, not behind it
    draw_with_mouse(qtbot, attendee.signing.pad)
    before = written()

    hold(qtbot, attendee.corner)
    dialog = attendee.staff_pin
    assert dialog is not None and dialog.pad is not None
    tap_pin(qtbot, dialog, "1357")  # an attendee guessing: nothing happens
    assert attendee.signing.page is Page.SIGNING and attendee.isVisible()
    with qtbot.waitSignal(attendee.finished):
        tap_pin(qtbot, dialog, "2468")
    assert attendee.signing.page is Page.WAITING
    assert not attendee.isVisible()  # the desk is the operator's again
    assert "nothing was saved" in page.banner.text()
    assert written() == before  # nothing half-written ...
    assert Attendance.get_by_id(earlier.id).employee_id == other.id  # ... nothing discarded


def test_without_any_pin_the_corner_stops_at_once(qtbot, tablet):
    window, attendee, page, clock, person, other = tablet
    start_signing(qtbot, page, attendee, clock, NIP)
    before = written()
    with qtbot.waitSignal(attendee.finished):
        hold(qtbot, attendee.corner)
    assert attendee.staff_pin is None and not attendee.isVisible()
    assert written() == before



def test_the_staff_corner_never_covers_the_attendees_name(qtbot, tablet, event, make_employee):
    from PySide6.QtCore import QRect

    window, attendee, page, clock, person, other = tablet
    long_name = make_employee(event, name="Muhammad Abdurrahman Wahyudiningrat Kusumawardhani",
                              front="Prof. Dr. H.", back="S.H., M.Hum., M.Si.",
                              nip="197001011995031001")
    start_signing(qtbot, page, attendee, clock, long_name.nip)
    corner = attendee.corner.geometry()
    for label in (attendee.signing.name_label, attendee.signing.unit_label):
        inner = label.contentsRect()
        assert not QRect(label.mapTo(attendee, inner.topLeft()), inner.size()).intersects(corner)
