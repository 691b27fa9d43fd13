"""The GUI's sync state: background sync never blocks, offline is shown as such."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from ikrar.store.models import Employee
from ikrar.ui.widgets.sync_status import IDLE, NOT_ENROLLED, OFFLINE, SyncStatus


@pytest.fixture
def drained():
    yield
    QThreadPool.globalInstance().waitForDone()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_background_sync_then_offline(qtbot, hub, stations, drained):
    (a,) = stations("Meja 1")
    a.use()
    a.check_in(Employee.select().first())
    status = SyncStatus()
    assert status.waiting > 0 and status.state == IDLE
    with qtbot.waitSignal(status.runner.finished, timeout=30_000):
        assert status.sync_now()
        assert status.busy and not status.sync_now()  # one at a time
    assert status.state == IDLE and status.waiting == 0 and "0" in status.text()
    hub.stop()
    a.check_in(Employee.select().order_by(Employee.nip.desc()).first())
    status.refresh()
    with qtbot.waitSignal(status.runner.failed, timeout=30_000):
        status.sync_now()
    assert status.state == OFFLINE and status.waiting > 0
    assert "Offline" in status.text() or "Luring" in status.text()


def test_not_joined_station_does_not_sync(qtbot, store):
    status = SyncStatus()
    assert status.state == NOT_ENROLLED and not status.sync_now()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_clock_off_by_minutes_is_shown(qtbot, hub, stations, drained):
    import time

    from ikrar.store.db import local

    (a,) = stations("Meja 1")
    a.use()
    status = SyncStatus()
    assert not status.clock_off and "⚠" not in status.text()
    local().clock._wall = lambda: time.time_ns() // 1_000_000 - 3 * 60_000  # three minutes slow
    with qtbot.waitSignal(status.runner.finished, timeout=30_000):
        assert status.sync_now()
    assert status.clock_off and 2 * 60_000 < status.clock_offset_ms < 4 * 60_000
    assert "⚠" in status.text() and "3" in status.text()
