"""The main window: the current event with its figures, the roster browser, roster import."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ikrar import paths
from ikrar.store import events, settings
from ikrar.store.db import Local
from ikrar.store.models import Event
from ikrar.ui.event_header import EventHeader
from ikrar.ui.import_dialog import ImportController
from ikrar.ui.roster_view import RosterView


def icon(name: str) -> QIcon:
    try:
        return QIcon(str(paths.resource("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()


class MainWindow(QMainWindow):
    """Assembled from components; pages for the station, signing and clerk work come later."""

    def __init__(self, local: Local, *, demo: bool = False) -> None:
        super().__init__()
        self.local = local
        self.demo = demo
        self.current_event: Event | None = events.current_event()
        self.resize(1280, 760)
        self.setMinimumSize(QSize(900, 560))

        self.header = EventHeader(self)
        self.roster_view = RosterView(self.current_event, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.roster_view)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.importer = ImportController(self, lambda: self.current_event)
        self.importer.roster_changed.connect(self.refresh)
        self.importer.signals.started.connect(lambda *_: self.import_action.setEnabled(False))
        self.importer.signals.finished.connect(lambda *_: self.import_action.setEnabled(True))
        self.importer.signals.failed.connect(lambda *_: self.import_action.setEnabled(True))

        self._build_actions()
        self._build_status_bar()
        self._show_event()

    def _build_actions(self) -> None:
        self.import_action = QAction(icon("import"), self.tr("Import roster…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Read employees from a CSV or Excel (XLSX) file"))
        self.import_action.triggered.connect(self.importer.choose_and_import)

        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)

        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)

        self.find_action = QAction(self.tr("Find employee"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.import_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        station = settings.get("station_name") or self.tr("unnamed")
        self.station_label = QLabel(self.tr("Station: {name}").format(name=station), self)
        self.data_label = QLabel(
            self.tr("Data folder: {path}").format(path=self.local.data_dir), self
        )
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.demo:
            self.demo_label = QLabel(self.tr("Demo data (fictional people)"), self)
            self.demo_label.setStyleSheet("font-weight: bold;")
            bar.addPermanentWidget(self.demo_label)
        bar.addPermanentWidget(self.station_label)
        bar.addPermanentWidget(self.data_label)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.importer.busy:
            self.statusBar().showMessage(
                self.tr("Please wait: the roster import is still running."), 5000
            )
            event.ignore()
            return
        super().closeEvent(event)
