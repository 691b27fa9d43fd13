"""The dashboard follows check-ins committed at this desk and rows that arrive by sync."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from test_signature_pad import draw_signature, make_stylus

from ikrar.core.strokes import synthetic_signature
from ikrar.store.checkin import check_in
from ikrar.store.fields import utcnow
from ikrar.store.progress import bucket_of, rate
from ikrar.ui.admin.dashboard import DashboardPage
from ikrar.ui.desk.signing_screen import SigningScreen
from ikrar.ui.widgets.shared import shared
from support import add_employees as add_roster


@pytest.fixture
def page(qtbot, event):
    widget = DashboardPage(event)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def by_unit(page: DashboardPage) -> dict[str, tuple[int, int]]:
    return {u.unit: (u.signed, u.expected) for u in page.bars.units}


def test_a_committed_check_in_updates_the_figure_and_its_unit(qtbot, event, page):
    people = add_roster(event, 14)
    page.reload()
    assert page.figure_label.text() == "0 / 14"
    screen = SigningScreen(thanks_ms=60_000, idle_ms=60_000)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    person = people[0]
    screen.start(event, person, "badge", operator="petugas1")
    draw_signature(screen.pad, make_stylus(), synthetic_signature(4))
    with qtbot.waitSignal(shared().checkinCommitted), qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert page.figure_label.text() == "1 / 14"
    assert by_unit(page)[person.unit] == (1, 2)
    assert sum(page.rate_chart.counts.values()) == 1
    screen.close()


def test_rows_from_sync_trigger_a_full_read(qtbot, event, page):
    people = add_roster(event, 7)
    start = utcnow()
    for i, person in enumerate(people[:5]):
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash, at=start + timedelta(minutes=3 * i))
    with qtbot.waitSignal(page.refreshed, timeout=3000):
        shared().dataChanged.emit()
    assert page.figure_label.text() == "5 / 7"
    assert all(signed == 1 for signed, _ in by_unit(page).values() if signed)
    counts = rate(event)
    assert sum(counts.values()) == 5
    assert all(key == bucket_of(key) for key in counts)
    assert counts.get(bucket_of(start), 0) >= 1


def test_an_event_without_roster_shows_zero(page):
    page.reload()
    assert page.figure_label.text() == "0 / 0"
    assert page.bars.units == []


def test_a_finished_sync_asks_for_a_full_read(qtbot, store):
    from ikrar.ui.widgets.sync_status import SyncStatus

    status = SyncStatus()
    with qtbot.waitSignal(shared().dataChanged):
        status._finished(None)


def test_clerk_and_admin_see_the_new_pages_and_the_operator_does_not(make_window, event):
    from ikrar.store import roles

    window = make_window()
    pages = ("dashboard", "reconcile", "audit")
    for role, allowed in ((roles.CLERK, True), (roles.ADMIN, True), (roles.OPERATOR, False)):
        window._signed_in(role)
        assert [window.page_actions[p].isVisible() for p in pages] == [allowed] * 3
    window._signed_in(roles.CLERK)
    window.show_page("dashboard")
    assert window.pages.currentWidget() is window.dashboard_page
    assert window.dashboard_page.figure_label.text() == "0 / 0"
    window.show_page("audit")
    assert "verified up to event" in window.audit_page.status_label.text()
