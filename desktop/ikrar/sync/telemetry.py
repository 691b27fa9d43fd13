"""Station telemetry: three request headers a station sends, and how the hub keeps them.

    X-Ikrar-Pending       entries in the station's outbox the hub has not acknowledged
    X-Ikrar-Clock-Offset  the hub's clock minus the station's, in ms (`ikrar.sync.clock`)
    X-Ikrar-Version       the station's app version

Headers rather than body fields, so a GET (pull, `/me`) carries them too and the push body's
signed shape does not change. A peer may send anything: a value that is not a plain number in
range, or a version that is not a short version string, is dropped (kept as "not reported").
The hub writes a station's report after the response is sent (a background task), and within
one process at most once per `EVERY_S` seconds unless a figure changed. A push's requests each
carry a smaller pending count: they are written at most every `PUSH_GAP_S` seconds, and the
pull that ends every sync writes the final count, so a sync costs a few small upserts, not one
per batch.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Mapping
from contextlib import nullcontext
from datetime import datetime

import peewee
from peewee import PostgresqlDatabase
from playhouse.pool import MaxConnectionsExceeded

from ikrar import __version__
from ikrar.store.db import db
from ikrar.store.hub_telemetry import Telemetry, record
from ikrar.sync import ledger

log = logging.getLogger("ikrar.hub")

PENDING = "X-Ikrar-Pending"
CLOCK_OFFSET = "X-Ikrar-Clock-Offset"
VERSION = "X-Ikrar-Version"
MAX_PENDING = 100_000_000  # more than any desk could hold; beyond it the figure is a lie
MAX_OFFSET_MS = 10 * 366 * 24 * 3600 * 1000  # ten years: a clock further off is garbage
EVERY_S = 10.0
PUSH_GAP_S = 2.0  # a push's changed report is written at most this often (`Recorder.due`)
_INT = re.compile(r"-?[0-9]{1,15}")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}")


def headers(pending: int | None = None, clock_offset_ms: int | None = None) -> dict[str, str]:
    """What a station sends with every request (only the figures it knows)."""
    out = {VERSION: __version__}
    if pending is not None:
        out[PENDING] = str(int(pending))
    if clock_offset_ms is not None:
        out[CLOCK_OFFSET] = str(int(clock_offset_ms))
    return out


def _number(text: str | None, low: int, high: int) -> int | None:
    if text is None or not _INT.fullmatch(text.strip()):
        return None
    value = int(text.strip())
    return value if low <= value <= high else None


def from_headers(sent: Mapping[str, str]) -> Telemetry:
    """The report in a request's headers (case-insensitive mapping), each field checked."""
    version = (sent.get(VERSION) or "").strip()
    return Telemetry(
        pending=_number(sent.get(PENDING), 0, MAX_PENDING),
        clock_offset_ms=_number(sent.get(CLOCK_OFFSET), -MAX_OFFSET_MS, MAX_OFFSET_MS),
        app_version=version if _VERSION.fullmatch(version) else None,
    )


class Recorder:
    """Decides in memory whether a request's report is worth a write, and writes it."""

    def __init__(self, every_s: float = EVERY_S) -> None:
        self.every_s = every_s
        self._last: dict[str, tuple[Telemetry, float]] = {}
        self._lock = threading.Lock()

    def due(self, station_id: str, report: Telemetry, now: float | None = None, *,
            least_s: float = 0.0) -> bool:
        """True (and noted) when the report changed, or the last write is `every_s` old.

        `least_s`: a changed report waits this long after the last write (a push's requests,
        each with a smaller pending count, would each cost a write and the write turn; the
        pull after them reports the final count, `PUSH_GAP_S`)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._last) > 10_000:  # stations come and go; never grow without bound
                self._last.clear()
            last = self._last.get(station_id)
            if last is not None and \
                    now - last[1] < (self.every_s if last[0] == report else least_s):
                return False
            self._last[station_id] = (report, now)
            return True

    def forget(self, station_id: str) -> None:
        with self._lock:
            self._last.pop(station_id, None)

    def write(self, station_id: str, seen_at: datetime, report: Telemetry) -> None:
        """The upsert, on its own connection; a failure is logged, never raised (after reply)."""
        try:
            # SQLite has one writer: wait for this process's turn like every hub write does.
            turn = nullcontext() if isinstance(db.obj, PostgresqlDatabase) else ledger.turn()
            with turn, db.connection_context(), db.atomic():
                record(station_id, seen_at, report)
        except (peewee.DatabaseError, MaxConnectionsExceeded, OSError) as exc:
            self.forget(station_id)  # try again on the station's next request
            log.warning("station telemetry not kept",
                        extra={"fields": {"station": station_id, "error": type(exc).__name__}})
