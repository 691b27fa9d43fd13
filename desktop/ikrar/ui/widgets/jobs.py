"""One background task at a time for a page (certificates, printing, badge sheets, file checks),
and the widgets that show it: a progress bar with Cancel, and a message line.

A `TaskRunner` lives on the main thread and owns the busy flag. The work is a plain function
run by a `QRunnable` on the global thread pool; it reports only through the runner's signals
(emitted from the pool thread, so Qt queues them to the main thread) and never touches a
widget. The function receives `progress(done, total)` and `cancelled()`; it stops by raising
when `cancelled()` turns true.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ikrar.core.errors import IkrarError
from ikrar.store.db import db
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.messages import error_text

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress reports a second

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, work: Work, what: str,
                 cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.runner, self.work, self.what, self.cancel = runner, work, what, cancel
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.runner.progress.emit(done, total)

    def run(self) -> None:
        # peewee keeps one SQLite connection per thread: this thread opens its own and closes it.
        try:
            result = self.work(self._progress, self.cancel.is_set)
        except IkrarError as exc:
            log.info("%s refused: %s", self.what, exc)
            self.runner.failed.emit(error_text(exc), False)
        except Exception as exc:
            log.exception("%s failed", self.what)
            self.runner.failed.emit(f"{type(exc).__name__}: {exc}", True)
        else:
            self.runner.finished.emit(result)
        finally:
            if not db.is_closed():
                db.close()


class TaskRunner(QObject):
    """Runs one task at a time off the GUI thread; create it on the main thread."""

    started = Signal(str)  # what
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str, bool)  # message for the person at the desk; True if a bug (see the log)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.what = ""
        self._cancel = threading.Event()
        # Connected first, so the flag is down before anyone else hears the news.
        self.finished.connect(self._done)
        self.failed.connect(self._done)

    def start(self, what: str, work: Work) -> bool:
        """Start `work` in the background; False (and nothing started) while another runs."""
        if self.busy:
            return False
        self.busy, self.what = True, what
        self._cancel = threading.Event()
        self.busy_changed.emit(True)
        self.started.emit(what)
        QThreadPool.globalInstance().start(_Job(self, work, what, self._cancel))
        return True

    def cancel(self) -> None:
        """Ask the running task to stop; it reports `failed` once it has."""
        if self.busy:
            self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether Cancel was asked of the task now running, or of the last one."""
        return self._cancel.is_set()

    def _done(self, *_: object) -> None:
        self.busy = False
        self.busy_changed.emit(False)


# --- what a page shows of its tasks ---------------------------------------------------------

INFO, DONE, PROBLEM = "info", "done", "problem"
_NOTICE_STYLES = {  # background, text, border
    INFO: (theme.INFO_BACKGROUND, theme.INFO_TEXT, theme.INFO_BORDER),
    DONE: (theme.OK_BACKGROUND, theme.OK_TEXT, theme.OK_BORDER),
    PROBLEM: (theme.PROBLEM_BACKGROUND, theme.PROBLEM_TEXT_DARK, theme.PROBLEM_BORDER),
}


class Notice(QLabel):
    """A page's message line: what just happened, or what went wrong and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = INFO
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        background, colour, border = _NOTICE_STYLES[kind]
        self.setStyleSheet(
            f"QLabel#pageNotice {{ background: {background}; color: {colour}; "
            f"border: 1px solid {border}; border-radius: 5px; padding: 8px 12px; }}"
        )
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class TaskBar(QWidget):
    """What the page's runner is doing: a label, a progress bar and a Cancel button."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.busy_changed.connect(self._busy)
        self._busy(False)

    def _started(self, what: str) -> None:
        self.label.setText(what)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is

    def _progress(self, done: int, total: int) -> None:
        if not self.runner.busy:
            return
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, max(1, total)))
        self.bar.setFormat(self.tr("{done} of {total}").format(done=done, total=total))

    def _cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
