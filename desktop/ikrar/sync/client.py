"""The station's HTTP client for the hub (httpx), with failures a person at the desk can read."""

from __future__ import annotations

import json
import random
import ssl
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx

from ikrar.core.errors import IkrarError
from ikrar.store.sync_apply import Entry
from ikrar.sync import signing, telemetry, tls
from ikrar.sync.changes import push_body
from ikrar.sync.signing import Seal

TIMEOUT = httpx.Timeout(60.0, connect=5.0)
BUSY_RETRIES = 5  # a busy hub (503/429) is asked again this many times before giving up
MAX_WAIT = 30.0  # seconds, whatever Retry-After says


class HubError(IkrarError):
    """The hub could not be used this time; the outbox keeps every entry for the next try."""


class HubUnreachable(HubError):
    pass


class HubBusy(HubUnreachable):
    """The hub stayed busy through every retry: like being offline, nothing is wrong here."""


class HubCertificateMismatch(HubError):
    """The hub presented another certificate than the one pinned at enrolment."""


def _certificate_failure(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, min(float(response.headers.get("Retry-After", "1")), MAX_WAIT))
    except ValueError:
        return 1.0


class HubRefused(HubError):
    """The hub answered 4xx: retrying the same request will not help."""

    def __init__(self, status: int, message: str, body: dict[str, Any] | None = None) -> None:
        super().__init__("hub.refused", message, status=status, detail=message)
        self.status = status
        self.body = body or {}


class HubGap(HubRefused):
    """The hub holds less of this station than the station thought; resend from `acked`."""

    def __init__(self, status: int, message: str, body: dict[str, Any] | None = None) -> None:
        super().__init__(status, message, body)
        self.code = "hub.gap"

    @property
    def acked(self) -> int:
        return int(self.body.get("acked", 0))


def check_url(url: str) -> str:
    """A hub URL; plain HTTP only to this machine (tokens never cross a network in clear)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HubError("hub.bad_address",
                       f"{url!r} is not a hub address; write it as https://HOST:8750.",
                       url=url)
    if parts.scheme == "http" and not tls.is_loopback(parts.hostname):
        raise HubError("hub.not_https",
                       f"The hub at {url} does not use HTTPS. Off this machine the hub must "
                       "speak HTTPS (start it with `ikrar hub --host …`, which does).",
                       url=url)
    return url.strip().rstrip("/")


class HubClient:
    def __init__(self, url: str, token: str | None = None, certificate: str | None = None,
                 timeout: httpx.Timeout = TIMEOUT) -> None:
        self.url = check_url(url)
        verify: Any = True
        if self.url.startswith("https://"):
            if not certificate:
                raise HubError("hub.no_pin",
                               "No pinned certificate for the hub: enrol the station again "
                               "with `ikrar station join`.")
            verify = tls.client_context(certificate)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        headers.update(telemetry.headers())
        self._http = httpx.Client(base_url=self.url, verify=verify, timeout=timeout,
                                  headers=headers)
        self.retries = 0  # busy answers retried, for the log and tests
        self.sleep = time.sleep

    def close(self) -> None:
        self._http.close()

    def report(self, *, pending: int | None = None, clock_offset_ms: int | None = None) -> None:
        """What every later request tells the hub of this station (ikrar.sync.telemetry)."""
        # A new set of headers, not the old one changed: a push has requests on their way
        # from other threads, and each takes the set it finds as a whole.
        headers = httpx.Headers(self._http.headers)
        headers.update(telemetry.headers(pending, clock_offset_ms))
        self._http.headers = headers

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        for attempt in range(BUSY_RETRIES + 1):
            response = self._send(method, path, **kwargs)
            if response.status_code not in (429, 503) or attempt == BUSY_RETRIES:
                break
            # Back off as the hub asks, with jitter so that stations do not come back together.
            self.retries += 1
            self.sleep(_retry_after(response) * random.uniform(1.0, 1.5)
                       + random.uniform(0, 0.2 * (attempt + 1)))
        if response.status_code in (429, 503):
            raise HubBusy("hub.busy",
                          f"The hub at {self.url} is busy. Entries stay waiting here; they are "
                          "sent at the next sync.", url=self.url)
        return self._reply(response)

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise HubUnreachable("hub.timeout",
                                 f"The hub at {self.url} did not answer in time. Entries stay "
                                 "waiting here; sync again later.",
                                 url=self.url) from exc
        except httpx.TransportError as exc:
            if _certificate_failure(exc):
                raise HubCertificateMismatch(
                    "hub.wrong_certificate",
                    f"The hub at {self.url} presented a certificate other than the one this "
                    "station pinned when it joined: it may be another machine posing as the "
                    "hub. Nothing was sent. Ask the administrator; if the hub's certificate "
                    "was renewed, join again with a new code.",
                    url=self.url) from exc
            raise HubUnreachable("hub.unreachable",
                                 f"Cannot reach the hub at {self.url} ({type(exc).__name__}). "
                                 "This station is offline; entries stay waiting here.",
                                 url=self.url, reason=type(exc).__name__) from exc

    def _reply(self, response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict):
            raise HubError("hub.not_ikrar",
                           f"The hub at {self.url} answered {response.status_code} with "
                           "something that is not an Ikrar reply. Check the address; entries "
                           "stay waiting here.",
                           url=self.url, status=response.status_code)
        message = body.get("error") if isinstance(body.get("error"), str) else None
        if response.status_code == 409 and "acked" in body:
            raise HubGap(409, message or "gap", body)
        if 400 <= response.status_code < 500:
            raise HubRefused(response.status_code, f"The hub refused: {message or body}",
                             body)
        if response.status_code >= 500:
            raise HubError("hub.server_error", f"The hub had a problem ({response.status_code}"
                           + (f": {message}" if message else "") + "). Entries stay waiting "
                           "here; sync again later.",
                           status=response.status_code, detail=message or "")
        return body

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/api/v1/health")

    def enrol(self, code: str, station_id: str, public_pem: str,
              event_id: str | None = None) -> dict[str, Any]:
        body = {"code": code, "station_id": station_id, "public_key": public_pem}
        if event_id:  # only then: a hub from before this field refuses any it does not know
            body["event_id"] = event_id
        return self._call("POST", "/api/v1/enrol", json=body)

    def me(self) -> dict[str, Any]:
        return self._call("GET", "/api/v1/me")

    def push(self, station_id: str, entries: Sequence[Entry], seal: Seal,
             body: bytes | None = None) -> dict[str, Any]:
        """Send a signed batch; `body`: its request (`changes.push_body`) if made already."""
        if body is None:
            body = push_body(station_id, entries, seal.to_wire(), signing.log_texts(entries))
        return self._call("POST", "/api/v1/push", content=body,
                          headers={"Content-Type": "application/json"})

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        return self._call("GET", "/api/v1/changes", params={"after": after, "limit": limit})

    def people(self, ids: Sequence[str]) -> dict[str, Any]:
        """The entries of these people (at most 200 ids), as a pull reply."""
        return self._call("GET", "/api/v1/changes", params={"people": ",".join(ids)})

    def roster(self, event_id: str | None = None, have: int = 0) -> dict[str, Any]:
        """The roster versions of an event after `have` (`ikrar.sync.roster_doc`), or, with no
        event, the newest version of each event's roster."""
        params: dict[str, Any] = {"event": event_id, "have": have} if event_id else {}
        return self._call("GET", "/api/v1/roster", params=params)
