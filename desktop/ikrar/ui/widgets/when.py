"""Every date and time on screen, in the event's time zone (WIB, WITA or WIT), written the way
people in Indonesia write them ("Rabu, 10 Juli 2024, 09.14 WIB").

Stored times are UTC. A page shows them in the zone of the event they belong to, or of the
station's current event when they belong to none (the audit trail, the last sync), never in
the computer's own zone or in UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from ikrar.core.dates import DAYS, ZONES, format_date, format_datetime, zone

DEFAULT_ZONE = "WIB"


def zone_of(event: object | None = None) -> str:
    """The time zone name of `event`, else of the station's current event, else WIB."""
    name = getattr(event, "timezone", None)
    if event is None:
        from ikrar.store.events import current_event  # noqa: PLC0415 - only when needed

        name = getattr(current_event(), "timezone", None)
    name = (name or DEFAULT_ZONE).upper()
    return name if name in ZONES else DEFAULT_ZONE


def zone_of_offset(value: datetime) -> str:
    """WIB, WITA or WIT for a time written with its UTC offset (a certificate's signing time
    carries the event's offset); WIB for a time in UTC or with no offset."""
    offset = value.utcoffset()
    for name, tz in ZONES.items():
        if offset is not None and tz.utcoffset(None) == offset:
            return name
    return DEFAULT_ZONE


def date_and_time(value: datetime, zone_name: str, *, weekday: bool = False,
                  seconds: bool = False) -> str:
    """ "10 Juli 2024, 09.14 WIB" (with `weekday`: "Rabu, 10 Juli 2024, 09.14 WIB")."""
    if not seconds:
        return format_datetime(value, zone_name, weekday=weekday)
    local = value.astimezone(zone(zone_name))
    text = f"{format_date(local)}, {local:%H.%M.%S} {zone_name.upper()}"
    return f"{DAYS[local.weekday()]}, {text}" if weekday else text


def time_only(value: datetime, zone_name: str, *, suffix: bool = True) -> str:
    """ "09.14 WIB" (without `suffix`: "09.14", for a chart's axis under a zone named once)."""
    local = value.astimezone(zone(zone_name))
    return f"{local:%H.%M} {zone_name.upper()}" if suffix else f"{local:%H.%M}"


def day(value: date | datetime, zone_name: str | None = None) -> str:
    """ "10 Juli 2024": a datetime is first taken into the zone, so the day is the local one."""
    if isinstance(value, datetime):
        value = value.astimezone(zone(zone_name or DEFAULT_ZONE)).date()
    return format_date(value)
