"""The hub's web console (/console/) and the hall's projector page, in Indonesian.

Served by the hub's own FastAPI application, so it has the hub's TLS and certificate pin. The
pages are files in resources/console/ (plain HTML, CSS and a little JavaScript, nothing from
outside: the Content-Security-Policy says `default-src 'self'`); the figures come as JSON
from /console/api/… and the page asks again every second, so a station's sync shows within
two seconds. The numbers are made by `ikrar.hubweb.console_data`.

Access is the administrator's (see `console_auth`): a session cookie (HttpOnly, SameSite=
Strict, Secure over HTTPS) opens the pages and the JSON, every POST also needs the session's
CSRF token, and every action goes into the hub's audit chain. The cookie opens nothing under
/api/ (the sync API wants a station's bearer token) and a station's token opens nothing here.
The projector page has its own unguessable link, shows totals and units only (no names, no
NIPs) and stops working when the administrator replaces or removes the link.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

import qrcode
import qrcode.image.svg
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ikrar import paths
from ikrar.core.errors import IkrarError
from ikrar.core.keys import SigningKey
from ikrar.store import audit, settings
from ikrar.store.db import db, local
from ikrar.sync import console_auth as auth
from ikrar.sync import enrol, ledger, tls

PREFIX = "/console"
SILENT_AFTER_S = 600
MAX_FORM = 8 * 1024
_STATIC = re.compile(r"[a-z0-9-]+\.(js|css|svg)")
_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
          "svg": "image/svg+xml"}
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
DOWNLOADS = {
    "rekap.pdf": ("recap_pdf", "application/pdf"),
    "rekap.xlsx": ("recap_xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "rekonsiliasi.csv": ("reconciliation_csv", "text/csv; charset=utf-8"),
}


class ConsoleHeaders:
    """Pure ASGI: the console's security headers on every /console reply (none elsewhere)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.raw = [(k.lower().encode("latin-1"), v.encode("latin-1"))
                    for k, v in HEADERS.items()]

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(PREFIX):
            await self.app(scope, receive, send)
            return

        async def adding(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in self.raw if h[0] not in names]
            await send(message)

        await self.app(scope, receive, adding)


def _data():
    # Imported when first used: the queries are console_data's (another module's) work.
    from ikrar.hubweb import console_data  # noqa: PLC0415

    return console_data


def _template(name: str, **values: str) -> str:
    text = paths.resource("console", name).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", html.escape(value, quote=True))
    return text


def _read(fn: Callable[[], Any]) -> Any:
    with db.connection_context():
        return fn()


def _write(fn: Callable[[], Any]) -> Any:
    """`fn` under the hub's write lock, as every hub write (the audit chain has one head)."""
    with ledger.turn(), db.connection_context(), ledger.hub_write():
        return fn()


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _admin(request: Request) -> str:
    """The session cookie of a logged-in administrator, else 401."""
    cookie = request.cookies.get(auth.SESSION_COOKIE)
    if not _read(lambda: auth.session_ok(cookie)):
        raise HTTPException(401, "Sesi konsol tidak ada atau sudah berakhir. Masuk lagi.")
    return cookie


def _action(request: Request, cookie: str = Depends(_admin)) -> str:
    """An administrator's POST: the session and its CSRF token (X-CSRF-Token), else 403."""
    token = request.headers.get("x-csrf-token")
    if not _read(lambda: auth.csrf_ok(cookie, token)):
        raise HTTPException(403, "Token keamanan (CSRF) tidak cocok; tidak ada yang diubah. "
                                 "Muat ulang halaman konsol.")
    return cookie


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path=PREFIX, httponly=True,
                        secure=request.url.scheme == "https", samesite="strict")


def _clock(seconds: int) -> str:
    minutes = max(1, (seconds + 59) // 60)
    until = datetime.now().astimezone().timestamp() + seconds
    return f"{minutes} menit (setelah pukul {datetime.fromtimestamp(until):%H:%M})"


def lock_message(lock: auth.Lock) -> str:
    if lock.everyone:
        return ("Terlalu banyak frasa sandi yang salah di hub ini, dari perangkat mana pun. "
                f"Konsol dikunci untuk semua perangkat; coba lagi dalam {_clock(lock.seconds)}.")
    return ("Terlalu banyak frasa sandi yang salah dari perangkat ini. Coba lagi dalam "
            f"{_clock(lock.seconds)}.")


def _qr_svg(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage,
                        error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    return image.to_string(encoding="unicode")


def _fingerprint() -> str:
    """The fingerprint of the certificate this hub serves (made when missing, as `ikrar hub
    enrol` does), so a code handed out here pins the same certificate."""
    cert, _ = tls.ensure_certificate(local().data_dir / "tls")
    return tls.fingerprint(cert.read_bytes())


async def _raw(request: Request) -> bytes:
    """The request's body, read on the event loop; the handlers run in worker threads (their
    database work and the write lock must never hold up the loop)."""
    return await request.body()


def _json(raw: bytes) -> dict:
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise HTTPException(422, "Permintaan tidak berupa JSON yang benar.")
    return body


def _event_id(event: str | None) -> str:
    known = [str(e["id"]) for e in _read(lambda: _data().events())]
    if not known:
        raise HTTPException(404, "Hub ini belum punya acara.")
    if event is None:
        return known[0]
    if event not in known:
        raise HTTPException(404, "Acara ini tidak dikenal hub.")
    return event


def router(agency: SigningKey, *, silent_after_s: int = SILENT_AFTER_S) -> APIRouter:
    """The console's routes; `mount` adds them (and the security headers) to the hub."""
    r = APIRouter(prefix=PREFIX, include_in_schema=False)

    @r.get("")
    def bare() -> Response:
        return RedirectResponse(PREFIX + "/", status_code=308)

    @r.get("/")
    def home(request: Request) -> Response:
        cookie = request.cookies.get(auth.SESSION_COOKIE)
        if _read(lambda: auth.session_ok(cookie)):
            csrf = _read(lambda: auth.csrf_for(cookie))
            return HTMLResponse(_template("console.html", csrf=csrf,
                                          silent_minutes=str(silent_after_s // 60)))
        return _login_page(request)

    def _login_page(request: Request, message: str = "", status: int = 200,
                    headers: dict[str, str] | None = None) -> Response:
        nonce = request.cookies.get(auth.LOGIN_COOKIE) or auth.new_login_nonce()
        passphrase = _read(auth.uses_passphrase)
        response = HTMLResponse(_template(
            "login.html", csrf=_read(lambda: auth.csrf_for(nonce)), message=message,
            hidden="" if message else "hidden",
            label="Frasa sandi kunci instansi" if passphrase else "Kode masuk konsol",
            hint=("Frasa sandi yang melindungi kunci instansi di hub ini." if passphrase else
                  "Kode yang dicetak `ikrar hub` saat hub dijalankan.")),
            status_code=status, headers=headers)
        _cookie(response, request, auth.LOGIN_COOKIE, nonce, 3600)
        return response

    @r.post("/login")
    def login(request: Request, raw: bytes = Depends(_raw)) -> Response:
        if len(raw) > MAX_FORM:
            return _login_page(request, "Isian terlalu panjang.", 413)
        form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        client = _client(request)
        nonce = request.cookies.get(auth.LOGIN_COOKIE)
        if not _read(lambda: auth.csrf_ok(nonce, form.get("csrf"))):
            return _login_page(request, "Formulir ini sudah tidak berlaku. Isi lagi.", 403)
        lock = _read(lambda: auth.lock_for(client))
        if lock.seconds:
            return _login_page(request, lock_message(lock), 429,
                               {"Retry-After": str(lock.seconds)})
        ok = _read(lambda: auth.secret_ok(form.get("secret", ""), agency.public))
        if ok:
            def accept() -> str:
                auth.record_success(client)
                audit.append("console_login", client)
                return auth.new_session()

            session = _write(accept)
            response = RedirectResponse(PREFIX + "/", status_code=303)
            _cookie(response, request, auth.SESSION_COOKIE, session, auth.SESSION_SECONDS)
            response.delete_cookie(auth.LOGIN_COOKIE, path=PREFIX)
            return response

        def refuse() -> auth.Lock:
            now = auth.record_failure(client)
            audit.append("console_login_failed", client, locked_s=now.seconds,
                         everyone=now.everyone)
            return now

        lock = _write(refuse)
        if lock.seconds:
            return _login_page(request, lock_message(lock), 429,
                               {"Retry-After": str(lock.seconds)})
        return _login_page(request, "Salah. Periksa lalu coba lagi.", 401)

    @r.post("/logout")
    def logout(request: Request, cookie: str = Depends(_action)) -> Response:
        def end() -> None:
            audit.append("console_logout", _client(request))
            auth.end_all_sessions()

        _write(end)
        response = JSONResponse({"ok": True})
        response.delete_cookie(auth.SESSION_COOKIE, path=PREFIX)
        return response

    @r.get("/api/events")
    def events(cookie: str = Depends(_admin)) -> Any:
        return _read(lambda: _data().events())

    @r.get("/api/progress")
    def progress(event: str | None = None, cookie: str = Depends(_admin)) -> Any:
        chosen = _event_id(event)
        return _read(lambda: _data().progress(chosen))

    @r.get("/api/stations")
    def stations(cookie: str = Depends(_admin)) -> Any:
        return _read(lambda: _data().stations(silent_after_s))

    @r.post("/api/enrol")
    def enrol_code(request: Request, raw: bytes = Depends(_raw),
                   cookie: str = Depends(_action)) -> Any:
        body = _json(raw)
        name = str(body.get("name") or "").strip()
        if not name or len(name) > 60:
            raise HTTPException(422, "Beri meja ini nama (paling panjang 60 huruf), misalnya "
                                     "\"Meja 3\".")
        try:
            minutes = int(body.get("minutes") or enrol.CODE_MINUTES)
        except (TypeError, ValueError):
            minutes = 0
        if not 1 <= minutes <= 24 * 60:
            raise HTTPException(422, "Masa berlaku kode: 1 sampai 1.440 menit.")
        event = _event_id(body.get("event") or None)
        fingerprint = _fingerprint()

        def make() -> enrol.Code:
            audit.append("console_enrol_code", name, minutes=minutes, client=_client(request))
            return enrol.create_code(name, event_id=event, minutes=minutes,
                                     fingerprint=fingerprint)

        code = _write(make)
        address = str(request.base_url).rstrip("/")
        scanned = f"ikrar:{code.text}"
        return {"station_name": code.station_name, "code": code.text, "qr_text": scanned,
                "qr_svg": _qr_svg(scanned), "address": address,
                "address_qr_svg": _qr_svg(address),
                "expires_at": code.expires_at.isoformat()}

    @r.post("/api/revoke")
    def revoke(request: Request, raw: bytes = Depends(_raw),
               cookie: str = Depends(_action)) -> Any:
        body = _json(raw)
        station_id = str(body.get("station_id") or "")

        def cut() -> Any:
            row = enrol.revoke(station_id)
            audit.append("console_revoke", row.station_id, client=_client(request))
            return row

        try:
            row = _write(cut)
        except enrol.EnrolmentError as exc:
            raise HTTPException(404, "Meja ini tidak terdaftar di hub.") from exc
        return {"ok": True, "station_id": row.station_id, "name": row.name}

    @r.get("/api/projector")
    def projector_link(request: Request, cookie: str = Depends(_admin)) -> Any:
        token = _read(auth.projector_token)
        return {"url": _projector_url(request, token)}

    @r.post("/api/projector")
    def projector_change(request: Request, raw: bytes = Depends(_raw),
                         cookie: str = Depends(_action)) -> Any:
        body = _json(raw)
        if body.get("action") not in ("new", "remove"):
            raise HTTPException(422, "Pilih: buat tautan baru, atau cabut tautan.")

        def change() -> str | None:
            audit.append("console_projector_" + body["action"], "", client=_client(request))
            if body["action"] == "new":
                return auth.new_projector_token()
            auth.revoke_projector()
            return None

        return {"url": _projector_url(request, _write(change))}

    @r.get("/unduh/{name}")
    def download(request: Request, name: str, event: str | None = None,
                 cookie: str = Depends(_admin)) -> Response:
        if name not in DOWNLOADS:
            raise HTTPException(404, "Berkas ini tidak ada.")
        chosen = _event_id(event)
        function, media = DOWNLOADS[name]
        try:
            content = _read(lambda: getattr(_data(), function)(chosen))
        except IkrarError as exc:
            if exc.code == "recap.no_roster":
                raise HTTPException(422, "Acara ini belum punya daftar peserta, jadi belum "
                                         "ada rekap.") from exc
            raise
        _write(lambda: audit.append("console_download", chosen, file=name,
                                    client=_client(request)))
        return Response(content, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{name}"'})

    @r.get("/static/{name}")
    def static(name: str) -> Response:
        if not _STATIC.fullmatch(name):
            raise HTTPException(404, "Tidak ada.")
        try:
            body = paths.resource("console", name).read_bytes()
        except FileNotFoundError as exc:
            raise HTTPException(404, "Tidak ada.") from exc
        return Response(body, media_type=_TYPES[name.rsplit(".", 1)[1]])

    @r.get("/proyektor/{token}")
    def projector(token: str) -> Response:
        if not _read(lambda: auth.projector_ok(token)):
            raise HTTPException(404, "Tautan layar ini tidak berlaku lagi.")
        return HTMLResponse(_template("projector.html", token=token))

    @r.get("/proyektor/{token}/data")
    def projector_data(token: str, event: str | None = None) -> Any:
        if not _read(lambda: auth.projector_ok(token)):
            raise HTTPException(404, "Tautan layar ini tidak berlaku lagi.")
        chosen = _event_id(event)
        shown = _read(lambda: _data().progress(chosen))
        # Totals and units only: what a hall may see.
        return {"title": (shown.get("event") or {}).get("title", ""), "as_of": shown["as_of"],
                "signed": shown["signed"], "expected": shown["expected"],
                "walk_ins": shown["walk_ins"],
                "units": [{"unit": u["unit"], "signed": u["signed"], "expected": u["expected"]}
                          for u in shown["units"]]}

    return r


def _projector_url(request: Request, token: str | None) -> str | None:
    return f"{str(request.base_url).rstrip('/')}{PREFIX}/proyektor/{token}" if token else None


def mount(app: FastAPI, agency: SigningKey, *, silent_after_s: int = SILENT_AFTER_S) -> None:
    """Serve the console from the hub's application (`ikrar hub` passes this function to
    `ikrar.sync.hub.create_app`)."""
    with db.connection_context():
        if not settings.get("console_secret"):
            with ledger.hub_write():
                auth.ensure_secret()
    app.include_router(router(agency, silent_after_s=silent_after_s))
    app.add_middleware(ConsoleHeaders)
