"""Ed25519 keys: the agency key, station keys and the station certificates that chain them.

The agency key signs badges and station certificates; a station key signs the certificates
(piagam) that station prints. A verifier holds only the agency's public key: every signed
certificate carries its station's certificate, so the chain agency → station → certificate can
be checked offline.

Station certificates are a small versioned binary form (about 130 bytes) because they ride
inside a certificate's QR code:

    version 1 | station id | station name | station public key (32) | issuer key id (8)
    | valid from, valid until (days since 2000-01-01, 2 bytes each) | signature (64)

The signature covers a domain prefix and every byte before it.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ikrar.core.errors import IkrarError
from ikrar.core.files import OWNER_ONLY, atomic_write

KEY_ID_BYTES = 8
SIGNATURE_BYTES = 64
PUBLIC_BYTES = 32
STATION_CERT_VERSION = 1
STATION_NAME_MAX_BYTES = 48  # the name only informs a reader; it rides in every certificate QR
_DAY_ZERO = date(2000, 1, 1)
_CERT_DOMAIN = b"ikrar/station-certificate/v1\x00"


class KeyFileError(IkrarError):
    """A key file that is missing, damaged, locked with another passphrase, or not ours."""


class VerificationError(IkrarError):
    """A signed payload that does not verify; `reason` names why for programs and tests.

    Reasons: "format", "truncated", "version", "signature", "key_id", "agency",
    "station_certificate", "expired"; the error code is "verify.<reason>".
    """

    def __init__(self, reason: str, message: str, **params: object) -> None:
        super().__init__(f"verify.{reason}", message, **params)
        self.reason = reason


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class PublicKey:
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != PUBLIC_BYTES:
            raise ValueError(f"an Ed25519 public key has 32 bytes, got {len(self.raw)}")

    @property
    def key_id(self) -> str:
        """First 8 bytes of sha256(raw), hex: names the key in payloads and messages."""
        return hashlib.sha256(self.raw).digest()[:KEY_ID_BYTES].hex()

    @property
    def key_id_bytes(self) -> bytes:
        return hashlib.sha256(self.raw).digest()[:KEY_ID_BYTES]

    @property
    def fingerprint(self) -> str:
        """100 bits of sha256(raw) as 5 groups of 4 base32 characters, to read aloud."""
        text = _b32(hashlib.sha256(b"ikrar/fingerprint\x00" + self.raw).digest())[:20]
        return "-".join(text[i:i + 4] for i in range(0, 20, 4))

    def verify(self, signature: bytes, data: bytes) -> bool:
        if len(signature) != SIGNATURE_BYTES:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def to_pem(self) -> bytes:
        return Ed25519PublicKey.from_public_bytes(self.raw).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    @classmethod
    def from_pem(cls, data: bytes, *, source: str = "the public key file") -> PublicKey:
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            raise KeyFileError(
                "key.not_pem",
                f"{source} is not a PEM public key (it is damaged or another kind of file). "
                "Ask the administrator for the agency's public key file "
                "(`ikrar keys export-public`).",
                source=source,
            ) from exc
        if not isinstance(key, Ed25519PublicKey):
            raise KeyFileError(
                "key.not_ed25519_public",
                f"{source} holds a {type(key).__name__.removesuffix('PublicKey') or 'non'}-type "
                "key, not an Ed25519 key from `ikrar keys export-public`.",
                source=source, kind=type(key).__name__.removesuffix('PublicKey') or 'non',
            )
        return cls(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def write_private_file(path: Path, data: bytes) -> None:
    """Write owner-only (folder 0700, file 0600), atomically, so a crash leaves no half key."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        atomic_write(path, data, mode=OWNER_ONLY)
    except OSError as exc:
        raise KeyFileError(
            "key.cannot_write",
            f"Cannot write the key file {path}: {exc.strerror}. Check the folder's permissions "
            "and free space.",
            path=path, reason=exc.strerror,
        ) from exc


def is_encrypted(key: Path | bytes) -> bool:
    """Whether a private key (PEM bytes, or the file holding them) is protected by a
    passphrase. A file that cannot be read raises OSError."""
    data = key if isinstance(key, bytes) else Path(key).read_bytes()
    return b"ENCRYPTED PRIVATE KEY" in data


class SigningKey:
    """An Ed25519 private key."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self._public = PublicKey(raw)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> SigningKey:
        """A key from its 32-byte seed (tests and fixtures)."""
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    @property
    def public(self) -> PublicKey:
        return self._public

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def to_pem(self, passphrase: str | None = None) -> bytes:
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
            if passphrase else serialization.NoEncryption()
        )
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )

    def save(self, path: Path, passphrase: str | None = None) -> None:
        write_private_file(Path(path), self.to_pem(passphrase))

    @classmethod
    def load(cls, path: Path, passphrase: str | None = None) -> SigningKey:
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError("key.missing", f"The key file {path} does not exist.",
                               path=path) from None
        except OSError as exc:
            raise KeyFileError("key.cannot_read",
                               f"Cannot read the key file {path}: {exc.strerror}.",
                               path=path, reason=exc.strerror) from exc
        encrypted = is_encrypted(data)
        if encrypted and not passphrase:
            raise KeyFileError(
                "key.passphrase_needed",
                f"The key file {path} is protected by a passphrase. Give it with "
                "--passphrase-file or the IKRAR_KEY_PASSPHRASE environment variable.",
                path=path,
            )
        try:
            key = serialization.load_pem_private_key(
                data, passphrase.encode("utf-8") if encrypted and passphrase else None
            )
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            if encrypted:
                raise KeyFileError(
                    "key.wrong_passphrase",
                    f"Wrong passphrase for the key file {path} (or the file is damaged). "
                    "Check the passphrase and try again.",
                    path=path,
                ) from exc
            raise KeyFileError(
                "key.damaged",
                f"The key file {path} is damaged or not a private key. Restore it from your "
                "backup; without it, nothing new can be signed with this key.",
                path=path,
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileError("key.not_ed25519",
                               f"The key file {path} holds a key that is not Ed25519.",
                               path=path)
        return cls(key)


def days_since_2000(day: date) -> int:
    n = (day - _DAY_ZERO).days
    if not 0 <= n <= 0xFFFF:
        raise ValueError(f"date {day} is outside 2000-2179")
    return n


def date_from_days(days: int) -> date:
    return _DAY_ZERO + timedelta(days=days)


def encode_id(value: str) -> bytes:
    """A UUID as 16 bytes behind tag 0x10; any other id as tag 0x00, length, UTF-8."""
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        parsed = None
    if parsed is not None and str(parsed) == value:
        return b"\x10" + parsed.bytes
    raw = value.encode("utf-8")
    if len(raw) > 255:
        raise ValueError(f"id {value!r} is longer than 255 bytes")
    return b"\x00" + bytes([len(raw)]) + raw


class Reader:
    """Reads a binary payload; running short raises VerificationError("truncated")."""

    def __init__(self, data: bytes, what: str) -> None:
        self.data, self.pos, self.what = data, 0, what

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise VerificationError(
                "truncated", f"The {self.what} is cut short: part of the code is missing."
            )
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def text(self) -> str:
        raw = self.take(self.byte())
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise VerificationError("format", f"The {self.what} holds unreadable text.") from None

    def ident(self) -> str:
        tag = self.byte()
        if tag == 0x10:
            return str(uuid.UUID(bytes=self.take(16)))
        if tag == 0x00:
            return self.text()
        raise VerificationError("format", f"The {self.what} holds an id of unknown form.")

    def end(self) -> None:
        if self.pos != len(self.data):
            raise VerificationError(
                "format", f"The {self.what} has {len(self.data) - self.pos} bytes too many."
            )


def short_text(value: str, limit: int) -> bytes:
    """UTF-8 cut at a character boundary to at most `limit` bytes, with its length byte."""
    raw = value.encode("utf-8")[:limit].decode("utf-8", errors="ignore").encode("utf-8")
    return bytes([len(raw)]) + raw


@dataclass(frozen=True)
class StationCertificate:
    station_id: str
    station_name: str
    public_key: PublicKey
    issuer_key_id: str
    valid_from: date
    valid_until: date
    signature: bytes

    @classmethod
    def issue(cls, agency: SigningKey, station_id: str, station_name: str,
              station_public: PublicKey, valid_days: int = 400,
              today: date | None = None) -> StationCertificate:
        """The agency's signature over the station's key, id, name and validity.

        Names longer than 48 UTF-8 bytes are shortened: the id is what counts.
        """
        start = today or date.today()
        name = short_text(station_name, STATION_NAME_MAX_BYTES)[1:].decode("utf-8")
        unsigned = cls(station_id, name, station_public, agency.public.key_id, start,
                       start + timedelta(days=valid_days), b"")
        return cls(**{**unsigned.__dict__,
                      "signature": agency.sign(_CERT_DOMAIN + unsigned._body())})

    def _body(self) -> bytes:
        return b"".join((
            bytes([STATION_CERT_VERSION]),
            encode_id(self.station_id),
            short_text(self.station_name, STATION_NAME_MAX_BYTES),
            self.public_key.raw,
            bytes.fromhex(self.issuer_key_id),
            struct.pack(">HH", days_since_2000(self.valid_from), days_since_2000(self.valid_until)),
        ))

    def encode(self) -> bytes:
        return self._body() + self.signature

    @classmethod
    def read(cls, reader: Reader) -> StationCertificate:
        version = reader.byte()
        if version != STATION_CERT_VERSION:
            raise VerificationError(
                "version", f"The station certificate has version {version}, which this "
                "Ikrar does not know. Update Ikrar."
            )
        station_id = reader.ident()
        name = reader.text()
        public = PublicKey(reader.take(PUBLIC_BYTES))
        issuer = reader.take(KEY_ID_BYTES).hex()
        start, until = struct.unpack(">HH", reader.take(4))
        signature = reader.take(SIGNATURE_BYTES)
        return cls(station_id, name, public, issuer, date_from_days(start),
                   date_from_days(until), signature)

    @classmethod
    def decode(cls, data: bytes) -> StationCertificate:
        reader = Reader(bytes(data), "station certificate")
        cert = cls.read(reader)
        reader.end()
        return cert

    def to_text(self) -> str:
        """Base64, as kept in the Station row."""
        return base64.b64encode(self.encode()).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> StationCertificate:
        try:
            data = base64.b64decode(text.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            raise VerificationError("format", "The station certificate is not base64.") from None
        return cls.decode(data)

    def verify(self, agency_public: PublicKey, at: date | None = None) -> None:
        """Raise VerificationError unless the agency issued this and it is valid on `at`."""
        if self.issuer_key_id != agency_public.key_id:
            raise VerificationError(
                "agency",
                f"The station certificate of {self.station_name!r} was issued by another agency "
                f"key (key id {self.issuer_key_id}), not by the agency key held here "
                f"(key id {agency_public.key_id}).",
            )
        if not agency_public.verify(self.signature, _CERT_DOMAIN + self._body()):
            raise VerificationError(
                "station_certificate",
                f"The station certificate of {self.station_name!r} does not carry a valid "
                "agency signature: it was altered or forged.",
            )
        day = at or date.today()
        if not self.valid_from <= day <= self.valid_until:
            raise VerificationError(
                "expired",
                f"The station certificate of {self.station_name!r} is valid from "
                f"{self.valid_from} to {self.valid_until}, not on {day}. Certify the station "
                "again (`ikrar keys certify-station`).",
            )
