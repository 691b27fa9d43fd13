"""Verifying printed certificates as a forger would attack them, as a phone would photograph
them, and with the files people actually send (wrong names, empty, huge, bombs)."""

from __future__ import annotations

import io
import random
import struct
import zlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from tests.core import certificate_vectors as vectors

from ikrar.core.certificate_code import CertificateFields, sign_code
from ikrar.core.dates import zone
from ikrar.core.keys import SigningKey, StationCertificate
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import generate, select_batch
from ikrar.documents.certificate import write_certificate
from ikrar.documents.certificate_data import page_for
from ikrar.documents.verify import MAX_FILE_BYTES, DecodeError, InputError, read_qr
from ikrar.documents.verify_report import INVALID, UNREADABLE, VALID, check_file, check_text
from ikrar.store.checkin import check_in
from ikrar.store.keystore import agency_public_key, certify_local_station, init_agency_key
from ikrar.ui.widgets.render import pdf_pages, pdf_texts
from support import render_pdf

SIGNED_AT = datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB"))


@pytest.fixture
def keys(store):
    certify_local_station(init_agency_key(None))


def sign(event, employee, seed: int = 1):
    return check_in(event, employee, synthetic_signature(seed), method="badge",
                    pledge_hash=event.pledge_hash, at=SIGNED_AT)


@pytest.fixture
def two(event, make_employee, keys):
    """Two signed attendees with numbered certificates: (number of Ani, number of Budi)."""
    ani = make_employee(event, name="Ani Lestari", front="Dr.", back="M.Si.")
    budi = make_employee(event, name="Budi Santoso", back="S.Kom.")
    sign(event, ani, 1)
    sign(event, budi, 2)
    records = select_batch(event).records
    by_name = {page_for(r.number)[1].name: r.number for r in records}
    return by_name["Dr. Ani Lestari, M.Si."], by_name["Budi Santoso, S.Kom."]


def write(path: Path, issuer, data) -> Path:
    write_certificate(str(path), issuer, data)
    return path


def check(path: Path):
    """As `ikrar verify` and the verify page check: QtPdf renders the pages and reads their
    text."""
    return check_file(path, agency_public_key(), render_pdf=pdf_pages, page_text=pdf_texts)


def only_code(report):
    [code] = report.codes
    return code


# --- the page bound to its code -------------------------------------------------------------


def test_the_genuine_page_is_valid_and_compared(two, tmp_path):
    issuer, data = page_for(two[0])
    report = check(write(tmp_path / "ani.pdf", issuer, data))
    assert report.status == VALID
    assert report.pages[0].compared and not report.compare_by_eye
    code = only_code(report)
    assert code.details["signed_name"] == "Dr. Ani Lestari, M.Si."
    assert code.details["copy"] == 0 and code.details["number"] == two[0]
    assert code.details["signed_at_text"].endswith("09.14 WIB")


def test_an_edited_name_is_invalid_naming_the_name(two, tmp_path):
    issuer, data = page_for(two[0])
    forged = replace(data, name="Dr. Anita Lestari, M.Si.")  # the original QR kept
    code = only_code(check(write(tmp_path / "f.pdf", issuer, forged)))
    assert code.status == INVALID and code.code == "mismatch"
    assert code.mismatches == ["name"]
    assert "Dr. Ani Lestari, M.Si." in code.reason


def test_an_edited_nip_is_invalid_naming_the_nip(two, tmp_path):
    issuer, data = page_for(two[0])
    forged = replace(data, nip="19900101 201501 1 099")
    code = only_code(check(write(tmp_path / "f.pdf", issuer, forged)))
    assert code.status == INVALID and code.mismatches == ["nip"]


def test_another_persons_qr_on_the_page_is_invalid(two, tmp_path):
    issuer, ani = page_for(two[0])
    _, budi = page_for(two[1])
    swapped = replace(ani, qr_text=budi.qr_text)
    code = only_code(check(write(tmp_path / "f.pdf", issuer, swapped)))
    assert code.status == INVALID
    assert set(code.mismatches) == {"name", "nip", "number"}


def test_a_copy_presented_as_the_original_is_invalid(two, tmp_path):
    issuer, copy = page_for(two[0], copy=2)
    assert check(write(tmp_path / "copy.pdf", issuer, copy)).status == VALID
    as_original = replace(copy, copy=0)  # SALINAN marks gone, the copy's QR kept
    code = only_code(check(write(tmp_path / "f.pdf", issuer, as_original)))
    assert code.status == INVALID and code.mismatches == ["copy"]
    # and a genuine original page with a copy stamp added
    _, original = page_for(two[0])
    stamped = replace(original, copy=1)
    assert only_code(check(write(tmp_path / "g.pdf", issuer, stamped))).mismatches == ["copy"]


def test_another_agencys_key_is_invalid(two, tmp_path):
    issuer, data = page_for(two[0])
    stranger, station = SigningKey.generate(), SigningKey.generate()
    cert = StationCertificate.issue(stranger, "st", "Meja 1", station.public,
                                    today=date(2024, 1, 1), valid_days=4000)
    fields = CertificateFields(data.name, "199001012015011001", data.number, "e", SIGNED_AT, 0,
                               "ab" * 32, date.today())
    foreign = replace(data, qr_text=sign_code(fields, station, cert))
    code = only_code(check(write(tmp_path / "f.pdf", issuer, foreign)))
    assert code.status == INVALID and code.code == "agency"
    assert "another agency" in code.reason


def test_a_typed_code_asks_to_compare_with_the_paper(two):
    _, data = page_for(two[0], copy=3)
    report = check_text(data.qr_text, agency_public_key())
    assert report.status == VALID and report.compare_by_eye
    code = only_code(report)
    assert (code.details["signed_name"], code.details["copy"]) == ("Dr. Ani Lestari, M.Si.", 3)
    # the URL form a phone opens works the same
    url_form = "https://bkpsdm.example.go.id/ikrar/#" + data.qr_text
    assert check_text(url_form, agency_public_key()).status == VALID


def test_a_60_page_batch_is_checked_page_by_page(event, make_employee, keys, tmp_path):
    for i in range(60):
        sign(event, make_employee(event, name=f"Pegawai {i:02d}"), i + 1)
    out = tmp_path / "batch.pdf"
    generate(select_batch(event), out, workers=1)
    report = check(out)
    assert report.status == VALID
    assert [p.page for p in report.pages] == list(range(1, 61))
    assert all(p.compared and len(p.codes) == 1 for p in report.pages)
    assert report.summary() == "60 pages: 60 valid"
    names = {c.details["signed_name"] for c in report.codes}
    assert len(names) == 60


def test_one_forged_page_in_a_batch_is_named(two, tmp_path):
    from pypdf import PdfWriter

    issuer, ani = page_for(two[0])
    _, budi = page_for(two[1])
    pages = [write(tmp_path / "1.pdf", issuer, ani),
             write(tmp_path / "2.pdf", issuer, replace(budi, name="Budi Santosa, S.Kom.")),
             write(tmp_path / "3.pdf", issuer, budi)]
    writer = PdfWriter()
    for path in pages:
        writer.append(str(path))
    joined = tmp_path / "joined.pdf"
    with open(joined, "wb") as fh:
        writer.write(fh)
    report = check(joined)
    assert report.status == INVALID
    assert report.summary() == "3 pages: 2 valid, 1 invalid"
    assert [p.page for p in report.failures()] == [2]


# --- photographs and scans ------------------------------------------------------------------


def noise(size: tuple[int, int], seed: int, sigma: float = 12) -> Image.Image:
    """Gaussian sensor noise around 128, from a seeded 256×256 tile: the same every run."""
    rng = random.Random(seed)
    tile = Image.frombytes("L", (256, 256), bytes(
        max(0, min(255, round(128 + rng.gauss(0, sigma)))) for _ in range(256 * 256)))
    out = Image.new("L", size)
    for x in range(0, size[0], 256):
        for y in range(0, size[1], 256):
            out.paste(tile.rotate(90 * ((x + y) // 256 % 4)), (x, y))
    return out


def photo(pdf: Path, dpi: int, seed: int = 1, blur: float = 1.5) -> Image.Image:
    """A phone photo of the printed page: 7° tilt, blur σ 1.5, sensor noise, JPEG quality 40."""
    [page] = render_pdf(pdf, dpi)
    tilted = page.convert("L").rotate(7, expand=True, fillcolor=255,
                                      resample=Image.Resampling.BICUBIC)
    blurred = tilted.filter(ImageFilter.GaussianBlur(blur))
    noisy = ImageChops.add(blurred, noise(blurred.size, seed), 1.0, -128)
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=40)
    return Image.open(io.BytesIO(buffer.getvalue()))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_blurred_tilted_noisy_jpeg_at_150_dpi_verifies(two, tmp_path, seed):
    issuer, data = page_for(two[0])
    pdf = write(tmp_path / "ani.pdf", issuer, data)
    shot = tmp_path / "foto.jpg"
    photo(pdf, 150, seed).save(shot, quality=95)  # saved as the phone did: a JPEG
    report = check(shot)
    assert report.status == VALID and report.compare_by_eye
    assert only_code(report).details["signed_name"] == "Dr. Ani Lestari, M.Si."


def test_a_300_dpi_render_scaled_to_a_quarter_verifies(two, tmp_path):
    issuer, data = page_for(two[0])
    [page] = render_pdf(write(tmp_path / "ani.pdf", issuer, data), 300)
    small = page.resize((page.width // 4, page.height // 4), Image.Resampling.LANCZOS)
    path = tmp_path / "small.png"
    small.save(path)
    assert check(path).status == VALID


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sharpening_reads_photos_zxing_alone_gives_up_on(two, tmp_path, seed):
    """A fixed code (the test vectors' keys, URL form: the longest) so the QR is the same every
    run: zxing-cpp alone misses it in the blurred photo, the sharpened retries read it."""
    issuer, data = page_for(two[0])
    code = sign_code(vectors.ORIGINAL, vectors.STATION, vectors.STATION_CERT, url=vectors.URL)
    shot = photo(write(tmp_path / "ani.pdf", issuer, replace(data, qr_text=code)), 150, seed)
    assert read_qr(shot, thorough=False) == []
    assert read_qr(shot) == [code]


# --- bad input ------------------------------------------------------------------------------


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims width × height pixels: what a decompression bomb starts with."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\0" * 4096)) + chunk(b"IEND", b""))


def test_a_decompression_bomb_is_refused_with_a_message(store, tmp_path):
    bomb = tmp_path / "bom.png"
    bomb.write_bytes(_png_header(20000, 20000))
    with pytest.raises(InputError, match="more than 120 million pixels") as caught:
        check_file(bomb, SigningKey.generate().public, render_pdf=pdf_pages)
    assert caught.value.code == "decode.too_many_pixels" and caught.value.exit_code == 4


def test_a_jpeg_named_pdf_is_read_as_the_image_it_is(two, tmp_path):
    issuer, data = page_for(two[0])
    [page] = render_pdf(write(tmp_path / "ani.pdf", issuer, data), 150)
    disguised = tmp_path / "sertifikat.pdf"
    page.save(disguised, "JPEG", quality=85)
    report = check(disguised)
    assert report.kind == "image" and report.status == VALID


def test_empty_huge_and_foreign_files_are_refused(store, tmp_path):
    public = SigningKey.generate().public
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="is empty"):
        check_file(empty, public, render_pdf=pdf_pages)
    huge = tmp_path / "besar.pdf"
    with open(huge, "wb") as fh:  # sparse: no disk is filled
        fh.write(b"%PDF-1.7\n")
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="more than Ikrar reads"):
        check_file(huge, public, render_pdf=pdf_pages)
    text = tmp_path / "catatan.png"
    text.write_text("bukan gambar")
    with pytest.raises(InputError, match="neither a PDF nor a picture"):
        check_file(text, public, render_pdf=pdf_pages)


def test_a_page_without_a_code_is_unreadable_not_invalid(store, tmp_path):
    blank = tmp_path / "putih.png"
    Image.new("L", (600, 800), 255).save(blank)
    report = check_file(blank, SigningKey.generate().public, render_pdf=pdf_pages)
    assert report.status == UNREADABLE and report.pages[0].reason


def test_a_truncated_pdf_is_a_decode_error(store, tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(DecodeError, match="not a readable PDF"):
        check_file(broken, SigningKey.generate().public, render_pdf=pdf_pages)
