"""The recap as PDF, XLSX and CSV: what they must contain, and what bad output paths get."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ikrar.core import strokes
from ikrar.documents.report import ReportError, write_report
from ikrar.store import certificates
from ikrar.store.checkin import check_in
from ikrar.store.recap import recap
from support import add_employees

SIG = strokes.synthetic_signature(9)
HARD_NAMES = ('Siti "Ani", Rahayu', "Ngurah; Putu Agung", "Ṣalāḥ al-Dīn Ünal", "李 Wei, Jr.")


@pytest.fixture
def signed_event(event, make_employee):
    add_employees(event, 30)
    people = [make_employee(event, name=name, unit='Dinas "Pemuda"; Olahraga, dan Budaya')
              for name in HARD_NAMES]
    for person in people:
        check_in(event, person, SIG, method="badge", pledge_hash=event.pledge_hash)
    certificates.issue_missing(event)
    return event


def test_xlsx_has_nips_as_text_and_a_frozen_header(signed_event, tmp_path):
    out = write_report(recap(signed_event), tmp_path / "rekap.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["Rekap", "Sudah ikrar", "Belum ikrar"]
    for name in ("Sudah ikrar", "Belum ikrar"):
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["B"].width >= 30
        nips = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert nips and all(isinstance(n, str) and len(n) == 18 for n in nips)
        assert all(cell.number_format == "@" for cell in sheet["C"][1:])
    signed = [r[1] for r in book["Sudah ikrar"].iter_rows(min_row=2, values_only=True)]
    assert sorted(signed) == sorted(f"{n}, S.Kom." for n in HARD_NAMES)
    total = list(book["Rekap"].iter_rows(values_only=True))[-1]
    assert total[:3] == ("Jumlah", 34, 4)
    assert total[6] == pytest.approx(4 / 34, abs=0.001)
    assert book["Rekap"].cell(row=2, column=7).number_format == "0.0%"


def test_csv_round_trips_hard_names(signed_event, tmp_path):
    out = write_report(recap(signed_event), tmp_path / "rekap.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    start = rows.index(["Daftar yang sudah ikrar"]) + 2
    names = [r[1] for r in rows[start:start + 4]]
    assert sorted(names) == sorted(f"{n}, S.Kom." for n in HARD_NAMES)
    assert {r[3] for r in rows[start:start + 4]} == {'Dinas "Pemuda"; Olahraga, dan Budaya'}
    assert all(len(r[2]) == 18 and r[2].isdigit() for r in rows[start:start + 4])


def test_pdf_names_every_unit(signed_event, tmp_path):
    summary = recap(signed_event)
    out = write_report(summary, tmp_path / "rekap.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    squashed = " ".join(text.split())
    for unit in summary.units:
        assert unit.unit in squashed
    assert "REKAP KEHADIRAN" in squashed
    assert "PEMERINTAH KABUPATEN SUMEDANG" in squashed  # the letterhead


@pytest.mark.parametrize("bad", ["folder", "suffix"])
def test_bad_targets_are_refused_with_nothing_left(signed_event, tmp_path, bad):
    target = tmp_path / "out.pdf" if bad == "folder" else tmp_path / "rekap.docx"
    if bad == "folder":
        target.mkdir()
    with pytest.raises(ReportError, match=str(target.name)):
        write_report(recap(signed_event), target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_read_only_folder_leaves_no_file(signed_event, mounted_tmpfs):
    folder = mounted_tmpfs("ro", read_only=True)
    with pytest.raises(ReportError, match="rekap.xlsx"):
        write_report(recap(signed_event), folder / "rekap.xlsx")
    assert os.listdir(folder) == []


def test_full_disk_leaves_no_half_file(signed_event, mounted_tmpfs):
    folder = mounted_tmpfs("tiny", size_kb=8)
    with pytest.raises(ReportError, match="rekap.pdf"):
        write_report(recap(signed_event), folder / "rekap.pdf")
    assert os.listdir(folder) == []


def test_cli_report_and_reconcile(signed_event, data_dir, tmp_path):
    env = {**os.environ, "IKRAR_DATA_DIR": str(data_dir)}
    out = tmp_path / "rekap.csv"
    done = subprocess.run([sys.executable, "-m", "ikrar", "report", str(out)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "4 of 34 signed" in done.stdout and out.exists()
    done = subprocess.run([sys.executable, "-m", "ikrar", "report", str(tmp_path), "--unit",
                           "Dinas Kosong"], capture_output=True, text=True, env=env)
    assert done.returncode != 0 and "Dinas Kosong" in done.stderr
    done = subprocess.run([sys.executable, "-m", "ikrar", "reconcile"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "Duplicate check-ins: 0" in done.stdout
