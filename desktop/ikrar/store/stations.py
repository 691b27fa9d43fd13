"""This installation's own station row and the clock that continues after its newest write."""

from __future__ import annotations

import socket

from peewee import fn

from ikrar.core.hlc import MAX_WALL_MS, ClockError, Timestamp
from ikrar.core.ids import new_id
from ikrar.store import outbox, settings
from ikrar.store.db import db, local
from ikrar.store.models import Change, Station


def local_station_id() -> tuple[str, bool]:
    """(station id, whether its row exists yet)."""
    station_id = settings.get("station_id")
    return (station_id, True) if station_id else (str(new_id()), False)


def newest_clock() -> Timestamp | None:
    # Packed times sort as text: a value past the clock's range (written before such values
    # were refused) is left out, so it can never stop the station from starting.
    newest = Change.select(fn.MAX(Change.hlc)).where(
        Change.hlc < f"{MAX_WALL_MS + 1:013x}").scalar()
    try:
        return Timestamp.unpack(newest).check_range() if newest else None
    except ClockError:
        return None


def register_local(name: str | None) -> Station:
    station_id = local().station_id
    station = Station(id=station_id, name=name or socket.gethostname() or "Ikrar")
    with db.atomic():
        outbox.insert(station)
        settings.put("station_id", station_id)
        settings.put("station_name", station.name)
    return station


def local_station() -> Station:
    return Station.get_by_id(local().station_id)
