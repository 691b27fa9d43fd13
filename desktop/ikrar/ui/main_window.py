"""The main window: the current event with its figures, the station desk, the roster browser,
roster import; which pages show depends on the role signed in (see `ikrar.store.roles`)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ikrar import paths
from ikrar.store import events, lookup, roles, settings
from ikrar.store.db import Local
from ikrar.store.models import Event
from ikrar.ui.admin.audit_page import AuditPage
from ikrar.ui.admin.dashboard import DashboardPage
from ikrar.ui.admin.event_page import EventPage
from ikrar.ui.admin.import_dialog import ImportController
from ikrar.ui.admin.reconcile_page import ReconcilePage
from ikrar.ui.admin.roster_view import RosterView
from ikrar.ui.admin.settings_dialog import SettingsDialog, ask_pin_first
from ikrar.ui.clerk.clerk_page import ClerkPage
from ikrar.ui.clerk.verify_page import VerifyPage
from ikrar.ui.desk.attendee_window import AttendeeWindow
from ikrar.ui.desk.feedback import Sounds
from ikrar.ui.desk.pin_dialog import PinDialog, PinSetupDialog, SignInPage, role_name
from ikrar.ui.desk.scanner import WedgeScanner
from ikrar.ui.desk.signing_screen import Page
from ikrar.ui.desk.station_page import StationPage
from ikrar.ui.widgets.event_header import EventHeader
from ikrar.ui.widgets.placement import placement_for, remembered
from ikrar.ui.widgets.retention import RetentionPurge
from ikrar.ui.widgets.status_bar import StationStatusBar

# Pages whose right is another page's in `ikrar.store.roles.PAGES`: checking a certificate is
# the clerk's work, like printing it.
PAGE_RIGHTS = {"verify": "certificates", "dashboard": "reports", "reconcile": "reports",
               "audit": "reports"}
COMPACT_BELOW = 700  # px of window height: a smaller event header (1024×600 screens)


def icon(name: str) -> QIcon:
    try:
        return QIcon(str(paths.resource("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()


class MainWindow(QMainWindow):
    """Assembled from components; which pages show depends on the role signed in."""

    def __init__(self, local: Local, *, demo: bool = False) -> None:
        super().__init__()
        self.local = local
        self.demo = demo
        self.current_event: Event | None = events.current_event()
        # Fitted to the screen (maximised up to 1366 px wide) or where it was last, if on a
        # screen still there; the pages shrink to 1024×600 (tests/ui/test_fits.py).
        self.placement = placement_for(self, settings.get("window"))
        self.setGeometry(self.placement.geometry)

        self.header = EventHeader(self)
        self.roster_view = RosterView(self.current_event, self)
        self.role: str | None = None if roles.any_pin() else roles.ADMIN  # no PINs: open
        # A window of its own (on the tablet), owned by this one: deleted with it, on this thread.
        self.attendee_window = AttendeeWindow(self, layout_mode=settings.get("layout") or "single")
        self.station_page = StationPage(self.current_event, self.attendee_window, self,
                                        sounds=Sounds(paths.cache_dir(local.data_dir)))
        self.sign_in_page = SignInPage(self)
        self.clerk_page = ClerkPage(self.current_event, self)
        self.verify_page = VerifyPage(self)
        self.event_page = EventPage(self.current_event, self)
        self.event_page.saved.connect(self.refresh)
        self.dashboard_page = DashboardPage(self.current_event, self)
        self.reconcile_page = ReconcilePage(self.current_event, self)
        self.audit_page = AuditPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.roster_view)
        self.pages.addWidget(self.station_page)
        self.pages.addWidget(self.sign_in_page)
        for page in (self.clerk_page, self.verify_page, self.event_page, self.dashboard_page,
                     self.reconcile_page, self.audit_page):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._page_changed)
        # Bursts from a USB scanner are caught only at the desk (or the self-service kiosk);
        # elsewhere a scanner types into the focused field like a keyboard.
        self.scanner = WedgeScanner(self)
        self.scanner.scanned.connect(self.route_scan)
        self.scanner.install()
        self._apply_scanner_settings()
        self.attendee_window.kiosk.unlocked.connect(self._kiosk_left)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.importer = ImportController(self, self._current_event)
        self.importer.roster_changed.connect(self.refresh)
        self.importer.runner.busy_changed.connect(self._import_busy)

        self._build_actions()
        self.status = StationStatusBar(local, demo=demo, parent=self)
        self.setStatusBar(self.status)
        self._show_event()
        self._apply_role()
        self.retention = RetentionPurge(self)  # pen time and pressure past retention, daily
        self.retention.start()

    def _build_actions(self) -> None:
        self.import_action = QAction(icon("import"), self.tr("Import roster…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Read employees from a CSV or Excel (XLSX) file"))
        self.import_action.triggered.connect(self.importer.choose_and_import)

        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)

        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard one
        self.quit_action.triggered.connect(self.quit)

        self.find_action = QAction(self.tr("Find employee"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)

        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.triggered.connect(self.open_settings)

        self._build_station_actions()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for action in self.page_actions.values():
            view_menu.addAction(action)
        self._build_station_menu()

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addSeparator()
        for action in self.page_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.kiosk_action)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _current_event(self) -> Event | None:
        return self.current_event

    def _import_busy(self, busy: bool) -> None:
        self.import_action.setEnabled(not busy and self.role == roles.ADMIN)

    def _focus_search(self) -> None:
        self.roster_view.search_edit.setFocus()
        self.roster_view.search_edit.selectAll()

    def _show_event(self) -> None:
        event = self.current_event
        figures = events.figures(event) if event is not None else None
        self.header.show_event(event, figures)
        title = "Ikrar" if event is None else f"Ikrar — {event.title}"
        if self.demo:
            title += " — " + self.tr("demo")
        self.setWindowTitle(title)

    def refresh(self) -> None:
        """Read the current event, its figures and the roster again (after an import, a sync…)."""
        self.current_event = events.current_event()
        self._show_event()
        self.roster_view.refresh(self.current_event)
        self.station_page.set_event(self.current_event)
        self.clerk_page.refresh()
        self.dashboard_page.set_event(self.current_event)
        self.reconcile_page.set_event(self.current_event)
        self.audit_page.mark_stale()
        if self.pages.currentWidget() is not self.event_page:  # never drop edits being made
            self.event_page.set_event(self.current_event)
        self._update_station_actions()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.importer.busy:
            self.statusBar().showMessage(
                self.tr("Please wait: the roster import is still running."), 5000
            )
            event.ignore()
            return
        if self.attendee_window.kiosk.engaged:
            self.attendee_window.kiosk.ask_pin()
            event.ignore()
            return
        if event.spontaneous() and not self._may_quit():  # the title bar's close button
            event.ignore()
            return
        if any(page.runner.busy for page in (self.clerk_page, self.event_page, self.verify_page)):
            self.statusBar().showMessage(self.tr(
                "Please wait, or press Cancel: certificates or badges are still being made."),
                5000)
            event.ignore()
            return
        settings.put("window", remembered(self))
        self.status.sync_status.stop()
        self.retention.stop()
        for page in (self.clerk_page, self.event_page, self.verify_page):
            page.shutdown()
        self.scanner.uninstall()
        self.station_page.shutdown()
        self.attendee_window.close()
        super().closeEvent(event)

    def _may_quit(self) -> bool:
        signing = self.attendee_window.signing
        return signing.page is not Page.SIGNING or signing.ask_to_quit(self)

    def quit(self) -> None:
        """Ctrl+Q: during a signing, only once the operator has said so."""
        if self._may_quit():
            self.close()

    def show_placed(self) -> None:
        """Show the window as `placement` says: maximised on a small screen."""
        self.showMaximized() if self.placement.maximised else self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.header.set_compact(event.size().height() < COMPACT_BELOW)

    # --- pages and roles ------------------------------------------------------------------------

    def _build_station_actions(self) -> None:
        self.page_actions = {
            "station": QAction(self.tr("Registration desk"), self),
            "roster": QAction(self.tr("Roster"), self),
            "certificates": QAction(self.tr("Certificates"), self),
            "verify": QAction(self.tr("Verify"), self),
            "admin": QAction(self.tr("Event"), self),
            "dashboard": QAction(self.tr("Dashboard"), self),
            "reconcile": QAction(self.tr("Reconciliation"), self),
            "audit": QAction(self.tr("Audit trail"), self),
        }
        group = QActionGroup(self)
        for number, (page, action) in enumerate(self.page_actions.items(), 1):
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(page)
            group.addAction(action)
        group.triggered.connect(self._page_chosen)

        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Leave this role; the next person signs in with "
                                              "a PIN"))
        self.lock_action.triggered.connect(self.lock)
        self.kiosk_action = QAction(self.tr("Self-service kiosk"), self)
        self.kiosk_action.setStatusTip(self.tr("Attendees scan their own badge and sign; staff "
                                               "leave the kiosk with their PIN"))
        self.kiosk_action.triggered.connect(self.start_kiosk)
        self.attendee_action = QAction(self.tr("Show attendee screen"), self)
        self.attendee_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attendee_action.triggered.connect(self.attendee_window.present)
        self.layout_actions = {
            "dual": QAction(self.tr("Operator laptop + attendee screen"), self),
            "single": QAction(self.tr("One self-service tablet"), self),
        }
        layouts = QActionGroup(self)
        for mode, action in self.layout_actions.items():
            action.setCheckable(True)
            action.setChecked(self.attendee_window.layout_mode == mode)
            action.setData(mode)
            layouts.addAction(action)
        layouts.triggered.connect(self._layout_chosen)
        self.sound_action = QAction(self.tr("Sound on success, duplicate and error"), self)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(bool(settings.get("sound")))
        self.sound_action.toggled.connect(lambda on: settings.put("sound", on))
        self.close_checkin_action = QAction(self.tr("Close check-in for this event"), self)
        self.close_checkin_action.setCheckable(True)
        self.close_checkin_action.triggered.connect(self._close_checkin)
        self.pins_action = QAction(self.tr("Role PINs…"), self)
        self.pins_action.triggered.connect(self.open_pin_setup)
        self.pin_setup: PinSetupDialog | None = None
        self.pin_prompt: PinDialog | None = None
        for role, button in self.sign_in_page.buttons.items():
            button.clicked.connect(lambda _=False, role=role: self.sign_in(role))

    def _build_station_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Station"))
        menu.addAction(self.attendee_action)
        menu.addAction(self.kiosk_action)
        layout_menu = menu.addMenu(self.tr("Layout"))
        for action in self.layout_actions.values():
            layout_menu.addAction(action)
        menu.addAction(self.sound_action)
        menu.addSeparator()
        menu.addAction(self.close_checkin_action)
        menu.addAction(self.pins_action)
        menu.addSeparator()
        menu.addAction(self.lock_action)

    def may_open(self, page: str) -> bool:
        return self.role is not None and roles.may_open(self.role, PAGE_RIGHTS.get(page, page))

    def page_widgets(self) -> dict[str, QWidget]:
        return {"station": self.station_page, "roster": self.roster_view,
                "certificates": self.clerk_page, "verify": self.verify_page,
                "admin": self.event_page, "dashboard": self.dashboard_page,
                "reconcile": self.reconcile_page, "audit": self.audit_page}

    def show_page(self, page: str) -> None:
        if not self.may_open(page):
            self.statusBar().showMessage(self.tr("This page is not open to your role."), 5000)
            self._update_station_actions()
            return
        self.pages.setCurrentWidget(self.page_widgets()[page])
        self.page_actions[page].setChecked(True)
        if page == "station":
            self.station_page.search_edit.setFocus()
            if self.attendee_window.layout_mode == "dual":
                self.attendee_window.place()

    def _page_chosen(self, action: QAction) -> None:
        self.show_page(action.data())

    def _layout_chosen(self, action: QAction) -> None:
        self.set_layout(action.data())

    def _page_changed(self, _index: int) -> None:
        self._update_scanner()

    def _apply_scanner_settings(self) -> None:
        """The prefix/suffix the USB scanner adds, for every wedge filter of this window."""
        affixes = settings.get("scanner_prefix"), settings.get("scanner_suffix")
        for scanner in (self.scanner, self.verify_page.scanner):
            scanner.set_affixes(*affixes)

    def _update_scanner(self) -> None:
        at_desk = self.pages.currentWidget() is self.station_page
        self.scanner.set_enabled(at_desk or self.attendee_window.kiosk.engaged)

    def _apply_role(self) -> None:
        role = self.role
        # Attendance.operator: the role at the desk (named operators would need accounts).
        self.attendee_window.operator = role or ""
        self.clerk_page.operator = role or ""
        for page, action in self.page_actions.items():
            action.setVisible(role is not None
                              and roles.may_open(role, PAGE_RIGHTS.get(page, page)))
        is_admin = role == roles.ADMIN
        self.import_action.setEnabled(is_admin)
        self.import_action.setVisible(role is None or roles.may_open(role, "admin"))
        self.pins_action.setEnabled(is_admin)
        self.close_checkin_action.setEnabled(is_admin)
        self.lock_action.setEnabled(roles.any_pin() and role is not None)
        locked = self.tr("Locked")
        self.status.show_role(self.tr("Role: {role}").format(role=role_name(role))
                              if role else locked, role_name(role) if role else locked)
        if role is None:
            self.sign_in_page.refresh()
            self.pages.setCurrentWidget(self.sign_in_page)
        elif role == roles.OPERATOR:
            self.show_page("station")
        else:
            self.show_page("roster" if roles.may_open(role, "roster") else "station")
        self._update_station_actions()

    def _update_station_actions(self) -> None:
        at = {widget: page for page, widget in self.page_widgets().items()}.get(
            self.pages.currentWidget())
        if at:
            self.page_actions[at].setChecked(True)
        desk = self.role is not None and roles.may_open(self.role, "station")
        for action in (self.kiosk_action, self.attendee_action, self.sound_action,
                       *self.layout_actions.values()):
            action.setEnabled(desk)
        event = self.current_event
        self.close_checkin_action.setChecked(event is not None and lookup.is_closed(event))
        self.close_checkin_action.setEnabled(self.role == roles.ADMIN and event is not None)
        self._update_scanner()

    def lock(self) -> None:
        if not roles.any_pin():
            return
        self.role = None
        self.attendee_window.cancel_signing()
        self._apply_role()

    def sign_in(self, role: str) -> PinDialog:
        dialog = PinDialog((role,), self, prompt=self.tr("PIN for {role}:").format(
            role=role_name(role)))
        dialog.accepted.connect(lambda: self._signed_in(dialog.role))
        dialog.finished.connect(lambda *_: setattr(self, "pin_prompt", None))
        self.pin_prompt = dialog
        dialog.open()
        return dialog

    def _signed_in(self, role: str | None) -> None:
        if role is not None:
            self.role = role
            self._apply_role()

    def open_pin_setup(self) -> PinSetupDialog:
        dialog = PinSetupDialog(self)
        dialog.accepted.connect(self._apply_role)
        dialog.finished.connect(lambda *_: setattr(self, "pin_setup", None))
        self.pin_setup = dialog
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog | PinDialog:
        """The settings dialog; what it saved applies to this window at once (language: at the
        next start). While the station is locked, a PIN first."""
        if self.role is None and roles.any_pin():
            return ask_pin_first(self, self._open_settings)
        return self._open_settings()

    def _open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(str(self.local.data_dir), self, sync=self.status.sync_status)
        dialog.joined.connect(self._joined_hub)
        dialog.accepted.connect(lambda: self.set_layout(dialog.layout_mode))
        dialog.accepted.connect(lambda: self.sound_action.setChecked(bool(settings.get("sound"))))
        dialog.accepted.connect(self._apply_scanner_settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _joined_hub(self) -> None:
        """Joined from Settings: the hub's event and this station's certificate are new."""
        self.clerk_page.notice.clear_message()  # "no certificate from the agency" is over
        self.refresh()

    def set_layout(self, mode: str) -> None:
        settings.put("layout", mode)
        self.attendee_window.set_layout(mode)
        self.layout_actions[self.attendee_window.layout_mode].setChecked(True)

    def start_kiosk(self) -> bool:
        """Self-service: the attendee window goes full screen and locks (a PIN leaves it)."""
        if not self.attendee_window.kiosk.can_engage():
            self.statusBar().showMessage(self.tr(
                "Set an operator or administrator PIN first (Station ▸ Role PINs…): the kiosk "
                "is left with it."), 8000)
            return False
        self.set_layout("single")
        self.attendee_window.show_waiting()
        self.attendee_window.start_kiosk()
        self._update_scanner()
        return True

    def _kiosk_left(self, role: str) -> None:
        self.attendee_window.cancel_signing()
        self.attendee_window.hide()
        self.role = role
        self._apply_role()
        self.activateWindow()

    def route_scan(self, text: str, method: str = "badge") -> None:
        """Every scan, from the wedge scanner or the camera, comes through here."""
        attendee = self.attendee_window
        if attendee.kiosk.engaged and attendee.layout_mode == "single":
            attendee.handle_scan(text, method)
        elif self.may_open("station"):
            if self.pages.currentWidget() is not self.station_page:
                self.show_page("station")
            # The attendee touched their window last; the operator's next key (Enter on the
            # card) belongs to this one. The scanner's keys reached us through the app anyway.
            if not self.isActiveWindow() and self.isVisible():
                self.activateWindow()
            self.station_page.handle_scan(text, method)
        else:
            self.statusBar().showMessage(self.tr("A badge was scanned, but the registration "
                                                 "desk is not open to your role."), 5000)

    def _close_checkin(self, closed: bool) -> None:
        if self.current_event is None or self.role != roles.ADMIN:
            return
        lookup.set_closed(self.current_event, closed)
        self.station_page.set_event(self.current_event)
        self._update_station_actions()
