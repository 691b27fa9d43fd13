"""The attendee's window: waiting between people, then the signing screen.

Two layouts (setting "layout"):
- "dual": the operator works on the laptop; this window is full screen on the second display
  (the tablet) and only signs. Without a second display it opens as an ordinary window.
- "single": one self-service tablet. The attendee scans their own badge here, sees "Is this
  you?", and signs; staff supervise, and leave the kiosk with their PIN.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.store.models import Employee, Event
from ikrar.ui.desk.attendee_card import AttendeeCard, DuplicatePanel
from ikrar.ui.desk.kiosk import KioskGuard
from ikrar.ui.desk.scan_outcome import AgencyKey, Outcome, resolve
from ikrar.ui.desk.signing_screen import Page, SigningScreen
from ikrar.ui.widgets import theme

log = logging.getLogger(__name__)
SELF_SERVICE_RETURN_MS = 10_000  # a card, duplicate or problem nobody answers goes away


class SelfServicePage(QWidget):
    """What the attendee sees after scanning their own badge: themselves, or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_label = QLabel(self.tr("Is this you?"), self)
        font = self.question_label.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.2)
        font.setBold(True)
        self.question_label.setFont(font)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = AttendeeCard(self, scale=1.5)
        self.card.confirm_button.setText(self.tr("Yes, that is me — continue"))
        self.card.cancel_button.setText(self.tr("No, that is not me"))
        self.duplicate = DuplicatePanel(self, scale=1.5)
        self.duplicate.ok_button.setText(self.tr("OK"))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem_label.setFont(font)
        self.problem_label.setStyleSheet(f"color: {theme.PROBLEM_TEXT};")
        self.problem_button = QPushButton(self.tr("OK"), self)
        self.problem_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(self)
        for widget in (self.card, self.duplicate):
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.addStretch(1)
            row.addWidget(widget, 4)
            row.addStretch(1)
            self.stack.addWidget(holder)
        problem = QWidget(self)
        column = QVBoxLayout(problem)
        column.addStretch(1)
        column.addWidget(self.problem_label)
        column.addWidget(self.problem_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.stack.addWidget(problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addSpacing(20)
        layout.addWidget(self.stack, 4)
        layout.addStretch(1)

    def show_card(self) -> None:
        self.question_label.setVisible(True)
        self.stack.setCurrentIndex(0)
        self.card.setFocus()

    def show_duplicate(self) -> None:
        self.question_label.setVisible(False)
        self.stack.setCurrentIndex(1)
        self.duplicate.setFocus()

    def show_problem(self, text: str) -> None:
        self.question_label.setVisible(False)
        self.problem_label.setText(text)
        self.stack.setCurrentIndex(2)


class AttendeeWindow(QWidget):
    """A top-level window; its parent (the main window) owns it without being its transient."""

    signed = Signal(str)  # attendance id, once committed
    finished = Signal()  # back to waiting
    selfServiceOutcome = Signal(object)  # an Outcome of a badge scanned here (single layout)

    def __init__(self, parent: QWidget | None = None, *, layout_mode: str = "dual",
                 operator: str = "") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("attendeeWindow")
        self.setWindowTitle(self.tr("Ikrar — attendee screen"))
        self.operator = operator
        self.current_event: Event | None = None
        self.key = AgencyKey()
        self.signing = SigningScreen(self)
        self.signing.signed.connect(self.signed)
        self.signing.finished.connect(self._signing_finished)
        self.self_service = SelfServicePage(self)
        self.self_service.card.confirmed.connect(self._self_confirmed)
        self.self_service.card.cancelled.connect(self.show_waiting)
        self.self_service.duplicate.dismissed.connect(self.show_waiting)
        self.self_service.problem_button.clicked.connect(self.show_waiting)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.signing)
        self.stack.addWidget(self.self_service)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.return_timer = QTimer(self)
        self.return_timer.setSingleShot(True)
        self.return_timer.setInterval(SELF_SERVICE_RETURN_MS)
        self.return_timer.timeout.connect(self.show_waiting)
        self.kiosk = KioskGuard(self)
        self.layout_mode = ""
        self.set_layout(layout_mode)
        self.resize(1024, 700)

    # --- setup ------------------------------------------------------------------------------

    def set_layout(self, mode: str) -> None:
        self.layout_mode = "single" if mode == "single" else "dual"
        self.kiosk.hold_focus = self.layout_mode == "single"
        # Beside the operator's window the tablet must not take the keyboard (the scanner).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating,
                          self.layout_mode == "dual")
        self.signing.set_waiting_text(
            self.tr("Welcome. Scan the QR code on your badge to begin.")
            if self.layout_mode == "single" else
            self.tr("Welcome. Please wait until the registration desk calls your name."))

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        if self.signing.page is Page.WAITING:
            self.signing.waiting_title_label.setText(event.title if event else "")

    def present(self) -> None:
        """Show the window where its layout wants it: the second display, or this one."""
        screens = QGuiApplication.screens()
        if self.layout_mode == "dual" and len(screens) > 1:
            here = self.parentWidget().screen() if self.parentWidget() else screens[0]
            other = next((s for s in screens if s is not here), screens[-1])
            self.setScreen(other)
            self.move(other.geometry().topLeft())
            self.showFullScreen()
        elif self.layout_mode == "single":
            self.showFullScreen()
        else:
            log.info("no second display: the attendee screen opens as a window")
            self.show()

    def start_kiosk(self) -> bool:
        """Lock the window full screen (PIN to leave); False when no PIN is set to leave by."""
        self.kiosk.full_screen = True
        return self.kiosk.engage()

    # --- signing ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Someone is signing, or (self-service) looking at their card."""
        return self.signing.page is Page.SIGNING or self.stack.currentWidget() is self.self_service

    def start_signing(self, event: Event, employee: Employee, method: str) -> None:
        self.return_timer.stop()
        self.stack.setCurrentWidget(self.signing)
        self.signing.start(event, employee, method, operator=self.operator)
        if not self.isVisible():
            self.present()

    def cancel_signing(self) -> None:
        if self.signing.page is Page.SIGNING:
            self.signing.cancel()

    def show_waiting(self) -> None:
        self.return_timer.stop()
        self.stack.setCurrentWidget(self.signing)
        if self.signing.page is not Page.WAITING:
            self.signing.show_waiting(quiet=True)
        self.set_event(self.current_event)

    def _signing_finished(self) -> None:
        self.set_event(self.current_event)
        if self.layout_mode == "single" and not self.kiosk.engaged:
            self.hide()  # one screen, staff at it: give the desk back
        self.finished.emit()

    # --- self-service -----------------------------------------------------------------------

    def handle_scan(self, text: str, method: str = "badge") -> Outcome:
        """A badge scanned at a self-service tablet (single layout)."""
        if self.signing.page is Page.SIGNING:
            return Outcome("problem", code="busy")  # finish signing first; nothing changes
        outcome = resolve(self.current_event, text, self.key, method)
        page = self.self_service
        self.stack.setCurrentWidget(page)
        if outcome.kind == "duplicate":
            page.duplicate.show_found(outcome.found, self.current_event)
            page.show_duplicate()
        elif outcome.kind == "card" and outcome.found.on_roster:
            page.card.show_found(outcome.found, self.current_event)
            page.show_card()
        elif outcome.kind == "card":
            page.show_problem(self.tr("You are not on this event's roster. Please ask the "
                                      "registration staff."))
        else:
            page.show_problem(outcome.message + "\n\n" + self.tr("Please ask the registration "
                                                                  "staff for help."))
        self.return_timer.start()
        self.selfServiceOutcome.emit(outcome)
        return outcome

    def _self_confirmed(self) -> None:
        card = self.self_service.card
        if card.found is None or self.current_event is None:
            return
        self.start_signing(self.current_event, card.found.employee, card.method)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Owned by the main window, but not its transient: a dialog the operator opens there
        # must not block the attendee's screen, and the window manager must not stack or
        # minimise the two together.
        handle = self.windowHandle()
        if handle is not None and handle.transientParent() is not None:
            handle.setTransientParent(None)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.return_timer.stop()
        super().closeEvent(event)
