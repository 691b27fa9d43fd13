"""Local settings, declared once with their defaults; stored in the `setting` table."""

from __future__ import annotations

from typing import Any

from ikrar.store.models import Setting

DEFAULTS: dict[str, Any] = {
    "station_id": None,  # this installation's Station row
    "station_name": None,
    "current_event": None,  # id of the event the station works on
    "language": "id",
    "layout": "single",  # single | dual (operator laptop + attendee screen)
    "audit_head": None,  # {"seq": n, "hash": h} of the newest audit event
    "demo": False,  # set in demo folders only, so demo data never mixes with real data
}


def get(key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = Setting.get_or_none(Setting.key == key)
    return DEFAULTS[key] if row is None else row.value


def put(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
