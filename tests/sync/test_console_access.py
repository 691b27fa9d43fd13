"""Who may use the hub's console, over plain HTTP against a real `ikrar hub`: the
administrator's secret, the session cookie, CSRF tokens, lock-out, the audit chain, and the
wall between the console and the sync API."""

from __future__ import annotations

import httpx
import pytest
from console_support import PASSPHRASE, PASSPHRASE_ENV, alert, logged_in, login_form, try_secret

from ikrar.store import audit
from ikrar.store.db import close_db
from ikrar.store.models import AuditEvent
from ikrar.sync import console_auth


@pytest.fixture
def hub(make_hub, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    return make_hub()


def _audit_kinds(hub) -> list[str]:
    hub.use()
    try:
        assert audit.verify().ok
        return [e.kind for e in AuditEvent.select().order_by(AuditEvent.seq)]
    finally:
        close_db()


def test_the_passphrase_opens_the_console_and_the_cookie_is_strict(hub):
    client = httpx.Client(base_url=hub.url, timeout=20)
    assert client.get("/console/api/stations").status_code == 401
    reply = try_secret(client, PASSPHRASE)
    assert reply.status_code == 303 and reply.headers["location"] == "/console/"
    cookie = reply.headers["set-cookie"]
    assert "ikrar_console=" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie and "Path=/console" in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback: a Secure cookie would be dropped
    page = client.get("/console/")
    assert 'name="csrf-token"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["x-frame-options"] == "DENY"
    assert client.get("/console/api/projector").json() == {"url": None}
    assert "console_login" in _audit_kinds(hub)


def test_over_https_the_cookie_is_secure(make_hub, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    hub = make_hub(tls=True)
    client = httpx.Client(base_url=hub.url, timeout=20, verify=False)
    reply = try_secret(client, PASSPHRASE)
    assert reply.status_code == 303
    assert "Secure" in reply.headers["set-cookie"]


def test_no_session_or_a_wrong_csrf_token_changes_nothing(hub):
    anonymous = httpx.Client(base_url=hub.url, timeout=20)
    for path in ("/console/api/events", "/console/api/progress", "/console/api/stations",
                 "/console/api/projector", "/console/unduh/rekap.pdf"):
        assert anonymous.get(path).status_code == 401, path
    assert anonymous.post("/console/api/enrol", json={"name": "Meja 9"}).status_code == 401
    forged = httpx.Client(base_url=hub.url, timeout=20,
                          cookies={"ikrar_console": "1999999999.abc.def"})
    assert forged.get("/console/api/stations").status_code == 401

    client, csrf = logged_in(hub.url)
    before = _audit_kinds(hub)
    for token in (None, "", csrf[:-1] + ("0" if csrf[-1] != "0" else "1")):
        headers = {} if token is None else {"X-CSRF-Token": token}
        for path, body in (("/console/api/enrol", {"name": "Meja 9"}),
                           ("/console/api/projector", {"action": "new"}),
                           ("/console/api/revoke", {"station_id": "x"}),
                           ("/console/logout", {})):
            reply = client.post(path, json=body, headers=headers)
            assert reply.status_code == 403, (path, token)
            assert "CSRF" in reply.json()["detail"]
    assert _audit_kinds(hub) == before  # nothing happened
    # Another session's token is not this one's.
    other, other_csrf = logged_in(hub.url)
    assert other_csrf != csrf
    reply = client.post("/console/api/enrol", json={"name": "Meja 9"},
                        headers={"X-CSRF-Token": other_csrf})
    assert reply.status_code == 403
    made = client.post("/console/api/enrol", json={"name": "Meja 9"},
                       headers={"X-CSRF-Token": csrf})
    assert made.status_code == 200 and made.json()["qr_text"].startswith("ikrar:")


def test_station_tokens_and_console_cookies_open_only_their_own_side(hub, tmp_path):
    from sync_support import Station

    from ikrar.store import settings
    from ikrar.sync import station as sync_station

    code = hub.code("Meja 1")
    Station(tmp_path / "meja", "Meja 1").use()
    sync_station.join(hub.url, code)
    token = settings.get("hub_token")
    close_db()
    bearer = {"Authorization": f"Bearer {token}"}
    assert httpx.get(hub.url + "/api/v1/me", headers=bearer, timeout=20).status_code == 200
    for path in ("/console/api/stations", "/console/api/progress", "/console/api/events"):
        assert httpx.get(hub.url + path, headers=bearer, timeout=20).status_code == 401
    assert httpx.post(hub.url + "/console/api/enrol", json={"name": "Meja 2"},
                      headers=bearer, timeout=20).status_code == 401
    client, csrf = logged_in(hub.url)
    assert client.get("/console/api/projector").status_code == 200
    for path in ("/api/v1/me", "/api/v1/changes"):
        assert client.get(path, headers={"X-CSRF-Token": csrf}).status_code == 401, path


def test_wrong_passphrases_lock_this_client_out_with_a_time_to_retry(hub):
    client = httpx.Client(base_url=hub.url, timeout=20)
    for attempt in range(1, console_auth.CLIENT_TRIES):
        reply = try_secret(client, f"tebakan {attempt}")
        assert reply.status_code == 401
        assert alert(reply.text) == "Salah. Periksa lalu coba lagi."
    reply = try_secret(client, "tebakan terakhir")
    assert reply.status_code == 429
    assert int(reply.headers["retry-after"]) == console_auth.CLIENT_LOCK_S
    assert alert(reply.text).startswith("Terlalu banyak frasa sandi yang salah dari perangkat "
                                        "ini. Coba lagi dalam 5 menit (setelah pukul ")
    # While locked even the right passphrase is not tried.
    reply = try_secret(client, PASSPHRASE)
    assert reply.status_code == 429 and "ikrar_console=" not in reply.headers.get(
        "set-cookie", "")
    kinds = _audit_kinds(hub)
    assert kinds.count("console_login_failed") == console_auth.CLIENT_TRIES
    assert "console_login" not in kinds


def test_a_login_form_without_its_own_token_is_refused(hub):
    client = httpx.Client(base_url=hub.url, timeout=20)
    login_form(client)
    reply = client.post("/console/login", data={"secret": PASSPHRASE, "csrf": "forged"})
    assert reply.status_code == 403 and "ikrar_console=" not in reply.headers.get(
        "set-cookie", "")
    bare = httpx.Client(base_url=hub.url, timeout=20)  # no login cookie at all
    assert bare.post("/console/login", data={"secret": PASSPHRASE}).status_code == 403


def test_logging_out_ends_the_session(hub):
    client, csrf = logged_in(hub.url)
    assert client.post("/console/logout", headers={"X-CSRF-Token": csrf}).status_code == 200
    kept = client.cookies.get("ikrar_console")
    assert kept is None
    assert _audit_kinds(hub)[-1] == "console_logout"


def test_a_key_without_passphrase_uses_the_login_code_of_this_start(make_hub, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    hub = make_hub()
    hub.use()  # as `ikrar hub` does when it starts: a new code, its hash in the settings
    try:
        from ikrar.store.db import db
        from ikrar.sync import ledger

        with db.connection_context(), ledger.hub_write():
            code = console_auth.new_login_code()
    finally:
        close_db()
    assert code and len(code) == 19
    client = httpx.Client(base_url=hub.url, timeout=20)
    assert "Kode masuk konsol" in client.get("/console/").text
    assert try_secret(client, "AAAA-BBBB-CCCC-DDDD").status_code == 401
    assert try_secret(client, "").status_code == 401
    assert try_secret(client, code.lower()).status_code == 303


def test_the_lock_for_everyone_after_many_wrong_secrets_from_anywhere(tmp_path):
    from ikrar.store.db import init_db

    init_db(tmp_path / "hub", station_name="Hub")
    try:
        locks = [console_auth.record_failure(f"10.0.0.{i}")
                 for i in range(console_auth.ALL_TRIES)]
        assert [lock.seconds for lock in locks[:-1]] == [0] * (console_auth.ALL_TRIES - 1)
        assert locks[-1].everyone and locks[-1].seconds == console_auth.ALL_LOCK_S
        fresh = console_auth.lock_for("192.168.1.77")  # an address never seen before
        assert fresh.everyone and fresh.seconds > 0
        from ikrar.hubweb.console import lock_message

        assert lock_message(fresh).startswith("Terlalu banyak frasa sandi yang salah di hub ini")
    finally:
        close_db()


def test_the_hub_serves_no_console_when_told_and_names_the_silent_minutes(make_hub, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    hub = make_hub(start=False)
    hub.start(options=("--no-console",))
    for path in ("/console/", "/console/static/console.js", "/console/api/stations"):
        assert httpx.get(hub.url + path, timeout=20).status_code == 404, path
    assert httpx.get(hub.url + "/api/v1/health", timeout=20).status_code == 200
    hub.kill()
    hub.start(options=("--silent-minutes", "3"))
    client, _ = logged_in(hub.url)
    assert "senyap lebih dari 3 menit ditandai" in client.get("/console/").text


def test_ikrar_hub_prints_the_login_code_it_accepts(make_hub, monkeypatch):
    import subprocess
    import sys

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    hub = make_hub(start=False)
    proc = subprocess.Popen([sys.executable, "-m", "ikrar", "--data-dir", str(hub.folder), "hub",
                             "--port", "0", "--no-tls"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    hub.proc = proc  # make_hub kills it at the end
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if "listening on" in line:
            break
    url = lines[-1].split("listening on ", 1)[1].split()[0]
    assert f"Web console: {url}/console/" in lines
    code = next(x for x in lines if x.startswith("Console login code")).rsplit(" ", 1)[1]
    client, _ = logged_in(url, code)
    assert client.get("/console/api/projector").status_code == 200


def test_a_session_holds_on_every_worker_of_a_postgresql_hub(make_hub, pg_admin_url,
                                                            monkeypatch):
    from sync_support import pg_database

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    url, drop = pg_database(pg_admin_url)
    try:
        hub = make_hub(url, start=False)
        hub.start(options=("--workers", "2"))
        client, csrf = logged_in(hub.url)
        for _ in range(12):  # each a new connection: the workers take turns accepting them
            fresh = httpx.Client(base_url=hub.url, timeout=20, cookies=client.cookies)
            assert fresh.get("/console/api/stations").status_code == 200
            reply = fresh.post("/console/api/projector", json={"action": "new"},
                               headers={"X-CSRF-Token": csrf})
            assert reply.status_code == 200
        hub.kill()
    finally:
        drop()


# The application `ikrar hub` builds (the command's own imports, then create_app with the
# console mounted), in a fresh interpreter: which packages did it load?
HUB_APP = """
import os, sys
from pathlib import Path

from fastapi.testclient import TestClient

from ikrar.cli import main  # noqa: F401 - what `ikrar hub` has loaded before the app
from ikrar.documents.verify_page import page_for_store
from ikrar.hubweb.console import mount
from ikrar.store.db import init_db
from ikrar.sync.hub import create_app
from ikrar.sync.serve import load_agency

init_db(Path(os.environ["IKRAR_DATA_DIR"]), station_name="Hub")
app = create_app(load_agency(), verify_page=page_for_store, console=mount)
with TestClient(app) as client:
    assert client.get("/console/").status_code == 200
    assert client.get("/console/static/bars.js").status_code == 200
print(sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "openpyxl", "PySide6"}))
"""


def test_the_hub_app_mounts_the_console_without_loading_the_document_makers(
        data_dir, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    done = subprocess.run([sys.executable, "-c", HUB_APP], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"  # recap makers load on first download
