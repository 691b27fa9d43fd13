"""The hub serves the certificate verification page at /verify, to anyone (no station token),
the same page `ikrar verify-page` writes, naming the hub's events as they are now."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import httpx

from chromium import Browser, needs_chromium
from ikrar.core.certificate_code import CertificateFields, event_tag, sign_code
from ikrar.core.dates import zone
from ikrar.core.keys import SigningKey, StationCertificate
from ikrar.documents.verify_page import page_for_store
from ikrar.store import keystore
from ikrar.store.db import close_db
from ikrar.store.events import create_event


def _hub_page(hub) -> tuple[str, SigningKey]:
    """The page made in this process from the hub's own folder, and the hub's agency key."""
    hub.use()
    try:
        agency = keystore.agency_key()
        return page_for_store(agency.public), agency
    finally:
        close_db()


def test_the_hub_serves_the_page_without_a_token(make_hub):
    hub = make_hub()
    expected, agency = _hub_page(hub)
    for path in ("/verify", "/verify/"):
        reply = httpx.get(hub.url + path, timeout=10, follow_redirects=False)
        assert reply.status_code == 200, path
        assert reply.headers["content-type"].startswith("text/html")
        assert reply.headers["cache-control"] == "no-cache"
        assert reply.text == expected
    assert agency.public.raw.hex() in expected
    assert event_tag(hub.event_id) in expected


def test_an_event_added_later_is_named_without_restarting_the_hub(make_hub):
    hub = make_hub()
    hub.use()
    try:
        later = create_event("Apel Netralitas ASN", datetime(2024, 9, 2, 7, 30,
                                                              tzinfo=zone("WITA")))
        later_id = str(later.id)
    finally:
        close_db()
    page = httpx.get(hub.url + "/verify", timeout=10).text
    assert f'"{event_tag(later_id)}": "Apel Netralitas ASN, 2 September 2024"' in page


@needs_chromium
def test_a_phone_checks_a_certificate_on_the_hubs_page(make_hub):
    hub = make_hub()
    _, agency = _hub_page(hub)
    station = SigningKey.from_seed(bytes(range(7, 39)))
    cert = StationCertificate.issue(agency, "0190a0b0-1234-7abc-8def-0123456789ab", "Meja 2",
                                    station.public, today=date(2024, 7, 1))
    fields = CertificateFields(
        "Dra. Siti Rahmawati, M.Si.", "198502142010012003", "0042/M2/NETRAL/2024",
        hub.event_id, datetime(2024, 7, 10, 9, 5, tzinfo=zone("WIB")), 0,
        hashlib.sha256(b"ink").hexdigest(), date(2024, 7, 10))
    code = sign_code(fields, station, cert, url=hub.url + "/verify")
    browser = Browser()
    try:
        browser.open(code)
        shown = browser.verdict()
        assert (shown["state"], shown["name"], shown["event"], shown["station"]) == (
            "valid", "Dra. Siti Rahmawati, M.Si.", "Deklarasi Netralitas ASN, 10 Juli 2024",
            "Meja 2")
        cut = code[:-30]
        browser.open(cut)
        assert browser.verdict()["state"] == "invalid"
    finally:
        browser.close()
