"""USB bundles: a station's unacknowledged entries in one file, signed with the station key,
then encrypted to the hub's bundle key.

    magic "IKRAR-BUNDLE/2\\n"
    sealed     | `ikrar.core.sealing.seal` (X25519 + HKDF + AES-256-GCM) to the hub's bundle key
               | of the signed bundle below, whole

    the signed bundle (alone, it is a version 1 file, as Ikrar wrote them before encryption):
    magic "IKRAR-BUNDLE/1\\n"
    u16 length | the station's certificate from the agency (ikrar.core.keys)
    u32 length | payload: zlib of JSON {station_id, station_name, created_at, first_seq,
                 last_seq, count, entries}
    64 bytes   | Ed25519 signature by the station key over a domain prefix and all the above

The hub's bundle key (X25519) is made by the hub and handed to each station at enrolment, over
the same pinned connection as its token, so the hub and the stations it enrolled read bundles
and a lost USB stick shows nothing. A station that never joined a hub has no key to encrypt to
and cannot export. Version 1 files (plain, signed) written before are still taken: they are
signed, so nothing in them can be forged, and refusing them would lose their check-ins; the
import is logged and audited as unencrypted.

A bundle is taken whole or not at all: a wrong magic, a short or long file, a file sealed to
another key or altered, a certificate not issued by this agency, a signature that does not
verify, or any unusable entry refuses it.
"""

from __future__ import annotations

import json
import logging
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from ikrar.core import sealing
from ikrar.core.errors import IkrarError
from ikrar.core.keys import (
    SIGNATURE_BYTES,
    PublicKey,
    StationCertificate,
    VerificationError,
    write_private_file,
)
from ikrar.store import audit, keystore, settings, sync_state
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import StationToken
from ikrar.store.sync_apply import Entry, SyncDataError, apply
from ikrar.sync import ledger, signing
from ikrar.sync.changes import from_wire, to_wire

log = logging.getLogger(__name__)

MAGIC = b"IKRAR-BUNDLE/1\n"
SEALED_MAGIC = b"IKRAR-BUNDLE/2\n"
_SEAL_CONTEXT = b"ikrar/bundle/v2"
SUFFIX = ".ikrar-bundle"
_DOMAIN = b"ikrar/bundle/v1\x00"
_MAX_PAYLOAD = 1 << 30


class BundleError(IkrarError):
    """A bundle that is refused whole; nothing of it was applied."""


@dataclass(frozen=True)
class Bundle:
    station_id: str
    station_name: str
    certificate: StationCertificate
    entries: list[Entry]
    seal: signing.Seal
    encrypted: bool = True


def export(folder: Path) -> tuple[Path, int]:
    """Write the entries the hub has not acknowledged into `folder`; (file, entry count)."""
    key = keystore.station_key()
    certificate = keystore.station_certificate()
    recipient = keystore.bundle_key()
    if recipient is None:
        raise BundleError("bundle.no_key",
                          "This station has not joined a hub, so there is no key to encrypt the "
                          "bundle to. Join the hub first (`ikrar station join`).")
    entries = sync_state.pending(settings.get("sync_acked_seq"), 1 << 62)
    if not entries:
        raise BundleError("bundle.nothing_to_export",
                          "Nothing to export: the hub has acknowledged every entry of this "
                          "station.")
    # The same signed batch as a push, so the hub keeps the station's signature either way.
    seal = signing.seal(entries, key, certificate.to_text())
    payload = zlib.compress(json.dumps({
        "station_id": str(local().station_id), "station_name": certificate.station_name,
        "created_at": utcnow().isoformat(), "first_seq": entries[0].seq,
        "last_seq": entries[-1].seq, "count": len(entries),
        "entries": [to_wire(e) for e in entries], "seal": seal.to_wire(),
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    cert = certificate.encode()
    body = b"".join((MAGIC, struct.pack(">H", len(cert)), cert,
                     struct.pack(">I", len(payload)), payload))
    signed = body + key.sign(_DOMAIN + body)
    public = sealing.box_public_bytes(sealing.box_private_from(recipient))
    data = SEALED_MAGIC + sealing.seal(public, signed, _SEAL_CONTEXT)
    folder = Path(folder)
    name = (f"ikrar-{certificate.station_name.replace(' ', '_').replace('/', '_')}-"
            f"{entries[0].seq}-{entries[-1].seq}{SUFFIX}")
    path = folder / name
    try:
        write_private_file(path, data)
    except IkrarError as exc:
        raise BundleError("bundle.cannot_write", f"Cannot write the bundle into {folder}: {exc}",
                          folder=folder, reason=exc) from exc
    with db.atomic():
        audit.append("sync_export", path.name, first=entries[0].seq, last=entries[-1].seq,
                     count=len(entries))
    return path, len(entries)


def read(path: Path, agency: PublicKey) -> Bundle:
    """Check and decode a bundle; BundleError saying why it is refused."""
    path = Path(path)
    try:
        size = os.path.getsize(path)
        if size > _MAX_PAYLOAD:
            raise BundleError("bundle.too_large",
                              f"{path.name} is too large to be an Ikrar bundle.",
                              file=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError("bundle.cannot_read", f"Cannot read the bundle {path}: {exc.strerror}.",
                          path=path, reason=exc.strerror) from exc
    refused = f"The bundle {path.name} is refused, nothing of it was applied"
    encrypted = data.startswith(SEALED_MAGIC)
    if encrypted:
        data = _open_sealed(data[len(SEALED_MAGIC):], refused)
    if not data.startswith(MAGIC):
        raise BundleError("bundle.not_a_bundle", f"{refused}: it is not an Ikrar bundle.",
                          refused=refused)
    try:
        pos = len(MAGIC)
        (cert_len,) = struct.unpack_from(">H", data, pos)
        pos += 2
        cert_bytes = data[pos:pos + cert_len]
        pos += cert_len
        (payload_len,) = struct.unpack_from(">I", data, pos)
        pos += 4
    except struct.error:
        raise BundleError("bundle.cut_short", f"{refused}: it is cut short.",
                          refused=refused) from None
    end = pos + payload_len
    if len(data) < end + SIGNATURE_BYTES:
        raise BundleError("bundle.cut_short", f"{refused}: it is cut short (copied incompletely?).",
                          refused=refused)
    if len(data) > end + SIGNATURE_BYTES:
        raise BundleError("bundle.trailing_bytes",
                          f"{refused}: it has bytes after its end (it was altered).",
                          refused=refused)
    try:
        certificate = StationCertificate.decode(cert_bytes)
        certificate.verify(agency)
    except VerificationError as exc:
        reason = ("it comes from another agency" if exc.reason == "agency"
                  else f"its station certificate is not valid ({exc})")
        raise BundleError("bundle.bad_signature", f"{refused}: {reason}.",
                          refused=refused, reason=reason) from exc
    if not certificate.public_key.verify(data[end:], _DOMAIN + data[:end]):
        raise BundleError("bundle.bad_signature",
                          f"{refused}: its signature does not match its contents (it was "
                          "altered or damaged).",
                          refused=refused, reason="")
    try:
        content = json.loads(zlib.decompress(data[pos:end]))
        if not isinstance(content, dict) or content.get("station_id") != certificate.station_id:
            raise ValueError("the station named inside is not the signer")
        raw = content["entries"]
        if not isinstance(raw, list) or len(raw) != content.get("count"):
            raise ValueError("the number of entries does not match")
        entries = [from_wire(item, certificate.station_id, i) for i, item in enumerate(raw)]
        seal = signing.from_wire(content.get("seal"))
        entries = signing.check_batch(entries, seal, agency)
    except (ValueError, KeyError, zlib.error, SyncDataError) as exc:
        raise BundleError("bundle.unusable", f"{refused}: its contents are unusable ({exc}).",
                          refused=refused, reason=exc) from exc
    return Bundle(certificate.station_id, certificate.station_name, certificate, entries, seal,
                  encrypted)


def _open_sealed(sealed: bytes, refused: str) -> bytes:
    key = keystore.bundle_key()
    if key is None:
        reason = ("it is encrypted to the key of a hub (of this or another agency), and this "
                  "data folder holds no hub key: it never ran the hub nor joined it")
        raise BundleError("bundle.cannot_open", f"{refused}: {reason}.", refused=refused,
                          reason=reason)
    try:
        return sealing.unseal(sealing.box_private_from(key), sealed, _SEAL_CONTEXT)
    except sealing.SealError:
        reason = ("it does not decrypt with this hub's key (it was altered, damaged, or "
                  "written for another hub or another agency)")
        raise BundleError("bundle.cannot_open", f"{refused}: {reason}.", refused=refused,
                          reason=reason) from None


@dataclass(frozen=True)
class Imported:
    station_name: str
    entries: int
    new: int
    written: int


def import_bundle(path: Path, *, as_hub: bool) -> Imported:
    """Apply a bundle with the same rules as a push (on the hub) or a pull (on a station)."""
    bundle = read(path, keystore.agency_public_key())
    try:
        if as_hub:
            token = StationToken.get_or_none(StationToken.station_id == bundle.station_id)
            if token is not None and token.revoked_at is not None:
                raise BundleError("bundle.station_revoked",
                                  f"Station {bundle.station_name!r} was revoked; its bundle is "
                                  "refused.",
                                  station=bundle.station_name)
            _, new, applied = ledger.receive(bundle.station_id, bundle.entries, bundle.seal)
        else:
            with db.atomic():
                applied = apply(bundle.entries, skip_station=str(local().station_id))
            new = applied.written
    except ledger.GapError as exc:
        raise BundleError("bundle.refused_gap",
                          f"The bundle {Path(path).name} is refused: {exc} Export a new "
                          "bundle on that station.",
                          name=Path(path).name, reason=exc) from exc
    except SyncDataError as exc:
        raise BundleError("bundle.refused",
                          f"The bundle {Path(path).name} is refused, nothing of it was "
                          f"applied: {exc}",
                          name=Path(path).name, reason=exc) from exc
    if not bundle.encrypted:
        log.warning("imported an unencrypted (version 1) bundle %s", Path(path).name)
    with db.atomic():
        audit.append("sync_import", Path(path).name, station=bundle.station_id,
                     entries=len(bundle.entries), new=new, encrypted=bundle.encrypted)
    return Imported(bundle.station_name, len(bundle.entries), new, applied.written)
