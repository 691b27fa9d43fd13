"""USB keyboard-wedge scanners: catch their bursts wherever the focus is, leave people's typing.

A wedge scanner "types" a whole code in a few milliseconds, usually ending with Enter (some
send Tab, some nothing). Installed on the application, `WedgeScanner` holds back printable
keys for a moment: keys that follow each other faster than any person types are a burst and
become one `scanned` signal, and never reach the focused text field; anything slower is handed
to the widget it was meant for, unchanged and in order. A burst without a terminator ends when
the keys stop for `idle_ms`.

Time between keys comes from an injectable clock (milliseconds), so tests can type "fast" or
"slow" without sleeping.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

MAX_GAP_MS = 35.0  # people rarely type two keys closer than this; scanners send 1-20 ms apart
MIN_LENGTH = 6  # shorter bursts are left as typing (a person's quick double key)
IDLE_MS = 80  # a burst without terminator is over when nothing follows for this long
MAX_LENGTH = 4096  # a runaway stream is cut here; the rest of it is dropped
TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_ALTGR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def monotonic_ms() -> float:
    return time.monotonic() * 1000


@dataclass
class _Key:
    target: weakref.ref[QObject]
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


class WedgeScanner(QObject):
    """Application-wide event filter; connect to `scanned` and call `install()`."""

    scanned = Signal(str)  # the code, without its terminator
    burstEnded = Signal(str, str)  # code, how it ended: "enter" | "tab" | "idle"

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = monotonic_ms,
        max_gap_ms: float = MAX_GAP_MS,
        min_length: int = MIN_LENGTH,
        idle_ms: int = IDLE_MS,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.enabled = True
        self._held: list[_Key] = []
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.idle_ms = idle_ms
        self._first_wait_ms = max(1, int(max_gap_ms) + 5)
        self._timer.timeout.connect(self._idle)
        self._installed = False

    # --- public -----------------------------------------------------------------------------

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.flush()

    def set_enabled(self, enabled: bool) -> None:
        if not enabled:
            self.flush()
        self.enabled = enabled

    @property
    def holding(self) -> str:
        """The keys held back right now (tests and diagnostics)."""
        return "".join(k.text for k in self._held)

    def flush(self) -> None:
        """End what is held: a burst becomes a scan, anything else goes to its widget."""
        self._timer.stop()
        if self._is_burst():
            self._emit("idle")
        else:
            self._replay()

    # --- the filter -------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if (self._replaying or not self.enabled or not isinstance(obj, QWidget)
                or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.ShortcutOverride:
            # Qt offers a key to shortcuts before delivering it. Claim the keys this filter
            # decides about, so a one-key shortcut never fires in the middle of a code.
            if self._wants(event):
                event.accept()
                return True
            return False
        # Real keys reach the window first and then the focused widget; only the widget's
        # copy is looked at. A key that a widget ignores travels on to its parents, but by
        # then whatever was held has been handed on, so seeing it again changes nothing.
        return self._key(obj, event)

    def _wants(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if modifiers & _COMMAND_MODIFIERS and (modifiers & _ALTGR) != _ALTGR:
            return False
        if key in TERMINATORS:
            return self._is_burst() and self.clock() - self._held[-1].at <= self.max_gap_ms
        return bool(event.text()) and _is_character(event.text())

    def _key(self, obj: QObject, event: QKeyEvent) -> bool:
        now = self.clock()
        gap = now - self._held[-1].at if self._held else 0.0
        key = event.key()
        text = event.text()
        modifiers = event.modifiers()
        command = bool(modifiers & _COMMAND_MODIFIERS) and (modifiers & _ALTGR) != _ALTGR

        if key in TERMINATORS and not command:
            if self._held and gap <= self.max_gap_ms and self._is_burst():
                self._emit(TERMINATORS[key])
                return True  # the scanner's Enter/Tab is part of the scan, not of the form
            self.flush()
            return False
        if command or not text or not _is_character(text):
            self.flush()  # arrows, Backspace, shortcuts: whatever was held goes first
            return False
        if self._held and gap > self.max_gap_ms:
            self.flush()  # the keys before were typing, or a burst that ended without Enter
        if len(self._held) >= MAX_LENGTH:
            self._timer.start(self.idle_ms)  # a runaway stream: the rest is dropped
            return True
        self._held.append(_Key(weakref.ref(obj), key, modifiers, text, now))
        # One key alone is typing unless another follows at once: hand it on quickly.
        self._timer.start(self._first_wait_ms if len(self._held) == 1 else self.idle_ms)
        return True

    def _is_burst(self) -> bool:
        held = self._held
        if len(held) < self.min_length:
            return False
        return all(b.at - a.at <= self.max_gap_ms for a, b in zip(held, held[1:], strict=False))

    def _idle(self) -> None:
        self.flush()

    def _emit(self, how: str) -> None:
        code = "".join(k.text for k in self._held)
        self._held.clear()
        self._timer.stop()
        self.burstEnded.emit(code, how)
        self.scanned.emit(code)

    def _replay(self) -> None:
        """Give held keys to the widgets they were meant for, as if they had just been typed."""
        held, self._held = self._held, []
        self._timer.stop()
        if not held:
            return
        self._replaying = True
        try:
            for k in held:
                target = k.target()
                if target is None:
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False


def _is_character(text: str) -> bool:
    """Keys that type something: printable characters and the odd control a code may carry
    (GS, RS, EOT in GS1 and ISO 15434 payloads), but not Escape, Backspace or Delete."""
    return all(ch.isprintable() or ch in "\x1d\x1e\x04" for ch in text)
