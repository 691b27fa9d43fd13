"""The reconciliation page lists a merge's duplicates and voids a certificate with a reason."""

from __future__ import annotations

from ikrar.store.models import AuditEvent, Certificate
from ikrar.ui.admin.reconcile_page import ReconcilePage
from two_stations import merge_two_stations


def test_the_reconciliation_page_lists_and_voids(qtbot, event, tmp_path):
    merged = merge_two_stations(event, tmp_path)
    page = ReconcilePage(merged[0])
    qtbot.addWidget(page)
    page.show()
    assert page.duplicates_table.rowCount() == 3
    assert page.certificates_table.rowCount() == 3
    assert page.duplicates_table.item(0, 3).text() == "Meja 1, Meja 2"
    assert not page.void("0000", "x")  # an unknown number: said so, nothing changed
    assert "0000" in page.message_label.text()
    page.certificates_table.selectRow(0)
    number = page.selected_number()
    assert not page.void(number, "   ")
    assert "reason" in page.message_label.text()
    assert page.void(number, "duplikat")
    assert Certificate.get(Certificate.number == number).voided_at is not None
    assert AuditEvent.select().where(AuditEvent.kind == "certificate_void").count() == 1
    assert page.certificates_table.rowCount() == 2
