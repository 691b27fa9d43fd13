"""A page's title against the kind of document its code was signed for.

A pakta integritas and a certificate of the same attendee carry the same name, NIP and
number; only the kind of document differs, and the code names it (the domain it is signed
under). A genuine code pasted on the other document is a forgery the report must name.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ikrar.documents import certificate, pakta
from ikrar.documents.certificate import write_certificate
from ikrar.documents.verify_report import INVALID, TITLES, VALID, check_file
from ikrar.store.keystore import agency_public_key
from ikrar.ui.widgets.render import pdf_pages, pdf_texts
from support import both_documents


@pytest.fixture
def both(event, make_employee, store):
    """One attendee of an event that prints the certificate and the pakta: (issuer, data)
    with both codes signed."""
    return both_documents(event, make_employee)


def write(path: Path, issuer, data, kind: str) -> Path:
    """One page of `kind` ("certificate" or "pakta") with whatever codes `data` carries."""
    write_certificate(str(path), replace(issuer, documents=(kind,)), data)
    return path


def check(path: Path):
    return check_file(path, agency_public_key(), render_pdf=pdf_pages, page_text=pdf_texts)


def test_the_titles_are_the_ones_the_pages_print():
    assert TITLES == {"certificate": certificate.TITLE, "pakta": pakta.TITLE}


@pytest.mark.parametrize("kind", ["certificate", "pakta"])
def test_each_genuine_page_is_valid(both, tmp_path, kind):
    issuer, data = both
    report = check(write(tmp_path / f"{kind}.pdf", issuer, data, kind))
    assert report.status == VALID and report.pages[0].compared
    [code] = report.codes
    assert code.details["document"] == kind


def test_a_pakta_code_on_a_certificate_page_is_named(both, tmp_path):
    issuer, data = both
    forged = replace(data, qr_text=data.pakta_qr_text)  # the pakta's genuine code
    report = check(write(tmp_path / "forged.pdf", issuer, forged, "certificate"))
    assert "SERTIFIKAT" in pdf_texts(tmp_path / "forged.pdf")[0]
    assert report.status == INVALID
    [code] = report.codes
    assert code.status == INVALID and code.code == "mismatch"
    assert code.mismatches == ["document"]  # name, NIP, number and copy all agree
    assert "PAKTA INTEGRITAS" in code.reason and "SERTIFIKAT" in code.reason


def test_a_certificate_code_on_a_pakta_page_is_named(both, tmp_path):
    issuer, data = both
    forged = replace(data, pakta_qr_text=data.qr_text)
    report = check(write(tmp_path / "forged.pdf", issuer, forged, "pakta"))
    assert report.status == INVALID
    [code] = report.codes
    assert code.mismatches == ["document"]
    assert report.to_json()["pages"][0]["codes"][0]["mismatches"] == ["document"]



def test_the_title_is_the_first_one_the_page_prints(both, tmp_path):
    """An event named after the pakta still prints certificates titled SERTIFIKAT."""
    issuer, data = both
    named = replace(issuer, event_title="PENANDATANGANAN PAKTA INTEGRITAS NETRALITAS ASN")
    path = write(tmp_path / "certificate.pdf", named, data, "certificate")
    assert "PAKTA INTEGRITAS" in pdf_texts(path)[0]
    assert check(path).status == VALID
    forged = write(tmp_path / "forged.pdf", named, replace(data, qr_text=data.pakta_qr_text),
                   "certificate")
    assert check(forged).codes[0].mismatches == ["document"]
