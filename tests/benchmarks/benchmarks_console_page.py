"""The hub's console in headless Chromium with 200 stations and 12,000 check-ins on PostgreSQL
(and SQLite): the page loaded until its first figures show, and one refresh (the progress and
station JSON the page asks for every second), each beside a bare baseline from the same server
in the same browser: a static file of the console (navigation to its last byte, and fetched).

The data is written straight into the hub's tables (a read benchmark: how it got there does
not matter here); the hub runs as `ikrar hub`, the browser logs in through the login form.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
from datetime import timedelta
from pathlib import Path

from run import Figure

from ikrar.store.db import close_db, db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_support import Hub, pg_database  # noqa: E402

PG_ENV = "IKRAR_TEST_PG"
PASSPHRASE = "benchmark passphrase"
STATIONS = 200
CHECK_INS = 12_000

REFRESH = """
const [urls, n, done] = arguments;
(async () => {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await Promise.all(urls.map(u => fetch(u, {cache: "no-store"}).then(r => r.text())));
    samples.push(performance.now() - start);
  }
  done(samples);
})();
"""


def _fill(hub: Hub, stations: int, check_ins: int) -> None:
    """Stations (tokens, telemetry) and check-ins spread over 90 minutes, in the hub's tables."""
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.fields import utcnow
    from ikrar.store.hub_telemetry import HubStationSeen
    from ikrar.store.models import Attendance, Employee, Station, StationToken

    hub.use()
    try:
        now = utcnow()
        ids = [new_id() for _ in range(stations)]
        people = [e for (e,) in Employee.select(Employee.id).order_by(Employee.nip).tuples()]
        rng = random.Random(7)
        with db.atomic():
            outbox.insert_many(Station, [{"id": i, "name": f"Meja {n + 1}"}
                                         for n, i in enumerate(ids)])
            StationToken.insert_many([
                {"station_id": str(i), "name": f"Meja {n + 1}", "token_hash": f"{n:064d}",
                 "created_at": now, "revoked_at": now if n % 50 == 49 else None}
                for n, i in enumerate(ids)]).execute()
            HubStationSeen.insert_many([
                {"station_id": str(i), "last_seen": now - timedelta(seconds=rng.randint(0, 900)),
                 "pending": rng.randint(0, 40), "clock_offset_ms": rng.randint(-3000, 3000),
                 "app_version": "0.9.0"} for i in ids]).execute()
            rows = [{"id": new_id(), "event": hub.event_id, "employee": person,
                     "station": ids[n % stations], "method": "badge",
                     "checked_in_at": now - timedelta(seconds=rng.randint(0, 5400))}
                    for n, person in enumerate(people[:check_ins])]
            outbox.insert_many(Attendance, rows)
    finally:
        close_db()


def _figures(folder: Path, label: str, database_url: str | None, n: int) -> list[Figure]:
    from selenium.webdriver.common.by import By

    from chromium import Browser

    os.environ["IKRAR_KEY_PASSPHRASE"] = PASSPHRASE
    hub = Hub(folder / "hub", database_url)
    hub.prepare(employees=CHECK_INS)
    _fill(hub, STATIONS, CHECK_INS)
    hub.start()
    browser = Browser()
    try:
        driver = browser.driver
        browser.open(hub.url + "/console/")
        driver.find_element(By.ID, "secret").send_keys(PASSPHRASE)
        driver.find_element(By.ID, "login").click()
        browser.wait(lambda: browser.js("return document.documentElement.dataset.ticks"), 60)
        shown = browser.js("return document.getElementById('signed').textContent")
        rows = browser.js("return document.querySelectorAll('#stations tbody tr').length")
        assert shown == f"{CHECK_INS:,}".replace(",", "."), shown
        assert rows == STATIONS, rows
        loads, statics = [], []
        for _ in range(n):
            driver.get(hub.url + "/console/")
            browser.wait(lambda: browser.js(
                "return document.documentElement.dataset.firstFigures"), 60)
            loads.append(float(browser.js("return document.documentElement.dataset.firstFigures")))
            driver.get(hub.url + "/console/static/console.css")
            statics.append(browser.js(
                "return performance.getEntriesByType('navigation')[0].responseEnd"))
        # Timed from a page that does not itself ask every second (same origin, same cookie).
        driver.get(hub.url + "/console/static/console.css")
        driver.set_script_timeout(600)
        refresh = driver.execute_async_script(
            REFRESH, ["/console/api/progress", "/console/api/stations"], n)
        bare = driver.execute_async_script(REFRESH, ["/console/static/console.css"], n)
    finally:
        browser.close()
        hub.kill()
    data = f"{STATIONS} stations, {CHECK_INS:,} check-ins, {label}"
    return [
        Figure(f"console page load until the first figures show, {data}", "ms",
               statistics.median(loads), statistics.median(statics),
               "a static console file opened in the same browser from the same hub",
               "under 2 s", n, {"p95 ms": round(sorted(loads)[int(0.95 * (n - 1))])}),
        Figure(f"console refresh (progress + stations JSON, asked every second), {data}",
               "ms", statistics.median(refresh), statistics.median(bare),
               "a static console file fetched by the same page", "under 1 s (figures within 2 s)",
               n, {"p95 ms": round(sorted(refresh)[int(0.95 * (n - 1))])}),
    ]


def console_page(folder: Path, *, quick: bool = False) -> list[Figure]:
    from chromium import CHROMIUM

    if CHROMIUM is None:
        print("console_page: chromium is not installed, skipped")
        return []
    n = 5 if quick else 30
    folder.mkdir(parents=True, exist_ok=True)
    figures = _figures(folder / "sqlite", "SQLite", None, n)
    admin = os.environ.get(PG_ENV)
    if not admin:
        print(f"(no PostgreSQL figures: set {PG_ENV})", file=sys.stderr)
        return figures
    url, drop = pg_database(admin)
    try:
        figures += _figures(folder / "pg", "PostgreSQL", url, n)
    finally:
        drop()
    return figures
