"""The database passphrase dialog at start, on a computer without a credential store."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ikrar import app
from ikrar.core.errors import IkrarError
from ikrar.store import crypto, settings
from ikrar.store.crypto import KEYINFO_FILENAME
from ikrar.store.db import DB_FILENAME, close_db, init_db
from ikrar.ui.widgets.passphrase import PassphraseDialog

PASSPHRASE = "aula tampomas 2024"


@pytest.fixture
def no_credential_store():
    keyring.set_keyring(fail.Keyring())
    yield
    crypto.set_prompt(None)


def press_ok(qtbot, dialog: PassphraseDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_creating_asks_twice_and_refuses_short_or_different_passphrases(qtbot, tmp_path):
    dialog = PassphraseDialog(tmp_path / DB_FILENAME, creating=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "pendek")
    qtbot.keyClicks(dialog.second, "pendek")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "8" in dialog.problem.text()
    dialog.first.clear()
    dialog.second.clear()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClicks(dialog.second, PASSPHRASE + "x")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted) as accepted:
        press_ok(qtbot, dialog)
    assert accepted.signal_triggered
    assert dialog.passphrase() == PASSPHRASE
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password


def _answer_dialogs(answers: list[str | None], seen: list) -> None:
    """Answer each passphrase dialog as it comes up (inside its exec), as a person would:
    type the next answer and press Open, or press Cancel for None."""
    answered: list[PassphraseDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or any(d is dialog for d in answered):
            QTimer.singleShot(10, act)
            return
        answered.append(dialog)
        seen.append((dialog.creating, dialog.problem.isVisible(), dialog.windowTitle()))
        answer = answers.pop(0)
        if answer is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            dialog.first.setText(answer)
            dialog.second.setText(answer)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if answers:
            QTimer.singleShot(10, act)
    QTimer.singleShot(0, act)


def test_start_without_a_credential_store_asks_in_indonesian(qtbot, data_dir,
                                                              no_credential_store):
    crypto.set_prompt(app.ask_passphrase)
    seen: list = []
    _answer_dialogs([PASSPHRASE], seen)
    init_db(data_dir, station_name="Meja 1")
    assert seen == [(True, False, "Frasa sandi basis data")]
    assert json.loads((data_dir / KEYINFO_FILENAME).read_text())["source"] == "passphrase"
    settings.put("language", "en")
    close_db()
    crypto._derived.clear()

    # A wrong passphrase asks again, saying so; the right one opens.
    seen.clear()
    _answer_dialogs(["salah sekali", PASSPHRASE], seen)
    init_db(data_dir)
    assert [s[:2] for s in seen] == [(False, False), (False, True)]
    assert settings.get("language") == "en"
    close_db()

    # Cancelled: nothing opens, and the message says how to give it unattended.
    _answer_dialogs([None], seen)
    crypto._derived.clear()
    with pytest.raises(IkrarError) as caught:
        init_db(data_dir)
    assert caught.value.code == "store.passphrase_needed"
