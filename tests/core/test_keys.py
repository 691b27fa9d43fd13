from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar.core.keys import (
    KeyFileError,
    PublicKey,
    SigningKey,
    StationCertificate,
    VerificationError,
)

AGENCY = SigningKey.from_seed(bytes(range(32)))
STATION = SigningKey.from_seed(bytes(range(32, 64)))
STATION_ID = "0190a0b0-1234-7abc-8def-0123456789ab"


def certificate(**changes) -> StationCertificate:
    cert = StationCertificate.issue(AGENCY, STATION_ID, "Meja 3", STATION.public,
                                    today=date(2024, 7, 1))
    return replace(cert, **changes) if changes else cert


def test_sign_and_verify():
    signature = AGENCY.sign(b"ikrar")
    assert len(signature) == 64
    assert AGENCY.public.verify(signature, b"ikrar")
    assert not AGENCY.public.verify(signature, b"ikrar!")
    assert not STATION.public.verify(signature, b"ikrar")
    assert not AGENCY.public.verify(signature[:-1], b"ikrar")


def test_key_id_and_fingerprint_are_stable_and_readable():
    public = AGENCY.public
    assert len(public.key_id) == 16 and int(public.key_id, 16) >= 0
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){4}", public.fingerprint)
    assert SigningKey.from_seed(bytes(range(32))).public.fingerprint == public.fingerprint
    assert STATION.public.fingerprint != public.fingerprint


def test_public_pem_round_trip():
    assert PublicKey.from_pem(AGENCY.public.to_pem()) == AGENCY.public


def test_public_pem_garbage_is_a_key_file_error():
    with pytest.raises(KeyFileError, match="not a PEM public key"):
        PublicKey.from_pem(b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")


def test_save_and_load_with_passphrase(tmp_path):
    path = tmp_path / "keys" / "agency.key"
    AGENCY.save(path, "rahasia negara")
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    assert SigningKey.load(path, "rahasia negara").public == AGENCY.public
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_wrong_or_missing_passphrase_says_so(tmp_path):
    path = tmp_path / "agency.key"
    AGENCY.save(path, "benar")
    with pytest.raises(KeyFileError, match="Wrong passphrase") as wrong:
        SigningKey.load(path, "salah")
    assert str(path) in str(wrong.value)
    with pytest.raises(KeyFileError, match="protected by a passphrase"):
        SigningKey.load(path)


def test_unencrypted_key_loads_without_passphrase(tmp_path):
    path = tmp_path / "station.key"
    STATION.save(path)
    assert b"ENCRYPTED" not in path.read_bytes()
    assert SigningKey.load(path).public == STATION.public
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_missing_and_corrupt_key_files(tmp_path):
    with pytest.raises(KeyFileError, match="does not exist"):
        SigningKey.load(tmp_path / "none.key")
    bad = tmp_path / "bad.key"
    bad.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    with pytest.raises(KeyFileError, match="damaged"):
        SigningKey.load(bad)


def test_station_certificate_round_trip_and_verify():
    cert = certificate()
    data = cert.encode()
    assert len(data) < 140
    assert StationCertificate.decode(data) == cert
    assert StationCertificate.from_text(cert.to_text()) == cert
    cert.verify(AGENCY.public, at=date(2024, 7, 10))
    assert cert.issuer_key_id == AGENCY.public.key_id
    assert cert.valid_until == date(2025, 8, 5)


def test_station_certificate_from_another_agency():
    other = SigningKey.generate()
    with pytest.raises(VerificationError) as caught:
        certificate().verify(other.public, at=date(2024, 7, 10))
    assert caught.value.reason == "agency"


@pytest.mark.parametrize("field, value", [
    ("station_name", "Meja 4"),
    ("station_id", "0190a0b0-1234-7abc-8def-0123456789ac"),
    ("public_key", SigningKey.from_seed(bytes(32)).public),
    ("valid_until", date(2030, 1, 1)),
])
def test_altered_station_certificate_fails(field, value):
    with pytest.raises(VerificationError) as caught:
        certificate(**{field: value}).verify(AGENCY.public, at=date(2024, 7, 10))
    assert caught.value.reason == "station_certificate"


def test_station_certificate_outside_validity():
    with pytest.raises(VerificationError) as caught:
        certificate().verify(AGENCY.public, at=date(2026, 1, 1))
    assert caught.value.reason == "expired"
    with pytest.raises(VerificationError) as caught:
        certificate().verify(AGENCY.public, at=date(2024, 6, 30))
    assert caught.value.reason == "expired"


def test_station_certificate_garbage():
    data = certificate().encode()
    with pytest.raises(VerificationError) as caught:
        StationCertificate.decode(data[:-5])
    assert caught.value.reason == "truncated"
    with pytest.raises(VerificationError) as caught:
        StationCertificate.decode(b"\x07" + data[1:])
    assert caught.value.reason == "version"
    with pytest.raises(VerificationError) as caught:
        StationCertificate.decode(data + b"\x00")
    assert caught.value.reason == "format"


def test_long_station_name_is_shortened_not_refused():
    cert = StationCertificate.issue(AGENCY, STATION_ID, "Meja Registrasi " * 10, STATION.public)
    assert len(cert.station_name.encode()) <= 48
    cert.verify(AGENCY.public)


@settings(max_examples=50, deadline=None)
@given(
    station_id=st.one_of(st.uuids().map(str), st.text(min_size=1, max_size=40)),
    name=st.text(max_size=60),
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2150, 1, 1)),
    days=st.integers(min_value=0, max_value=3650),
)
def test_station_certificate_encoding_round_trips(station_id, name, start, days):
    cert = StationCertificate.issue(AGENCY, station_id, name, STATION.public, days, today=start)
    decoded = StationCertificate.decode(cert.encode())
    assert decoded == cert
    decoded.verify(AGENCY.public, at=start)
