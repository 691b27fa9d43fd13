"""The data behind the hub's web console: events, live progress, stations, downloads.

Plain functions over the hub's database (SQLite or PostgreSQL), returning JSON-ready dicts
or file bytes; no web framework here (`ikrar.hubweb.console` serves them). Each opens a
connection of its own unless the calling thread holds one already.

    events()                    [{"id", "title", "starts_at", "venue", "timezone"}], newest first
    progress(event_id)          {"event", "as_of", "signed", "expected", "walk_ins",
                                 "duplicates", "units": [{"unit", "signed", "expected",
                                 "walk_ins", "duplicates"}] by unit, "timeline": [{"at", "signed"}]}
    stations(silent_after_s)    [{"station_id", "name", "last_seen", "pending",
                                  "clock_offset_ms", "app_version", "revoked", "silent"}]
    recap_pdf(event_id), recap_xlsx(event_id), reconciliation_csv(event_id)   -> bytes

An unknown event id raises `ikrar.store.events.EventError` (code "event.ambiguous"); an
event without a roster has no recap (`ikrar.store.recap.RecapError`, "recap.no_roster").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from ikrar.store import hub_progress, hub_telemetry
from ikrar.store.db import db

T = TypeVar("T")


@contextmanager
def _connected() -> Iterator[None]:
    # peewee's connection_context closes on exit even when nested: open only when needed.
    if db.is_closed():
        with db.connection_context():
            yield
    else:
        yield


def _run(fn: Callable[..., T], *args: object) -> T:
    with _connected():
        return fn(*args)


def events() -> list[dict]:
    return _run(hub_progress.events)


def progress(event_id: str) -> dict:
    return _run(hub_progress.progress, event_id)


def stations(silent_after_s: int = 600) -> list[dict]:
    return _run(hub_telemetry.stations, silent_after_s)


# The documents are made by `ikrar.documents` (reportlab, openpyxl): imported on first use
# only, so the hub starts without loading them.
def recap_pdf(event_id: str) -> bytes:
    from ikrar.documents import console_files  # noqa: PLC0415

    return _run(console_files.recap_pdf, event_id)


def recap_xlsx(event_id: str) -> bytes:
    from ikrar.documents import console_files  # noqa: PLC0415

    return _run(console_files.recap_xlsx, event_id)


def reconciliation_csv(event_id: str) -> bytes:
    from ikrar.documents import console_files  # noqa: PLC0415

    return _run(console_files.reconciliation_csv, event_id)
