"""Asking for a PIN (to sign in as a role, or to leave the kiosk), and setting the PINs.

The dialogs are opened with `open()`, never `exec()`: nothing waits on them, and a test can
fill them in like a person would. On the attendee's touch screen there is no keyboard, so the
PIN prompt there (`touch=True`) carries its own large pad: digits, erase and OK.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import roles
from ikrar.store.roles import LockedOut, PinError
from ikrar.ui.widgets import theme


def role_name(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        roles.OPERATOR: QCoreApplication.translate("PinDialog", "Operator"),
        roles.CLERK: QCoreApplication.translate("PinDialog", "Clerk"),
        roles.ADMIN: QCoreApplication.translate("PinDialog", "Administrator"),
    }[role]


def _pin_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(
        QRegularExpression(f"[0-9]{{0,{roles.PIN_MAX}}}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


PAD_KEY_PX = 76  # a fingertip on a tablet; above the 48 px touch targets guidelines ask for
PAD_STYLE = f"""
QPushButton {{ background: {theme.PAPER}; color: {theme.TEXT}; border: 2px solid
              {theme.BORDER_STRONG}; border-radius: 10px; }}
QPushButton:pressed {{ background: {theme.PRESSED}; }}
QPushButton#pinPadOk {{ background: {theme.ACCENT}; color: {theme.TEXT_ON_DARK};
                       border-color: {theme.ACCENT}; font-weight: bold; }}
QPushButton#pinPadOk:pressed {{ background: {theme.ACCENT_PRESSED}; }}
QPushButton:disabled, QPushButton#pinPadOk:disabled {{ background: {theme.DISABLED};
              color: {theme.TEXT_DISABLED}; border-color: {theme.DISABLED}; }}
"""


class PinPad(QWidget):
    """Digits 0-9, erase and OK as large buttons, for a touch screen without a keyboard."""

    submitted = Signal()

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setStyleSheet(PAD_STYLE)
        self.edit = edit
        font = QFont(self.font())
        font.setPixelSize(round(PAD_KEY_PX * 0.4))
        self.digit_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(10)
        for index, digit in enumerate("1234567890"):
            button = self._key(digit, font)
            button.clicked.connect(lambda _=False, d=digit: self.press(d))
            self.digit_buttons[digit] = button
            row, column = (index // 3, index % 3) if digit != "0" else (3, 1)
            grid.addWidget(button, row, column)
        self.erase_button = self._key(self.tr("Erase"), font)
        self.erase_button.clicked.connect(self.erase)
        self.ok_button = self._key(self.tr("OK"), font)
        self.ok_button.setObjectName("pinPadOk")
        self.ok_button.clicked.connect(self.submitted)
        grid.addWidget(self.erase_button, 3, 0)
        grid.addWidget(self.ok_button, 3, 2)

    def _key(self, text: str, font: QFont) -> QPushButton:
        button = QPushButton(text, self)
        button.setFont(font)
        button.setMinimumSize(PAD_KEY_PX * 3 // 2, PAD_KEY_PX)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the edit keeps the keyboard, if any
        return button

    def press(self, digit: str) -> None:
        if len(self.edit.text()) < roles.PIN_MAX:
            self.edit.insert(digit)

    def erase(self) -> None:
        self.edit.backspace()


class PinDialog(QDialog):
    """Enter the PIN of one of `allowed` roles; `role` holds the one it opened when accepted."""

    def __init__(self, allowed: tuple[str, ...], parent: QWidget | None = None, *,
                 prompt: str = "", choose_role: bool = False, touch: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN"))
        self.setModal(True)
        self.allowed = tuple(r for r in allowed if roles.has_pin(r)) or allowed
        self.role: str | None = None
        self.prompt_label = QLabel(prompt or self.tr("Enter the PIN."), self)
        self.prompt_label.setWordWrap(True)
        self.role_combo = QComboBox(self)
        for role in self.allowed:
            self.role_combo.addItem(role_name(role), role)
        self.role_combo.setVisible(choose_role and len(self.allowed) > 1)
        self.pin_edit = _pin_edit(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("pinMessage")
        self.message_label.setStyleSheet(f"color: {theme.PROBLEM_TEXT};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        self.pad: PinPad | None = None
        if touch:
            self.pad = PinPad(self.pin_edit, self)
            self.pad.submitted.connect(self.try_pin)
            self.ok_button.hide()  # the pad has its own, where the finger already is
            self.ok_button = self.pad.ok_button
            big = QFont(self.font())
            big.setPixelSize(round(PAD_KEY_PX * 0.4))
            for widget in (self.prompt_label, self.pin_edit, self.message_label, self.buttons):
                widget.setFont(big)
            self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setMinimumHeight(
                PAD_KEY_PX * 3 // 4)
        self.unlock_timer = QTimer(self)
        self.unlock_timer.setInterval(1000)
        self.unlock_timer.timeout.connect(self._tick)
        self._locked: LockedOut | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.role_combo)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.message_label)
        if self.pad is not None:
            layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.buttons)
        self.pin_edit.setFocus()
        self._refuse_if_locked()

    def _roles_to_try(self) -> tuple[str, ...]:
        if self.role_combo.isVisible():
            return (self.role_combo.currentData(),)
        return self.allowed

    def try_pin(self) -> None:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        try:
            role = roles.check_any(self._roles_to_try(), pin)
        except LockedOut as exc:
            self._lock(exc)
            return
        except PinError:
            self.message_label.setText(self.tr("No PIN has been set for this yet."))
            return
        if role is None:
            self.message_label.setText(self.tr("Wrong PIN. After several wrong PINs you "
                                               "must wait before trying again."))
            self._refuse_if_locked()
            return
        self.role = role
        self.accept()

    def _refuse_if_locked(self) -> None:
        try:
            # Locked only when every role to try is locked; asks nothing of the PIN.
            untils = [(r, roles.locked_until(r)) for r in self._roles_to_try() if roles.has_pin(r)]
            if untils and all(until is not None for _, until in untils):
                from ikrar.store.fields import utcnow

                role, until = min(untils, key=lambda item: item[1])
                self._lock(LockedOut(role, until, utcnow()))
        except PinError:
            pass

    def _lock(self, exc: LockedOut) -> None:
        self._locked = exc
        self.pin_edit.setEnabled(False)
        self.ok_button.setEnabled(False)
        if self.pad is not None:
            self.pad.setEnabled(False)
        self._show_lock(exc.seconds)
        self.unlock_timer.start()

    def _show_lock(self, seconds: int) -> None:
        self.message_label.setText(self.tr("Too many wrong PINs. Try again in {seconds} "
                                           "seconds.").format(seconds=seconds))

    def _tick(self) -> None:
        from ikrar.store.fields import utcnow

        assert self._locked is not None
        left = int((self._locked.until - utcnow()).total_seconds() + 0.999)
        if left > 0:
            self._show_lock(left)
            return
        self.unlock_timer.stop()
        self._locked = None
        self.pin_edit.setEnabled(True)
        self.ok_button.setEnabled(True)
        if self.pad is not None:
            self.pad.setEnabled(True)
        self.message_label.clear()
        self.pin_edit.setFocus()

    @property
    def locked(self) -> bool:
        return self._locked is not None


class PinSetupDialog(QDialog):
    """The administrator sets (or changes) the PINs of the three roles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Role PINs"))
        self.setModal(True)
        intro = QLabel(self.tr(
            "Each role has its own PIN of {low} to {high} digits. Leave a field empty to keep "
            "the PIN it has. Once any PIN is set, Ikrar asks for one when it starts."
        ).format(low=roles.PIN_MIN, high=roles.PIN_MAX), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for role in roles.ROLES:
            edit = _pin_edit(self)
            edit.setPlaceholderText(self.tr("set") if roles.has_pin(role) else self.tr("not set"))
            self.edits[role] = edit
            form.addRow(role_name(role), edit)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {theme.PROBLEM_TEXT};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        given = {role: edit.text() for role, edit in self.edits.items() if edit.text()}
        for role, pin in given.items():
            try:
                roles.check_pin_form(pin)
            except PinError:
                self.message_label.setText(self.tr("The {role} PIN must have {low} to {high} "
                                                   "digits.").format(
                    role=role_name(role), low=roles.PIN_MIN, high=roles.PIN_MAX))
                return
        for role, pin in given.items():
            roles.set_pin(role, pin)
        self.accept()


class SignInPage(QWidget):
    """Shown when the station has PINs and nobody has signed in yet (or after Lock)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QPushButton

        self.title_label = QLabel(self.tr("Ikrar is locked"), self)
        font = self.title_label.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self.tr("Choose your role and enter its PIN."), self)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for role in roles.ROLES:
            button = QPushButton(role_name(role), self)
            button.setMinimumWidth(260)
            button.setMinimumHeight(44)
            self.buttons[role] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def refresh(self) -> None:
        for role, button in self.buttons.items():
            button.setEnabled(roles.has_pin(role))
