"""The settings dialog: shows the stored values, saves on OK only, and survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ikrar.store import settings
from ikrar.store.db import close_db, init_db
from ikrar.ui.admin.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, store):
    shown = SettingsDialog(str(store.data_dir))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def press(qtbot, dialog: SettingsDialog, which: str) -> None:
    button = dialog.save_button if which == "save" else dialog.cancel_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_it_shows_the_defaults_and_where_the_data_is(dialog, store):
    assert dialog.language_combo.currentText() == "Bahasa Indonesia"
    assert dialog.layout_mode == "single"
    assert dialog.sound_check.isChecked()
    assert dialog.folder_label.text() == str(store.data_dir)
    assert dialog.hub_label.text() == "Not joined to a hub"
    assert not dialog.sync_button.isEnabled()


def test_saved_settings_survive_a_restart(dialog, qtbot, data_dir):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.restart_label.isVisible()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("dual"))
    qtbot.mouseClick(dialog.sound_check, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, "save")

    close_db()
    init_db(data_dir)
    assert (settings.get("language"), settings.get("layout"), settings.get("sound")) == (
        "en", "dual", False)
    again = SettingsDialog(str(data_dir))
    qtbot.addWidget(again)
    assert again.language_combo.currentText() == "English" and again.layout_mode == "dual"
    assert not again.sound_check.isChecked()


def test_cancel_saves_nothing(dialog, qtbot):
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("dual"))
    press(qtbot, dialog, "cancel")
    assert settings.get("layout") == "single"


def test_a_station_on_a_hub_shows_it_and_can_sync(qtbot, store):
    settings.put("hub_url", "https://192.168.1.10:8750")
    settings.put("hub_token", "token")
    shown = SettingsDialog(str(store.data_dir))
    qtbot.addWidget(shown)
    assert shown.hub_label.text() == "https://192.168.1.10:8750"
    assert shown.sync_button.isEnabled()


def test_the_main_window_opens_it_and_applies_the_layout(make_window, event, qtbot):
    window = make_window()
    assert window.settings_action in window.menuBar().actions()[0].menu().actions()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("dual"))
    qtbot.mouseClick(dialog.sound_check, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, "save")

    assert window.attendee_window.layout_mode == "dual"
    assert window.layout_actions["dual"].isChecked()
    assert not window.sound_action.isChecked()
    assert settings.get("sound") is False
