"""The hub: an HTTP service (FastAPI) that receives stations' entries and serves them back.

    POST /api/v1/enrol     a one-time code → the station's token and certificate
    POST /api/v1/push      a batch of the station's outbox entries → acknowledged up to N
    GET  /api/v1/changes   the hub's log after a checkpoint (everyone's entries, the roster)
    GET  /api/v1/me        what the hub holds of the calling station
    GET  /api/v1/health    liveness, no token

The database is opened by the caller (`init_db`); every request takes its own connection.
Logs are one JSON object per line and never carry personal data (no names, NIPs or rows).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Annotated, Any

import peewee
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ikrar import __version__
from ikrar.core.errors import IkrarError
from ikrar.core.keys import SigningKey
from ikrar.store.authorship import AuthorshipError
from ikrar.store.db import db, disk_error, local
from ikrar.store.fields import utcnow
from ikrar.store.models import StationToken
from ikrar.store.sync_apply import Entry, SyncDataError
from ikrar.sync import enrol, ledger, signing
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
    code: {"model": Problem} for code in (401, 403, 409, 422, 503, 507)
}


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


def _problem(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _store_failure(exc: Exception) -> JSONResponse:
    friendly = disk_error(exc)
    text = str(exc).lower()
    if friendly is not None and "full" in str(friendly) or "no space left" in text:
        return _problem(507, "The hub's disk is full: nothing of this request was kept. The "
                             "station keeps its entries; try again when the hub has space.")
    log.exception("store failure", extra={"fields": {"error": type(exc).__name__}})
    return _problem(503, "The hub could not store this request; nothing of it was kept. "
                         "Try again.")


def _station(request: Request, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> StationToken:
    """The calling station, from its bearer token (401 otherwise)."""
    with db.connection_context():
        row = enrol.station_for(credentials.credentials if credentials else None)
    request.state.station = row.station_id
    return row


Caller = Annotated[StationToken, Depends(_station)]


def create_app(agency: SigningKey) -> FastAPI:
    """The hub's application; the database must already be open in this process."""
    hub_station = local().station_id
    with db.connection_context():
        ledger.attest_legacy(agency)  # entries held from before batches were signed
    app = FastAPI(
        title="Ikrar hub", version=__version__,
        description="Sync between Ikrar stations: enrolment, push and pull of change entries.",
    )

    @app.middleware("http")
    async def access_log(request: Request, call_next: Callable) -> Response:
        start = time.perf_counter()
        response = await call_next(request)
        _event("request", method=request.method, path=request.url.path,
               status=response.status_code, ms=round((time.perf_counter() - start) * 1000, 1),
               station=getattr(request.state, "station", None))
        return response

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

    @app.post("/api/v1/enrol", response_model=EnrolReply, responses=_ERRORS)
    def enrol_station(body: EnrolBody) -> Any:
        try:
            with db.connection_context(), ledger.hub_write():
                done = enrol.redeem(body.code, body.station_id, body.public_key, agency)
        except enrol.EnrolmentError as exc:
            return _problem(403, str(exc))
        except peewee.DatabaseError as exc:
            return _store_failure(exc)
        _event("enrol", station=body.station_id)
        return EnrolReply(token=done.token, station_id=body.station_id,
                          station_name=done.station_name,
                          certificate=done.certificate.to_text(),
                          agency_public_key=agency.public.to_pem().decode("ascii"),
                          hub_station_id=hub_station, event_id=done.event_id)

    @app.get("/api/v1/me", responses=_ERRORS)
    def me(row: Caller) -> dict[str, Any]:
        with db.connection_context():
            return {"station_id": row.station_id, "name": row.name,
                    "acked": ledger.acked(row.station_id), "last_seq": ledger.last_seq()}

    @app.post("/api/v1/push", response_model=PushReply, responses=_ERRORS)
    def push(body: PushBody, row: Caller) -> Any:
        if body.station_id != row.station_id:
            return _problem(403, f"This token belongs to station {row.name!r}; it may not "
                                 f"write as station {body.station_id}. Nothing was changed.")
        entries = [Entry(row.station_id, e.seq, e.table, e.row_id, e.op, e.data, e.hlc)
                   for e in body.entries]
        if any(e.table == "station" and e.row_id.replace("-", "") != row.station_id.replace(
                "-", "") for e in entries):
            return _problem(403, "A station may only write its own station record. "
                                 "Nothing was changed.")
        start = time.perf_counter()
        try:
            seal = signing.from_wire(body.seal.model_dump())
            if not signing.same_station(seal.station_id, row.station_id):
                return _problem(403, "The batch is signed for another station. Nothing was "
                                     "changed.")
            entries = signing.check_batch(entries, seal, agency.public) if entries else []
            with db.connection_context():
                acked, new, applied = ledger.receive(row.station_id, entries, seal)
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
            with db.connection_context():
                ledger.absorb_local(agency)
                scope = ledger.station_event(row.station_id)
                if people is not None:
                    rows, last, more = ledger.people(people.split(","), scope), after, False
                else:
                    rows, last, more = ledger.changes_after(after, limit, scope)
                seals = ledger.batches({r[8] for r in rows if r[8] is not None})
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

    @app.exception_handler(IkrarError)
    async def refused(request: Request, exc: IkrarError) -> JSONResponse:
        return _problem(422, str(exc))

    return app
