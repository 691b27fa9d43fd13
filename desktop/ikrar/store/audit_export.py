"""Searching and exporting the audit trail (the audit page and `ikrar audit export`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ikrar.core.files import atomic_open
from ikrar.store.models import AuditEvent

SHOWN = 2000  # the page shows the newest this many; the export has them all
COLUMNS = ("seq", "at", "station_id", "kind", "subject", "details", "hash")
FORMATS = ("csv", "json")


def search(text: str = "", limit: int | None = SHOWN, *,
           kinds: list[str] | None = None) -> list[AuditEvent]:
    """Events whose kind, subject or details contain `text`, or whose kind is one of `kinds`
    (the page's words for kinds), newest first."""
    query = AuditEvent.select().order_by(AuditEvent.seq.desc())
    text = text.strip()
    if text:
        like = f"%{text}%"
        matches = (AuditEvent.kind ** like | AuditEvent.subject ** like
                   | AuditEvent.details ** like)
        if kinds:
            matches = matches | AuditEvent.kind.in_(kinds)
        query = query.where(matches)
    return list(query.limit(limit) if limit else query)


def details_text(event: AuditEvent) -> str:
    return json.dumps(event.details, ensure_ascii=False, sort_keys=True)


def _as_dict(e: AuditEvent) -> dict:
    return {"seq": e.seq, "at": e.at.isoformat(), "station_id": e.station_id, "kind": e.kind,
            "subject": e.subject, "details": e.details, "hash": e.hash}


def export(path: Path, text: str = "", fmt: str = "csv") -> int:
    """All matching events, oldest first, to a CSV (UTF-8 with BOM) or a JSON list.

    The file is written whole or not at all; returns the number of events written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown audit export format {fmt!r}")
    rows = list(reversed(search(text, limit=None)))
    path = Path(path)
    with atomic_open(path, encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                     newline="") as handle:
        if fmt == "json":
            json.dump([_as_dict(e) for e in rows], handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        else:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for e in rows:
                writer.writerow([e.seq, e.at.isoformat(), e.station_id, e.kind, e.subject,
                                 details_text(e), e.hash])
    return len(rows)


def export_csv(path: Path, text: str = "") -> int:
    return export(path, text, "csv")
