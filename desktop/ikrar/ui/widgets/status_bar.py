"""The main window's status bar: role, station, data folder, demo mark and sync state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from ikrar.store import settings
from ikrar.store.db import Local
from ikrar.ui.widgets.shared import shared
from ikrar.ui.widgets.sync_status import SyncStatus

FOLDER_PX = 220  # the data folder's widest showing


class StationStatusBar(QStatusBar):
    """What this station is and how its sync stands, always in view at the window's foot."""

    def __init__(self, local: Local, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As QMainWindow.statusBar() makes its own: a long data folder path must not set the
        # window's minimum width (a 1024 px screen).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        station = settings.get("station_name") or self.tr("unnamed")
        self.station_label = QLabel(self.tr("Station: {name}").format(name=station), self)
        folder = self.tr("Data folder: {path}").format(path=local.data_dir)
        # A long path would push the sync state off a 1024 px screen: shorten its middle, and
        # keep the whole path in the tooltip.
        shown = self.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle, FOLDER_PX)
        self.data_label = QLabel(shown, self)
        self.data_label.setToolTip(folder)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if demo:
            self.demo_label = QLabel(self.tr("Demo data (fictional people)"), self)
            self.demo_label.setStyleSheet("font-weight: bold;")
            self.addPermanentWidget(self.demo_label)
        self.role_label = QLabel(self)
        self.addPermanentWidget(self.role_label)
        self.addPermanentWidget(self.station_label)
        self.addPermanentWidget(self.data_label)
        # Sync runs in the background whenever the station has joined a hub.
        self.sync_status = SyncStatus(self)
        self.sync_label = QLabel(self)
        self.sync_status.changed.connect(self._show_sync)
        shared().checkinCommitted.connect(self.sync_status.refresh)
        self.addPermanentWidget(self.sync_label)
        self._show_sync()
        self.sync_status.start()

    def _show_sync(self) -> None:
        self.sync_label.setText(self.sync_status.text())
        self.sync_label.setToolTip(self.sync_status.message)
