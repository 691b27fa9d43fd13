"""Hub: the files the organisers' console hands out, as bytes: the recap and reconciliation.

The recap is the very document a station prints (`ikrar.documents.report`); the
reconciliation list is `ikrar.store.reconcile` as one CSV (UTF-8 with BOM, so Excel opens it
with the right letters), with cells that a spreadsheet would run as a formula neutralised.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from ikrar.core.dates import zone
from ikrar.documents.report import write_xlsx
from ikrar.documents.report_pdf import write_pdf
from ikrar.store.hub_progress import find
from ikrar.store.recap import recap
from ikrar.store.reconcile import reconcile

RECONCILE_HEAD = ("Bagian", "Nama", "NIP", "Unit kerja", "Meja", "Waktu", "Status",
                  "Keterangan")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def recap_pdf(event_id: str) -> bytes:
    out = io.BytesIO()
    write_pdf(recap(find(event_id)), out)
    return out.getvalue()


def recap_xlsx(event_id: str) -> bytes:
    out = io.BytesIO()
    write_xlsx(recap(find(event_id)), out)
    return out.getvalue()


def _cell(value: object) -> str:
    """A name or unit that starts like a formula is written as text (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def reconciliation_csv(event_id: str) -> bytes:
    """Duplicate check-ins (each with its primary), walk-ins to confirm, certificates to void."""
    event = find(event_id)
    tz = zone(event.timezone)
    result = reconcile(event)

    def at(when: datetime) -> str:
        return when.astimezone(tz).strftime("%d-%m-%Y %H:%M:%S")

    rows: list[tuple] = []
    for dup in result.duplicates:
        for check in dup.check_ins:
            rows.append(("Duplikat", dup.name, dup.nip, dup.unit, check.station,
                         at(check.checked_in_at), "utama" if check.is_primary else "duplikat",
                         dup.reason if check.is_primary else ""))
    for walk in result.walk_ins:
        rows.append(("Peserta tambahan", walk.name, walk.nip, walk.unit, walk.station,
                     at(walk.checked_in_at), "perlu dikonfirmasi", ""))
    for cert in result.certificates:
        rows.append(("Sertifikat", cert.name, cert.nip, "", cert.station, "", "batalkan",
                     f"{cert.number}; dicetak {cert.printed}x; utama di {cert.primary_station}"))
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow([f"Rekonsiliasi: {_cell(event.title)}"])
    writer.writerow(RECONCILE_HEAD)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return text.getvalue().encode("utf-8-sig")
