"""The settings dialog: shows the stored values, saves on OK only, and survives a restart."""

from __future__ import annotations

import pytest
from fit_check import problems
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
    assert dialog.join_button.text() == dialog.tr("Join a hub…") and dialog.join_button.isEnabled()


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
    assert shown.hub_label.text() == "https://192.168.1.10:8750, as station “Meja 1”"
    assert shown.sync_button.isEnabled()
    assert shown.join_button.text() == shown.tr("Join again…")


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


def test_the_thank_you_time_is_short_by_default_and_can_be_changed(dialog, qtbot, data_dir):
    assert settings.get("thanks_ms") <= 1500  # ready for the next person within 1.5 s
    assert dialog.thanks_spin.value() == pytest.approx(settings.get("thanks_ms") / 1000)
    dialog.thanks_spin.setValue(0.8)
    press(qtbot, dialog, "save")
    close_db()
    init_db(data_dir)
    assert settings.get("thanks_ms") == 800
    again = SettingsDialog(str(data_dir))
    qtbot.addWidget(again)
    assert again.thanks_spin.value() == pytest.approx(0.8)


def test_a_locked_station_asks_for_a_pin_before_its_settings(make_window, qtbot):
    from ikrar.store import roles
    from ikrar.ui.desk.pin_dialog import PinDialog

    roles.set_pin("operator", "2468")
    roles.set_pin("clerk", "1357")
    window = make_window()
    assert window.role is None  # locked
    window.settings_action.trigger()
    prompt = window.findChild(PinDialog)
    assert prompt is not None and prompt.isVisible()
    assert window.findChild(SettingsDialog) is None
    for wrong in ("0000", "1357"):  # a guess, and a clerk's PIN: not enough
        prompt.pin_edit.setText(wrong)
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
        assert window.findChild(SettingsDialog) is None
    prompt.pin_edit.setText("2468")
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.role is None  # the settings opened; nobody was signed in by it


def test_a_signed_in_station_opens_its_settings_at_once(make_window, qtbot):
    from ikrar.store import roles
    from ikrar.ui.desk.pin_dialog import PinDialog

    roles.set_pin("operator", "2468")
    window = make_window()
    window.role = roles.OPERATOR
    window._apply_role()
    assert isinstance(window.open_settings(), SettingsDialog)
    assert window.findChild(PinDialog) is None


@pytest.mark.parametrize("hub", [None, "https://hub-sekretariat-daerah.example.go.id:8750"])
def test_nothing_in_it_is_cut_off_in_indonesian(indonesian, qtbot, store, hub):
    """The hub's words wrapped beside its two buttons and lost their second line."""
    if hub:
        settings.put("hub_url", hub)
        settings.put("hub_token", "token")
    shown = SettingsDialog(str(store.data_dir))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert problems(shown) == []
