"""The audit trail: append-only, each event carrying the hash of the one before.

The hash covers the event's sequence number, id, time, station, kind, subject, details and the
previous hash, so editing a row, deleting one or slipping one in breaks the chain at that point.
The newest (seq, hash) is also kept in the settings, so cutting events off the end is caught too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ikrar.store import settings
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import AuditEvent

GENESIS = "0" * 64


def _digest(seq: int, event_id: str, at: str, station_id: str, kind: str, subject: str,
            details: Any, prev_hash: str) -> str:
    canonical = json.dumps(
        [seq, event_id, at, station_id, kind, subject, details, prev_hash],
        ensure_ascii=False, separators=(",", ":"), sort_keys=True,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hash_of(event: AuditEvent) -> str:
    fields = AuditEvent._meta.fields
    return _digest(
        event.seq, fields["id"].db_value(event.id), fields["at"].db_value(event.at),
        event.station_id, event.kind, event.subject, event.details, event.prev_hash,
    )


def append(kind: str, subject: str = "", **details: Any) -> AuditEvent:
    """Add an event to the chain; call inside the transaction whose work it records."""
    with db.atomic():
        head = settings.get("audit_head")
        prev_hash = head["hash"] if head else GENESIS
        seq = head["seq"] + 1 if head else 1
        event = AuditEvent(
            seq=seq, at=utcnow(), station_id=local().station_id, kind=kind,
            subject=subject, details=details, prev_hash=prev_hash, hash="",
        )
        event.hash = _hash_of(event)
        event.save(force_insert=True)
        settings.put("audit_head", {"seq": seq, "hash": event.hash})
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int  # events verified before the first broken link (all of them when ok)
    broken_seq: int | None = None
    reason: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"Audit chain intact: {self.checked} events verified."
        return (f"Audit chain BROKEN at event {self.broken_seq}: {self.reason} "
                f"({self.checked} events before it verified).")


def verify() -> ChainReport:
    """Walk the chain in order and report the first broken link."""
    expected_prev = GENESIS
    expected_seq = 1
    checked = 0
    for event in AuditEvent.select().order_by(AuditEvent.seq).iterator():
        if event.seq != expected_seq:
            return ChainReport(False, checked, expected_seq,
                               f"event {expected_seq} is missing (next found is {event.seq})")
        if event.prev_hash != expected_prev:
            return ChainReport(False, checked, event.seq,
                               "it does not follow the event before it (deleted or inserted)")
        if _hash_of(event) != event.hash:
            return ChainReport(False, checked, event.seq, "its contents were altered")
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
    head = settings.get("audit_head")
    head_seq, head_hash = (head["seq"], head["hash"]) if head else (0, GENESIS)
    if head_seq != checked or head_hash != expected_prev:
        return ChainReport(False, checked, checked + 1 if head_seq > checked else checked,
                           f"the log ends at event {checked} but the recorded head is event "
                           f"{head_seq} (events were removed or added at the end)")
    return ChainReport(True, checked)
