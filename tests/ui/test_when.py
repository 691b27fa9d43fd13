"""Dates and times on screen in the event's time zone, through ui/widgets/when.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ikrar.store import outbox
from ikrar.ui.widgets import when

LATE = datetime(2024, 7, 10, 16, 5, 9, tzinfo=UTC)  # 23.05 WIB, 00.05 WITA next day, 01.05 WIT


def test_each_zone_and_the_day_it_falls_on():
    assert when.date_and_time(LATE, "WIB") == "10 Juli 2024, 23.05 WIB"
    assert when.date_and_time(LATE, "WITA") == "11 Juli 2024, 00.05 WITA"
    assert when.date_and_time(LATE, "WIT", weekday=True) == "Kamis, 11 Juli 2024, 01.05 WIT"
    assert when.date_and_time(LATE, "WIB", seconds=True) == "10 Juli 2024, 23.05.09 WIB"
    assert when.date_and_time(LATE, "WIT", seconds=True, weekday=True) == (
        "Kamis, 11 Juli 2024, 01.05.09 WIT")
    assert when.time_only(LATE, "WITA") == "00.05 WITA"
    assert when.time_only(LATE, "WITA", suffix=False) == "00.05"
    assert when.day(LATE, "WIB") == "10 Juli 2024"
    assert when.day(LATE, "WIT") == "11 Juli 2024"
    assert when.day(date(1990, 1, 1)) == "1 Januari 1990"


def test_a_time_written_with_its_offset_keeps_its_zone():
    from ikrar.core.dates import zone

    signed = datetime(2024, 7, 10, 9, 14, tzinfo=zone("WITA"))
    assert when.zone_of_offset(signed) == "WITA"
    assert when.date_and_time(signed, when.zone_of_offset(signed)) == "10 Juli 2024, 09.14 WITA"
    assert when.zone_of_offset(LATE) == "WIB"  # UTC: the default zone, never "UTC"


def test_the_zone_is_the_events_then_the_current_events(store, event):
    assert when.zone_of() == "WIB"
    event.timezone = "WITA"
    outbox.update(event)
    assert when.zone_of() == "WITA"
    assert when.zone_of(event) == "WITA"


def test_the_sync_status_says_the_time_in_the_events_zone(qtbot, store, event):
    from ikrar.ui.widgets.sync_status import SyncStatus

    event.timezone = "WIT"
    outbox.update(event)
    status = SyncStatus()
    status.state = "idle"
    status.last_sync = LATE
    assert "01.05 WIT" in status.text()
