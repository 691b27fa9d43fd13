"""Screenshots of the hub's web console in headless Chromium, on a desktop and a phone screen.

    .venv/bin/python docs/screenshots/console_screenshots.py

Starts `ikrar hub` on a temporary folder filled with a sample event (180 people in 7 units,
check-ins over 50 minutes from 6 desks, one desk silent, one revoked), logs in, makes an
enrolment code and a projector link, and writes console-*.png beside this file.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parents[1] / "tests"
sys.path[:0] = [str(TESTS), str(TESTS / "sync")]

from chromium import CHROMEDRIVER, CHROMIUM  # noqa: E402
from sync_support import Hub  # noqa: E402

PASSPHRASE = "contoh frasa sandi"


def _fill(hub: Hub) -> None:
    from ikrar.core.ids import new_id
    from ikrar.store import outbox
    from ikrar.store.db import close_db, db
    from ikrar.store.fields import utcnow
    from ikrar.store.hub_telemetry import HubStationSeen
    from ikrar.store.models import Attendance, Employee, Station, StationToken

    hub.use()
    rng, now = random.Random(3), utcnow()
    desks = [(new_id(), f"Meja {n}") for n in range(1, 7)]
    people = [e for (e,) in Employee.select(Employee.id).order_by(Employee.nip).tuples()]
    with db.atomic():
        outbox.insert_many(Station, [{"id": i, "name": name} for i, name in desks])
        StationToken.insert_many([{"station_id": str(i), "name": name, "token_hash": f"{n:064d}",
                                   "created_at": now, "revoked_at": now if n == 5 else None}
                                  for n, (i, name) in enumerate(desks)]).execute()
        seen = [5, 12, 3, 9, 14 * 60, 40 * 60]
        HubStationSeen.insert_many([{
            "station_id": str(i), "last_seen": now - timedelta(seconds=seen[n]),
            "pending": [0, 3, 0, 12, 41, 0][n], "clock_offset_ms": rng.randint(-900, 900),
            "app_version": "0.9.0"} for n, (i, _) in enumerate(desks)]).execute()
        signed = rng.sample(people, 131)
        outbox.insert_many(Attendance, [{
            "id": new_id(), "event": hub.event_id, "employee": person,
            "station": desks[k % 5][0], "method": "badge",
            "checked_in_at": now - timedelta(seconds=int(3000 * (1 - (k / 131) ** 0.6)))}
            for k, person in enumerate(signed)])
    close_db()


def _driver(width: int, height: int, phone: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--lang=id-ID", f"--window-size={width},{height}"):
        options.add_argument(arg)
    if phone:
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0}})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 2 if phone else 1,
        "mobile": phone})
    return driver


def _wait(driver, script: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 30).until(lambda d: d.execute_script(script))


def _console(driver, hub: Hub, enrol: bool) -> None:
    from selenium.webdriver.common.by import By

    driver.get(hub.url + "/console/")
    driver.find_element(By.ID, "secret").send_keys(PASSPHRASE)
    driver.find_element(By.ID, "login").click()
    _wait(driver, "return document.documentElement.dataset.ticks")
    if enrol:
        driver.find_element(By.ID, "enrol-name").send_keys("Meja 7")
        driver.find_element(By.ID, "enrol").click()
        _wait(driver, "return !document.getElementById('enrol-result').hidden")
    _wait(driver, "return Number(document.documentElement.dataset.ticks) > 2")
    driver.execute_script("window.scrollTo(0, 0)")


def _save(driver, name: str, full: bool = False) -> None:
    import base64

    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": full})
    (HERE / name).write_bytes(base64.b64decode(shot["data"]))
    print(HERE / name)


def main() -> None:
    from selenium.webdriver.common.by import By

    os.environ["IKRAR_KEY_PASSPHRASE"] = PASSPHRASE
    with tempfile.TemporaryDirectory() as tmp:
        hub = Hub(Path(tmp) / "hub")
        hub.prepare(employees=180)
        _fill(hub)
        hub.start()
        try:
            desktop = _driver(1366, 768, phone=False)
            try:
                _console(desktop, hub, enrol=True)
                _save(desktop, "console-desktop.png")
                desktop.find_element(By.ID, "projector-new").click()
                _wait(desktop, "return document.getElementById('projector-url').textContent")
                link = desktop.find_element(By.ID, "projector-url").text
                desktop.execute_script("document.getElementById('stations').scrollIntoView()")
                _save(desktop, "console-desktop-stations.png")
                desktop.set_window_size(1920, 1080)
                desktop.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
                desktop.delete_all_cookies()
                desktop.get(link)
                _wait(desktop, "return document.documentElement.dataset.loaded")
                _save(desktop, "console-projector.png")
            finally:
                desktop.quit()
            phone = _driver(390, 844, phone=True)
            try:
                phone.get(hub.url + "/console/")
                _save(phone, "console-phone-login.png")
                _console(phone, hub, enrol=False)
                _save(phone, "console-phone.png")
                phone.execute_script("document.getElementById('stations').scrollIntoView()")
                _save(phone, "console-phone-stations.png")
            finally:
                phone.quit()
        finally:
            hub.kill()


if __name__ == "__main__":
    main()
