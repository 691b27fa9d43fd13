"""USB keyboard-wedge scanners: catch their bursts wherever the focus is, leave people's typing.

A wedge scanner "types" a whole code in a few milliseconds, usually ending with Enter (some
send Tab, some nothing). Installed on the application, `WedgeScanner` holds back printable
keys for a moment: keys that follow each other faster than any person types are a burst and
become one `scanned` signal, and never reach the focused text field; anything slower is handed
to the widget it was meant for, unchanged and in order. A burst without a terminator ends when
the keys stop for `idle_ms`.

What real scanners send, and how each is taken:

- A capital is Shift down, the key (with Shift), the key up, Shift up; AltGr and Caps Lock are
  keys of their own too. Modifier keys never end a burst and never enter the code; they count
  as activity, so a scanner that spends a USB report on each Shift is not "too slow".
- Caps Lock on and a scanner that does not know it: every letter comes out in the other case
  than its Shift says. When all letters of a burst disagree so, their case is turned back.
- Digits from the numeric keypad (KeypadModifier) are digits; keypad Enter is Enter.
- Control characters a scanner sends as Ctrl+letter (STX before, ETX or CR LF after, GS inside
  GS1 codes) belong to the burst; STX may start one. Right after a burst ended, a
  second terminator of another kind (CR then LF, Tab then Enter) is swallowed too.
- A prefix and suffix an administrator configured on the scanner (`set_affixes`), an AIM
  symbology identifier ("]Q1") and leading/trailing control characters are stripped.
- A person typing while a code comes in: a key that came clearly earlier (or later) than the
  burst's own rhythm is given back to its field instead of being taken into the code.

Time between keys is the window system's: every real key event carries the moment the X
server, the compositor or Windows received it (`QKeyEvent.timestamp()`, milliseconds). That
moment does not move when the app is late, so a desk whose GUI thread was descheduled for a
while (a 2-core station printing in worker processes) still sees a scanner's 2 ms rhythm, and a
person's keys that queued up while it was busy still look like typing. Events without one
(timestamp 0: synthetic events), or whose stamp goes backwards, are timed with an injectable
clock (milliseconds) at the moment they are processed, so tests can type "fast" or "slow"
without sleeping.

A burst without terminator ends after `idle_ms` with no key; but a timer that fires after the
app was late may come before keys that were already waiting in the queue. Before it ends a
burst, the filter lets those keys through (one pass of the event loop) and, when the timer
fired late, waits a moment more for keys still on their way in.
"""

from __future__ import annotations

import re
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

MAX_GAP_MS = 35.0  # people rarely type two keys closer than this; scanners send 1-20 ms apart
MIN_LENGTH = 6  # shorter bursts are left as typing (a person's quick double key)
IDLE_MS = 80  # a burst without terminator is over when nothing follows for this long
MAX_LENGTH = 8192  # a runaway stream is cut here (a QR holds 4 KB and more); the rest is dropped
OUTLIER_FACTOR = 3.0  # a first/last key this many times slower than the burst's slowest ...
OUTLIER_FLOOR_MS = 12.0  # ... and at least this slow was a person's, not the scanner's
TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
_CONTROL_TERMINATORS = {"\r": "enter", "\n": "enter", "\t": "tab"}  # Ctrl+M, Ctrl+J, Ctrl+I
MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Mode_switch,
    Qt.Key.Key_Kana_Lock, Qt.Key.Key_Kana_Shift, Qt.Key.Key_Eisu_Shift,
})
START_CONTROLS = "\x02"  # STX: the prefix a scanner may put before a code (Ctrl+B)
CONTROLS = "".join(chr(c) for c in range(0x20)) + "\x7f"
_AIM_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # "]Q1", "]C0": the symbology identifier
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_ALTGR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)


def monotonic_ms() -> float:
    return time.monotonic() * 1000


class _When(NamedTuple):
    """A key's moment: the clock when it was processed, and the window system's stamp (None
    for synthetic events)."""

    at: float
    stamp: float | None

    def since(self, before: _When) -> float:
        """Milliseconds from `before`: by the stamps when both have one and they go forward,
        else by the processing clock."""
        if self.stamp is not None and before.stamp is not None and self.stamp >= before.stamp:
            return self.stamp - before.stamp
        return self.at - before.at


@dataclass
class _Key:
    target: weakref.ref[QObject]
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: _When
    gap: float  # since the activity before it (a key or a modifier); 0 for the first
    char_gap: float  # since the key before it (modifiers between not counted); 0 for the first


class WedgeScanner(QObject):
    """Application-wide event filter; connect to `scanned` and call `install()`.

    With a `scope`, only keys meant for that widget or its children are looked at (a page or
    dialog of its own, e.g. the verify page); without, every widget's.
    """

    scanned = Signal(str)  # the code, without its terminator, prefix and suffix
    burstEnded = Signal(str, str)  # code, how it ended: "enter" | "tab" | "idle"

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = monotonic_ms,
        max_gap_ms: float = MAX_GAP_MS,
        min_length: int = MIN_LENGTH,
        idle_ms: int = IDLE_MS,
        scope: QWidget | None = None,
        accepts: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.enabled = True
        self.prefix = ""
        self.suffix = ""
        self.scope = scope
        self.accepts = accepts  # a burst it refuses was fast typing: it goes to its field
        self._held: list[_Key] = []
        self._last = _When(0.0, None)  # the newest key or modifier of what is held
        self._ended_at: _When | None = None  # when the last burst ended (its terminator)
        self._ended_by: int | None = None  # the key that ended it
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.idle_ms = idle_ms
        self._first_wait_ms = max(1, int(max_gap_ms) + 5)
        self._timer.timeout.connect(self._idle)
        self._due = 0.0  # when the timer should fire, by the clock
        self._draining = False
        self._waited = False  # a late timer already waited once for keys on their way
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

    def set_affixes(self, prefix: str = "", suffix: str = "") -> None:
        """The prefix and suffix the scanner was configured to add; stripped from each code."""
        self.prefix, self.suffix = prefix or "", suffix or ""

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
            self._replay(self._take())

    def clean(self, code: str) -> str:
        """The code without the configured prefix/suffix, AIM identifier and control edges."""
        code = code.strip(CONTROLS)
        if self.prefix and code.startswith(self.prefix):
            code = code[len(self.prefix):]
        if self.suffix and code.endswith(self.suffix):
            code = code[: -len(self.suffix)]
        code = _AIM_ID.sub("", code.strip(CONTROLS), count=1)
        return code.strip(CONTROLS)

    # --- the filter -------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self._held and isinstance(obj, QWidget):
            self.flush()  # a click ends whatever was typed before it, burst or not
            return False
        if (self._replaying or not self.enabled or kind not in _KEY_EVENTS
                or not isinstance(obj, QWidget) or not self._in_scope(obj)):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in MODIFIER_KEYS:
            # Shift around a capital, AltGr, Caps Lock: part of the rhythm, never of the code.
            if self._held and kind != QEvent.Type.ShortcutOverride:
                self._last = self._when(event)
                self._arm(self._first_wait_ms if len(self._held) == 1 else self.idle_ms)
            return False
        if kind == QEvent.Type.KeyRelease:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Qt offers a key to shortcuts before delivering it. Claim the keys this filter
            # decides about, so a one-key shortcut never fires in the middle of a code.
            if self._wants(event):
                event.accept()
                return True
            self.flush()  # a shortcut may run now: what was typed before it goes first
            return False
        # Real keys reach the window first and then the focused widget; only the widget's
        # copy is looked at. A key that a widget ignores travels on to its parents, but by
        # then whatever was held has been handed on, so seeing it again changes nothing.
        return self._key(obj, event)

    def _in_scope(self, obj: QWidget) -> bool:
        scope = self.scope
        if scope is None:
            return True
        return (obj is scope or scope.isAncestorOf(obj)) and scope.isVisible()

    def _when(self, event: QKeyEvent) -> _When:
        """The event's moment: the window system's stamp (0 on synthetic events: none) and the
        clock now."""
        stamp = event.timestamp()
        return _When(self.clock(), float(stamp) if stamp else None)

    def _arm(self, ms: int) -> None:
        self._due = self.clock() + ms
        self._waited = False
        self._timer.start(ms)

    def _in_burst(self, now: _When) -> bool:
        return bool(self._held) and now.since(self._last) <= self.max_gap_ms

    def _just_ended(self, now: _When) -> bool:
        return self._ended_at is not None and now.since(self._ended_at) <= self.max_gap_ms

    def _classify(self, event: QKeyEvent, now: _When) -> str:
        """"terminator", "char", "swallow" (a second terminator) or "pass" for a key press."""
        key, text, modifiers = event.key(), event.text(), event.modifiers()
        command = bool(modifiers & _COMMAND_MODIFIERS) and (modifiers & _ALTGR) != _ALTGR
        if key in TERMINATORS and not command or (command and text in _CONTROL_TERMINATORS):
            if self._in_burst(now) and self._is_burst():
                return "terminator"
            # The rest of a two-key ending (CR LF, CR Tab, Tab CR). The same key again is a
            # person's: Enter right after a scan confirms the card.
            second = command or key != self._ended_by
            return "swallow" if self._just_ended(now) and second else "pass"
        if not text or not _is_character(text, control=command):
            return "pass"
        if command:
            # A control character typed as Ctrl+letter: inside a burst (GS, ETX) or as a
            # scanner's prefix (STX) it is the scanner's; otherwise it is a shortcut.
            if self._in_burst(now) or (not self._held and text in START_CONTROLS):
                return "char"
            return "swallow" if self._just_ended(now) and text in CONTROLS else "pass"
        return "char"

    def _wants(self, event: QKeyEvent) -> bool:
        return self._classify(event, self._when(event)) != "pass"

    def _key(self, obj: QObject, event: QKeyEvent) -> bool:
        now = self._when(event)
        what = self._classify(event, now)
        if what == "terminator":
            text = event.text()
            how = TERMINATORS.get(event.key()) or _CONTROL_TERMINATORS.get(text, "enter")
            self._last = now
            self._ended_by = event.key()
            # The scanner's Enter/Tab is part of the scan, not of the form (unless the burst
            # was refused as a code here: then it was typing, and its Enter is the person's).
            return self._emit(how)
        if what == "swallow":
            self._ended_at = now  # CR LF, Tab Enter: the rest of the scanner's ending
            return True
        if what == "pass":
            self.flush()  # arrows, Backspace, shortcuts: whatever was held goes first
            return False
        self._ended_at = None
        if self._held and (now.since(self._last) > self.max_gap_ms
                           or self._held[-1].target() is not obj):
            # The keys before were typing, or a burst that ended without Enter; or the focus
            # moved (a scanner types into one widget): either way, what is held is over.
            self.flush()
        if len(self._held) >= MAX_LENGTH:
            self._arm(self.idle_ms)  # a runaway stream: the rest is dropped
            return True
        gap = now.since(self._last) if self._held else 0.0
        char_gap = now.since(self._held[-1].at) if self._held else 0.0
        self._held.append(_Key(weakref.ref(obj), event.key(), event.modifiers(), event.text(),
                               now, gap, char_gap))
        self._last = now
        # One key alone is typing unless another follows at once: hand it on quickly.
        self._arm(self._first_wait_ms if len(self._held) == 1 else self.idle_ms)
        return True

    def _is_burst(self) -> bool:
        held = self._held
        if len(held) < self.min_length:
            return False
        return all(k.gap <= self.max_gap_ms for k in held[1:])

    def _idle(self) -> None:
        """The keys stopped, by the timer. But a timer that fired late (the app was descheduled
        or busy) may come before keys the window system queued meanwhile: let those through
        first (they restart the timer, or end the burst themselves, by their own stamps)."""
        if self._draining:  # the queue is being drained already: look again after it
            self._timer.start(self.idle_ms)
            return
        late = self.clock() - self._due
        self._draining = True
        try:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        finally:
            self._draining = False
        if self._timer.isActive() or not self._held:
            return  # keys were waiting (they set the timer again), or a click ended what was held
        if late > self.max_gap_ms and not self._waited:
            # Very late: keys sent meanwhile may still be on their way in (read by another
            # thread, not queued yet). Wait for them once more, briefly.
            self._waited = True
            self._due = self.clock() + self._first_wait_ms
            self._timer.start(self._first_wait_ms)
            return
        self.flush()

    def _take(self) -> list[_Key]:
        held, self._held = self._held, []
        self._timer.stop()
        return held

    def _emit(self, how: str) -> bool:
        held = self._take()
        before, held, after = _split_strays(held, self.min_length, trailing=how == "idle")
        self._replay(before)  # a person's key just before the burst: it goes to its field
        code = self.clean(_unswap_caps_lock(held))
        if self.accepts is not None and not self.accepts(code):
            self._replay(held + after)
            return False
        self._ended_at = self._last
        if how == "idle":
            self._ended_by = None
        self.burstEnded.emit(code, how)
        self.scanned.emit(code)
        self._replay(after)
        return True

    def _replay(self, held: list[_Key]) -> None:
        """Give held keys to the widgets they were meant for, as if they had just been typed."""
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


def _is_character(text: str, *, control: bool = False) -> bool:
    """Keys that type something: printable characters and the odd control a code may carry
    (GS, RS, EOT in GS1 and ISO 15434 payloads), but not Escape, Backspace or Delete.
    With `control` (Ctrl held), the control characters Ctrl+letter types."""
    if control:
        return all(ch in CONTROLS and ch not in "\x1b\x08\x7f" for ch in text)
    return all(ch.isprintable() or ch in "\x1d\x1e\x04" for ch in text)


def _split_strays(held: list[_Key], min_length: int, *,
                  trailing: bool) -> tuple[list[_Key], list[_Key], list[_Key]]:
    """(a person's key before, the burst, a person's key after): a first or last key that came
    much slower than every key between them was typed by hand while the scanner sent. A key
    after is looked for only in a burst without terminator (the scanner's Enter comes last).
    Gaps here are between keys, Shift and the like not counted: a scanner's Shift right after
    a person's key must not hide how long before it that key came."""
    if len(held) <= max(min_length, 3):
        return [], held, []

    def stray(gap: float, rest: list[_Key]) -> bool:
        slowest = max(k.char_gap for k in rest)
        return gap >= OUTLIER_FLOOR_MS and gap > OUTLIER_FACTOR * max(slowest, 1.0)

    before, after = [], []
    if stray(held[1].char_gap, held[2:]):
        before, held = held[:1], held[1:]
    if trailing and len(held) > max(min_length, 3) and stray(held[-1].char_gap, held[1:-1]):
        held, after = held[:-1], held[-1:]
    return before, held, after


def _unswap_caps_lock(held: list[_Key]) -> str:
    """The burst's text, letters turned back when Caps Lock swapped every one of them.

    A scanner presses Shift for capitals only; with Caps Lock on, Shift+A types "a" and A
    types "A". Only Caps Lock makes Shift type a small letter: when some letter did, and every
    letter disagrees with its Shift so, the case is turned back. (Capitals without Shift alone
    are left: a scanner set to "Caps Lock on" mode sends them so, rightly.)
    """
    shift = Qt.KeyboardModifier.ShiftModifier
    letters = [(k.text.isupper(), bool(k.modifiers & shift)) for k in held
               if len(k.text) == 1 and k.text.lower() != k.text.upper()]
    swapped = (any(shifted and not upper for upper, shifted in letters)
               and all(upper != shifted for upper, shifted in letters))
    return "".join(k.text.swapcase() if swapped and len(k.text) == 1 else k.text for k in held)
