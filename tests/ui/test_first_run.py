"""The first-run wizard: each of its three ways in leaves the data folder as it should."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QThreadPool, QTime

from ikrar import paths
from ikrar.core.dates import zone
from ikrar.store import settings
from ikrar.store.db import close_db, init_db
from ikrar.store.events import current_event
from ikrar.store.models import Employee, Event
from ikrar.ui.admin import first_run
from ikrar.ui.admin.first_run import FirstRunWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_support import Hub  # noqa: E402


@pytest.fixture
def wizard(qtbot, store):
    dialog = FirstRunWizard()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    # Nothing owns the wizard (as in `ikrar.app.first_run`): deleted here, on this thread.
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_needed_only_on_a_fresh_folder(store):
    assert first_run.needed()
    settings.put("hub_token", "t")  # a station that joined a hub
    assert not first_run.needed()
    settings.put("hub_token", None)
    settings.put("demo", True)
    assert not first_run.needed()


def test_not_needed_once_there_is_an_event(event):
    assert not first_run.needed()


def test_create_an_event(wizard, qtbot, data_dir):
    assert first_run.needed()
    click(qtbot, wizard.create_button)
    assert wizard.pages.currentIndex() == 1
    qtbot.keyClicks(wizard.title_edit, "Apel Netralitas ASN")
    wizard.date_edit.setDateTime(QDateTime(QDate(2024, 7, 10), QTime(8, 0)))
    wizard.tz_combo.setCurrentText("WITA")
    qtbot.keyClicks(wizard.city_edit, "Sumedang")
    qtbot.keyClicks(wizard.venue_edit, "Aula Tampomas")
    click(qtbot, wizard.event_buttons.ok_button)

    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    assert wizard.choice == first_run.CREATED
    close_db()  # what is on disk, as the next start sees it
    init_db(data_dir)
    event = current_event()
    assert (event.title, event.city, event.venue, event.timezone) == (
        "Apel Netralitas ASN", "Sumedang", "Aula Tampomas", "WITA")
    local_start = event.starts_at.astimezone(zone("WITA"))
    assert (local_start.day, local_start.hour) == (10, 8)
    assert not first_run.needed()


def test_an_event_needs_a_title(wizard, qtbot):
    click(qtbot, wizard.create_button)
    click(qtbot, wizard.event_buttons.ok_button)

    assert wizard.isVisible() and wizard.choice is None
    assert wizard.event_notice.isVisible() and "title" in wizard.event_notice.text()
    assert Event.select().count() == 0


def test_open_the_demo_fills_the_demo_folder_and_leaves_this_one(wizard, qtbot, data_dir):
    click(qtbot, wizard.demo_button)
    assert wizard.choice == first_run.DEMO

    local = first_run.open_demo()

    assert local.data_dir == paths.demo_data_dir() != data_dir
    assert settings.get("demo") is True
    assert Event.select().count() == 1 and Employee.select().count() > 100
    close_db()
    init_db(data_dir)
    assert Event.select().count() == 0 and not settings.get("demo")


def test_join_a_hub_with_a_code(tmp_path, qtbot, data_dir):
    hub = Hub(tmp_path / "hub")
    hub.prepare(employees=5)
    code = hub.code("Meja 7")
    url = hub.start()
    try:
        init_db(data_dir)
        dialog = FirstRunWizard()
        qtbot.addWidget(dialog)
        dialog.show()
        click(qtbot, dialog.join_button)

        # A refused code first: a clear message, nothing saved, the form still there.
        qtbot.keyClicks(dialog.url_edit, url)
        qtbot.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC-DDDD")
        with qtbot.waitSignal(dialog.runner.failed, timeout=30_000):
            click(qtbot, dialog.join_buttons.ok_button)
        assert dialog.join_notice.isVisible() and dialog.join_notice.text()
        assert dialog.choice is None and settings.get("hub_token") is None
        assert dialog.join_buttons.ok_button.isEnabled()

        dialog.code_edit.clear()
        qtbot.keyClicks(dialog.code_edit, code)
        with qtbot.waitSignal(dialog.runner.finished, timeout=30_000):
            click(qtbot, dialog.join_buttons.ok_button)
        QThreadPool.globalInstance().waitForDone()

        assert dialog.choice == first_run.JOINED
        close_db()
        init_db(data_dir)
        assert settings.get("hub_url") == url and settings.get("hub_token")
        assert settings.get("station_name") == "Meja 7"
        assert settings.get("current_event") == hub.event_id
        assert not first_run.needed()
    finally:
        hub.stop()


CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ikrar import app
from ikrar.store.db import init_db
from ikrar.ui.admin.first_run import FirstRunWizard
from ikrar.ui.main_window import MainWindow

local = init_db(sys.argv[1])

def fill_wizard():
    [wizard] = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)]
    print("wizard:", wizard.create_button.text(), flush=True)
    wizard.create_button.click()
    wizard.title_edit.setText("Apel Netralitas")
    wizard.event_buttons.ok_button.click()
    QTimer.singleShot(0, look_and_quit)

def look_and_quit():
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            print("shown:", window.windowTitle(), flush=True)
    QApplication.instance().exit(0)

QTimer.singleShot(0, fill_wizard)
sys.exit(app.run(local, argv=["ikrar"]))
"""


def test_a_fresh_folder_starts_with_the_wizard_then_the_window(tmp_path):
    # Its own process: run() owns the QApplication, its translator and its event loop.
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "fresh")],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "wizard: Buat acara (administrator)" in result.stdout
    assert "shown: Ikrar — Apel Netralitas" in result.stdout
