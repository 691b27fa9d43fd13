"""Background sync for the GUI and the state it shows: last sync, entries waiting, offline.

`SyncStatus` lives on the GUI thread. Every `interval_ms` (and on `sync_now()`) it starts one
sync as a job of its `TaskRunner` (`ikrar.ui.widgets.jobs`), never two at once, so the GUI
thread never waits on the network. A widget shows `SyncStatus.text()` and refreshes on
`changed`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ikrar.ui.widgets.jobs import Cancelled, Progress, TaskRunner

log = logging.getLogger(__name__)

NOT_ENROLLED, IDLE, SYNCING, OFFLINE, FAILED = ("not_enrolled", "idle", "syncing", "offline",
                                                "failed")


def _sync(progress: Progress, _cancelled: Cancelled) -> object:
    """`ikrar.sync.station.sync_once` on the job's thread (with its own database connection)."""
    from ikrar.sync.station import sync_once

    return sync_once(progress=lambda _phase, done, total: progress(done, total))


class SyncStatus(QObject):
    """The station's sync state for the GUI; syncs in the background when enrolled."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 60_000,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.state = NOT_ENROLLED
        self.waiting = 0
        self.last_sync: datetime | None = None
        self.clock_offset_ms = 0  # the hub's clock minus this station's
        self.message = ""
        self.runner = TaskRunner(self, pool=pool)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self.state == SYNCING

    def start(self) -> None:
        """Sync now and then every interval."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        """Re-read what is waiting (after a check-in, say); cheap, on the main thread."""
        from ikrar.store import sync_state

        status = sync_state.status()
        self.waiting, self.last_sync = status.waiting, status.last_sync
        self.clock_offset_ms = status.clock_offset_ms
        if not self.busy:
            if not status.enrolled:
                self.state = NOT_ENROLLED
            elif self.state not in (OFFLINE, FAILED):
                self.state = IDLE
        self.changed.emit()

    def sync_now(self) -> bool:
        """Start one background sync unless one runs or the station has no hub."""
        from ikrar.store import settings

        if self.busy or not settings.get("hub_token"):
            return False
        self.state = SYNCING
        self.changed.emit()
        self.runner.start("sync", _sync)  # no TaskBar shows it: the log names it
        return True

    def _finished(self, report: object) -> None:
        self.state, self.message = IDLE, ""
        self.refresh()
        from ikrar.ui.widgets.shared import changed

        changed()  # pulled rows: the dashboard and lists re-read

    def _failed(self, message: str, _is_bug: bool) -> None:
        from ikrar.sync.client import HubUnreachable

        offline = isinstance(self.runner.error, HubUnreachable)
        self.state, self.message = (OFFLINE if offline else FAILED), message
        self.refresh()

    @property
    def clock_off(self) -> bool:
        """Whether this station's clock is more than a minute off the hub's."""
        from ikrar.store.sync_state import CLOCK_WARN_MS

        return abs(self.clock_offset_ms) > CLOCK_WARN_MS

    def text(self) -> str:
        """One line for the status bar; it ends with a warning when the clock is off."""
        line = self._state_text()
        if self.clock_off:
            minutes = round(self.clock_offset_ms / 60_000)
            warning = (self.tr("Clock %1 min slow: set the time") if minutes > 0
                       else self.tr("Clock %1 min fast: set the time"))
            line += " · ⚠ " + warning.replace("%1", str(abs(minutes)))
        return line

    def _state_text(self) -> str:
        waiting = self.tr("%n waiting", "", self.waiting)
        if self.state == NOT_ENROLLED:
            return self.tr("Not joined to a hub") + f" · {waiting}"
        if self.state == SYNCING:
            return self.tr("Syncing…") + f" · {waiting}"
        if self.state == OFFLINE:
            return self.tr("Offline") + f" · {waiting}"
        if self.state == FAILED:
            return self.tr("Sync failed") + f" · {waiting}"
        if self.last_sync is None:
            return self.tr("Never synced") + f" · {waiting}"
        from ikrar.ui.widgets import when  # noqa: PLC0415

        at = when.time_only(self.last_sync, when.zone_of())  # the event's zone, not the PC's
        return self.tr("Synced at %1").replace("%1", at) + f" · {waiting}"
