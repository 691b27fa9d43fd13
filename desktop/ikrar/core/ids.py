"""Identifiers for rows that sync: time-ordered UUIDs created where the row is born."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A UUIDv7: unique across stations, sortable by creation time."""
    return uuid6.uuid7()  # a uuid.UUID subclass
