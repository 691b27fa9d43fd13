"""Background jobs. A job never touches a widget: it reports only through the signals of a
QObject that was created on (and lives on) the main thread, so Qt queues each report there."""

from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ikrar.core.errors import IkrarError
from ikrar.store.db import db
from ikrar.ui.widgets.messages import error_text

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress reports a second


class ImportSignals(QObject):
    """Reports of roster-import jobs; create it on the main thread."""

    started = Signal(str, bool)  # file, skip_invalid
    progress = Signal(int, int)  # rows done, rows in the file
    finished = Signal(object)  # ikrar.store.roster.ImportReport
    failed = Signal(str, bool)  # message for the person at the desk; True if a bug (see the log)


class ImportJob(QRunnable):
    """Run `ikrar.store.roster.import_roster` off the GUI thread."""

    def __init__(
        self,
        signals: ImportSignals,
        path: Path,
        *,
        event_id: uuid.UUID | None,
        skip_invalid: bool = False,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.signals = signals
        self.path = Path(path)
        self.event_id = event_id
        self.skip_invalid = skip_invalid
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        # peewee keeps one SQLite connection per thread: this thread opens its own and closes it.
        try:
            from ikrar.store.models import Event
            from ikrar.store.roster import import_roster

            event = Event.get_or_none(Event.id == self.event_id) if self.event_id else None
            report = import_roster(
                self.path, event=event, skip_invalid=self.skip_invalid, progress=self._progress
            )
        except IkrarError as exc:
            log.info("roster import refused: %s", exc)
            self.signals.failed.emit(error_text(exc), False)
        except Exception as exc:
            log.exception("roster import of %s failed", self.path)
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", True)
        else:
            self.signals.finished.emit(report)
        finally:
            if not db.is_closed():
                db.close()
