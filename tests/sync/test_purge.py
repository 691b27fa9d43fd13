"""A retention purge travels by sync: every node forgets pen time and pressure, no node can make
another's drawn signature change or vanish, and a station that forgets its event stays
forgetful. Then the lost-tablet drill. Real hub on loopback, real stations."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from sync_support import sealed, snapshot

from ikrar import cli
from ikrar.core import strokes
from ikrar.store import outbox, privacy, settings
from ikrar.store.fields import utcnow
from ikrar.store.models import Attendance, Employee, Event, HubChange, Signature
from ikrar.sync import bundle
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubError, HubRefused

AGO = timedelta(days=40)


def _people() -> list[Employee]:
    return list(Employee.select().order_by(Employee.nip))


def _keep_biometrics(hub) -> None:
    hub.use()
    event = Event.get()
    event.keep_biometrics, event.retention_days = True, 30
    outbox.update(event)


def _sign(station, person, seed):
    return station.check_in(person, seed, at=utcnow() - AGO)


def _signatures() -> dict[str, bytes]:
    return {s.id.hex: bytes(s.strokes) for s in Signature.select()}


def _logged_strokes() -> list[bytes]:
    out = []
    for row in HubChange.select().where(HubChange.table == "signature"):
        data = json.loads(row.data)
        if "strokes" in data:
            out.append(base64.b64decode(data["strokes"]["$b64"]))
    return out


def test_the_purge_reaches_the_hub_and_every_station(hub, stations):
    _keep_biometrics(hub)
    a, b = stations("Meja 1", "Meja 2")
    a.use()
    people = _people()
    _sign(a, people[0], 1)
    _sign(a, people[1], 2)
    b.use()
    _sign(b, people[2], 3)
    a.sync(), b.sync(), a.sync()
    a.use()
    originals = _signatures()
    assert len(originals) == 3
    assert all(strokes.has_biometrics(strokes.decode(v)) for v in originals.values())
    shapes = {k: strokes.encode(strokes.without_biometrics(strokes.decode(v)))
              for k, v in originals.items()}

    report = privacy.purge()  # Meja 1: its own two are sent, Meja 2's is forgotten here only
    assert report.signatures == 3 and report.sent == 2
    a.sync()
    b.sync()  # Meja 2 receives Meja 1's purges; its own signature it still holds whole
    b.use()
    held = {s.id.hex: s for s in Signature.select()}
    b_own = next(k for k, s in held.items() if s.biometrics_purged_at is None)
    assert strokes.has_biometrics(strokes.decode(bytes(held[b_own].strokes)))

    hub.use()  # the administrator's purge on the hub covers every station's signatures
    assert privacy.purge().sent == 1
    b.sync()
    a.sync()
    (c,) = stations("Meja 3")  # a station joining after the purge gets the shapes and verifies
    for station in (a, b, c, hub):
        station.use()
        assert _signatures() == shapes, station
        assert all(s.biometrics_purged_at and not s.has_biometrics for s in Signature.select())
        assert {bytes(s) for s in _logged_strokes()} <= set(shapes.values())
        assert Attendance.select().count() == 3  # nothing else went
    hub.use()
    raw = hub_file_bytes(hub)
    if raw is not None:
        for original in originals.values():
            assert original[20:52] not in raw


def hub_file_bytes(hub) -> bytes | None:
    if hub.database_url:
        return None
    from ikrar.store.db import local

    path = local().db_path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_station_cannot_purge_another_stations_signature(hub, stations):
    _keep_biometrics(hub)
    a, b = stations("Meja 1", "Meja 2")
    b.use()
    _sign(b, _people()[0], 4)
    b.sync()
    a.sync()
    hub.use()
    before = snapshot()
    a.use()
    theirs = Signature.get()
    outbox.purge_many(Signature, [{"id": theirs.id, "attendance": theirs.attendance_id,
                                   "biometrics_purged_at": utcnow(), "has_biometrics": False}])
    with pytest.raises(HubRefused) as refused:
        sync_station.sync_once()
    assert refused.value.status == 403 and "own station or the administrator" in str(
        refused.value)
    hub.use()
    assert snapshot() == before


def test_a_purge_that_carries_strokes_is_refused(hub, stations):
    """The owner itself cannot pass new strokes off as a purge (erasing the drawing)."""
    _keep_biometrics(hub)
    (a,) = stations("Meja 1")
    me = a.use().station_id
    _sign(a, _people()[0], 5)
    a.sync()
    hub.use()
    before = snapshot()
    a.use()
    sig = Signature.get()
    blank = strokes.encode(strokes.Signature((), 120.0, 50.0))
    from ikrar.core.hlc import Timestamp
    from ikrar.store.db import local

    stamp = local().clock.now().pack()
    seq = settings.get("sync_acked_seq") + 1
    data = {"id": str(sig.id), "hlc": stamp, "attendance_id": sig.attendance_id.hex,
            "biometrics_purged_at": "2030-01-01T00:00:00.000000Z", "has_biometrics": False,
            "strokes": {"$b64": base64.b64encode(blank).decode("ascii")}}
    assert Timestamp.unpack(stamp).node == me
    body = sealed({"station_id": me, "entries": [
        {"seq": seq, "table": "signature", "row_id": str(sig.id), "op": "purge", "data": data,
         "hlc": stamp}]})
    client = sync_station.client_from_settings()
    try:
        reply = client._http.post("/api/v1/push", json=body)
    finally:
        client.close()
    assert reply.status_code in (403, 422) and "purge names only" in reply.text
    hub.use()
    assert snapshot() == before


def test_a_hub_serving_another_drawing_as_purged_is_refused(hub, stations):
    _keep_biometrics(hub)
    a, b = stations("Meja 1", "Meja 2")
    b.use()
    _sign(b, _people()[0], 6)
    b.sync()
    hub.use()
    row = HubChange.get(HubChange.table == "signature")
    data = json.loads(row.data)
    other = strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(77)))
    data["strokes"] = {"$b64": base64.b64encode(other).decode("ascii")}  # hashes kept as signed
    HubChange.update(data=json.dumps(data)).where(HubChange.seq == row.seq).execute()
    a.use()
    with pytest.raises(HubError) as refused:
        a.sync()
    assert refused.value.code == "hub.bad_entry" and "drawn shape" in str(refused.value)
    a.use()
    assert Signature.select().count() == 0


def test_a_forgotten_event_does_not_come_back(hub, stations):
    a, b = stations("Meja 1", "Meja 2")
    a.use()
    people = _people()
    _sign(a, people[0], 7)
    a.sync()
    a.use()
    event = Event.get()
    privacy.forget(str(event.id))
    assert Employee.select().count() == 0 and Attendance.select().count() == 0
    b.use()
    _sign(b, people[1], 8)  # the event goes on elsewhere: its entries reach Meja 1 ...
    b.sync()
    a.sync()
    a.use()  # ... and are not applied there
    assert Attendance.select().count() == 0 and Signature.select().count() == 0
    assert Employee.select().count() == 0
    assert privacy.forgotten(str(event.id))["checked_in"] == 1


def test_lost_tablet_drill(hub, stations, tmp_path):
    """The tablet of Meja 1 is lost: revoked on the hub, its token and its bundles refused."""
    a, b = stations("Meja 1", "Meja 2")
    a.use()
    _sign(a, _people()[0], 9)
    a.sync()
    hub.use()
    database = ["--database", hub.database_url] if hub.database_url else []
    assert cli.main(["--data-dir", str(hub.folder), "hub", *database, "revoke", "Meja 1"]) == 0
    a.use()  # whoever holds the tablet: its token is refused at once
    _sign(a, _people()[1], 10)
    with pytest.raises(HubRefused, match="revoked") as refused:
        sync_station.sync_once()
    assert refused.value.status == 401
    a.use()
    path, count = bundle.export(tmp_path / "usb")  # and what it carries on a USB stick
    assert count >= 1
    hub.use()
    held = snapshot()
    with pytest.raises(bundle.BundleError) as bundled:
        bundle.import_bundle(path, as_hub=True)
    assert bundled.value.code == "bundle.station_revoked"
    assert snapshot() == held
    b.sync()  # the other stations carry on


def test_a_person_erased_on_the_hub_is_not_served_and_stations_still_pull(hub, stations):
    a, b = stations("Meja 1", "Meja 2")
    a.use()
    people = _people()
    _sign(a, people[0], 11)
    _sign(a, people[1], 12)
    a.sync()
    hub.use()
    settings.put("pledge_retention_days", 1)  # both pledges are past their retention here
    privacy.erase(people[0].nip)
    assert Employee.get_or_none(Employee.nip == people[0].nip) is None
    assert HubChange.select().where(HubChange.op == "erased").count() >= 3
    (c,) = stations("Meja 3")  # joins after the erase: pulls, verifies, never sees them
    c.use()
    assert Employee.get_or_none(Employee.nip == people[0].nip) is None
    assert Employee.get_or_none(Employee.nip == people[1].nip) is not None
    assert Attendance.select().count() == 1
    b.sync()  # a station that held them before keeps syncing (it erases them itself)
