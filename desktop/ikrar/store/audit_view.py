"""What the ids in audit events stand for, so the audit page can show names instead of ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from ikrar.core.names import display_name
from ikrar.core.nip import NipError, format_nip
from ikrar.store.models import Attendance, Employee, Event, Station


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text))
    except (ValueError, AttributeError, TypeError):
        return None


def _person(name: str, front: str, back: str, nip: str) -> str:
    try:
        nip = format_nip(nip)
    except NipError:
        pass
    return f"{display_name(name, front, back)} (NIP {nip})"


def labels(values: Iterable[object]) -> dict[str, str]:
    """For the ids among `values`: the event's title, the employee's name and NIP, the name of
    the person an attendance is for, the station's name. Values that are no id are left out."""
    ids = {u for u in (_uuid(v) for v in values if isinstance(v, str)) if u is not None}
    if not ids:
        return {}
    found: dict[str, str] = {}
    wanted = list(ids)
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk:chunk + 500]
        for e in Event.select(Event.id, Event.title).where(Event.id.in_(part)):
            found[str(e.id)] = e.title
        for s in Station.select(Station.id, Station.name).where(Station.id.in_(part)):
            found[str(s.id)] = s.name
        for p in Employee.select(Employee.id, Employee.name, Employee.front_title,
                                 Employee.back_title, Employee.nip).where(Employee.id.in_(part)):
            found[str(p.id)] = _person(p.name, p.front_title, p.back_title, p.nip)
        attendances = (Attendance.select(Attendance.id, Employee.name, Employee.front_title,
                                         Employee.back_title, Employee.nip)
                       .join(Employee).where(Attendance.id.in_(part)).tuples())
        for att_id, name, front, back, nip in attendances:
            found[str(att_id)] = _person(name, front, back, nip)
    return found
