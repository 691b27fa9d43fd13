"""`ikrar keys`, `ikrar badges`, `ikrar verify` and the key store behind them."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC

import pytest

from ikrar.cli import main
from ikrar.core.keys import KeyFileError, PublicKey, SigningKey
from ikrar.core.payloads import CertificateClaim, sign_badge, sign_certificate
from ikrar.core.strokes import synthetic_signature
from ikrar.store import keystore, outbox
from ikrar.store.checkin import check_in
from ikrar.store.db import close_db, init_db
from ikrar.store.models import AuditEvent, Certificate, Change, Signature, Station
from support import add_employees


def run(data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    close_db()
    return code


@pytest.fixture
def passphrase_file(tmp_path):
    path = tmp_path / "passphrase.txt"
    path.write_text("kunci rahasia kabupaten\n", encoding="utf-8")
    return path


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- the key store --------------------------------------------------------------------------


def test_init_agency_key_writes_owner_only_files_and_audits(store):
    key = keystore.init_agency_key("rahasia")
    folder = store.data_dir / "keys"
    assert mode(folder) == 0o700
    assert mode(folder / "agency.key") == 0o600 and mode(folder / "agency.pub") == 0o600
    assert keystore.agency_public_key() == key.public
    assert keystore.agency_key("rahasia").public == key.public
    event = AuditEvent.get(AuditEvent.kind == "key_create")
    assert event.subject == key.public.key_id and event.details["encrypted"] is True


def test_init_refuses_to_overwrite_unless_asked(store):
    first = keystore.init_agency_key()
    with pytest.raises(KeyFileError, match="already exists"):
        keystore.init_agency_key()
    assert keystore.agency_key().public == first.public
    second = keystore.init_agency_key(overwrite=True)
    assert keystore.agency_public_key() == second.public != first.public


def test_wrong_passphrase_and_missing_key(store):
    with pytest.raises(KeyFileError, match="ikrar keys init"):
        keystore.agency_key()
    keystore.init_agency_key("benar")
    with pytest.raises(KeyFileError, match="Wrong passphrase"):
        keystore.agency_key("salah")


def test_another_agencys_key_file_is_refused(store):
    keystore.init_agency_key()
    SigningKey.generate().save(store.data_dir / "keys" / "agency.key")
    with pytest.raises(KeyFileError, match="another agency's key"):
        keystore.agency_key()


def test_station_key_is_created_once_and_published_on_the_station_row(store):
    key = keystore.station_key()
    path = store.data_dir / "keys" / "station.key"
    assert mode(path) == 0o600
    assert keystore.station_key().public == key.public
    station = Station.get_by_id(store.station_id)
    assert PublicKey.from_pem(station.public_key.encode()) == key.public
    changes = Change.select().where((Change.table == "station") & (Change.op == "update"))
    assert changes.count() == 1  # the second call found the row up to date


def test_station_certificate(store):
    with pytest.raises(KeyFileError, match="no certificate"):
        keystore.station_certificate()
    agency = keystore.init_agency_key()
    cert = keystore.certify_local_station(agency)
    assert cert.station_id == store.station_id and cert.station_name == "Meja 1"
    assert keystore.station_certificate() == cert
    cert.verify(agency.public)
    assert AuditEvent.get(AuditEvent.kind == "station_certify").details["valid_until"] \
        == cert.valid_until.isoformat()
    row = Change.select().where(Change.table == "station").order_by(Change.seq.desc()).get().data
    assert row["certificate"] == cert.to_text()


def test_station_certificate_for_a_replaced_station_key(store):
    keystore.certify_local_station(keystore.init_agency_key())
    SigningKey.generate().save(store.data_dir / "keys" / "station.key")
    with pytest.raises(KeyFileError, match="another key"):
        keystore.station_certificate()


# --- the commands ---------------------------------------------------------------------------


def test_keys_init_and_export_public(data_dir, tmp_path, passphrase_file, capsys):
    assert run(data_dir, "keys", "init", "--passphrase-file", str(passphrase_file)) == 0
    out = capsys.readouterr().out
    assert "passphrase-protected" in out and "Fingerprint" in out
    assert run(data_dir, "keys", "init", "--no-passphrase") == 1
    assert "already exists" in capsys.readouterr().err
    public_file = tmp_path / "agency.pem"
    assert run(data_dir, "keys", "export-public", str(public_file)) == 0
    out = capsys.readouterr().out
    init_db(data_dir)
    public = keystore.agency_public_key()
    assert PublicKey.from_pem(public_file.read_bytes()) == public
    assert public.key_id in out and public.fingerprint in out
    assert b"ENCRYPTED" in (data_dir / "keys" / "agency.key").read_bytes()


def test_keys_init_needs_a_passphrase_decision_when_not_interactive(data_dir, capsys,
                                                                     monkeypatch):
    monkeypatch.delenv("IKRAR_KEY_PASSPHRASE", raising=False)
    assert run(data_dir, "keys", "init") == 2
    assert "--no-passphrase" in capsys.readouterr().err
    monkeypatch.setenv("IKRAR_KEY_PASSPHRASE", "dari lingkungan")
    assert run(data_dir, "keys", "init") == 0
    init_db(data_dir)
    assert keystore.agency_key("dari lingkungan")


def test_certify_station_with_wrong_and_right_passphrase(data_dir, tmp_path, passphrase_file,
                                                         capsys):
    run(data_dir, "keys", "init", "--passphrase-file", str(passphrase_file))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("salah\n")
    assert run(data_dir, "keys", "certify-station", "--passphrase-file", str(wrong)) == 1
    assert "Wrong passphrase" in capsys.readouterr().err
    assert run(data_dir, "keys", "certify-station") == 1
    assert "protected by a passphrase" in capsys.readouterr().err
    assert run(data_dir, "keys", "certify-station", "--passphrase-file",
               str(passphrase_file)) == 0
    assert "certified by agency key" in capsys.readouterr().out
    init_db(data_dir)
    assert keystore.station_certificate().issuer_key_id == keystore.agency_public_key().key_id


def test_badges_then_verify_the_sheet(event, data_dir, tmp_path, capsys):
    add_employees(event, 12)
    keystore.init_agency_key()
    close_db()
    out = tmp_path / "badges.pdf"
    assert run(data_dir, "badges", str(out)) == 0
    assert "Wrote 12 badges on 2 A4 pages" in capsys.readouterr().out
    assert run(data_dir, "verify", str(out)) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("2 pages: 2 valid\n")
    assert printed.count("VALID badge of ") == 12  # every code of the sheet, not the first
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(SigningKey.generate().public.to_pem())
    assert run(data_dir, "verify", str(out), "--public-key", str(stranger)) == 1
    assert "INVALID" in capsys.readouterr().out


def test_badges_without_agency_key(event, data_dir, tmp_path, capsys):
    add_employees(event, 1)
    close_db()
    assert run(data_dir, "badges", str(tmp_path / "b.pdf")) == 1
    assert "ikrar keys init" in capsys.readouterr().err


def issue_certificate(event, employee):
    """What the certificate issue does at print time, reduced to the verification payload."""
    attendance = check_in(event, employee, synthetic_signature(7), method="badge",
                          pledge_hash=event.pledge_hash)
    signature = Signature.get(Signature.attendance == attendance)
    number = "0001/M1/NETRAL/2024"
    outbox.insert(Certificate(attendance=attendance, station=attendance.station_id,
                              number=number, seq=1))
    claim = CertificateClaim(number, employee.nip, str(event.id),
                             signature.signed_at.astimezone(UTC), signature.strokes_hash)
    return sign_certificate(claim, keystore.station_key(), keystore.station_certificate())


def test_verify_a_certificate_code(event, make_employee, data_dir, capsys):
    employee = make_employee(event, name="Budi Santoso", front="Dr.", back="S.Kom.")
    keystore.certify_local_station(keystore.init_agency_key())
    code = issue_certificate(event, employee)
    close_db()
    assert run(data_dir, "verify", code) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID certificate 0001/M1/NETRAL/2024")
    assert "Dr. Budi Santoso, S.Kom." in out and "Deklarasi Netralitas ASN" in out
    assert "Meja 1" in out
    assert run(data_dir, "verify", code, "--json") == 0
    details = json.loads(capsys.readouterr().out)
    assert details["strokes_match"] is True and details["nip"] == employee.nip
    cut = code[:200]
    assert run(data_dir, "verify", cut) == 1
    assert "[truncated]" in capsys.readouterr().out


def test_verify_notices_changed_strokes(event, make_employee, data_dir, capsys):
    employee = make_employee(event)
    keystore.certify_local_station(keystore.init_agency_key())
    code = issue_certificate(event, employee)
    signature = Signature.get()
    signature.strokes_hash = "0" * 64
    outbox.update(signature)
    close_db()
    assert run(data_dir, "verify", code) == 1
    out = capsys.readouterr().out
    assert out.startswith("INVALID certificate") and "strokes were changed" in out


def test_verify_rejects_what_is_not_a_code(data_dir, tmp_path, capsys):
    init_db(data_dir)
    public = tmp_path / "agency.pem"
    public.write_bytes(SigningKey.generate().public.to_pem())
    close_db()
    assert run(data_dir, "verify", "hello", "--public-key", str(public)) == 2
    assert "neither a file nor" in capsys.readouterr().err
    badge = sign_badge("199001012015011001", SigningKey.generate())
    assert run(data_dir, "verify", badge, "--public-key", str(public), "--json") == 1
    assert json.loads(capsys.readouterr().out)["code"] == "key_id"
