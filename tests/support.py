"""Test and benchmark data: many valid employees, fast."""

from __future__ import annotations

from datetime import date, timedelta

from ikrar.core.names import display_name, search_key

GIVEN = ("Budi", "Siti", "Agus", "Dewi", "Asep", "Rina", "Dedi", "Yuli", "Ujang", "Euis",
         "Hendra", "Nur", "Rudi", "Lilis", "Bambang", "Sri", "Joko", "Wati", "Iwan", "Ratna")
FAMILY = ("Santoso", "Rahmawati", "Hidayat", "Lestari", "Suryana", "Kurniawan", "Nasution",
          "Siregar", "Saputra", "Wijaya", "Permana", "Hasibuan", "Sulistyo", "Setiawan")
UNITS = ("Dinas Pendidikan", "Dinas Kesehatan", "Badan Kepegawaian Daerah", "Sekretariat Daerah",
         "Dinas Komunikasi dan Informatika", "Kecamatan Sukamaju", "RSUD Sukamaju")


def nip_for(i: int) -> str:
    """A distinct, format-valid PNS NIP for every i below 19 million."""
    birth = date(1965, 1, 1) + timedelta(days=i % 10_000)
    gender = 1 + (i // 10_000) % 2
    serial = 1 + (i // 20_000) % 999
    return f"{birth:%Y%m%d}{birth.year + 25}{1 + i % 12:02d}{gender}{serial:03d}"


def employee_row(i: int) -> dict:
    name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // 7) % len(FAMILY)]}"
    back = "S.Kom." if i % 3 == 0 else ""
    return {
        "nip": nip_for(i), "name": name, "back_title": back,
        "rank": "Penata", "grade": "III/c", "position": "Analis Kebijakan Ahli Muda",
        "unit": UNITS[i % len(UNITS)], "agency": "Pemerintah Kabupaten Sukamaju",
        "search_key": search_key(display_name(name, "", back)),
    }


def add_employees(event, count: int, *, start: int = 0) -> list:
    """Insert `count` employees (and put them on `event`'s roster) through the outbox."""
    from ikrar.store import outbox
    from ikrar.store.db import db
    from ikrar.store.models import Employee, RosterEntry

    rows = [employee_row(i) for i in range(start, start + count)]
    with db.atomic():
        outbox.insert_many(Employee, rows)
        ids = [e.id for e in Employee.select(Employee.id).where(
            Employee.nip.in_([r["nip"] for r in rows]))]
        if event is not None:
            outbox.insert_many(RosterEntry, [{"event": event.id, "employee": i} for i in ids])
    return list(Employee.select().where(Employee.id.in_(ids)).order_by(Employee.nip))
