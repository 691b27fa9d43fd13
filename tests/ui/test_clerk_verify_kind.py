"""The verify page on a forged page: a genuine pakta code pasted on a certificate page."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import select_batch
from ikrar.documents.certificate import write_certificate
from ikrar.documents.certificate_data import page_for
from ikrar.store import outbox
from ikrar.store.checkin import check_in
from ikrar.store.keystore import certify_local_station, init_agency_key
from ikrar.ui.clerk.verify_page import VerifyPage, _for_the_desk
from support import agency_images


@pytest.fixture
def forged(event, make_employee, store, tmp_path):
    """A certificate page (title SERTIFIKAT) carrying the same attendee's pakta code."""
    certify_local_station(init_agency_key(None))
    agency_images()
    event.documents = "both"
    outbox.update(event)
    person = make_employee(event, name="Ani Lestari", front="Dr.", back="M.Si.")
    check_in(event, person, synthetic_signature(2), method="badge",
             pledge_hash=event.pledge_hash, at=datetime(2024, 7, 10, 9, tzinfo=zone("WIB")))
    [record] = select_batch(event).records
    issuer, data = page_for(record.number)
    out = tmp_path / "sertifikat.pdf"
    write_certificate(str(out), replace(issuer, documents=("certificate",)),
                      replace(data, qr_text=data.pakta_qr_text))
    return out


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
