"""The wedge scanner: bursts become scans wherever the focus is; people's typing is left alone.

Bursts typed through QTest, what real scanners send (Shift, Caps Lock, keypad, AltGr, control
characters, affixes), people typing around a scan, and the scanners of the desk, the verify page
and the first-run wizard. Timing by the key events' own stamps (the window system's clock) and a
real X server: test_scanner_stamps.py. Helpers: scanner_support.py; fixtures: conftest.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget
from scanner_support import (
    BADGE_V1,
    NIP,
    NO_MOD,
    PRESS,
    RELEASE,
    SHIFT,
    FakeClock,
    HidScanner,
    human,
    scan,
    send,
    type_keys,
)

from ikrar.core import badge_code, payloads
from ikrar.store import settings
from ikrar.ui.admin.first_run import FirstRunWizard
from ikrar.ui.desk.scanner import WedgeScanner


@pytest.mark.parametrize("end, how", [(Qt.Key.Key_Return, "enter"), (Qt.Key.Key_Enter, "enter"),
                                      (Qt.Key.Key_Tab, "tab")])
def test_a_burst_typed_into_a_text_field_is_captured_and_the_field_untouched(
    qtbot, scanner, form, clock, end, how
):
    field, other = form
    field.setText("Budi")
    with qtbot.waitSignal(scanner.burstEnded) as ended:
        scan(qtbot, field, NIP, clock, end=end)
    assert ended.args == [NIP, how]
    assert field.text() == "Budi"
    assert field.hasFocus()  # the scanner's Tab did not move the focus either
    assert other.text() == ""


def test_a_burst_without_terminator_ends_when_the_keys_stop(qtbot, scanner, form, clock):
    field, _ = form
    with qtbot.waitSignal(scanner.burstEnded, timeout=2000) as ended:
        scan(qtbot, field, NIP, clock, end=None)
    assert ended.args == [NIP, "idle"]
    assert field.text() == ""


def test_the_same_characters_at_human_speed_stay_in_the_field(qtbot, scanner, form, clock):
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    type_keys(qtbot, field, NIP, clock, gap_ms=140)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # hands on whatever is held, in order
    assert field.text() == NIP[:-1]
    type_keys(qtbot, field, "1", clock, gap_ms=140)
    qtbot.waitUntil(lambda: field.text() == NIP)
    clock.now += 140
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert received == []
    assert scanner.holding == ""


def test_a_person_typing_a_name_keeps_shift_and_order(qtbot, scanner, form, clock):
    field, _ = form
    type_keys(qtbot, field, "Dr. Ahmad", clock, gap_ms=90)
    qtbot.waitUntil(lambda: field.text() == "Dr. Ahmad")


def test_a_short_fast_pair_is_typing_not_a_scan(qtbot, scanner, form, clock):
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    type_keys(qtbot, field, "ab", clock, gap_ms=5)  # two keys rolled together
    qtbot.waitUntil(lambda: field.text() == "ab")
    clock.now += 5
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert received == []


def test_two_codes_back_to_back(qtbot, scanner, form, clock):
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    scan(qtbot, field, NIP, clock)
    scan(qtbot, field, "IKB1." + NIP + ".ABCDEF", clock)
    assert received == [NIP, "IKB1." + NIP + ".ABCDEF"]
    assert field.text() == ""


def test_a_partial_burst_then_a_person(qtbot, scanner, form, clock):
    """A scanner that stops after a few characters: too short for a code, so it is typing."""
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    type_keys(qtbot, field, "199", clock, gap_ms=3)
    clock.now += 500
    qtbot.keyClick(field, "x")
    qtbot.waitUntil(lambda: field.text() == "199x")
    assert received == []


def test_a_long_qr_and_non_ascii_characters_arrive_whole(qtbot, scanner, form, clock):
    field, _ = form
    long_code = ("Ωé漢" + "ABCDEFGHIJ" * 200)[:2000]
    with qtbot.waitSignal(scanner.scanned) as got:
        scan(qtbot, field, long_code, clock, gap_ms=1)
    assert got.args == [long_code]
    assert field.text() == ""


def test_shortcuts_still_work_and_flush_what_was_typed(qtbot, scanner, form, clock):
    field, _ = form
    window = field.window()
    fired = []
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.triggered.connect(lambda: fired.append(field.text()))
    window.addAction(action)
    type_keys(qtbot, field, "ab", clock, gap_ms=150)
    clock.now += 150
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "ab"
    assert fired  # the shortcut ran


def test_a_disabled_scanner_lets_everything_through(qtbot, scanner, form, clock):
    field, _ = form
    scanner.set_enabled(False)
    scan(qtbot, field, NIP, clock, end=None)
    assert field.text() == NIP


def test_a_burst_for_a_widget_that_was_deleted_is_still_a_scan(qtbot, scanner, clock):
    temporary = QLineEdit()
    temporary.show()
    qtbot.waitExposed(temporary)
    with qtbot.waitSignal(scanner.scanned) as got:
        type_keys(qtbot, temporary, NIP, clock, gap_ms=2)
        temporary.deleteLater()
        clock.now += 2
        scanner.flush()
    assert got.args == [NIP]


# --- what real scanners send ----------------------------------------------------------------
# A USB HID scanner in US-keyboard mode sends one HID report per change: Shift down, the key
# (with Shift held), the key up, Shift up. Each event below is its own QKeyEvent, and the clock
# moves between them as a scanner's reports do.


@pytest.mark.parametrize("report_ms", [0.5, 2.0, 8.0])
@pytest.mark.parametrize("end, how", [(Qt.Key.Key_Return, "enter"), (Qt.Key.Key_Tab, "tab"),
                                      (None, "idle")])
def test_capitals_with_shift_presses_arrive_whole(qtbot, scanner, form, clock, report_ms,
                                                   end, how):
    field, other = form
    field.setText("Sit")
    with qtbot.waitSignal(scanner.burstEnded, timeout=2000) as ended:
        HidScanner(clock, report_ms=report_ms).type(field, BADGE_V1, end)
    assert ended.args == [BADGE_V1, how]
    assert field.text() == "Sit" and other.text() == ""
    assert field.hasFocus()
    assert scanner.holding == ""


def test_qtest_key_clicks_with_shift_arrive_whole(qtbot, scanner, form, clock):
    """QTest's own clicks: Shift pressed and released around each capital, shortcuts offered."""
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    for ch in BADGE_V1:
        clock.now += 2
        qtbot.keyClick(field, ch, SHIFT if ch.isupper() else NO_MOD)
    clock.now += 2
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert received == [BADGE_V1]
    assert field.text() == ""


def test_caps_lock_on_swaps_the_case_back(qtbot, scanner, form, clock):
    field, _ = form
    clock.now += 500  # Caps Lock was switched on a while ago, by hand
    send(field, PRESS, Qt.Key.Key_CapsLock)
    send(field, RELEASE, Qt.Key.Key_CapsLock)
    clock.now += 500
    mixed = "Ikrar-Badge/" + BADGE_V1 + "/xyz"
    with qtbot.waitSignal(scanner.scanned) as got:
        HidScanner(clock, report_ms=1, caps_lock=True).type(field, mixed)
    assert got.args == [mixed]
    assert field.text() == ""


def test_capitals_sent_without_shift_are_kept(qtbot, scanner, form, clock):
    """A scanner set to "Caps Lock on" mode sends capitals as plain keys: nothing to undo."""
    field, _ = form
    with qtbot.waitSignal(scanner.scanned) as got:
        scan(qtbot, field, "ABCdef123", clock)  # no Shift at all
    assert got.args == ["ABCdef123"]


def test_keypad_digits_and_keypad_enter(qtbot, scanner, form, clock):
    field, _ = form
    with qtbot.waitSignal(scanner.burstEnded) as ended:
        HidScanner(clock, keypad=True).type(field, NIP, end=Qt.Key.Key_Enter)
    assert ended.args == [NIP, "enter"]
    assert field.text() == ""


def test_altgr_characters_stay_in_the_burst(qtbot, scanner, form, clock):
    """A German-layout scanner types @ as AltGr+Q: AltGr down, @ (Ctrl+Alt on Windows), up."""
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    for ch in "ikrar@bkpsdm{7}":
        clock.now += 1
        if ch in "@{}":
            send(field, PRESS, Qt.Key.Key_AltGr, altgr)
            clock.now += 1
            send(field, PRESS, Qt.Key.Key_Q, altgr, ch)
            send(field, RELEASE, Qt.Key.Key_Q, altgr, ch)
            clock.now += 1
            send(field, RELEASE, Qt.Key.Key_AltGr)
        else:
            send(field, PRESS, Qt.Key(ord(ch.upper())), NO_MOD, ch)
    clock.now += 1
    send(field, PRESS, Qt.Key.Key_Return, NO_MOD, "\r")
    assert received == ["ikrar@bkpsdm{7}"]
    assert field.text() == ""


def test_configured_prefix_and_suffix_are_stripped(qtbot, scanner, form, clock):
    field, _ = form
    scanner.set_affixes("#BKP#", "$")
    with qtbot.waitSignal(scanner.scanned) as got:
        HidScanner(clock).type(field, "#BKP#" + BADGE_V1 + "$")
    assert got.args == [BADGE_V1]
    with qtbot.waitSignal(scanner.scanned) as got:  # a scan without them is taken as it is
        HidScanner(clock).type(field, NIP)
    assert got.args == [NIP]
    assert field.text() == ""


def test_control_prefix_suffix_aim_id_and_cr_lf(qtbot, scanner, form, clock):
    """STX ]Q1 <code with a GS> ETX, then CR LF: the code and its GS, nothing in the field."""
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    hid = HidScanner(clock)
    hid.type(field, "\x02]Q1" + "0104912345\x1d10ABC" + "\x03", end=Qt.Key.Key_Return)
    hid.control(field, "\n")  # the LF after the CR
    assert received == ["0104912345\x1d10ABC"]
    assert field.text() == ""
    clock.now += 400  # a person's Ctrl+J much later is theirs again
    qtbot.keyClick(field, "x")
    qtbot.waitUntil(lambda: field.text() == "x")


def test_a_4_kb_code_with_capitals_arrives_whole(qtbot, scanner, form, clock):
    field, _ = form
    code = ("Ikrar-" + "AbCdEfGh19" * 500)[:4096]
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as got:
        HidScanner(clock, report_ms=0.25).type(field, code)
    assert got.args == [code]
    assert field.text() == ""


def test_a_person_typing_with_shift_keeps_every_key(qtbot, scanner, form, clock):
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    human(qtbot, field, "Dr. Ahmad SH", clock)
    qtbot.waitUntil(lambda: field.text() == "Dr. Ahmad SH")
    assert received == []


def test_a_person_typing_while_a_code_comes_in(qtbot, scanner, form, clock):
    """Slow keys before, one key just before the burst, slow keys after: all in the field."""
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    human(qtbot, field, "Bu", clock)
    clock.now += 120
    qtbot.keyClick(field, "d")  # typed 15 ms before the scanner's first report
    clock.now += 15
    HidScanner(clock, report_ms=1).type(field, BADGE_V1)
    human(qtbot, field, "i", clock, gap_ms=150)
    qtbot.waitUntil(lambda: field.text() == "Budi")
    assert received == [BADGE_V1]


def test_a_person_key_right_after_a_burst_without_terminator(qtbot, scanner, form, clock):
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    HidScanner(clock, report_ms=1).type(field, BADGE_V1, end=None)
    clock.now += 20  # a person's key; the scanner never waits this long between reports
    qtbot.keyClick(field, "x")
    qtbot.waitUntil(lambda: received != [])
    assert received == [BADGE_V1]
    qtbot.waitUntil(lambda: field.text() == "x")


def test_a_scoped_scanner_listens_only_to_its_widget(qtbot, clock, form):
    field, other = form
    window = QWidget()
    mine = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    scoped = WedgeScanner(clock=clock, scope=window)
    scoped.install()
    try:
        received = []
        scoped.scanned.connect(received.append)
        HidScanner(clock).type(field, NIP, end=None)  # another window's field: plain typing
        assert field.text() == NIP
        HidScanner(clock).type(mine, BADGE_V1)
        assert received == [BADGE_V1] and mine.text() == ""
    finally:
        scoped.uninstall()
        window.close()


# --- at the desk: the main window's scanner, real badges -----------------------------------


@pytest.mark.parametrize("sign", [badge_code.sign_badge, payloads.sign_badge],
                         ids=["v2 digits", "legacy IKB1"])
@pytest.mark.parametrize("caps_lock", [False, True], ids=["", "caps lock"])
def test_a_badge_typed_with_shift_shows_the_card(qtbot, desk, agency, sign, caps_lock):
    window, page, desk_clock, person = desk
    with qtbot.waitSignal(page.cardShown) as shown:
        HidScanner(desk_clock, caps_lock=caps_lock).type(page.search_edit,
                                                          sign(NIP, agency))
    assert shown.args[0].employee.id == person.id
    assert page.search_edit.text() == ""


def test_a_v2_certificate_at_the_desk_is_not_a_badge(qtbot, desk, agency):
    window, page, desk_clock, _ = desk
    with qtbot.waitSignal(page.outcomeShown) as shown:
        HidScanner(desk_clock).type(page.search_edit,
                                    "https://bkpsdm.example.go.id/ikrar/#92" + "4" * 300)
    assert (shown.args[0].kind, shown.args[0].code) == ("problem", "certificate")
    assert page.search_edit.text() == ""


def test_a_two_key_ending_is_swallowed_but_a_person_s_enter_is_not(qtbot, scanner, form, clock):
    """Tab then Enter from the scanner: neither reaches the form. Enter again later (or at
    once, as a test's fast clock has it) is the operator's and goes through."""
    field, _ = form
    pressed = []
    field.returnPressed.connect(lambda: pressed.append(field.text()))
    hid = HidScanner(clock)
    with qtbot.waitSignal(scanner.burstEnded) as ended:
        hid.type(field, BADGE_V1, end=Qt.Key.Key_Tab)
    hid.event(field, PRESS, Qt.Key.Key_Return, NO_MOD, "\r")
    assert ended.args == [BADGE_V1, "tab"]
    assert pressed == [] and field.hasFocus()
    with qtbot.waitSignal(scanner.burstEnded):
        hid.type(field, NIP, end=Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the same key again: the operator confirming
    assert pressed == [""]


def test_the_prefix_and_suffix_set_in_settings_are_stripped_at_the_desk(qtbot, desk):
    window, page, desk_clock, person = desk
    dialog = window.open_settings()
    dialog.scanner_prefix_edit.setText("<<")
    dialog.scanner_suffix_edit.setText(">>")
    dialog.accept()
    assert settings.get("scanner_prefix") == "<<"
    with qtbot.waitSignal(page.cardShown) as shown:
        HidScanner(desk_clock).type(page.search_edit, "<<" + NIP + ">>")
    assert shown.args[0].employee.id == person.id


# --- the verify page and the first-run wizard: their own scoped scanners --------------------


def test_verify_page_checks_a_burst_whole_wherever_the_focus_is(qtbot, verify_page, agency,
                                                                make_employee):
    page = verify_page
    person = make_employee(name="Budi Santoso")
    hid = HidScanner(page.scanner.clock)
    page.code_edit.setFocus()
    human(qtbot, page.code_edit, "Ab", page.scanner.clock)  # someone began to type a code
    qtbot.waitUntil(lambda: page.code_edit.text() == "Ab")
    page.scanner.clock.now += 200
    with qtbot.waitSignal(page.checked) as got:
        hid.type(page.code_edit, payloads.sign_badge(person.nip, agency))
    assert got.args[0].valid and got.args[0].details["nip"] == person.nip
    page.open_button.setFocus()  # after a click on a button: the scanner's Enter must not press it
    with qtbot.waitSignal(page.checked) as got:
        hid.type(page.open_button, badge_code.sign_badge(person.nip, agency))
    assert got.args[0].valid and got.args[0].details["nip"] == person.nip
    assert page.code_edit.text() == ""


def test_first_run_wizard_takes_an_enrolment_qr_whole(qtbot, store):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.scanner.clock = FakeClock()
    code = "ikrar:MFRG-GZDF-MZTW-Q2LK@" + "3f9a0c1be27d4405a9f1c0de5b7e9a21" * 2
    wizard.join_button.click()
    wizard.url_edit.setFocus()
    human(qtbot, wizard.url_edit, "http", wizard.scanner.clock)
    wizard.scanner.clock.now += 200
    with qtbot.waitSignal(wizard.scanner.scanned):
        HidScanner(wizard.scanner.clock).type(wizard.url_edit, code)
    assert wizard.code_edit.text() == code
    qtbot.waitUntil(lambda: wizard.url_edit.text() == "http")  # the person's typing stays
    assert wizard.isVisible() and wizard.choice is None  # its Enter pressed nothing
    wizard.close()
