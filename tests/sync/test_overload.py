"""A PostgreSQL hub with several workers under more requests than its connection pool holds."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
from proxy import FaultyProxy
from sync_support import Station, pg_database

from ikrar.store import settings
from ikrar.store.models import Employee
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubClient


def test_more_requests_than_connections_get_answers_or_503_never_500(
        make_hub, pg_admin_url, tmp_path):
    url, drop = pg_database(pg_admin_url)
    try:
        hub = make_hub(url, employees=300, start=False)
        hub.start(options=("--workers", "2", "--pool-size", "2"))
        code = hub.code("Meja 1")
        Station(tmp_path / "s", "Meja 1").use()
        sync_station.join(hub.url, code)
        token = settings.get("hub_token")
        headers = {"Authorization": f"Bearer {token}"}

        def pull(_: int) -> httpx.Response:
            with httpx.Client(timeout=60) as http:
                return http.get(hub.url + "/api/v1/changes", headers=headers,
                                params={"after": 0, "limit": 2000})

        with ThreadPoolExecutor(64) as pool:
            answers = list(pool.map(pull, range(128)))
        statuses = [a.status_code for a in answers]
        assert set(statuses) <= {200, 503}, statuses
        print("answers:", {s: statuses.count(s) for s in set(statuses)})
        sizes = set()
        for answer in answers:
            body = answer.json()  # JSON every time, never a plain-text page
            if answer.status_code == 503:
                assert int(answer.headers["Retry-After"]) >= 1 and "busy" in body["error"]
            else:
                sizes.add(len(body["entries"]))
        assert len(sizes) == 1 and sizes.pop() > 600  # 300 employees, their roster, the event
        # Stations (the real client) retry what was busy: every one of them gets through.

        def station_pull(_: int) -> int:
            with HubClient(hub.url, token) as client:
                client.pull(0, 2000)
                return client.retries

        with ThreadPoolExecutor(64) as pool:
            print("retries:", sum(pool.map(station_pull, range(128))))
        assert "Traceback" not in hub.log_text()
    finally:
        drop()


def test_a_station_backs_off_and_retries_a_busy_hub(hub, stations):
    (a,) = stations("Meja 1")
    a.use()
    a.check_in(Employee.select().first())
    proxy = FaultyProxy(hub.port, ["busy503", "busy503", "pass", "busy503"])
    waits: list[float] = []
    client = HubClient(proxy.url, settings.get("hub_token"))
    client.sleep = waits.append  # the waits asked for, not slept: the hub said 0 s
    try:
        report = sync_station.sync_once(client)
    finally:
        client.close()
        proxy.close()
    assert report.pushed == 2 and report.waiting == 0
    assert client.retries == 3 and len(waits) == 3
    assert all(0 <= w <= 1.0 for w in waits) and len(set(waits)) == 3  # jittered
    assert settings.get("sync_last_error") in (None, "")
