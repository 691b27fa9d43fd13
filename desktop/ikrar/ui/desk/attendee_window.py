"""The attendee's window: a welcome between people, then the signing screen.

Two layouts (setting "layout"):
- "dual": the operator works on the laptop; this window is full screen on the second display
  (the tablet) and only signs. It follows screens plugged in and out; with only one screen
  the desk falls back to the single layout below and says so (`notice`), rather than cover
  the operator's window (`ikrar.ui.desk.placement` decides where it goes).
- "single": one tablet. The window comes up full screen for signing and gives the screen back
  after; in kiosk mode the attendee scans their own badge here, sees "Is this you?", and signs.
  A "Staff" button in the corner, held two seconds, asks for a PIN and then stops a signing
  (nothing is written) or leaves the kiosk.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import settings
from ikrar.store.models import Employee, Event
from ikrar.ui.desk.attendee_card import AttendeeCard, DuplicatePanel
from ikrar.ui.desk.kiosk import UNLOCK_ROLES, KioskGuard, StaffCorner
from ikrar.ui.desk.pin_dialog import PinDialog
from ikrar.ui.desk.placement import Placement, operator_screen, plan
from ikrar.ui.desk.scan_outcome import AgencyKey, Outcome, resolve
from ikrar.ui.desk.signing_screen import Page, SigningScreen
from ikrar.ui.desk.welcome_page import WelcomePage
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
        self.card.hint_label.hide()  # keys to press are for staff; the attendee taps
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
    noticeChanged = Signal(str)  # what the operator should know about the screens ("" = nothing)

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
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.signing)
        self.stack.addWidget(self.self_service)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.return_timer = QTimer(self)
        self.return_timer.setSingleShot(True)
        self.return_timer.setInterval(SELF_SERVICE_RETURN_MS)
        self.return_timer.timeout.connect(self.show_waiting)
        self.kiosk = KioskGuard(self)
        self.corner = StaffCorner(self)
        self.corner.requested.connect(self.staff_requested)
        self.staff_pin: PinDialog | None = None
        self.placement = Placement("single", 0)
        self.notice = ""
        self._screens: list[QScreen] = []
        self._wanted = False  # the desk wants this window on the second screen when there is one
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self.layout_mode = ""
        self.set_layout(layout_mode)
        self.resize(1024, 700)

    # --- setup ------------------------------------------------------------------------------

    def set_layout(self, mode: str) -> None:
        """The layout asked for; `placement.layout` is the one in effect on these screens."""
        self.layout_mode = "single" if mode == "single" else "dual"
        self.update_placement()

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.welcome.show_event(event)
        if self.signing.page is Page.WAITING:
            self.signing.waiting_title_label.setText(event.title if event else "")

    # --- screens ----------------------------------------------------------------------------

    def update_placement(self, exclude: QScreen | None = None) -> Placement:
        """Decide again where this window goes, from the screens there are now."""
        screens = [s for s in QGuiApplication.screens() if s is not exclude]
        rects = [(g.x(), g.y(), g.width(), g.height()) for g in (s.geometry() for s in screens)]
        parent = self.parentWidget()
        operator = 0
        if parent is not None and parent.screen() in screens:
            operator = screens.index(parent.screen())
        elif parent is not None:
            centre = parent.frameGeometry().center()
            operator = operator_screen(rects, (centre.x(), centre.y()))
        self.placement = plan(self.layout_mode, rects, operator)
        self._screens = screens
        single = self.placement.layout == "single"
        self.kiosk.hold_focus = single
        # Beside the operator's window the tablet must not take the keyboard (the scanner).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not single)
        self.welcome.set_self_service(single)
        self.signing.set_waiting_text(
            self.tr("Welcome. Scan the QR code on your badge to begin.") if single else
            self.tr("Welcome. Please wait until the registration desk calls your name."))
        self.corner.setVisible(single)
        self.corner.place()
        # The corner sits over the top right of the signing page: long names wrap before it.
        reserve = max(self.corner.width(), self.corner.sizeHint().width()) + 12 if single else 0
        for label in (self.signing.name_label, self.signing.nip_label, self.signing.unit_label):
            label.setContentsMargins(0, 0, reserve, 0)
        notice = self.tr(
            "Only one screen is connected: the attendee screen opens on this screen while "
            "someone signs, and gives it back after (one-tablet layout). Connect a second "
            "screen to use it for attendees.") if self.placement.fallback else ""
        if notice != self.notice:
            self.notice = notice
            if notice:
                log.info("no second screen: the one-tablet layout is in effect")
            self.noticeChanged.emit(notice)
        return self.placement

    def target_screen(self) -> QScreen | None:
        return self._screens[self.placement.screen] if self._screens else None

    def _full_screen_on(self, screen: QScreen | None) -> None:
        if screen is not None and self.screen() is not screen:
            if self.isFullScreen():
                self.showNormal()  # a full-screen window moves only once it is normal again
            self.setScreen(screen)
        if screen is not None:
            # Without a window manager (a bare kiosk X session) nobody else sizes the window.
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def present(self) -> None:
        """Show the window where its layout wants it (the operator asked for it)."""
        self._wanted = True
        placement = self.update_placement()
        if placement.fallback:
            self.show()  # asked for by hand with one screen: an ordinary window
        else:
            self._full_screen_on(self.target_screen())

    def place(self) -> None:
        """The desk opened: on its own screen if there is one; never over the operator's."""
        self._wanted = True
        placement = self.update_placement()
        if placement.layout == "dual":
            self._full_screen_on(self.target_screen())
        elif not self.busy and not self.kiosk.engaged:
            self.hide()

    def _screen_added(self, _screen: QScreen) -> None:
        self._follow_screens()

    def _screen_removed(self, screen: QScreen) -> None:
        self._follow_screens(exclude=screen)

    def _follow_screens(self, exclude: QScreen | None = None) -> None:
        placement = self.update_placement(exclude)
        if self.kiosk.engaged:
            return  # the kiosk holds itself full screen wherever the system put it
        if placement.layout == "dual":
            if self._wanted or self.isVisible():
                self._full_screen_on(self.target_screen())
        elif self.isVisible() and (self.busy or self.signing.page is Page.THANKS
                                   or not placement.fallback):
            self._full_screen_on(self.target_screen())  # one tablet now: stay, in reach of staff
        else:
            self.hide()

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
        self.signing.thanks_timer.setInterval(int(settings.get("thanks_ms")))
        self.stack.setCurrentWidget(self.signing)
        # On its screen first: the pledge is fitted to the room it has when the signing starts
        # (a window that grows after would keep confirm off until the next event loop pass).
        placement = self.update_placement()
        if placement.layout == "single" or not self.isVisible():
            self._full_screen_on(self.target_screen())
        self.signing.start(event, employee, method, operator=self.operator)

    def cancel_signing(self) -> None:
        if self.signing.page is Page.SIGNING:
            self.signing.cancel()

    def show_waiting(self) -> None:
        self.return_timer.stop()
        self.stack.setCurrentWidget(self.welcome)
        if self.signing.page is not Page.WAITING:
            self.signing.show_waiting(quiet=True)
        self.set_event(self.current_event)

    def _signing_finished(self) -> None:
        # A badge scanned during "Terima kasih" already shows its card: keep it.
        if self.stack.currentWidget() is self.signing:
            self.stack.setCurrentWidget(self.welcome)
        self.set_event(self.current_event)
        if self.placement.layout == "single" and not self.kiosk.engaged and not self.busy:
            self.hide()  # one screen, staff at it: give the desk back
        self.finished.emit()

    # --- staff ------------------------------------------------------------------------------

    def staff_requested(self) -> PinDialog | None:
        """The corner was held: the PIN pad, then the screen goes back to staff."""
        if self.kiosk.engaged:
            return self.kiosk.ask_pin()
        if not KioskGuard.can_engage():
            self.staff_stop()  # no PIN on this station: nothing to protect it with
            return None
        if self.staff_pin is not None:
            self.staff_pin.raise_()
            return self.staff_pin
        dialog = PinDialog(UNLOCK_ROLES, self, touch=True, prompt=self.tr(
            "Staff: enter the operator or administrator PIN to stop here and give the screen "
            "back to the desk. Nothing is recorded for a signing that is stopped."))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.staff_stop)
        dialog.finished.connect(self._staff_pin_closed)
        self.staff_pin = dialog
        dialog.open()
        return dialog

    def _staff_pin_closed(self, _result: int) -> None:
        dialog, self.staff_pin = self.staff_pin, None
        if dialog is not None:
            dialog.deleteLater()

    def staff_stop(self) -> None:
        """Stop what the attendee is doing; nothing is written (a check-in is one transaction
        that only the attendee's confirm runs), nothing stored is touched."""
        if self.signing.page is Page.SIGNING:
            self.signing.cancel()  # finished: the desk says "stopped; nothing was saved"
        else:
            self.show_waiting()
            if self.placement.layout == "single" and not self.kiosk.engaged:
                self.hide()

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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.corner.place()

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
