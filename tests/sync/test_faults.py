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
            hub.kill()  # the request is with the hub: it may or may not have committed
            killed.set()

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


def test_an_acknowledgement_the_station_failed_to_write_is_resent_not_doubled(
        hub, stations, monkeypatch):
    """The hub holds a batch whose acknowledgement the station could not write (its disk
    failed there): the next sync sends it again, from the older acknowledgement."""
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
    a.sync(batch=5)
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
