"""Every figure follows a check-in, an import or a sync within a second, with no F5.

The one path is `ikrar.ui.widgets.shared`: the signing screen emits `checkinCommitted`, an
import, a sync pull or a print run emits `dataChanged`, and each page re-reads (coalesced).
"""

from __future__ import annotations

import pytest
from ui_data import PEOPLE, write_roster

from ikrar.core.strokes import synthetic_signature
from ikrar.store import events
from ikrar.store.checkin import check_in
from ikrar.ui.clerk.clerk_page import ClerkPage
from ikrar.ui.widgets.event_header import EventHeader
from ikrar.ui.widgets.shared import follow, shared

SECOND = 1000


def sign(event, person, seed: int = 1):
    return check_in(event, person, synthetic_signature(seed), method="badge",
                    pledge_hash=event.pledge_hash)


@pytest.fixture
def header(qtbot, event):
    widget = EventHeader()
    qtbot.addWidget(widget)
    widget.show_event(event, events.figures(event))
    widget.show()
    return widget


@pytest.fixture
def clerk(qtbot, event):
    page = ClerkPage(event)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()


def test_a_check_in_updates_the_header_and_the_clerk_page(qtbot, event, make_employee, header,
                                                         clerk):
    people = [make_employee(event, name=name) for name in ("Ani Lestari", "Budi Santoso")]
    assert (header.figure_text("signed"), header.figure_text("expected")) == ("0", "0")
    assert clerk.counts_label.text().startswith("0 signed")
    attendance = sign(event, people[0])
    shared().checkinCommitted.emit(str(attendance.id))  # as the signing screen does
    qtbot.waitUntil(lambda: header.figure_text("signed") == "1", timeout=SECOND)
    assert header.figure_text("expected") == "2"
    qtbot.waitUntil(lambda: clerk.counts_label.text().startswith("1 signed"), timeout=SECOND)
    assert clerk.model.rowCount() == 1


def test_rows_from_a_sync_update_the_header_and_the_clerk_page(qtbot, event, make_employee,
                                                             header, clerk):
    from ikrar.ui.widgets.sync_status import SyncStatus

    person = make_employee(event)
    sign(event, person)  # as if pulled from the hub: no check-in signal here
    assert header.figure_text("signed") == "0"
    SyncStatus(clerk)._finished(None)  # a finished sync says rows may have arrived
    qtbot.waitUntil(lambda: header.figure_text("signed") == "1", timeout=SECOND)
    qtbot.waitUntil(lambda: clerk.counts_label.text().startswith("1 signed"), timeout=SECOND)


def test_a_hidden_clerk_page_reads_again_when_shown(qtbot, event, make_employee, clerk):
    clerk.hide()
    sign(event, make_employee(event))
    shared().dataChanged.emit()
    qtbot.waitUntil(lambda: clerk._stale, timeout=SECOND)
    assert clerk.counts_label.text().startswith("0 signed")  # not read while hidden
    clerk.show()
    assert clerk.counts_label.text().startswith("1 signed")


def test_an_import_updates_the_header_roster_and_clerk_page(qtbot, make_window, event,
                                                            tmp_path):
    window = make_window()
    window.show_page("certificates")
    assert window.clerk_page.isVisible()
    assert window.header.figure_text("expected") == "0"
    with qtbot.waitSignal(window.importer.runner.finished, timeout=20_000):
        assert window.importer.start(write_roster(tmp_path / "pegawai.csv", PEOPLE))
    qtbot.waitUntil(lambda: window.header.figure_text("expected") == "3", timeout=SECOND)
    window.show_page("roster")
    qtbot.waitUntil(lambda: window.roster_view.model.total == 3, timeout=SECOND)


def test_a_check_in_at_the_desk_updates_the_window_header(qtbot, make_window, event,
                                                         make_employee):
    person = make_employee(event)
    window = make_window()
    window.show_page("certificates")
    assert window.clerk_page.isVisible()
    assert window.header.figure_text("signed") == "0"
    attendance = sign(event, person)
    shared().checkinCommitted.emit(str(attendance.id))
    qtbot.waitUntil(lambda: window.header.figure_text("signed") == "1", timeout=SECOND)
    qtbot.waitUntil(lambda: window.clerk_page.counts_label.text().startswith("1 signed"),
                    timeout=SECOND)


def test_a_burst_is_read_once(qtbot, header):
    calls = []
    follower = follow(header, lambda: calls.append(1), settle_ms=50)
    for _ in range(5):
        shared().dataChanged.emit()
        shared().checkinCommitted.emit("x")
    qtbot.waitUntil(lambda: calls == [1], timeout=SECOND)
    assert not follower.isActive()  # nothing more is pending: the burst was read once
