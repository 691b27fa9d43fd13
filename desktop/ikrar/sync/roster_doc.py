"""The roster as one signed, versioned document: signed on the hub, checked on every station.

The administrator's import records a version of the event's roster (`ikrar.store.roster_doc`).
Each version is signed with the agency key (`publish`: after the import when the key is at
hand, else by the hub the first time a station asks), together with a snapshot of the whole
roster at that version, and the hub serves them:
`GET /api/v1/roster` lists the newest version of each event in the station's scope,
`GET /api/v1/roster?event=E&have=N` the versions after N (every difference in turn) or, for a
station holding none (or one the hub no longer leads to), the snapshot.

The signature covers a domain, the event, the version, the version it follows, the kind and
the SHA-256 of the compressed body, so a station refuses, whole, a body that was altered, a
version for another event, a difference from another version than the one it holds, or an old
version replayed; nothing of a refused version is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from peewee import PostgresqlDatabase, fn

from ikrar.core.keys import KeyFileError, PublicKey, SigningKey
from ikrar.store import keystore, roster_doc
from ikrar.store.db import db
from ikrar.store.models import Event
from ikrar.store.roster_doc import DIFF, SNAPSHOT, RosterDocError, RosterHeld, RosterVersion
from ikrar.store.sync_apply import SyncDataError
from ikrar.sync import ledger

_DOMAIN = b"ikrar/roster/v1\x00"
# Entries a roster names must exist before it is applied: events, pledges and stations first.
BEFORE = frozenset({"event", "pledge_version", "station"})


def message(event_id: str, version: int, base: int, kind: str, sha256: bytes) -> bytes:
    return (_DOMAIN + event_id.encode("ascii") + b"\x00" + struct.pack(">QQ", version, base)
            + kind.encode("ascii") + b"\x00" + sha256)


# --- the hub --------------------------------------------------------------------------------


def unsigned() -> bool:
    """Whether a version waits for its signature (a cheap look, without the write lock)."""
    return RosterVersion.select().where(RosterVersion.signature.is_null()).exists()


@dataclass(frozen=True)
class _Made:
    """Versions made and signed in one consistent read, not stored yet."""

    diffs: list[tuple[int, bytes, bytes, bytes]]  # (row id, body, sha256, signature)
    snapshots: list[tuple[str, int, bytes, bytes, bytes]]  # (event, version, body, sha, sig)


def publish(agency: SigningKey, *, wait: bool = True) -> int:
    """Sign the versions not signed yet, and make a signed snapshot at each event's newest;
    the number of differences signed here.

    The expensive part (reading the rows, encoding, hashing, signing) runs in one consistent
    read, outside the hub's write lock (`ledger.hub_write`), which is taken only to store the
    bodies and signatures, in one transaction: a station never sees half of a version. One
    worker publishes at a time (a lock in this process, and a PostgreSQL advisory lock across
    the hub's processes); with `wait` False another's publishing returns 0 at once, and the
    caller serves the versions signed before. What another publisher stored meanwhile stays:
    a difference signed already is not signed again, a snapshot older than the one held is
    not stored.
    """
    if not _publishing.acquire(blocking=wait):
        return 0
    try:
        with _one_publisher(wait) as alone:
            if not alone:
                return 0
            made = _make(agency)
            if not made.diffs:
                return 0
            with ledger.hub_write():
                return _store(made)
    finally:
        _publishing.release()


def publish_here() -> int:
    """After an import on the administrator's data folder: publish now when the agency key is
    here and at hand (no passphrase, or the hub's IKRAR_KEY_PASSPHRASE), so no station's
    request pays for it; otherwise the hub publishes when a station first asks. Differences
    signed."""
    try:
        passphrase = os.environ.get("IKRAR_KEY_PASSPHRASE") or None
        if keystore.agency_key_encrypted() and passphrase is None:
            return 0
        agency = keystore.agency_key(passphrase)
    except (OSError, KeyFileError):
        return 0
    return publish(agency)


_publishing = threading.Lock()
_PUBLISH_KEY = 0x1C4A6  # the advisory lock of publishing (not the write lock's, 0x1C4A5)


@contextmanager
def _one_publisher(wait: bool) -> Iterator[bool]:
    """Whether this is the one publisher among the hub's processes (PostgreSQL; a session lock
    on this connection, so it spans the read and the write transaction)."""
    if not isinstance(db.obj, PostgresqlDatabase):
        yield True
        return
    if wait:
        db.execute_sql("SELECT pg_advisory_lock(%s)", (_PUBLISH_KEY,))
        alone = True
    else:
        alone = bool(db.execute_sql("SELECT pg_try_advisory_lock(%s)",
                                    (_PUBLISH_KEY,)).fetchone()[0])
    try:
        yield alone
    finally:
        if alone:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (_PUBLISH_KEY,))


def _make(agency: SigningKey) -> _Made:
    """Every unsigned difference and each event's snapshot at its newest version, made from
    one view of the database, so a snapshot tagged with version v holds the roster at v."""
    made = _Made([], [])
    with roster_doc.consistent_read():
        newest: dict[str, int] = {}
        for row in list(RosterVersion.select().where(RosterVersion.signature.is_null())
                        .order_by(RosterVersion.id)):
            body = roster_doc.materialise(row)
            sha = hashlib.sha256(body).digest()
            made.diffs.append((row.id, body, sha, agency.sign(
                message(row.event_id, row.version, row.base, row.kind, sha))))
            newest[row.event_id] = max(newest.get(row.event_id, 0), row.version)
        for event_id, version in newest.items():
            if version == roster_doc.latest(event_id):
                body = roster_doc.snapshot_body(event_id, version)
                sha = hashlib.sha256(body).digest()
                made.snapshots.append((event_id, version, body, sha, agency.sign(
                    message(event_id, version, 0, SNAPSHOT, sha))))
    return made


def _store(made: _Made) -> int:
    """Store what is still right, inside the caller's write transaction; differences signed."""
    signed = 0
    for row_id, body, sha, signature in made.diffs:
        signed += RosterVersion.update(body=body, sha256=sha, signature=signature).where(
            (RosterVersion.id == row_id) & RosterVersion.signature.is_null()).execute()
    for event_id, version, body, sha, signature in made.snapshots:
        of_event = (RosterVersion.event_id == event_id) & (RosterVersion.kind == SNAPSHOT)
        held = RosterVersion.select(fn.MAX(RosterVersion.version)).where(of_event).scalar()
        if held is not None and held >= version:
            continue
        RosterVersion.delete().where(of_event).execute()
        RosterVersion.insert(event_id=event_id, version=version, base=0, kind=SNAPSHOT,
                             body=body, sha256=sha, signature=signature).execute()
    return signed


def index(scope: str | None) -> dict[str, int]:
    """The newest signed version of each event's roster (of the scope's event only, if any)."""
    query = RosterVersion.select(RosterVersion.event_id, RosterVersion.version).where(
        RosterVersion.signature.is_null(False) & (RosterVersion.kind == DIFF))
    if scope:
        query = query.where(RosterVersion.event_id == scope)
    out: dict[str, int] = {}
    for event_id, version in query.tuples():
        out[event_id] = max(out.get(event_id, 0), version)
    return out


def versions(event_id: str, have: int) -> list[RosterVersion]:
    """What takes a station holding version `have` to the newest: differences or a snapshot."""
    diffs = list(RosterVersion.select().where(
        (RosterVersion.event_id == event_id) & (RosterVersion.kind == DIFF)
        & (RosterVersion.version > have) & RosterVersion.signature.is_null(False))
        .order_by(RosterVersion.version))
    if have > 0 and diffs and diffs[0].base == have:
        return diffs
    if not diffs:
        return []
    snapshot = RosterVersion.get_or_none((RosterVersion.event_id == event_id)
                                         & (RosterVersion.kind == SNAPSHOT)
                                         & RosterVersion.signature.is_null(False))
    return [snapshot] if snapshot is not None else []


def to_wire(row: RosterVersion) -> dict[str, Any]:
    return {"event_id": row.event_id, "version": row.version, "base": row.base,
            "kind": row.kind, "signature": base64.b64encode(bytes(row.signature)).decode(),
            "body": base64.b64encode(bytes(row.body)).decode()}


# --- a station --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    event_id: str
    version: int
    base: int
    kind: str
    body: bytes


def _refused(why: str) -> SyncDataError:
    return SyncDataError("sync.bad_signature",
                         f"A roster version is refused, nothing of it was applied: {why}.",
                         why=why)


def verified(item: Any, event_id: str, agency: PublicKey) -> Version:
    """A version from the hub's reply, its signature checked; SyncDataError otherwise."""
    try:
        if not isinstance(item, dict):
            raise TypeError
        version, base, kind = item["version"], item["base"], item["kind"]
        if type(version) is not int or type(base) is not int or version < 1 or base < 0 \
                or kind not in (DIFF, SNAPSHOT) or not isinstance(item["event_id"], str):
            raise TypeError
        signature = base64.b64decode(item["signature"], validate=True)
        body = base64.b64decode(item["body"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _refused("it is malformed") from None
    if item["event_id"] != event_id:
        raise _refused("it is the roster of another event")
    if not agency.verify(signature, message(event_id, version, base, kind,
                                            hashlib.sha256(body).digest())):
        raise _refused("its signature does not match it (altered, or not the administrator's)")
    return Version(event_id, version, base, kind, body)


def wanted(latest: dict[str, int], page_events: set[str]) -> list[str]:
    """Events whose roster this station should fetch now: held or arriving, and behind."""
    held = {row.event_id: row.version for row in RosterHeld.select()}
    known = {e.hex for (e,) in Event.select(Event.id).tuples()} | page_events
    return sorted(e for e, v in latest.items() if e in known and held.get(e, 0) < v)


def fetch(client: Any, event_id: str, agency: PublicKey) -> list[Version]:
    """The versions after the one held here, each checked, in order; SyncDataError if not."""
    have, _ = roster_doc.held(event_id)
    reply = client.roster(event_id, have)
    items = reply.get("versions") if isinstance(reply, dict) else None
    if not isinstance(items, list):
        raise _refused("the hub's reply is not a list of versions")
    out = [verified(item, event_id, agency) for item in items]
    for before, after in zip(out, out[1:], strict=False):
        if after.kind != DIFF or after.base != before.version:
            raise _refused(f"version {after.version} does not follow version {before.version}")
    return out


def apply(versions_: list[Version]) -> int:
    """Apply checked versions in order, in the caller's transaction; rows written."""
    written = 0
    with db.atomic():
        for v in versions_:
            try:
                written += roster_doc.apply(v.event_id, v.version, v.base, v.kind, v.body)
            except RosterDocError as exc:
                raise SyncDataError("sync.data_invalid", str(exc), where="roster",
                                    detail=exc) from exc
    return written
