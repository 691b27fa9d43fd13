"""Roster import: files as government offices export them, and what must never be half-written."""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from ikrar.store import audit, roster, roster_doc, roster_write, settings
from ikrar.store.db import StoreError
from ikrar.store.models import AuditEvent, Change, Employee, RosterEntry
from ikrar.store.roster import (
    ImportCancelled,
    ImportReport,
    Rejection,
    RosterError,
    import_roster,
)
from ikrar.store.roster_columns import find_header, split_rank_grade
from ikrar.store.roster_doc import EMPLOYEE_COLUMNS, RosterVersion

HEADER = ["No", "NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Pangkat", "Golongan",
          "Jabatan", "Unit Kerja"]  # fmt: skip
PEOPLE = [
    ["1", "199001012015011001", "Ahmad Fauzi", "Dr. H.", "S.Kom., M.Si.", "Pembina", "IV/a",
     "Kepala Bidang", "Dinas Pendidikan"],
    ["2", "198505152010122002", "Siti Rahmawati", "", "S.E.", "Penata", "III/c",
     "Analis Keuangan", "BKPSDM"],
    ["3", "199203172021212001", "Euis Suryani", "", "A.Md.Kep.", "", "",
     "Perawat Terampil", "RSUD Sumedang"],
]  # fmt: skip
TITLE = [["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"], ["PEMERINTAH KABUPATEN SUMEDANG"], []]


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, merge: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def roster_csv(tmp_path: Path, rows: list[list[str]] | None = None, name: str = "roster.csv"
               ) -> Path:
    return write_csv(tmp_path / name, [HEADER, *(PEOPLE if rows is None else rows)])


def counts() -> tuple[int, int, int, int]:
    return (Employee.select().count(), RosterEntry.select().count(), Change.select().count(),
            AuditEvent.select().count())


def only_rejection(report: ImportReport) -> Rejection:
    assert len(report.rejected) == 1, report.rejected
    return report.rejected[0]


# --- reading files ---------------------------------------------------------------------------


def test_xlsx_header_found_under_title_rows_and_merged_title(tmp_path, store, event):
    rows = [*TITLE, HEADER, *PEOPLE]
    path = write_xlsx(tmp_path / "nominatif.xlsx", rows, merge="A1:I1")
    report = import_roster(path, event=event)
    assert (report.rows, report.imported, report.rejected, report.written) == (3, 3, [], True)
    ahmad = Employee.get(Employee.nip == "199001012015011001")
    assert (ahmad.name, ahmad.front_title, ahmad.back_title) == (
        "Ahmad Fauzi", "Dr. H.", "S.Kom., M.Si.")
    assert (ahmad.rank, ahmad.grade, ahmad.position, ahmad.unit) == (
        "Pembina", "IV/a", "Kepala Bidang", "Dinas Pendidikan")
    assert ahmad.search_key == "ahmad fauzi"
    assert Employee.get(Employee.nip == "199203172021212001").status == "PPPK"


def test_xlsx_rejection_names_the_spreadsheet_row(tmp_path, store):
    people = [*PEOPLE, ["4", "19900101201501100", "Budi Santoso"]]
    path = write_xlsx(tmp_path / "nominatif.xlsx", [*TITLE, HEADER, *people])
    rejection = only_rejection(import_roster(path))
    assert (rejection.row, rejection.field) == (8, "NIP")  # 3 title rows, header, 4th person


def test_xlsx_header_on_second_sheet_and_column_numbering_row(tmp_path, store):
    workbook = Workbook()
    workbook.active.append(["Petunjuk pengisian"])
    sheet = workbook.create_sheet("Data")
    for row in [*TITLE, HEADER, [str(n) for n in range(1, 10)], *PEOPLE]:
        sheet.append(row)
    workbook.save(tmp_path / "two.xlsx")
    report = import_roster(tmp_path / "two.xlsx")
    assert (report.rows, report.imported, report.rejected) == (3, 3, [])


def test_two_row_header_under_merged_pangkat_golongan(tmp_path, store):
    top = ["No", "NIP", "Nama", "Pangkat/Gol", None, "Jabatan"]
    below = [None, None, None, "Pangkat", "Gol. Ruang", None]
    person = [1, "199001012015011001", "Ahmad Fauzi", "Pembina", "IV/a", "Kepala Bidang"]
    path = write_xlsx(tmp_path / "two-row.xlsx", [*TITLE, top, below, person], merge="D4:E4")
    report = import_roster(path)
    assert (report.imported, report.rejected) == (1, [])
    ahmad = Employee.get()
    assert (ahmad.rank, ahmad.grade, ahmad.position) == ("Pembina", "IV/a", "Kepala Bidang")


def test_csv_with_bom_semicolons_and_title_rows(tmp_path, store):
    path = write_csv(tmp_path / "siasn.csv", [*TITLE, HEADER, *PEOPLE], delimiter=";",
                     encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    report = import_roster(path)
    assert (report.rows, report.imported, report.rejected) == (3, 3, [])
    assert Employee.get(Employee.nip == "198505152010122002").unit == "BKPSDM"


def test_nip_written_as_excel_text_formula_or_with_apostrophe(tmp_path, store):
    rows = [["NIP", "Nama"], ['="199001012015011001"', "Ahmad"], ["'198505152010122002", "Siti"],
            ["19920317 202121 2 001", "Euis"]]
    report = import_roster(write_csv(tmp_path / "text.csv", rows))
    assert (report.imported, report.rejected) == (3, [])
    assert {e.nip for e in Employee.select()} == {
        "199001012015011001", "198505152010122002", "199203172021212001"}


def test_tab_delimited_text(tmp_path, store):
    path = write_csv(tmp_path / "roster.txt", [HEADER, *PEOPLE], delimiter="\t")
    assert import_roster(path).imported == 3


def test_cp1252_csv_keeps_accented_name(tmp_path, store):
    rows = [HEADER, ["1", "199001012015011001", "José Gonçalves Müller", "", "", "", "", "", ""]]
    path = write_csv(tmp_path / "excel-lama.csv", rows, delimiter=";", encoding="cp1252")
    report = import_roster(path)
    assert (report.imported, report.rejected) == (1, [])
    person = Employee.get()
    assert person.name == "José Gonçalves Müller"
    assert person.search_key == "jose goncalves muller"


def test_quoted_multiline_cell_keeps_line_numbers(tmp_path, store):
    path = tmp_path / "multi.csv"
    path.write_text('NIP,Nama,Unit Kerja\n199001012015011001,Ahmad,"Dinas\nPendidikan"\n'
                    "123,Budi,BKPSDM\n", encoding="utf-8")
    rejection = only_rejection(import_roster(path))
    assert rejection.row == 4


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_line_numbers_without_quotes_count_blank_lines_and_any_line_ending(tmp_path, store,
                                                                         ending):
    """A file with no quote counts records by place (no field can span lines): blank lines,
    title rows and each kind of line ending still count as the editor shows them."""
    lines = ["DAFTAR PEGAWAI", "", "NIP,Nama", "199001012015011001,Ahmad", "", "",
             "199001012015011002,", "199001012015011001,Budi"]
    path = tmp_path / "plain.csv"
    path.write_bytes(ending.join(lines).encode() + ending.encode())
    report = import_roster(path)
    assert [(r.row, r.field, r.code) for r in report.rejected] == [
        (7, "Nama", "missing_name"), (8, "NIP", "duplicate")]
    assert "already on row 4" in report.rejected[1].reason


ALIASES = {
    "nip": ["NIP", "NIP Baru", "NIP 18", "No. Induk Pegawai", "nip_baru"],
    "name": ["Nama", "Nama Lengkap", "Nama Pegawai", "Name", "NAMA  LENGKAP"],
    "front_title": ["Gelar Depan", "Glr Depan", "Glr. Depan"],
    "back_title": ["Gelar Belakang", "Glr Belakang"],
    "status": ["Status", "Status Kepegawaian", "Jenis Pegawai"],
    "rank": ["Pangkat"],
    "grade": ["Golongan", "Gol", "Gol. Ruang", "Golongan Ruang", "GOL/RUANG"],
    "rank_grade": ["Pangkat/Golongan", "Pangkat / Gol", "Pangkat, Gol. Ruang"],
    "position": ["Jabatan", "Nama Jabatan", "Position"],
    "unit": ["Unit Kerja", "OPD", "Satuan Kerja", "Perangkat Daerah", "SKPD", "Unit Organisasi",
             "Unit"],
    "agency": ["Instansi", "Agency"],
}


@pytest.mark.parametrize(("field", "alias"),
                         [(field, alias) for field, names in ALIASES.items() for alias in names])
def test_column_alias_recognised(field, alias):
    base = {"nip": "NIP", "name": "Nama"}
    header = ["No.", *(alias if f == field else base[f] for f in ("nip", "name"))]
    if field not in base:
        header.append(alias)
    columns = find_header([["DAFTAR NOMINATIF PEGAWAI"], [], header])
    assert columns is not None and columns.header_index == 2
    assert columns.positions[field] == header.index(alias)
    assert set(columns.positions) == {"nip", "name", field}  # "No." is not a column of ours


def test_english_header_and_status_column(tmp_path, store):
    rows = [["Name", "NIP", "Status", "Rank", "Grade", "Position", "Unit", "Agency"],
            ["Ahmad Fauzi", "199001012015011001", "CPNS", "Penata Muda", "iii / a", "Analis",
             "Bappeda", "Pemkab Sumedang"],
            ["Euis Suryani", "199203172021212001", "P3K", "", "IX", "Perawat", "RSUD", ""]]
    report = import_roster(write_csv(tmp_path / "en.csv", rows))
    assert (report.imported, report.rejected) == (2, [])
    ahmad = Employee.get(Employee.nip == "199001012015011001")
    assert (ahmad.status, ahmad.grade, ahmad.agency) == ("PNS", "III/a", "Pemkab Sumedang")
    assert Employee.get(Employee.nip == "199203172021212001").status == "PPPK"


@pytest.mark.parametrize(("text", "rank", "grade"), [
    ("Pembina, IV/a", "Pembina", "IV/a"),
    ("Pembina (IV/a)", "Pembina", "IV/a"),
    ("Penata Muda Tk. I - III/b", "Penata Muda Tk. I", "III/b"),
    ("Pembina Utama Muda, iv/C", "Pembina Utama Muda", "IV/c"),
    ("Pembina Tk. I", "Pembina Tk. I", ""),
    ("Ahli Pertama (IX)", "Ahli Pertama", "IX"),
])  # fmt: skip
def test_split_rank_grade(text, rank, grade):
    assert split_rank_grade(text) == (rank, grade)


def test_combined_pangkat_golongan_column_is_split(tmp_path, store):
    rows = [["NIP", "Nama", "Pangkat/Golongan"],
            ["199001012015011001", "Ahmad Fauzi", "Pembina, IV/a"],
            ["198505152010122002", "Siti Rahmawati", "Penata (III/c)"]]
    assert import_roster(write_csv(tmp_path / "pg.csv", rows)).imported == 2
    got = {e.nip: (e.rank, e.grade) for e in Employee.select()}
    assert got == {"199001012015011001": ("Pembina", "IV/a"),
                   "198505152010122002": ("Penata", "III/c")}


# --- refused rows ----------------------------------------------------------------------------


def test_nip_stored_as_number_in_xlsx_refused_with_row(tmp_path, store):
    rows = [*TITLE, ["No", "NIP", "Nama"],
            [1, "199001012015011001", "Ahmad Fauzi"],
            [2, 198505152010122002, "Siti Rahmawati"],
            [3, 1.99203172021212e17, "Euis Suryani"]]
    report = import_roster(write_xlsx(tmp_path / "angka.xlsx", rows))
    assert [(r.row, r.field) for r in report.rejected] == [(6, "NIP"), (7, "NIP")]
    assert all("as Text" in r.reason for r in report.rejected)
    assert not report.written and Employee.select().count() == 0


def test_scientific_notation_text_refused(tmp_path, store):
    rows = [["NIP", "Nama"], ["1.99001E+17", "Ahmad Fauzi"], ["1,99001E+17", "Siti"]]
    report = import_roster(write_csv(tmp_path / "sci.csv", rows, delimiter=";"))
    assert [(r.row, r.field) for r in report.rejected] == [(2, "NIP"), (3, "NIP")]
    assert "Text" in report.rejected[0].reason


@pytest.mark.parametrize(("nip", "words"), [
    ("19900101201501100", "17 digits"),
    ("1990010120150110011", "19 digits"),
    ("19900101201501100A", "'A'"),
    ("199002302015011001", "birth date"),
    ("199001012015131001", "month 13"),
    ("", "empty"),
])  # fmt: skip
def test_bad_nip_refused_with_row_and_field(tmp_path, store, nip, words):
    rows = [*PEOPLE[:2], ["3", nip, "Budi Santoso", "", "", "", "", "", ""]]
    report = import_roster(roster_csv(tmp_path, rows))
    rejection = only_rejection(report)
    assert (rejection.row, rejection.field) == (4, "NIP")
    assert words in rejection.reason
    assert f"row 4, NIP: {rejection.reason}" in report.summary()


def test_duplicate_nip_in_file_names_both_rows(tmp_path, store):
    rows = [*PEOPLE, ["4", "1990 0101 2015 0110 01", "Ahmad F.", "", "", "", "", "", ""]]
    rejection = only_rejection(import_roster(roster_csv(tmp_path, rows)))
    assert (rejection.row, rejection.field) == (5, "NIP")
    assert "row 2" in rejection.reason


def test_missing_name_and_unknown_status(tmp_path, store):
    rows = [["NIP", "Nama", "Status"], ["199001012015011001", "  ", "PNS"],
            ["198505152010122002", "Siti", "Honorer"]]
    report = import_roster(write_csv(tmp_path / "r.csv", rows))
    assert [(r.row, r.field) for r in report.rejected] == [(2, "Nama"), (3, "Status")]


def test_blank_rows_are_skipped_silently(tmp_path, store):
    rows = [PEOPLE[0], [], ["", " ", ""], ["", ""] * 5, PEOPLE[1]]
    report = import_roster(roster_csv(tmp_path, rows))
    assert (report.rows, report.imported, report.rejected) == (2, 2, [])


def test_refused_file_writes_nothing(tmp_path, store, event):
    import_roster(roster_csv(tmp_path, name="first.csv"), event=event)
    before = counts()
    snapshot = list(Employee.select().order_by(Employee.nip).dicts())
    changed = [PEOPLE[0][:8] + ["Sekretariat Daerah"],
               ["4", "197312311998031003", "Dedi Permana", "", "", "", "", "", ""],
               ["5", "123", "Bad Row", "", "", "", "", "", ""]]
    report = import_roster(roster_csv(tmp_path, changed, name="second.csv"), event=event)
    assert not report.written and (report.imported, report.updated) == (0, 0)
    assert only_rejection(report).row == 4
    assert counts() == before
    assert list(Employee.select().order_by(Employee.nip).dicts()) == snapshot
    assert "Nothing was written" in report.summary()


def test_skip_invalid_imports_the_good_rows(tmp_path, store, event):
    rows = [*PEOPLE, ["4", "123", "Bad Row", "", "", "", "", "", ""]]
    report = import_roster(roster_csv(tmp_path, rows), event=event, skip_invalid=True)
    assert (report.rows, report.imported, report.written) == (4, 3, True)
    assert only_rejection(report).row == 5
    assert Employee.select().count() == 3 and RosterEntry.select().count() == 3


def test_dry_run_counts_but_writes_nothing(tmp_path, store, event):
    before = counts()
    report = import_roster(roster_csv(tmp_path), event=event, dry_run=True)
    assert (report.imported, report.written, report.dry_run) == (3, False, True)
    assert counts() == before
    assert "Dry run" in report.summary()


# --- writing ---------------------------------------------------------------------------------


def test_reimport_updates_and_counts_unchanged(tmp_path, store, event):
    first = import_roster(roster_csv(tmp_path, name="a.csv"), event=event)
    assert (first.imported, first.updated, first.unchanged) == (3, 0, 0)
    Employee.update(agency="Pemkab Sumedang").execute()  # a column the file does not have
    rows = [PEOPLE[0][:8] + ["Sekretariat Daerah"], *PEOPLE[1:],
            ["4", "197312311998031003", "Dedi Permana", "", "", "", "", "", ""]]
    changes = Change.select().count()
    second = import_roster(roster_csv(tmp_path, rows, name="b.csv"), event=event)
    assert (second.imported, second.updated, second.unchanged) == (1, 1, 2)
    ahmad = Employee.get(Employee.nip == "199001012015011001")
    assert (ahmad.unit, ahmad.agency, ahmad.name) == (
        "Sekretariat Daerah", "Pemkab Sumedang", "Ahmad Fauzi")
    assert Employee.select().count() == 4
    assert RosterEntry.select().where(RosterEntry.event == event).count() == 4
    # No change entry per row: one roster version naming the new employee, the updated one
    # and the new roster entry
    assert Change.select().count() == changes
    document = roster_doc.decode(roster_doc.materialise(
        RosterVersion.get(RosterVersion.version == 2)))
    assert (document["version"], document["base"], document["kind"]) == (2, 1, "diff")
    assert set(document["employees"]["nip"]) == {"199001012015011001", "197312311998031003"}
    assert document["roster"]["employee_id"] == [
        Employee.get(Employee.nip == "197312311998031003").id.hex]


def test_roster_entries_and_one_roster_version_for_the_written_rows(tmp_path, store, event):
    changes = Change.select().count()
    report = import_roster(roster_csv(tmp_path), event=event)
    entries = RosterEntry.select().where(RosterEntry.event == event)
    assert {e.employee.nip for e in entries} == {p[1] for p in PEOPLE}
    assert Change.select().where(Change.seq > changes).count() == 0
    version = RosterVersion.get()
    assert (version.event_id, version.version, version.base, version.signature) == (
        event.id.hex, 1, 0, None)
    document = roster_doc.decode(roster_doc.materialise(version))
    assert set(document["employees"]["id"]) == {e.id.hex for e in Employee.select()}
    assert set(document["roster"]["id"]) == {e.id.hex for e in entries}
    assert {*document["employees"]["author_id"], *document["roster"]["author_id"]} == {None}
    assert roster_doc.rows(document, "employees")[0][EMPLOYEE_COLUMNS.index("nip")] in {
        p[1] for p in PEOPLE}
    assert report.written


def test_an_enrolled_station_imports_row_by_row(tmp_path, store, event):
    """A station that syncs with a hub authors its imports with its own key: change entries."""
    settings.put("hub_token", "token")
    changes = Change.select().count()
    import_roster(roster_csv(tmp_path), event=event)
    new = Change.select().where(Change.seq > changes)
    assert sorted((c.table, c.op) for c in new) == sorted(
        [("employee", "insert")] * 3 + [("roster_entry", "insert")] * 3)
    assert {c.row_id for c in new if c.table == "employee"} == {
        str(e.id) for e in Employee.select()}
    assert RosterVersion.select().count() == 0


def test_audit_event_recorded_without_personal_data(tmp_path, store, event):
    path = roster_csv(tmp_path)
    import_roster(path, event=event)
    entry = AuditEvent.select().order_by(AuditEvent.seq.desc()).get()
    assert (entry.kind, entry.subject) == ("roster_import", "roster.csv")
    assert entry.details["imported"] == 3 and entry.details["rows"] == 3
    assert entry.details["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    text = json.dumps(entry.details)
    assert not any(p[1] in text or p[2] in text for p in PEOPLE)
    assert audit.verify().ok


def test_disk_full_mid_transaction_leaves_nothing(tmp_path, store, event, monkeypatch):
    before = counts()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(roster_write, "update", full)  # after the employees were inserted
    with pytest.raises(StoreError, match="full"):
        import_roster(roster_csv(tmp_path), event=event)
    assert counts() == before


def test_progress_reported(tmp_path, store):
    rows = [[str(i), f"199001012015{1 + i // 1998:02d}{1 + i % 2}{i // 2 % 999 + 1:03d}",
             f"Pegawai {i}"]
            for i in range(2500)]
    path = write_csv(tmp_path / "big.csv", [["No", "NIP", "Nama"], *rows])
    calls = []
    report = import_roster(path, progress=lambda done, total: calls.append((done, total)))
    assert report.imported == 2500
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def numbered_people(count: int, first: int = 0) -> list[list[str]]:
    return [[str(i), f"199001012015{1 + i // 1998:02d}{1 + i % 2}{i // 2 % 999 + 1:03d}",
             f"Pegawai {i}"] for i in range(first, first + count)]


@pytest.mark.parametrize("stop_after", [1, 4, 8, 10],
                         ids=["reading", "employees", "roster", "before-audit"])
def test_a_cancelled_import_keeps_nothing_of_the_file(tmp_path, store, event, monkeypatch,
                                                      stop_after):
    """Cancelled while the file is read, after some employees were written, or later: the
    transaction rolls back, and the rows stored before stay as they were."""
    import_roster(roster_csv(tmp_path), event=event)
    before = counts()
    monkeypatch.setattr(roster, "WRITE_BATCH", 1000)
    path = write_csv(tmp_path / "big.csv", [["No", "NIP", "Nama"], *numbered_people(2500)])
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) >= stop_after

    written = []
    real_insert = roster_write.insert
    monkeypatch.setattr(roster_write, "insert",
                        lambda model, rows, *event: written.append(model)
                        or real_insert(model, rows, *event))
    with pytest.raises(ImportCancelled):
        import_roster(path, event=event, cancelled=cancelled)
    # Reading asks twice (rows 1000 and 2000); writing before each batch of 1000 (3 of new
    # employees, 1 of changed ones, 3 of roster entries), and once more at the end.
    assert written == {1: [], 4: [Employee], 8: [Employee] * 3 + [RosterEntry],
                       10: [Employee] * 3 + [RosterEntry] * 3}[stop_after]
    assert counts() == before
    assert sorted(e.name for e in Employee.select()) == sorted(p[2] for p in PEOPLE)
    assert RosterEntry.select().where(RosterEntry.event == event).count() == 3
    assert audit.verify().ok


def test_an_import_not_cancelled_asks_and_writes_everything(tmp_path, store):
    path = write_csv(tmp_path / "big.csv", [["No", "NIP", "Nama"], *numbered_people(2500)])
    asked = []
    report = import_roster(path, cancelled=lambda: asked.append(True) and False)
    assert report.written and report.imported == 2500
    assert Employee.select().count() == 2500
    assert len(asked) >= 3


def test_report_to_dict_is_the_json_shape(tmp_path, store):
    rows = [*PEOPLE, ["4", "123", "Bad Row", "", "", "", "", "", ""]]
    report = import_roster(roster_csv(tmp_path, rows))
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data) == {"file", "rows", "imported", "updated", "unchanged", "rejected",
                         "written", "dry_run"}
    assert data["rejected"] == [{"row": 5, "field": "NIP", "reason": report.rejected[0].reason,
                                 "code": "length"}]
    assert (data["rows"], data["imported"], data["written"]) == (4, 0, False)
    assert data["file"].endswith("roster.csv")


# --- refused files ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "words"), [
    ("roster.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not a CSV or XLSX"),
    ("roster.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), ".xls"),
    ("roster.txt", bytes(range(256)) * 8, "not a text file"),
    ("roster.csv", b"", "empty"),
    ("roster.csv", b"Laporan bulanan\nTidak ada data pegawai\n1,2,3\n", "no header row"),
    ("roster.csv", b"NIP;Nama\n199001012015011001;\x81\x8d\x8f\x90\x9d\xff\xfe", "encoding"),
    ("roster.xlsx", b"this is not a workbook at all", "not a valid Excel workbook"),
    ("roster.xlsx", b"PK\x03\x04 broken zip", "cannot be read as an Excel workbook"),
])  # fmt: skip
def test_file_refused_whole(tmp_path, store, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    before = counts()
    with pytest.raises(RosterError, match=words) as caught:
        import_roster(path)
    assert name in str(caught.value)
    assert counts() == before


def test_undecodable_random_bytes_refused(tmp_path, store):
    data = bytes(random.Random(7).randrange(1, 256) for _ in range(5000))
    path = tmp_path / "acak.csv"
    path.write_bytes(data)
    with pytest.raises(RosterError, match="encoding|header"):
        import_roster(path)


def test_xlsx_without_header_refused(tmp_path, store):
    path = write_xlsx(tmp_path / "kosong.xlsx", [["Rekap"], [], ["a", "b"], [1, 2]])
    with pytest.raises(RosterError, match="no header row"):
        import_roster(path)


def test_200_mb_file_refused_quickly(tmp_path, store):
    path = tmp_path / "besar.csv"
    with path.open("wb") as fh:
        fh.write(b"NIP,Nama\n")
        fh.truncate(200 * 1024 * 1024)  # sparse: quick to make, never read
    with pytest.raises(RosterError, match="200 MB"):
        import_roster(path)


def test_missing_file_refused(tmp_path, store):
    with pytest.raises(RosterError, match="Cannot read"):
        import_roster(tmp_path / "tidak-ada.csv")


def test_the_import_shows_names_exactly_as_display_name_does():
    """The import's shortcut for tidied ASCII fields gives `display_name`'s result, always."""
    import random

    from ikrar.core.names import display_name
    from ikrar.store.roster_columns import _display

    chance = random.Random(18)
    letters = "ab ,.\t\x1fH-'é"
    for _ in range(20_000):
        parts = [" ".join("".join(chance.choice(letters) for _ in range(chance.randint(0, 8)))
                          .split()) for _ in range(3)]
        assert _display(*parts) == display_name(*parts), parts


def test_a_person_changed_by_an_import_is_in_a_version_of_every_roster_they_are_on(
        tmp_path, store, event):
    from datetime import datetime

    from ikrar.core.dates import zone
    from ikrar.store.events import create_event

    other = create_event("Apel Pagi", datetime(2024, 8, 17, 7, 0, tzinfo=zone("WIB")),
                         make_current=False)
    import_roster(roster_csv(tmp_path, PEOPLE[:2], name="other.csv"), event=other)
    import_roster(roster_csv(tmp_path), event=event)
    renamed = [["1", PEOPLE[0][1], "Ahmad Fauzi Baru", *PEOPLE[0][3:]], *PEOPLE[1:]]
    import_roster(roster_csv(tmp_path, renamed, name="renamed.csv"), event=event)
    latest = RosterVersion.select().where(RosterVersion.event_id == other.id.hex).order_by(
        RosterVersion.version.desc()).get()
    assert (latest.version, latest.base) == (2, 1)
    document = roster_doc.decode(roster_doc.materialise(latest))
    assert document["employees"]["name"] == ["Ahmad Fauzi Baru"]
    assert document["roster"]["id"] == []
    assert RosterVersion.select().where(RosterVersion.event_id == event.id.hex).count() == 2


def test_ids_made_at_once_are_uuid7_in_order_after_earlier_ids():
    import uuid

    from ikrar.core.ids import new_id

    before = new_id().hex
    ids = list(roster_write.new_ids(9000))  # three blocks of one millisecond
    assert len(set(ids)) == 9000 and ids == sorted(ids) and ids[0] > before
    parsed = [uuid.UUID(i) for i in ids]
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    # 12 bits of sequence under one millisecond, then the next millisecond from 0
    assert [i[12:16] for i in (ids[0], ids[4095], ids[4096], ids[8192])] == [
        "7000", "7fff", "7000", "7000"]
    assert int(ids[4096][:12], 16) == int(ids[0][:12], 16) + 1
    assert len({i[17:] for i in ids}) == 9000  # the random bits differ
    assert list(roster_write.new_ids(0)) == []


def test_garbage_collection_is_back_after_an_import(tmp_path, store, event):
    import gc

    assert gc.isenabled()
    import_roster(roster_csv(tmp_path), event=event)
    assert gc.isenabled()
    with pytest.raises(RosterError):
        import_roster(tmp_path / "missing.xls")
    assert gc.isenabled()
    gc.disable()
    try:
        import_roster(roster_csv(tmp_path), event=event)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
