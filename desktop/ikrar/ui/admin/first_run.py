"""First run: a data folder with no event and no hub gets three ways in.

Create an event (administrator), join a hub with a code (station), or open the demo. The
wizard writes through `ikrar.store` and `ikrar.sync.station`; opening the demo only records the
choice, and `ikrar.app` reopens the application on the demo folder.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar import paths
from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.logs import setup_logging
from ikrar.store import events, settings
from ikrar.store.db import Local, close_db, init_db
from ikrar.store.demo import DemoError
from ikrar.store.events import create_event
from ikrar.ui.admin.join_dialog import JoinForm
from ikrar.ui.desk.scanner import WedgeScanner
from ikrar.ui.widgets.buttons import accept_reject
from ikrar.ui.widgets.jobs import PROBLEM, Notice
from ikrar.ui.widgets.messages import error_text

CREATED, JOINED, DEMO = "event", "hub", "demo"


def needed() -> bool:
    """True on a fresh data folder: no event here and this station has not joined a hub."""
    return not (events.any_event() or settings.get("hub_token") or settings.get("demo"))


def open_demo(folder: Path | None = None) -> Local:
    """Reopen on the demo folder (never the real one), filling it on first use."""
    from ikrar.store import demo  # noqa: PLC0415

    folder = folder or paths.demo_data_dir()
    close_db()
    local = init_db(folder, passphrase=demo.DEMO_PASSPHRASE)
    setup_logging(folder)
    if not settings.get("demo"):
        if demo.demo_ready():
            raise DemoError("demo.real_data", f"{folder} holds real data, not a demo.",
                            folder=folder)
        settings.put("demo", True)
    if not demo.demo_ready():
        demo.fill_demo()
    return local


def _enrolment_scan(code: str) -> bool:
    """An enrolment code ("ikrar:" QR, or XXXX-XXXX-XXXX-XXXX) or a hub address; anything
    else typed fast (a title, a city) is typing."""
    return bool(re.fullmatch(r"(?i)(ikrar:)?[A-Z2-7]{4}(-?[A-Z2-7]{4}){3}(@[0-9a-f]+)?|"
                             r"https?://\S+", code.strip()))


class FirstRunWizard(QDialog):
    """Three buttons, each opening a short form; `choice` says which way was taken.

    It opens before any window that could own it: whoever creates it without a parent deletes
    it (`ikrar.app.first_run` does, once it has read `choice`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Ikrar"))
        self.setMinimumWidth(520)
        self.choice: str | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._event_page())
        self.pages.addWidget(self._join_page())
        self.runner = self.join_form.runner
        self.runner.finished.connect(self._joined)
        self.runner.busy_changed.connect(self._join_busy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # An enrolment QR read by a USB scanner lands whole in the code field, wherever the
        # focus was; its Enter does not press Join before the hub address is there.
        self.scanner = WedgeScanner(self, scope=self, accepts=_enrolment_scan)
        self.scanner.scanned.connect(self.take_scan)
        self.scanner.install()

    # --- pages --------------------------------------------------------------------------

    def _start_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Welcome to Ikrar"), page)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(self.tr("This computer has no event yet. How do you want to start?"), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.create_button = QPushButton(self.tr("Create an event (administrator)"), page)
        self.join_button = QPushButton(self.tr("Join a hub with a code (station)"), page)
        self.demo_button = QPushButton(self.tr("Open the demo"), page)
        for button in (self.create_button, self.join_button, self.demo_button):
            button.setMinimumHeight(48)
            layout.addWidget(button)
        self.create_button.clicked.connect(self._show_event_page)
        self.join_button.clicked.connect(self._show_join_page)
        self.demo_button.clicked.connect(self._demo)
        closing = QDialogButtonBox(page)
        self.close_button = closing.addButton(self.tr("Close"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        closing.rejected.connect(self.reject)
        layout.addWidget(closing)
        return page

    def _buttons(self, page: QWidget, ok_text: str, ok) -> QDialogButtonBox:
        box, ok_button, back = accept_reject(page, ok_text, self.tr("Back"), default=False)
        ok_button.clicked.connect(ok)
        back.clicked.connect(self._show_start_page)
        box.ok_button = ok_button  # type: ignore[attr-defined]
        return box

    def _event_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title_edit = QLineEdit(page)
        self.title_edit.setPlaceholderText(self.tr("e.g. Deklarasi Netralitas ASN"))
        self.date_edit = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(7), QTime(8, 0)),
                                       page)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy HH.mm")
        self.tz_combo = QComboBox(page)
        self.tz_combo.addItems(["WIB", "WITA", "WIT"])
        self.city_edit = QLineEdit(page)
        self.venue_edit = QLineEdit(page)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Date and time"), self.date_edit)
        form.addRow(self.tr("Time zone"), self.tz_combo)
        form.addRow(self.tr("City (on certificates)"), self.city_edit)
        form.addRow(self.tr("Venue"), self.venue_edit)
        self.event_notice = Notice(page)
        form.addRow(self.event_notice)
        self.event_buttons = self._buttons(page, self.tr("Create event"), self._create)
        form.addRow(self.event_buttons)
        return page

    def _join_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.join_form = JoinForm(page)  # the same form as Settings' "Join a hub…"
        self.url_edit, self.code_edit = self.join_form.url_edit, self.join_form.code_edit
        self.join_notice = self.join_form.notice
        layout.addWidget(self.join_form)
        self.join_buttons = self._buttons(page, self.tr("Join"), self._join)
        layout.addWidget(self.join_buttons)
        return page

    def take_scan(self, code: str) -> None:
        self.join_form.take_scan(code)
        self._show_join_page()

    def _show_start_page(self) -> None:
        self.pages.setCurrentIndex(0)

    def _show_event_page(self) -> None:
        self.pages.setCurrentIndex(1)

    def _show_join_page(self) -> None:
        self.pages.setCurrentIndex(2)

    # --- the three ways in --------------------------------------------------------------

    def _create(self) -> None:
        stamp = self.date_edit.dateTime()
        date, time = stamp.date(), stamp.time()
        tz = self.tz_combo.currentText()
        starts = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(),
                          tzinfo=zone(tz))
        try:
            create_event(self.title_edit.text(), starts, timezone=tz,
                         city=self.city_edit.text().strip(),
                         venue=self.venue_edit.text().strip())
        except IkrarError as exc:
            self.event_notice.show_message(PROBLEM, error_text(exc))
            return
        self.choice = CREATED
        self.accept()

    def _join(self) -> None:
        self.join_form.submit()

    def _joined(self, _reply: object) -> None:
        self.choice = JOINED
        self.accept()

    def _join_busy(self, busy: bool) -> None:
        self.join_buttons.ok_button.setEnabled(not busy)

    def _demo(self) -> None:
        self.choice = DEMO
        self.accept()
