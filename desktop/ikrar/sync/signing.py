"""Signed batches: every push, USB bundle and hub-written batch carries its author's signature.

A batch is one station's entries with consecutive sequence numbers. Its signature covers a
domain prefix, the station id, the first sequence number and the SHA-256 of each entry in its
canonical JSON form, so any single entry can later be checked against the batch it came in:
the hub keeps the digests and the signature (`HubBatch`) and hands them out with the entries,
and a station pulling them checks each entry itself. A hub that altered or invented an entry
cannot produce a matching signature without the station's key.

The signer is the station key certified by the agency (the certificate travels with the
batch) or the agency key itself for the administrator's batches.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, SigningKey, StationCertificate, VerificationError
from ikrar.store.authorship import AGENCY, LEGACY, STATION, same_station
from ikrar.store.sync_apply import Entry, SyncDataError

_DOMAIN = b"ikrar/batch/v1\x00"
DIGEST_BYTES = 32


def digest(entry: Entry) -> bytes:
    """SHA-256 of the entry's canonical JSON (sorted keys, ASCII): the same on every node.

    A signature carrying its shape's hash is digested without its strokes: `strokes_hash` and
    `shape_hash` commit to them (checked on applying, `store.purge_sync`), so a log whose
    biometrics were purged still verifies against its author's seal.
    """
    return _digest(entry, data_text(entry))


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def _c_canonical() -> Any:
    """The same encoding through the C encoder made once, not once a call as `encode` makes
    it (no check for cycles: data decoded from JSON has none); None where there is none."""
    make = getattr(json.encoder, "c_make_encoder", None)
    try:
        encode = make(None, _ENCODER.default, json.encoder.encode_basestring_ascii, None, ":",
                      ",", True, False, True) if make else None
    except TypeError:  # another Python's signature: the plain encoder then
        return None
    if encode is None or "".join(encode({"b": [1, None], "a": "\u00e9"}, 0)) != \
            _ENCODER.encode({"b": [1, None], "a": "\u00e9"}):
        return None
    return lambda data: "".join(encode(data, 0)) if type(data) is dict else _ENCODER.encode(data)


_CANONICAL = _c_canonical() or _ENCODER.encode
_quote = json.encoder.encode_basestring_ascii  # a str as JSON, ASCII, as json.dumps writes it


def data_text(entry: Entry) -> str:
    """The entry's data in the canonical JSON its digest covers (strokes left out as above)."""
    data = entry.data
    if entry.table == "signature" and isinstance(data, dict) and "shape_hash" in data:
        data = {k: v for k, v in data.items() if k != "strokes"}
    return _CANONICAL(data)


def log_text(entry: Entry, text: str) -> str:
    """The entry's whole data as JSON text, from its `data_text` (the hub's log keeps it):
    the strokes the digest leaves out are put back, nothing is encoded twice."""
    data = entry.data
    if entry.table == "signature" and isinstance(data, dict) and "shape_hash" in data and \
            "strokes" in data:
        return f'{text[:-1]},"strokes":{_CANONICAL(data["strokes"])}}}'
    return text


def log_texts(entries: Sequence[Entry], texts: Sequence[str] | None = None) -> list[str]:
    """Each entry's `log_text`, from its `data_text` in `texts` when the batch's seal made them."""
    if texts is None:
        texts = [data_text(e) for e in entries]
    return [log_text(e, t) for e, t in zip(entries, texts, strict=True)]


def _digest(entry: Entry, text: str) -> bytes:
    # The canonical JSON of [station, seq, table, row id, op, hlc, data], byte for byte as one
    # json.dumps of that list would write it, with the data's text made once.
    texts = (entry.station_id, entry.table, entry.row_id, entry.op, entry.hlc)
    if type(entry.seq) is int and all(type(t) is str for t in texts):
        station, table, row_id, op, hlc = map(_quote, texts)
        head = f"[{station},{entry.seq},{table},{row_id},{op},{hlc},"
    else:  # what json.dumps writes for anything else
        head = _CANONICAL([entry.station_id, entry.seq, entry.table, entry.row_id, entry.op,
                           entry.hlc])[:-1] + ","
    return hashlib.sha256(f"{head}{text}]".encode("ascii")).digest()


def _message(kind: str, station_id: str, first_seq: int, digests: bytes) -> bytes:
    return (_DOMAIN + kind.encode("ascii") + b"\x00" + station_id.encode("utf-8") + b"\x00"
            + struct.pack(">Q", first_seq) + digests)


@dataclass(frozen=True)
class Seal:
    """The signature over one batch, and what is needed to check it."""

    station_id: str
    first_seq: int
    digests: bytes
    signature: bytes
    certificate: str | None  # the signing station's certificate; None: signed by the agency
    kind: str = STATION  # station | agency | legacy (the agency vouching for older entries)

    def to_wire(self) -> dict[str, Any]:
        return {"kind": self.kind, "station_id": self.station_id, "first_seq": self.first_seq,
                "digests": base64.b64encode(self.digests).decode("ascii"),
                "signature": base64.b64encode(self.signature).decode("ascii"),
                "certificate": self.certificate}


def _refused(why: str) -> SyncDataError:
    return SyncDataError("sync.bad_signature",
                         f"A batch is refused, nothing of it was applied: {why}.", why=why)


def _consecutive(entries: Sequence[Entry]) -> None:
    for i, entry in enumerate(entries):
        if entry.seq != entries[0].seq + i or entry.station_id != entries[0].station_id:
            raise _refused("its entries are not one station's consecutive entries")


def seal(entries: Sequence[Entry], key: SigningKey, certificate: str | None,
         kind: str | None = None, texts: Sequence[str] | None = None) -> Seal:
    """Sign a batch with the station key (and its certificate) or the agency key (None).

    `texts`: each entry's `data_text`, when the caller made them (to send them too)."""
    _consecutive(entries)
    kind = kind or (STATION if certificate else AGENCY)
    if texts is None:
        texts = [data_text(e) for e in entries]
    digests = b"".join(_digest(e, t) for e, t in zip(entries, texts, strict=True))
    station, first = entries[0].station_id, entries[0].seq
    return Seal(station, first, digests, key.sign(_message(kind, station, first, digests)),
                certificate, kind)


def from_wire(item: Any) -> Seal:
    """A seal from decoded JSON; SyncDataError when malformed."""
    try:
        if not isinstance(item, dict):
            raise TypeError
        station, first = item["station_id"], item["first_seq"]
        certificate, kind = item.get("certificate"), item.get("kind", STATION)
        if not isinstance(station, str) or type(first) is not int or first < 1 or not (
                certificate is None or isinstance(certificate, str)) or \
                kind not in (STATION, AGENCY, LEGACY) or (kind == STATION) != bool(certificate):
            raise TypeError
        digests = base64.b64decode(item["digests"], validate=True)
        signature = base64.b64decode(item["signature"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _refused("its signature block is malformed") from None
    if not digests or len(digests) % DIGEST_BYTES:
        raise _refused("its list of entry digests is malformed")
    return Seal(station, first, digests, signature, certificate, kind)


def signer_of(seal: Seal, agency: PublicKey, *, check_dates: bool = True) -> str:
    """"station", "agency" or "legacy": who signed this batch; SyncDataError if nobody valid did.

    A station certificate must be issued by this agency for the batch's station; its validity
    dates are checked when the batch arrives (`check_dates`), not again when it is pulled later.
    """
    if seal.kind != STATION:
        key, signer = agency, seal.kind
    else:
        try:
            certificate = StationCertificate.from_text(seal.certificate)
            certificate.verify(agency, None if check_dates else certificate.valid_from)
        except VerificationError as exc:
            raise _refused(f"its station certificate is not valid here ({exc})") from exc
        if not same_station(certificate.station_id, seal.station_id):
            raise _refused("its certificate belongs to another station")
        key, signer = certificate.public_key, STATION
    if seal.kind not in (STATION, AGENCY, LEGACY) or not key.verify(
            seal.signature, _message(seal.kind, seal.station_id, seal.first_seq, seal.digests)):
        raise _refused("its signature does not match its entries (altered or forged)")
    return signer


def vouch(entries: Sequence[Entry], seal: Seal, signer: str,
          texts: Sequence[str] | None = None) -> list[Entry]:
    """The entries marked with their signer, each checked against the seal's digests.

    `texts`: each entry's `data_text`, when the caller made them already (and keeps them).
    """
    out = []
    count = len(seal.digests) // DIGEST_BYTES
    if texts is None:
        texts = [data_text(entry) for entry in entries]
    for entry, text in zip(entries, texts, strict=True):
        at = entry.seq - seal.first_seq
        if not same_station(entry.station_id, seal.station_id) or not 0 <= at < count or \
                seal.digests[at * DIGEST_BYTES:(at + 1) * DIGEST_BYTES] != _digest(entry, text):
            raise _refused(f"entry {entry.seq} of station {entry.station_id} is not the one "
                           "its author signed (altered or forged)")
        out.append(Entry(entry.station_id, entry.seq, entry.table, entry.row_id, entry.op,
                         entry.data, entry.hlc, signer))
    return out


def check_batch(entries: Sequence[Entry], seal_: Seal, agency: PublicKey,
                texts: Sequence[str] | None = None) -> list[Entry]:
    """Check a whole batch as it arrives (a push or a bundle): the entries, vouched for.

    `texts`: each entry's `data_text`, made by the caller (the hub keeps them for its log).
    """
    if len(entries) * DIGEST_BYTES != len(seal_.digests) or not entries or \
            entries[0].seq != seal_.first_seq:
        raise _refused("its signature covers other entries than it carries")
    return vouch(entries, seal_, signer_of(seal_, agency), texts)


def certified_key(seal: Seal) -> PublicKey:
    """The station key a station seal's certificate names (the seal already checked)."""
    return StationCertificate.from_text(seal.certificate or "").public_key


def same_key(pem: str, key: PublicKey) -> bool:
    """Whether a station row's public key (PEM text) is `key`; unreadable text is not."""
    try:
        return PublicKey.from_pem(pem.encode("ascii")) == key
    except (IkrarError, UnicodeEncodeError):
        return False
