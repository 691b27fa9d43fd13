"""Certificate numbers, issue, print records and voids."""

from __future__ import annotations

from datetime import datetime

import pytest

from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.store import outbox
from ikrar.store.audit import verify
from ikrar.store.certificates import (
    CertificateError,
    PrintRecord,
    check_pattern,
    current_certificate,
    format_number,
    issue_missing,
    mark_printed,
    print_counts,
    station_code,
    void,
)
from ikrar.store.checkin import check_in
from ikrar.store.models import AuditEvent, Certificate, CertificatePrint, Change, Station

SIGNED_AT = datetime(2024, 7, 10, 9, 30, tzinfo=zone("WIB"))


def sign(event, employee, seed=1):
    return check_in(event, employee, synthetic_signature(seed), method="badge",
                    pledge_hash=event.pledge_hash, at=SIGNED_AT)


def test_station_code_is_initials_and_id_tail(store):
    station = Station.get_by_id(store.station_id)
    code = station_code(station)
    assert code == f"M1-{station.id.hex[-4:].upper()}"
    twin = outbox.insert(Station(name="Meja 1"))  # same name on another laptop
    assert station_code(twin) != code


def test_number_follows_the_event_pattern(event, make_employee, store):
    sign(event, make_employee(event))
    [number] = issue_missing(event)
    code = station_code(Station.get_by_id(store.station_id))
    assert number == f"0001/{code}/NETRAL/2024"
    certificate = Certificate.get(Certificate.number == number)
    assert certificate.seq == 1 and str(certificate.station.id) == store.station_id


def test_roman_month_and_plain_seq():
    assert format_number("{seq}/{station}/{roman_month}/{year}", seq=7, station="M1-AB12",
                         when=SIGNED_AT) == "7/M1-AB12/VII/2024"


@pytest.mark.parametrize("pattern", [
    "{seq:04d}/NETRAL/{year}",  # no station: two stations would print the same numbers
    "{station}/NETRAL",  # no seq
    "{seq}/{station}/{unit}",  # unknown field
    "{seq/{station}",  # broken braces
])
def test_bad_patterns_are_refused(pattern):
    with pytest.raises(CertificateError, match="pattern"):
        check_pattern(pattern)


def test_issue_is_idempotent_and_seq_continues(event, make_employee):
    first = [make_employee(event) for _ in range(3)]
    for i, employee in enumerate(first):
        sign(event, employee, i)
    assert [n[:4] for n in issue_missing(event)] == ["0001", "0002", "0003"]
    assert issue_missing(event) == []
    sign(event, make_employee(event), 9)
    assert [n[:4] for n in issue_missing(event)] == ["0004"]
    assert Certificate.select().count() == 4
    issued = AuditEvent.select().where(AuditEvent.kind == "certificate_issue")
    assert sum(len(e.details["numbers"]) for e in issued) == 4


def test_issue_for_one_unit_only(event, make_employee):
    sign(event, make_employee(event, unit="Dinas Kesehatan"), 1)
    sign(event, make_employee(event, unit="Dinas Pendidikan"), 2)
    assert len(issue_missing(event, "Dinas Kesehatan")) == 1
    assert len(issue_missing(event)) == 1


def test_numbers_unique_across_two_stations(event, make_employee, store, monkeypatch):
    """Both stations count from 0001 while offline; their codes keep the numbers apart."""
    people = [make_employee(event) for _ in range(6)]
    for i, employee in enumerate(people[:3]):
        sign(event, employee, i)
    here = issue_missing(event)
    # The same database acting as a second station (as after a sync, with its own rows).
    other = outbox.insert(Station(name="Meja 1"))
    monkeypatch.setattr(store, "station_id", str(other.id))
    for i, employee in enumerate(people[3:]):
        sign(event, employee, 10 + i)
    there = issue_missing(event)
    assert [n[:4] for n in here] == [n[:4] for n in there] == ["0001", "0002", "0003"]
    assert len(set(here) | set(there)) == 6
    seqs = {(str(c.station_id), c.seq) for c in Certificate.select()}
    assert len(seqs) == 6


def test_mark_printed_records_prints_reprints_and_audits(event, make_employee):
    sign(event, make_employee(event))
    [number] = issue_missing(event)
    certificate = Certificate.get(Certificate.number == number)
    changes_before = Change.select().where(Change.table == "certificate_print").count()
    mark_printed([PrintRecord(certificate.id, number, 0)], "/tmp/out.pdf", operator="Rina")
    mark_printed([PrintRecord(certificate.id, number, 1)], "PDF")
    prints = list(CertificatePrint.select().order_by(CertificatePrint.printed_at))
    assert [p.is_reprint for p in prints] == [False, True]
    assert [p.destination for p in prints] == ["/tmp/out.pdf", "PDF"]
    assert prints[0].operator == "Rina"
    assert Change.select().where(Change.table == "certificate_print").count() == (
        changes_before + 2)
    kinds = [e.kind for e in AuditEvent.select().order_by(AuditEvent.seq)]
    assert kinds[-2:] == ["certificate_print", "certificate_reprint"]
    assert print_counts([certificate.id]) == {certificate.id: 2}
    assert verify().ok


def test_mark_printed_of_nothing_writes_nothing(store):
    assert mark_printed([], "PDF") == 0
    assert CertificatePrint.select().count() == 0


def test_void_then_a_new_number(event, make_employee):
    attendance = sign(event, make_employee(event))
    [number] = issue_missing(event)
    with pytest.raises(CertificateError, match="why"):
        void(number, "  ")
    voided = void(number, "Nama salah ketik")
    assert voided.voided_at is not None and voided.void_reason == "Nama salah ketik"
    assert current_certificate(attendance) is None
    with pytest.raises(CertificateError, match="already void"):
        void(number, "again")
    [renewed] = issue_missing(event)
    assert renewed != number and renewed.startswith("0002/")
    assert current_certificate(attendance).number == renewed
    audit = AuditEvent.select().where(AuditEvent.kind == "certificate_void").get()
    assert audit.subject == number and audit.details["reason"] == "Nama salah ketik"


def test_unknown_number(store):
    with pytest.raises(CertificateError, match="no certificate numbered"):
        void("9999/XX/NETRAL/2024", "test")
