"""The retention purge while the application runs: at start, then once a day (docs/privacy.md).

The work is `ikrar.store.privacy.purge`, the function `ikrar privacy purge` runs, on its own
job runner (`jobs.TaskRunner`), so the desk never waits for it. A timer looks every hour
whether a day has passed since the last purge (the setting `purged_at`), so a laptop that
slept through the night purges soon after it wakes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ikrar.store import privacy
from ikrar.ui.widgets.jobs import TaskRunner
from ikrar.ui.widgets.shared import shared

log = logging.getLogger(__name__)

CHECK_MS = 60 * 60 * 1000  # how often the timer asks whether a day has passed


class RetentionPurge(QObject):
    purged = Signal(object)  # the PurgeReport of a finished run

    def __init__(self, parent: QObject | None = None, *, check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.runner = TaskRunner(self, pool=self.pool)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        """Purge now (the application just started), then daily."""
        self.timer.start()
        self.run()

    def run_if_due(self) -> None:
        if privacy.purge_due():
            self.run()

    def run(self) -> bool:
        return self.runner.start(self.tr("Retention purge"),
                                 lambda _progress, _cancelled: privacy.purge())

    def stop(self) -> None:
        self.timer.stop()
        self.pool.waitForDone(30_000)

    def _finished(self, report: privacy.PurgeReport) -> None:
        if report.signatures:
            log.info("retention purge: %s signatures stripped", report.signatures)
            shared().dataChanged.emit()
        self.purged.emit(report)

    def _failed(self, message: str, bug: bool) -> None:
        log.warning("retention purge did not run (%s); it is tried again in an hour",
                    "a bug, see above" if bug else "refused")
