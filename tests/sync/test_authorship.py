"""Who may write what: a station holding its own token tries to forge others' rows, and a hub
hands out entries nobody signed. Real hub on loopback, real stations."""

from __future__ import annotations

import base64
import json

import pytest
from sync_support import snapshot

from ikrar.core import strokes
from ikrar.core.hlc import Timestamp
from ikrar.store import keystore, outbox
from ikrar.store.models import (
    Attendance,
    Employee,
    Event,
    HubBatch,
    HubChange,
    PledgeVersion,
    Signature,
)
from ikrar.store.sync_apply import Entry
from ikrar.sync import signing
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubError, HubRefused
from ikrar.sync.serve import load_agency


def _people() -> list[Employee]:
    return list(Employee.select().order_by(Employee.nip))


def _forge_signature() -> None:
    sig = Signature.get()
    data = strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(99)))
    sig.strokes, sig.strokes_hash = data, strokes.strokes_hash(data)
    outbox.update(sig)


def _move_check_in(*, claim: bool) -> None:
    attendance = Attendance.get()
    attendance.employee = _people()[5]
    if claim:  # and say it is this station's own check-in
        from ikrar.store.db import local

        attendance.station = local().station_id
    outbox.update(attendance)


def _rewrite_event() -> None:
    event = Event.get()
    event.title = "Acara palsu"
    outbox.update(event)


def _rewrite_pledge() -> None:
    version = PledgeVersion.get()
    version.text = "Kami tidak berjanji apa-apa."
    outbox.update(version)
    event = Event.get()
    event.pledge_text = version.text
    outbox.update(event)


def _rewrite_roster_person() -> None:
    person = _people()[2]
    person.name = "Nama Palsu"
    outbox.update(person)


FORGERIES = {
    "signature of another station": (_forge_signature, "author"),
    "check-in moved to another person": (lambda: _move_check_in(claim=False), "author"),
    "check-in claimed and moved": (lambda: _move_check_in(claim=True), "only its author"),
    "event title": (_rewrite_event, "administrator"),
    "pledge text": (_rewrite_pledge, "administrator"),
    "person on the roster": (_rewrite_roster_person, "author"),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_a_station_cannot_write_what_it_did_not_author(hub, stations, forgery):
    forge, words = FORGERIES[forgery]
    a, b = stations("Meja 1", "Meja 2")
    b.use()
    b.check_in(_people()[0])
    b.sync()
    a.sync()
    hub.use()
    before = snapshot()
    a.use()
    forge()
    with pytest.raises(HubRefused) as refused:
        sync_station.sync_once()
    assert refused.value.status == 403
    assert words in str(refused.value) and "Nothing" in str(refused.value)
    hub.use()
    assert snapshot() == before
    b.sync()
    b.use()
    assert snapshot() == before  # nothing forged reached the other station


def _forge_in_hub(kind: str, b_id: str) -> None:
    """Write a forged entry straight into the hub's database, as a compromised hub would."""
    row = HubChange.get((HubChange.table == "signature") & (HubChange.station_id == b_id))
    data = json.loads(row.data)
    fake = strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(98)))
    data["strokes"] = {"$b64": base64.b64encode(fake).decode("ascii")}
    data["strokes_hash"] = strokes.strokes_hash(fake)
    if kind == "altered in place":  # the station's own signed entry, its content replaced
        HubChange.update(data=json.dumps(data)).where(HubChange.seq == row.seq).execute()
        return
    stamp = Timestamp.unpack(row.hlc)
    data["hlc"] = Timestamp(stamp.wall_ms + 1, 0, stamp.node).pack()
    seq = HubChange.select().where(HubChange.station_id == b_id).count() + 1
    entry = Entry(b_id, seq, "signature", row.row_id, "update", data, data["hlc"])
    batch = None
    if kind == "signed with the agency key":
        seal = signing.seal([entry], load_agency(), None)
        batch = HubBatch.create(station_id=b_id, first_seq=seq, digests=seal.digests,
                                signature=seal.signature, certificate=None, kind=seal.kind).id
    if kind == "signed with a key the hub certified":  # the hub holds the agency key
        from ikrar.core.keys import SigningKey, StationCertificate

        key = SigningKey.generate()
        cert = StationCertificate.issue(load_agency(), b_id, "Meja 2", key.public)
        seal = signing.seal([entry], key, cert.to_text())
        batch = HubBatch.create(station_id=b_id, first_seq=seq, digests=seal.digests,
                                signature=seal.signature, certificate=seal.certificate,
                                kind=seal.kind).id
    HubChange.create(station_id=b_id, station_seq=seq, table="signature", row_id=row.row_id,
                     op="update", data=json.dumps(data), hlc=data["hlc"], batch_id=batch,
                     event_id=row.event_id)


@pytest.mark.parametrize("kind", ["altered in place", "unsigned", "signed with the agency key",
                                  "signed with a key the hub certified"])
def test_a_forged_entry_from_the_hub_is_refused_by_the_station(hub, stations, kind):
    a, b = stations("Meja 1", "Meja 2")
    b_id = b.use().station_id
    b.check_in(_people()[0])
    b.sync()
    original = bytes(Signature.get().strokes)
    hub.use()
    _forge_in_hub(kind, b_id)
    a.use()
    held = snapshot()
    with pytest.raises(HubError) as refused:
        a.sync()
    assert refused.value.code == "hub.bad_entry"
    assert ("signature" in str(refused.value) or "signed" in str(refused.value)
            or "own key" in str(refused.value) or "author" in str(refused.value))
    a.use()
    assert snapshot() == held  # nothing of the page was applied
    assert all(bytes(s.strokes) == original for s in Signature.select())
    # The station keeps working: it checks in and its entries still reach the hub.
    attendance = a.check_in(_people()[7])
    with pytest.raises(HubError):
        a.sync()
    hub.use()
    assert Attendance.get_or_none(Attendance.id == attendance.id) is not None


def test_a_station_certificate_from_another_agency_is_refused(hub, stations, tmp_path):
    """A push signed with a key the agency never certified for this station."""
    from ikrar.core.keys import SigningKey, StationCertificate

    (a,) = stations("Meja 1")
    a.use()
    a.check_in(_people()[0])
    key = SigningKey.generate()
    stranger = StationCertificate.issue(SigningKey.generate(), a.use().station_id, "Meja 1",
                                        key.public)
    from ikrar.store import settings, sync_state

    entries = sync_state.pending(settings.get("sync_acked_seq"), 100)
    client = sync_station.client_from_settings()
    with pytest.raises(HubRefused) as refused:
        client.push(a.use().station_id, entries,
                    signing.seal(entries, key, stranger.to_text()))
    client.close()
    assert refused.value.status == 422 and "certificate" in str(refused.value)
    assert keystore.station_certificate()  # the station's own certificate is untouched
