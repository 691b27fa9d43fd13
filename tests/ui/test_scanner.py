"""The wedge scanner: bursts become scans wherever the focus is; people's typing is left alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ikrar.core import badge_code, payloads
from ikrar.store import keystore, settings
from ikrar.ui.admin.first_run import FirstRunWizard
from ikrar.ui.clerk.verify_page import VerifyPage
from ikrar.ui.desk.scanner import MAX_GAP_MS, WedgeScanner

NIP = "199001012015011001"


class FakeClock:
    """Milliseconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scanner(qtbot, clock):
    scanner = WedgeScanner(clock=clock)
    scanner.install()
    yield scanner
    scanner.uninstall()


@pytest.fixture
def form(qtbot):
    window = QWidget()
    field = QLineEdit(window)
    other = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    yield field, other
    window.close()  # the window lives as long as the test (qtbot holds it only weakly)


def type_keys(qtbot, widget, text, clock, gap_ms):
    for ch in text:
        clock.now += gap_ms
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:  # QTest's char overload is Latin-1 only: say the text outright
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def scan(qtbot, widget, text, clock, *, end=Qt.Key.Key_Return, gap_ms=3):
    type_keys(qtbot, widget, text, clock, gap_ms)
    if end is not None:
        clock.now += gap_ms
        qtbot.keyClick(widget, end)


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

BADGE_V1 = "IKB1." + NIP + ".AEBAGBAFAYDQQCIKBMGA2DQPCAIREEYUCULBOGAZDINRYHI6D4QIJDA4TN"
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PRESS, RELEASE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
US_SHIFTED = '~!@#$%^&*()_+{}|:"<>?'


def key_event(kind, key, modifiers=NO_MOD, text="", stamp=0):
    event = QKeyEvent(kind, key, modifiers, text)
    event.setTimestamp(stamp)  # 0: a synthetic event, as QKeyEvent makes it
    return event


def send(widget, kind, key, modifiers=NO_MOD, text="", stamp=0):
    QApplication.sendEvent(widget, key_event(kind, key, modifiers, text, stamp))


class HidScanner:
    """Sends a code as a scanner does, report by report, `report_ms` apart.

    With `stamps`, each event carries the window system's moment (`QKeyEvent.timestamp()`, ms),
    `report_ms` apart from the last, as a real X server stamps a real scanner's keys;
    `stall_after` events in, the app is descheduled: the processing clock jumps `stall_ms`
    while the stamps keep the scanner's rhythm."""

    def __init__(self, clock, *, report_ms=1.0, caps_lock=False, keypad=False, stamps=False,
                 stall_after=None, stall_ms=60.0):
        self.clock = clock
        self.report_ms = report_ms
        self.caps_lock = caps_lock  # the desk's Caps Lock is on; the scanner does not know
        self.keypad = keypad  # digits from the numeric keypad
        self.stamp = 5_000_000 if stamps else None  # the X server's milliseconds
        self.stall_after, self.stall_ms = stall_after, stall_ms
        self.sent = 0

    def event(self, widget, kind, key, modifiers=NO_MOD, text=""):
        self.clock.now += self.report_ms
        if self.sent == self.stall_after:
            self.clock.now += self.stall_ms
        self.sent += 1
        if self.stamp is not None:
            self.stamp += self.report_ms
        send(widget, kind, key, modifiers, text, int(self.stamp or 0))

    def char(self, widget, ch):
        shifted = ch.isupper() or ch in US_SHIFTED
        text = ch.swapcase() if self.caps_lock and ch.isalpha() else ch
        key = Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key.Key_unknown
        modifiers = SHIFT if shifted else NO_MOD
        if self.keypad and ch.isdigit():
            modifiers |= KEYPAD
        if shifted:
            self.event(widget, PRESS, Qt.Key.Key_Shift, SHIFT)
        self.event(widget, PRESS, key, modifiers, text)
        self.event(widget, RELEASE, key, modifiers, text)
        if shifted:
            self.event(widget, RELEASE, Qt.Key.Key_Shift, NO_MOD)

    def control(self, widget, ch):
        """A control character as Ctrl+letter (STX = Ctrl+B, GS = Ctrl+])."""
        key = Qt.Key(ord(ch) + 0x40)
        self.event(widget, PRESS, Qt.Key.Key_Control, CTRL)
        self.event(widget, PRESS, key, CTRL, ch)
        self.event(widget, RELEASE, key, CTRL, ch)
        self.event(widget, RELEASE, Qt.Key.Key_Control, NO_MOD)

    def type(self, widget, text, end=Qt.Key.Key_Return):
        for ch in text:
            if ch < " " and ch not in "\x1d\x1e\x04":
                self.control(widget, ch)
            else:
                self.char(widget, ch)
        if end is not None:
            modifiers = KEYPAD if end == Qt.Key.Key_Enter else NO_MOD
            self.event(widget, PRESS, end, modifiers, "\r" if end != Qt.Key.Key_Tab else "\t")
            self.event(widget, RELEASE, end, modifiers)


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


def human(qtbot, widget, text, clock, gap_ms=120):
    """A person typing: Shift held for capitals, keys well apart."""
    for ch in text:
        clock.now += gap_ms
        if ch.isupper():
            send(widget, PRESS, Qt.Key.Key_Shift, SHIFT)
            clock.now += 60
        key = Qt.Key(ord(ch.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Press, widget, key, ch,
                           SHIFT if ch.isupper() else NO_MOD)
        QTest.sendKeyEvent(QTest.KeyAction.Release, widget, key, ch,
                           SHIFT if ch.isupper() else NO_MOD)
        if ch.isupper():
            clock.now += 40
            send(widget, RELEASE, Qt.Key.Key_Shift)


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


@pytest.fixture
def desk(make_window, event, make_employee):
    person = make_employee(event, name="Ahmad Fauzi", nip=NIP)
    window = make_window()
    desk_clock = FakeClock()
    window.scanner.clock = desk_clock
    window.set_layout("dual")
    window.show_page("station")
    yield window, window.station_page, desk_clock, person
    window.attendee_window.close()


@pytest.fixture
def agency(store):
    return keystore.init_agency_key()


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


@pytest.fixture
def verify_page(qtbot, store):
    page = VerifyPage()
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitExposed(page)
    page.scanner.clock = FakeClock()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


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


# --- the window system's clock: each key event's own stamp ----------------------------------
# A real key event carries the moment the X server (Wayland, Windows) received it. When the
# desk's GUI thread is descheduled mid-burst (a 2-core station printing in worker processes),
# the keys wait in the queue and are processed late; their stamps keep the scanner's rhythm.


def stall_inside(code, *, shifted):
    """HidScanner's event index inside `code`'s burst for the stall: between Shift down and
    the first capital after the NIP (shifted), or just before the press of the middle
    character."""
    events = [4 if ch.isupper() or ch in US_SHIFTED else 2 for ch in code]
    at = next(i for i, ch in enumerate(code) if i > 24 and ch.isupper()) if shifted \
        else len(code) // 2
    return sum(events[:at]) + (1 if shifted else 0)


@pytest.mark.parametrize("sign, keypad", [(payloads.sign_badge, False),
                                          (badge_code.sign_badge, True)],
                         ids=["legacy IKB1 with Shift", "v2 keypad digits"])
def test_a_descheduled_desk_keeps_a_stamped_burst_whole(qtbot, desk, agency, sign, keypad):
    window, page, desk_clock, person = desk
    code = sign(NIP, agency)
    # Inside the burst, 60 ms pass between two keys by the processing clock; the X server
    # stamped them 2 ms apart, as the scanner sent them.
    hid = HidScanner(desk_clock, report_ms=2, keypad=keypad, stamps=True,
                     stall_after=stall_inside(code, shifted=not keypad))
    with qtbot.waitSignal(page.cardShown) as shown:
        hid.type(page.search_edit, code)
    assert shown.args[0].employee.id == person.id
    assert page.outcome is None or page.outcome.kind != "problem"
    assert page.search_edit.text() == ""


def test_verify_page_keeps_a_stamped_burst_whole_through_a_stall(qtbot, verify_page, agency,
                                                                  make_employee):
    page = verify_page
    person = make_employee(name="Budi Santoso")
    page.code_edit.setFocus()
    hid = HidScanner(page.scanner.clock, report_ms=2, keypad=True, stamps=True, stall_after=150)
    with qtbot.waitSignal(page.checked) as got:
        hid.type(page.code_edit, badge_code.sign_badge(person.nip, agency))
    assert got.args[0].valid and got.args[0].details["nip"] == person.nip


def test_a_person_s_keys_stamped_apart_stay_typing_though_processed_at_once(qtbot, scanner,
                                                                             form, clock):
    """The app was busy while someone typed a NIP and Enter; the queue drains at once (the
    processing clock does not move). The stamps, 150 ms apart, say it was typing."""
    field, _ = form
    received, pressed = [], []
    scanner.scanned.connect(received.append)
    field.returnPressed.connect(lambda: pressed.append(field.text()))
    stamp = 7_000_000
    for ch in NIP:
        stamp += 150
        send(field, PRESS, Qt.Key(ord(ch)), NO_MOD, ch, stamp)
        send(field, RELEASE, Qt.Key(ord(ch)), NO_MOD, ch, stamp + 60)
    send(field, PRESS, Qt.Key.Key_Return, NO_MOD, "\r", stamp + 150)
    assert pressed == [NIP]  # every key reached the field, in order, before the person's Enter
    assert received == []
    assert scanner.holding == ""


def test_unstamped_keys_are_timed_when_processed_as_before(qtbot, scanner, form, clock):
    """Synthetic events (timestamp 0): the processing clock decides, as it always did; a
    60 ms stall inside the burst ends it there."""
    field, _ = form
    ended = []
    scanner.burstEnded.connect(lambda code, how: ended.append((code, how)))
    hid = HidScanner(clock, report_ms=2, keypad=True, stall_after=2 * len(NIP))
    hid.type(field, NIP + NIP)
    assert ended == [(NIP, "idle"), (NIP, "enter")]
    # And people's unstamped keys processed 140 ms apart are still typing.
    type_keys(qtbot, field, "Budi", clock, gap_ms=140)
    qtbot.waitUntil(lambda: field.text() == "Budi")
    assert len(ended) == 2


def test_stamps_that_go_backwards_fall_back_to_the_clock(qtbot, scanner, form, clock):
    """The X server's 32-bit milliseconds wrap after 49.7 days: across the wrap the stamps go
    backwards, and the processing clock measures that gap instead."""
    field, _ = form
    received = []
    scanner.scanned.connect(received.append)
    stamp = 2**32 - 2 * 9
    for ch in NIP:
        clock.now += 2
        stamp = (stamp + 2) % 2**32
        send(field, PRESS, Qt.Key(ord(ch)), KEYPAD, ch, stamp)
    clock.now += 2
    send(field, PRESS, Qt.Key.Key_Enter, KEYPAD, "\r", stamp + 2)
    assert received == [NIP]
    assert field.text() == ""


def stamped_keys(text, stamp, *, gap_ms=2):
    """Press and release events for `text`, stamped `gap_ms` apart from `stamp` on."""
    events = []
    for ch in text:
        stamp += gap_ms
        key = Qt.Key(ord(ch.upper()))
        events.append(key_event(PRESS, key, NO_MOD, ch, stamp))
        events.append(key_event(RELEASE, key, NO_MOD, ch, stamp))
    return events, stamp


def first_ten_keys(scanner, form, clock):
    """The first ten keys of a badge, stamped and taken 2 ms apart: (field, bursts ended, the
    whole code, the last stamp)."""
    field, _ = form
    ended = []
    scanner.burstEnded.connect(lambda code, how: ended.append((code, how)))
    code = "IKB1." + NIP + ".ABCDEF"
    first, stamp = stamped_keys(code[:10], 1_000)
    for event in first:
        clock.now += 2
        QApplication.sendEvent(field, event)
    return field, ended, code, stamp


def test_the_idle_timeout_lets_keys_already_queued_through_first(qtbot, scanner, form, clock):
    """The desk was late by 200 ms: its idle timer is overdue and the rest of the burst waits
    in the queue. Which comes first is the event dispatcher's choice; when the timer does, the
    keys waiting are taken before anything is ended."""
    field, ended, code, stamp = first_ten_keys(scanner, form, clock)
    clock.now += 200  # descheduled
    rest, stamp = stamped_keys(code[10:], stamp)
    for event in rest + [key_event(PRESS, Qt.Key.Key_Return, NO_MOD, "\r", stamp + 2)]:
        QCoreApplication.postEvent(field, event)  # queued, not yet processed
    scanner.findChild(QTimer).timeout.emit()  # the overdue timer, before the queued input
    assert ended == [(code, "enter")]
    assert field.text() == ""


def test_a_late_idle_timeout_waits_once_for_keys_still_on_their_way(qtbot, scanner, form,
                                                                     clock):
    field, ended, code, stamp = first_ten_keys(scanner, form, clock)
    clock.now += 200  # the timer fires 120 ms late, and nothing has come in yet
    scanner.findChild(QTimer).timeout.emit()
    assert ended == [] and scanner.holding == code[:10]
    rest, stamp = stamped_keys(code[10:], stamp)  # the keys read in after all
    for event in rest + [key_event(PRESS, Qt.Key.Key_Return, NO_MOD, "\r", stamp + 2)]:
        QApplication.sendEvent(field, event)
    assert ended == [(code, "enter")]
    # When nothing comes, the burst ends after that one short wait.
    first, stamp = stamped_keys(code, stamp + 500)
    for event in first:
        clock.now += 2
        QApplication.sendEvent(field, event)
    clock.now += 200
    with qtbot.waitSignal(scanner.burstEnded, timeout=2000) as idle:
        scanner.findChild(QTimer).timeout.emit()
        assert scanner.holding == code
    assert idle.args == [code, "idle"]
    assert field.text() == ""


# --- a real X server: its stamps, its queue, a desk descheduled mid-burst ------------------

STALLED_DESK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from ikrar.ui.desk.scanner import WedgeScanner

stall_after, stall_ms = int(sys.argv[1]), int(sys.argv[2])
app = QApplication([])
field = QLineEdit()
field.setWindowTitle("wedge-stall")
field.show()
scanner = WedgeScanner(app)
scanner.install()
scanner.burstEnded.connect(lambda code, how: print("burst", how, code, flush=True))
field.textChanged.connect(lambda text: print("field", text, flush=True))


class Stall(QObject):
    # After the n-th character the GUI thread is away (descheduled), outside any event: the
    # idle timer falls due while the X server queues the rest of the burst.
    typed = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and obj is field and event.text():
            self.typed += 1
            print("key", event.timestamp(), flush=True)  # a failure's message shows them
            if self.typed == stall_after:
                QTimer.singleShot(0, lambda: time.sleep(stall_ms / 1000))
        return False


stall = Stall()
app.installEventFilter(stall)  # installed last: it sees each key before the scanner
scanner.burstEnded.connect(lambda code, how: setattr(stall, "typed", 0))  # each badge stalls
print("ready", flush=True)
app.exec()
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                    reason="needs Xvfb and xdotool (apt: xvfb xdotool)")
def test_an_x_server_s_stamps_keep_a_burst_whole_while_the_desk_is_away(tmp_path):
    """xdotool types a badge at 2 ms a key (Shift around capitals) and Enter; 15 characters
    in, the desk's GUI thread stops for 200 ms. The rest waits in the X queue, stamped as it
    was sent; the idle timer falls due meanwhile. The code arrives whole, the field empty."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
    out = tmp_path / "desk.out"
    with open(out, "w") as log:
        desk = subprocess.Popen([sys.executable, "-c", STALLED_DESK, "15", "200"], env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        def xdotool(*args):
            return subprocess.run(["xdotool", *args], env=env, capture_output=True,
                                  text=True).stdout.split()

        deadline = time.monotonic() + 30
        while not (out.read_text().startswith("ready") and xdotool("search", "--name",
                                                                    "wedge-stall")):
            assert time.monotonic() < deadline and desk.poll() is None, out.read_text()
            time.sleep(0.05)  # another process: look again shortly
        xdotool("windowfocus", "--sync", xdotool("search", "--name", "wedge-stall")[0])
        keys = ["period" if ch == "." else f"shift+{ch.lower()}" if ch.isupper() else ch
                for ch in BADGE_V1]
        for _attempt in range(3):
            start = len(out.read_text().splitlines())
            subprocess.run(["xdotool", "key", "--delay", "2", *keys, "Return"], env=env,
                           check=True)
            # Every character and the Enter reached the desk's filter (each prints its stamp).
            while sum(line.startswith("key ") for line in out.read_text().splitlines()[start:]) \
                    < len(BADGE_V1) + 1:
                assert time.monotonic() < deadline and desk.poll() is None, out.read_text()
                time.sleep(0.05)
            time.sleep(0.3)  # an idle burst or keys handed to the field would show by now
            lines = out.read_text().splitlines()[start:]
            stamps = [int(line.split()[1]) for line in lines if line.startswith("key ")]
            if max(b - a for a, b in zip(stamps, stamps[1:], strict=False)) > MAX_GAP_MS:
                continue  # xdotool itself was descheduled: what it typed was no burst; again
            bursts = [line for line in lines if line.startswith("burst")]
            assert bursts == [f"burst enter {BADGE_V1}"], lines
            assert not [line for line in lines if line.startswith("field")], lines
            break
        else:
            pytest.skip("xdotool never typed the badge at a scanner's pace (a loaded machine)")
    finally:
        desk.terminate()
        desk.wait(10)
        server.terminate()
        server.wait(10)
