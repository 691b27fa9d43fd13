"""Key files in the data folder (`keys/`, owner-only) and the local station's certificate.

    keys/agency.key    the agency's private key (administrator/hub only), PKCS8 PEM,
                       encrypted when a passphrase was given
    keys/agency.pub    the agency's public key: what every verifier holds
    keys/station.key   this station's private key; a station must sign unattended, so it is
                       encrypted (AES-256-GCM) under a key derived from the database key
                       (`ikrar.store.crypto.protect`): no passphrase, and a copy of the
                       folder without the database key holds no usable key. A plain PEM file
                       from an older Ikrar is read and rewritten encrypted.

The station's public key (PEM text) and its certificate from the agency (base64) live on the
local Station row, so they sync to the hub like any other station data.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from ikrar.core import sealing
from ikrar.core.keys import (
    KeyFileError,
    PublicKey,
    SigningKey,
    StationCertificate,
    VerificationError,
    is_encrypted,
    write_private_file,
)
from ikrar.store import audit, crypto, outbox
from ikrar.store.db import db, local
from ikrar.store.stations import local_station

log = logging.getLogger(__name__)

AGENCY_KEY = "agency.key"
AGENCY_PUBLIC = "agency.pub"
STATION_KEY = "station.key"


def keys_dir() -> Path:
    return local().data_dir / "keys"


def init_agency_key(passphrase: str | None = None, *, overwrite: bool = False) -> SigningKey:
    """Create the agency key; refuses to replace one unless `overwrite`."""
    path = keys_dir() / AGENCY_KEY
    existed = path.exists()
    if existed and not overwrite:
        raise KeyFileError(
            "key.agency_exists",
            f"An agency key already exists at {path}. Keep it: badges and certificates signed "
            "with it verify only with it. To replace it anyway, run "
            "`ikrar keys init --overwrite` (every badge and station must then be signed again).",
            path=path,
        )
    key = SigningKey.generate()
    with db.atomic():
        key.save(path, passphrase)
        save_agency_public_key(key.public)
        audit.append("key_create", key.public.key_id, role="agency",
                     fingerprint=key.public.fingerprint, encrypted=bool(passphrase),
                     replaced=existed)
    log.info("agency key %s created", key.public.key_id)
    return key


def save_agency_public_key(public: PublicKey) -> Path:
    """Keep the agency's public key (e.g. received at enrolment) as the one verifiers use."""
    path = keys_dir() / AGENCY_PUBLIC
    write_private_file(path, public.to_pem())
    return path


def agency_key_encrypted() -> bool:
    """Whether the agency key needs a passphrase; OSError when there is no key to read."""
    return is_encrypted(keys_dir() / AGENCY_KEY)


def agency_key(passphrase: str | None = None) -> SigningKey:
    path = keys_dir() / AGENCY_KEY
    if not path.exists():
        raise KeyFileError(
            "key.no_agency_key",
            f"There is no agency key at {path}. Run `ikrar keys init` on the administrator's "
            "machine (or use the data folder that holds the key).",
            path=path,
        )
    key = SigningKey.load(path, passphrase)
    public_path = keys_dir() / AGENCY_PUBLIC
    if public_path.exists():
        expected = PublicKey.from_pem(public_path.read_bytes(), source=str(public_path))
        if expected != key.public:
            raise KeyFileError(
                "key.wrong_agency_key",
                f"The key file {path} is another agency's key (key id {key.public.key_id}); this "
                f"data folder trusts key id {expected.key_id} ({public_path}). Put back the "
                "right key file.",
                path=path, key_id=key.public.key_id, expected=expected.key_id,
                public_path=public_path,
            )
    return key


def agency_public_key() -> PublicKey:
    path = keys_dir() / AGENCY_PUBLIC
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            "key.no_public_key",
            f"There is no agency public key at {path}. Run `ikrar keys init` on the "
            "administrator's machine, or give the agency's public key file with --public-key.",
            path=path,
        ) from None
    except OSError as exc:
        raise KeyFileError("key.cannot_read_public", f"Cannot read {path}: {exc.strerror}.",
                           path=path, reason=exc.strerror) from exc
    return PublicKey.from_pem(data, source=str(path))


_STATION_KEY_PURPOSE = "station-key"


def _save_station_key(path: Path, key: SigningKey) -> None:
    folder = local().data_dir
    if crypto.active_key(folder) is None:  # a plain database (the PostgreSQL hub): as before
        key.save(path)
        return
    write_private_file(path, crypto.protect(folder, _STATION_KEY_PURPOSE, key.to_pem()))


def _load_station_key(path: Path) -> SigningKey:
    data = path.read_bytes() if path.exists() else b""
    if not sealing.is_encrypted(data):
        key = SigningKey.load(path)
        if crypto.active_key(local().data_dir) is not None:
            _save_station_key(path, key)  # an older Ikrar's plain file: encrypt it now
        return key
    try:
        pem = crypto.unprotect(local().data_dir, _STATION_KEY_PURPOSE, data)
        return SigningKey(serialization.load_pem_private_key(pem, None))
    except (sealing.SealError, RuntimeError, ValueError) as exc:
        raise KeyFileError(
            "key.station_key_locked",
            f"The station key {path} does not open with this database's key (it was copied "
            "from another data folder, or damaged). Put back this folder's own key file, or "
            "remove it and certify the station again.", path=path) from exc


def station_key() -> SigningKey:
    """This station's key, created on first use; its public key is kept on the Station row."""
    path = keys_dir() / STATION_KEY
    if path.exists():
        key = _load_station_key(path)
    else:
        key = SigningKey.generate()
        _save_station_key(path, key)
        log.info("station key %s created", key.public.key_id)
    station = local_station()
    pem = key.public.to_pem().decode("ascii")
    if station.public_key != pem:
        with db.atomic():
            station.public_key = pem
            outbox.update(station)
            audit.append("key_create", key.public.key_id, role="station",
                         fingerprint=key.public.fingerprint)
    return key


def station_certificate() -> StationCertificate:
    """The local station's certificate from the agency, for the key in keys/station.key."""
    station = local_station()
    if not station.certificate:
        raise KeyFileError(
            "key.station_uncertified",
            f"Station {station.name!r} has no certificate from the agency yet, so it cannot "
            "sign certificates. Run `ikrar keys certify-station` with the agency key, or enrol "
            "the station with the hub.",
            station=station.name,
        )
    try:
        cert = StationCertificate.from_text(station.certificate)
    except VerificationError as exc:
        raise KeyFileError(
            "key.station_certificate_damaged",
            f"The certificate of station {station.name!r} is damaged ({exc}). Certify the "
            "station again with `ikrar keys certify-station`.",
            station=station.name, reason=exc,
        ) from exc
    if cert.public_key != station_key().public:
        raise KeyFileError(
            "key.station_certificate_other_key",
            f"The certificate of station {station.name!r} is for another key than "
            f"{keys_dir() / STATION_KEY} (the key file was replaced). Certify the station "
            "again with `ikrar keys certify-station`.",
            station=station.name, path=keys_dir() / STATION_KEY,
        )
    return cert


def certify_local_station(agency: SigningKey, valid_days: int = 400) -> StationCertificate:
    """Issue the local station's certificate with the agency key and keep it on its row."""
    public = station_key().public
    station = local_station()
    cert = StationCertificate.issue(agency, str(station.id), station.name, public, valid_days)
    with db.atomic():
        station.certificate = cert.to_text()
        outbox.update(station)
        audit.append("station_certify", str(station.id), station=station.name,
                     station_key_id=public.key_id, agency_key_id=agency.public.key_id,
                     valid_until=cert.valid_until.isoformat())
    return cert


BUNDLE_KEY = "bundle.key"
_BUNDLE_KEY_PURPOSE = "bundle-key"


def save_bundle_key(raw: bytes) -> None:
    """Keep the hub's bundle key (X25519, received at enrolment, or the hub's own)."""
    sealing.box_private_from(raw)  # refuses anything but a 32-byte key
    folder = local().data_dir
    data = (crypto.protect(folder, _BUNDLE_KEY_PURPOSE, raw)
            if crypto.active_key(folder) is not None else raw)
    write_private_file(keys_dir() / BUNDLE_KEY, data)


def bundle_key(*, create: bool = False) -> bytes | None:
    """The X25519 key USB bundles are encrypted to: the hub's own (made on first use with
    `create`), shared with the stations it enrols so they can read each other's bundles too.
    None when this station never joined a hub."""
    path = keys_dir() / BUNDLE_KEY
    if not path.exists():
        if not create:
            return None
        raw = sealing.box_private_bytes(sealing.new_box_key())
        save_bundle_key(raw)
        log.info("bundle key created")
        return raw
    data = path.read_bytes()
    if not sealing.is_encrypted(data):
        return data
    try:
        return crypto.unprotect(local().data_dir, _BUNDLE_KEY_PURPOSE, data)
    except (sealing.SealError, RuntimeError) as exc:
        raise KeyFileError(
            "key.bundle_key_locked",
            f"The bundle key {path} does not open with this database's key (copied from "
            "another data folder, or damaged). Join the hub again from this folder.",
            path=path) from exc
