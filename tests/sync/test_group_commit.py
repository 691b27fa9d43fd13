"""Group commit on the hub: pushes queued behind the write lock are written in one transaction,
each still accepted or refused on its own, and the log's order stays what pullers rely on."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import httpx
import pytest
from sync_support import Station, sealed

from ikrar.store import settings, sync_apply, sync_state
from ikrar.store.authorship import AuthorshipError
from ikrar.store.models import Employee, HubChange
from ikrar.store.sync_apply import Entry
from ikrar.sync import ledger, signing
from ikrar.sync import station as sync_station
from ikrar.sync.serve import load_agency


def _wire(entries) -> list[dict]:
    return [{"seq": e.seq, "table": e.table, "row_id": e.row_id, "op": e.op, "data": e.data,
             "hlc": e.hlc} for e in entries]


def _bodies(stations, people_each: int = 3) -> list[tuple[str, dict]]:
    """(token, sealed push body) of each station after it checked in its own people; the
    first body leaves a gap (its first entry dropped), the second ends with a check-in it did
    not author (refused by the rules applied, after its own rows were written)."""
    out = []
    for i, station in enumerate(stations):
        me = station.use().station_id
        people = list(Employee.select().order_by(Employee.nip)
                      .offset(i * people_each).limit(people_each))
        for person in people:
            station.check_in(person, seed=i)
        wire = _wire(sync_state.pending(settings.get("sync_acked_seq"), 1000))
        if i == 0:
            wire = wire[1:]
        elif i == 1:  # then a check-in in another station's name: refused once applied
            mine = next(e for e in wire if e["table"] == "attendance")
            other = str(uuid.uuid4())
            wire.append(dict(mine, seq=wire[-1]["seq"] + 1, row_id=other,
                             data=dict(mine["data"], id=other, station_id=str(uuid.uuid4()))))
        out.append((settings.get("hub_token"), sealed({"station_id": me, "entries": wire})))
    return out


def _log_seqs() -> list[int]:
    return [s for (s,) in HubChange.select(HubChange.seq).order_by(HubChange.seq).tuples()]


def _parsed(bodies):
    agency = load_agency()
    out = []
    for _, body in bodies:
        seal = signing.from_wire(body["seal"])
        entries = [Entry(body["station_id"], e["seq"], e["table"], e["row_id"], e["op"],
                         e["data"], e["hlc"]) for e in body["entries"]]
        out.append((body["station_id"], signing.check_batch(entries, seal, agency.public),
                    seal))
    return out


def _queued_behind_the_lock(pushes) -> list[object]:
    """Each push from its own thread, all queued while this thread holds the write turn."""
    outcomes: list[object] = [None] * len(pushes)

    def run(i: int) -> None:
        try:
            outcomes[i] = ledger.receive_grouped(*pushes[i])
        except Exception as exc:  # noqa: BLE001 - the outcome under test
            outcomes[i] = exc

    with ledger.turn():
        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(pushes))]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(ledger._queue) < len(pushes) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(ledger._queue) == len(pushes)
    for thread in threads:
        thread.join(60)
    return outcomes


@pytest.fixture
def counted_transactions(monkeypatch):
    opened: list[int] = []
    real = ledger.hub_write

    @contextmanager
    def counting():
        opened.append(1)
        with real():
            yield

    monkeypatch.setattr(ledger, "hub_write", counting)
    return opened


def test_queued_pushes_share_one_transaction_and_are_refused_one_by_one(
        hub, stations, counted_transactions):
    bodies = _bodies(stations("Meja 1", "Meja 2", "Meja 3", "Meja 4", "Meja 5"))
    hub.kill()
    hub.use()
    before = _log_seqs()
    held = {body["station_id"]: ledger.acked(body["station_id"]) for _, body in bodies}
    outcomes = _queued_behind_the_lock(_parsed(bodies))
    assert len(counted_transactions) == 1
    assert isinstance(outcomes[0], ledger.GapError)
    assert isinstance(outcomes[1], AuthorshipError)
    for outcome, (_, body) in zip(outcomes[2:], bodies[2:], strict=True):
        acked, new, applied = outcome
        assert acked == body["entries"][-1]["seq"] and new == len(body["entries"])
        assert applied.written == new
    seqs = _log_seqs()
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no gap
    assert len(seqs) - len(before) == sum(len(b["entries"]) for _, b in bodies[2:])
    for _, body in bodies[:2]:  # nothing of a refused push was kept
        assert ledger.acked(body["station_id"]) == held[body["station_id"]]


def test_queued_pushes_are_applied_together_and_answered_each_its_own(
        hub, stations, counted_transactions, monkeypatch):
    bodies = _bodies(stations("Meja 1", "Meja 2", "Meja 3", "Meja 4", "Meja 5"))[2:]
    hub.kill()
    hub.use()
    calls = []
    real = sync_apply.apply

    def apply(entries, **kwargs):
        calls.append({entry.station_id for entry in entries})
        return real(entries, **kwargs)

    monkeypatch.setattr(sync_apply, "apply", apply)
    before = _log_seqs()
    outcomes = _queued_behind_the_lock(_parsed(bodies))
    assert len(counted_transactions) == 1
    assert calls == [{body["station_id"] for _, body in bodies}]  # one apply for all three
    for (acked, new, applied), (_, body) in zip(outcomes, bodies, strict=True):
        assert acked == body["entries"][-1]["seq"] == ledger.acked(body["station_id"])
        assert new == applied.written == len(body["entries"]) and applied.unchanged == 0
    log = list(HubChange.select().where(HubChange.seq > max(before, default=0))
               .order_by(HubChange.seq))
    runs: list[list[tuple[str, int]]] = []  # each push's entries in one run, in its order
    for change in log:
        if not runs or runs[-1][-1][0] != change.station_id:
            runs.append([])
        runs[-1].append((change.station_id, change.station_seq))
    assert sorted(runs) == sorted([(body["station_id"], e["seq"]) for e in body["entries"]]
                                  for _, body in bodies)
    assert len({c.batch_id for c in log}) == len(bodies)


def test_a_push_failing_the_transaction_fails_alone_and_the_others_are_written_again(
        hub, stations, counted_transactions, monkeypatch):
    bodies = _bodies(stations("Meja 1", "Meja 2", "Meja 3", "Meja 4"))[2:]
    hub.kill()
    hub.use()
    pushes = _parsed(bodies)
    broken = pushes[0][0]
    held = ledger.acked(broken)
    real = sync_apply.apply

    def apply(entries, **kwargs):
        if any(entry.station_id == broken for entry in entries):
            raise RuntimeError("the database went away")
        return real(entries, **kwargs)

    monkeypatch.setattr(sync_apply, "apply", apply)
    outcomes = _queued_behind_the_lock(pushes)
    assert isinstance(outcomes[0], RuntimeError)
    assert outcomes[1][1] == len(bodies[1][1]["entries"])
    assert len(counted_transactions) == 2  # the first rolled back whole, then the rest again
    assert ledger.acked(broken) == held and ledger.acked(pushes[1][0]) == outcomes[1][0]
    seqs = _log_seqs()
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))


def test_pullers_racing_grouped_pushes_miss_nothing(make_hub, database_url):
    """Several stations push at once (several hub workers on PostgreSQL) while others pull
    from their checkpoints: every entry reaches every puller, each once, in order."""
    hub = make_hub(database_url, start=False, employees=60)
    hub.start(options=("--workers", "2") if database_url else ())
    made = []
    for i in range(6):
        station = Station(hub.folder.parent / f"p{i}", f"Meja {i + 1}")
        code = hub.code(station.name)
        station.use()
        sync_station.join(hub.url, code)
        sync_station.sync_once()
        made.append(station)
    rounds = []
    for _ in range(3):  # three pushes per station, made ahead
        bodies = []
        for i, station in enumerate(made):
            me = station.use().station_id
            acked = settings.get("sync_acked_seq") or 0
            (taken,) = Employee.select().order_by(Employee.nip).offset(
                (i * 3 + len(rounds)) % 50).limit(1)
            station.check_in(taken, seed=i)
            entries = [e for e in sync_state.pending(acked, 1000)
                       if not rounds or e.seq > rounds[-1][i][1]["entries"][-1]["seq"]]
            bodies.append((settings.get("hub_token"),
                           sealed({"station_id": me, "entries": _wire(entries)})))
        rounds.append(bodies)
    token = bodies[0][0]
    start = _pull_all(hub.url, token, 0)[1]
    done = threading.Event()
    seen: list[list[int]] = []

    def puller() -> None:
        got, after = [], start
        while not done.is_set():
            entries, after = _pull_all(hub.url, token, after)
            got += entries
        got += _pull_all(hub.url, token, after)[0]
        seen.append(got)

    pullers = [threading.Thread(target=puller) for _ in range(3)]
    for thread in pullers:
        thread.start()
    try:
        with ThreadPoolExecutor(len(made)) as pool:
            for bodies in rounds:
                statuses = list(pool.map(lambda tb: httpx.post(
                    hub.url + "/api/v1/push", json=tb[1], timeout=60,
                    headers={"Authorization": f"Bearer {tb[0]}"}).status_code, bodies))
                assert statuses == [200] * len(bodies)
    finally:
        done.set()
        for thread in pullers:
            thread.join(60)
    everything = _pull_all(hub.url, token, start)[0]
    assert len(everything) == sum(len(b["entries"]) for bodies in rounds for _, b in bodies)
    assert everything == sorted(everything) and len(set(everything)) == len(everything)
    for got in seen:
        assert got == everything


def _pull_all(url: str, token: str, after: int) -> tuple[list[int], int]:
    """(hub seqs of every entry after `after`, the last checkpoint), page by page."""
    got: list[int] = []
    while True:
        page = httpx.get(url + "/api/v1/changes", params={"after": after, "limit": 50},
                         headers={"Authorization": f"Bearer {token}"}, timeout=60).json()
        got += [e["seq"] for e in page["entries"]]
        after = page["last"]
        if not page["more"]:
            return got, after
