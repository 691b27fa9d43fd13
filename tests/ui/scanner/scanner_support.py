"""Driving the wedge scanner in tests: a clock the test moves, keys as people and scanners type.

Plain helpers (`type_keys`, `scan`, `human`, `HidScanner`, stamped key events) for the tests in
this folder; their fixtures are in its conftest.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NIP = "199001012015011001"
BADGE_V1 = "IKB1." + NIP + ".AEBAGBAFAYDQQCIKBMGA2DQPCAIREEYUCULBOGAZDINRYHI6D4QIJDA4TN"
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PRESS, RELEASE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
US_SHIFTED = '~!@#$%^&*()_+{}|:"<>?'


class FakeClock:
    """Milliseconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


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


def stamped_keys(text, stamp, *, gap_ms=2):
    """Press and release events for `text`, stamped `gap_ms` apart from `stamp` on."""
    events = []
    for ch in text:
        stamp += gap_ms
        key = Qt.Key(ord(ch.upper()))
        events.append(key_event(PRESS, key, NO_MOD, ch, stamp))
        events.append(key_event(RELEASE, key, NO_MOD, ch, stamp))
    return events, stamp
