"""The certificate and the pakta integritas as an Indonesian secretariat reads them, checked
from the PDF itself: the official's block as written, the stamp (vector lettering, over the
left third of the signature, above the name), witnesses, the footer's wording, PPPK, one
pledge size a batch, the event's year and date, drafts, and the pakta verified as a pakta."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_certificate import flat, text_runs

from ikrar.core.certificate_code import verify_code
from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import generate, select_batch
from ikrar.documents.certificate import write_certificate
from ikrar.documents.certificate_data import missing_assets, page_for
from ikrar.documents.verify import read_qr
from ikrar.documents.verify_report import check_file
from ikrar.store import outbox
from ikrar.store.checkin import check_in
from ikrar.store.keystore import agency_public_key, certify_local_station, init_agency_key
from ikrar.store.models import CertificatePrint
from ikrar.ui.widgets.render import pdf_pages, pdf_texts
from support import agency_images

SIGNED_AT = datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB"))
OFFICIAL = "Dr. H. Herman Suryatman, S.Sos., M.Si."
TITLED_BACK = "S.H., M.Si., M.ASEAN / Eng., Ph.D."
LONG = "Raden Ajeng Siti Nurhasanah Kusumawardhani Wiranatakusumah"


@pytest.fixture
def keys(store):
    certify_local_station(init_agency_key(None))
    agency_images()


@pytest.fixture
def agency_event(event):
    """The official's block as the agency writes it; letterhead words apart from the stamp's."""
    event.official_name = OFFICIAL
    event.official_title = "Pj. Sekretaris Daerah"
    event.official_rank = "Pembina Utama Muda"
    event.official_nip = "197003151990031005"
    event.organiser_unit = "Sekretariat Daerah"
    event.letterhead = ["PEMKAB SUMEDANG", "Jl. Prabu Geusan Ulun No. 36"]
    event.witnesses = [
        {"role": "Bawaslu Kabupaten Sumedang", "title": "Ketua", "name": "Ahmad Rifai, S.H."},
        {"role": "KPU Kabupaten Sumedang", "title": "Anggota", "name": "Siti Aminah"},
    ]
    outbox.update(event)
    return event


def sign(event, employee, seed: int = 1, at: datetime = SIGNED_AT):
    return check_in(event, employee, synthetic_signature(seed), method="badge",
                    pledge_hash=event.pledge_hash, at=at)


def one(event, employee, tmp_path: Path, *, copy: int = 0, draft: bool = False,
        at: datetime = SIGNED_AT):
    sign(event, employee, at=at)
    [record] = select_batch(event).records
    issuer, data = page_for(record.number, copy, draft=draft)
    path = tmp_path / "one.pdf"
    return path, write_certificate(str(path), issuer, data), record.number


def texts(path: Path) -> list[str]:
    """Each page's text by pypdf and by pdfium (what a viewer's copy and search give)."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return [flat(f"{a}\n{b}") for a, b in zip(pages, pdf_texts(path), strict=True)]


def colour_page(path: Path, dpi: int = 100):
    """The first page in colour (QtPdf), as a Pillow RGB image."""
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    points = doc.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    page = QImage(size, QImage.Format.Format_RGB888)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, doc.render(0, size))
    painter.end()
    doc.close()
    data = bytes(page.constBits())[: page.bytesPerLine() * page.height()]
    return Image.frombytes("RGB", (page.width(), page.height()), data, "raw", "RGB",
                           page.bytesPerLine())


def seal_pixels_box(image, dpi: int) -> tuple[float, float, float, float]:
    """The bounding box (x0, y0, x1, y1 in points, PDF's upward y) of the violet stamp ink."""
    from PIL import Image

    r, g, b = (band.load() for band in image.split())
    mask = Image.new("1", image.size)
    pixels = mask.load()
    for y in range(image.height):
        for x in range(image.width):
            # violet: red above green (the navy signature ink has less red than green)
            if r[x, y] - g[x, y] > 15 and b[x, y] - r[x, y] > 20 and b[x, y] < 235:
                pixels[x, y] = 1
    x0, y0, x1, y1 = mask.getbbox()
    scale = 72 / dpi
    height = image.height * scale
    return x0 * scale, height - y1 * scale, x1 * scale, height - y0 * scale


# --- the PNS with a long name and many titles ------------------------------------------------


def test_long_titled_name_whole_official_block_and_witnesses(agency_event, make_employee,
                                                              keys, tmp_path):
    employee = make_employee(agency_event, name=LONG, front="Prof. Dr. Ir. Hj.",
                             back=TITLED_BACK, nip="198204172006042009",
                             rank="Pembina Tingkat I", grade="IV/b")
    path, layout, number = one(agency_event, employee, tmp_path)
    [text] = texts(path)
    for expected in (f"Prof. Dr. Ir. Hj. {LONG}, {TITLED_BACK}", OFFICIAL,
                     "Pj. Sekretaris Daerah,", "Pembina Utama Muda", "NIP. 19700315 199003 1 005",
                     "Pangkat/Golongan", "Pembina Tingkat I, IV/b", "Sumedang, 10 Juli 2024",
                     "Disaksikan oleh:", "Bawaslu Kabupaten Sumedang", "Ketua",
                     "Ahmad Rifai, S.H.", "KPU Kabupaten Sumedang", "Anggota", "Siti Aminah",
                     f"Nomor: {number}"):
        assert expected in text, expected
    assert "…" not in text  # nothing cut
    # The back titles never break across lines: one text run holds them all, every time.
    runs = [run[0].replace("\xa0", " ") for run in text_runs(path)]
    assert sum(TITLED_BACK in run for run in runs) == 2  # attendee block and signature
    assert any(run.startswith("Prof. Dr. Ir. Hj. Raden") for run in runs)
    # The footer: plain Indonesian, how to check, no command, no claim to a certified TTE.
    assert "memindai kode QR" in text and "aplikasi Ikrar" in text
    assert "bukan tanda tangan elektronik tersertifikasi (TTE)" in text
    assert "`" not in text and "ikrar verify" not in text.lower()
    # The witnesses sit in a row: their names share one baseline.
    witness_rows = {round(run[1][1]) for run in text_runs(path)
                    if run[0] in ("Ahmad Rifai, S.H.", "Siti Aminah")}
    assert len(witness_rows) == 1


def test_stamp_lettering_is_shapes_over_the_signature_and_above_the_name(
        agency_event, make_employee, keys, tmp_path):
    path, layout, _ = one(agency_event, make_employee(agency_event), tmp_path)
    [text] = texts(path)
    # The stamp says PEMERINTAH KABUPATEN SUMEDANG round the top and SEKRETARIAT DAERAH round
    # the bottom, but as glyph outlines: no extractor finds a letter of it.
    for word in ("PEMERINTAH", "KABUPATEN", "SEKRETARIAT", "DAERAH", "BUPAT", "RETA"):
        assert word not in text  # the page's own words are in mixed case
    # Where the violet ink is, rendered from the PDF, against where the official's name is.
    dpi = 100
    x0, y0, x1, y1 = seal_pixels_box(colour_page(path, dpi), dpi)
    [name_run] = [run for run in text_runs(path) if run[0] == OFFICIAL]
    name_top = name_run[1][1] + 0.75 * name_run[3]  # baseline plus cap height
    assert y0 >= name_top - 1.5, "the stamp runs over the official's name"
    signature = layout.boxes["official_signature"]
    centre = (x0 + x1) / 2
    assert signature[0] <= centre <= signature[0] + signature[2] / 3, \
        "the stamp's centre is not over the left third of the signature"
    assert 30 * 72 / 25.4 < x1 - x0 < 36 * 72 / 25.4  # a 34 mm stamp


def test_pppk_has_a_golongan_and_no_pangkat(agency_event, make_employee, keys, tmp_path):
    employee = make_employee(agency_event, status="PPPK", rank="", grade="VII",
                             nip="199305122023211004")
    path, _, _ = one(agency_event, employee, tmp_path)
    [text] = texts(path)
    assert "Golongan : VII" in text and "Pangkat/Golongan" not in text


def test_number_year_and_date_line_come_from_the_event(agency_event, make_employee, keys,
                                                       tmp_path):
    agency_event.starts_at = datetime(2024, 12, 31, 8, 0, tzinfo=zone("WIB"))
    outbox.update(agency_event)
    late = datetime(2025, 1, 2, 9, 0, tzinfo=zone("WIB"))
    path, _, number = one(agency_event, make_employee(agency_event), tmp_path, at=late)
    [text] = texts(path)
    assert number.endswith("/2024")
    assert "Sumedang, 31 Desember 2024" in text
    assert "(ditandatangani pada 2 Januari 2025)" in text  # the signing day, where it differs


def test_one_pledge_size_for_the_whole_batch(agency_event, make_employee, keys, tmp_path):
    long_unit = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten " \
        "Sumedang, Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian"
    people = [make_employee(agency_event, name="Budi", back=""),
              make_employee(agency_event, name=LONG, front="Prof. Dr. Ir. Hj.",
                            back=TITLED_BACK, unit=long_unit, position=long_unit)]
    for seed, person in enumerate(people, 1):
        sign(agency_event, person, seed)
    out = tmp_path / "batch.pdf"
    generate(select_batch(agency_event), out)
    point = "Menolak politik uang"
    sizes = set()
    for page in range(2):
        sizes |= {round(run[3], 2) for run in text_runs(out, page) if point in run[0]}
    assert len(sizes) == 1, sizes


# --- drafts -------------------------------------------------------------------------------------


def test_draft_says_draf_and_cannot_verify(agency_event, make_employee, keys, tmp_path):
    path, layout, _ = one(agency_event, make_employee(agency_event), tmp_path, draft=True)
    [text] = texts(path)
    assert "DRAF" in text and "bukan dokumen resmi" in text and "draft_stamp" in layout.boxes
    assert read_qr(colour_page(path, 150)) == []
    report = check_file(path, agency_public_key(), render_pdf=pdf_pages)
    assert report.status != "valid"


def test_final_needs_logo_signature_and_seal(store):
    assert set(missing_assets()) == {"logo", "official_signature", "seal"}
    agency_images(signature=False)
    assert missing_assets() == ["official_signature"]  # the generated seal has the logo
    agency_images()
    assert missing_assets() == []


def test_cli_refuses_final_pages_without_images_but_prints_a_draft(
        agency_event, make_employee, store, data_dir, tmp_path, capsys):
    from ikrar.cli import main
    from ikrar.store.db import close_db

    certify_local_station(init_agency_key(None))
    sign(agency_event, make_employee(agency_event))
    close_db()
    out = tmp_path / "c.pdf"
    assert main(["--data-dir", str(data_dir), "certificates", str(out)]) != 0
    err = capsys.readouterr().err
    assert "logo" in err and "--draft" in err and "Traceback" not in err and not out.exists()
    assert main(["--data-dir", str(data_dir), "certificates", str(out), "--draft"]) == 0
    assert "DRAFT" in capsys.readouterr().out and out.exists()
    assert "DRAF" in texts(out)[0]
    assert CertificatePrint.select().count() == 0  # a draft is never a print


# --- the pakta integritas -----------------------------------------------------------------------


def test_pakta_is_a_first_person_statement_numbered_and_verified_as_a_pakta(
        agency_event, make_employee, keys, tmp_path):
    agency_event.documents = "pakta"
    outbox.update(agency_event)
    employee = make_employee(agency_event, name="Ahmad Fauzi", front="Dr.", back="M.Si.",
                             nip="199001012015011001", position="Analis Kebijakan")
    path, layout, number = one(agency_event, employee, tmp_path)
    [text] = texts(path)
    for expected in ("PAKTA INTEGRITAS", "NETRALITAS APARATUR SIPIL NEGARA",
                     "Saya yang bertanda tangan di bawah ini:", "Nama : Dr. Ahmad Fauzi, M.Si.",
                     "NIP : 19900101 201501 1 001", "Analis Kebijakan",
                     "dengan ini menyatakan bahwa", "saya akan:", "Menolak politik uang",
                     "Demikian pakta integritas ini saya buat", "Mengetahui,",
                     "Yang membuat pernyataan,", OFFICIAL, "Sumedang, 10 Juli 2024",
                     f"Nomor: {number}"):
        assert expected in text, expected
    assert "SERTIFIKAT" not in text and "berikrar" not in text
    # The attendee signs on the right, over their own name; the official's block on the left.
    assert layout.boxes["attendee_signature"][0] > layout.boxes["official_signature"][0]
    [code] = read_qr(colour_page(path, 150))
    checked = verify_code(code, agency_public_key())
    assert (checked.kind, checked.claim.number) == ("pakta", number)
    report = check_file(path, agency_public_key(), render_pdf=pdf_pages)
    assert report.status == "valid"
    assert report.pages[0].codes[0].details["document"] == "pakta"


def test_both_prints_a_certificate_then_a_pakta_each_with_its_own_code(
        agency_event, make_employee, keys, tmp_path):
    agency_event.documents = "both"
    outbox.update(agency_event)
    sign(agency_event, make_employee(agency_event))
    out = tmp_path / "both.pdf"
    generate(select_batch(agency_event), out)
    first, second = texts(out)
    assert "SERTIFIKAT" in first and "PAKTA INTEGRITAS" in second
    report = check_file(out, agency_public_key(), render_pdf=pdf_pages, page_text=pdf_texts)
    assert report.status == "valid"
    kinds = [page.codes[0].details["document"] for page in report.pages]
    assert kinds == ["certificate", "pakta"]


def test_ikrar_verify_says_pakta_integritas(agency_event, make_employee, keys, data_dir,
                                            tmp_path, capsys):
    from ikrar.cli import main
    from ikrar.store.db import close_db

    agency_event.documents = "pakta"
    outbox.update(agency_event)
    path, _, number = one(agency_event, make_employee(agency_event), tmp_path)
    [code] = read_qr(colour_page(path, 150))
    close_db()
    assert main(["--data-dir", str(data_dir), "verify", code]) == 0
    assert f"VALID pakta integritas {number}" in capsys.readouterr().out
