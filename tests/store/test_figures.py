"""The figures and lists the screens show, read by store functions the GUI and CLI share."""

from __future__ import annotations

import csv
import json

import pytest

from ikrar.core.strokes import synthetic_signature
from ikrar.store import audit, certificate_list, event_edit, progress
from ikrar.store.certificates import issue_missing, mark_printed, print_counts
from ikrar.store.checkin import check_in
from ikrar.store.models import AuditEvent, Certificate, Event, PledgeVersion
from ikrar.store.roster_pages import RosterPager


def sign(event, person, seed=1):
    return check_in(event, person, synthetic_signature(seed), method="badge",
                    pledge_hash=event.pledge_hash)


def test_audit_search_and_export_as_csv_and_json(event, tmp_path):
    audit.append("certificate_void", "0001/M1", reason="duplikat")
    audit.append("sync", "hub", pushed=3)
    from ikrar.store.audit_export import export, search

    assert [e.kind for e in search("void")] == ["certificate_void"]
    assert search()[0].kind == "sync"  # newest first
    total = AuditEvent.select().count()
    assert export(tmp_path / "a.csv") == total
    rows = list(csv.reader((tmp_path / "a.csv").open(encoding="utf-8-sig", newline="")))
    assert rows[0] == ["seq", "at", "station_id", "kind", "subject", "details", "hash"]
    assert [int(r[0]) for r in rows[1:]] == list(range(1, total + 1))  # oldest first
    assert export(tmp_path / "a.json", "hub", "json") == 1
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data[0]["kind"] == "sync" and data[0]["details"] == {"pushed": 3}
    with pytest.raises(ValueError):
        export(tmp_path / "a.xml", fmt="xml")


def test_save_event_writes_fields_pledge_and_audit_in_one_go(event):
    assert "Pemilu" in event.pledge_text
    new_text = event.pledge_text.replace("Pemilu", "Pilkada", 1)
    saved = event_edit.save_event(event.id, {"venue": "Gedung Negara", "title": event.title},
                                  new_text, also=lambda: ["logo"])
    assert saved.changed == ["venue", "pledge_text", "logo"] and saved.new_pledge
    stored = Event.get_by_id(event.id)
    assert stored.venue == "Gedung Negara" and stored.pledge_text == new_text
    assert PledgeVersion.select().where(PledgeVersion.event == event).count() == 2
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert (last.kind, last.details["fields"]) == ("event_edit", ["venue", "pledge_text", "logo"])


def test_save_event_writes_nothing_when_a_picture_fails(event):
    def broken() -> list[str]:
        raise OSError("disk full")

    before = AuditEvent.select().count()
    with pytest.raises(OSError):
        event_edit.save_event(event.id, {"venue": "Elsewhere"}, event.pledge_text, also=broken)
    assert Event.get_by_id(event.id).venue == event.venue
    assert AuditEvent.select().count() == before


def test_unchanged_save_changes_nothing(event):
    saved = event_edit.save_event(event.id, {"venue": event.venue}, event.pledge_text)
    assert saved.changed == [] and not saved.new_pledge


def test_roster_units_and_signed_by_pledge(event, make_employee):
    a = make_employee(event, name="Ani", unit="BKPSDM")
    make_employee(event, name="Budi", unit="Dinas Kominfo")
    assert event_edit.roster_units(event) == ["BKPSDM", "Dinas Kominfo"]
    sign(event, a)
    assert event_edit.signed_by_pledge(event) == (1, 0)


def test_progress_figures(event, make_employee, store):
    a = make_employee(event, name="Ani", unit="BKPSDM")
    make_employee(event, name="Budi", unit="BKPSDM")
    c = make_employee(event, name="Cecep", unit="Dinas Kominfo")
    first = sign(event, a)
    sign(event, c, 2)
    assert progress.unit_progress(event) == [("BKPSDM", 1, 2), ("Dinas Kominfo", 1, 1)]
    recent = progress.recent_here(event)
    assert [name for _, name, _ in recent][0].startswith("Cecep")
    assert len(recent) == 2
    counts = progress.rate(event)
    assert sum(counts.values()) == 2
    assert all(key == progress.bucket_of(key) for key in counts)
    event_id, when, unit = progress.checkin_of(first.id)
    assert (event_id, unit) == (str(event.id), "BKPSDM")
    assert progress.checkin_of("00000000-0000-0000-0000-000000000000") is None


def test_clerk_list_and_copy_refusals(event, make_employee, store):
    people = [make_employee(event, name=n, unit=u)
              for n, u in (("Ani", "BKPSDM"), ("Budi", "Kominfo"), ("Cecep", "Kominfo"))]
    for i, person in enumerate(people[:2]):
        sign(event, person, i)
    assert certificate_list.event_units(event) == ["BKPSDM", "Kominfo"]
    rows = certificate_list.certificate_rows(event, None)
    assert [r.number for r in rows] == ["", ""]
    numbers = issue_missing(event)
    first = Certificate.get(Certificate.number == numbers[0])
    assert certificate_list.copy_refusal(numbers[0]) == (certificate_list.NEVER_PRINTED, None)
    mark_printed([certificate_list_record(first)], "test.pdf")
    assert print_counts([first.id])[first.id] == 1
    rows = certificate_list.certificate_rows(event, None)
    assert certificate_list.tally(rows) == certificate_list.Tally(2, 1)
    assert len(certificate_list.filtered(rows, certificate_list.NOT_PRINTED)) == 1
    assert len(certificate_list.filtered(rows, certificate_list.PRINTED)) == 1
    assert len(certificate_list.certificate_rows(event, "Kominfo")) == 1
    assert certificate_list.copy_refusal(numbers[0]) == (None, event)
    assert certificate_list.copy_refusal("nope") == (certificate_list.MISSING, None)
    assert certificate_list.events_newest_first() == [event]
    assert certificate_list.event_by_id(str(event.id)) == event
    assert certificate_list.event_by_id(None) is None


def certificate_list_record(certificate):
    from ikrar.store.certificates import PrintRecord

    return PrintRecord(certificate.id, certificate.number, 0)


def test_roster_pager_pages_and_searches(event, make_employee):
    for name in ("Ani Lestari", "Budi Santoso", "Dewi Santika"):
        make_employee(event, name=name)
    pager = RosterPager(event.id)
    assert pager.total == 3
    first = pager.next_page(2)
    second = pager.next_page(2)
    assert len(first) == 2 and len(second) == 1 and pager.done
    found = RosterPager(event.id, "sant")
    assert found.total == 2
    assert {row[2] for row in found.next_page(10)} == {"Budi Santoso", "Dewi Santika"}
