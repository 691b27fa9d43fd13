"""USB bundles are encrypted to the hub's bundle key: a lost stick shows nothing."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from ikrar.core import sealing
from ikrar.core.keys import PublicKey
from ikrar.core.strokes import synthetic_signature
from ikrar.store import keystore, sync_state
from ikrar.store.checkin import check_in
from ikrar.store.db import init_db
from ikrar.store.events import current_event
from ikrar.store.models import Attendance, AuditEvent, Employee
from ikrar.sync import bundle
from ikrar.sync.bundle import BundleError


@pytest.fixture
def exported(tmp_path, hub, stations):
    """Meja 1 joined, the hub stopped, three check-ins exported to the stick."""
    (a,) = stations("Meja 1")
    hub.stop()
    a.use()
    people = list(Employee.select().order_by(Employee.nip))[:3]
    for i, person in enumerate(people):
        a.check_in(person, seed=i)
    path, _ = bundle.export(tmp_path / "usb")
    return a, path, [str(p.id) for p in people]


def test_a_bundle_is_sealed_to_the_hubs_key_and_opens_only_there(exported, hub, tmp_path):
    a, path, people = exported
    data = path.read_bytes()
    assert data.startswith(bundle.SEALED_MAGIC)
    # The key arrived at enrolment and is kept encrypted under the station's database key.
    stored = (a.folder / "keys" / keystore.BUNDLE_KEY).read_bytes()
    assert sealing.is_encrypted(stored) and len(stored) > 32
    hub.use()
    hub_key = keystore.bundle_key()
    a.use()
    assert keystore.bundle_key() == hub_key
    # Someone with the stick and any other key has nothing; with the hub's key, the signed
    # version 1 bundle whose payload holds the attendees' NIPs.
    with pytest.raises(sealing.SealError):
        sealing.unseal(sealing.new_box_key(), data[len(bundle.SEALED_MAGIC):], b"ikrar/bundle/v2")
    inner = sealing.unseal(sealing.box_private_from(hub_key), data[len(bundle.SEALED_MAGIC):],
                           b"ikrar/bundle/v2")
    assert inner.startswith(bundle.MAGIC)
    pos = len(bundle.MAGIC)
    (cert_len,) = struct.unpack_from(">H", inner, pos)
    pos += 2 + cert_len
    (payload_len,) = struct.unpack_from(">I", inner, pos)
    payload = inner[pos + 4:pos + 4 + payload_len]
    content = json.loads(zlib.decompress(payload))
    assert content["station_name"] == "Meja 1" and content["count"] >= len(people)
    # None of the signed bundle is on the stick in the clear, not even whose it is.
    assert payload[:32] not in data and inner[:64] not in data and b"Meja 1" not in data

    hub.use()
    done = bundle.import_bundle(path, as_hub=True)
    assert done.new == done.entries > 0
    audit = AuditEvent.select().where(AuditEvent.kind == "sync_import").get()
    assert audit.details["encrypted"] is True


def test_a_data_folder_without_the_hubs_key_cannot_open_a_bundle(exported, tmp_path):
    a, path, _ = exported
    agency = (a.folder / "keys" / "agency.pub").read_bytes()
    init_db(tmp_path / "stranger", station_name="Meja asing")
    keystore.save_agency_public_key(PublicKey.from_pem(agency))  # same agency, no hub key
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(path, as_hub=False)
    assert refused.value.code == "bundle.cannot_open"
    keystore.save_bundle_key(sealing.box_private_bytes(sealing.new_box_key()))
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(path, as_hub=False)
    assert refused.value.code == "bundle.cannot_open"
    assert "does not decrypt" in str(refused.value)
    assert Attendance.select().count() == 0


def test_an_older_plain_bundle_is_still_taken_and_audited_as_unencrypted(exported, hub,
                                                                         tmp_path):
    """Version 1 bundles exported before the upgrade: signed, so taken; their check-ins kept."""
    a, path, _ = exported
    hub.use()
    inner = sealing.unseal(sealing.box_private_from(keystore.bundle_key()),
                           path.read_bytes()[len(bundle.SEALED_MAGIC):], b"ikrar/bundle/v2")
    older = tmp_path / "older.ikrar-bundle"
    older.write_bytes(inner)
    done = bundle.import_bundle(older, as_hub=True)
    assert done.new == done.entries > 0
    audit = AuditEvent.select().where(AuditEvent.kind == "sync_import").get()
    assert audit.details["encrypted"] is False
    # Still signed: one flipped byte in a plain bundle is refused whole.
    damaged = bytearray(inner)
    damaged[len(damaged) // 2] ^= 1
    older.write_bytes(bytes(damaged))
    with pytest.raises(BundleError, match="refused"):
        bundle.import_bundle(older, as_hub=True)


def test_a_station_that_never_joined_a_hub_has_no_key_to_export_to(store, event,
                                                                   make_employee, tmp_path):
    keystore.certify_local_station(keystore.init_agency_key())
    person = make_employee(event=event)
    check_in(current_event(), person, synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash)
    assert sync_state.waiting_count() > 0
    with pytest.raises(BundleError) as refused:
        bundle.export(tmp_path / "usb")
    assert refused.value.code == "bundle.no_key"
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
