"""The one certificate flow (`ikrar.documents.issue`): choose, prepare, deliver."""

from __future__ import annotations

import pytest

from ikrar.core.strokes import synthetic_signature
from ikrar.documents import issue
from ikrar.documents.batch import BatchError
from ikrar.store.certificates import print_counts
from ikrar.store.checkin import check_in
from ikrar.store.keystore import certify_local_station, init_agency_key
from ikrar.store.models import CertificatePrint
from support import add_employees, agency_images


@pytest.fixture
def signed(event, store):
    certify_local_station(init_agency_key(None))
    agency_images()  # final pages need the logo and the official's signature
    people = add_employees(event, 3)
    for i, employee in enumerate(people):
        check_in(event, employee, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash)
    return people


def test_prepare_marks_nothing_and_deliver_records_after_sending(event, signed, tmp_path):
    prepared = issue.prepare(issue.choose(event, status=issue.NOT_PRINTED), tmp_path / "a.pdf")
    assert prepared.path.exists() and prepared.pages == 3
    assert CertificatePrint.select().count() == 0
    sent = []
    assert issue.deliver(prepared, "Kantor", send=lambda: sent.append(1), operator="ani") == 3
    assert sent == [1] and CertificatePrint.select().count() == 3
    with pytest.raises(BatchError):
        issue.choose(event, status=issue.NOT_PRINTED)  # everything is printed now
    copies = issue.choose(event, status=issue.PRINTED)
    assert [r.copy for r in copies.records] == [1, 1, 1]


def test_a_failed_send_records_nothing(event, signed, tmp_path):
    prepared = issue.prepare(issue.choose(event), tmp_path / "a.pdf")

    def broken() -> None:
        raise OSError("printer gone")

    with pytest.raises(OSError):
        issue.deliver(prepared, "Kantor", send=broken)
    assert CertificatePrint.select().count() == 0


def test_print_certificates_runs_the_whole_flow_and_a_copy(event, signed, tmp_path):
    prepared, count = issue.print_certificates(event, tmp_path / "all.pdf")
    assert count == 3
    number = prepared.records[0].number
    with pytest.raises(BatchError):
        issue.choose(event, status=issue.PRINTED, unit="nowhere")
    copy, _ = issue.print_certificates(None, tmp_path / "copy.pdf", number=number,
                                       destination="Meja")
    assert [r.copy for r in copy.records] == [1]
    assert print_counts([copy.records[0].certificate_id])[copy.records[0].certificate_id] == 2
    with pytest.raises(BatchError):
        issue.choose(None)
