"""The registration desk: scan or search, check the card, send the attendee to sign.

Left: one field for everything the operator types (an NIP, a name, a pasted code), with
results as they type, and the camera. Middle: what is happening now (ready, the attendee card,
someone who already signed, someone signing). Right: progress. A status line across the top
says in words and colour what just happened.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.names import display_name
from ikrar.store import desk, lookup
from ikrar.store.lookup import Hit
from ikrar.store.models import Employee, Event
from ikrar.ui.desk.attendee_card import AttendeeCard, DuplicatePanel
from ikrar.ui.desk.attendee_window import AttendeeWindow
from ikrar.ui.desk.feedback import ATTENTION, OK, PROBLEM, READY, Sounds, StatusBanner
from ikrar.ui.desk.progress_panel import ProgressPanel
from ikrar.ui.desk.scan_outcome import AgencyKey, Outcome, outcome_of_found, resolve
from ikrar.ui.desk.walk_in_dialog import WalkInDialog
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.fit import ButtonRow

log = logging.getLogger(__name__)
_CODE = re.compile(r"^\s*(IK[A-Z]\d|[\d\s.\-']{18,})", re.IGNORECASE)
IDLE, CARD, DUPLICATE, SIGNING = range(4)
PROGRESS_FROM_WIDTH = 1150  # px of the page; narrower, the progress column gives way


class StationPage(QWidget):
    cardShown = Signal(object)  # Found, once the card is on screen (tests, benchmark)
    outcomeShown = Signal(object)  # every Outcome, once shown

    def __init__(self, event: Event | None, attendee: AttendeeWindow,
                 parent: QWidget | None = None, *, sounds: Sounds | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationPage")
        self.current_event = event
        self.attendee = attendee
        self.sounds = sounds or Sounds(None)
        self.key = AgencyKey()
        self.outcome: Outcome | None = None
        self.signing_employee: Employee | None = None
        self._signed_current = False
        self.walk_in_dialog: WalkInDialog | None = None

        self.banner = StatusBanner(self)
        self.screen_notice = QLabel(self)  # the attendee screen's layout, when it fell back
        self.screen_notice.setObjectName("screenNotice")
        self.screen_notice.setWordWrap(True)
        self.screen_notice.setStyleSheet(
            "QLabel#screenNotice { " + theme.framed(theme.ATTENTION_BORDER,
                                                    theme.ATTENTION_BACKGROUND,
                                                    theme.ATTENTION_ON)
            + " border-radius: 6px; padding: 6px 12px; }")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("stationSearch")
        self.search_edit.setPlaceholderText(self.tr("Scan a badge, or type a name or NIP"))
        self.search_edit.setClearButtonEnabled(True)
        font = self.search_edit.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)
        self.search_edit.setFont(font)
        self.search_edit.installEventFilter(self)
        self.search_edit.textChanged.connect(self._search)
        self.results = QListWidget(self)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A long unit name is cut with "…" (the whole line in its tooltip), not scrolled to.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setSpacing(2)
        self.results.itemActivated.connect(self._hit_activated)
        self.results.itemClicked.connect(self._hit_activated)
        self.results_label = QLabel(self)
        self.results_label.setWordWrap(True)
        self.results_label.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.walk_in_button = QPushButton(self.tr("Register walk-in…"), self)
        self.walk_in_button.clicked.connect(lambda: self.open_walk_in())
        self.camera_button = QPushButton(self.tr("Camera"), self)
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self._toggle_camera)
        self.camera_panel = None  # made on first use: QtMultimedia loads only if wanted
        for button in (self.walk_in_button, self.camera_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.card = AttendeeCard(self)
        self.card.confirmed.connect(self.confirm)
        self.card.cancelled.connect(self.back_to_ready)
        self.duplicate = DuplicatePanel(self)
        self.duplicate.dismissed.connect(self.back_to_ready)
        self.idle_label = QLabel(self)
        self.idle_label.setWordWrap(True)
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self.idle_label.font()
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.6)
        self.idle_label.setFont(big)
        self.idle_label.setStyleSheet(f"color: {theme.TEXT_SECONDARY};")
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setStyleSheet(f"color: {theme.ATTENTION_TEXT};")
        self.signing_label = QLabel(self)
        self.signing_label.setWordWrap(True)
        self.signing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signing_label.setFont(big)
        self.cancel_signing_button = QPushButton(self.tr("Stop this signing"), self)
        self.cancel_signing_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_signing_button.clicked.connect(self.attendee.cancel_signing)

        self.centre = QStackedWidget(self)
        self.centre.addWidget(self._column(self.idle_label, self.note_label))
        self.centre.addWidget(self._column(self.card))
        self.centre.addWidget(self._column(self.duplicate))
        self.centre.addWidget(self._column(self.signing_label, self.cancel_signing_button))
        self.progress = ProgressPanel(self)

        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addWidget(self.results_label)
        left.addWidget(self.results, 1)
        self.results_spacer = QWidget(self)  # holds the place of the list while it is hidden
        left.addWidget(self.results_spacer, 1)
        # In the column, not across the page: a one-screen desk is often a 1024×600 netbook,
        # whose every line of height the card needs.
        left.addWidget(self.screen_notice)
        buttons = ButtonRow(self)
        buttons.set_buttons(self.walk_in_button, self.camera_button, stretch_at=2)
        left.addWidget(buttons)
        self.left = left
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 4)
        body.addWidget(self.centre, 6)
        body.addWidget(self.progress, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

        attendee.signed.connect(self._signed)
        attendee.finished.connect(self._attendee_free)
        attendee.signing.timedOut.connect(self._timed_out)
        attendee.noticeChanged.connect(self._show_screen_notice)
        self._show_screen_notice(attendee.notice)
        self.set_event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # On a narrow screen the card needs the room; the header above keeps the totals.
        self.progress.setVisible(event.size().width() >= PROGRESS_FROM_WIDTH)

    def _column(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(2)
        return page

    # --- state ------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.attendee.set_event(event)
        enabled = event is not None
        self.search_edit.setEnabled(enabled)
        self.walk_in_button.setEnabled(enabled and event.allow_walk_ins)
        self.walk_in_button.setToolTip("" if not enabled or event.allow_walk_ins else
                                       self.tr("This event does not allow walk-ins."))
        self.refresh_progress()
        self.back_to_ready(quiet=True)
        self._search(self.search_edit.text())

    def refresh_progress(self) -> None:
        self.progress.refresh(self.current_event)

    def ready_text(self) -> str:
        if self.current_event is None:
            return self.tr("No event on this station yet.")
        if lookup.is_closed(self.current_event):
            return self.tr("Check-in for this event is closed at this station.")
        return self.tr("Scan the next badge, or search by name or NIP.")

    def back_to_ready(self, *, quiet: bool = False) -> None:
        self.outcome = None
        if self.signing_employee is not None and self.attendee.busy:
            self._show_signing()
        else:
            self.centre.setCurrentIndex(IDLE)
        self.idle_label.setText(self.tr("Scan a badge, or type a name or NIP on the left."))
        self.note_label.setText(self._roster_note())
        self.note_label.setVisible(bool(self.note_label.text()))
        if self.current_event is None:
            self.banner.show_state(PROBLEM, self.ready_text())
        elif lookup.is_closed(self.current_event):
            self.banner.show_state(PROBLEM, self.ready_text())
        elif not quiet or self.banner.state in (READY, PROBLEM):
            self.banner.show_state(READY, self.ready_text())
        self.search_edit.clear()
        self.search_edit.setFocus()

    def _roster_note(self) -> str:
        if self.current_event is None:
            return self.tr("An administrator creates the event with “ikrar event create”.")
        if not desk.has_roster(self.current_event):
            return self.tr("This event's roster is empty. An administrator imports it (File ▸ "
                           "Import roster…); walk-ins can still be registered if the event "
                           "allows them.")
        return ""

    # --- scans ------------------------------------------------------------------------------

    def handle_scan(self, text: str, method: str = "badge") -> Outcome:
        """A code from the wedge scanner, the camera or the search field."""
        outcome = resolve(self.current_event, text, self.key, method)
        self.show_outcome(outcome)
        return outcome

    def show_found(self, found: lookup.Found) -> None:
        self.show_outcome(outcome_of_found(found))

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.search_edit.clear()
        if outcome.kind == "card":
            found = outcome.found
            assert found is not None and self.current_event is not None
            if not found.on_roster and not self.current_event.allow_walk_ins:
                self._problem(self.tr("{name} is not on this event's roster, and the event "
                                      "does not allow walk-ins.").format(name=self._name(found.
                                                                         employee)))
            else:
                self.card.show_found(found, self.current_event, ready=not self.attendee.busy)
                self.centre.setCurrentIndex(CARD)
                self.card.setFocus()
                if found.on_roster:
                    self.banner.show_state(READY, self.tr("Check that this is {name}, then "
                                                          "confirm.").format(
                                                              name=self._name(found.employee)))
                else:
                    self.banner.show_state(ATTENTION, self.tr(
                        "{name} is not on this event's roster: confirming registers a "
                        "walk-in.").format(name=self._name(found.employee)))
                self.cardShown.emit(found)
        elif outcome.kind == "duplicate":
            found = outcome.found
            assert found is not None and self.current_event is not None
            self.duplicate.show_found(found, self.current_event)
            self.centre.setCurrentIndex(DUPLICATE)
            self.duplicate.setFocus()
            self.banner.show_state(ATTENTION, self.tr(
                "{name} already signed: {when} at {station}. Nothing new was recorded."
            ).format(name=self._name(found.employee), when=self.duplicate.when,
                     station=self.duplicate.where))
            self.sounds.play("duplicate")
        else:
            self._problem(outcome.message, detail=outcome.detail)
            if outcome.nip and self.current_event is not None and self.current_event.allow_walk_ins:
                self.open_walk_in(outcome.nip)
        self.outcomeShown.emit(outcome)

    def _problem(self, message: str, *, detail: str = "") -> None:
        if self.signing_employee is not None and self.attendee.busy:
            self._show_signing()
        else:
            self.centre.setCurrentIndex(IDLE)
        self.idle_label.setText(message)
        self.note_label.setVisible(False)
        self.banner.show_state(PROBLEM, message)
        self.banner.setToolTip(detail)
        self.sounds.play("error")
        self.search_edit.setFocus()

    @staticmethod
    def _name(employee: Employee) -> str:
        return display_name(employee.name, employee.front_title, employee.back_title)

    # --- search -----------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        if (text.strip() and self.banner.state == PROBLEM and self.current_event is not None
                and not lookup.is_closed(self.current_event)):
            # The operator is trying again: the failed scan's red banner has been read.
            self.banner.show_state(READY, self.ready_text())
            self.banner.setToolTip("")
        self.results.clear()
        self._show_results(False)
        if (self.current_event is None or not text.strip()
                or _CODE.match(text) and len(text) > 18):
            self.results_label.setText(self._search_hint())
            return
        hits = lookup.search(text, self.current_event)
        for hit in hits:
            self.results.addItem(self._hit_item(hit))
        if hits:
            self._show_results(True)
            self.results.setCurrentRow(0)
            self.results_label.setText(self.tr("Enter opens the highlighted person; ↑ ↓ "
                                               "choose."))
        else:
            self.results_label.setText(self.tr("Nobody found. Check the spelling, or register "
                                               "a walk-in."))

    def _show_results(self, shown: bool) -> None:
        self.results.setVisible(shown)
        self.results_spacer.setVisible(not shown)

    def _search_hint(self) -> str:
        if self.current_event is None:
            return ""
        return self.tr("No badge? Type part of the name or the NIP: people appear here as you "
                       "type. Titles, capitals and small typos do not matter.")

    def _hit_item(self, hit: Hit) -> QListWidgetItem:
        notes = []
        if hit.walk_in:
            notes.append(self.tr("walk-in"))
        if not hit.on_roster:
            notes.append(self.tr("not on this event's roster"))
        extra = f"  [{', '.join(notes)}]" if notes else ""
        item = QListWidgetItem(f"{hit.name}{extra}\n{hit.nip_grouped} · {hit.unit}")
        item.setToolTip(item.text())
        item.setData(Qt.ItemDataRole.UserRole, hit)
        return item

    def hits(self) -> list[Hit]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.results.count())]

    def _hit_activated(self, item: QListWidgetItem) -> None:
        hit: Hit = item.data(Qt.ItemDataRole.UserRole)
        employee = desk.employee(hit.id)
        if employee is None or self.current_event is None:
            return
        self.show_found(lookup.found(self.current_event, employee, "search"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
        return super().eventFilter(obj, event)

    def _enter(self) -> None:
        text = self.search_edit.text().strip()
        if not text or self.current_event is None:
            return
        if _CODE.match(text):
            self.handle_scan(text, "search")
        elif self.results.currentItem() is not None:
            self._hit_activated(self.results.currentItem())

    # --- walk-ins ---------------------------------------------------------------------------

    def open_walk_in(self, nip: str = "") -> WalkInDialog | None:
        if self.current_event is None or not self.current_event.allow_walk_ins:
            return None
        dialog = WalkInDialog(self.current_event, self, nip=nip)
        dialog.registered.connect(self._walk_in_registered)
        dialog.finished.connect(lambda *_: setattr(self, "walk_in_dialog", None))
        self.walk_in_dialog = dialog
        dialog.open()
        return dialog

    def _walk_in_registered(self, employee: Employee) -> None:
        if self.current_event is not None:
            self.show_found(lookup.found(self.current_event, employee, "walk_in"))

    # --- signing ----------------------------------------------------------------------------

    def confirm(self) -> None:
        """The operator confirmed the card: the attendee's screen opens for signing."""
        found = self.card.found
        if found is None or self.current_event is None or self.attendee.busy:
            return
        if lookup.is_closed(self.current_event):
            self._problem(self.ready_text())
            return
        self.signing_employee = found.employee
        self._signed_current = False
        self.card.found = None
        self.attendee.start_signing(self.current_event, found.employee, self.card.method)
        self._show_signing()
        self.banner.show_state(READY, self.tr("{name} is signing on the attendee screen. You can "
                                              "scan the next badge.").format(
                                                  name=self._name(found.employee)))
        self.search_edit.setFocus()

    def _show_signing(self) -> None:
        assert self.signing_employee is not None
        self.signing_label.setText(self.tr("{name} is signing on the attendee screen…").format(
            name=self._name(self.signing_employee)))
        self.centre.setCurrentIndex(SIGNING)

    def _signed(self, _attendance_id: str) -> None:
        employee = self.signing_employee
        self._signed_current = True
        self.sounds.play("success")
        name = self._name(employee) if employee is not None else ""
        if self.centre.currentIndex() == SIGNING:
            self.centre.setCurrentIndex(IDLE)
            self.idle_label.setText(self.tr("Scan a badge, or type a name or NIP on the left."))
        if self.centre.currentIndex() != CARD:
            # The banner's word already says "saved"; a name ending in a title's stop
            # ("S.Sos.") ends the sentence itself.
            sentence = name if name.endswith(".") else f"{name}."
            self.banner.show_state(OK, self.tr("{sentence} Ready for the next person.")
                                   .format(sentence=sentence))
        self.signing_employee = None
        self.card.set_ready(True)
        QTimer.singleShot(0, self.refresh_progress)  # after the desk is ready again

    def _attendee_free(self) -> None:
        if self.signing_employee is not None and not self._signed_current:
            name = self._name(self.signing_employee)
            self.signing_employee = None
            if self.centre.currentIndex() == SIGNING:
                self.centre.setCurrentIndex(IDLE)
            self.banner.show_state(ATTENTION, self.tr("Signing for {name} stopped; nothing was "
                                                      "saved.").format(name=name))
        self.card.set_ready(True)

    def _show_screen_notice(self, text: str) -> None:
        self.screen_notice.setText(text)
        self.screen_notice.setVisible(bool(text))

    def _timed_out(self) -> None:
        log.info("signing timed out")

    # --- camera -----------------------------------------------------------------------------

    def _toggle_camera(self, on: bool) -> None:
        if self.camera_panel is None:
            from ikrar.ui.desk.camera import CameraPanel

            self.use_camera_panel(CameraPanel(self))
        self.camera_panel.setVisible(on)
        if not on and self.camera_panel.running:
            self.camera_panel.stop()

    def use_camera_panel(self, panel) -> None:  # noqa: ANN001 - ikrar.ui.desk.camera.CameraPanel
        """Put a camera panel under the search (the real one, or one fed with test images)."""
        self.camera_panel = panel
        panel.setParent(self)
        panel.scanned.connect(self._camera_scanned)
        self.left.insertWidget(self.left.count() - 1, panel, 2)

    def _camera_scanned(self, text: str) -> None:
        route = getattr(self.window(), "route_scan", None)
        if route is not None:
            route(text, "camera")
        else:
            self.handle_scan(text, "camera")

    def shutdown(self) -> None:
        if self.camera_panel is not None:
            self.camera_panel.shutdown()
