"""A station whose clock is hours behind; HTTPS with a pinned certificate; the CLI."""

from __future__ import annotations

import time

import pytest
import zxingcpp
from PIL import Image
from sync_support import Station, snapshot

from ikrar import cli
from ikrar.core.hlc import Timestamp
from ikrar.store import outbox, settings
from ikrar.store.db import local
from ikrar.store.models import Attendance, Employee
from ikrar.store.stations import local_station
from ikrar.sync import station as sync_station
from ikrar.sync.tls import PinError

TWO_HOURS_MS = 2 * 3600 * 1000


def _slow_clock() -> None:
    """This station's wall clock runs two hours behind (the one thing a test must fake)."""
    local().clock._wall = lambda: time.time_ns() // 1_000_000 - TWO_HOURS_MS


def test_station_two_hours_behind_orders_nothing_wrongly(hub, stations):
    a, slow = stations("Meja 1", "Meja 9")
    a.use()
    people = list(Employee.select().order_by(Employee.nip))
    a.check_in(people[0])
    a.sync()
    hub.use()  # an edit at the right time, by the administrator (who owns the roster)
    person = Employee.get(Employee.nip == people[1].nip)
    person.position = "Kepala Bidang"
    outbox.update(person)
    slow.use()
    _slow_clock()
    slow.sync()
    received = Employee.get(Employee.nip == people[1].nip)
    assert received.position == "Kepala Bidang"
    # The slow station writes after it received (its own row: a desk writes only what it
    # authored): its write must come later although its wall clock says two hours earlier.
    mine = local_station()
    mine.name = "Meja 9 (aula)"
    outbox.update(mine)
    assert Timestamp.unpack(mine.hlc) > Timestamp.unpack(received.hlc)
    with pytest.raises(Exception, match="Already signed"):
        slow.check_in(Employee.get(Employee.nip == people[0].nip))
    slow.sync()
    # After a restart the clock still continues past what was received.
    slow.use()
    _slow_clock()
    later = local_station()
    later.name = "Meja 9"
    outbox.update(later)
    assert Timestamp.unpack(later.hlc) > Timestamp.unpack(mine.hlc)
    slow.sync()
    a.sync()
    hub.use()
    expected = snapshot()
    assert expected["employee"][received.id.hex]["position"] == "Kepala Bidang"
    assert expected["station"][later.id.hex]["name"] == "Meja 9"
    for node in (a, slow):
        node.use()
        assert snapshot() == expected
        assert Attendance.select().count() == 1


def test_https_hub_is_pinned_from_the_code(tmp_path, make_hub):
    hub = make_hub(tls=True)
    assert hub.url.startswith("https://")
    code = hub.code("Meja 1")
    station = Station(tmp_path / "s", "s")
    station.use()
    secret = code.split("@")[0]
    with pytest.raises(PinError, match="not the one named"):
        sync_station.join(hub.url, secret + "@" + "0" * 32)
    assert settings.get("hub_token") is None
    sync_station.join(hub.url, code)
    report = sync_station.sync_once()
    assert report.pulled > 0 and Employee.select().count() == 30
    assert settings.get("hub_certificate").startswith("-----BEGIN CERTIFICATE-----")


def test_cli_enrol_join_sync_export(tmp_path, make_hub, capsys):
    hub = make_hub()
    qr = tmp_path / "code.png"
    assert cli.main(["--data-dir", str(hub.folder), "hub", "enrol", "Meja 3", "--qr",
                     str(qr)]) == 0
    printed = capsys.readouterr().out
    lines = printed.strip().splitlines()
    code = lines[[i for i, line in enumerate(lines) if line.startswith("Enrolment code")][0] + 1]
    decoded = zxingcpp.read_barcodes(Image.open(qr))
    assert decoded and decoded[0].text == f"ikrar:{code}"
    folder = str(tmp_path / "station")
    assert cli.main(["--data-dir", folder, "station", "join", hub.url, decoded[0].text]) == 0
    out = capsys.readouterr().out
    assert "Joined the hub" in out and "received" in out
    Station(tmp_path / "station", "x").use()
    assert settings.get("station_name") == "Meja 3"
    assert cli.main(["--data-dir", folder, "sync"]) == 0
    assert "Sync done" in capsys.readouterr().out
    assert cli.main(["--data-dir", folder, "station", "join", hub.url, code]) == 1
    assert "already used" in capsys.readouterr().err
