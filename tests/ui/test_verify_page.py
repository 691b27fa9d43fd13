"""The verify page: a scanned, pasted or opened code gets a large VALID or INVALID, and why."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from ikrar.core.keys import SigningKey
from ikrar.core.payloads import sign_badge
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import generate, select_batch
from ikrar.documents.certificate import write_certificate
from ikrar.documents.verify import qr_texts
from ikrar.store.certificates import void
from ikrar.store.checkin import check_in
from ikrar.store.keystore import certify_local_station, init_agency_key, keys_dir
from ikrar.store.models import Certificate
from ikrar.ui.clerk.verify_page import VerifyPage, _for_the_desk
from ikrar.ui.widgets.render import pdf_pages
from support import both_documents


@pytest.fixture
def agency(store):
    key = init_agency_key(None)
    certify_local_station(key)
    return key


@pytest.fixture
def printed(event, make_employee, agency, tmp_path) -> tuple[Path, str]:
    """A certificate PDF of Ani Lestari and the text of its QR code."""
    person = make_employee(event, name="Ani Lestari", front="Dr.", back="M.Si.")
    check_in(event, person, synthetic_signature(3), method="badge", pledge_hash=event.pledge_hash)
    out = tmp_path / "sertifikat.pdf"
    generate(select_batch(event), out)
    (code,) = qr_texts(out, render_pdf=pdf_pages)
    return out, code


@pytest.fixture
def page(qtbot, store):
    page = VerifyPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def scan(qtbot, page, text: str):
    """What a keyboard-wedge scanner does: type the code into the focused field, then Enter."""
    page.code_edit.setFocus()
    with qtbot.waitSignal(page.checked) as blocker:
        qtbot.keyClicks(page.code_edit, text)
        qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    return blocker.args[0]


def shown(page) -> dict[str, str]:
    return {caption: label.text() for caption, label in page.detail_values.items()}


def test_a_scanned_certificate_is_valid_with_its_details(qtbot, page, printed, event):
    _, code = printed
    verdict = scan(qtbot, page, code)

    assert verdict.valid
    assert page.verdict_label.text() == "VALID"
    assert page.result.isVisible()
    assert page.headline_label.text() == "Pledge certificate of Dr. Ani Lestari, M.Si."
    number = Certificate.get().number
    details = shown(page)
    assert details["Number"] == number
    assert details["Event"] == event.title
    assert details["Signed"].endswith("WIB")
    assert details["Printed by"].startswith("Meja 1, ")
    assert page.reason_label.text() == ""
    # Ready for the next scan.
    assert page.code_edit.text() == "" and page.code_edit.hasFocus()


def test_an_altered_code_is_invalid_with_the_reason(qtbot, page, printed):
    _, code = printed
    i = 12  # inside the certificate number
    altered = code[:i] + ("A" if code[i] != "A" else "B") + code[i + 1:]

    verdict = scan(qtbot, page, altered)

    assert not verdict.valid
    assert page.verdict_label.text() == "INVALID"
    assert verdict.code in {"signature", "format"}
    assert page.reason_label.text() == page.reason_text(verdict.code)
    assert page.detail_label.text() == verdict.detail

    verdict = scan(qtbot, page, "hello world")
    assert verdict.code == "format"
    assert page.reason_label.text() == (
        "The code is damaged, or it is not an Ikrar certificate or badge.")


def test_a_voided_certificate_is_invalid_though_its_signatures_hold(qtbot, page, printed):
    _, code = printed
    void(Certificate.get().number, "salah cetak nama")
    verdict = scan(qtbot, page, code)
    assert not verdict.valid and verdict.code == "voided"
    assert page.reason_label.text() == "The signatures hold, but this certificate was voided."
    assert shown(page)["Number"] == Certificate.get().number


def test_badges_verify_and_foreign_badges_do_not(qtbot, page, agency, make_employee):
    person = make_employee(name="Budi Santoso")
    verdict = scan(qtbot, page, sign_badge(person.nip, agency))
    assert verdict.valid
    assert page.headline_label.text() == "Employee badge of Budi Santoso, S.Kom."

    stranger = SigningKey.from_seed(bytes(range(32)))
    verdict = scan(qtbot, page, sign_badge(person.nip, stranger))
    assert not verdict.valid and verdict.code == "key_id"
    assert "another agency" in page.reason_label.text()


def test_a_pdf_is_read_in_the_background(qtbot, page, printed, monkeypatch):
    pdf, _ = printed
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(page.checked, timeout=60_000) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert page.runner.busy
    assert blocker.args[0].valid
    assert page.verdict_label.text() == "VALID"


def test_a_picture_without_a_code_says_so(qtbot, page, agency, tmp_path, monkeypatch):
    blank = tmp_path / "kosong.png"
    Image.new("L", (400, 300), 255).save(blank)
    page.code_edit.setText(str(blank))  # a path typed or pasted works too
    with qtbot.waitSignal(page.checked, timeout=60_000) as blocker:
        page.check_button.click()
    assert blocker.args[0].code == "no_code"
    assert page.verdict_label.text() == "INVALID"
    assert "No Ikrar code was found" in page.reason_label.text()


def test_without_the_agency_key_it_asks_for_the_key_file(qtbot, page, agency, printed,
                                                         monkeypatch):
    _, code = printed
    public = keys_dir() / "agency.pub"
    saved = public.read_bytes()
    public.unlink()
    page.code_edit.setText(code)
    page.check_button.click()
    assert page.verdict is None
    assert "does not hold the agency's public key" in page.notice.text()

    elsewhere = public.with_name("kunci-bkd.pub")
    elsewhere.write_bytes(saved)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(elsewhere), ""))
    assert page.choose_key()
    assert agency.public.key_id in page.key_label.text()
    # The code waited in the field: Check again.
    with qtbot.waitSignal(page.checked) as blocker:
        page.check_button.click()
    assert blocker.args[0].valid


def test_a_scanned_code_shows_what_it_signs_to_compare_with_the_paper(qtbot, page, printed):
    _, code = printed
    scan(qtbot, page, "https://bkpsdm.example.go.id/ikrar/#" + code)  # the phone's URL form
    assert page.verdict_label.text() == "VALID"
    lines = page.compare_label.text().split("\n")
    assert lines[0] == "Dr. Ani Lestari, M.Si."
    assert lines[1].startswith("NIP ") and lines[2] == f"No. {Certificate.get().number}"
    assert lines[3] == "Original"
    assert "Compare the name" in page.compare_note.text()
    assert page.compare_label.font().pointSizeF() > page.detail_font.pointSizeF()


def test_a_batch_pdf_shows_a_summary_and_needs_no_comparison(qtbot, page, printed, event,
                                                             make_employee, monkeypatch):
    pdf, _ = printed
    person = make_employee(event, name="Budi Santoso")
    check_in(event, person, synthetic_signature(4), method="badge", pledge_hash=event.pledge_hash)
    generate(select_batch(event, not_printed=False), pdf)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(page.checked, timeout=60_000) as blocker:
        page.open_button.click()
    assert blocker.args[0].valid
    assert page.summary_label.text() == "2 pages: 2 valid"
    assert page.compare_label.text() == ""  # the pages' text was compared already


@pytest.fixture
def forged(event, make_employee, store, tmp_path):
    """A certificate page (title SERTIFIKAT) carrying the same attendee's pakta code."""
    issuer, data = both_documents(event, make_employee, seed=2)
    out = tmp_path / "sertifikat.pdf"
    write_certificate(str(out), replace(issuer, documents=("certificate",)),
                      replace(data, qr_text=data.pakta_qr_text))
    return out


def test_a_pakta_code_on_a_certificate_page_is_not_genuine(qtbot, page, forged, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(forged), ""))
    with qtbot.waitSignal(page.checked, timeout=60_000) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    verdict = blocker.args[0]
    assert not verdict.valid and verdict.mismatches == ("document",)
    assert page.verdict_label.text() == "INVALID"
    said = page.reason_label.text()
    assert "PAKTA INTEGRITAS" in said and "not genuine" in said


def test_details_for_the_desk_leave_out_commands():
    assert _for_the_desk("The station certificate of 'Meja 1' is valid from 2024-01-01 to "
                         "2024-12-31, not on 2025-01-02. Certify the station again (`ikrar "
                         "keys certify-station`).") == (
        "The station certificate of 'Meja 1' is valid from 2024-01-01 to 2024-12-31, not on "
        "2025-01-02.")
    assert _for_the_desk("The code is damaged.") == "The code is damaged."
