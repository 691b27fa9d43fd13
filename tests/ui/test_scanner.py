"""The wedge scanner: bursts become scans wherever the focus is; people's typing is left alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ikrar.ui.desk.scanner import WedgeScanner

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
