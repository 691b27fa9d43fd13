"""Who may open the hub's console: the administrator's secret, sessions, CSRF, lock-out.

The secret is the agency key's passphrase (the one `ikrar hub` was started with): whoever
can decrypt the key file may run the console. A hub whose agency key has no passphrase prints
a login code when it starts (`new_login_code`); only its hash is kept, until the next start.

Sessions and CSRF tokens are HMACs made with a random secret in the hub's settings, so every
worker process of the hub checks them alike without a session table. Logging out replaces
that secret, which ends every console session at once (there is one administrator).
Wrong secrets are counted in the settings too (per client address, and across all clients)
so that several workers share one count.

Every function here works inside the caller's connection; writes must run under the hub's
write lock (`ledger.turn`, `ledger.hub_write`), as every other hub write does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, SigningKey
from ikrar.store import keystore, settings

SESSION_COOKIE = "ikrar_console"
LOGIN_COOKIE = "ikrar_console_login"
SESSION_SECONDS = 12 * 3600
CLIENT_TRIES = 5  # wrong secrets in a row from one address before it waits
CLIENT_LOCK_S = 5 * 60
ALL_TRIES = 20  # wrong secrets from anywhere within ALL_WINDOW_S before everyone waits
ALL_WINDOW_S = 15 * 60
ALL_LOCK_S = 15 * 60
MAX_CLIENTS = 1_000  # addresses remembered; the oldest are forgotten first
MAX_SECRET_CHARS = 1_024


def _now() -> datetime:
    return datetime.now(UTC)


def _sign(kind: str, *parts: str) -> str:
    key = bytes.fromhex(ensure_secret())
    text = "|".join((kind, *parts)).encode("utf-8")
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def ensure_secret() -> str:
    """The HMAC key of sessions and CSRF tokens, made once (every worker reads the same)."""
    value = settings.get("console_secret")
    if not value:
        value = secrets.token_hex(32)
        settings.put("console_secret", value)
    return value


def end_all_sessions() -> None:
    settings.put("console_secret", secrets.token_hex(32))


# --- the administrator's secret ----------------------------------------------------------

def uses_passphrase() -> bool:
    """Whether the console asks for the agency key's passphrase (else the login code)."""
    try:
        return keystore.agency_key_encrypted()
    except OSError:
        return False


def new_login_code() -> str | None:
    """A login code for a hub whose agency key has no passphrase (None when it has one)."""
    if uses_passphrase():
        settings.put("console_login_code", None)
        return None
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")
    code = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    settings.put("console_login_code", _code_hash(code))
    return code


def _code_hash(code: str) -> str:
    plain = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def secret_ok(text: str, agency: PublicKey) -> bool:
    """Whether `text` is the administrator's secret: it decrypts the agency key, or it is
    this start's login code."""
    if not text or len(text) > MAX_SECRET_CHARS:
        return False
    if uses_passphrase():
        try:
            key = SigningKey.load(keystore.keys_dir() / keystore.AGENCY_KEY, text)
        except IkrarError:
            return False
        return key.public == agency
    expected = settings.get("console_login_code")
    return bool(expected) and hmac.compare_digest(expected, _code_hash(text))


# --- lock-out ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Lock:
    seconds: int  # until the next try is allowed; 0: not locked
    everyone: bool  # the lock holds for every address (too many wrong secrets overall)

    @property
    def until(self) -> datetime:
        return _now() + timedelta(seconds=self.seconds)


def _failures() -> dict:
    value = settings.get("console_failures") or {}
    return {"clients": dict(value.get("clients") or {}), "recent": list(value.get("recent") or []),
            "until": value.get("until")}


def _left(until: str | None, now: datetime) -> int:
    if not until:
        return 0
    return max(0, int((datetime.fromisoformat(until) - now).total_seconds() + 0.999))


def lock_for(client: str) -> Lock:
    """How long this address (or everyone) must wait before trying a secret."""
    state, now = _failures(), _now()
    everyone = _left(state["until"], now)
    if everyone:
        return Lock(everyone, True)
    mine = state["clients"].get(client) or {}
    return Lock(_left(mine.get("until"), now), False)


def record_failure(client: str) -> Lock:
    """Count a wrong secret; the lock it brings about (seconds 0: none yet)."""
    state, now = _failures(), _now()
    mine = state["clients"].pop(client, None) or {"count": 0, "until": None}
    mine["count"] = int(mine.get("count", 0)) + 1
    if mine["count"] >= CLIENT_TRIES:
        mine["until"] = (now + timedelta(seconds=CLIENT_LOCK_S)).isoformat()
        mine["count"] = 0
    state["clients"][client] = mine  # re-inserted last: the dict is oldest first
    while len(state["clients"]) > MAX_CLIENTS:
        state["clients"].pop(next(iter(state["clients"])))
    window = now - timedelta(seconds=ALL_WINDOW_S)
    state["recent"] = [t for t in state["recent"] if datetime.fromisoformat(t) > window]
    state["recent"].append(now.isoformat())
    if len(state["recent"]) >= ALL_TRIES:
        state["until"] = (now + timedelta(seconds=ALL_LOCK_S)).isoformat()
        state["recent"] = []
    settings.put("console_failures", state)
    return lock_for(client)


def record_success(client: str) -> None:
    state = _failures()
    if state["clients"].pop(client, None) is not None:
        settings.put("console_failures", state)


# --- sessions and CSRF -------------------------------------------------------------------

def new_session() -> str:
    issued, nonce = str(int(time.time())), secrets.token_urlsafe(18)
    return f"{issued}.{nonce}.{_sign('session', issued, nonce)}"


def session_ok(cookie: str | None) -> bool:
    if not cookie or len(cookie) > 200 or cookie.count(".") != 2:
        return False
    issued, nonce, signature = cookie.split(".")
    if not issued.isdigit() or time.time() - int(issued) > SESSION_SECONDS:
        return False
    return hmac.compare_digest(signature, _sign("session", issued, nonce))


def csrf_for(cookie: str) -> str:
    """The CSRF token of a session (or of a login form's cookie): derived, never stored."""
    return _sign("csrf", cookie)[:40]


def csrf_ok(cookie: str | None, token: str | None) -> bool:
    return bool(cookie and token) and hmac.compare_digest(csrf_for(cookie), token or "")


def new_login_nonce() -> str:
    return secrets.token_urlsafe(18)


# --- the projector link ------------------------------------------------------------------

def projector_token() -> str | None:
    return settings.get("console_projector")


def new_projector_token() -> str:
    token = secrets.token_urlsafe(24)
    settings.put("console_projector", token)
    return token


def revoke_projector() -> None:
    settings.put("console_projector", None)


def projector_ok(token: str) -> bool:
    current = projector_token()
    return bool(current) and hmac.compare_digest(current, token)
