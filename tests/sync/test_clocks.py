"""Clocks: a poisoned clock value is refused and stops nobody; skewed stations order nothing
wrongly and drag no clock ahead; the offset from the hub is learnt and kept."""

from __future__ import annotations

import time

import httpx
import pytest
from sync_support import Station, sealed, snapshot

from ikrar import cli
from ikrar.core.hlc import MAX_AHEAD_MS, Timestamp
from ikrar.store import settings, sync_state
from ikrar.store.db import local
from ikrar.store.models import Attendance, Employee, HubChange
from ikrar.sync import station as sync_station

HOUR_MS = 3600 * 1000


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _skew(ms: int) -> None:
    """This station's wall clock runs `ms` off (the one thing a test must fake)."""
    local().clock._wall = lambda: time.time_ns() // 1_000_000 + ms


def _people() -> list[Employee]:
    return list(Employee.select().order_by(Employee.nip))


POISONS = {
    "largest value": lambda node: "f" * 17 + "-" + node,
    "one hour ahead": lambda node: Timestamp(_now_ms() + HOUR_MS, 0, node).pack(),
    "malformed": lambda node: "zzzzzzzzzzzzzzzzz-" + node,
    "before 2020": lambda node: Timestamp(1, 0, node).pack(),
}


@pytest.mark.parametrize("poison", list(POISONS))
def test_poisoned_clock_is_refused_and_stops_nobody(hub, stations, poison):
    a, b = stations("Meja 1", "Meja 2")
    me = a.use().station_id
    a.check_in(_people()[0])
    token = settings.get("hub_token")
    entries = sync_state.pending(settings.get("sync_acked_seq"), 100)
    stamp = POISONS[poison](me)
    body = sealed({"station_id": me, "entries": [
        {"seq": e.seq, "table": e.table, "row_id": e.row_id, "op": e.op,
         "data": dict(e.data, hlc=stamp), "hlc": stamp} for e in entries]})
    hub.use()
    before = snapshot(), HubChange.select().count()
    reply = httpx.post(hub.url + "/api/v1/push", json=body, timeout=30,
                       headers={"Authorization": f"Bearer {token}"})
    assert reply.status_code == 422
    assert "clock" in reply.json()["error"] or "timestamp" in reply.json()["error"]
    hub.use()
    assert (snapshot(), HubChange.select().count()) == before
    # Every honest station still checks in, syncs and verifies its chain; the hub restarts.
    for i, station in enumerate((a, b)):
        station.use()
        station.check_in(_people()[10 + i])
        station.sync()
    for station in (a, b):
        station.sync()
        assert cli.main(["--data-dir", str(station.folder), "audit", "verify"]) == 0
        station.use()
        assert local().clock.last.wall_ms < _now_ms() + MAX_AHEAD_MS
        assert Attendance.select().count() == 3  # Meja 1's first, held back, went too
    hub.stop()
    hub.start()
    for station in (a, b):
        station.sync()


def test_a_slow_station_does_not_become_primary(make_hub, database_url, tmp_path):
    """Three hours slow; the person signed at the other station 2 s (here: moments) earlier."""
    hub = make_hub(database_url)
    a = Station(tmp_path / "a", "Meja 1")
    code = hub.code("Meja 1")
    a.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    slow = Station(tmp_path / "slow", "Meja 9")
    code = hub.code("Meja 9")
    slow.use()
    _skew(-3 * HOUR_MS)
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    assert abs(settings.get("clock_offset_ms") - 3 * HOUR_MS) < 60_000
    nip = _people()[4].nip
    a.use()
    a.check_in(Employee.get(Employee.nip == nip))
    a.sync()
    slow.use()  # offline meanwhile: it does not know, and signs the same person
    _skew(-3 * HOUR_MS)
    slow.check_in(Employee.get(Employee.nip == nip))
    slow.sync()
    a.sync()
    a_id = a.use().station_id
    for node in (hub, a, slow):
        node.use()
        rows = list(Attendance.select().order_by(Attendance.hlc))
        primary = [r for r in rows if r.is_primary]
        assert len(rows) == 2 and len(primary) == 1
        assert str(primary[0].station_id).replace("-", "") == a_id.replace("-", "")


def test_a_fast_station_drags_no_clock_ahead(make_hub, database_url, tmp_path):
    hub = make_hub(database_url)
    fast = Station(tmp_path / "fast", "Meja 8")
    code = hub.code("Meja 8")
    fast.use()  # its clock ran five hours fast from the start: its first rows are stamped so
    _skew(5 * HOUR_MS)
    local().clock.reset(None)
    from ikrar.store import outbox
    from ikrar.store.stations import local_station

    outbox.update(local_station())  # a write stamped five hours ahead, before joining
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    fast.check_in(_people()[1])
    sync_station.sync_once()  # its entries are stamped again, then accepted
    assert sync_state.waiting_count() == 0
    honest = Station(tmp_path / "honest", "Meja 1")
    code = hub.code("Meja 1")
    honest.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    assert Attendance.select().count() == 1
    assert local().clock.last.wall_ms < _now_ms() + MAX_AHEAD_MS
    honest.check_in(_people()[2])
    honest.sync()
    hub.use()
    newest = Timestamp.unpack(max(h for (h,) in HubChange.select(HubChange.hlc).tuples()))
    assert newest.wall_ms < _now_ms() + MAX_AHEAD_MS


def test_offset_is_learnt_at_enrolment_and_kept(hub, tmp_path):
    station = Station(tmp_path / "s", "Meja 5")
    code = hub.code("Meja 5")
    station.use()
    _skew(-90_000)
    sync_station.join(hub.url, code)
    assert 60_000 < settings.get("clock_offset_ms") < 120_000
    station.use()  # after a restart the clock is corrected by what was learnt
    assert 60_000 < local().clock.offset_ms < 120_000
