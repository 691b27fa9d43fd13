"""The recap as PDF, XLSX and CSV: what they must contain, and what bad output paths get."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from datetime import datetime

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


LONG_NAME = ("Prof. Dr. Ir. H. Raden Muhammad Abdurrahman Wiryawinata Kusumadilaga "
             "Soerjoadiningrat")
LONG_UNIT = ("Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga "
             "Berencana, Pemberdayaan Perempuan dan Perlindungan Anak")
OLD_WORDS = ("Walk-in", "Sudah ikrar", "Belum ikrar", "Duplikat", "Diharapkan")


def pdf_pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_xlsx_is_a_titled_printable_table_with_real_times(signed_event, tmp_path):
    out = write_report(recap(signed_event), tmp_path / "rekap.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["Rekap", "Telah menandatangani", "Belum menandatangani"]
    for sheet in book.worksheets:
        assert sheet["A1"].value.startswith(("REKAPITULASI", "DAFTAR PESERTA"))
        assert sheet["A2"].value == "Deklarasi Netralitas ASN"
        assert sheet.freeze_panes == "A5"
        assert sheet.auto_filter.ref.startswith("A4:")
        assert sheet.print_title_rows == "$4:$4"
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        header = [c.value for c in sheet[4]]
        assert header[0] in ("Unit kerja", "No.")
        assert not any(word in str(v) for v in header for word in OLD_WORDS)
    for name in ("Telah menandatangani", "Belum menandatangani"):
        sheet = book[name]
        assert sheet.column_dimensions["B"].width >= 30
        nips = [row[2] for row in sheet.iter_rows(min_row=5, values_only=True)]
        assert nips and all(isinstance(n, str) and len(n) == 18 for n in nips)
        assert all(cell.number_format == "@" for cell in sheet["C"][4:])
    signed = list(book["Telah menandatangani"].iter_rows(min_row=5, values_only=True))
    assert sorted(r[1] for r in signed) == sorted(f"{n}, S.Kom." for n in HARD_NAMES)
    assert all(isinstance(r[4], datetime) for r in signed)  # a date-time, not text
    assert book["Telah menandatangani"]["D4"].value == "Unit kerja"
    assert book["Telah menandatangani"]["E4"].value == "Waktu (WIB)"
    total = list(book["Rekap"].iter_rows(values_only=True))[-1]
    assert total[:3] == ("Jumlah", 34, 4)
    assert total[6] == pytest.approx(4 / 34, abs=0.001)
    assert book["Rekap"].cell(row=5, column=7).number_format == "0.0%"
    rekap = book["Rekap"]
    assert rekap.auto_filter.ref == f"A4:G{rekap.max_row - 1}"  # sorting leaves "Jumlah" last


def test_csv_is_one_table_for_machines(signed_event, tmp_path):
    summary = recap(signed_event)
    out = write_report(summary, tmp_path / "rekap.csv")
    raw = out.read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    head, body = rows[0], rows[1:]
    assert head == ["nip", "nama", "unit_kerja", "status", "waktu", "meja_registrasi",
                    "nomor_sertifikat"]
    assert len(body) == summary.total.expected == 34  # one row per person on the roster
    assert all(len(r) == len(head) for r in body)
    assert all(len(r[0]) == 18 and r[0].isdigit() for r in body)
    signed = [r for r in body if r[3] == "telah_menandatangani"]
    assert sorted(r[1] for r in signed) == sorted(f"{n}, S.Kom." for n in HARD_NAMES)
    assert {r[2] for r in signed} == {'Dinas "Pemuda"; Olahraga, dan Budaya'}
    assert all(datetime.fromisoformat(r[4]).utcoffset() is not None for r in signed)
    assert all(r[6] for r in signed)  # certificate numbers
    assert {r[3] for r in body} == {"telah_menandatangani", "belum_menandatangani"}


def test_pdf_names_every_unit(signed_event, tmp_path):
    summary = recap(signed_event)
    out = write_report(summary, tmp_path / "rekap.pdf")
    squashed = " ".join(pdf_pages(out))
    for unit in summary.units:
        assert unit.unit in squashed
    assert "REKAPITULASI KEHADIRAN PENANDATANGANAN IKRAR" in squashed
    assert "PEMERINTAH KABUPATEN SUMEDANG" in squashed  # the letterhead


def test_pdf_cuts_nothing_counts_pages_and_is_signed(event, make_employee, tmp_path):
    add_employees(event, 160)
    long = make_employee(event, name=LONG_NAME, front="", back="S.T., M.T., M.Sc., Ph.D.",
                         unit=LONG_UNIT)
    short = make_employee(event, name="Ujang", back="", unit="Dinas Kesehatan")
    for person in (long, short):
        check_in(event, person, SIG, method="badge", pledge_hash=event.pledge_hash)
    certificates.issue_missing(event)
    summary = recap(event)
    out = write_report(summary, tmp_path / "rekap.pdf")
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert len(pages) >= 3
    assert "…" not in text and "..." not in text
    for n, page in enumerate(pages, 1):
        assert f"Halaman {n} dari {len(pages)}" in page
    assert f"{LONG_NAME}, S.T., M.T., M.Sc., Ph.D." in text  # wrapped, whole
    assert LONG_UNIT in text
    bare = "".join(text.split())
    for signer in summary.signers:  # certificate numbers break after a "/", never cut
        assert signer.certificate and signer.certificate.replace(" ", "") in bare
    # the "Mengetahui" block on the last page, with the event's official
    last = pages[-1]
    assert "Mengetahui," in last and "Pj. Sekretaris Daerah," in last
    assert last.index("Mengetahui,") < last.index("Herman Suryatman")
    assert "Sumedang, " in last
    # decimal commas in the table and on the chart's bars, never a decimal point
    share = f"{100 * 2 / summary.total.expected:.1f}%".replace(".", ",")
    assert text.count(share) >= 1
    assert not re.search(r"\d\.\d%", text)
    assert re.findall(r"\d,\d%", pages[0])
    assert not any(word in text for word in OLD_WORDS)


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
