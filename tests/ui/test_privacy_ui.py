"""The retention purge runs on start and daily through the job runner, and the event page's
PIN-protected button forgets the event's personal data here."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ikrar.core.strokes import decode, has_biometrics, synthetic_signature
from ikrar.store import roles, settings
from ikrar.store.checkin import check_in
from ikrar.store.fields import utcnow
from ikrar.store.models import Attendance, Change, Event, Signature
from ikrar.ui.admin.event_page import EventPage
from ikrar.ui.desk.pin_dialog import PinDialog
from ikrar.ui.widgets.jobs import DONE, PROBLEM
from ikrar.ui.widgets.retention import RetentionPurge
from support import add_employees


def _signed(event, days_ago: int) -> None:
    Event.update(keep_biometrics=True, retention_days=30).where(Event.id == event.id).execute()
    event = Event.get_by_id(event.id)
    for i, person in enumerate(add_employees(event, 2)):
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash, at=utcnow() - timedelta(days=days_ago))


def test_the_purge_runs_on_start_then_only_when_a_day_has_passed(qtbot, event):
    _signed(event, 40)
    retention = RetentionPurge(check_ms=50)
    with qtbot.waitSignal(retention.purged, timeout=10_000) as first:
        retention.start()
    assert first.args[0].signatures == 2
    assert not any(has_biometrics(decode(bytes(s.strokes))) for s in Signature.select())
    # The timer keeps asking; within the day it starts nothing.
    qtbot.wait(200)
    assert not retention.runner.busy
    settings.put("purged_at", "2020-01-01T00:00:00.000000Z")  # a day (and more) went by
    with qtbot.waitSignal(retention.purged, timeout=10_000) as second:
        pass
    assert second.args[0].signatures == 0
    retention.stop()


@pytest.fixture
def page(qtbot, event):
    page = EventPage(event)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_forgetting_needs_an_administrator_pin(qtbot, page, event):
    _signed(event, 1)
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert page.notice.kind == PROBLEM and "PIN" in page.notice.text()
    assert page.findChild(PinDialog) is None and Attendance.select().count() == 2


def test_forgetting_after_the_pin_when_the_hub_holds_everything(qtbot, page, event):
    _signed(event, 1)
    roles.set_pin(roles.ADMIN, "97531")
    settings.put("hub_url", "https://hub.example:8443")
    dialog = page.forget_button.ask()
    dialog.pin_edit.setText("11111")  # a wrong PIN forgets nothing
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert Attendance.select().count() == 2 and dialog.isVisible()
    dialog.pin_edit.setText("97531")
    with qtbot.waitSignal(page.forget_button.runner.failed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    waiting = Change.select().count()  # unsent: refused, saying how many
    assert page.notice.kind == PROBLEM and f"{waiting} change(s)" in page.notice.text()
    assert Attendance.select().count() == 2
    settings.put("sync_acked_seq", Change.select().count() + 1)
    dialog = page.forget_button.ask()
    dialog.pin_edit.setText("97531")
    with qtbot.waitSignal(page.forget_button.runner.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.notice.kind == DONE and "2" in page.notice.text()
    assert Attendance.select().count() == 0 and Signature.select().count() == 0
