"""The hub's HTTP surface: tokens, bad requests, enrolment codes, health and OpenAPI."""

from __future__ import annotations

import httpx
import pytest
from sync_support import Station, sealed, snapshot

from ikrar.store import settings, sync_state
from ikrar.store.models import Employee, HubChange
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubRefused


def _post(hub, path: str, token: str | None, **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(hub.url + path, headers=headers, timeout=30, **kwargs)


def _hub_state(hub):
    hub.use()
    return snapshot(), HubChange.select().count()


def test_health_and_openapi(hub, stations):
    health = httpx.get(hub.url + "/api/v1/health", timeout=10).json()
    assert health["status"] == "ok" and health["hub_station_id"]
    # The API description only with a station's token; no /docs pages (they load a CDN).
    for path in ("/openapi.json", "/docs", "/redoc", "/docs/oauth2-redirect"):
        assert httpx.get(hub.url + path, timeout=10).status_code == 404, path
    assert httpx.get(hub.url + "/api/v1/openapi.json", timeout=10).status_code == 401
    (a,) = stations("Meja 1")
    a.use()
    spec = httpx.get(hub.url + "/api/v1/openapi.json", timeout=10, headers={
        "Authorization": f"Bearer {settings.get('hub_token')}"}).json()
    assert {"/api/v1/push", "/api/v1/changes", "/api/v1/enrol", "/api/v1/health"} <= set(
        spec["paths"])
    log = hub.log_text()
    assert '"msg": "request"' in log and '"path": "/api/v1/health"' in log


def test_token_of_one_station_cannot_write_as_another(hub, stations):
    a, b = stations("Meja 1", "Meja 2")
    b_id = b.use().station_id
    a.use()
    a.check_in(Employee.select().first())
    token_a = settings.get("hub_token")
    entries = sync_state.pending(settings.get("sync_acked_seq"), 100)
    body = sealed({"station_id": b_id, "entries": [
        {"seq": e.seq, "table": e.table, "row_id": e.row_id, "op": e.op, "data": e.data,
         "hlc": e.hlc} for e in entries]})
    before = _hub_state(hub)
    refused = _post(hub, "/api/v1/push", token_a, json=body)
    assert refused.status_code == 403
    assert "may not write as station" in refused.json()["error"]
    # Entries carried under A's own name but stamped by B's clock are refused too.
    forged = dict(body, station_id=a.use().station_id)
    forged["entries"] = [dict(e, hlc=e["hlc"].split("-", 1)[0] + "-" + b_id,
                              data=dict(e["data"], hlc=e["hlc"].split("-", 1)[0] + "-" + b_id))
                         for e in body["entries"]]
    forged = sealed(forged)
    assert _post(hub, "/api/v1/push", token_a, json=forged).status_code == 422
    assert _post(hub, "/api/v1/push", None, json=body).status_code == 401
    assert _post(hub, "/api/v1/push", "not-a-token", json=body).status_code == 401
    assert _hub_state(hub) == before


@pytest.mark.parametrize("payload, words", [
    (b'{"station_id": "x", "entries": [', "not valid"),
    (b'[1, 2, 3]', "not valid"),
    (None, "seq"),  # wrong types: built below
    ("unknown-table", "unknown table"),
    ("unknown-column", "unknown column"),
    ("bad-blob", "base64"),
    ("second-bad", "must be true or false"),
])
def test_malformed_requests_get_4xx_and_change_nothing(hub, stations, payload, words):
    (a,) = stations("Meja 1")
    a.use()
    a.check_in(Employee.select().first())
    me = a.use().station_id
    token = settings.get("hub_token")
    entries = [{"seq": e.seq, "table": e.table, "row_id": e.row_id, "op": e.op,
                "data": e.data, "hlc": e.hlc}
               for e in sync_state.pending(settings.get("sync_acked_seq"), 100)]
    signature = next(e for e in entries if e["table"] == "signature")
    if payload is None:
        body = {"station_id": me, "entries": [dict(entries[0], seq=str(entries[0]["seq"]))]}
    elif payload == "unknown-table":
        body = {"station_id": me, "entries": [dict(entries[0], table="salary")]}
    elif payload == "unknown-column":
        body = {"station_id": me, "entries": [
            *entries[:-1], dict(entries[-1], data=dict(entries[-1]["data"], salary=1))]}
    elif payload == "bad-blob":
        bad = dict(signature, data=dict(signature["data"], strokes={"$b64": "%%%"}))
        body = {"station_id": me, "entries": [e if e is not signature else bad
                                              for e in entries]}
    elif payload == "second-bad":  # a good entry first: the whole batch is still refused
        bad = dict(signature, data=dict(signature["data"], has_biometrics="yes"))
        body = {"station_id": me, "entries": [e if e is not signature else bad
                                              for e in entries]}
    else:
        body = None
    if body is not None and payload is not None:
        body = sealed(body)
    before = _hub_state(hub)
    kwargs = {"json": body} if body is not None else {
        "content": payload, "headers": {"Content-Type": "application/json"}}
    a.use()
    reply = _post(hub, "/api/v1/push", token, **kwargs) if body is not None else httpx.post(
        hub.url + "/api/v1/push", content=payload, timeout=30, headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    assert 400 <= reply.status_code < 500
    assert words in reply.json()["error"]
    assert _hub_state(hub) == before


def test_enrolment_code_works_once_and_expires(tmp_path, hub):
    code = hub.code("Meja 7")
    first = Station(tmp_path / "s1", "x")
    first.use()
    sync_station.join(hub.url, code)
    second = Station(tmp_path / "s2", "y")
    second.use()
    with pytest.raises(HubRefused, match="already used"):
        sync_station.join(hub.url, code)
    assert settings.get("hub_token") is None
    expired = hub.code("Meja 8", minutes=-1)
    second.use()
    with pytest.raises(HubRefused, match="expired"):
        sync_station.join(hub.url, expired)
    with pytest.raises(HubRefused, match="not known"):
        sync_station.join(hub.url, "AAAA-BBBB-CCCC-DDDD")


def test_revoked_station_is_told_so(hub, stations):
    from ikrar import cli

    (a,) = stations("Meja 1")
    hub.use()
    assert cli.main(["--data-dir", str(hub.folder), "hub", *(
        ["--database", hub.database_url] if hub.database_url else []), "revoke", "Meja 1"]) == 0
    a.use()
    with pytest.raises(HubRefused, match="revoked"):
        sync_station.sync_once()
