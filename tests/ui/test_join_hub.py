"""Joining a hub from Settings: a real hub on loopback, the wizard's form, the same refusals."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.store import keystore, settings
from ikrar.store.db import close_db, init_db
from ikrar.store.events import create_event
from ikrar.ui.admin.join_dialog import JoinDialog
from ikrar.ui.admin.settings_dialog import SettingsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_support import Hub  # noqa: E402

TIMEOUT_MS = 30_000


@pytest.fixture
def hub(tmp_path):
    hub = Hub(tmp_path / "hub")
    hub.prepare(employees=5)
    yield hub
    hub.stop()


def settings_dialog(qtbot, data_dir) -> SettingsDialog:
    dialog = SettingsDialog(str(data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_join(qtbot, dialog: SettingsDialog) -> JoinDialog:
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    joining = dialog.join_dialog
    qtbot.waitExposed(joining)
    return joining


def join(qtbot, joining: JoinDialog, url: str, code: str, *, succeeds: bool) -> None:
    joining.form.url_edit.clear()
    joining.form.code_edit.clear()
    qtbot.keyClicks(joining.form.url_edit, url)
    qtbot.keyClicks(joining.form.code_edit, code)
    signal = joining.runner.finished if succeeds else joining.runner.failed
    with qtbot.waitSignal(signal, timeout=TIMEOUT_MS):
        qtbot.mouseClick(joining.join_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone()


def uncertified() -> bool:
    try:
        keystore.station_certificate()
    except IkrarError as exc:
        return exc.code == "key.station_uncertified"
    return False


def test_a_folder_not_joined_joins_from_settings(hub, qtbot, data_dir):
    code = hub.code("Meja 7")
    url = hub.start()
    init_db(data_dir, station_name="Meja 1")
    assert uncertified()  # the clerk page's "no certificate from the agency" state
    dialog = settings_dialog(qtbot, data_dir)
    assert dialog.hub_label.text() == "Not joined to a hub"
    assert dialog.join_button.text() == dialog.tr("Join a hub…")
    joining = open_join(qtbot, dialog)
    assert not joining.form.notice.isVisible()

    with qtbot.waitSignal(dialog.joined, timeout=TIMEOUT_MS):
        join(qtbot, joining, url, code, succeeds=True)

    assert not joining.isVisible()
    assert dialog.hub_label.text() == f"{url}, as station “Meja 7”"
    assert dialog.join_button.text() == dialog.tr("Join again…") and dialog.sync_button.isEnabled()
    close_db()
    init_db(data_dir)  # what was stored, read back from the file
    assert settings.get("hub_url") == url and settings.get("hub_token")
    assert settings.get("station_name") == "Meja 7"
    assert settings.get("current_event") == hub.event_id
    certificate = keystore.station_certificate()  # the clerk can now sign certificates
    certificate.verify(keystore.agency_public_key())
    assert not uncertified()


def test_a_wrong_code_is_told_in_indonesian_and_changes_nothing(indonesian, hub, qtbot,
                                                               data_dir):
    url = hub.start()
    init_db(data_dir, station_name="Meja 1")
    dialog = settings_dialog(qtbot, data_dir)
    joining = open_join(qtbot, dialog)

    join(qtbot, joining, url, "AAAA-BBBB-CCCC-DDDD", succeeds=False)

    said = joining.form.notice.text()
    assert joining.isVisible() and joining.form.notice.isVisible()
    assert said.startswith("Kode pendaftaran ini tidak dikenal hub"), said
    assert joining.runner.error.code == "enrol.unknown_code"
    assert joining.join_button.isEnabled() and joining.cancel_button.isEnabled()
    assert settings.get("hub_token") is None and settings.get("hub_url") is None
    assert uncertified()
    assert dialog.join_button.text() == dialog.tr("Join a hub…")

    join(qtbot, joining, "http://127.0.0.1:1", "AAAA-BBBB-CCCC-DDDD", succeeds=False)
    said = joining.form.notice.text()
    assert joining.runner.error.code == "hub.unreachable"
    assert said.startswith("Hub di http://127.0.0.1:1 tidak dapat dihubungi"), said
    assert settings.get("hub_token") is None and uncertified()


def test_a_code_for_another_event_is_refused_and_stays_usable(hub, qtbot, data_dir, tmp_path):
    code = hub.code("Meja 7")
    url = hub.start()
    init_db(data_dir, station_name="Meja 1")
    own = create_event("Apel Pagi", datetime(2024, 8, 1, 7, 30, tzinfo=zone("WIB")))
    dialog = settings_dialog(qtbot, data_dir)
    joining = open_join(qtbot, dialog)

    join(qtbot, joining, url, code, succeeds=False)

    assert joining.runner.error.code == "enrol.other_event"
    assert "another event" in joining.form.notice.text()
    assert settings.get("hub_token") is None and uncertified()
    assert settings.get("current_event") == str(own.id)
    # Refused before the hub used it: the code still enrols a fresh folder.
    from ikrar.sync import station

    close_db()
    init_db(tmp_path / "fresh", station_name="Meja 2")
    assert station.join(url, code)["event_id"] == hub.event_id


def test_joining_again_asks_first_and_keeps_the_station(hub, qtbot, data_dir, monkeypatch):
    first, second = hub.code("Meja 7"), hub.code("Meja 8")
    url = hub.start()
    local = init_db(data_dir, station_name="Meja 1")
    from ikrar.sync import station

    station.join(url, first)
    old_token, me = settings.get("hub_token"), str(local.station_id)
    dialog = settings_dialog(qtbot, data_dir)
    assert dialog.join_button.text() == dialog.tr("Join again…")

    asked: list[str] = []

    def answer(role):
        def exec_(box: QMessageBox) -> int:
            asked.append(box.text())
            [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
            button.click()
            return 0
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.ButtonRole.RejectRole))
    assert dialog.join_hub() is None  # "Cancel": nothing opens
    assert url in asked[0]

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.ButtonRole.AcceptRole))
    joining = open_join(qtbot, dialog)
    join(qtbot, joining, url, second, succeeds=True)

    assert len(asked) == 2
    assert settings.get("hub_token") not in (None, old_token)  # the new code's token
    assert settings.get("station_id") in (None, me) and str(local.station_id) == me
    assert settings.get("station_name") == "Meja 8"
    assert dialog.hub_label.text() == f"{url}, as station “Meja 8”"
    assert "Sync done" in station.sync_once().describe()  # the new token works
    from ikrar.sync.client import HubClient, HubError

    stale = HubClient(url, old_token)
    try:
        with pytest.raises(HubError):
            stale.me()  # the old one no longer does
    finally:
        stale.close()


def test_a_revoked_station_cannot_join_again(hub, data_dir, tmp_path):
    from ikrar.sync import enrol, station

    first, second = hub.code("Meja 7"), hub.code("Meja 8")
    url = hub.start()
    init_db(data_dir, station_name="Meja 1")
    station.join(url, first)
    token = settings.get("hub_token")
    hub.use()
    enrol.revoke("Meja 7")
    close_db()
    init_db(data_dir)

    with pytest.raises(station.CodeRefused, match="revoked") as refused:
        station.join(url, second)

    assert refused.value.code == "enrol.revoked"
    assert settings.get("hub_token") == token  # nothing changed here
    close_db()
    init_db(tmp_path / "fresh", station_name="Meja 2")  # the code was not used up
    assert station.join(url, second)["station_name"] == "Meja 8"


@pytest.mark.parametrize("damage", ["certificate", "key"])
def test_joining_again_mends_a_damaged_or_mismatched_station_certificate(
        hub, data_dir, damage):
    """What the clerk's message says to do (Join again) gives the station a certificate that
    matches its key; signed certificates and syncs work again."""
    from ikrar.core.keys import KeyFileError, SigningKey
    from ikrar.store.models import Station
    from ikrar.store.stations import local_station
    from ikrar.sync import station
    from ikrar.ui.widgets import messages

    first, second = hub.code("Meja 7"), hub.code("Meja 8")
    url = hub.start()
    init_db(data_dir, station_name="Meja 1")
    station.join(url, first)
    if damage == "certificate":
        Station.update(certificate="AAAA" + local_station().certificate[4:]).where(
            Station.id == local_station().id).execute()
        code = "key.station_certificate_damaged"
    else:
        SigningKey.generate().save(keystore.keys_dir() / keystore.STATION_KEY)
        code = "key.station_certificate_other_key"
    with pytest.raises(KeyFileError) as broken:
        keystore.station_certificate()
    assert broken.value.code == code
    shown = messages.error_text(broken.value)  # what the clerk reads
    assert "Settings → Join again…" in shown and "`" not in shown

    station.join(url, second)

    assert keystore.station_certificate().public_key == keystore.station_key().public
    assert "Sync done" in station.sync_once().describe()
