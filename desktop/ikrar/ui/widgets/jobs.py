"""Every long operation of the GUI runs as a job, and the widgets that show one: a progress bar
with Cancel, and a message line.

A `TaskRunner` lives on the GUI thread and owns the busy flag: one job at a time per runner
(a page's certificates, a roster import, a sync, a camera frame being decoded). The work is a
plain function run by a `QRunnable` on a thread pool; it receives `progress(done, total)` and
`cancelled()`, stops by raising when `cancelled()` turns true, and never touches a widget. Its
result or its exception comes back only as a signal of the runner, so Qt queues it to the GUI
thread; the runner lowers the busy flag there, then says `finished(result)` or
`failed(message, is_bug)`. A cancelled job ends in `failed` too (`cancel_requested` tells the
two apart). An `IkrarError` is a message for the person at the desk; anything else is a bug:
logged with its traceback and reported as such. The exception itself stays in `error`.
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
    """One run of a runner's work on a pool thread; it reports only through the runner."""

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
            self._emit(self.runner.progress, done, total)

    def run(self) -> None:
        # The runner keeps the work until the job has ended, so whatever the work holds is
        # released on the GUI thread, never here.
        work, self.work = self.work, None
        result: Any = None
        error: BaseException | None = None
        try:
            result = work(self._progress, self.cancel.is_set)
        except IkrarError as exc:
            log.info("%s refused: %s", self.what, exc)
            error = exc.with_traceback(None)
        except Exception as exc:
            log.exception("%s failed", self.what)
            error = exc.with_traceback(None)
        finally:
            del work
            # peewee keeps one SQLite connection per thread: a job that opened one closes it.
            if db.obj is not None and not db.is_closed():
                db.close()
        self._emit(self.runner._ended, result, error)

    def _emit(self, signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the runner was deleted (its window closed): nobody listens
            log.debug("%s ended after its runner", self.what)


class TaskRunner(QObject):
    """Runs one job at a time off the GUI thread; create it on the GUI thread, with a parent.

    `pool` is the global thread pool unless given (the camera decodes on a pool of its own).
    """

    started = Signal(str)  # what
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str, bool)  # message for the person at the desk; True if a bug (see the log)
    busy_changed = Signal(bool)
    _ended = Signal(object, object)  # result, exception: from the job to the GUI thread

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.busy = False
        self.what = ""
        self.error: BaseException | None = None  # the last job's exception, when it failed
        self._cancel = threading.Event()
        self._work: Work | None = None
        self._ended.connect(self._end)

    def start(self, what: str, work: Work) -> bool:
        """Start `work` in the background; False (and nothing started) while another runs."""
        if self.busy:
            return False
        self.busy, self.what, self.error = True, what, None
        self._cancel = threading.Event()
        self._work = work
        self.busy_changed.emit(True)
        self.started.emit(what)
        self.pool.start(_Job(self, work, what, self._cancel))
        return True

    def cancel(self) -> None:
        """Ask the running job to stop; it reports `failed` once it has."""
        if self.busy:
            self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether Cancel was asked of the job now running, or of the last one."""
        return self._cancel.is_set()

    def _end(self, result: object, error: BaseException | None) -> None:
        # The flag is down before anyone hears the news.
        self.busy, self._work, self.error = False, None, error
        self.busy_changed.emit(False)
        if error is None:
            self.finished.emit(result)
        elif isinstance(error, IkrarError):
            self.failed.emit(error_text(error), False)
        else:
            self.failed.emit(f"{type(error).__name__}: {error}", True)


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
