"""Change sets on the wire: outbox entries as JSON, for HTTP batches and USB bundles alike."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ikrar.store.sync_apply import OPS, Entry, SyncDataError

MAX_BATCH = 2000  # entries per request


class WireEntry(BaseModel):
    """One outbox entry as a station sends it."""

    model_config = ConfigDict(extra="forbid", strict=True)

    seq: int = Field(ge=1, description="the station's local sequence number")
    table: str = Field(max_length=64)
    row_id: str = Field(max_length=64)
    op: str = Field(max_length=8, description=" | ".join(OPS))
    data: dict[str, Any] = Field(description="column values as stored; blobs as {\"$b64\": …}")
    hlc: str = Field(max_length=128, description="hybrid logical clock time of the write")


class SealBody(BaseModel):
    """The author's signature over a batch (ikrar.sync.signing)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    kind: str = Field(default="station", max_length=8, description="station | agency | legacy")
    station_id: str = Field(max_length=64)
    first_seq: int = Field(ge=1)
    digests: str = Field(max_length=MAX_BATCH * 48, description="SHA-256 per entry, base64")
    signature: str = Field(max_length=200, description="Ed25519, base64")
    certificate: str | None = Field(max_length=1000, description="the signer's station "
                                    "certificate, base64; null: signed by the agency key")


class PushBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    station_id: str = Field(max_length=64)
    entries: list[WireEntry] = Field(max_length=MAX_BATCH)
    seal: SealBody


class PushReply(BaseModel):
    acked: int = Field(description="every entry of the station up to this sequence is held")
    received: int = Field(description="entries of this batch that were new to the hub")
    written: int = Field(description="rows written (older writes change nothing)")


class PulledEntry(WireEntry):
    station_id: str
    station_seq: int
    batch: int = Field(description="the key of `batches` whose signature covers this entry")


class PullReply(BaseModel):
    entries: list[PulledEntry]
    batches: dict[str, SealBody] = Field(description="the signed batches of these entries")
    last: int = Field(description="the hub sequence to pull after next time")
    more: bool


class EnrolBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    code: str = Field(max_length=200)
    station_id: str = Field(max_length=64)
    public_key: str = Field(max_length=2000, description="the station's Ed25519 key, PEM")
    event_id: str | None = Field(None, max_length=64, description="the event the station's "
                                 "folder already holds, if any: a code for another is refused")


class EnrolReply(BaseModel):
    token: str
    station_id: str
    station_name: str
    certificate: str = Field(description="the station certificate from the agency, base64")
    agency_public_key: str = Field(description="PEM")
    hub_station_id: str
    event_id: str | None
    bundle_key: str | None = Field(None, description="the hub's X25519 key for USB bundles, hex")


class Problem(BaseModel):
    error: str = Field(description="what went wrong and what to do, in plain words")


def from_wire(item: Any, station_id: str | None = None, index: int = 0) -> Entry:
    """An entry from decoded JSON (a pull reply or a bundle); SyncDataError when malformed."""
    if not isinstance(item, dict):
        raise SyncDataError("sync.data_invalid", f"entry {index + 1} is not an object.",
                            where=f"entry {index + 1}", detail="not an object")
    get = item.get
    origin = station_id if station_id is not None else get("station_id")
    seq = get("station_seq", get("seq")) if station_id is None else get("seq")
    table, row_id, op, hlc = get("table"), get("row_id"), get("op"), get("hlc")
    if not (isinstance(origin, str) and isinstance(table, str) and isinstance(row_id, str)
            and isinstance(op, str) and isinstance(hlc, str)) or type(seq) is not int or seq < 1:
        raise SyncDataError("sync.data_invalid",
                            f"entry {index + 1} lacks a station, sequence, table, row id, "
                            "operation or clock time of the right type.",
                            where=f"entry {index + 1}", detail="missing fields")
    data = get("data")
    if not isinstance(data, dict):
        raise SyncDataError("sync.data_invalid",
                            f"entry {index + 1}: data must be an object of column values.",
                            where=f"entry {index + 1}", detail="data is not an object")
    return Entry(origin, seq, table, row_id, op, data, hlc)


_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_quote = json.encoder.encode_basestring  # a str as JSON (json.dumps's own, in C)


def _str(value: Any) -> str:
    return _quote(value) if type(value) is str else _json(value)


def push_body(station_id: str, entries: Sequence[Entry], seal: dict[str, Any],
              texts: Sequence[str]) -> bytes:
    """A push request's body (`PushBody`) as JSON bytes. `texts`: each entry's data as JSON
    text (`ikrar.sync.signing.log_text`, made when the batch was signed), written as it is, so
    a station encodes a batch's data once."""
    items = [f'{{"seq":{_json(e.seq)},"table":{_str(e.table)},"row_id":{_str(e.row_id)},'
             f'"op":{_str(e.op)},"data":{text},"hlc":{_str(e.hlc)}}}'
             for e, text in zip(entries, texts, strict=True)]
    return (f'{{"station_id":{_json(station_id)},"entries":[{",".join(items)}],'
            f'"seal":{_json(seal)}}}').encode()


def to_wire(entry: Entry) -> dict[str, Any]:
    """The push form (the station is named once per batch)."""
    return {"seq": entry.seq, "table": entry.table, "row_id": entry.row_id, "op": entry.op,
            "data": entry.data, "hlc": entry.hlc}
