from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ikrar.core.dates import format_date, format_datetime, zone


def test_indonesian_dates():
    assert format_date(date(2024, 7, 10)) == "10 Juli 2024"
    moment = datetime(2024, 7, 10, 2, 14, tzinfo=UTC)
    assert format_datetime(moment, "WIB") == "Rabu, 10 Juli 2024, 09.14 WIB"
    assert format_datetime(moment, "WIT", weekday=False) == "10 Juli 2024, 11.14 WIT"


def test_unknown_zone():
    with pytest.raises(ValueError, match="WIB, WITA or WIT"):
        zone("CET")
