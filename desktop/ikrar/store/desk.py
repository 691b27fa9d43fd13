"""Small reads the registration desk needs (the desk's widgets hold no queries)."""

from __future__ import annotations

from ikrar.store.models import Employee, Event, RosterEntry, Station


def station_name(station_id: object) -> str | None:
    """The name of a station known here, None for one this station has not heard of."""
    station = Station.get_or_none(Station.id == station_id)
    return station.name if station is not None else None


def has_roster(event: Event) -> bool:
    return RosterEntry.select().where(RosterEntry.event == event).exists()


def employee(employee_id: object) -> Employee | None:
    return Employee.get_or_none(Employee.id == employee_id)
