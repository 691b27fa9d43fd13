from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ikrar.core.keys import SigningKey, StationCertificate, VerificationError
from ikrar.core.payloads import CertificateClaim, sign_badge, sign_certificate
from ikrar.documents.badges import BadgeInfo, write_badge_sheets
from ikrar.documents.qr import draw_qr, module_size_mm
from ikrar.documents.verify import (
    DecodeError,
    embedded_images,
    pdf_pages_qr_texts,
    qr_texts,
    read_qr,
    verify_payload,
)
from ikrar.documents.verify import verify_file as verify_with
from ikrar.ui.widgets.render import pdf_pages
from support import render_pdf


def verify_file(path: Path, public):
    return verify_with(path, public, render_pdf=pdf_pages)


AGENCY = SigningKey.from_seed(bytes(range(32)))
STATION = SigningKey.from_seed(bytes(range(32, 64)))
STATION_CERT = StationCertificate.issue(
    AGENCY, "0190a0b0-1234-7abc-8def-0123456789ab", "Meja 3", STATION.public,
    today=date(2024, 7, 1),
)
NIP = "199001012015011001"
CLAIM = CertificateClaim(
    "0001/M3/NETRAL/2024", NIP, "0190a0b0-0000-7000-8000-000000000001",
    datetime(2024, 7, 10, 8, 42, 17, tzinfo=timezone(timedelta(hours=7))),
    hashlib.sha256(b"strokes").hexdigest(),
)
CERT_QR_MM = 34  # what the certificate page reserves for its QR


def certificate_code(claim: CertificateClaim = CLAIM) -> str:
    return sign_certificate(claim, STATION, STATION_CERT, issued_on=date(2024, 7, 10))


def page_with_qr(path: Path, text: str, size_mm: float = CERT_QR_MM) -> Path:
    """An A4 page shaped like a certificate: text above, the QR in the lower corner."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 12)
    for i, line in enumerate(("SERTIFIKAT", "Nomor 0001/M3/NETRAL/2024", "Budi Santoso")):
        canvas.drawString(30 * mm, 250 * mm - i * 8 * mm, line)
    draw_qr(canvas, text, 20 * mm, 12 * mm, size_mm * mm)
    canvas.save()
    return path


def png_of(pdf: Path, dpi: int = 150) -> Path:
    out = pdf.with_suffix(".png")
    render_pdf(pdf, dpi, range(1))[0].save(out)
    return out


def test_certificate_qr_modules_are_large_enough_for_150_dpi():
    assert module_size_mm(certificate_code(), CERT_QR_MM) >= 0.4


def test_certificate_pdf_verifies(tmp_path):
    result = verify_file(page_with_qr(tmp_path / "c.pdf", certificate_code()), AGENCY.public)
    assert result.kind == "certificate" and result.nip == NIP
    assert result.certificate.claim.number == CLAIM.number
    assert result.certificate.station_name == "Meja 3"


def test_certificate_png_at_150_dpi_verifies(tmp_path):
    image = png_of(page_with_qr(tmp_path / "c.pdf", certificate_code()), dpi=150)
    result = verify_file(image, AGENCY.public)
    assert result.certificate.claim == verify_payload(certificate_code(), AGENCY.public) \
        .certificate.claim


def test_small_qr_still_decodes_at_150_dpi(tmp_path):
    image = png_of(page_with_qr(tmp_path / "c.pdf", certificate_code(), size_mm=25), dpi=150)
    assert qr_texts(image, render_pdf=pdf_pages) == [certificate_code()]


def test_altered_certificate_in_a_pdf_fails_with_its_reason(tmp_path):
    forged_claim = CertificateClaim(CLAIM.number, "199001012015011002", CLAIM.event_id,
                                    CLAIM.signed_at, CLAIM.strokes_hash)
    good = certificate_code()
    forged = certificate_code(forged_claim)
    # splice: the forged claim's NIP with the genuine signature
    spliced = forged[:-103] + good[-103:]
    with pytest.raises(VerificationError) as caught:
        verify_file(page_with_qr(tmp_path / "f.pdf", spliced), AGENCY.public)
    assert caught.value.reason == "signature"


def test_badge_sheet_pdf_verifies(tmp_path):
    out = tmp_path / "badges.pdf"
    write_badge_sheets(out, [BadgeInfo("Budi Santoso", NIP, "Dinas Kominfo")], AGENCY)
    result = verify_file(out, AGENCY.public)
    assert (result.kind, result.nip, result.certificate) == ("badge", NIP, None)


def test_qtpdf_renders_the_codes_page_by_page(tmp_path):
    pdf = page_with_qr(tmp_path / "c.pdf", certificate_code())
    assert list(pdf_pages_qr_texts(pdf, pdf_pages)) == [[certificate_code()]]


def test_scanned_pdf_with_an_embedded_image(tmp_path):
    image = png_of(page_with_qr(tmp_path / "c.pdf", certificate_code()), dpi=200)
    scan = tmp_path / "scan.pdf"
    canvas = Canvas(str(scan), pagesize=A4)
    canvas.drawImage(str(image), 0, 0, *A4)
    canvas.save()
    texts = [t for page in embedded_images(scan) for t in read_qr(page)]
    assert texts == [certificate_code()]
    assert verify_file(scan, AGENCY.public).nip == NIP


def test_files_without_our_code(tmp_path):
    other = page_with_qr(tmp_path / "url.pdf", "https://example.org/sertifikat")
    with pytest.raises(DecodeError, match="1 other QR code"):
        verify_file(other, AGENCY.public)
    blank = tmp_path / "blank.pdf"
    Canvas(str(blank), pagesize=A4).save()
    with pytest.raises(DecodeError, match="no QR code"):
        verify_file(blank, AGENCY.public)
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image")  # the content decides, not the name
    with pytest.raises(DecodeError, match="neither a PDF nor a picture"):
        verify_file(junk, AGENCY.public)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(DecodeError, match="not a readable PDF"):
        verify_file(broken, AGENCY.public)
    with pytest.raises(DecodeError, match="does not exist"):
        verify_file(tmp_path / "none.pdf", AGENCY.public)


def test_verify_payload_dispatches_and_refuses_other_text():
    assert verify_payload(sign_badge(NIP, AGENCY), AGENCY.public).kind == "badge"
    assert verify_payload(certificate_code(), AGENCY.public).kind == "certificate"
    with pytest.raises(VerificationError) as caught:
        verify_payload(NIP, AGENCY.public)
    assert caught.value.reason == "format"
