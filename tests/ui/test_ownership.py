"""Every window has a Qt owner: closing the main window deletes them all, on the GUI thread.

A widget whose only owner is its Python wrapper dies wherever the garbage collector happens to
run, and when that is a background job's thread the process crashes. These tests build the
real main window, delete it the way the event loop does, and then collect garbage on a worker
thread: in a child process, so that a crash fails the test instead of ending the test run
(before the attendee window had an owner, that child died of a segmentation fault).
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ikrar.app import build_main_window

CHILD = """
import gc
import sys
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from ikrar.app import build_main_window
from ikrar.store.db import init_db

app = QApplication(sys.argv[:1])
local = init_db(sys.argv[1], station_name="Meja 1")
window = build_main_window(local)
window.show()
window.open_settings()
app.processEvents()
attendee = window.attendee_window
window.close()
window.deleteLater()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("window deleted:", not shiboken6.isValid(window), flush=True)
print("attendee window deleted:", not shiboken6.isValid(attendee), flush=True)
print("windows left:", [type(w).__name__ for w in app.topLevelWidgets()], flush=True)
del window, attendee
collector = threading.Thread(target=gc.collect)
collector.start()
collector.join()
print("collected on a worker thread", flush=True)
"""


def test_closing_the_main_window_leaves_nothing_for_a_worker_thread_to_free(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "window deleted: True" in result.stdout, result.stderr
    assert "attendee window deleted: True" in result.stdout
    assert "windows left: []" in result.stdout
    assert "collected on a worker thread" in result.stdout, result.stderr
    assert result.returncode == 0, result.stderr


def test_the_attendee_window_goes_with_the_main_window(qtbot, store):
    window = build_main_window(store)  # not given to qtbot: this test deletes it
    window.show()
    qtbot.waitExposed(window)
    attendee = window.attendee_window
    attendee.present()
    qtbot.waitExposed(attendee)
    assert attendee.parent() is window and attendee.isWindow()

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert not shiboken6.isValid(window)
    assert not shiboken6.isValid(attendee)


def click_through_the_window_system(widget: QWidget) -> None:
    """A click as a finger or mouse makes it: modal dialogs block it there."""
    handle = widget.window().windowHandle()
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.mapTo(widget.window(), widget.rect().center()))


def test_a_dialog_on_the_operators_window_does_not_freeze_the_attendees(qtbot, make_window):
    """Owned by the main window, the attendee window is still not blocked by its dialogs."""
    window = make_window()
    attendee = window.attendee_window
    attendee.set_layout("dual")
    attendee.present()
    qtbot.waitExposed(attendee)
    clicks: list[str] = []
    buttons = {}
    for name, parent in (("attendee", attendee), ("operator", window.centralWidget())):
        button = QPushButton(name, parent)
        button.setGeometry(0, 0, 200, 100)
        button.show()
        button.raise_()
        button.clicked.connect(partial(clicks.append, name))
        buttons[name] = button
    dialog = QDialog(window)
    dialog.open()  # window-modal to the operator's window
    qtbot.waitExposed(dialog)

    click_through_the_window_system(buttons["operator"])
    click_through_the_window_system(buttons["attendee"])
    qtbot.waitUntil(lambda: clicks == ["attendee"])

    dialog.close()
    click_through_the_window_system(buttons["operator"])
    qtbot.waitUntil(lambda: clicks == ["attendee", "operator"])
