"""The one job runner: results, errors, progress and Cancel all come back on the GUI thread."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool

from ikrar.core.errors import IkrarError
from ikrar.ui.widgets import messages
from ikrar.ui.widgets.jobs import TaskRunner


@pytest.fixture
def runner(qtbot):
    owner = QObject()
    runner = TaskRunner(owner)
    yield runner
    QThreadPool.globalInstance().waitForDone()
    shiboken6.delete(owner)


def test_the_result_comes_back_on_the_gui_thread_with_the_flag_down(qtbot, runner):
    heard = []
    runner.finished.connect(lambda result: heard.append((result, runner.busy,
                                                         QThread.currentThread())))
    threads = []

    def work(progress, cancelled):
        threads.append(QThread.currentThread())
        progress(1, 1)
        return 42

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        assert runner.start("answer", work)
        assert runner.busy and not runner.start("another", work)  # one at a time
    assert heard == [(42, False, QThread.currentThread())]
    assert threads[0] is not QThread.currentThread()
    assert runner.error is None


def test_a_users_error_is_a_message_and_a_bug_is_logged(qtbot, runner, caplog):
    def refused(_progress, _cancelled):
        raise IkrarError("batch.empty", "No certificates to print.")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as got:
        runner.start("import", refused)
    assert got.args == [messages.text("batch.empty"), False]
    assert isinstance(runner.error, IkrarError)

    def broken(_progress, _cancelled):
        raise ValueError("no such column")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.failed, timeout=10_000) as got:
        runner.start("import", broken)
    assert got.args == ["ValueError: no such column", True]
    assert isinstance(runner.error, ValueError)
    assert "import failed" in caplog.text and "no such column" in caplog.text


def test_cancel_is_heard_by_the_work_which_ends_in_failed(qtbot, runner):
    started = threading.Event()

    def long(progress, cancelled):
        started.set()
        while not cancelled():
            progress(0, 10)
        raise IkrarError("batch.cancelled", "Cancelled.")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as got:
        runner.start("long", long)
        assert started.wait(10)
        runner.cancel()
    assert got.args == [messages.text("batch.cancelled"), False]
    assert runner.cancel_requested and not runner.busy


def test_a_runner_deleted_while_its_job_runs_is_not_reported_to(qtbot, caplog):
    owner = QObject()
    runner = TaskRunner(owner)
    release = threading.Event()

    def work(progress, cancelled):
        release.wait(10)
        return "late"

    with caplog.at_level(logging.DEBUG, logger="ikrar.ui.widgets.jobs"):
        runner.start("late", work)
        shiboken6.delete(owner)  # its window closed
        release.set()
        QThreadPool.globalInstance().waitForDone()
    assert "late ended after its runner" in caplog.text
