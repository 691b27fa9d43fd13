"""The console's data: progress figures and the downloads, checked against data whose
figures are known, in process on a hub database: SQLite and PostgreSQL alike."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from ikrar.core import strokes
from ikrar.documents.report import NOT_SIGNED, SIGNED
from ikrar.hubweb import console_data
from ikrar.store import outbox
from ikrar.store.checkin import check_in
from ikrar.store.db import init_db
from ikrar.store.events import EventError
from ikrar.store.models import Attendance
from ikrar.store.recap import recap
from support import add_employees
from two_stations import merge_two_stations

SIG = strokes.synthetic_signature(3)
T0 = datetime(2024, 7, 10, 1, 0, 5, tzinfo=UTC)


@pytest.fixture
def store(data_dir, database_url):
    """The hub's database (overrides the SQLite-only `store` the event fixtures use)."""
    return init_db(data_dir, station_name="Hub", database_url=database_url)


def sign(event, employee, method="badge", at=None):
    return check_in(event, employee, SIG, method=method, pledge_hash=event.pledge_hash, at=at)


def test_progress_counts_known_data(event, make_employee):
    people = add_employees(event, 70)  # 7 units, 10 each
    for i, person in enumerate(people[:21]):  # 3 in each unit, 7 a minute for 3 minutes
        sign(event, person, at=T0 + timedelta(minutes=i // 7, seconds=i))
    walk_in = make_employee(name="Ayu Lestari", unit="Dinas Pendidikan", is_walk_in=True)
    sign(event, walk_in, method="walk_in", at=T0 + timedelta(minutes=5))
    # Sync keeps a second desk's check-in of the same people beside the first, as a duplicate.
    for person in people[:2]:
        first = Attendance.get((Attendance.employee == person) & Attendance.is_primary)
        outbox.insert(Attendance(event=event, employee=person, station=first.station,
                                 method="badge", checked_in_at=T0 + timedelta(minutes=9),
                                 is_primary=False, duplicate_of=first))

    got = console_data.progress(str(event.id))
    assert (got["signed"], got["expected"], got["walk_ins"], got["duplicates"]) == (22, 71, 1, 2)
    assert got["event"]["id"] == str(event.id) and got["event"]["title"] == event.title
    assert [u["unit"] for u in got["units"]] == sorted(u["unit"] for u in got["units"])
    by_unit = {u["unit"]: u for u in got["units"]}
    assert len(by_unit) == 7
    assert by_unit["Dinas Pendidikan"] == {"unit": "Dinas Pendidikan", "signed": 4,
                                           "expected": 11, "walk_ins": 1, "duplicates": 1}
    assert sum(u["duplicates"] for u in got["units"]) == 2
    assert all((u["signed"], u["expected"]) == (3, 10) for name, u in by_unit.items()
               if name != "Dinas Pendidikan")
    assert got["timeline"] == [
        {"at": "2024-07-10T01:00:00+00:00", "signed": 7},
        {"at": "2024-07-10T01:01:00+00:00", "signed": 14},
        {"at": "2024-07-10T01:02:00+00:00", "signed": 21},
        {"at": "2024-07-10T01:05:00+00:00", "signed": 22},
    ]
    total = recap(event).total  # the printed recap says the same
    assert (total.signed, total.expected, total.walk_ins, total.duplicates) == (22, 71, 1, 2)
    datetime.fromisoformat(got["as_of"])


def test_events_newest_first_and_an_unknown_event(event):
    from ikrar.store.events import create_event

    later = create_event("Apel Pagi", datetime(2025, 1, 6, 7, 0, tzinfo=UTC), venue="Lapangan")
    listed = console_data.events()
    assert [e["id"] for e in listed] == [str(later.id), str(event.id)]
    assert listed[1] == {"id": str(event.id), "title": event.title,
                         "starts_at": "2024-07-10T01:00:00+00:00", "venue": "Aula Tampomas",
                         "timezone": "WIB"}
    assert console_data.progress(event.id.hex)["event"]["id"] == str(event.id)
    for wrong in ("nope", "00000000-0000-0000-0000-000000000000", "' OR 1=1 --"):
        with pytest.raises(EventError) as caught:
            console_data.progress(wrong)
        assert caught.value.code == "event.ambiguous"


@pytest.fixture
def merged(event, tmp_path, database_url):
    if database_url:
        pytest.skip("two SQLite stations merged (tests/two_stations.py)")
    return merge_two_stations(event, tmp_path)


def test_duplicates_from_a_merge_and_the_reconciliation_list(merged):
    event, nips = merged
    got = console_data.progress(str(event.id))
    assert got["duplicates"] == 3
    assert sum(u["duplicates"] for u in got["units"]) == 3
    assert got["signed"] == recap(event).total.signed
    raw = console_data.reconciliation_csv(str(event.id))
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][0] == "Bagian"
    dupes = [r for r in rows[2:] if r[0] == "Duplikat"]
    assert sorted({r[2] for r in dupes}) == sorted(nips[:3])
    assert sorted(r[6] for r in dupes) == ["duplikat"] * 3 + ["utama"] * 3
    certs = [r for r in rows[2:] if r[0] == "Sertifikat"]
    assert {r[2] for r in certs} == set(nips[:3]) and all(r[6] == "batalkan" for r in certs)


def test_recap_files_are_the_printed_recap(event):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    people = add_employees(event, 12)
    sign(event, people[0])
    pdf = console_data.recap_pdf(str(event.id))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Rekap" in text or "REKAP" in text.upper()
    assert people[0].nip in text.replace(" ", "")
    book = load_workbook(io.BytesIO(console_data.recap_xlsx(str(event.id))))
    assert book.sheetnames == ["Rekap", SIGNED, NOT_SIGNED]
    signed = [[c.value for c in row] for row in book[SIGNED].iter_rows()]
    assert any(people[0].nip in row for row in signed)


def test_csv_cells_that_look_like_formulas_are_text(event, make_employee):
    person = make_employee(name='=HYPERLINK("http://x","klik")', back="", unit="+Dinas",
                           is_walk_in=True)
    sign(event, person, method="walk_in")
    rows = list(csv.reader(io.StringIO(
        console_data.reconciliation_csv(str(event.id)).decode("utf-8-sig"))))
    walk = [r for r in rows if r and r[0] == "Peserta tambahan"]
    assert [(r[1], r[3]) for r in walk] == [("'=HYPERLINK(\"http://x\",\"klik\")", "'+Dinas")]


def test_figures_follow_every_write_though_kept_between_asks(event):
    people = add_employees(event, 5)
    first = console_data.progress(str(event.id))
    assert first["signed"] == 0 and first["timeline"] == []
    first["units"].clear()  # a caller's change to its copy is not kept
    again = console_data.progress(str(event.id))
    assert len(again["units"]) == 5 and again["signed"] == 0
    sign(event, people[0], at=T0)
    after = console_data.progress(str(event.id))
    assert after["signed"] == 1 and after["timeline"] == [
        {"at": "2024-07-10T01:00:00+00:00", "signed": 1}]
    assert after["as_of"] >= again["as_of"]
