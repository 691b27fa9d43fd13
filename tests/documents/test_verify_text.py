"""The page text verification compares with the code, read by QtPdf (what `ikrar verify` and the
verify page use: the engine that renders the page, some twenty times faster than pypdf) and by
pypdf (the default): both must find the same name, NIP, number and copy marks on every kind of
page, and condemn every forgery alike."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfWriter

from ikrar.core.dates import zone
from ikrar.core.keys import SigningKey
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import select_batch
from ikrar.documents.certificate import write_certificate
from ikrar.documents.certificate_data import page_for
from ikrar.documents.verify import DecodeError
from ikrar.documents.verify_report import (
    INVALID,
    VALID,
    check_file,
    page_texts,
    printed_fields,
)
from ikrar.store.checkin import check_in
from ikrar.store.keystore import agency_public_key, certify_local_station, init_agency_key
from ikrar.ui.widgets.render import pdf_pages, pdf_texts

# (front title, name, back title): titles on both sides, a name long enough to wrap onto a
# second line, apostrophes and hyphens, accents composed and decomposed.
PEOPLE = [
    ("Dr.", "Ani Lestari", "M.Si."),
    ("Prof. Dr. Ir. H.", "Raden Mas Muhammad Abdurrahman Wahyudi Kusumaningrat Hadiningrat "
     "Sastrowardoyo Mangkunegoro", "S.T., M.T., M.Sc., Ph.D., IPU"),
    ("", "Siti Nur'aini Al-Amin", "S.Kom."),
    ("Drs.", "Ketut Wédari Ñoman", "M.Pd."),
    ("", unicodedata.normalize("NFD", "Ayu Wédari"), ""),
]


@pytest.fixture
def numbers(event, make_employee, store) -> list[str]:
    certify_local_station(init_agency_key(None))
    for seed, (front, name, back) in enumerate(PEOPLE, 1):
        person = make_employee(event, name=name, front=front, back=back)
        check_in(event, person, synthetic_signature(seed), method="badge",
                 pledge_hash=event.pledge_hash, at=datetime(2024, 7, 10, 9, tzinfo=zone("WIB")))
    return [r.number for r in select_batch(event).records]


def write(path: Path, certificate: str, signed_copy: int = 0, /, **changes) -> Path:
    """The certificate's page signed as `signed_copy`, printed with `changes`."""
    issuer, data = page_for(certificate, signed_copy)
    write_certificate(str(path), issuer, replace(data, **changes))
    return path


def check(path: Path, engine, public=None):
    return check_file(path, public or agency_public_key(), render_pdf=pdf_pages,
                      page_text=engine)


def test_both_engines_read_the_same_fields_from_every_kind_of_page(numbers, tmp_path):
    pages = [write(tmp_path / f"{i}-{copy}.pdf", number, copy)
             for i, number in enumerate(numbers) for copy in (0, 2)]
    writer = PdfWriter()
    for page in pages:
        writer.append(str(page))
    batch = tmp_path / "batch.pdf"
    with open(batch, "wb") as fh:
        writer.write(fh)
    qt, py = pdf_texts(batch), page_texts(batch)
    assert len(qt) == len(py) == len(pages)
    for page, (qt_text, py_text) in enumerate(zip(qt, py, strict=True)):
        fields = printed_fields(qt_text)
        assert fields == printed_fields(py_text), f"page {page + 1}"
        assert fields["copy"] == (["2", "2"] if page % 2 else [])  # stamp and footer
        assert len(fields["name"]) == 1 and len(fields["number"]) == 2
    report = check(batch, pdf_texts)
    assert report.status == VALID, report.to_json()
    assert all(p.compared for p in report.pages)
    [long] = [c.details["signed_name"] for c in report.codes if "Raden Mas" in c.details[
        "signed_name"]][:1]
    assert long.startswith("Prof. Dr. Ir. H. Raden Mas") and long.endswith("IPU")
    # it wraps: both engines break the printed name where the comparison must look past it
    assert all(long not in text for text in qt + py)
    assert sum(long in " ".join(text.split()) for text in qt + py) == 4  # 2 pages × 2 engines
    assert [c.details["copy"] for c in report.codes] == [0, 2] * len(PEOPLE)


FORGERIES = {
    "edited name": (dict(name="Dr. Anita Lestari, M.Si."), 0, ["name"]),
    "name without its titles": (dict(name="Ani Lestari"), 0, ["name"]),
    "edited NIP": (dict(nip="19900101 201501 1 099"), 0, ["nip"]),
    "edited number": (dict(number="0099/M1-0001/NETRAL/2024"), 0, ["number"]),
    "copy shown as the original": (dict(copy=0), 2, ["copy"]),
    "original stamped as a copy": (dict(copy=1), 0, ["copy"]),
    "copy 2 stamped copy 3": (dict(copy=3), 2, ["copy"]),
}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_every_forgery_fails_alike_with_both_engines(numbers, tmp_path, forgery):
    changes, copy, wrong = FORGERIES[forgery]
    forged = write(tmp_path / "f.pdf", numbers[0], copy, **changes)
    for engine in (pdf_texts, None):
        [code] = check(forged, engine).codes
        assert (code.status, code.mismatches) == (INVALID, wrong), engine


def test_another_persons_qr_fails_alike_with_both_engines(numbers, tmp_path):
    _, budi = page_for(numbers[2])
    swapped = write(tmp_path / "f.pdf", numbers[0], qr_text=budi.qr_text)
    for engine in (pdf_texts, None):
        [code] = check(swapped, engine).codes
        assert code.status == INVALID and set(code.mismatches) == {"name", "nip", "number"}


def test_qtpdf_refuses_a_damaged_pdf_as_pypdf_does(store, tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(DecodeError, match="not a readable PDF"):
        pdf_texts(broken)
    with pytest.raises(DecodeError, match="not a readable PDF"):
        check(broken, pdf_texts, SigningKey.generate().public)


def test_pages_rendered_straight_to_grey_equal_converted_colour_pages(numbers, tmp_path):
    """`pdf_pages` paints onto a grey image rather than converting a colour one: the same
    pixels, red SALINAN marks and grey text included."""
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    from ikrar.ui.widgets.render import page_image

    copy = write(tmp_path / "copy.pdf", numbers[0], 2)
    [grey] = list(pdf_pages(copy, 150))
    document = QPdfDocument()
    document.load(str(copy))
    colour = page_image(document, 0, 150).convertToFormat(QImage.Format.Format_Grayscale8)
    document.close()
    assert grey.format() == QImage.Format.Format_Grayscale8
    assert (grey.width(), grey.height()) == (colour.width(), colour.height()) == (1240, 1754)
    assert grey == colour
