"""The attendee's screen: their name, the event's pledge, the pad, one button to pledge.

Three pages: waiting (between attendees), signing, and thanks. `start()` opens the signing page
for one person; confirming runs the one check-in transaction (a few milliseconds, so on the GUI
thread) and the attendee sees "Terima kasih" only once it has committed. An idle timeout takes
a half-finished signing back to waiting and writes nothing.

Type is sized from the screen's height, so it reads at arm's length on a 1280×800 tablet and
does not shout on a 1920×1080 monitor; the pledge's own type is fitted so that all of it shows
(`ikrar.ui.desk.pledge_view`). On a screen at least as wide as tall the pledge sits beside the
pad; on a tall one, above it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.dates import format_datetime
from ikrar.core.errors import IkrarError
from ikrar.core.names import display_name
from ikrar.core.nip import NipError, format_nip
from ikrar.core.pledge import pledge_hash
from ikrar.store import desk
from ikrar.store.checkin import AlreadyCheckedIn, check_in, primary_attendance
from ikrar.store.models import Attendance, Employee, Event
from ikrar.ui.desk.pledge_view import PledgeView
from ikrar.ui.desk.signature_pad import SignaturePad
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.fit import ButtonRow
from ikrar.ui.widgets.messages import error_text
from ikrar.ui.widgets.shared import shared

THANKS_MS = 4_000
IDLE_MS = 120_000
ERROR_COLOUR = theme.PROBLEM_TEXT
PRIMARY_STYLE = f"""
QPushButton {{ background: {theme.ACCENT}; color: white; border: none; border-radius: 8px;
              padding: 0.4em 1.4em; font-weight: bold; }}
QPushButton:pressed {{ background: {theme.ACCENT_PRESSED}; }}
QPushButton:disabled {{ background: {theme.DISABLED}; color: {theme.TEXT_DISABLED}; }}
"""
SECONDARY_STYLE = f"""
QPushButton {{ background: white; color: {theme.TEXT_STRONG};
              border: 2px solid {theme.BORDER_STRONG}; border-radius: 8px; padding: 0.4em 1.2em; }}
QPushButton:pressed {{ background: {theme.PRESSED}; }}
"""


class Page(Enum):
    WAITING = 0
    SIGNING = 1
    THANKS = 2


def _font(base: QFont, pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(11, round(pixels)))
    font.setBold(bold)
    return font


def _label(parent: QWidget, *, wrap: bool = True, centre: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if centre:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class SigningScreen(QWidget):
    """Where one attendee pledges and signs; reusable for the next one."""

    signed = Signal(str)  # the new attendance's id, once committed
    finished = Signal()  # back at the waiting page, whatever happened
    timedOut = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        thanks_ms: int = THANKS_MS,
        idle_ms: int = IDLE_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signingScreen")
        self._event: Event | None = None
        self._employee: Employee | None = None
        self._method = "badge"
        self._operator = ""
        self._blocked = False
        self._last_attendance: Attendance | None = None

        self.thanks_timer = QTimer(self, singleShot=True, interval=thanks_ms)
        self.thanks_timer.timeout.connect(self.show_waiting)
        self.idle_timer = QTimer(self, singleShot=True, interval=idle_ms)
        self.idle_timer.timeout.connect(self._idle)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_waiting())
        self.pages.addWidget(self._build_signing())
        self.pages.addWidget(self._build_thanks())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._apply_sizes()
        self.show_waiting(quiet=True)

    # --- building -------------------------------------------------------------------------

    def _build_waiting(self) -> QWidget:
        page = QWidget(self)
        self.waiting_title_label = _label(page, centre=True)
        self.waiting_label = _label(page, centre=True)
        self.waiting_label.setText(
            self.tr("Welcome. Please wait until the registration desk calls your name.")
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(2)
        layout.addWidget(self.waiting_title_label)
        layout.addSpacing(24)
        layout.addWidget(self.waiting_label)
        layout.addStretch(3)
        return page

    def _build_signing(self) -> QWidget:
        page = QWidget(self)
        self.name_label = _label(page)
        self.name_label.setObjectName("attendeeName")
        self.nip_label = _label(page)
        self.unit_label = _label(page)
        for label in (self.nip_label, self.unit_label):
            label.setStyleSheet(f"color: {theme.TEXT_SECONDARY};")
        self.nip_label.setWordWrap(False)
        # NIP and unit on one line: every line above the pledge is a line less of it.
        details = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        details.setSpacing(24)
        details.addWidget(self.nip_label)
        details.addWidget(self.unit_label, 1)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name_label)
        who.addLayout(details)

        rule = QFrame(page)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet(f"color: {theme.BORDER};")

        self.pledge_scroll = PledgeView(page)
        self.pledge_label = self.pledge_scroll.label
        self.pledge_scroll.verticalScrollBar().valueChanged.connect(self._touched)
        # A pledge too long for the screen must be read to its end before signing.
        self.pledge_scroll.readToEnd.connect(self._read_to_end_now)

        self.pad = SignaturePad(page)
        self.pad.strokeStarted.connect(self._touched)
        self.pad.strokesChanged.connect(self._ink_changed)
        self.message_label = _label(page)
        self.message_label.setObjectName("signingMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.clear_button = QPushButton(self.tr("Start over"), page)
        self.clear_button.setStyleSheet(SECONDARY_STYLE)
        self.clear_button.clicked.connect(self._start_over)
        self.confirm_button = QPushButton(self.tr("I pledge and sign"), page)
        self.confirm_button.setStyleSheet(PRIMARY_STYLE)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        for button in (self.clear_button, self.confirm_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not sign
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Stacked when the column is narrow, so the pledge keeps its room beside the pad.
        self.buttons = ButtonRow(page, spacing=16)
        self.buttons.set_buttons(self.clear_button, self.confirm_button)

        signing = QVBoxLayout()
        signing.setSpacing(10)
        signing.addWidget(self.pad, 1)
        signing.addWidget(self.message_label)
        signing.addWidget(self.buttons)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.pledge_scroll, 6)
        self.body.addLayout(signing, 5)

        layout = QVBoxLayout(page)
        self._page_margins = layout
        layout.setSpacing(12)
        layout.addLayout(who)
        layout.addWidget(rule)
        layout.addLayout(self.body, 1)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget(self)
        self.thanks_label = _label(page, centre=True)
        self.thanks_detail_label = _label(page, centre=True)
        self.thanks_detail_label.setText(self.tr("Your pledge and signature have been recorded."))
        self.thanks_detail_label.setStyleSheet(f"color: {theme.TEXT_SECONDARY};")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(2)
        layout.addWidget(self.thanks_label)
        layout.addSpacing(20)
        layout.addWidget(self.thanks_detail_label)
        layout.addStretch(3)
        return page

    # --- public ---------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return Page(self.pages.currentIndex())

    @property
    def employee(self) -> Employee | None:
        return self._employee

    @property
    def last_attendance(self) -> Attendance | None:
        return self._last_attendance

    def set_waiting_text(self, text: str) -> None:
        self.waiting_label.setText(text)

    def start(self, event: Event, employee: Employee, method: str = "badge",
              operator: str = "") -> None:
        """Show the signing page for `employee` at `event`; `method` is how they checked in."""
        self.thanks_timer.stop()
        self._event, self._employee = event, employee
        self._method, self._operator = method, operator
        self._blocked = False
        self.name_label.setText(display_name(employee.name, employee.front_title,
                                             employee.back_title))
        try:
            nip = format_nip(employee.nip)
        except NipError:
            nip = employee.nip
        self.nip_label.setText(f"NIP {nip}")
        self.unit_label.setText(employee.unit)
        self.unit_label.setVisible(bool(employee.unit))
        self.pad.clear()
        self.pad.set_keep_biometrics(event.keep_biometrics)
        self.pad.setEnabled(True)
        self.clear_button.setEnabled(True)
        self.pages.setCurrentIndex(Page.SIGNING.value)
        self.pledge_scroll.set_pledge(event.pledge_text)  # on its page, to be fitted there
        first = primary_attendance(event, employee)
        if first is not None:
            self._refuse_already_signed(first)
        else:
            self._ink_changed()
        self.idle_timer.start()

    def confirm(self) -> None:
        """Record the pledge: the check-in transaction, then thanks. Says why when it cannot."""
        if self.page is not Page.SIGNING or self._blocked:
            return
        self.idle_timer.start()
        assert self._event is not None and self._employee is not None
        if not self.pad.has_enough_ink():
            self._say(self._ink_advice(), error=True)
            return
        if not self.read_to_end:
            self._ink_changed()  # says: read the pledge to its end first
            return
        try:
            attendance = check_in(
                self._event, self._employee, self.pad.signature(), method=self._method,
                pledge_hash=pledge_hash(self._event.pledge_text), operator=self._operator,
            )
        except AlreadyCheckedIn as exc:
            self._refuse_already_signed(exc.first)
            return
        except IkrarError as exc:
            self._say(self.tr("The signature could not be saved: {reason} Please tell the "
                              "registration staff.").format(reason=error_text(exc)), error=True)
            return
        self._last_attendance = attendance
        self.idle_timer.stop()
        name = display_name(self._employee.name, self._employee.front_title,
                            self._employee.back_title)
        self.thanks_label.setText(self.tr("Thank you, {name}").format(name=name))
        self.pages.setCurrentIndex(Page.THANKS.value)
        self.thanks_timer.start()
        self.signed.emit(str(attendance.id))
        shared().checkinCommitted.emit(str(attendance.id))

    def cancel(self) -> None:
        """Back to waiting without writing anything (the operator called someone else)."""
        self.show_waiting()

    def ask_to_quit(self, parent: QWidget) -> bool:
        """Someone is signing: quitting would throw their signature away, so ask first."""
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), self.tr(
            "Someone is signing on the attendee screen. Quit anyway? Their signature is not "
            "saved."), yes | no, parent)
        box.setDefaultButton(no)
        return box.exec() == yes

    def show_waiting(self, *, quiet: bool = False) -> None:
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self.pad.clear()
        self._employee = None
        self.waiting_title_label.setText(self._event.title if self._event else "")
        self.pages.setCurrentIndex(Page.WAITING.value)
        if not quiet:
            self.finished.emit()

    # --- behaviour ------------------------------------------------------------------------

    def _idle(self) -> None:
        if self.page is Page.SIGNING:
            self.show_waiting(quiet=True)
            self.timedOut.emit()
            self.finished.emit()

    def _touched(self, *_: object) -> None:
        if self.page is Page.SIGNING:
            self.idle_timer.start()

    def _read_to_end_now(self) -> None:
        if self.page is Page.SIGNING:
            self._ink_changed()

    @property
    def read_to_end(self) -> bool:
        """The whole pledge is on screen, or the attendee has scrolled to its end."""
        return self.pledge_scroll.read_to_end

    @property
    def pledge_px(self) -> int:
        """The pledge's type size, fitted to its room."""
        return self.pledge_scroll.pixel_size

    def _start_over(self) -> None:
        self.pad.clear()
        self._touched()

    def _ink_changed(self) -> None:
        self._touched()
        if self._blocked:
            return
        enough = self.pad.has_enough_ink()
        self.confirm_button.setEnabled(enough and self.read_to_end)
        if enough and not self.read_to_end:
            self._say(self.tr("Please read the pledge to its end (scroll down) before you "
                              "confirm."))
        elif enough:
            self._say(self.tr("When you are ready, press “{button}”.").format(
                button=self.confirm_button.text()))
        elif self.pad.is_empty():
            self._say(self.tr("Sign inside the box. The button becomes active once your "
                              "signature is complete."))
        else:
            self._say(self._ink_advice())

    def _ink_advice(self) -> str:
        if self.pad.is_empty():
            return self.tr("Nothing has been signed yet. Please sign inside the box first.")
        return self.tr("This is too small for a signature. Please sign with your full "
                       "signature, or press “{button}” to begin again.").format(
                           button=self.clear_button.text())

    def _refuse_already_signed(self, first: Attendance) -> None:
        self._blocked = True
        where = desk.station_name(first.station_id) or self.tr("another station")
        when = format_datetime(first.checked_in_at, self._event.timezone if self._event
                               else "WIB")
        self._say(self.tr("You already signed this pledge on {when} at {where}. Nothing new "
                          "was recorded; please tell the registration staff.").format(
                              when=when, where=where), error=True)
        self.confirm_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.pad.setEnabled(False)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message_label.setProperty("error", error)

    # --- sizes ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        w, h = max(self.width(), 1), max(self.height(), 1)
        wide = w >= h  # a square screen too: the pledge beside the pad has more lines
        # 1.0 on a 1366×768 screen; a tall screen gives the pledge its whole width.
        u = max(0.8, min(h / 768, w / (1366 if wide else 880), 2.2))
        base = self.font()
        short = h < 700  # a 1024×600 tablet: closer lines, the pledge wider than the pad
        self.name_label.setFont(_font(base, (30 if short else 36) * u, bold=True))
        self.nip_label.setFont(_font(base, 23 * u))
        self.unit_label.setFont(_font(base, 23 * u))
        self.pledge_scroll.set_scale(round(24 * u), 120 if h < 850 else 135)  # closer lines
        self.body.setStretch(0, 7 if short or not wide else 6)
        self.body.setStretch(1, 4 if short or not wide else 5)
        self.message_label.setFont(_font(base, 19 * u))
        self.message_label.setMinimumHeight(round(19 * u * 1.3 * 2 + 4))  # two lines, no jumps
        for button in (self.clear_button, self.confirm_button):
            button.setFont(_font(base, 23 * u, bold=button is self.confirm_button))
            button.setFixedHeight(round(60 * u))
        self.waiting_title_label.setFont(_font(base, 26 * u))
        self.waiting_label.setFont(_font(base, 38 * u, bold=True))
        self.thanks_label.setFont(_font(base, 54 * u, bold=True))
        self.thanks_detail_label.setFont(_font(base, 28 * u))
        margin = round((16 if short else 28) * u)
        self._page_margins.setContentsMargins(margin, round(20 * u), margin, round(20 * u))
        self._page_margins.setSpacing(8 if short else 12)
        self.body.setSpacing(round((18 if short else 28) * u))
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide
                               else QBoxLayout.Direction.TopToBottom)
