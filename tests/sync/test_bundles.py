"""USB bundles: signed by the station, applied whole with the push rules, or refused whole."""

from __future__ import annotations

import pytest
from sync_support import Hub, snapshot

from ikrar import cli
from ikrar.store import settings, sync_state
from ikrar.store.models import Attendance, Employee, HubChange
from ikrar.sync import bundle
from ikrar.sync.bundle import BundleError


@pytest.fixture
def offline_bundle(tmp_path, hub, stations):
    """Meja 1 and Meja 2 joined; the hub then stops; Meja 1 checks in 5 people and exports."""
    a, b = stations("Meja 1", "Meja 2")
    hub.stop()
    a.use()
    for i, person in enumerate(list(Employee.select().order_by(Employee.nip))[:5]):
        a.check_in(person, seed=i)
    path, count = bundle.export(tmp_path / "usb")
    assert count == sync_state.waiting_count() and path.stat().st_mode & 0o777 == 0o600
    return a, b, path


def test_bundle_on_the_hub_then_online_sync_converges(offline_bundle, hub):
    a, b, path = offline_bundle
    hub.use()
    done = bundle.import_bundle(path, as_hub=True)
    assert done.new == done.entries > 0
    again = bundle.import_bundle(path, as_hub=True)  # a second copy changes nothing
    assert again.new == 0
    assert Attendance.select().count() == 5
    hub.start()
    b.sync()
    b.use()
    assert Attendance.select().count() == 5
    a.sync()  # the hub acknowledges what came by USB; nothing is doubled
    a.use()
    assert sync_state.waiting_count() == 0
    hub.use()
    assert HubChange.select().where(HubChange.table == "attendance").count() == 5
    expected = snapshot()
    for node in (a, b):
        node.use()
        assert snapshot() == expected


def test_bundle_on_another_station(offline_bundle, capsys):
    a, b, path = offline_bundle
    b.use()
    assert cli.main(["--data-dir", str(b.folder), "sync", "import", str(path)]) == 0
    assert "Imported 10 entries" in capsys.readouterr().out  # 5 check-ins, 5 signatures
    b.use()
    assert Attendance.select().count() == 5


@pytest.mark.parametrize("damage", ["flip", "truncate", "append", "magic"])
def test_altered_or_truncated_bundle_is_refused_whole(offline_bundle, hub, damage):
    a, b, path = offline_bundle
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 10]
    elif damage == "append":
        data += b"\x00"
    else:
        data[:5] = b"XXXXX"
    path.write_bytes(bytes(data))
    hub.use()
    before = snapshot(), HubChange.select().count()
    with pytest.raises(BundleError, match="refused|not an Ikrar bundle"):
        bundle.import_bundle(path, as_hub=True)
    assert (snapshot(), HubChange.select().count()) == before
    b.use()
    with pytest.raises(BundleError):
        bundle.import_bundle(path, as_hub=False)
    assert Attendance.select().count() == 0


def test_bundle_from_another_agency_is_refused(offline_bundle, tmp_path, hub):
    a, b, path = offline_bundle
    other = Hub(tmp_path / "other-agency")
    other.prepare(employees=1)
    other.use()
    with pytest.raises(BundleError, match="another agency"):
        bundle.import_bundle(path, as_hub=True)
    assert HubChange.select().where(HubChange.table == "attendance").count() == 0


def test_export_needs_something_to_send(tmp_path, hub, stations):
    (a,) = stations("Meja 1")
    a.use()
    assert settings.get("sync_acked_seq") > 0
    with pytest.raises(BundleError, match="Nothing to export"):
        bundle.export(tmp_path / "usb")
