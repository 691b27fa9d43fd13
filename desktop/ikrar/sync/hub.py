"""The hub: an HTTP service (FastAPI) that receives stations' entries and serves them back.

    POST /api/v1/enrol     a one-time code → the station's token and certificate
    POST /api/v1/push      a batch of the station's outbox entries → acknowledged up to N
    GET  /api/v1/changes   the hub's log after a checkpoint (everyone's entries, the roster)
    GET  /api/v1/roster    the signed versions of an event's roster (`ikrar.sync.roster_doc`)
    GET  /api/v1/me        what the hub holds of the calling station
    GET  /api/v1/health    liveness, no token
    GET  /api/v1/openapi.json   the API description, with a token (no /docs: nothing from a CDN)
    GET  /verify           the certificate verification web page, no token (when given)
    /console/…             the administrator's web console and the projector page (when given)

The database is opened by the caller (`init_db`); every request takes its own connection
from a pool (on SQLite one more stays open, `ikrar.store.db.keep_wal`).
`guard.RequestGuard` answers first: size limits, the enrolment rate and the token, before a
body is read. An overloaded database answers 503 with Retry-After, as JSON like every reply.
Logs are one JSON object per line and never carry personal data (no names, NIPs or rows).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Annotated, Any

import peewee
from fastapi import BackgroundTasks, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from playhouse.pool import MaxConnectionsExceeded

from ikrar import __version__
from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, SigningKey
from ikrar.core.nip import is_valid_nip
from ikrar.store import keystore
from ikrar.store.authorship import AuthorshipError
from ikrar.store.db import db, disk_error, keep_wal, local
from ikrar.store.fields import utcnow
from ikrar.store.models import StationToken
from ikrar.store.sync_apply import Entry, SyncDataError
from ikrar.sync import enrol, guard, ledger, ledger_read, roster_doc, signing, telemetry
from ikrar.sync.changes import (
    MAX_BATCH,
    EnrolBody,
    EnrolReply,
    Problem,
    PullReply,
    PushBody,
    PushReply,
)

log = logging.getLogger("ikrar.hub")
_bearer = HTTPBearer(auto_error=False, description="the station's token from enrolment")
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem} for code in (401, 403, 409, 413, 422, 429, 503, 507)
}
_RETRY = {"Retry-After": str(guard.RETRY_AFTER)}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's `fields`."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
               "logger": record.name, "msg": record.getMessage()}
        out.update(getattr(record, "fields", {}))
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def _event(msg: str, **fields: Any) -> None:
    log.info(msg, extra={"fields": fields})


def _problem(status: int, message: str, headers: dict[str, str] | None = None,
             **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)


def _store_failure(exc: Exception) -> JSONResponse:
    friendly = disk_error(exc)
    text = str(exc).lower()
    if friendly is not None and "full" in str(friendly) or "no space left" in text:
        return _problem(507, "The hub's disk is full: nothing of this request was kept. The "
                             "station keeps its entries; try again when the hub has space.")
    log.exception("store failure", extra={"fields": {"error": type(exc).__name__}})
    return _problem(503, "The hub could not store this request; nothing of it was kept. "
                         "Try again.", _RETRY)


def _invalid_nips(body: PushBody) -> str | None:
    """Where a pushed employee row carries a NIP that is not one (the field named), or None."""
    for index, entry in enumerate(body.entries, 1):
        nip = entry.data.get("nip") if entry.table == "employee" else None
        if nip is not None and not (isinstance(nip, str) and is_valid_nip(nip)):
            return (f"entry {index} (seq {entry.seq}, table employee, row {entry.row_id}): "
                    "field 'nip' is not a valid NIP (18 digits with a real birth and "
                    "appointment date)")
    return None


class AccessLog:
    """One JSON line per request, the guard's early answers included (pure ASGI)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start, status = time.perf_counter(), [500]

        async def noting(message: dict) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            row = scope.get("state", {}).get("station_row")
            _event("request", method=scope.get("method"), path=scope.get("path"),
                   status=status[0], ms=round((time.perf_counter() - start) * 1000, 1),
                   station=getattr(row, "station_id", None))


_seen = telemetry.Recorder()


def _caller(request: Request, background: BackgroundTasks,
            credentials: HTTPAuthorizationCredentials | None, least_s: float) -> StationToken:
    """The calling station, from its bearer token (401 otherwise); the guard looked it up.

    Every such request is the station's sign of life: what it reports of itself is kept
    after the reply is sent (`ikrar.sync.telemetry`; `least_s`: see `Recorder.due`).
    """
    row = request.scope.get("state", {}).get("station_row")
    if row is None:
        with db.connection_context():
            row = enrol.station_for(credentials.credentials if credentials else None)
    report = telemetry.from_headers(request.headers)
    if _seen.due(row.station_id, report, least_s=least_s):
        background.add_task(_seen.write, row.station_id, utcnow(), report)
    return row


def _station(request: Request, background: BackgroundTasks, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> StationToken:
    return _caller(request, background, credentials, 0.0)


def _pushing(request: Request, background: BackgroundTasks, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> StationToken:
    """`_station` for a push: its report's pending count is written every few seconds."""
    return _caller(request, background, credentials, telemetry.PUSH_GAP_S)


Caller = Annotated[StationToken, Depends(_station)]
Pusher = Annotated[StationToken, Depends(_pushing)]


def create_app(agency: SigningKey, *, max_body: int = guard.MAX_BODY,
               enrol_per_minute: int = guard.ENROL_PER_MINUTE,
               verify_page: Callable[[PublicKey], str] | None = None,
               console_silent_s: int | None = 600,
               console: Callable[..., None] | None = None) -> FastAPI:
    """The hub's application; the database must already be open in this process.

    `console` mounts the web console (the command passes `ikrar.hubweb.console.mount`: sync
    does not import it), where a station silent `console_silent_s` seconds stands out (None:
    no console).

    `verify_page` makes the certificate verification page for the agency key (the command
    passes `ikrar.documents.verify_page.page_for_store`: sync does not import documents).
    """
    hub_station = local().station_id
    keep_wal()  # no WAL checkpoint at the end of every request (`ikrar.store.db.keep_wal`)
    with db.connection_context():
        ledger.attest_legacy(agency)  # entries held from before batches were signed
    # No /docs, /redoc or public /openapi.json: those pages load scripts from a CDN and
    # describe the API to anyone; a station's token reads /api/v1/openapi.json.
    app = FastAPI(
        title="Ikrar hub", version=__version__,
        description="Sync between Ikrar stations: enrolment, push and pull of change entries.",
        docs_url=None, redoc_url=None, openapi_url=None,
    )
    app.add_middleware(guard.RequestGuard, max_body=max_body,
                       enrol_per_minute=enrol_per_minute)
    app.add_middleware(AccessLog)

    @app.exception_handler(MaxConnectionsExceeded)
    async def busy(request: Request, exc: MaxConnectionsExceeded) -> JSONResponse:
        return _problem(503, guard.busy_message(), _RETRY)

    @app.exception_handler(peewee.DatabaseError)
    async def database_failed(request: Request, exc: peewee.DatabaseError) -> JSONResponse:
        return _store_failure(exc)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected failure", exc_info=exc,
                  extra={"fields": {"error": type(exc).__name__}})
        return _problem(500, "The hub failed on this request; nothing of it was kept. "
                             "The hub's log says why.")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        where = []
        for error in exc.errors()[:5]:
            path = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            where.append(f"{path or 'body'}: {error.get('msg')}")
        return _problem(422, "The request is not valid, nothing was changed: "
                        + "; ".join(where))

    @app.exception_handler(enrol.AuthError)
    async def unauthorised(request: Request, exc: enrol.AuthError) -> JSONResponse:
        return _problem(401, str(exc))

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        with db.connection_context():
            last = ledger.last_seq()
        return {"status": "ok", "version": __version__, "hub_station_id": hub_station,
                "last_seq": last, "time": utcnow().isoformat()}

    if verify_page is not None:
        # Anyone may check a certificate: no token. Made per request, so a new event is named.
        @app.get("/verify", include_in_schema=False)
        @app.get("/verify/", include_in_schema=False)
        def verification_page() -> Response:
            try:
                with db.connection_context():
                    page = verify_page(agency.public)
            except peewee.DatabaseError as exc:
                return _store_failure(exc)
            return HTMLResponse(page, headers={"Cache-Control": "no-cache",
                                               "Referrer-Policy": "no-referrer"})

    @app.post("/api/v1/enrol", response_model=EnrolReply, responses=_ERRORS)
    def enrol_station(body: EnrolBody, credentials: Annotated[
            HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Any:
        try:
            with ledger.turn(), db.connection_context(), ledger.hub_write():
                done = enrol.redeem(body.code, body.station_id, body.public_key, agency,
                                    event_id=body.event_id,
                                    renewing=credentials.credentials if credentials else None)
                bundle_key = keystore.bundle_key(create=True)
        except enrol.EnrolmentError as exc:
            return _problem(403, str(exc), code=exc.code)
        except peewee.DatabaseError as exc:
            return _store_failure(exc)
        _event("enrol", station=done.station_id)
        return EnrolReply(token=done.token, station_id=done.station_id,
                          station_name=done.station_name,
                          certificate=done.certificate.to_text(),
                          agency_public_key=agency.public.to_pem().decode("ascii"),
                          hub_station_id=hub_station, event_id=done.event_id,
                          bundle_key=bundle_key.hex())

    @app.get("/api/v1/me", responses=_ERRORS)
    def me(row: Caller) -> dict[str, Any]:
        with db.connection_context():
            return {"station_id": row.station_id, "name": row.name,
                    "acked": ledger.acked(row.station_id), "last_seq": ledger.last_seq()}

    @app.post("/api/v1/push", response_model=PushReply, responses=_ERRORS)
    def push(body: PushBody, row: Pusher) -> Any:
        if body.station_id != row.station_id:
            return _problem(403, f"This token belongs to station {row.name!r}; it may not "
                                 f"write as station {body.station_id}. Nothing was changed.")
        entries = [Entry(row.station_id, e.seq, e.table, e.row_id, e.op, e.data, e.hlc)
                   for e in body.entries]
        if any(e.table == "station" and e.row_id.replace("-", "") != row.station_id.replace(
                "-", "") for e in entries):
            return _problem(403, "A station may only write its own station record. "
                                 "Nothing was changed.")
        bad_nip = _invalid_nips(body)
        if bad_nip:
            return _problem(422, f"The batch was refused whole, nothing was changed: {bad_nip}.")
        start = time.perf_counter()
        try:
            seal = signing.from_wire(body.seal.model_dump())
            if not signing.same_station(seal.station_id, row.station_id):
                return _problem(403, "The batch is signed for another station. Nothing was "
                                     "changed.")
            # Each entry's data is encoded once: its digest's canonical text is also the log's.
            texts = [signing.data_text(e) for e in entries]
            entries = signing.check_batch(entries, seal, agency.public, texts) \
                if entries else []
            # Takes its turn and a connection itself, and may write other queued pushes with
            # this one (group commit, `ledger.receive_grouped`).
            acked, new, applied = ledger.receive_grouped(
                row.station_id, entries, seal, signing.log_texts(entries, texts))
        except ledger.GapError as exc:
            return _problem(409, str(exc), acked=exc.acked)
        except AuthorshipError as exc:
            return _problem(403, f"The batch was refused whole, nothing was changed: {exc}",
                            code=exc.code)
        except SyncDataError as exc:
            return _problem(422, f"The batch was refused whole, nothing was changed: {exc}",
                            code=exc.code)
        except (peewee.DatabaseError, OSError) as exc:
            return _store_failure(exc)
        _event("push", station=row.station_id, entries=len(entries), new=new,
               written=applied.written, acked=acked,
               ms=round((time.perf_counter() - start) * 1000, 1))
        return PushReply(acked=acked, received=new, written=applied.written)

    @app.get("/api/v1/changes", response_model=PullReply, responses=_ERRORS)
    def changes(row: Caller,
                after: Annotated[int, Query(ge=0)] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = 500,
                people: Annotated[str | None, Query(
                    max_length=200 * 33, description="comma-separated employee ids: their "
                    "entries only (a person new on the station's roster)")] = None) -> Response:
        try:
            # The hub's own writes (an event edited here) go into the log first; the write
            # lock only when there are some, and taken before a connection (ledger.turn).
            with db.connection_context():
                pending = ledger.local_pending()
            if pending:
                with ledger.turn(), db.connection_context():
                    ledger.absorb_local(agency)
            with db.connection_context():
                scope = ledger_read.station_event(row.station_id)
                if people is not None:
                    rows, last, more = ledger_read.people(people.split(","), scope), after, False
                else:
                    rows, last, more = ledger_read.changes_after(after, limit, scope)
                seals = ledger_read.batches({r[8] for r in rows if r[8] is not None})
        except (peewee.DatabaseError, OSError) as exc:
            return _store_failure(exc)
        # The log keeps each entry's data as JSON text: splice it in rather than re-encode.
        parts = []
        for seq, origin, origin_seq, table, row_id, op, data, hlc, batch in rows:
            head = json.dumps({"seq": seq, "station_id": origin, "station_seq": origin_seq,
                               "table": table, "row_id": row_id, "op": op, "hlc": hlc,
                               "batch": batch}, ensure_ascii=False)
            parts.append(f'{head[:-1]}, "data": {data}}}')
        sealed = json.dumps({str(k): v.to_wire() for k, v in seals.items()})
        body = (f'{{"entries": [{", ".join(parts)}], "batches": {sealed}, "last": {last}, '
                f'"more": {json.dumps(more)}}}')
        _event("pull", station=row.station_id, after=after, entries=len(rows))
        return Response(body, media_type="application/json")

    @app.get("/api/v1/roster", responses=_ERRORS)
    def roster(row: Caller, event: Annotated[str | None, Query(max_length=64)] = None,
               have: Annotated[int, Query(ge=0)] = 0) -> Any:
        """Roster versions, signed by the agency key (`ikrar.sync.roster_doc`)."""
        try:
            with db.connection_context():
                pending = roster_doc.unsigned()
            if pending:  # made outside the write lock; while another worker publishes,
                with db.connection_context():  # the versions signed before are served
                    roster_doc.publish(agency, wait=False)
            with db.connection_context():
                scope = ledger_read.station_event(row.station_id)
                if event is None:
                    return {"rosters": roster_doc.index(scope)}
                if scope and event.replace("-", "").lower() != scope:
                    return _problem(403, "This station syncs another event's roster.")
                items = [roster_doc.to_wire(v) for v in roster_doc.versions(event, have)]
        except (peewee.DatabaseError, OSError) as exc:
            return _store_failure(exc)
        _event("roster", station=row.station_id, have=have, versions=len(items))
        return {"versions": items}

    @app.get("/api/v1/openapi.json", include_in_schema=False)
    def openapi(row: Caller) -> dict[str, Any]:
        return app.openapi()

    @app.exception_handler(IkrarError)
    async def refused(request: Request, exc: IkrarError) -> JSONResponse:
        return _problem(422, str(exc))

    if console is not None and console_silent_s is not None:
        console(app, agency, silent_after_s=console_silent_s)
    return app
