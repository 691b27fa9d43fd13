"""Pledge versions: every text an event has shown to signers is kept, so each signer's
certificate prints the very text they signed.

The event holds its current text (`pledge_text`, `pledge_hash`, `pledge_version`); a
`PledgeVersion` row holds each text it ever had, looked up by its SHA-256 (which every
signature records). Editing the pledge never rewrites a stored text: it adds the next version,
even when nobody has signed yet here, because a station working offline may already have shown
the old one.

A version row's id is derived from (event, version, hash), not random: two stations that record
the same text of the same event write the same row, and sync merges them instead of refusing a
second row for that version.
"""

from __future__ import annotations

import uuid

from peewee import fn

from ikrar.core.errors import IkrarError
from ikrar.core.pledge import PledgeError, parse_pledge, pledge_hash
from ikrar.store import audit, outbox
from ikrar.store.db import db
from ikrar.store.models import Event, PledgeVersion

_ID_NAMESPACE = uuid.UUID("5d0c3f38-6a43-4c1e-9a59-6b1a5f1e2c07")


class PledgeVersionError(IkrarError):
    """A pledge text that cannot be stored, or a signed text that cannot be found."""


def version_id(event: Event, version: int, sha256: str) -> uuid.UUID:
    return uuid.uuid5(_ID_NAMESPACE, f"{event.id}/{version}/{sha256}")


def _insert(event: Event, version: int, text: str, sha256: str) -> PledgeVersion:
    return outbox.insert(PledgeVersion(
        id=version_id(event, version, sha256), event=event, version=version, text=text,
        sha256=sha256,
    ))


def versions(event: Event) -> list[PledgeVersion]:
    """The event's stored texts, oldest first."""
    return list(PledgeVersion.select().where(PledgeVersion.event == event)
                .order_by(PledgeVersion.version))


def record_current(event: Event) -> PledgeVersion:
    """Make sure the event's current text is stored as a version; returns that version.

    When the text is stored already (under any version) nothing is written. A current text
    whose version number is taken by another text (the text was changed without
    `set_pledge`) is stored as the next version, and the event is renumbered to it.
    """
    with db.atomic():
        held = (PledgeVersion.select()
                .where((PledgeVersion.event == event)
                       & (PledgeVersion.sha256 == event.pledge_hash))
                .order_by(PledgeVersion.version.desc()).first())
        if held is not None:
            return held
        if pledge_hash(event.pledge_text) != event.pledge_hash:
            raise PledgeVersionError(
                "pledge.hash_mismatch",
                f"The pledge text of event {event.title!r} does not match its recorded hash; "
                "it was changed outside Ikrar. Set the pledge text again on the event page.",
                title=event.title,
            )
        taken = PledgeVersion.get_or_none(
            (PledgeVersion.event == event) & (PledgeVersion.version == event.pledge_version))
        if taken is not None:
            event.pledge_version = _next_version(event)
            outbox.update(event)
        return _insert(event, event.pledge_version, event.pledge_text, event.pledge_hash)


def _next_version(event: Event) -> int:
    newest = (PledgeVersion.select(fn.MAX(PledgeVersion.version))
              .where(PledgeVersion.event == event).scalar()) or 0
    return max(newest, event.pledge_version or 0) + 1


def set_pledge(event: Event, text: str) -> Event:
    """Give the event a new pledge text, as its next version; earlier versions stay stored.

    The text is parsed (a broken text is refused with the parser's reason) and stored in its
    canonical form, exactly as signers will see it. Setting the current text again changes
    nothing.
    """
    try:
        pledge = parse_pledge(text)
    except PledgeError as exc:
        raise PledgeVersionError("pledge.unusable", f"The pledge text cannot be used: {exc}",
                                 reason=exc) from exc
    if pledge.sha256 == event.pledge_hash:
        return event
    with db.atomic():
        record_current(event)  # the text being replaced stays findable by its hash
        previous = event.pledge_version
        event.pledge_version = _next_version(event)
        event.pledge_text = pledge.text
        event.pledge_hash = pledge.sha256
        outbox.update(event)
        _insert(event, event.pledge_version, pledge.text, pledge.sha256)
        audit.append("pledge_edit", str(event.id), version=event.pledge_version,
                     previous_version=previous, pledge_hash=pledge.sha256)
    return event


def pledge_text_for(event: Event, signed_hash: str) -> str:
    """The exact pledge text that a signature with `signed_hash` was given, for this event.

    Raises PledgeVersionError when this station does not hold that text (not synced yet), or
    when the stored text no longer matches its hash.
    """
    row = (PledgeVersion.select(PledgeVersion.text, PledgeVersion.sha256, PledgeVersion.version)
           .where((PledgeVersion.event == event) & (PledgeVersion.sha256 == signed_hash))
           .order_by(PledgeVersion.version.desc()).first())
    if row is not None:
        text = row.text
    elif signed_hash == event.pledge_hash:  # an event stored before versions were kept
        text = event.pledge_text
    else:
        raise PledgeVersionError(
            "pledge.version_missing",
            f"The pledge text signed with hash {signed_hash[:12]}… is not stored on this station "
            f"for event {event.title!r}. Sync this station with the hub (or import the latest "
            "bundle) so the earlier pledge version arrives, then print again.",
            hash=signed_hash[:12], title=event.title,
        )
    if pledge_hash(text) != signed_hash:
        raise PledgeVersionError(
            "pledge.version_altered",
            f"The stored pledge text for hash {signed_hash[:12]}… of event {event.title!r} was "
            "altered: it no longer matches what was signed. Restore the database from a backup.",
            hash=signed_hash[:12], title=event.title,
        )
    return text
