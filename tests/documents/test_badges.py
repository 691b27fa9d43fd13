from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ikrar.core import badge_code
from ikrar.core.keys import SigningKey
from ikrar.core.names import display_name
from ikrar.core.nip import format_nip
from ikrar.core.payloads import verify_badge
from ikrar.documents.badges import (
    BADGE_H,
    BADGE_W,
    BLEED,
    GAP_X,
    GAP_Y,
    MARK_GAP,
    MARK_LEN,
    PER_PAGE,
    BadgeError,
    BadgeInfo,
    _fit_person,
    badge_position,
    print_badges,
    write_badge_sheets,
)
from ikrar.documents.fitting import fit_lines
from ikrar.documents.fonts import SANS_BOLD, register_fonts
from ikrar.store.models import AuditEvent
from support import add_employees, render_pdf

AGENCY = SigningKey.from_seed(bytes(range(32)))
LONG_NAME = ("Prof. Dr. Ir. H. Raden Muhammad Abdurrahman Wiryawinata Kusumadilaga "
             "Soerjoadiningrat, S.T., M.T., M.Sc., Ph.D.")
LONG_UNIT = ("Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data pada "
             "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sumedang Provinsi Jawa Barat, "
             "Sub Bagian Umum dan Kepegawaian Sekretariat")


def render(pdf: Path, dpi: int = 150) -> list[Image.Image]:
    return render_pdf(pdf, dpi)


def decode(page: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_every_qr_on_the_sheets_decodes_and_verifies(event, tmp_path):
    employees = add_employees(event, 13)
    out = tmp_path / "badges.pdf"
    count, pages = print_badges(out, AGENCY, event=event)
    assert (count, pages) == (13, 2)
    images = render(out, dpi=150)
    assert len(images) == 2
    found = [text for image in images for text in decode(image)]
    assert len(found) == 13
    assert sorted(verify_badge(text, AGENCY.public) for text in found) \
        == sorted(e.nip for e in employees)


def test_a_badge_qr_decodes_to_exactly_the_v2_digits(event, make_employee, tmp_path):
    """What a scanner reads off a printed badge: the 194 digits, nothing around them."""
    person = make_employee(event, name="Budi Santoso", nip="199001012015011001")
    out = tmp_path / "badges.pdf"
    print_badges(out, AGENCY, event=event)
    (found,) = decode(render(out, dpi=150)[0])
    assert found == badge_code.sign_badge(person.nip, AGENCY)  # Ed25519 signs deterministically
    assert found.isdigit() and found.startswith("91") and len(found) == 194
    assert verify_badge(found, AGENCY.public) == person.nip


def test_sheet_text_names_agency_people_and_units(event, make_employee, tmp_path):
    make_employee(event, name="Budi Santoso", front="Dr.", back="S.Kom., M.M.",
                  unit="Dinas Komunikasi dan Informatika", nip="199001012015011001")
    make_employee(event, name="Siti Rahmawati", back="", unit="Dinas Kesehatan",
                  nip="198502142010012003")
    out = tmp_path / "badges.pdf"
    print_badges(out, AGENCY, event=event)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "PEMERINTAH KABUPATEN SUMEDANG" in text
    assert "Dr. Budi Santoso, S.Kom., M.M." in text
    assert "19900101 201501 1 001" in text and "19850214 201001 2 003" in text
    assert "Dinas Komunikasi dan Informatika" in text
    assert "Deklarasi Netralitas ASN" in text


def test_unit_filter_and_audit(event, make_employee, tmp_path):
    make_employee(event, unit="Dinas Kesehatan")
    make_employee(event, unit="Dinas Kesehatan")
    make_employee(event, unit="Dinas Pendidikan")
    out = tmp_path / "kesehatan.pdf"
    assert print_badges(out, AGENCY, event=event, unit="Dinas Kesehatan") == (2, 1)
    logged = AuditEvent.select().where(AuditEvent.kind == "badges_print").get()
    assert logged.details["count"] == 2 and logged.details["unit"] == "Dinas Kesehatan"
    assert logged.details["key_id"] == AGENCY.public.key_id


def test_no_one_to_print_is_a_clear_error(event, tmp_path):
    with pytest.raises(BadgeError, match="no employees of unit 'Nowhere'"):
        print_badges(tmp_path / "x.pdf", AGENCY, event=event, unit="Nowhere")
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_a_clear_error(tmp_path):
    badge = BadgeInfo("Budi", "199001012015011001", "Dinas")
    with pytest.raises(BadgeError, match="Cannot write"):
        write_badge_sheets(tmp_path / "missing" / "x.pdf", [badge], AGENCY)


def test_long_name_and_unit_stay_inside_their_box(tmp_path):
    register_fonts()
    width, room = 48 * mm, 25 * mm
    name, unit = _fit_person(BadgeInfo(LONG_NAME, "199001012015011001", LONG_UNIT), width, room)
    assert not name.cut  # a 120-character name is printed whole, smaller
    assert " ".join(name.lines) == LONG_NAME
    assert name.height + unit.height <= room
    for fitted, font in ((name, SANS_BOLD), (unit, "IkrarSans")):
        for line in fitted.lines:
            assert stringWidth(line, font, fitted.size) <= width


def test_unbreakable_text_is_split_and_cut_not_overflowing():
    register_fonts()
    fitted = fit_lines("X" * 400, SANS_BOLD, 30 * mm, 2, 10, floor=6)
    assert fitted.cut and len(fitted.lines) == 2 and fitted.lines[-1].endswith("…")
    assert all(stringWidth(line, SANS_BOLD, fitted.size) <= 30 * mm for line in fitted.lines)


def test_long_fields_render_and_decode(tmp_path):
    badges = [BadgeInfo(LONG_NAME, "199001012015011001", LONG_UNIT),
              BadgeInfo("Ujang", "198502142010012003", "")]
    out = tmp_path / "long.pdf"
    write_badge_sheets(out, badges, AGENCY, agency_name="Pemerintah Daerah Provinsi Daerah "
                       "Khusus Ibukota Jakarta Sekretariat Daerah", event_title="Apel Gabungan")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Soerjoadiningrat, S.T., M.T., M.Sc., Ph.D." in text
    assert len(decode(render(out)[0])) == 2


def test_grid_fits_the_page_with_gaps_and_room_for_cut_marks():
    xs, ys = zip(*(badge_position(i) for i in range(PER_PAGE)), strict=True)
    # the bleed and the cut marks (MARK_GAP + MARK_LEN) stay on the page, 1.5 mm from its edge
    outside = MARK_GAP + MARK_LEN + 1.5 * mm
    assert min(xs) >= outside and max(xs) + BADGE_W <= 210 * mm - outside
    assert min(ys) >= outside and max(ys) + BADGE_H <= 297 * mm - outside
    assert len(set(zip(xs, ys, strict=True))) == PER_PAGE
    cards = [(x, y, x + BADGE_W, y + BADGE_H) for x, y in zip(xs, ys, strict=True)]
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:  # no two cards touch: at least 2 mm apart one way or the other
            apart = max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3])
            assert apart >= 2 * mm
    assert BLEED * 2 < min(GAP_X, GAP_Y) + BLEED  # bleeds stop short of the next card


MM_PX = 300 / 25.4  # pixels per mm at 300 dpi


def test_sheet_as_printed_has_gaps_bleed_and_big_enough_qrs(event, tmp_path):
    """From the rendered PDF: each band runs past its card's top and sides, the middle of every
    gap is white paper, and each QR is at least 20 mm wide and decodes."""
    add_employees(event, PER_PAGE)
    out = tmp_path / "badges.pdf"
    print_badges(out, AGENCY, event=event)
    (image,) = render(out, dpi=300)
    pixels = image.load()
    height = image.height

    def ink(x_mm: float, y_mm: float) -> int:  # PDF coordinates (from the bottom), in mm
        return pixels[round(x_mm * MM_PX), height - 1 - round(y_mm * MM_PX)]

    dark, paper = 120, 245
    for i in range(PER_PAGE):
        x, y = (v / mm for v in badge_position(i))
        w, h = BADGE_W / mm, BADGE_H / mm
        band_y = y + h - 5  # the band's middle height
        # the band reaches 1 mm past the card's left and right edges, and its top
        assert ink(x - 1, band_y) < dark and ink(x + w + 1, band_y) < dark
        assert ink(x + w / 2, y + h + 1) < dark
        # the gap beside the card (2.5 mm out, past the bleed) is white paper, at the height
        # of the body and of the band: neighbouring bands do not touch
        for side in (x - GAP_X / mm / 2, x + w + GAP_X / mm / 2):
            assert ink(side, y + 20) > paper and ink(side, band_y) > paper
        # below the card: white, so a low cut shows no band of the card underneath
        assert ink(x + w / 2, y - 0.7) > paper
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == PER_PAGE
    for result in found:
        pos = result.position
        side = max(abs(pos.top_right.x - pos.top_left.x), abs(pos.bottom_left.y - pos.top_left.y))
        assert side / MM_PX >= 20  # the code itself, without its quiet zone
        assert verify_badge(result.text, AGENCY.public)


def test_display_name_is_what_is_printed(event, make_employee, tmp_path):
    employee = make_employee(event, name="Euis Nurhayati", front="Hj.", back="S.Pd.")
    out = tmp_path / "b.pdf"
    print_badges(out, AGENCY, event=event)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert display_name(employee.name, employee.front_title, employee.back_title) in text
    assert format_nip(employee.nip) in text
