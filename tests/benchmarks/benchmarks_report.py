"""Benchmarks of the recap and the live dashboard.

- recap XLSX and PDF for 12,000 expected / 11,000 signed in 100 units, beside openpyxl
  write_only of the same rows and a bare reportlab page run of the same rows (drawString);
- the dashboard's refresh after a check-in (100 units), beside a bare Qt label set and repainted.
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path

from run import Figure, median_ms

UNITS = 100


def _setup(folder: Path, expected: int, signed: int, units: int):
    from ikrar.core.dates import zone
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.db import close_db, db, init_db
    from ikrar.store.events import create_event
    from ikrar.store.models import Attendance, Employee, RosterEntry
    from support import employee_row

    close_db()
    local = init_db(folder, station_name="Meja 1")
    event = create_event(
        "Deklarasi Netralitas ASN", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")),
        city="Sumedang", venue="Aula Tampomas", agency="Pemerintah Kabupaten Sumedang",
        letterhead=["PEMERINTAH KABUPATEN SUMEDANG", "SEKRETARIAT DAERAH"],
        official_name="Herman Suryatman", official_title="Pj. Sekretaris Daerah")
    rows = [{**employee_row(i), "unit": f"Unit Kerja {i % units:03d}"} for i in range(expected)]
    at = datetime(2024, 7, 10, 9, tzinfo=zone("WIB"))
    with db.atomic():
        outbox.insert_many(Employee, rows)
        ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.nip)]
        outbox.insert_many(RosterEntry, [{"event": event.id, "employee": i} for i in ids])
        outbox.insert_many(Attendance, [
            {"id": new_id(), "event": event.id, "employee": e, "station": local.station_id,
             "method": "badge", "checked_in_at": at + timedelta(seconds=n)}
            for n, e in enumerate(ids[:signed])])
    return event, ids[signed:]


def _baseline_xlsx(rows: list[tuple]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("rows")
    for row in rows:
        sheet.append(row)
    book.save(io.BytesIO())


def _baseline_pdf(rows: list[tuple]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from ikrar.documents.fonts import SANS, register_fonts

    register_fonts()
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    y = 800
    for row in rows:
        if y < 50:
            canvas.showPage()
            y = 800
        canvas.setFont(SANS, 7)
        canvas.drawString(40, y, "  ".join(str(v) for v in row))
        y -= 10
    canvas.save()


def report(folder: Path, *, quick: bool = False) -> list[Figure]:
    from ikrar.documents.report import write_report
    from ikrar.store.recap import recap

    expected, signed = (1_200, 1_100) if quick else (12_000, 11_000)
    event, _ = _setup(folder, expected, signed, UNITS)
    repeat = 3
    summary = recap(event)
    rows = [(s.number, s.name, s.nip, s.unit, str(s.signed_at), s.station, s.certificate)
            for s in summary.signers] + [(p.number, p.name, p.nip, p.unit)
                                         for p in summary.not_signed]
    figures = []
    parts = ((".xlsx", _baseline_xlsx, "openpyxl write_only, same rows"),
             (".pdf", _baseline_pdf, "bare reportlab drawString, same rows"))
    for suffix, baseline, label in parts:
        out = folder / f"rekap{suffix}"
        median, samples = median_ms(lambda out=out: write_report(recap(event), out), repeat)
        base, _ = median_ms(lambda baseline=baseline: baseline(rows), repeat)
        figures.append(Figure(
            f"recap {suffix[1:].upper()}, {expected:,} expected / {signed:,} signed", "s",
            median / 1000, base / 1000, label, "≤ 5 s", len(samples),
            {"units": UNITS, "bytes": out.stat().st_size}))
    return figures


def dashboard(folder: Path, *, quick: bool = False) -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QLabel

    from ikrar.core.strokes import synthetic_signature
    from ikrar.store.checkin import check_in
    from ikrar.store.models import Employee
    from ikrar.ui.admin.dashboard import DashboardPage
    from ikrar.ui.widgets.shared import shared

    expected, signed = (1_200, 1_100) if quick else (12_000, 11_000)
    event, waiting = _setup(folder, expected, signed, UNITS)
    app = QApplication.instance() or QApplication([])
    page = DashboardPage(event)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    signature = synthetic_signature(1)
    samples = []
    for employee_id in waiting[:30 if quick else 60]:
        attendance = check_in(event, Employee.get_by_id(employee_id), signature,
                              method="badge", pledge_hash=event.pledge_hash)
        start = time.perf_counter()
        shared().checkinCommitted.emit(str(attendance.id))
        page.repaint()
        samples.append((time.perf_counter() - start) * 1000)
    label = QLabel("0 / 0")
    label.resize(400, 100)
    label.show()
    app.processEvents()
    bare = []
    for n in range(len(samples)):
        start = time.perf_counter()
        label.setText(f"{n} / {expected}")
        label.repaint()
        bare.append((time.perf_counter() - start) * 1000)
    page.close()
    label.close()
    return [Figure(f"dashboard refresh after a check-in, {UNITS} units", "ms",
                   statistics.median(samples), statistics.median(bare),
                   "bare QLabel setText + repaint", "≤ 20 ms", len(samples),
                   {"roster": expected, "max_ms": round(max(samples), 1)})]


def badges(folder: Path, *, quick: bool = False) -> list[Figure]:
    """Badge sheets for 1,000 people (100 pages), beside signing and drawing the same QRs alone
    (the part no layout can save)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from ikrar.core.badge_code import sign_badge
    from ikrar.core.keys import SigningKey
    from ikrar.documents.badges import QR_SIZE, BadgeInfo, write_badge_sheets
    from ikrar.documents.qr import draw_qr
    from support import employee_row

    count = 100 if quick else 1_000
    folder.mkdir(parents=True, exist_ok=True)
    agency = SigningKey.from_seed(bytes(range(32)))
    people = [BadgeInfo(f"{r['name']}, {r['back_title']}".rstrip(", "), r["nip"], r["unit"])
              for r in (employee_row(i) for i in range(count))]
    out = folder / "badges.pdf"

    def sheets() -> None:
        write_badge_sheets(out, people, agency, agency_name="Pemerintah Kabupaten Sukamaju",
                           event_title="Deklarasi Netralitas ASN", caption="Kartu peserta")

    def bare() -> None:
        canvas = Canvas(str(folder / "bare.pdf"), pagesize=A4, pageCompression=1)
        for i, person in enumerate(people):
            if i and i % 10 == 0:
                canvas.showPage()
            draw_qr(canvas, sign_badge(person.nip, agency), 20 + (i % 2) * 250,
                    30 + (i % 10 // 2) * 150, QR_SIZE)
        canvas.save()

    median, samples = median_ms(sheets, 3)
    base, _ = median_ms(bare, 3)
    return [Figure(f"badge sheets, {count:,} badges", "s", median / 1000, base / 1000,
                   "signing and drawing the same QRs alone", "—", len(samples),
                   {"pages": -(-count // 10), "bytes": out.stat().st_size})]
