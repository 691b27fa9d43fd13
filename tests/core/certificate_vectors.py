"""Builds tests/core/data/certificate_v2_vectors.json, the test vectors of certificate code v2.

Ed25519 signatures are deterministic, so the same seeds give the same codes: the file is
checked against this builder by tests/core/test_certificate_code.py, and the web verification
page's tests read it too. Regenerate: `.venv/bin/python tests/core/certificate_vectors.py`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from ikrar.core.certificate_code import (  # noqa: E402
    _DOMAIN,
    CertificateFields,
    decode_code,
    encode_fields,
    sign_code,
)
from ikrar.core.keys import SigningKey, StationCertificate  # noqa: E402
from ikrar.core.payloads import CertificateClaim, sign_certificate  # noqa: E402

PATH = Path(__file__).parent / "data" / "certificate_v2_vectors.json"
AGENCY = SigningKey.from_seed(bytes(range(32)))
OTHER_AGENCY = SigningKey.from_seed(bytes(range(1, 33)))
STATION = SigningKey.from_seed(bytes(range(32, 64)))
URL = "https://bkpsdm.sumedangkab.go.id/ikrar/"
WIB, WITA = timezone(timedelta(hours=7)), timezone(timedelta(hours=8))
STATION_CERT = StationCertificate.issue(
    AGENCY, "0190a0b0-1234-7abc-8def-0123456789ab", "Meja 3", STATION.public,
    today=date(2024, 7, 1),
)
ORIGINAL = CertificateFields(
    name="Dr. H. Ahmad Suryana, S.Kom., M.Si.", nip="199001012015011001",
    number="0001/M3-A3F9/NETRAL/2024", event_id="0190a0b0-0000-7000-8000-000000000001",
    signed_at=datetime(2024, 7, 10, 8, 42, 17, tzinfo=WIB), copy=0,
    strokes_hash=hashlib.sha256(b"strokes").hexdigest(), issued_on=date(2024, 7, 10),
)
COPY = replace(ORIGINAL, copy=2, issued_on=date(2024, 8, 1))
UNICODE = replace(ORIGINAL, name="Ni Luh Putu Ayu Wéndy Çahyani, S.E.", nip="198512312010122003",
                  number="0125/M3-A3F9/NETRAL/VII/2024",
                  signed_at=datetime(2024, 7, 11, 23, 59, 59, tzinfo=WITA))


def fields_json(fields: CertificateFields) -> dict:
    return {
        "name": fields.name, "nip": fields.nip, "number": fields.number,
        "event_id": fields.event_id, "event_tag": hashlib.sha256(
            fields.event_id.encode()).digest()[:6].hex(),
        "signed_at": fields.signed_at.isoformat(),
        "signed_at_unix": int(fields.signed_at.timestamp()),
        "utc_offset_minutes": int(fields.signed_at.utcoffset().total_seconds() // 60),
        "copy": fields.copy, "strokes_prefix": fields.strokes_hash[:16],
        "issued_on": fields.issued_on.isoformat(),
        "station_id": STATION_CERT.station_id, "station_name": STATION_CERT.station_name,
    }


def _digits(data: bytes) -> str:
    return "92" + str(int.from_bytes(data, "big"))


def _resign(fields: CertificateFields, mutate) -> str:
    """A code whose bytes were changed by `mutate` and then properly re-signed by the station."""
    signed = mutate(encode_fields(fields, STATION_CERT))
    return _digits(signed + STATION.sign(_DOMAIN + signed))


def build() -> dict:
    genuine = sign_code(ORIGINAL, STATION, STATION_CERT)
    data = int(genuine[2:]).to_bytes((int(genuine[2:]).bit_length() + 7) // 8, "big")
    valid = [
        {"label": "original, bare", "text": genuine, "fields": fields_json(ORIGINAL)},
        {"label": "original, URL form", "text": sign_code(ORIGINAL, STATION, STATION_CERT,
                                                          url=URL),
         "fields": fields_json(ORIGINAL)},
        {"label": "second copy (SALINAN ke-2), printed later", "text": sign_code(
            COPY, STATION, STATION_CERT, url=URL), "fields": fields_json(COPY)},
        {"label": "non-ASCII name, WITA", "text": sign_code(UNICODE, STATION, STATION_CERT),
         "fields": fields_json(UNICODE)},
    ]
    for vector in valid:
        assert decode_code(vector["text"]).name == vector["fields"]["name"]
        vector["hex"] = int(vector["text"].rpartition("#")[2][2:]).to_bytes(
            len(data) + 100, "big").lstrip(b"\0").hex()
    other_cert = StationCertificate.issue(OTHER_AGENCY, STATION_CERT.station_id, "Meja 3",
                                          STATION.public, today=date(2024, 7, 1))
    def altered(i: int) -> str:
        return genuine[:i] + str((int(genuine[i]) + 1) % 10) + genuine[i + 1:]

    # the name swapped in place, the original signature kept: a forger's best attempt
    name_at = data.index(ORIGINAL.name.encode())
    swapped = (data[:name_at] + b"Dr. H. Ahmad Suryono, S.Kom., M.Si."
               + data[name_at + len(ORIGINAL.name):])
    late = replace(ORIGINAL, issued_on=date(2026, 1, 1))
    invalid = [
        {"label": "one digit near the end altered (the signature)", "text": altered(-5),
         "reason": "signature"},
        {"label": "one digit in the middle altered (the fields no longer parse)",
         "text": altered(200), "reason": "format"},
        {"label": "name edited, signature kept", "text": _digits(swapped),
         "reason": "signature"},
        {"label": "copy number raised, signature kept", "text": _resign_copy_forged(data),
         "reason": "signature"},
        {"label": "truncated (last 40 digits missing)", "text": genuine[:-40],
         "reason": "truncated"},
        {"label": "another agency's key", "text": sign_code(ORIGINAL, STATION, other_cert),
         "reason": "agency"},
        {"label": "station certificate not valid on the issue day",
         "text": sign_code(late, STATION, STATION_CERT), "reason": "expired"},
        {"label": "unknown layout version", "text": _digits(b"\x02" + data[1:]),
         "reason": "version"},
        {"label": "a byte left over", "text": _resign(ORIGINAL, lambda b: b + b"\0"),
         "reason": "format"},
        {"label": "letters in the digits", "text": genuine[:50] + "A" + genuine[51:],
         "reason": "format"},
        {"label": "not a certificate", "text": "199001012015011001", "reason": "format"},
    ]
    return {
        "format": "Ikrar certificate code v2, see desktop/ikrar/core/certificate_code.py",
        "agency_public_key_hex": AGENCY.public.raw.hex(),
        "agency_public_key_pem": AGENCY.public.to_pem().decode(),
        "agency_key_id": AGENCY.public.key_id,
        "other_agency_public_key_hex": OTHER_AGENCY.public.raw.hex(),
        "station_public_key_hex": STATION.public.raw.hex(),
        "valid": valid,
        "invalid": invalid,
        "legacy_v1": {
            "text": sign_certificate(CertificateClaim(
                ORIGINAL.number, ORIGINAL.nip, ORIGINAL.event_id, ORIGINAL.signed_at,
                ORIGINAL.strokes_hash), STATION, STATION_CERT, issued_on=ORIGINAL.issued_on),
            "number": ORIGINAL.number, "nip": ORIGINAL.nip,
        },
    }


def _resign_copy_forged(data: bytes) -> str:
    """The copy byte raised from 0 to 1 while keeping the station's signature of the original."""
    reader_pos = data.index(bytes.fromhex(ORIGINAL.strokes_hash[:16])) - 1
    assert data[reader_pos] == 0
    return _digits(data[:reader_pos] + b"\x01" + data[reader_pos + 1:])


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {PATH}")
