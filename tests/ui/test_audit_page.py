"""The audit page: the chain's status, searching the events, exporting them."""

from __future__ import annotations

import csv

from ikrar.store import audit
from ikrar.store.models import AuditEvent
from ikrar.ui.admin.audit_page import AuditPage


def make_page(qtbot) -> AuditPage:
    page = AuditPage()
    qtbot.addWidget(page)
    page.show()
    return page


def test_status_search_and_export(qtbot, event, tmp_path):
    audit.append("certificate_void", "0001/M1-ABCD/NETRAL/2024", reason="duplikat; \"Meja 2\"")
    audit.append("sync", "hub", pushed=3)
    page = make_page(qtbot)
    total = AuditEvent.select().count()
    assert f"verified up to event {total}" in page.status_label.text()
    assert page.table.rowCount() == total
    qtbot.keyClicks(page.search_edit, "void")
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "Certificate voided"
    out = tmp_path / "audit.csv"
    assert page.export(out)
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline="")))
    assert rows[0][:4] == ["seq", "at", "station_id", "kind"]
    assert len(rows) == 2 and 'duplikat; \\"Meja 2\\"' in rows[1][5]


def test_a_broken_chain_is_shown(qtbot, event):
    audit.append("sync", "hub", pushed=1)
    audit.append("sync", "hub", pushed=2)
    AuditEvent.update(subject="altered").where(AuditEvent.seq == 2).execute()
    page = make_page(qtbot)
    assert "BROKEN at event 2" in page.status_label.text()
    assert "verified up to event 1" in page.status_label.text()


def test_export_to_a_folder_says_so_and_leaves_nothing(qtbot, event, tmp_path):
    page = make_page(qtbot)
    target = tmp_path / "out.csv"
    target.mkdir()
    assert not page.export(target)
    assert "out.csv" in page.message_label.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.csv"]


def _signed(event, make_employee):
    from ikrar.core.strokes import synthetic_signature
    from ikrar.store.checkin import check_in

    person = make_employee(event, name="Rina Marlina", back="S.Sos.", nip="198703122010012004")
    check_in(event, person, synthetic_signature(2), method="badge",
             pledge_hash=event.pledge_hash)
    audit.append("certificate_print", "printer", numbers=["0001/M1/NETRAL/2024"],
                 operator="admin")
    return person


def test_events_are_shown_in_words_with_names_and_no_json(qtbot, event, make_employee):
    _signed(event, make_employee)
    page = make_page(qtbot)
    kinds = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
    assert kinds[:2] == ["Certificate printed", "Signature"]
    signed = page.table.item(1, 4).text()
    assert "Event: Deklarasi Netralitas ASN" in signed
    assert "Employee: Rina Marlina, S.Sos. (NIP 19870312 201001 2 004)" in signed
    assert "How: badge scanner" in signed  # the method in words, not "badge"
    assert page.table.item(1, 3).text() == "Rina Marlina, S.Sos. (NIP 19870312 201001 2 004)"
    for r in range(page.table.rowCount()):
        details = page.table.item(r, 4).text()
        assert "{" not in details and '"' not in details, details
    assert "Numbers: 0001/M1/NETRAL/2024" in page.table.item(0, 4).text()
    assert "Operator: admin" in page.table.item(0, 4).text()

    qtbot.keyClicks(page.search_edit, "printed")  # the words are searched too
    assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == [
        "Certificate printed"]


def test_times_are_in_the_events_time_zone(qtbot, event, make_employee):
    from datetime import timedelta

    from ikrar.store import outbox

    event.timezone = "WIT"  # the page follows the event's zone, not the computer's
    outbox.update(event)
    _signed(event, make_employee)
    page = make_page(qtbot)
    at = AuditEvent.select().order_by(AuditEvent.seq.desc()).first().at
    local = at + timedelta(hours=9)
    shown = page.table.item(0, 1).text()
    assert shown.endswith(f"{local:%H.%M.%S} WIT"), shown
    assert shown.startswith(f"{local.day} ")


def test_the_audit_page_speaks_indonesian(qtbot, qapp, event, make_employee, tmp_path):
    from ikrar.ui.widgets import i18n

    installed = i18n.install_translator(qapp, "id", cache_dir=tmp_path / "cache")
    try:
        _signed(event, make_employee)
        page = make_page(qtbot)
        kinds = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
        assert kinds[:2] == ["Cetak sertifikat", "Tanda tangan"]
        assert "Acara: Deklarasi Netralitas ASN" in page.table.item(1, 4).text()
        assert page.table.item(1, 1).text().endswith(" WIB")
    finally:
        i18n.remove_translators(qapp, installed)
