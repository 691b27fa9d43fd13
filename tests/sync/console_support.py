"""Helpers for the console tests: a hub whose agency key has a passphrase, and logging in."""

from __future__ import annotations

import re

import httpx

PASSPHRASE = "kunci instansi Sumedang 2024"
PASSPHRASE_ENV = "IKRAR_KEY_PASSPHRASE"


def login_form(client: httpx.Client) -> str:
    """Open the login page: its CSRF token (the page set its cookie in `client`)."""
    page = client.get("/console/")
    assert page.status_code == 200 and 'name="secret"' in page.text
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def try_secret(client: httpx.Client, secret: str) -> httpx.Response:
    return client.post("/console/login", data={"secret": secret, "csrf": login_form(client)})


def logged_in(url: str, secret: str = PASSPHRASE) -> tuple[httpx.Client, str]:
    """A client holding an administrator's session, and that session's CSRF token."""
    client = httpx.Client(base_url=url, timeout=20, follow_redirects=False)
    reply = try_secret(client, secret)
    assert reply.status_code == 303, reply.text
    page = client.get("/console/")
    return client, re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)


def alert(page: str) -> str:
    found = re.search(r'role="alert"[^>]*>([^<]*)<', page)
    return found.group(1).strip() if found else ""
