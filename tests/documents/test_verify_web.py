"""The verification web page in a real headless Chromium (Debian's package), as a phone opens it:
`http://127.0.0.1:PORT/#<code>` from a loopback server that logs every request.

Each check runs three times: with WebCrypto's Ed25519 (what Chromium has), with WebCrypto
refusing Ed25519 (older browsers) and with no crypto.subtle at all (plain http on a LAN), the
last two through the bundled @noble/ed25519. The codes are the certificate format's test
vectors (tests/core/data/certificate_v2_vectors.json), made by the Python encoder; every
refusal must give the reason the Python verifier gives.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

import pytest

from chromium import ENGINE_USED, Browser, needs_chromium, page_server
from ikrar.core.certificate_code import payload_of, verify_v2
from ikrar.core.dates import format_datetime
from ikrar.core.keys import PublicKey, VerificationError
from ikrar.core.nip import format_nip
from ikrar.documents import verify_page

pytestmark = needs_chromium

VECTORS = json.loads((Path(__file__).parents[1] / "core" / "data"
                      / "certificate_v2_vectors.json").read_text(encoding="utf-8"))
AGENCY = PublicKey(bytes.fromhex(VECTORS["agency_public_key_hex"]))
OTHER = PublicKey(bytes.fromhex(VECTORS["other_agency_public_key_hex"]))
EVENT_TITLE = "Deklarasi Netralitas ASN, 10 Juli 2024"
GENUINE = VECTORS["valid"][0]
ZONES = {420: "WIB", 480: "WITA", 540: "WIT"}


def _page(public: PublicKey) -> str:
    return verify_page.render(public, agency="Pemerintah Kabupaten Sumedang",
                              events={GENUINE["fields"]["event_tag"]: EVENT_TITLE})


@pytest.fixture(scope="module")
def site():
    with page_server({"/": _page(AGENCY), "/other/": _page(OTHER)}) as server:
        yield server


@pytest.fixture(scope="module", params=["webcrypto", "no-ed25519", "no-subtle"])
def browser(request):
    browser = Browser(request.param)
    yield browser
    browser.close()


def check(browser: Browser, site, text: str, path: str = "/") -> dict:
    browser.open(site.url(path) + "#" + text)
    shown = browser.verdict()
    assert shown["engine"] == ENGINE_USED[browser.engine]
    return shown


def python_reason(text: str, public: PublicKey = AGENCY) -> str | None:
    try:
        verify_v2(text, public)
    except VerificationError as exc:
        return exc.reason
    return None


@pytest.mark.parametrize("vector", VECTORS["valid"], ids=lambda v: v["label"])
def test_a_genuine_code_is_valid_and_shows_what_the_paper_must_say(browser, site, vector):
    fields = vector["fields"]
    shown = check(browser, site, vector["text"].rpartition("#")[2])
    assert shown["state"] == "valid" and shown["verdict"] == "SAH"
    assert shown["name"] == fields["name"]
    assert shown["nip"] == format_nip(fields["nip"])
    assert shown["number"] == fields["number"]
    assert shown["copy"] == (f"SALINAN ke-{fields['copy']}" if fields["copy"] else "Asli")
    assert shown["event"] == EVENT_TITLE
    signed_at = datetime.fromisoformat(fields["signed_at"])
    assert shown["time"] == format_datetime(signed_at, ZONES[fields["utc_offset_minutes"]])
    assert shown["station"] == fields["station_name"]
    assert shown["compare_shown"]
    assert browser.errors() == []


@pytest.mark.parametrize("vector", VECTORS["invalid"], ids=lambda v: v["label"])
def test_a_bad_code_is_not_valid_for_the_reason_python_gives(browser, site, vector):
    shown = check(browser, site, vector["text"])
    assert shown["state"] == "invalid" and shown["verdict"] == "TIDAK SAH"
    assert shown["reason"] == vector["reason"]
    assert not shown["fields_shown"] and not shown["compare_shown"]
    assert shown["note"]  # says why, in Indonesian


def test_an_old_ikc1_code_is_sent_to_the_app_not_called_invalid(browser, site):
    shown = check(browser, site, VECTORS["legacy_v1"]["text"])
    assert (shown["state"], shown["verdict"]) == ("legacy", "BELUM DIPERIKSA")
    assert "aplikasi Ikrar" in shown["note"] and not shown["fields_shown"]


def test_a_genuine_code_on_another_agencys_page_is_not_valid(browser, site):
    shown = check(browser, site, payload_of(GENUINE["text"]), path="/other/")
    assert (shown["state"], shown["reason"]) == ("invalid", "agency")


# The bundled library is exercised by no-ed25519 already; no-subtle adds nothing here.
@pytest.mark.parametrize("browser", ["webcrypto", "no-ed25519"], indirect=True)
def test_one_altered_digit_anywhere_is_not_valid(browser, site):
    digits = payload_of(GENUINE["text"])
    for position in random.Random(14).sample(range(2, len(digits)), 12):
        new = str((int(digits[position]) + random.Random(position).randint(1, 9)) % 10)
        text = digits[:position] + new + digits[position + 1:]
        shown = check(browser, site, text)
        assert shown["state"] == "invalid", position
        assert shown["reason"] == python_reason(text), position


def test_a_truncated_code_is_not_valid(browser, site):
    digits = payload_of(GENUINE["text"])
    for keep in (len(digits) - 1, len(digits) - 3, len(digits) // 2, 40, 3):
        shown = check(browser, site, digits[:keep])
        assert shown["state"] == "invalid", keep
        assert shown["reason"] == python_reason(digits[:keep]), keep


def test_a_code_typed_or_pasted_into_the_field_is_checked(browser, site):
    """A keyboard-wedge scanner types the QR's text (URL form included) and Enter."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.open(site.url())
    assert browser.js("return document.documentElement.dataset.state") == "empty"
    field = browser.driver.find_element(By.ID, "code")
    field.send_keys(VECTORS["valid"][2]["text"] + Keys.ENTER)
    shown = browser.verdict()
    assert (shown["state"], shown["name"], shown["copy"]) == (
        "valid", GENUINE["fields"]["name"], "SALINAN ke-2")
    field.clear()
    field.send_keys(VECTORS["invalid"][0]["text"] + Keys.ENTER)
    browser.wait(lambda: browser.js("return document.documentElement.dataset.state")
                 == "invalid")


def test_the_page_asks_for_nothing_but_itself(browser, site):
    site.requests.clear()
    browser.requested()  # forget earlier pages
    shown = check(browser, site, payload_of(GENUINE["text"]))
    assert shown["state"] == "valid"
    assert browser.requested() == [site.url()]  # DevTools: the document only
    assert site.requests == ["/"]  # no favicon, nothing else
    assert browser.js("return performance.getEntriesByType('resource').length") == 0
    # Even a script that tries is stopped by the page's Content-Security-Policy.
    result = browser.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(() => done('sent'), () => done('blocked'));",
        site.url("/leak"))
    assert result == "blocked"
    assert "/leak" not in site.requests


def test_the_request_check_sees_a_page_that_loads_something(browser):
    """The two request logs above can fail: a page without the policy that loads an image."""
    with page_server({"/": '<img src="/probe.png">'}) as server:
        browser.requested()
        browser.open(server.url())
        browser.wait(lambda: "/probe.png" in server.requests)
        assert server.url("/probe.png") in browser.requested()


@pytest.mark.parametrize("browser", ["webcrypto"], indirect=True)  # layout: any engine
def test_the_answer_fits_a_phone_screen_in_large_type(browser, site):
    check(browser, site, payload_of(GENUINE["text"]))
    sizes = browser.js("""
        const px = id => parseFloat(getComputedStyle(document.getElementById(id)).fontSize);
        return {width: innerWidth, scroll: document.documentElement.scrollWidth,
                verdict: px("verdict"), name: px("f-name"),
                lang: document.documentElement.lang};""")
    assert sizes["width"] == 360
    assert sizes["scroll"] <= sizes["width"]  # nothing to scroll sideways
    assert sizes["verdict"] >= 40 and sizes["name"] >= 24
    assert sizes["lang"] == "id"


def test_a_printed_certificate_scanned_by_a_phone_is_valid(event, make_employee, tmp_path):
    """The whole way: a certificate PDF from the clerk's code path, its QR read off a 150-dpi
    render, opened as a phone's camera would open it, on the page `ikrar verify-page` makes."""
    from ikrar.core.strokes import synthetic_signature
    from ikrar.documents.batch import select_batch
    from ikrar.documents.certificate import write_certificate
    from ikrar.documents.certificate_data import page_for
    from ikrar.documents.verify import read_qr
    from ikrar.store.checkin import check_in
    from ikrar.store.keystore import certify_local_station, init_agency_key
    from support import render_pdf

    agency = init_agency_key(None)
    certify_local_station(agency)
    employee = make_employee(event, name="Siti Rahmawati", front="Dr.", back="M.Si.")
    check_in(event, employee, synthetic_signature(3), method="badge",
             pledge_hash=event.pledge_hash,
             at=datetime(2024, 7, 10, 9, 14, tzinfo=event.starts_at.tzinfo))
    with page_server({}) as server:
        server.pages["/ikrar/"] = verify_page.page_for_store(agency.public)
        event.verify_url = server.url("/ikrar/")
        event.save()
        [record] = select_batch(event).records
        issuer, data = page_for(record.number, 1)
        pdf = tmp_path / "one.pdf"
        write_certificate(str(pdf), issuer, data)
        [text] = read_qr(render_pdf(pdf, 150, range(1))[0])
        assert text.startswith(server.url("/ikrar/#92"))
        browser = Browser()
        try:
            browser.open(text)
            shown = browser.verdict()
        finally:
            browser.close()
    assert shown["state"] == "valid"
    assert (shown["name"], shown["number"], shown["copy"]) == (
        data.name, record.number, "SALINAN ke-1")
    assert shown["nip"] == data.nip
    assert shown["event"] == "Deklarasi Netralitas ASN, 10 Juli 2024"


@pytest.mark.parametrize("engine", ["webcrypto", "no-ed25519"])
def test_a_pakta_integritas_code_is_valid_and_named_a_pakta(event, make_employee, engine):
    """A pakta signs the certificate's layout under its own domain: the page checks both and
    says which; a certificate's code stays a certificate."""
    from ikrar.core.strokes import synthetic_signature
    from ikrar.documents.batch import select_batch
    from ikrar.documents.certificate_data import page_for
    from ikrar.store.checkin import check_in
    from ikrar.store.keystore import certify_local_station, init_agency_key

    agency = init_agency_key(None)
    certify_local_station(agency)
    check_in(event, make_employee(event), synthetic_signature(2), method="badge",
             pledge_hash=event.pledge_hash)
    event.documents = "both"
    event.save()
    [record] = select_batch(event).records
    _, data = page_for(record.number)
    with page_server({"/": verify_page.page_for_store(agency.public)}) as server:
        browser = Browser(engine)
        try:
            shown = []
            for code in (data.pakta_qr_text, data.qr_text):
                browser.open(server.url("/") + "#" + code)
                shown.append(browser.verdict())
        finally:
            browser.close()
    pakta, certificate = shown
    assert pakta["state"] == "valid" and pakta["number"] == record.number
    assert pakta["note"].startswith("Pakta integritas.")
    assert certificate["state"] == "valid" and "Pakta" not in certificate["note"]
