"""The main window's status bar: role, station, data folder, demo mark and sync state.

At 1024 px the parts do not all fit with their words, so the bar fits them itself (`_fit`, on
every resize, message and change), giving way in the order a desk needs them least: the data
folder's path is shortened in its middle, then the role and the station drop their "Role:" and
"Station:" words, then the data folder goes (Settings names it). Only when even that is too
wide are the station's and role's names, and last the demo mark and the sync state, elided at
their end. A temporary message (shown for seconds, left of the parts) takes the room the
folder and the words give up, then the station's and role's names shorten and go while it
shows; the sync state (how many entries wait) and the demo mark never make way for it. A
shortened part keeps its whole text in its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QStatusBar, QWidget

from ikrar.store import settings
from ikrar.store.db import Local
from ikrar.ui.widgets.shared import shared
from ikrar.ui.widgets.sync_status import SyncStatus

FOLDER_PX = 220  # the data folder's widest showing
FOLDER_LEAST_PX = 140  # narrower, the folder's path says too little: it goes
NAME_LEAST_PX = 48  # a station's or role's name elided no narrower
EDGE_PX = 8  # between the last part and the window's edge
MESSAGE_PAD_PX = 8  # QStatusBar draws a message 6 px in and 2 px before the first part


@dataclass
class _Part:
    """A label's whole text, its shorter wording (the same when it has none) and what its
    tooltip says besides."""

    label: QLabel
    full: str = ""
    short: str = ""
    note: str = ""
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight

    def show(self, text: str, width: int | None = None) -> None:
        """Show `text`, elided to `width` px when given; the tooltip holds the whole text
        whenever less is shown."""
        if width is not None:
            text = self.label.fontMetrics().elidedText(text, self.elide, max(width, 0))
        self.label.setText(text)
        tip = [self.full] if text != self.full else []
        self.label.setToolTip("\n".join(tip + ([self.note] if self.note else [])))


def _fresh(layout: QLayout) -> QLayout:
    """`layout` with its nested layouts' sizes forgotten (a label's new text invalidates only
    the top one), so that its minimum size is today's."""
    for i in range(layout.count()):
        if (inner := layout.itemAt(i).layout()) is not None:
            _fresh(inner)
    layout.invalidate()
    return layout


class StationStatusBar(QStatusBar):
    """What this station is and how its sync stands, always in view at the window's foot."""

    def __init__(self, local: Local, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As QMainWindow.statusBar() makes its own: a long data folder path must not set the
        # window's minimum width (a 1024 px screen).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Maximized, the window has no size grip: the sync state would touch the screen's
        # edge and look cut off.
        self.setContentsMargins(0, 0, EDGE_PX, 0)
        station = settings.get("station_name") or self.tr("unnamed")
        self.station_label = QLabel(self)
        self.station = _Part(self.station_label, self.tr("Station: {name}").format(name=station),
                             station)
        self.data_label = QLabel(self)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = self.tr("Data folder: {path}").format(path=local.data_dir)
        self.folder = _Part(self.data_label, folder, folder, elide=Qt.TextElideMode.ElideMiddle)
        self.demo: _Part | None = None
        if demo:
            self.demo_label = QLabel(self.tr("Demo data (fictional people)"), self)
            self.demo_label.setStyleSheet("font-weight: bold;")
            self.demo = _Part(self.demo_label, self.demo_label.text(), self.demo_label.text())
            self.addPermanentWidget(self.demo_label)
        self.role_label = QLabel(self)
        self.role = _Part(self.role_label)
        self.addPermanentWidget(self.role_label)
        self.addPermanentWidget(self.station_label)
        self.addPermanentWidget(self.data_label)
        # Sync runs in the background whenever the station has joined a hub.
        self.sync_status = SyncStatus(self)
        self.sync_label = QLabel(self)
        self.sync = _Part(self.sync_label)
        self.sync_status.changed.connect(self._show_sync)
        shared().checkinCommitted.connect(self.sync_status.refresh)
        self.addPermanentWidget(self.sync_label)
        self.messageChanged.connect(self._fit)
        self._show_sync()
        self.sync_status.start()

    def show_role(self, text: str, name: str) -> None:
        """The signed-in role: `text` with its words ("Role: Clerk"), `name` when short of
        room ("Clerk")."""
        self.role.full, self.role.short = text, name
        self._fit()

    def _show_sync(self) -> None:
        self.sync.full = self.sync.short = self.sync_status.text()
        self.sync.note = self.sync_status.message
        self._fit()

    # --- fitting ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _over(self, message: bool = True) -> int:
        """How many px the parts (and the message, if `message`) need beyond the bar's width."""
        margins = self.contentsMargins()  # around the layout, which does not count them
        need = _fresh(self.layout()).minimumSize().width() + margins.left() + margins.right()
        text = self.currentMessage()
        if message and text:
            need += self.fontMetrics().horizontalAdvance(text) + MESSAGE_PAD_PX
        return need - self.width()

    def _fit(self, *_: object) -> None:
        parts = [self.role, self.station, self.sync] + ([self.demo] if self.demo else [])
        for part in parts:
            part.show(part.full)
            part.label.show()
        self.data_label.show()
        self.folder.show(self.folder.full, FOLDER_PX)
        # What gives way, least needed first; for a temporary message as well.
        steps = [lambda over: self.folder.show(self.folder.full, max(
                     FOLDER_LEAST_PX, self.label_width(self.data_label) - over)),
                 lambda _: self.station.show(self.station.short),
                 lambda _: self.role.show(self.role.short),
                 lambda _: self.data_label.hide()]
        for step in steps:
            if (over := self._over()) > 0:
                step(over)
        # Names elided only for the bar's own width (a window narrower than any screen of the
        # field), the sync state last.
        for part in (self.station, self.role, *parts[3:], self.sync):
            if (over := self._over(message=False)) > 0:
                part.show(part.short, max(NAME_LEAST_PX, self.label_width(part.label) - over))
        # A message shows for seconds: the station's and role's names make way for it.
        for part in (self.station, self.role):
            if (over := self._over()) > 0:
                part.show(part.short, max(NAME_LEAST_PX, self.label_width(part.label) - over))
        for part in (self.station, self.role):
            if self._over() > 0:
                part.label.hide()

    @staticmethod
    def label_width(label: QLabel) -> int:
        return label.fontMetrics().horizontalAdvance(label.text())
