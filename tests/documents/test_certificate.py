"""One certificate page: what it says, its QR, and that long text stays inside its boxes."""

from __future__ import annotations

import io
import math
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from ikrar.core.dates import zone
from ikrar.core.pledge import parse_pledge
from ikrar.core.strokes import synthetic_signature
from ikrar.documents import fonts
from ikrar.documents.batch import BatchError, select_batch
from ikrar.documents.certificate import Layout, write_certificate
from ikrar.documents.certificate_data import issuer_for, page_for
from ikrar.documents.letterhead import PAGE_H, PAGE_W
from ikrar.documents.seal import RADII_MM, AssetError, Seal, assets_dir
from ikrar.store import outbox
from ikrar.store.checkin import check_in
from ikrar.store.keystore import agency_public_key, certify_local_station, init_agency_key
from ikrar.store.models import Signature
from support import render_pdf

SIGNED_AT = datetime(2024, 7, 10, 9, 14, tzinfo=zone("WIB"))
LONG_NAME = ("Raden Muhammad Abdurrahman Wahyudin Kusumadinata Suryaatmadja "
             "Wiranatakusumah Purbanegara Sastradiningrat Kartawinata Natakusumah")[:120]
LONG_POSITION = ("Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan pada Bidang Pengelolaan "
                 "Data dan Sistem Informasi Kepegawaian dan Pengembangan Kompetensi Aparatur "
                 "Sipil Negara Daerah Kabupaten Sumedang Provinsi Jawa Barat Indonesia")[:200]
LONG_UNIT = ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Sumedang "
             "Provinsi Jawa Barat, Bidang Pengadaan, Pemberhentian, Informasi dan Pembinaan "
             "Aparatur Sipil Negara, Sub Bidang Data dan Informasi")[:200]


@pytest.fixture
def keys(store):
    certify_local_station(init_agency_key(None))


def sign(event, employee, seed: int = 1):
    return check_in(event, employee, synthetic_signature(seed), method="badge",
                    pledge_hash=event.pledge_hash, at=SIGNED_AT)


def print_one(event, employee, tmp_path: Path, *, copy: int = 0) -> tuple[Path, Layout]:
    sign(event, employee)
    [record] = select_batch(event).records
    issuer, data = page_for(record.number, copy)
    path = tmp_path / "one.pdf"
    return path, write_certificate(str(path), issuer, data)


def flat(text: str) -> str:
    return " ".join(text.split())


def render(pdf: Path, dpi: int) -> Image.Image:
    """The first page as a greyscale image."""
    return render_pdf(pdf, dpi, range(1))[0]


# --- where the text is ----------------------------------------------------------------------

_FONTS = (("Sans-Bold", fonts.SANS_BOLD), ("Sans", fonts.SANS),
          ("Serif-Bold", fonts.SERIF_BOLD), ("Serif-Italic", fonts.SERIF_ITALIC),
          ("Serif", fonts.SERIF))


def _mul(m, n):
    """Matrix product m × n of PDF matrices [a b c d e f] (row-vector convention)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F]


def text_runs(pdf: Path, page: int = 0
              ) -> list[tuple[str, tuple[float, float], tuple[float, float], float]]:
    """(text, start, end, size) of every text run on a page (the first), in page coordinates.

    pypdf reports text inside a form XObject in the form's own coordinates; the page's
    transformation at each `Do` is tracked so form text lands where it is drawn.
    """
    fonts.register_fonts()
    forms: list[list[float]] = [[1, 0, 0, 1, 0, 0]]
    runs = []

    def before(op, args, cm, tm):
        if op == b"Do":
            forms.append(_mul(cm, forms[-1]))

    def after(op, args, cm, tm):
        if op == b"Do":
            forms.pop()

    def visit(text, cm, tm, font, size):
        if not text.strip() or not font:
            return
        m = _mul(_mul(tm, cm), forms[-1])
        base = str(font.get("/BaseFont", ""))
        name = next(ours for key, ours in _FONTS if key in base)
        width = stringWidth(text.rstrip("\n"), name, size)
        x0, y0 = m[4], m[5]
        runs.append((text.strip(), (x0, y0), (x0 + width * m[0], y0 + width * m[1]),
                     size * math.hypot(m[0], m[1])))

    PdfReader(pdf).pages[page].extract_text(visitor_operand_before=before,
                                         visitor_operand_after=after, visitor_text=visit)
    return runs


def inside(point, box, slack: float = 1.5) -> bool:
    x, y = point
    bx, by, bw, bh = box
    return bx - slack <= x <= bx + bw + slack and by - slack <= y <= by + bh + slack


def assert_text_inside_boxes(pdf: Path, layout: Layout) -> None:
    runs = text_runs(pdf)
    assert len(runs) > 40
    for text, start, end, size in runs:
        top = (start[0], start[1] + 0.7 * size)
        homes = [name for name, box in layout.boxes.items()
                 if inside(start, box) and inside(end, box) and inside(top, box)]
        assert homes, f"{text!r} at {start}..{end} is outside every box"
        for x, y in (start, end):
            assert 14 <= x <= PAGE_W - 14 and 14 <= y <= PAGE_H - 14, text


# --- tests ----------------------------------------------------------------------------------


def test_text_has_name_nip_number_place_date_and_every_pledge_point(
        event, make_employee, keys, tmp_path):
    employee = make_employee(event, name="Ahmad Fauzi", front="Dr. H.", back="S.Kom., M.Si.",
                             nip="199001012015011001", rank="Pembina", grade="IV/a",
                             position="Analis Kebijakan Ahli Muda")
    path, _ = print_one(event, employee, tmp_path)
    text = flat(PdfReader(path).pages[0].extract_text())
    for expected in ("Dr. H. Ahmad Fauzi, S.Kom., M.Si.", "19900101 201501 1 001",
                     "Pembina, IV/a", "Analis Kebijakan Ahli Muda", "Dinas Kominfo",
                     "Sumedang, 10 Juli 2024", "Pj. Sekretaris Daerah", "Herman Suryatman",
                     "SERTIFIKAT", "menu Verifikasi pada aplikasi Ikrar",
                     "bukan tanda tangan elektronik tersertifikasi (TTE)"):
        assert expected in text
    # No command names or code quotes on an official paper, no claim to a certified e-signature.
    assert "`" not in text and "ikrar verify" not in text
    assert "ditandatangani secara elektronik" not in text and "sidik" not in text
    number = select_batch(event).records[0].number
    assert f"Nomor: {number}" in text
    pledge = parse_pledge(event.pledge_text)
    for point in (pledge.heading, pledge.preamble, *pledge.points, pledge.closing):
        assert flat(point) in text
    assert "SALINAN" not in text


def test_qr_at_150_dpi_decodes_and_verifies(event, make_employee, keys, tmp_path):
    import zxingcpp

    from ikrar.core.certificate_code import event_tag, verify_code

    employee = make_employee(event, nip="199001012015011001")
    path, _ = print_one(event, employee, tmp_path)
    page = render(path, 150)
    texts = [r.text for r in zxingcpp.read_barcodes(page) if r.format.name == "QRCode"]
    assert len(texts) == 1
    checked = verify_code(texts[0], agency_public_key())
    signature = Signature.get()
    assert checked.claim.number == select_batch(event).records[0].number
    assert checked.claim.nip == "199001012015011001"
    assert checked.event_tag == event_tag(str(event.id))
    assert (checked.name, checked.copy) == ("Budi Santoso, S.Kom.", 0)
    assert checked.claim.strokes_match(signature.strokes_hash)
    assert checked.claim.signed_at == SIGNED_AT


def test_long_name_position_and_unit_stay_inside(event, make_employee, keys, tmp_path):
    name = LONG_NAME
    employee = make_employee(event, name=name, front="Prof. Dr. H.",
                             back="S.H., M.H., M.Si.", position=LONG_POSITION, unit=LONG_UNIT)
    shown = f"Prof. Dr. H. {name}, S.H., M.H., M.Si."
    assert len(name) == 120 and len(LONG_UNIT) == len(LONG_POSITION) == 200
    event.witnesses = [{"role": "Bawaslu Kabupaten Sumedang", "name": "Ahmad Rifai, S.H.",
                        "title": "Ketua"}] * 4
    outbox.update(event)
    path, layout = print_one(event, employee, tmp_path)
    assert_text_inside_boxes(path, layout)
    text = flat(PdfReader(path).pages[0].extract_text())
    assert flat(shown) in text  # wrapped and shrunk, never cut
    assert LONG_UNIT in text and LONG_POSITION in text


def test_normal_page_text_inside_boxes_and_boxes_apart(event, make_employee, keys, tmp_path):
    path, layout = print_one(event, make_employee(event), tmp_path)
    assert_text_inside_boxes(path, layout)
    text_boxes = {k: b for k, b in layout.boxes.items()
                  if k not in ("seal", "official_signature", "letterhead", "watermark")}
    names = sorted(text_boxes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            ax, ay, aw, ah = text_boxes[a]
            bx, by, bw, bh = text_boxes[b]
            overlap = min(ax + aw, bx + bw) - max(ax, bx), min(ay + ah, by + bh) - max(ay, by)
            assert min(overlap) <= 1.0, f"{a} overlaps {b}"


def test_official_name_exactly_as_written_and_witnesses(event, make_employee, keys, tmp_path):
    event.official_name = "Dr. H. Herman Suryatman, M.Si."
    event.official_acting = True  # an old flag: no longer strips the titles
    event.witnesses = [{"role": "Bawaslu Kabupaten Sumedang", "name": "Ahmad Rifai, S.H.",
                        "title": "Ketua"}, {"role": "KPU", "name": "Siti Aminah", "title": ""}]
    event.letterhead = ["PEMERINTAH KABUPATEN SUMEDANG", "SEKRETARIAT DAERAH",
                        "Jl. Prabu Geusan Ulun No. 36, Sumedang"]
    outbox.update(event)
    path, _ = print_one(event, make_employee(event), tmp_path)
    text = flat(PdfReader(path).pages[0].extract_text())
    assert "Dr. H. Herman Suryatman, M.Si." in text
    for expected in ("Disaksikan oleh:", "Bawaslu Kabupaten Sumedang", "Ahmad Rifai, S.H.",
                     "Ketua", "Siti Aminah", "SEKRETARIAT DAERAH", "Jl. Prabu Geusan Ulun No. 36"):
        assert expected in text


def test_reprint_page_says_salinan_and_keeps_the_number(event, make_employee, keys, tmp_path):
    path, layout = print_one(event, make_employee(event), tmp_path, copy=2)
    number = select_batch(event).records[0].number
    text = flat(PdfReader(path).pages[0].extract_text())
    assert "SALINAN" in text and "ke-2" in text and f"Nomor: {number}" in text
    assert "copy_stamp" in layout.boxes and "watermark" in layout.boxes


def test_agency_images_are_used(event, make_employee, keys, tmp_path):
    folder = assets_dir()
    folder.mkdir(parents=True)
    Image.new("RGBA", (300, 300), (90, 40, 140, 160)).save(folder / "seal.png")
    Image.new("RGBA", (200, 240), (20, 90, 40, 255)).save(folder / "logo.png")
    Image.new("LA", (400, 150), (0, 0)).save(folder / "official_signature.png")
    issuer = issuer_for(event)
    assert issuer.seal.image is not None and issuer.logo and issuer.official_signature
    path, _ = print_one(event, make_employee(event), tmp_path)
    page = PdfReader(path).pages[0]
    assert len(page.images) >= 3


def test_generated_seal_has_the_given_radii(store, tmp_path):
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "seal.pdf"
    canvas = Canvas(str(path), pagesize=(50 * mm, 50 * mm))
    Seal("Pemerintah Kabupaten Sumedang").draw(canvas, 25 * mm, 25 * mm)
    canvas.save()
    dpi = 300
    ink = render(path, dpi).point(lambda v: 255 if v < 200 else 0)
    left, top, right, bottom = ink.getbbox()
    diameter_mm = (right - left) / dpi * 25.4
    assert RADII_MM == (17.0, 16.2, 10.6)
    assert abs(diameter_mm - 2 * RADII_MM[0]) < 0.6  # outer ring, line width included


@pytest.mark.parametrize("content, reason", [
    (b"not a png at all", "damaged or not an image"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "damaged or not an image"),
    (None, "no transparent background"),
])
def test_bad_seal_image_is_named(event, make_employee, keys, content, reason):
    folder = assets_dir()
    folder.mkdir(parents=True)
    seal = folder / "seal.png"
    if content is None:
        Image.new("RGB", (100, 100), "white").save(seal)
    else:
        seal.write_bytes(content)
    sign(event, make_employee(event))
    with pytest.raises(AssetError, match=reason) as caught:
        select_batch(event)
    assert str(seal) in str(caught.value)


def test_missing_seal_file_given_explicitly(store):
    from ikrar.documents.seal import load_seal

    with pytest.raises(AssetError, match="does not exist"):
        load_seal("Pemkab", assets_dir() / "cap.png")


def test_no_presiding_official_is_refused(event, make_employee, keys):
    event.official_name = ""
    outbox.update(event)
    sign(event, make_employee(event))
    with pytest.raises(BatchError, match="no presiding official"):
        select_batch(event)


def test_damaged_strokes_are_reported_with_the_number(event, make_employee, keys, tmp_path):
    sign(event, make_employee(event))
    [record] = select_batch(event).records
    issuer, data = page_for(record.number)
    from ikrar.core.errors import IkrarError

    with pytest.raises(IkrarError, match=record.number):
        write_certificate(str(tmp_path / "x.pdf"), issuer, replace(data, strokes=b"IKS\x09\x00"))


def test_huge_agency_image_is_brought_down_to_print_size(store):
    from ikrar.documents.seal import MAX_SIDE_PX, load_picture

    folder = assets_dir()
    folder.mkdir(parents=True)
    Image.new("RGBA", (3000, 2400), (90, 40, 140, 100)).save(folder / "seal.png")
    picture = load_picture(folder / "seal.png", "seal", need_alpha=True)
    assert (picture.width, picture.height) == (MAX_SIDE_PX, MAX_SIDE_PX * 4 // 5)
    with Image.open(io.BytesIO(picture.data)) as image:
        assert image.mode == "RGBA"


def test_a_pledge_too_long_for_the_page_is_refused(event, make_employee, keys, tmp_path):
    from ikrar.documents.batch import generate
    from ikrar.documents.certificate import LayoutError
    from ikrar.store.pledges import set_pledge

    points = "\n".join(f"{i}. " + "Menjaga netralitas dan integritas aparatur negara. " * 8
                       for i in range(1, 31))
    set_pledge(event, f"IKRAR PANJANG\n\nKami berikrar:\n\n{points}")
    sign(event, make_employee(event))
    with pytest.raises(LayoutError, match="too long"):
        generate(select_batch(event), tmp_path / "x.pdf")
    assert list(tmp_path.glob("x.pdf*")) == []
