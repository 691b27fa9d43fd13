"""The GUI bootstrap: run() shows the window; an uncaught error is logged and explained."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ikrar import app
from ikrar.core.errors import IkrarError
from ikrar.paths import resource
from ikrar.ui.widgets import messages


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The error dialog waits for a person to press OK: record it instead."""
    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return shown


CHILD = """
import sys
from datetime import datetime
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ikrar import app
from ikrar.core.dates import zone
from ikrar.store.db import init_db
from ikrar.store.events import create_event
from ikrar.ui.main_window import MainWindow

local = init_db(sys.argv[1], station_name="Meja 2")
create_event("Apel Netralitas", datetime(2024, 7, 10, 8, 0, tzinfo=zone("WIB")))

def look_and_quit():
    qapp = QApplication.instance()
    for window in qapp.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            print("shown:", window.windowTitle(), "|", window.import_action.text(), flush=True)
    print("app:", qapp.applicationName(), qapp.organizationName(), flush=True)
    qapp.exit(3)

QTimer.singleShot(0, look_and_quit)
sys.exit(app.run(local, argv=["ikrar"]))
"""


def test_run_shows_the_main_window_in_indonesian_and_returns_its_status(tmp_path):
    # Its own process: run() owns the QApplication, its translator and its event loop.
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 3, result.stderr
    assert "shown: Ikrar — Apel Netralitas | Impor daftar pegawai…" in result.stdout
    assert "app: Ikrar Ikrar" in result.stdout
    assert (tmp_path / "data" / "cache" / "i18n" / "ikrar_id.qm").exists() or (
        resource("i18n", "ikrar_id.ts").with_suffix(".qm").exists()
    )


def test_an_uncaught_error_is_logged_and_shown_with_the_log_file(
    qapp, store, shown_boxes, caplog
):
    app.install_excepthook(app.log_file(store))
    caplog.set_level(logging.CRITICAL, logger="ikrar.app")
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())

    assert "uncaught exception" in caplog.text and "ZeroDivisionError" in caplog.text
    ((headline, details),) = shown_boxes
    assert headline.startswith("Something went wrong")
    assert "ZeroDivisionError: division by zero" in details
    assert str(store.data_dir / "logs" / "ikrar.log") in details


def test_a_user_error_is_shown_as_its_own_message(qapp, store, shown_boxes):
    app.install_excepthook(app.log_file(store))
    try:
        raise IkrarError("store.disk_full", "The disk is full. Nothing was saved.")
    except IkrarError:
        sys.excepthook(*sys.exc_info())

    # The code's own text in the user's language, not the English of the store.
    assert shown_boxes == [(messages.text("store.disk_full"), "")]
