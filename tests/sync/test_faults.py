"""A network that drops, delays or fails, a hub that restarts: nothing lost or doubled."""

from __future__ import annotations

import threading

import httpx
import pytest
from proxy import FaultyProxy
from sync_support import snapshot

from ikrar.store import keystore, settings, sync_state
from ikrar.store.models import Change, Employee, HubChange
from ikrar.sync import signing
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubClient, HubError, HubUnreachable


def _check_in_people(station, first: int, count: int) -> None:
    station.use()
    for i, person in enumerate(list(Employee.select().order_by(Employee.nip))[first:first + count]):
        station.check_in(person, seed=i)


def _client(url: str, **kwargs) -> HubClient:
    return HubClient(url, settings.get("hub_token"), **kwargs)


def _assert_same_everywhere(hub, *nodes) -> None:
    counts = {}
    for node in nodes:
        node.use()
        counts[node.name] = Change.select().count()
    hub.use()
    expected = snapshot()
    per_station = {s: HubChange.select().where(HubChange.station_id == s).count()
                   for s in {c.station_id for c in HubChange.select(HubChange.station_id)}}
    for node in nodes:
        node.use()
        assert snapshot() == expected
        assert sync_state.waiting_count() == 0
        # every outbox entry held by the hub exactly once
        assert per_station[node.use().station_id] == counts[node.name]


@pytest.mark.parametrize("fault", ["drop_request", "drop_reply", "delay", "error500"])
def test_faulty_network_then_retry(hub, stations, fault):
    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 12)
    proxy = FaultyProxy(hub.port, ["pass", fault], delay=1.5)
    timeout = httpx.Timeout(0.5, connect=5.0) if fault == "delay" else None
    client = _client(proxy.url, **({"timeout": timeout} if timeout else {}))
    try:
        with pytest.raises(HubError) as failed:
            sync_station.sync_once(client, batch=5)
        if fault == "delay":
            assert isinstance(failed.value, HubUnreachable)
            assert "did not answer in time" in str(failed.value)
        assert sync_state.waiting_count() > 0  # the outbox keeps what was not acknowledged
        assert settings.get("sync_last_error")
        report = sync_station.sync_once(_client(proxy.url), batch=5)
        assert report.waiting == 0
    finally:
        proxy.close()
    a.sync()  # pull the final state
    hub.use()
    assert HubChange.select().where(HubChange.table == "attendance").count() == 12
    _assert_same_everywhere(hub, a)


def test_hub_restarted_mid_sync(hub, stations):
    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 20)
    killed = threading.Event()

    def kill(n: int) -> None:
        if n == 3 and not killed.is_set():
            # Noted first: another connection may see the hub die before kill() returns.
            killed.set()
            hub.kill()  # the request is with the hub: it may or may not have committed

    proxy = FaultyProxy(hub.port, on_request=kill)
    try:
        with pytest.raises(HubError):
            sync_station.sync_once(_client(proxy.url), batch=4)
        assert killed.is_set()
        hub.start()  # the same data, the same port
        sync_station.sync_once(_client(proxy.url), batch=4)
    finally:
        proxy.close()
    a.sync()
    _assert_same_everywhere(hub, a)


@pytest.mark.parametrize("batch", [5, 3], ids=["same batches", "smaller batches"])
def test_an_acknowledgement_the_station_failed_to_write_is_resent_not_doubled(
        hub, stations, monkeypatch, batch):
    """The hub holds batches whose acknowledgement the station could not write (its disk
    failed there): the next sync sends from the older acknowledgement, and the hub, holding
    more than it is sent (in smaller batches too), acknowledges what it holds."""
    import peewee

    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 12)
    written = []
    real = sync_state.acknowledge

    def failing(seq: int) -> None:
        if written:
            raise peewee.OperationalError("disk I/O error")
        real(seq)
        written.append(seq)

    with monkeypatch.context() as patch, pytest.raises(peewee.OperationalError):
        patch.setattr(sync_state, "acknowledge", failing)
        sync_station.push(sync_station.client_from_settings(), batch=5)
    assert settings.get("sync_acked_seq") == written[0]
    hub.use()
    held = HubChange.select().count()
    assert held > written[0]  # the hub holds more than the station knows
    a.sync(batch=batch)
    _assert_same_everywhere(hub, a)


def test_replayed_batch_changes_nothing(hub, stations):
    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 3)
    a.use()
    me = a.use().station_id
    entries = sync_state.pending(settings.get("sync_acked_seq"), 1000)
    key, cert = keystore.station_key(), keystore.station_certificate().to_text()
    seal, seal_2 = signing.seal(entries, key, cert), signing.seal(entries[:2], key, cert)
    with _client(hub.url) as client:
        first = client.push(me, entries, seal)
        hub.use()
        before, held = snapshot(), HubChange.select().count()
        a.use()
        again = client.push(me, entries, seal)
        older = client.push(me, entries[:2], seal_2)
    assert first["received"] == len(entries) and again["received"] == 0
    assert again["acked"] == first["acked"] == older["acked"] == entries[-1].seq
    hub.use()
    assert snapshot() == before and HubChange.select().count() == held


def test_hub_down_keeps_the_outbox_and_says_so(hub, stations):
    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 2)
    hub.stop()
    a.use()
    waiting = sync_state.waiting_count()
    with pytest.raises(HubUnreachable, match="offline"):
        sync_station.sync_once()
    assert sync_state.waiting_count() == waiting > 0
    status = sync_state.status()
    assert status.enrolled and "offline" in status.last_error


def test_garbage_answer_is_refused_clearly(hub, stations):
    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 1)
    proxy = FaultyProxy(hub.port, ["garbage"])
    try:
        a.use()
        with pytest.raises(HubError, match="not an Ikrar reply"):
            sync_station.sync_once(_client(proxy.url))
        assert sync_state.waiting_count() > 0
    finally:
        proxy.close()


def test_a_batch_that_overtook_the_one_before_is_sent_again_in_turn(hub, stations):
    """Two batches are on their way at once, on two connections: the later one reaching the
    hub first is refused whole (a gap), and the station sends it again after the first."""
    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 8)
    first = settings.get("sync_acked_seq") + 1
    proxy = FaultyProxy(hub.port, hold=lambda request: 1.0 if (
        b'"first_seq":%d,' % first) in request else 0.0)
    try:
        a.use()
        pushed = sync_station.push(_client(proxy.url), batch=4)
    finally:
        proxy.close()
    assert pushed == sync_state.newest_seq() - first + 1
    refused = [line for line in hub.log_text().splitlines()
               if '"path": "/api/v1/push"' in line and '"status": 409' in line]
    assert refused  # the overtaking batch was refused, then sent again
    _assert_same_everywhere(hub, a)


def test_a_hub_acknowledging_entries_this_station_never_wrote_is_refused(stations, hub):
    """A hub (or something posing as it) may not make the station skip entries it has yet
    to write: an acknowledgement past the newest entry here changes nothing."""
    import http.server
    import json

    (a,) = stations("Meja 1")
    _check_in_people(a, 0, 2)
    a.use()

    class Liar(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"acked": 10**9, "received": 0, "written": 0}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Liar)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    acked, waiting = settings.get("sync_acked_seq"), sync_state.waiting_count()
    try:
        with pytest.raises(HubError) as refused:
            sync_station.push(_client(f"http://127.0.0.1:{server.server_address[1]}"))
    finally:
        server.shutdown()
        server.server_close()
    assert refused.value.code == "hub.bad_ack"
    assert settings.get("sync_acked_seq") == acked
    assert sync_state.waiting_count() == waiting > 0


def test_a_hub_restored_from_an_older_copy_is_sent_what_it_lacks(make_hub, tmp_path):
    """The hub's folder put back from yesterday's copy holds less than the station was told:
    its gap names what it holds, and the station sends everything after that again."""
    import shutil

    from sync_support import Station

    hub = make_hub(None)
    a, code = Station(tmp_path / "a", "Meja 1"), hub.code("Meja 1")
    a.use()
    sync_station.join(hub.url, code)
    _check_in_people(a, 0, 4)
    a.sync()
    hub.stop()
    shutil.copytree(hub.folder, tmp_path / "copy")
    hub.start()
    _check_in_people(a, 4, 4)
    a.sync()
    told = settings.get("sync_acked_seq")
    hub.stop()
    shutil.rmtree(hub.folder)
    shutil.copytree(tmp_path / "copy", hub.folder)
    hub.start()
    hub.use()
    held = HubChange.select().where(HubChange.station_id == a.use().station_id).count()
    assert held < told  # the copy is older than what the station was told
    _check_in_people(a, 8, 2)
    a.sync(batch=3)
    assert '"status": 409' in hub.log_text()  # the hub's gap, then what it lacked
    _assert_same_everywhere(hub, a)
