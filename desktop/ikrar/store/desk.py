"""Small reads the registration desk needs (the desk's widgets hold no queries)."""

from __future__ import annotations

from ikrar.store.db import db
from ikrar.store.models import Employee, Event, RosterEntry, Station


def station_name(station_id: object) -> str | None:
    """The name of a station known here, None for one this station has not heard of."""
    station = Station.get_or_none(Station.id == station_id)
    return station.name if station is not None else None


def has_roster(event: Event) -> bool:
    return RosterEntry.select().where(RosterEntry.event == event).exists()


def employee(employee_id: object) -> Employee | None:
    return Employee.get_or_none(Employee.id == employee_id)


def units() -> list[str]:
    """Every unit (unit kerja) in the employee list, sorted: what a walk-in's unit is chosen from.

    A skip-scan of the `unit` index: one probe per distinct unit, so a million employees in a few
    hundred units answer in milliseconds (SELECT DISTINCT would read the whole index).
    """
    cursor = db.execute_sql(
        "WITH RECURSIVE u(unit) AS ("
        " SELECT min(unit) FROM employee WHERE unit > ''"
        " UNION ALL SELECT (SELECT min(unit) FROM employee WHERE unit > u.unit) FROM u"
        " WHERE u.unit IS NOT NULL"
        ") SELECT unit FROM u WHERE unit IS NOT NULL")
    return [row[0] for row in cursor]
