"""Hub side of enrolment: one-time codes, station tokens, station certificates.

Codes and tokens are kept only as SHA-256 hashes. A code carries a secret (16 base32
characters) and, when the hub speaks HTTPS, the fingerprint of its certificate after an `@`.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from ikrar.core.errors import IkrarError
from ikrar.core.ids import new_id
from ikrar.core.keys import PublicKey, SigningKey, StationCertificate
from ikrar.store import audit
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import EnrolmentCode, HubChange, StationToken

CODE_MINUTES = 60


class EnrolmentError(IkrarError):
    """A code that is unknown, used or expired, or a station that may not join."""


class AuthError(IkrarError):
    """A token that is missing, unknown or revoked."""


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _normalise(secret: str) -> str:
    return "".join(ch for ch in secret.upper() if ch.isalnum())


def split_code(code: str) -> tuple[str, str | None]:
    """(secret, pinned fingerprint or None) of a code as printed or scanned."""
    text = code.strip()
    if text.lower().startswith("ikrar:"):
        text = text[6:]
    secret, _, pin = text.partition("@")
    return _normalise(secret), (pin.strip().lower() or None)


@dataclass(frozen=True)
class Code:
    text: str  # what the administrator hands over (and the QR carries)
    station_name: str
    expires_at: object


def create_code(station_name: str, *, event_id: str | None = None,
                minutes: int = CODE_MINUTES, fingerprint: str | None = None) -> Code:
    if not station_name.strip():
        raise EnrolmentError("enrol.name_missing", "A station needs a name, e.g. \"Meja 3\".")
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")
    secret = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    expires = utcnow() + timedelta(minutes=minutes)
    with db.atomic():
        EnrolmentCode.create(code_hash=_hash(_normalise(secret)), station_name=station_name.strip(),
                             event_id=event_id, expires_at=expires)
        audit.append("enrol_code", station_name.strip(), minutes=minutes)
    return Code(secret + (f"@{fingerprint}" if fingerprint else ""), station_name.strip(), expires)


@dataclass(frozen=True)
class Enrolment:
    token: str
    station_id: str  # the id the hub bound the code to: the station must use this one
    station_name: str
    certificate: StationCertificate
    event_id: str | None


def _taken(station_id: str) -> bool:
    """Whether an id already belongs to someone: enrolled, seen in the log, or the hub's own."""
    return (station_id == str(local().station_id)
            or StationToken.select().where(StationToken.station_id == station_id).exists()
            or HubChange.select().where(HubChange.station_id == station_id).exists())


def _usable_id(proposed: str) -> str:
    """The station's own id when it is a fresh UUID no one holds, else a new one from the hub.

    A code enrols a new station: presented with an enrolled station's id it must never hand
    over that identity (its token, its entries) to the holder of the code.
    """
    try:
        canonical = str(uuid.UUID(proposed))
    except ValueError:
        return str(new_id())
    if canonical != proposed or _taken(proposed):
        return str(new_id())
    return proposed


def _norm_id(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(value)


def redeem(code: str, station_id: str, public_pem: str, agency: SigningKey, *,
           event_id: str | None = None, renewing: str | None = None) -> Enrolment:
    """Use a code once: a token and a certificate for the station's key, bound to an id that
    no one holds yet (the station's proposal when it is free, else one made here).

    `event_id` is the event the station's folder already works on, if any: a code for another
    event is refused before it is used, so no folder mixes two events. `renewing` is the token
    of a station that joins again: when it is that station's (by the id it proposes) and not
    revoked, the code gives the station a new token under its own id; what it pushed stays.
    """
    secret, _ = split_code(code)
    try:
        public = PublicKey.from_pem(public_pem.encode("ascii"), source="the station's key")
    except (UnicodeEncodeError, IkrarError) as exc:
        raise EnrolmentError("enrol.bad_public_key",
                             f"The station's public key is not usable: {exc}",
                             reason=exc) from exc
    now = utcnow()
    with db.atomic():
        row = EnrolmentCode.get_or_none(EnrolmentCode.code_hash == _hash(secret))
        if row is None:
            raise EnrolmentError("enrol.unknown_code",
                                 "This enrolment code is not known to the hub. Check it, or ask "
                                 "the administrator for a new one (`ikrar hub enrol`).")
        if row.used_at is not None:
            raise EnrolmentError("enrol.code_used",
                                 "This enrolment code was already used; a code works once. "
                                 "Ask the administrator for a new one.")
        if row.expires_at < now:
            raise EnrolmentError("enrol.code_expired",
                                 "This enrolment code has expired. Ask the administrator for a "
                                 "new one.")
        if event_id and row.event_id and _norm_id(event_id) != _norm_id(row.event_id):
            raise EnrolmentError("enrol.other_event",
                                 "This code is for another event than the one this station's "
                                 "data folder holds; a station works on one event. Ask the "
                                 "administrator for a code for this event, or join from a new "
                                 "data folder.")
        holder = (StationToken.get_or_none(StationToken.token_hash == _hash(renewing))
                  if renewing else None)
        if holder is not None and holder.station_id != station_id:
            holder = None  # another station's token proves nothing about this id
        if holder is not None and holder.revoked_at is not None:
            raise EnrolmentError("enrol.revoked",
                                 "This station was revoked on the hub; a new code does not "
                                 "bring it back. Join from a new data folder with a new code.")
        if holder is None:
            station_id = _usable_id(station_id)
        # Claim the code in the same statement that checks it, so two stations cannot share it.
        claimed = (EnrolmentCode.update(used_at=now, station_id=station_id)
                   .where((EnrolmentCode.id == row.id) & EnrolmentCode.used_at.is_null())
                   .execute())
        if claimed != 1:
            raise EnrolmentError("enrol.code_used",
                                 "This enrolment code was already used; a code works once.")
        token = secrets.token_urlsafe(32)
        if holder is not None:  # the old token stops working here
            StationToken.update(name=row.station_name, token_hash=_hash(token),
                                created_at=now).where(
                StationToken.station_id == station_id).execute()
        else:
            # A plain insert: an id that is taken fails here rather than replacing a token.
            StationToken.create(station_id=station_id, name=row.station_name,
                                token_hash=_hash(token), created_at=now, revoked_at=None)
        certificate = StationCertificate.issue(agency, station_id, row.station_name, public)
        audit.append("station_enrol", station_id, station=row.station_name,
                     station_key_id=public.key_id, renewed=holder is not None)
    return Enrolment(token, station_id, row.station_name, certificate, row.event_id)


def station_for(token: str | None) -> StationToken:
    """The station a bearer token belongs to; AuthError when there is none."""
    if not token:
        raise AuthError("auth.token_missing",
                        "This request needs the station's token (Authorization: Bearer …). "
                        "Enrol the station with `ikrar station join`.")
    row = StationToken.get_or_none(StationToken.token_hash == _hash(token))
    if row is None:
        raise AuthError("auth.token_unknown",
                        "The hub does not know this station's token. Enrol the station again "
                        "with a new code.")
    if row.revoked_at is not None:
        raise AuthError("auth.revoked",
                        f"Station {row.name!r} was revoked on the hub and may not sync. Ask "
                        "the administrator; if it is trusted, join again from a new data "
                        "folder with a new code.",
                        station=row.name)
    return row


def revoke(key: str) -> StationToken:
    """Revoke a station by id or exact name."""
    rows = list(StationToken.select().where(
        (StationToken.station_id == key) | (StationToken.name == key)).limit(2))
    if len(rows) != 1:
        raise EnrolmentError("enrol.station_ambiguous",
                             ("No station" if not rows else "More than one station")
                             + f" is enrolled as {key!r}.",
                             key=key, count=len(rows))
    row = rows[0]
    with db.atomic():
        StationToken.update(revoked_at=utcnow()).where(
            StationToken.station_id == row.station_id).execute()
        audit.append("station_revoke", row.station_id, station=row.name)
    return row
