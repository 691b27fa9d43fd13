"""Reconciliation lists exactly the duplicates two stations made, and voids are audited."""

from __future__ import annotations

import pytest

from ikrar.store import certificates
from ikrar.store.models import AuditEvent, Certificate
from ikrar.store.reconcile import reconcile, void_certificate
from support import add_employees
from two_stations import merge_two_stations


@pytest.fixture
def merged(event, tmp_path):
    return merge_two_stations(event, tmp_path)


def test_reconciliation_lists_exactly_the_duplicates(merged):
    event, nips = merged
    result = reconcile(event)
    assert sorted(d.nip for d in result.duplicates) == sorted(nips[:3])
    for duplicate in result.duplicates:
        assert duplicate.stations == ["Meja 1", "Meja 2"]
        assert duplicate.primary.is_primary
        assert not duplicate.check_ins[1].is_primary
        assert "earliest" in duplicate.reason
    assert len(result.certificates) == 3
    assert {c.nip for c in result.certificates} == set(nips[:3])
    assert all(c.station == "Meja 2" and c.primary_station == "Meja 1"
               for c in result.certificates)
    assert result.walk_ins == []


def test_voiding_a_duplicate_certificate_is_audited(merged):
    event, _ = merged
    number = reconcile(event).certificates[0].number
    void_certificate(number, "duplikat dari Meja 1")
    assert Certificate.get(Certificate.number == number).voided_at is not None
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert (last.kind, last.subject) == ("certificate_void", number)
    assert last.details["reason"] == "duplikat dari Meja 1"
    assert number not in [c.number for c in reconcile(event).certificates]
    with pytest.raises(certificates.CertificateError):
        void_certificate(number, "lagi")
    with pytest.raises(certificates.CertificateError):
        void_certificate(reconcile(event).certificates[0].number, "  ")


def test_nothing_to_reconcile_without_a_merge(event):
    add_employees(event, 3)
    assert reconcile(event).empty

