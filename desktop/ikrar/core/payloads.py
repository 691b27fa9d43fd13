"""The short signed texts carried by QR codes: employee badges and pledge certificates.

Both use only upper-case letters, digits and "." so they fit the QR alphanumeric mode and type
safely through a keyboard-wedge scanner whatever the keyboard layout; a scanner that sends
lower case is tolerated.

    badge        IKB1.<NIP, 18 digits>.<base32: agency key id (8) | signature (64)>
    certificate  IKC1.<base32: claim | station certificate | station signature (64)>

Badges are now printed in version 2, digits only (`ikrar.core.badge_code`, "91..."), which
`verify_badge` and `parse_scan` accept beside IKB1. Certificates of version 2 ("92...", bare or
after a verification URL's "#") are recognised here only to be refused as "not a badge".

A badge keeps its NIP readable so that other systems can use it; the signature covers it.
A certificate claim is number, NIP, event id, signing time (seconds, with its UTC offset) and
the first 16 bytes of the signature strokes' sha256; then the day the station issued it.
"""

from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from ikrar.core import badge_code
from ikrar.core.keys import (
    KEY_ID_BYTES,
    SIGNATURE_BYTES,
    PublicKey,
    Reader,
    SigningKey,
    StationCertificate,
    VerificationError,
    date_from_days,
    days_since_2000,
    encode_id,
    short_text,
)
from ikrar.core.nip import NIP_LENGTH, NipError, parse_nip

BADGE_PREFIX = "IKB1."
CERTIFICATE_PREFIX = "IKC1."
STROKES_HASH_BYTES = 16
_BADGE_DOMAIN = b"ikrar/badge/v1\x00"
_CERT_DOMAIN = b"ikrar/certificate/v1\x00"
_BADGE_SIG_CHARS = -(-(KEY_ID_BYTES + SIGNATURE_BYTES) * 8 // 5)
_BASE32 = re.compile(r"[A-Z2-7]*")
_VERSIONED = re.compile(r"^IK([BC])(\d+)\.")


def _b32encode(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _b32decode(text: str, what: str) -> tuple[bytes, bool]:
    """(bytes, canonical): whole bytes of `text`, and whether it is exactly their encoding.

    Not canonical means unused trailing bits were set or a partial character is left over:
    a changed last character or a code cut short. The caller decides which, after parsing.
    """
    if not _BASE32.fullmatch(text):
        raise VerificationError("format", f"The {what} contains characters a code never has.")
    padded = text + "A" * (-len(text) % 8)
    data = base64.b32decode(padded)[: len(text) * 5 // 8]
    return data, _b32encode(data) == text


def _normalise(text: str) -> str:
    return "".join(text.split()).upper()


def _check_version(text: str, kind: str, prefix: str, what: str) -> str:
    match = _VERSIONED.match(text)
    if match is None or match.group(1) != kind:
        raise VerificationError("format", f"This code is not {what}.")
    if match.group(0) != prefix:
        raise VerificationError(
            "version", f"This {what} uses format version {match.group(2)}, which this Ikrar "
            "does not know. Update Ikrar."
        )
    return text[len(prefix):]


# --- badges ---------------------------------------------------------------------------------


def sign_badge(nip: str, agency: SigningKey) -> str:
    """The badge QR text for an NIP (spaces allowed), about 140 characters: QR version 6-M."""
    value = parse_nip(nip)
    signature = agency.sign(_BADGE_DOMAIN + value.encode("ascii"))
    return f"{BADGE_PREFIX}{value}.{_b32encode(agency.public.key_id_bytes + signature)}"


def verify_badge(text: str, agency_public: PublicKey) -> str:
    """The NIP of a genuine badge (v2 digits or legacy IKB1) signed by this agency;
    VerificationError otherwise."""
    if badge_code.is_badge_code(text):
        return badge_code.verify_badge(text, agency_public)
    what = "employee badge"
    body = _check_version(_normalise(text), "B", BADGE_PREFIX, what)
    nip, dot, tail = body.partition(".")
    if not nip.isascii() or not nip.isdigit() or len(nip) > NIP_LENGTH:
        raise VerificationError("format", "The badge code holds no valid NIP.")
    if len(nip) < NIP_LENGTH or not dot or len(tail) < _BADGE_SIG_CHARS:
        if _BASE32.fullmatch(tail) and "." not in tail:
            raise VerificationError(
                "truncated", "The badge code is cut short: scan it again, or check the print."
            )
        raise VerificationError("format", "The badge code is damaged.")
    if len(tail) > _BADGE_SIG_CHARS:
        raise VerificationError("format", "The badge code is longer than a badge code can be.")
    data, canonical = _b32decode(tail, "badge code")
    if not canonical:
        raise VerificationError("format", "The badge code was altered (its last character).")
    key_id, signature = data[:KEY_ID_BYTES], data[KEY_ID_BYTES:]
    badge_code.check_signature(nip, key_id, signature, agency_public, _BADGE_DOMAIN)
    return nip


CERTIFICATE_V2_PREFIX = "92"  # owned by ikrar.core.certificate_code; known here to refuse it


def is_certificate_code(text: str) -> bool:
    """Whether a scan is a pledge certificate in any form: IKC1, 92..., or URL#92..."""
    code = _normalise(text)
    if code.startswith("IKC"):
        return True
    payload = code.rpartition("#")[2] if "#" in code else code
    return (payload.startswith(CERTIFICATE_V2_PREFIX) and payload.isascii()
            and payload.isdigit() and ("#" in code or len(payload) > NIP_LENGTH))


def parse_scan(text: str) -> tuple[str, str]:
    """What a scanner typed: ("nip", NIP) for a plain NIP, ("badge", text) for a signed badge
    (v2 digits "91...", or legacy IKB1); a certificate or anything else: VerificationError."""
    cleaned = text.strip()
    upper = _normalise(cleaned)
    if upper.startswith("IKB"):
        return "badge", upper
    if is_certificate_code(cleaned):
        raise VerificationError(
            "certificate", "This QR is a pledge certificate, not an employee badge."
        )
    if badge_code.is_badge_code(cleaned):
        return "badge", badge_code.normalise(cleaned)
    if cleaned and re.fullmatch(r"[\d\s.\-']+", cleaned):
        try:
            return "nip", parse_nip(cleaned)
        except NipError as exc:
            raise VerificationError("format", f"This is not an employee badge: {exc}") from None
    raise VerificationError("format", "This QR is not an employee badge.")


# --- certificates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateClaim:
    number: str
    nip: str
    event_id: str
    signed_at: datetime  # aware; carried to the second
    strokes_hash: str  # sha256 hex of the strokes; a decoded claim holds the first 32 hex digits

    def strokes_match(self, full_hash: str) -> bool:
        """Whether stored strokes (their full sha256 hex) are the ones this claim names."""
        # v1 codes carry 16 bytes of the hash, v2 codes 8 (certificate_code.py)
        n = min(len(self.strokes_hash), 2 * STROKES_HASH_BYTES)
        return n >= 16 and full_hash.lower()[:n] == self.strokes_hash[:n]


@dataclass(frozen=True)
class VerifiedCertificate:
    claim: CertificateClaim
    station_id: str
    station_name: str
    agency_key_id: str
    issued_on: date | None = None  # the day the station signed (printed) the certificate
    # v2 codes (ikrar.core.certificate_code) also sign these; a v1 code leaves them None/"":
    name: str | None = None  # as printed, with titles
    copy: int | None = None  # 0 original, n = SALINAN ke-n
    version: int = 1
    event_tag: str = ""  # v2 carries a tag of the event id, claim.event_id is then ""
    kind: str = "certificate"  # or "pakta" (a pakta integritas; v2 signs it by its domain)


def _pack_nip(nip: str) -> bytes:
    """18 digits as 8 bytes; anything else (never expected) as length-prefixed text."""
    if len(nip) == NIP_LENGTH and nip.isascii() and nip.isdigit():
        return b"\x80" + int(nip).to_bytes(8, "big")
    return short_text(nip, 127)


def _read_nip(reader: Reader) -> str:
    head = reader.data[reader.pos] if reader.pos < len(reader.data) else None
    if head == 0x80:
        reader.byte()
        return f"{int.from_bytes(reader.take(8), 'big'):0{NIP_LENGTH}d}"
    return reader.text()


def _claim_bytes(claim: CertificateClaim) -> bytes:
    if claim.signed_at.tzinfo is None:
        raise ValueError("signed_at must be timezone-aware")
    offset = claim.signed_at.utcoffset() or timedelta(0)
    quarters, rest = divmod(int(offset.total_seconds()), 900)
    if rest or not -96 <= quarters <= 96:
        raise ValueError(f"UTC offset {offset} is not in quarter hours")
    number = claim.number.encode("utf-8")
    if len(number) > 255:
        raise ValueError("certificate number longer than 255 bytes")
    try:
        strokes = bytes.fromhex(claim.strokes_hash)[:STROKES_HASH_BYTES]
    except ValueError:
        raise ValueError("strokes_hash must be hex") from None
    if len(strokes) != STROKES_HASH_BYTES:
        raise ValueError("strokes_hash must have at least 32 hex digits")
    return b"".join((
        bytes([len(number)]), number,
        _pack_nip(claim.nip),
        encode_id(claim.event_id),
        struct.pack(">qb", int(claim.signed_at.timestamp()), quarters),
        strokes,
    ))


def _read_claim(reader: Reader) -> CertificateClaim:
    number = reader.text()
    nip = _read_nip(reader)
    event_id = reader.ident()
    seconds, quarters = struct.unpack(">qb", reader.take(9))
    try:
        signed_at = datetime.fromtimestamp(seconds, UTC).astimezone(
            timezone(timedelta(minutes=15 * quarters))
        )
    except (OverflowError, OSError, ValueError):
        raise VerificationError(
            "format", "The certificate code holds an impossible time."
        ) from None
    strokes = reader.take(STROKES_HASH_BYTES).hex()
    return CertificateClaim(number, nip, event_id, signed_at, strokes)


def sign_certificate(claim: CertificateClaim, station_key: SigningKey,
                     station_cert: StationCertificate, *, issued_on: date | None = None) -> str:
    """The certificate QR text, about 440 characters (QR version 13-M).

    `issued_on` (default today) is when the station signs; its certificate must be valid then.
    The attendee may have signed earlier, even before the station was certified.
    """
    if station_cert.public_key != station_key.public:
        raise ValueError("the station certificate is for another key than the signing key")
    issued = issued_on or date.today()
    body = _claim_bytes(claim) + struct.pack(">H", days_since_2000(issued)) + station_cert.encode()
    signature = station_key.sign(_CERT_DOMAIN + body)
    return CERTIFICATE_PREFIX + _b32encode(body + signature)


def verify_certificate(text: str, agency_public: PublicKey) -> VerifiedCertificate:
    """Check the station certificate against the agency key, then the claim against the station.

    The station certificate must have been valid on the day the station signed the certificate,
    so a certificate stays verifiable after its station certificate expires.
    """
    what = "certificate code"
    data, canonical = _b32decode(
        _check_version(_normalise(text), "C", CERTIFICATE_PREFIX, what), what
    )
    if len(data) < SIGNATURE_BYTES:
        raise VerificationError("truncated", "The certificate code is cut short.")
    body, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    reader = Reader(body, what)
    claim = _read_claim(reader)
    (issued_days,) = struct.unpack(">H", reader.take(2))
    issued = date_from_days(issued_days)
    station = StationCertificate.read(reader)
    reader.end()
    if not canonical:
        raise VerificationError("format", "The certificate code was altered (its last character).")
    station.verify(agency_public, at=issued)
    if not station.public_key.verify(signature, _CERT_DOMAIN + body):
        raise VerificationError(
            "signature",
            f"The certificate's signature does not match its contents: number, NIP, event or "
            f"time were altered, or it was not signed by station {station.station_name!r}.",
        )
    return VerifiedCertificate(claim, station.station_id, station.station_name,
                               agency_public.key_id, issued)
