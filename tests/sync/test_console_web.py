"""The hub's console in a real headless Chromium (Debian's package) against a real `ikrar hub`:
the administrator logs in, watches a station's check-in arrive, enrols a new desk from the QR
code on the page, revokes it, downloads the recap; the projector link shows no one's name or
NIP; and no page asks anything of a server other than the hub."""

from __future__ import annotations

import base64
from io import BytesIO

import pytest
import zxingcpp
from console_support import PASSPHRASE, PASSPHRASE_ENV
from PIL import Image
from sync_support import Station

from chromium import Browser, needs_chromium
from ikrar.store.db import close_db
from ikrar.store.models import Employee
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubRefused

pytestmark = needs_chromium


@pytest.fixture
def hub(make_hub, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    return make_hub()


@pytest.fixture
def any_hub(make_hub, database_url, monkeypatch):
    """A hub on SQLite, then on PostgreSQL."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    return make_hub(database_url)


@pytest.fixture
def browser():
    browser = Browser()
    yield browser
    browser.close()


def _joined(hub, folder, name: str) -> Station:
    code = hub.code(name)
    station = Station(folder, name)
    station.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    close_db()
    return station


def _text(browser: Browser, element_id: str) -> str:
    return browser.js("return document.getElementById(arguments[0]).textContent.trim()",
                      element_id)


def _bars(browser: Browser, list_id: str) -> list[list[str]]:
    """Each unit's bar as drawn: its name, "signed / expected" and the fill's width."""
    return browser.js("""return [...document.querySelectorAll(`#${arguments[0]} li`)].map(li =>
        [...li.querySelectorAll(".unit-label span")].map(s => s.textContent)
            .concat([li.querySelector(".bar .fill").style.width]));""", list_id)


def _login(browser: Browser, hub, secret: str = PASSPHRASE) -> None:
    from selenium.webdriver.common.by import By

    browser.open(hub.url + "/console/")
    browser.driver.find_element(By.ID, "secret").send_keys(secret)
    browser.driver.find_element(By.ID, "login").click()


def _logged_in(browser: Browser, hub) -> None:
    _login(browser, hub)
    browser.wait(lambda: browser.js("return document.documentElement.dataset.ticks || ''"))


def _decode(png: bytes) -> str:
    found = zxingcpp.read_barcodes(Image.open(BytesIO(png)).convert("L"))
    assert len(found) == 1, "one QR code in the element"
    return found[0].text


def _only_the_hub(browser: Browser, hub) -> None:
    asked = browser.requested()
    assert asked, "the performance log recorded the page's requests"
    outside = [u for u in asked if not (u.startswith(hub.url + "/") or u.startswith("data:")
                                        or u == "about:blank")]
    assert outside == []


def test_the_figures_follow_a_station_within_two_seconds(any_hub, browser, tmp_path):
    hub = any_hub
    meja = _joined(hub, tmp_path / "meja1", "Meja 1")
    _logged_in(browser, hub)
    assert _text(browser, "signed") == "0"
    assert _text(browser, "expected") == "30"
    browser.wait(lambda: "Meja 1" in _text(browser, "stations"))

    meja.use()
    person = Employee.select().order_by(Employee.nip).first()
    meja.check_in(person)
    sync_station.sync_once()
    close_db()
    browser.wait(lambda: _text(browser, "signed") == "1", timeout=2)
    assert _text(browser, "percent") == "3%"
    assert browser.js("return document.querySelectorAll('#units li').length") > 0
    assert browser.js("return document.querySelectorAll('#chart polyline').length") == 1
    # A phone's screen (360 CSS pixels): nothing wider than it, no sideways scrolling.
    assert browser.js("return document.documentElement.scrollWidth <= window.innerWidth")
    assert browser.errors() == []
    _only_the_hub(browser, hub)


def test_a_desk_joins_with_the_pages_qr_code_and_is_revoked(hub, browser, tmp_path):
    from selenium.webdriver.common.by import By

    from ikrar.ui.admin.first_run import _enrolment_scan

    _logged_in(browser, hub)
    driver = browser.driver
    driver.find_element(By.ID, "enrol-name").send_keys("Meja 7")
    driver.find_element(By.ID, "enrol").click()
    browser.wait(lambda: browser.js("return !document.getElementById('enrol-result').hidden"))
    driver.execute_script("document.getElementById('enrol-qr').scrollIntoView()")
    scanned = _decode(driver.find_element(By.ID, "enrol-qr").screenshot_as_png)
    address = _decode(driver.find_element(By.ID, "address-qr").screenshot_as_png)
    assert address == hub.url
    assert scanned.startswith("ikrar:") and scanned[6:] == _text(browser, "enrol-code")
    # What the first-run wizard's scanner field accepts as an enrolment code, and its address.
    assert _enrolment_scan(scanned) and _enrolment_scan(address)

    desk = Station(tmp_path / "meja7", "Meja 7")
    desk.use()
    reply = sync_station.join(address, scanned)
    assert reply["station_name"] == "Meja 7"
    sync_station.sync_once()
    close_db()

    row = f'#stations tr[data-station="{reply["station_id"]}"]'
    browser.wait(lambda: browser.js("return !!document.querySelector(arguments[0])", row))
    driver.find_element(By.CSS_SELECTOR, row + " button.revoke").click()
    browser.wait(lambda: _alert(driver))
    driver.switch_to.alert.accept()
    browser.wait(lambda: browser.js(
        "const r = document.querySelector(arguments[0]); return r && r.classList.contains("
        "'revoked')", row))
    assert "Dicabut" in browser.js("return document.querySelector(arguments[0]).textContent",
                                   row)
    desk.use()
    with pytest.raises(HubRefused, match="revoked"):
        sync_station.sync_once()
    close_db()
    _only_the_hub(browser, hub)


def _alert(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert  # noqa: B018 - raises while there is none
    except NoAlertPresentException:
        return False
    return True


def test_the_recap_and_reconciliation_list_download(hub, browser):
    _logged_in(browser, hub)
    fetched = browser.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const links = [...document.querySelectorAll(".downloads a")];
        Promise.all(links.map(async a => {
            const reply = await fetch(a.href);
            const bytes = new Uint8Array(await reply.arrayBuffer());
            let text = ""; bytes.slice(0, 64).forEach(b => { text += String.fromCharCode(b); });
            return {file: a.dataset.file, status: reply.status, size: bytes.length,
                    type: reply.headers.get("content-type"),
                    disposition: reply.headers.get("content-disposition"), head: btoa(text)};
        })).then(done, e => done(String(e)));""")
    got = {f["file"]: f for f in fetched}
    assert set(got) == {"rekap.pdf", "rekap.xlsx", "rekonsiliasi.csv"}
    for name, item in got.items():
        assert item["status"] == 200, name
        assert item["disposition"] == f'attachment; filename="{name}"'
    assert base64.b64decode(got["rekap.pdf"]["head"]).startswith(b"%PDF")
    assert base64.b64decode(got["rekap.xlsx"]["head"]).startswith(b"PK")
    assert got["rekap.pdf"]["type"] == "application/pdf"
    _only_the_hub(browser, hub)


def test_wrong_passphrases_lock_the_browser_out(hub, browser):
    for _ in range(5):
        _login(browser, hub, "bukan ini")
        browser.wait(lambda: _text(browser, "login-message"))
    message = _text(browser, "login-message")
    assert message.startswith("Terlalu banyak frasa sandi yang salah dari perangkat ini.")
    _login(browser, hub)  # the right one, too late
    browser.wait(lambda: _text(browser, "login-message"))
    assert _text(browser, "login-message").startswith("Terlalu banyak")
    assert browser.js("return !document.getElementById('stations')")


def test_the_projector_link_shows_totals_and_no_one(hub, browser, tmp_path):
    from selenium.webdriver.common.by import By

    meja = _joined(hub, tmp_path / "meja1", "Meja 1")
    meja.use()
    people = list(Employee.select().order_by(Employee.nip))
    for i, person in enumerate(people[:4]):
        meja.check_in(person, seed=i + 1)
    sync_station.sync_once()
    close_db()
    _logged_in(browser, hub)
    browser.wait(lambda: _text(browser, "signed") == "4")
    console_bars = _bars(browser, "units")
    assert any(width not in ("", "0%") for *_, width in console_bars)
    browser.driver.find_element(By.ID, "projector-new").click()
    browser.wait(lambda: _text(browser, "projector-url"))
    link = _text(browser, "projector-url")
    assert link.startswith(hub.url + "/console/proyektor/")
    browser.driver.delete_all_cookies()  # the hall's screen has no session
    browser.open(link)
    browser.wait(lambda: _text(browser, "p-signed") == "4")
    assert _text(browser, "p-expected") == "30"
    assert _bars(browser, "p-units") == console_bars  # one script draws both
    assert browser.errors() == []
    shown = browser.js("return document.documentElement.outerHTML + document.body.innerText")
    for person in people:
        assert person.nip not in shown
        assert person.name not in shown
        assert person.nip[:8] not in shown  # nor a NIP cut or spaced
    _only_the_hub(browser, hub)

    _logged_in(browser, hub)
    browser.driver.find_element(By.ID, "projector-new").click()  # a new link: the old one ends
    browser.wait(lambda: _text(browser, "projector-url") not in ("", link))
    browser.open(link)
    assert "tidak berlaku" in browser.js("return document.body.innerText")
