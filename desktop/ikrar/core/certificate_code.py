"""Certificate code v2: digits only, binding everything a certificate page prints.

A v1 code (`IKC1.` + base32) signed only the number, NIP, event and time: a page whose printed
name was edited, or that carried another person's QR, still verified. The v2 code also signs the
name exactly as printed and the copy number, and is digits only, so that the QR numeric mode packs
it (3.33 bits a digit), a keyboard-wedge scanner types it on any layout, and a phone can open
`<agency verification URL>#<code>` without the code ever reaching a server (it is the fragment).

Text
----
    [<verification URL>#]92<D>

Anything up to and including the last ``#`` is dropped; spaces and line breaks are ignored.
``D`` is the decimal (no leading zero) of the big-endian integer of the bytes ``P``; ``P`` must
start with byte 0x01 (the layout version, which also keeps leading zero bytes from vanishing).
A leading byte above 4 means a damaged or cut-short code (reason "truncated": removing digits
divides the number by a power of ten), 2..4 a layout this verifier does not know ("version").

Bytes ``P`` (integers big-endian; ``varint`` = unsigned LEB128: 7 bits a byte, least significant
group first, high bit set on every byte but the last; at most 4 bytes; the shortest form only)::

    off  size        field
    0    1           layout version, 0x01
    1    2           agency key hint: first 2 bytes of the agency key id (sha256(agency public key))
         varint n    name length in bytes
         n           name as printed, with titles, UTF-8 (NFC), 1..200 bytes
         8           NIP: unsigned integer, shown as 18 digits with leading zeros
         varint n    certificate number length
         n           certificate number, UTF-8, 1..100 bytes
         6           event tag: sha256(UTF-8 event id)[:6]
         4           signing time: unsigned seconds since 2000-01-01T00:00:00Z
         1           its UTC offset in quarter hours, signed (two's complement): WIB = 28
         varint      copy: 0 for the original, n for "SALINAN ke-n"
         8           strokes hash prefix: sha256(signature strokes)[:8]
         2           issue day: days since 2000-01-01, the day the station signed this code
         --- station certificate (the agency's signature over the station key) ---
         1 + 16      station id: tag 0x10 then a UUID's 16 bytes,
      or 1 + 1 + n   or tag 0x00, length byte, UTF-8 id
         1 + n       station name: length byte (n <= 48), UTF-8
         32          station Ed25519 public key
         2           station certificate valid from (days since 2000-01-01)
         2           valid until (days since 2000-01-01)
         64          agency Ed25519 signature over the station certificate
         --- ---
         64          station Ed25519 signature

Checking, in order (a verifier needs only the agency's 32-byte public key ``A``):

1. ``P`` parses exactly (no byte left over; text fields valid UTF-8), version 0x01.
2. The key hint equals sha256(A)[:2], else the code is from another agency ("agency").
3. Agency signature: Ed25519-verify with ``A`` over
   ``b"ikrar/station-certificate/v1\\x00" + 0x01 + station id + station name + station key
   + sha256(A)[:8] + valid from + valid until`` (the station certificate exactly as
   `ikrar.core.keys.StationCertificate` signs it, its version byte and issuer key id restored).
4. The issue day lies within valid from..valid until (inclusive).
5. Station signature: Ed25519-verify with the station key over
   ``b"ikrar/certificate/v2\\x00" + P[:-64]`` for a certificate, or
   ``b"ikrar/pakta/v2\\x00" + P[:-64]`` for a pakta integritas: the same layout, and the
   domain the signature verifies under says which kind of document the page is, so a
   certificate's code cannot be passed off as a pakta's or the other way round.

The event is carried as a tag, not its 16-byte id: a verifier with the event list recognises it,
one without has no use for it. The strokes prefix lets a station holding the strokes confirm they
are the ones signed. A typical code (35-byte name, 24-byte number) is about 290 bytes, 700 digits:
QR version 14 at level M or 17 at Q with a 45-character URL, against 13-M for v1 without the name.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from ikrar.core.keys import (
    KEY_ID_BYTES,
    PUBLIC_BYTES,
    SIGNATURE_BYTES,
    STATION_CERT_VERSION,
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
from ikrar.core.nip import NIP_LENGTH
from ikrar.core.payloads import (
    CERTIFICATE_PREFIX,
    CertificateClaim,
    VerifiedCertificate,
    verify_certificate,
)

PREFIX = "92"
LAYOUT_VERSION = 1
KEY_HINT_BYTES = 2
EVENT_TAG_BYTES = 6
STROKES_PREFIX_BYTES = 8
NAME_MAX_BYTES = 200
NUMBER_MAX_BYTES = 100
MAX_DIGITS = 2000  # far above any real code; bounds the decimal conversion
_DOMAIN = b"ikrar/certificate/v2\x00"
# What each kind of document signs under (see step 5 above); the certificate's first.
DOMAINS = {"certificate": _DOMAIN, "pakta": b"ikrar/pakta/v2\x00"}
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_WHAT = "certificate code"


@dataclass(frozen=True)
class CertificateFields:
    """What a v2 code signs about the page (the station certificate aside)."""

    name: str  # as printed, with titles
    nip: str  # 18 digits
    number: str
    event_id: str  # the event's id; a decoded code holds only `event_tag`
    signed_at: datetime  # aware, whole seconds
    copy: int  # 0 original, n = SALINAN ke-n
    strokes_hash: str  # sha256 hex of the strokes; a decoded code holds the first 16 hex digits
    issued_on: date


@dataclass(frozen=True)
class DecodedCode:
    name: str
    nip: str
    number: str
    event_tag: str  # hex, 12 digits
    signed_at: datetime
    copy: int
    strokes_prefix: str  # hex, 16 digits
    issued_on: date
    station: StationCertificate
    key_hint: str  # hex, 4 digits
    signed: bytes  # P[:-64]
    signature: bytes
    kind: str = "certificate"  # which domain the signature verified under (DOMAINS)


def check_verify_url(url: str) -> str:
    """The verification URL as certificates will carry it ("" for none); ValueError why not."""
    url = url.strip()
    if not url:
        return ""
    if "#" in url:
        url = url.partition("#")[0]
    if not url.startswith(("https://", "http://")) or any(c.isspace() for c in url) \
            or len(url) < 12:
        raise ValueError("write the full address of the verification page, e.g. "
                         "https://bkpsdm.example.go.id/ikrar/ (no spaces)")
    if len(url.encode("utf-8")) > 120:
        raise ValueError("the address is longer than 120 characters: every certificate's QR "
                         "code carries it, so keep it short")
    return url


def event_tag(event_id: str) -> str:
    """The 12-hex-digit tag a v2 code carries for an event id."""
    return hashlib.sha256(event_id.encode("utf-8")).digest()[:EVENT_TAG_BYTES].hex()


def payload_of(text: str) -> str:
    """The bare `92…` digits of a scanned or typed code (URL form and spaces tolerated)."""
    return "".join(text.rpartition("#")[2].split())


def is_v2(text: str) -> bool:
    return payload_of(text).startswith(PREFIX)


# --- encoding -------------------------------------------------------------------------------


def _varint(value: int) -> bytes:
    if not 0 <= value < 1 << 28:
        raise ValueError(f"{value} does not fit a 4-byte varint")
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _text(value: str, limit: int, what: str) -> bytes:
    raw = unicodedata.normalize("NFC", value).encode("utf-8")
    if not 1 <= len(raw) <= limit:
        raise ValueError(f"{what} must have 1 to {limit} UTF-8 bytes, has {len(raw)}")
    return _varint(len(raw)) + raw


def _station_part(cert: StationCertificate) -> bytes:
    return b"".join((
        encode_id(cert.station_id),
        short_text(cert.station_name, 48),
        cert.public_key.raw,
        struct.pack(">HH", days_since_2000(cert.valid_from), days_since_2000(cert.valid_until)),
        cert.signature,
    ))


def encode_fields(fields: CertificateFields, station_cert: StationCertificate) -> bytes:
    """P without the station's signature."""
    nip = fields.nip
    if len(nip) != NIP_LENGTH or not nip.isascii() or not nip.isdigit():
        raise ValueError("a v2 certificate needs an 18-digit NIP")
    when = fields.signed_at
    if when.tzinfo is None:
        raise ValueError("signed_at must be timezone-aware")
    offset = when.utcoffset() or timedelta(0)
    quarters, rest = divmod(int(offset.total_seconds()), 900)
    if rest or not -96 <= quarters <= 96:
        raise ValueError(f"UTC offset {offset} is not in quarter hours")
    seconds = int((when - _EPOCH).total_seconds())
    if not 0 <= seconds < 1 << 32:
        raise ValueError(f"signing time {when} is outside 2000-2136")
    if fields.copy < 0:
        raise ValueError("copy must be 0 (original) or a positive copy number")
    strokes = bytes.fromhex(fields.strokes_hash[: 2 * STROKES_PREFIX_BYTES])
    if len(strokes) != STROKES_PREFIX_BYTES:
        raise ValueError("strokes_hash must have at least 16 hex digits")
    return b"".join((
        bytes([LAYOUT_VERSION]),
        bytes.fromhex(station_cert.issuer_key_id)[:KEY_HINT_BYTES],
        _text(fields.name, NAME_MAX_BYTES, "the name"),
        int(nip).to_bytes(8, "big"),
        _text(fields.number, NUMBER_MAX_BYTES, "the certificate number"),
        bytes.fromhex(event_tag(fields.event_id)),
        struct.pack(">Ib", seconds, quarters),
        _varint(fields.copy),
        strokes,
        struct.pack(">H", days_since_2000(fields.issued_on)),
        _station_part(station_cert),
    ))


def sign_code(fields: CertificateFields, station_key: SigningKey,
              station_cert: StationCertificate, *, url: str = "",
              kind: str = "certificate") -> str:
    """The QR text of a v2 certificate (or, kind "pakta", of a pakta integritas): `92…`, or
    `<url>#92…` when the agency set a URL."""
    if station_cert.public_key != station_key.public:
        raise ValueError("the station certificate is for another key than the signing key")
    signed = encode_fields(fields, station_cert)
    data = signed + station_key.sign(DOMAINS[kind] + signed)
    digits = PREFIX + str(int.from_bytes(data, "big"))
    url = url.strip()
    if not url:
        return digits
    return f"{url.rpartition('#')[0] if '#' in url else url}#{digits}"


# --- decoding -------------------------------------------------------------------------------


def _read_varint(reader: Reader) -> int:
    value = 0
    for i in range(4):
        byte = reader.byte()
        value |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            if byte == 0 and i:
                raise VerificationError("format", "The certificate code is damaged (varint).")
            return value
    raise VerificationError("format", "The certificate code is damaged (varint).")


def _read_text(reader: Reader, limit: int) -> str:
    size = _read_varint(reader)
    if not 1 <= size <= limit:
        raise VerificationError("format", "The certificate code is damaged (text length).")
    try:
        return reader.take(size).decode("utf-8")
    except UnicodeDecodeError:
        raise VerificationError("format", "The certificate code holds unreadable text.") from None


def decode_code(text: str) -> DecodedCode:
    """Parse a v2 code without checking any signature; VerificationError when malformed."""
    digits = payload_of(text)
    if not digits.startswith(PREFIX):
        raise VerificationError("format", "This code is not an Ikrar certificate (v2).")
    number = digits[len(PREFIX):]
    if not number.isascii() or not number.isdigit():
        raise VerificationError("format", "A certificate code has only digits.")
    if len(number) > MAX_DIGITS:
        raise VerificationError("format", "The code is longer than a certificate code can be.")
    if not number or number[0] == "0":
        raise VerificationError("format", "The certificate code is damaged.")
    value = int(number)
    data = value.to_bytes((value.bit_length() + 7) // 8, "big")
    if data[0] > 4:
        # Cutting digits off divides the number by a power of ten: its leading byte changes.
        raise VerificationError(
            "truncated", "The certificate code is cut short or damaged: scan it again, or "
            "check the print."
        )
    if data[0] != LAYOUT_VERSION:
        raise VerificationError(
            "version", f"This certificate code uses layout {data[0]}, which this Ikrar does "
            "not know (or the code is damaged). Update Ikrar."
        )
    reader = Reader(data, _WHAT)
    reader.byte()
    hint = reader.take(KEY_HINT_BYTES).hex()
    name = _read_text(reader, NAME_MAX_BYTES)
    nip = f"{int.from_bytes(reader.take(8), 'big'):0{NIP_LENGTH}d}"
    cert_number = _read_text(reader, NUMBER_MAX_BYTES)
    tag = reader.take(EVENT_TAG_BYTES).hex()
    seconds, quarters = struct.unpack(">Ib", reader.take(5))
    if not -96 < quarters < 96:  # a UTC offset is less than a day either way
        raise VerificationError("format", "The certificate code holds an impossible time.")
    signed_at = (_EPOCH + timedelta(seconds=seconds)).astimezone(
        timezone(timedelta(minutes=15 * quarters)))
    copy = _read_varint(reader)
    strokes = reader.take(STROKES_PREFIX_BYTES).hex()
    (issued_days,) = struct.unpack(">H", reader.take(2))
    station_id = reader.ident()
    station_name = reader.text()
    station_public = PublicKey(reader.take(PUBLIC_BYTES))
    start, until = struct.unpack(">HH", reader.take(4))
    agency_signature = reader.take(SIGNATURE_BYTES)
    signed_end = reader.pos
    signature = reader.take(SIGNATURE_BYTES)
    reader.end()
    if len(nip) != NIP_LENGTH:
        raise VerificationError("format", "The certificate code holds no valid NIP.")
    station = StationCertificate(station_id, station_name, station_public, "", date_from_days(
        start), date_from_days(until), agency_signature)
    return DecodedCode(name, nip, cert_number, tag, signed_at, copy, strokes,
                       date_from_days(issued_days), station, hint, data[:signed_end], signature)


def verify_v2(text: str, agency_public: PublicKey) -> DecodedCode:
    """A v2 code whose chain agency → station → page holds; VerificationError says why not."""
    code = decode_code(text)
    if code.key_hint != agency_public.key_id[: 2 * KEY_HINT_BYTES]:
        raise VerificationError(
            "agency", f"This certificate was signed under another agency's key (key id "
            f"{code.key_hint}…), not this agency's ({agency_public.key_id}): a certificate of "
            "another agency, or a forgery."
        )
    station = StationCertificate(**{**code.station.__dict__,
                                    "issuer_key_id": agency_public.key_id})
    assert STATION_CERT_VERSION == 1 and KEY_ID_BYTES == 8  # the layout restores these
    station.verify(agency_public, at=code.issued_on)
    kind = next((name for name, domain in DOMAINS.items()
                 if station.public_key.verify(code.signature, domain + code.signed)), None)
    if kind is None:
        raise VerificationError(
            "signature",
            "The certificate's signature does not match its contents: the name, NIP, number, "
            "copy or time were altered, or it was not signed by station "
            f"{station.station_name!r}.",
        )
    return DecodedCode(**{**code.__dict__, "station": station, "kind": kind})



def verify_code(text: str, agency_public: PublicKey) -> VerifiedCertificate:
    """Verify a certificate code of either format: v2 (bare or URL form) or the older `IKC1.`
    (which carries no name and no copy number: those stay None)."""
    if is_v2(text):
        code = verify_v2(text, agency_public)
        claim = CertificateClaim(code.number, code.nip, "", code.signed_at, code.strokes_prefix)
        return VerifiedCertificate(claim, code.station.station_id, code.station.station_name,
                                   agency_public.key_id, code.issued_on, name=code.name,
                                   copy=code.copy, version=2, event_tag=code.event_tag,
                                   kind=code.kind)
    bare = payload_of(text) if "#" in text else text
    if "".join(bare.split()).upper().startswith(CERTIFICATE_PREFIX[:3]):
        return verify_certificate(bare, agency_public)
    raise VerificationError(
        "format", "This code is not an Ikrar certificate (it starts neither with 92 nor IKC1.)."
    )
