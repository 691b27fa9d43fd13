from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar.core import badge_code
from ikrar.core.keys import SigningKey, StationCertificate, VerificationError
from ikrar.core.payloads import (
    CertificateClaim,
    parse_scan,
    sign_badge,
    sign_certificate,
    verify_badge,
    verify_certificate,
)

AGENCY = SigningKey.from_seed(bytes(range(32)))
OTHER_AGENCY = SigningKey.from_seed(bytes(range(1, 33)))
STATION = SigningKey.from_seed(bytes(range(32, 64)))
NIP = "199001012015011001"
WIB = timezone(timedelta(hours=7))
TODAY = date(2024, 7, 10)
STATION_CERT = StationCertificate.issue(
    AGENCY, "0190a0b0-1234-7abc-8def-0123456789ab", "Meja 3", STATION.public,
    today=date(2024, 7, 1),
)
CLAIM = CertificateClaim(
    number="0001/M3/NETRAL/2024", nip=NIP, event_id="0190a0b0-0000-7000-8000-000000000001",
    signed_at=datetime(2024, 7, 10, 8, 42, 17, tzinfo=WIB),
    strokes_hash=hashlib.sha256(b"strokes").hexdigest(),
)


def error_code(call, *args) -> str:
    with pytest.raises(VerificationError) as caught:
        call(*args)
    assert str(caught.value)  # every failure explains itself
    return caught.value.reason


def swap_char(text: str, index: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    new = alphabet[(alphabet.index(text[index]) + 1) % 32]
    return text[:index] + new + text[index + 1:]


# --- badges ---------------------------------------------------------------------------------


def test_badge_round_trip_and_size():
    text = sign_badge("19900101 201501 1 001", AGENCY)
    assert text.startswith(f"IKB1.{NIP}.")
    assert re.fullmatch(r"[A-Z0-9.]+", text)  # QR alphanumeric mode, wedge-scanner safe
    assert len(text) <= 154  # QR version 6 at error correction M
    assert verify_badge(text, AGENCY.public) == NIP
    assert verify_badge(text.lower(), AGENCY.public) == NIP  # caps-lock scanners


def test_badge_with_a_changed_digit_fails_on_signature():
    text = sign_badge(NIP, AGENCY)
    forged = text.replace(f".{NIP}.", ".199001012015011002.")
    assert error_code(verify_badge, forged, AGENCY.public) == "signature"
    tail = len(text) - 30
    assert error_code(verify_badge, swap_char(text, tail), AGENCY.public) == "signature"


def test_badge_of_another_key_fails_on_key_id():
    text = sign_badge(NIP, OTHER_AGENCY)
    assert error_code(verify_badge, text, AGENCY.public) == "key_id"


def test_truncated_badge_fails_as_truncated():
    text = sign_badge(NIP, AGENCY)
    for cut in (10, 20, 23, 24, 60, len(text) - 1):
        assert error_code(verify_badge, text[:cut], AGENCY.public) == "truncated", cut


def test_badge_garbage_and_versions():
    text = sign_badge(NIP, AGENCY)
    assert error_code(verify_badge, text + "A", AGENCY.public) == "format"
    assert error_code(verify_badge, "IKB2." + text[5:], AGENCY.public) == "version"
    assert error_code(verify_badge, "hello", AGENCY.public) == "format"
    assert error_code(verify_badge, text.replace(".", "/", 2), AGENCY.public) == "format"
    assert error_code(verify_badge, text[:-1] + "1", AGENCY.public) == "format"


@settings(max_examples=60, deadline=None)
@given(index=st.integers(min_value=24, max_value=139))
def test_any_changed_badge_character_fails(index):
    text = sign_badge(NIP, AGENCY)
    assert error_code(verify_badge, swap_char(text, index), AGENCY.public) in {
        "signature", "key_id", "format"}


@settings(max_examples=40, deadline=None)
@given(nip=st.from_regex(r"\A[0-9]{18}\Z"))
def test_badge_round_trips_any_nip(nip):
    assert verify_badge(sign_badge(nip, AGENCY), AGENCY.public) == nip


# --- badges v2: digits only -------------------------------------------------------------------


def test_badge_v2_round_trip_digits_only():
    text = badge_code.sign_badge("19900101 201501 1 001", AGENCY)
    assert re.fullmatch(r"91[0-9]{192}", text)  # no Shift on any keyboard, QR numeric mode
    assert text[2:20] == NIP  # the NIP stays readable for other systems
    assert len(text) == badge_code.LENGTH == 194
    assert badge_code.verify_badge(text, AGENCY.public) == NIP
    assert verify_badge(text, AGENCY.public) == NIP  # the one entry point takes both
    assert verify_badge(" " + text[:100] + "\n" + text[100:] + "\r\n", AGENCY.public) == NIP


@settings(max_examples=80, deadline=None)
@given(index=st.integers(min_value=0, max_value=193), step=st.integers(min_value=1, max_value=9))
def test_badge_v2_with_any_altered_digit_fails(index, step):
    text = badge_code.sign_badge(NIP, AGENCY)
    altered = text[:index] + str((int(text[index]) + step) % 10) + text[index + 1:]
    assert error_code(verify_badge, altered, AGENCY.public) in {
        "signature", "key_id", "format"}


def test_badge_v2_with_another_nip_fails_on_signature():
    text = badge_code.sign_badge(NIP, AGENCY)
    assert error_code(verify_badge, text.replace(NIP, "199001012015011002", 1),
                      AGENCY.public) == "signature"


def test_badge_v2_truncated_and_too_long():
    text = badge_code.sign_badge(NIP, AGENCY)
    for cut in (3, 20, 21, 100, 193):
        assert error_code(verify_badge, text[:cut], AGENCY.public) == "truncated", cut
    assert error_code(verify_badge, text + "0", AGENCY.public) == "format"


def test_badge_v2_of_another_agency_fails_on_key_id():
    text = badge_code.sign_badge(NIP, OTHER_AGENCY)
    assert error_code(verify_badge, text, AGENCY.public) == "key_id"


@settings(max_examples=40, deadline=None)
@given(nip=st.from_regex(r"\A[0-9]{18}\Z"), seed=st.binary(min_size=32, max_size=32))
def test_badge_v2_round_trips_any_nip_and_key(nip, seed):
    """Key ids and signatures with leading zero bytes survive the decimal."""
    key = SigningKey.from_seed(seed)
    assert verify_badge(badge_code.sign_badge(nip, key), key.public) == nip


def test_old_ikb1_badges_still_verify_beside_v2():
    old, new = sign_badge(NIP, AGENCY), badge_code.sign_badge(NIP, AGENCY)
    assert verify_badge(old, AGENCY.public) == verify_badge(new, AGENCY.public) == NIP
    assert parse_scan(old) == ("badge", old)
    assert parse_scan(new) == ("badge", new)
    assert parse_scan(new[:97] + " " + new[97:] + "\r\n") == ("badge", new)


@pytest.mark.parametrize("scan", [
    "IKC1.ABCDEF",
    "92" + "7" * 300,
    "https://bkpsdm.sumedangkab.go.id/ikrar/#92" + "3" * 300,
    "HTTPS://BKPSDM.SUMEDANGKAB.GO.ID/IKRAR/#92" + "3" * 300,  # a Caps Lock scanner
])
def test_certificates_in_every_form_are_not_badges(scan):
    with pytest.raises(VerificationError, match="certificate, not an employee badge") as caught:
        parse_scan(scan)
    assert caught.value.reason == "certificate"


def test_parse_scan():
    badge = sign_badge(NIP, AGENCY)
    assert parse_scan(badge) == ("badge", badge)
    assert parse_scan(badge.lower() + "\n") == ("badge", badge)
    assert parse_scan("19900101 201501 1 001\r\n") == ("nip", NIP)
    assert parse_scan(NIP) == ("nip", NIP)
    with pytest.raises(VerificationError, match="not an employee badge") as caught:
        parse_scan("https://example.org/x")
    assert caught.value.reason == "format"
    with pytest.raises(VerificationError, match="18") as caught:
        parse_scan("1990010120150110")
    assert caught.value.reason == "format"
    with pytest.raises(VerificationError, match="certificate"):
        parse_scan("IKC1.ABCDEF")
    with pytest.raises(VerificationError):
        parse_scan("")


# --- certificates ---------------------------------------------------------------------------


def signed(claim: CertificateClaim = CLAIM, cert: StationCertificate = STATION_CERT) -> str:
    return sign_certificate(claim, STATION, cert, issued_on=TODAY)


def raw(text: str) -> bytes:
    body = text[5:]
    return base64.b32decode(body + "=" * (-len(body) % 8))


def reencode(data: bytes) -> str:
    return "IKC1." + base64.b32encode(data).decode().rstrip("=")


def test_certificate_round_trip_and_size():
    text = signed()
    assert re.fullmatch(r"IKC1\.[A-Z2-7]+", text)
    assert len(text) <= 483  # QR version 13 at error correction M, alphanumeric
    checked = verify_certificate(text, AGENCY.public)
    assert checked.claim.number == CLAIM.number and checked.claim.nip == NIP
    assert checked.claim.event_id == CLAIM.event_id
    assert checked.claim.signed_at == CLAIM.signed_at
    assert checked.claim.signed_at.utcoffset() == timedelta(hours=7)
    assert checked.claim.strokes_match(CLAIM.strokes_hash)
    assert not checked.claim.strokes_match(hashlib.sha256(b"other").hexdigest())
    assert (checked.station_id, checked.station_name) == (STATION_CERT.station_id, "Meja 3")
    assert checked.agency_key_id == AGENCY.public.key_id
    assert checked.issued_on == TODAY


def test_certificate_with_another_nip_fails_on_signature():
    text = signed()
    data = bytearray(raw(text))
    packed = int(NIP).to_bytes(8, "big")
    at = data.index(packed)
    data[at:at + 8] = int("199001012015011002").to_bytes(8, "big")
    assert error_code(verify_certificate, reencode(bytes(data)), AGENCY.public) == "signature"


def test_certificate_with_one_claim_byte_changed_fails_on_signature():
    data = bytearray(raw(signed()))
    data[3] ^= 0x01  # inside the certificate number
    assert error_code(verify_certificate, reencode(bytes(data)), AGENCY.public) == "signature"
    data = bytearray(raw(signed()))
    data[-1] ^= 0x01  # the station's signature itself
    assert error_code(verify_certificate, reencode(bytes(data)), AGENCY.public) == "signature"


def test_certificate_with_altered_station_certificate_fails_on_it():
    text = signed()
    data = bytearray(raw(text))
    station = STATION_CERT.encode()
    at = data.index(station)
    data[at + station.index(b"Meja 3")] ^= 0x01  # "Meja 3" -> "Leja 3"
    assert error_code(verify_certificate, reencode(bytes(data)), AGENCY.public) \
        == "station_certificate"


def test_certificate_signed_by_an_uncertified_key_fails():
    # A valid station certificate copied from a genuine code, but another key signs the claim.
    intruder = SigningKey.generate()
    forged_cert = replace(STATION_CERT, public_key=intruder.public)
    text = sign_certificate(CLAIM, intruder, forged_cert, issued_on=TODAY)
    assert error_code(verify_certificate, text, AGENCY.public) == "station_certificate"


def test_certificate_checked_with_another_agency_key():
    assert error_code(verify_certificate, signed(), OTHER_AGENCY.public) == "agency"


def test_certificate_issued_outside_station_validity():
    text = sign_certificate(CLAIM, STATION, STATION_CERT, issued_on=date(2026, 1, 1))
    assert error_code(verify_certificate, text, AGENCY.public) == "expired"


def test_certificate_verifies_long_after_its_station_certificate_expired():
    # Verification months later must not depend on today's date.
    assert verify_certificate(signed(), AGENCY.public).claim.nip == NIP


def test_truncated_and_garbled_certificates():
    text = signed()
    for cut in (5, 12, 40, 200, len(text) - 8, len(text) - 1):
        assert error_code(verify_certificate, text[:cut], AGENCY.public) == "truncated", cut
    assert error_code(verify_certificate, "IKC9" + text[4:], AGENCY.public) == "version"
    assert error_code(verify_certificate, text + "AAAAAAAA", AGENCY.public) in {
        "format", "signature"}
    assert error_code(verify_certificate, text.replace("A", "1", 1), AGENCY.public) == "format"
    assert error_code(verify_certificate, sign_badge(NIP, AGENCY), AGENCY.public) == "format"


@settings(max_examples=80, deadline=None)
@given(index=st.integers(min_value=5, max_value=430))
def test_any_changed_certificate_character_fails(index):
    text = signed()
    assert error_code(verify_certificate, swap_char(text, index), AGENCY.public)


@settings(max_examples=60, deadline=None)
@given(
    number=st.text(min_size=1, max_size=40),
    nip=st.one_of(st.from_regex(r"\A[0-9]{18}\Z"), st.text(min_size=1, max_size=20)),
    event_id=st.one_of(st.uuids().map(str), st.text(min_size=1, max_size=30)),
    when=st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2150, 1, 1)),
    quarters=st.integers(min_value=-48, max_value=56),
    strokes=st.binary(min_size=32, max_size=32),
)
def test_certificate_encoding_round_trips(number, nip, event_id, when, quarters, strokes):
    zone = timezone(timedelta(minutes=15 * quarters))
    claim = CertificateClaim(number, nip, event_id, when.replace(microsecond=0, tzinfo=zone),
                             strokes.hex())
    checked = verify_certificate(signed(claim), AGENCY.public)
    assert replace(checked.claim, strokes_hash=claim.strokes_hash) == claim
    assert checked.claim.signed_at.utcoffset() == zone.utcoffset(None)
    assert claim.strokes_hash.startswith(checked.claim.strokes_hash)


def test_naive_signing_time_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        signed(replace(CLAIM, signed_at=datetime(2024, 7, 10, 8, 0)))


def test_signing_with_a_key_its_certificate_does_not_name_is_refused():
    with pytest.raises(ValueError, match="another key"):
        sign_certificate(CLAIM, AGENCY, STATION_CERT)


def test_utc_signing_time():
    claim = replace(CLAIM, signed_at=datetime(2024, 7, 10, 1, 0, tzinfo=UTC))
    assert verify_certificate(signed(claim), AGENCY.public).claim.signed_at == claim.signed_at
