"""Hub: what each station last reported of itself, and the list of stations for the console.

Every authenticated request a station makes (push, pull, `/me`) carries its pending outbox
count, its clock offset and its app version (`ikrar.sync.telemetry` reads and bounds them);
the hub keeps the latest per station here, in a hub-only table beside `StationToken`, so any
hub process (several workers on PostgreSQL) sees the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import JOIN, BigIntegerField, CharField, IntegerField

from ikrar.store.fields import UtcDateTimeField, utcnow
from ikrar.store.models import BaseModel, StationToken


class HubStationSeen(BaseModel):
    """Hub: a station's last request and what it reported then (None: not reported)."""

    station_id = CharField(primary_key=True)  # as in StationToken
    last_seen = UtcDateTimeField()
    pending = IntegerField(null=True)  # outbox entries not yet acknowledged, as reported
    clock_offset_ms = BigIntegerField(null=True)  # the hub's clock minus the station's
    app_version = CharField(max_length=32, null=True)


@dataclass(frozen=True, slots=True)
class Telemetry:
    """What one request reported; every field already checked (None when absent or garbage)."""

    pending: int | None = None
    clock_offset_ms: int | None = None
    app_version: str | None = None


def record(station_id: str, seen_at: datetime, report: Telemetry) -> None:
    """Keep this request as the station's last (one upsert; the caller holds a connection).

    A field the request did not report keeps its previous value, so a request without the
    headers (an older station, a hand-made call) still moves "last seen" but erases nothing.
    """
    values = {"station_id": station_id, "last_seen": seen_at, "pending": report.pending,
              "clock_offset_ms": report.clock_offset_ms, "app_version": report.app_version}
    update = {HubStationSeen.last_seen: seen_at}
    for name in ("pending", "clock_offset_ms", "app_version"):
        if values[name] is not None:
            update[getattr(HubStationSeen, name)] = values[name]
    (HubStationSeen.insert(**values)
     .on_conflict(conflict_target=[HubStationSeen.station_id], update=update)
     .execute())


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def stations(silent_after_s: int = 600, now: datetime | None = None) -> list[dict]:
    """Every enrolled station with its last report, by name; one query.

    `silent` marks a station not revoked that has not been heard for more than
    `silent_after_s` seconds (or never since it enrolled): a revoked desk is expected to be
    quiet, so it does not stand out.
    """
    now = now or utcnow()
    limit = now - timedelta(seconds=max(0, int(silent_after_s)))
    rows = (StationToken
            .select(StationToken.station_id, StationToken.name, StationToken.revoked_at,
                    HubStationSeen.last_seen, HubStationSeen.pending,
                    HubStationSeen.clock_offset_ms, HubStationSeen.app_version)
            .join(HubStationSeen, JOIN.LEFT_OUTER,
                  on=(HubStationSeen.station_id == StationToken.station_id))
            .order_by(StationToken.name, StationToken.station_id)
            .tuples())
    out = []
    for station_id, name, revoked_at, last_seen, pending, offset, version in rows:
        revoked = revoked_at is not None
        out.append({
            "station_id": station_id, "name": name, "last_seen": _iso(last_seen),
            "pending": pending, "clock_offset_ms": offset, "app_version": version,
            "revoked": revoked,
            "silent": not revoked and (last_seen is None or last_seen < limit),
        })
    return out
