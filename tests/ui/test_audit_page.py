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
    assert page.table.item(0, 2).text() == "certificate_void"
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
