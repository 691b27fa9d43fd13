"""Kiosk mode: the attendee's window stays full screen and cannot be left without a PIN.

What Qt can catch is caught: attempts to close the window (the title bar, Alt+F4 where the
window manager asks first), Escape, Ctrl+W, Ctrl+Q, F11, and the window being minimised or
taken out of full screen. Each asks for the operator's or administrator's PIN. Alt+Tab, the
Windows key and Ctrl+Alt+Del belong to the operating system and cannot be stopped from here;
for a locked-down tablet use the system's own kiosk or assigned-access mode as well.

On a touch screen there are no keys to press: staff hold the corner button (`StaffCorner`) for
two seconds, and a large PIN pad opens. A short tap only says to hold it, so an attendee's
stray touch opens nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ikrar.store import roles
from ikrar.ui.desk.pin_dialog import PinDialog
from ikrar.ui.widgets import theme

HOLD_MS = 2_000  # how long staff hold the corner: longer than any tap or swipe of signing
HINT_MS = 2_500
CORNER_PX = 64
CORNER_STYLE = f"""
QPushButton#staffCorner {{ background: {theme.PAPER}; color: {theme.TEXT_SECONDARY};
    border: 2px solid {theme.BORDER_STRONG}; border-radius: 10px; padding: 4px 10px; }}
QPushButton#staffCorner:pressed {{ background: {theme.INFO_BACKGROUND};
    border-color: {theme.ACCENT}; color: {theme.TEXT_STRONG}; }}
"""

# Keys that leave, close or switch away; Escape and the closing ones ask for the PIN.
_ASK = {
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
}
_SWALLOW = {
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier),
    (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Super_R, Qt.KeyboardModifier.NoModifier),
}
_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
              | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
UNLOCK_ROLES = (roles.OPERATOR, roles.ADMIN)


class StaffCorner(QPushButton):
    """A small, always visible button in a corner of the attendee's screen: hold it 2 s."""

    requested = Signal()  # held long enough: ask for the PIN

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setStyleSheet(CORNER_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must never press it
        self.setMinimumSize(CORNER_PX * 2, CORNER_PX)
        self.idle_text = self.tr("Staff")
        self.setText(self.idle_text)
        self.hold_timer = QTimer(self, singleShot=True, interval=HOLD_MS)
        self.hold_timer.timeout.connect(self._held)
        self.hint_timer = QTimer(self, singleShot=True, interval=HINT_MS)
        self.hint_timer.timeout.connect(lambda: self.setText(self.idle_text))
        self.pressed.connect(self._pressed)
        self.released.connect(self._released)

    def _pressed(self) -> None:
        self.hint_timer.stop()
        self.setText(self.tr("Keep holding…"))
        self.hold_timer.start()

    def _released(self) -> None:
        if self.hold_timer.isActive():  # let go too early: say how, open nothing
            self.hold_timer.stop()
            self.setText(self.tr("Staff: hold 2 s"))
            self.hint_timer.start()

    def _held(self) -> None:
        self.setText(self.idle_text)
        self.requested.emit()

    def place(self) -> None:
        """Top right of the parent, above whatever page is showing."""
        parent = self.parentWidget()
        self.adjustSize()
        self.move(parent.width() - self.width() - 12, 12)
        self.raise_()


class KioskGuard(QObject):
    """Locks `window` into full screen; `unlocked(role)` once a right PIN let it go."""

    unlocked = Signal(str)
    attempted = Signal(str)  # what was caught: "close", "key", "state"

    def __init__(self, window: QWidget, *, hold_focus: bool = True,
                 full_screen: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.hold_focus = hold_focus
        self.full_screen = full_screen
        self.engaged = False
        self.pin_dialog: PinDialog | None = None
        self._leaving = False

    @staticmethod
    def can_engage() -> bool:
        """A kiosk needs a PIN to leave it by: the operator's or the administrator's."""
        return any(roles.has_pin(role) for role in UNLOCK_ROLES)

    def engage(self) -> bool:
        if not self.can_engage():
            return False
        self.engaged = True
        self._leaving = False
        self.window.installEventFilter(self)
        QApplication.instance().installEventFilter(self)
        if self.full_screen:
            self.window.showFullScreen()
        else:
            self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return True

    def release(self) -> None:
        """Let go without a PIN (the program does this, e.g. after a right PIN)."""
        self.engaged = False
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.pin_dialog is not None:
            self.pin_dialog.reject()

    # --- catching ---------------------------------------------------------------------------

    def _inside(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and (obj is self.window or self.window.isAncestorOf(obj))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.engaged or self._leaving:
            return False
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.Close:
            event.ignore()
            self.attempted.emit("close")
            self.ask_pin()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and self._inside(obj):
            assert isinstance(event, QKeyEvent)
            combo = (event.key(), event.modifiers() & _MODIFIERS)
            if combo in _ASK or combo in _SWALLOW:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.attempted.emit("key")
                    if combo in _ASK:
                        self.ask_pin()
                return True
        if obj is self.window and kind == QEvent.Type.WindowStateChange:
            state = self.window.windowState()
            if state & Qt.WindowState.WindowMinimized or (
                    self.full_screen and not state & Qt.WindowState.WindowFullScreen):
                self.attempted.emit("state")
                QTimer.singleShot(0, self._restore)
        if (obj is self.window and kind == QEvent.Type.WindowDeactivate and self.hold_focus
                and self.pin_dialog is None):
            QTimer.singleShot(0, self._restore)
        return False

    def _restore(self) -> None:
        if not self.engaged or self._leaving:
            return
        if self.full_screen:
            self.window.showFullScreen()
        else:
            self.window.showNormal()
        if self.hold_focus and self.pin_dialog is None:
            self.window.raise_()
            self.window.activateWindow()

    # --- leaving ----------------------------------------------------------------------------

    def ask_pin(self) -> PinDialog:
        """Show the PIN prompt (once); a right PIN releases the window."""
        if self.pin_dialog is not None:
            self.pin_dialog.raise_()
            return self.pin_dialog
        dialog = PinDialog(UNLOCK_ROLES, self.window, prompt=self.tr(
            "This screen is locked for attendees. Staff: enter the operator or administrator "
            "PIN to leave it."), touch=True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._pin_finished)
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def _pin_finished(self, result: int) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == PinDialog.DialogCode.Accepted and dialog.role is not None:
            self._leaving = True
            self.release()
            if self.full_screen:
                self.window.showNormal()
            self.unlocked.emit(dialog.role)
        else:
            QTimer.singleShot(0, self._restore)
