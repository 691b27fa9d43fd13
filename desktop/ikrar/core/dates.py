"""Indonesian time zones and dates as people write them ("Rabu, 10 Juli 2024, 09.14 WIB")."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

ZONES: dict[str, timezone] = {
    "WIB": timezone(timedelta(hours=7), "WIB"),
    "WITA": timezone(timedelta(hours=8), "WITA"),
    "WIT": timezone(timedelta(hours=9), "WIT"),
}
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def zone(name: str) -> timezone:
    try:
        return ZONES[name.upper()]
    except KeyError:
        raise ValueError(f"unknown time zone {name!r}: use WIB, WITA or WIT") from None


def format_date(value: date) -> str:
    """'10 Juli 2024'."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_datetime(value: datetime, zone_name: str = "WIB", *, weekday: bool = True) -> str:
    """'Rabu, 10 Juli 2024, 09.14 WIB' in the event's time zone."""
    local = value.astimezone(zone(zone_name))
    text = f"{format_date(local)}, {local:%H.%M} {zone_name.upper()}"
    return f"{DAYS[local.weekday()]}, {text}" if weekday else text
