"""Stations report themselves to the hub on every sync; the console's station list shows it.

Real hubs (SQLite and PostgreSQL) in a subprocess, real stations syncing over loopback; the
hub keeps a report after its reply is sent, so the checks wait for it to appear.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import httpx
import pytest
from starlette.datastructures import Headers

from ikrar import __version__, cli
from ikrar.hubweb import console_data
from ikrar.store import hub_progress, settings
from ikrar.store.fields import utcnow
from ikrar.store.hub_telemetry import Telemetry
from ikrar.store.models import Employee
from ikrar.sync import station as sync_station
from ikrar.sync import telemetry
from ikrar.sync.client import HubRefused


def eventually(read, check, timeout: float = 15.0):
    """`read()` until `check` holds of its value (the hub writes after replying)."""
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if check(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def listed(hub) -> dict[str, dict]:
    hub.use()
    return {s["name"]: s for s in console_data.stations()}


def test_stations_report_pending_offset_and_version(hub, stations):
    a, b = stations("Meja 1", "Meja 2")
    seen = eventually(lambda: listed(hub), lambda s: all(
        x["last_seen"] and x["pending"] == 0 for x in s.values()))
    assert set(seen) == {"Meja 1", "Meja 2"}
    for row in seen.values():
        assert row["app_version"] == __version__
        assert isinstance(row["clock_offset_ms"], int) and abs(row["clock_offset_ms"]) < 5_000
        assert not row["revoked"] and not row["silent"]
        assert utcnow() - datetime.fromisoformat(row["last_seen"]) < timedelta(minutes=2)

    a.use()
    for person in Employee.select().order_by(Employee.nip).limit(2):
        a.check_in(person)
    client = sync_station.client_from_settings()
    try:
        client.me()  # asks without pushing: the hub hears of the waiting entries
    finally:
        client.close()
    waiting = eventually(lambda: listed(hub)["Meja 1"], lambda r: r["pending"] != 0)
    assert waiting["pending"] > 0  # two check-ins: attendance, signature, audit... rows

    a.sync()
    after = eventually(lambda: listed(hub)["Meja 1"], lambda r: r["pending"] == 0)
    assert after["pending"] == 0
    # The progress figures see the check-ins the same sync brought.
    hub.use()
    assert console_data.progress(hub.event_id)["signed"] == 2

    # A silent desk stands out; a revoked one does not, but says it is revoked.
    assert all(s["silent"] for s in console_data.stations(silent_after_s=0))
    assert cli.main(["--data-dir", str(hub.folder), "hub", *(
        ["--database", hub.database_url] if hub.database_url else []), "revoke", "Meja 2"]) == 0
    hub.use()
    rows = {s["name"]: s for s in console_data.stations(silent_after_s=0)}
    assert rows["Meja 2"]["revoked"] and not rows["Meja 2"]["silent"]
    assert not rows["Meja 1"]["revoked"] and rows["Meja 1"]["silent"]
    b.use()
    with pytest.raises(HubRefused, match="revoked"):
        sync_station.sync_once()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_garbage_reports_are_dropped_not_kept(hub, stations):
    (a,) = stations("Meja 1")
    a.use()
    token = settings.get("hub_token")
    good = eventually(lambda: listed(hub)["Meja 1"], lambda r: r["pending"] == 0)
    before = good["last_seen"]
    lies = {telemetry.PENDING: "99999999999999999999", telemetry.CLOCK_OFFSET: "1e9999",
            telemetry.VERSION: "<script>alert(1)</script>", "Authorization": f"Bearer {token}"}
    reply = httpx.get(hub.url + "/api/v1/me", headers=lies, timeout=10)
    assert reply.status_code == 200
    moved = eventually(lambda: listed(hub)["Meja 1"], lambda r: r["last_seen"] != before)
    assert moved["last_seen"] != before  # a sign of life all the same
    assert (moved["pending"], moved["app_version"]) == (0, __version__)  # nothing erased
    assert moved["clock_offset_ms"] == good["clock_offset_ms"]
    hub.use()
    assert "<script>" not in str(console_data.stations())


@pytest.mark.parametrize(("sent", "expected"), [
    ({}, Telemetry()),
    ({"x-ikrar-pending": "12", "x-ikrar-clock-offset": "-350", "x-ikrar-version": "0.9.1"},
     Telemetry(12, -350, "0.9.1")),
    ({"x-ikrar-pending": " 7 ", "x-ikrar-clock-offset": "+5"}, Telemetry(7, None, None)),
    ({"x-ikrar-pending": "-1"}, Telemetry()),
    ({"x-ikrar-pending": "1" * 16}, Telemetry()),
    ({"x-ikrar-pending": "100000001"}, Telemetry()),
    ({"x-ikrar-pending": "0x10"}, Telemetry()),
    ({"x-ikrar-pending": "١٢"}, Telemetry()),  # Arabic-Indic digits: int() would take them
    ({"x-ikrar-clock-offset": "NaN"}, Telemetry()),
    ({"x-ikrar-clock-offset": str(telemetry.MAX_OFFSET_MS + 1)}, Telemetry()),
    ({"x-ikrar-clock-offset": str(-telemetry.MAX_OFFSET_MS)},
     Telemetry(None, -telemetry.MAX_OFFSET_MS, None)),
    ({"x-ikrar-version": "v" * 33}, Telemetry()),
    ({"x-ikrar-version": "1.0\r\nX-Evil: 1"}, Telemetry()),
    ({"x-ikrar-version": "../../etc"}, Telemetry()),
    ({"x-ikrar-version": "1.2.3+local_build-4"}, Telemetry(None, None, "1.2.3+local_build-4")),
])
def test_reports_are_checked(sent, expected):
    # As the hub reads them: raw bytes, decoded as Latin-1 by Starlette.
    raw = [(k.encode("latin-1"), v.encode("utf-8")) for k, v in sent.items()]
    assert telemetry.from_headers(Headers(raw=raw)) == expected


def test_a_sync_costs_one_write_unless_a_figure_changes():
    recorder = telemetry.Recorder(every_s=10)
    same = Telemetry(0, 12, "1.0")
    assert recorder.due("a", same, now=100.0)
    assert not recorder.due("a", same, now=101.0)
    assert recorder.due("b", same, now=101.0)
    assert recorder.due("a", Telemetry(3, 12, "1.0"), now=102.0)
    assert recorder.due("a", Telemetry(3, 12, "1.0"), now=112.5)
    recorder.forget("a")
    assert recorder.due("a", Telemetry(3, 12, "1.0"), now=113.0)


def test_a_push_s_reports_are_written_every_few_seconds_and_the_pull_s_at_once():
    """Each push request reports a smaller pending count: a write (and the write turn) per
    batch cost a push about 4%. The pull that ends every sync reports the final count."""
    recorder = telemetry.Recorder(every_s=10)
    gap = telemetry.PUSH_GAP_S
    assert recorder.due("a", Telemetry(3000, 0, "1.0"), now=100.0)  # the sync's first request
    assert not recorder.due("a", Telemetry(2000, 0, "1.0"), now=100.5, least_s=gap)
    assert not recorder.due("a", Telemetry(1000, 0, "1.0"), now=101.0, least_s=gap)
    assert recorder.due("b", Telemetry(1000, 0, "1.0"), now=101.0, least_s=gap)  # its first
    assert recorder.due("a", Telemetry(500, 0, "1.0"), now=100.0 + gap, least_s=gap)
    assert recorder.due("a", Telemetry(0, 0, "1.0"), now=100.1 + gap)  # the pull: at once
    assert not recorder.due("a", Telemetry(0, 0, "1.0"), now=101.0 + gap, least_s=gap)


def test_headers_a_station_sends():
    sent = telemetry.headers(4, -20)
    assert telemetry.from_headers(httpx.Headers(sent)) == Telemetry(4, -20, __version__)


def test_unknown_event_id_is_not_sql(store):
    with pytest.raises(Exception) as caught:
        hub_progress.find("1; DROP TABLE event")
    assert getattr(caught.value, "code", "") == "event.ambiguous"


def test_a_schema_4_hub_gets_the_table_and_index(data_dir, database_url):
    from ikrar.store import migrations
    from ikrar.store.db import close_db, db, init_db
    from ikrar.store.hub_telemetry import HubStationSeen
    from ikrar.store.models import SchemaVersion

    init_db(data_dir, station_name="Hub", database_url=database_url)
    db.execute_sql('DROP INDEX "employee_id_unit"')
    db.drop_tables([HubStationSeen])
    SchemaVersion.update(version=4).execute()
    close_db()
    init_db(data_dir, station_name="Hub", database_url=database_url)
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION
    assert db.table_exists("hub_station_seen")
    assert "employee_id_unit" in {i.name for i in db.get_indexes("employee")}
    from ikrar.store.hub_telemetry import record

    record("abc", utcnow(), Telemetry(3, -5, "1.0"))
    record("abc", utcnow(), Telemetry(None, None, None))
    row = HubStationSeen.get_by_id("abc")
    assert (row.pending, row.clock_offset_ms, row.app_version) == (3, -5, "1.0")
