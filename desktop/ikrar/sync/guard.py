"""The hub's front door, before FastAPI reads anything: size, rate and token checks.

A pure ASGI middleware. A request without a valid token is answered 401 before its body
reaches the application or any memory: the body, up to the limit, is read and dropped first, so
the client reads the answer instead of a reset connection. A body over the limit is answered 413
from its Content-Length or, for a chunked body, as soon as the count passes the limit.
Enrolment attempts are counted per client address (429 with Retry-After). Nothing here depends
on what a push body contains.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import peewee
from playhouse.pool import MaxConnectionsExceeded

from ikrar.store.db import db
from ikrar.sync import enrol

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY = 16 * 1024 * 1024  # a push of 1,000 entries with signatures is about 2 MB
MAX_ENROL_BODY = 64 * 1024
ENROL_PER_MINUTE = 20
RETRY_AFTER = 2  # seconds a station waits before retrying an overloaded hub
OPEN_PATHS = ("/api/v1/health", "/api/v1/enrol")


class BodyTooLarge(Exception):
    """Raised from `receive` when a streamed body passes the limit."""


class RateLimiter:
    """At most `per_minute` attempts per key in any minute (a sliding window, in memory)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str, now: float | None = None) -> int:
        """0 when this attempt may go ahead (and is counted), else seconds to wait."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._seen) > 10_000:  # forget idle addresses rather than grow
                self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > now - 60}
            times = [t for t in self._seen.get(key, ()) if t > now - 60]
            if len(times) >= self.per_minute:
                self._seen[key] = times
                return max(1, math.ceil(times[0] + 60 - now))
            times.append(now)
            self._seen[key] = times
            return 0


async def send_problem(send: Send, status: int, message: str,
                       headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"connection", b"close")]
    raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def busy_message() -> str:
    return ("The hub is busy; nothing of this request was kept. The station tries again "
            "by itself in a moment.")


def _lookup(token: str | None):
    with db.connection_context():
        return enrol.station_for(token)


class RequestGuard:
    def __init__(self, app: Callable, *, max_body: int = MAX_BODY,
                 enrol_per_minute: int = ENROL_PER_MINUTE) -> None:
        self.app = app
        self.max_body = max_body
        self.limiter = RateLimiter(enrol_per_minute)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = MAX_ENROL_BODY if path == "/api/v1/enrol" else self.max_body
        headers = dict(scope.get("headers") or ())
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await send_problem(send, 400, "The Content-Length header is not a number.")
                return
            if size > limit:
                await send_problem(send, 413, _too_large(limit))
                return
        if path == "/api/v1/enrol":
            client = (scope.get("client") or ("unknown",))[0]
            wait = self.limiter.retry_after(client)
            if wait:
                await _drain(receive, limit)
                await send_problem(send, 429, f"Too many enrolment attempts from this address; "
                                   f"try again in {wait} seconds.", {"Retry-After": str(wait)})
                return
        elif path.startswith("/api/") and path not in OPEN_PATHS:
            scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
            try:
                row = await anyio.to_thread.run_sync(
                    _lookup, token.strip() if scheme.lower() == "bearer" else None)
            except enrol.AuthError as exc:
                await _drain(receive, limit)
                await send_problem(send, 401, str(exc))
                return
            except (MaxConnectionsExceeded, peewee.DatabaseError):
                await _drain(receive, limit)
                await send_problem(send, 503, busy_message(), {"Retry-After": str(RETRY_AFTER)})
                return
            scope.setdefault("state", {})["station_row"] = row
        await self._counted(scope, receive, send, limit)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        seen = 0
        started = over = False

        async def counting_receive() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if over:  # whatever the framework made of the interrupted read, the answer is 413
                if not started:
                    started = True
                    await send_problem(send, 413, _too_large(limit))
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                started = True
                await send_problem(send, 413, _too_large(limit))


async def _drain(receive: Receive, limit: int) -> None:
    """Read and drop a refused request's body, up to `limit` bytes, before answering.

    A server that answers and closes while the client is still sending resets the connection,
    and the client never reads the answer: a revoked station would see "connection reset" and
    call the hub offline. Nothing read is kept, so a refused request costs the hub no memory;
    a body over the limit is left unread (its sender gets the answer or a reset, as it earned).
    """
    seen = 0
    while seen <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _too_large(limit: int) -> str:
    return (f"The request is larger than the hub accepts ({limit // 1024:,} KB); nothing was "
            "read or changed. Send fewer entries per request.")
