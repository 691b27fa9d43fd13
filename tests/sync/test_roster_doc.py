"""The roster as the administrator's signed document: pulled whole, refused whole when it lies."""

from __future__ import annotations

import base64
import csv
import json
import zlib
from pathlib import Path

import pytest
from sync_support import Station

from ikrar.core.keys import SigningKey
from ikrar.store.models import Change, Employee, Event, HubChange, RosterEntry
from ikrar.store.roster import import_roster
from ikrar.store.roster_doc import RosterHeld, RosterVersion
from ikrar.sync import station as sync_station
from ikrar.sync.client import HubError
from support import employee_row

HEADER = ["No", "NIP", "Nama", "Pangkat", "Golongan", "Jabatan", "Unit Kerja"]


def _csv(path: Path, first: int, count: int, rename: dict[int, str] | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i in range(first, first + count):
            r = employee_row(i)
            name = (rename or {}).get(i, r["name"])
            writer.writerow([i + 1, r["nip"], name, r["rank"], r["grade"], r["position"],
                             r["unit"]])
    return path


def _import(hub, path: Path) -> None:
    hub.use()
    report = import_roster(path, event=Event.get_by_id(hub.event_id))
    assert report.written, report.summary()


class Liar:
    """The real hub's client, but the roster replies pass through `lie` first."""

    def __init__(self, lie) -> None:
        self.real = sync_station.client_from_settings()
        self.lie = lie

    def __getattr__(self, name):
        return getattr(self.real, name)

    def roster(self, event_id=None, have=0):
        reply = self.real.roster(event_id, have)
        return reply if event_id is None else self.lie(reply, event_id, have)


@pytest.fixture
def hub(make_hub, database_url):
    return make_hub(database_url, employees=0)


def _join(hub, folder: Path) -> Station:
    code = hub.code("Meja 1")
    station = Station(folder, "Meja 1")
    station.use()
    sync_station.join(hub.url, code)
    return station


def _people() -> dict[str, str]:
    return {e.nip: e.name for e in Employee.select()}


def test_a_station_pulls_the_roster_as_one_document_then_each_difference(hub, tmp_path):
    _import(hub, _csv(tmp_path / "a.csv", 0, 120))
    assert not HubChange.select().where(HubChange.table.in_(["employee", "roster_entry"])
                                        ).exists()
    assert Change.select().where(Change.table.in_(["employee", "roster_entry"])).count() == 0
    station = _join(hub, tmp_path / "station")
    report = station.sync()
    assert report.written >= 240
    assert len(_people()) == 120 and RosterEntry.select().count() == 120
    assert RosterHeld.get().version == 1
    assert {e.author_id for e in Employee.select()} == {None}

    # The administrator imports again: 30 new people and one renamed; the station gets v2.
    _import(hub, _csv(tmp_path / "b.csv", 100, 50, rename={101: "Nama Baru Sekali"}))
    station.sync()
    people = _people()
    assert len(people) == 150 and RosterEntry.select().count() == 150
    assert people[employee_row(101)["nip"]] == "Nama Baru Sekali"
    assert RosterHeld.get().version == 2
    # Check-ins stay row by row, and reach a second, fresh station with the roster.
    station.check_in(Employee.get(Employee.nip == employee_row(5)["nip"]))
    station.sync()
    other = Station(tmp_path / "other", "Meja 2")
    code = hub.code("Meja 2")
    other.use()
    sync_station.join(hub.url, code)
    other.sync()
    from ikrar.store.models import Attendance

    assert Attendance.select().count() == 1 and len(_people()) == 150


def _tamper_body(reply: dict, change) -> dict:
    for item in reply["versions"]:
        document = json.loads(zlib.decompress(base64.b64decode(item["body"])))
        change(document)
        item["body"] = base64.b64encode(zlib.compress(json.dumps(document).encode())).decode()
    return reply


def test_a_tampered_snapshot_is_refused_whole(hub, tmp_path):
    _import(hub, _csv(tmp_path / "a.csv", 0, 20))
    station = _join(hub, tmp_path / "station")

    def rename(document):
        document["employees"]["name"][3] = "Orang Lain"

    assert "signature does not match" in _refused_with(
        station, Liar(lambda reply, *_: _tamper_body(reply, rename)))
    assert _people() == {} and RosterHeld.select().count() == 0
    station.sync()  # the honest hub: everything
    assert len(_people()) == 20


def _refused_with(station, client) -> str:
    with pytest.raises(HubError) as caught:
        station.sync(client=client)
    return str(caught.value)


def test_another_key_another_event_or_a_malformed_version_is_refused(hub, tmp_path):
    _import(hub, _csv(tmp_path / "a.csv", 0, 20))
    station = _join(hub, tmp_path / "station")
    forger = SigningKey.generate()

    def resign(reply, event_id, have):
        from ikrar.sync.roster_doc import message

        for item in reply["versions"]:
            import hashlib

            body = base64.b64decode(item["body"])
            item["signature"] = base64.b64encode(forger.sign(message(
                event_id, item["version"], item["base"], item["kind"],
                hashlib.sha256(body).digest()))).decode()
        return reply

    def other_event(reply, event_id, have):
        for item in reply["versions"]:
            item["event_id"] = "0" * 32
        return reply

    def malformed(reply, event_id, have):
        return {"versions": [{"version": "1"}]}

    for lie, why in ((resign, "signature does not match"), (other_event, "another event"),
                     (malformed, "malformed")):
        assert why in _refused_with(station, Liar(lie))
        assert _people() == {} and RosterHeld.select().count() == 0
    station.sync()
    assert len(_people()) == 20


def test_a_difference_from_another_base_or_an_old_version_replayed_is_refused(hub, tmp_path):
    _import(hub, _csv(tmp_path / "a.csv", 0, 20))
    station = _join(hub, tmp_path / "station")
    station.sync()
    assert RosterHeld.get().version == 1
    kept: dict[int, dict] = {}

    def keep(reply, event_id, have):
        for item in reply["versions"]:
            kept.setdefault(item["version"], item)
        return reply

    _import(hub, _csv(tmp_path / "b.csv", 20, 5))
    _import(hub, _csv(tmp_path / "c.csv", 25, 5))
    hub.use()
    station.use()

    # Only version 3 (a difference from 2) to a station holding 1: it does not follow.
    def skip(reply, event_id, have):
        keep(reply, event_id, have)
        return {"versions": [i for i in reply["versions"] if i["version"] == 3]}

    assert "holds version 1" in _refused_with(station, Liar(skip))
    assert len(_people()) == 20 and RosterHeld.get().version == 1
    station.sync()
    assert len(_people()) == 30 and RosterHeld.get().version == 3

    # An old version replayed (a signed, genuine one): refused, nothing changes.
    _import(hub, _csv(tmp_path / "d.csv", 30, 5))
    station.use()
    assert "already holds version 3" in _refused_with(
        station, Liar(lambda reply, *_: {"versions": [kept[2]]}))
    assert len(_people()) == 30 and RosterHeld.get().version == 3


def test_a_roster_version_waits_unsigned_until_the_hub_signs_it(hub, tmp_path):
    _import(hub, _csv(tmp_path / "a.csv", 0, 5))
    hub.use()
    assert [(v.kind, v.signature) for v in RosterVersion.select()] == [("diff", None)]


def _back_to_schema_4() -> None:
    """The tables as the schema before roster documents had them."""
    from ikrar.store import migrations
    from ikrar.store.db import db
    from ikrar.store.models import SchemaVersion

    with db.atomic():
        db.execute_sql('DROP TABLE "roster_version"')
        db.execute_sql('DROP TABLE "roster_held"')
        SchemaVersion.update(version=migrations.STEPS.index(migrations._v6_roster)).execute()


def test_a_hub_and_station_of_the_schema_before_are_migrated(make_hub, tmp_path):
    """Their roster came row by row (change entries): it keeps working, and the next import
    starts the roster's versions, which old and new stations take on top of it."""
    from sync_support import snapshot

    from ikrar.store import migrations
    from ikrar.store.models import SchemaVersion

    hub = make_hub(employees=30, name="old-hub")
    old = _join(hub, tmp_path / "old")
    old.sync()
    assert len(_people()) == 30
    hub.stop()
    hub.use()
    _back_to_schema_4()
    old.use()
    _back_to_schema_4()
    hub.start()
    old.use()  # opening the database migrates it
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION
    old.sync()
    # 20 people already there (row by row), 10 new, and one of them renamed.
    hub.use()
    rows_logged = HubChange.select().where(HubChange.table.in_(["employee", "roster_entry"])
                                           ).count()
    _import(hub, _csv(tmp_path / "a.csv", 10, 30, rename={12: "Nama Diganti"}))
    old.sync()
    hub.use()
    assert HubChange.select().where(HubChange.table.in_(["employee", "roster_entry"])
                                    ).count() == rows_logged == 60
    old.sync()
    assert RosterHeld.get().version == 1
    late = Station(tmp_path / "late", "Meja 9")
    code = hub.code("Meja 9")
    late.use()
    sync_station.join(hub.url, code)
    late.sync()
    hub.use()
    expected = {table: rows for table, rows in snapshot().items()
                if table in ("employee", "roster_entry")}
    assert len(expected["employee"]) == 40 and len(expected["roster_entry"]) == 40
    for node in (old, late):
        node.use()
        held = {table: rows for table, rows in snapshot().items()
                if table in ("employee", "roster_entry")}
        assert held == expected
        assert _people()[employee_row(12)["nip"]] == "Nama Diganti"


def test_a_walk_in_registered_before_the_roster_arrived_keeps_its_row(hub, tmp_path):
    """The same NIP under another id (a walk-in here): the roster's id becomes an alias, and
    the roster entry names the person held, as for rows that come one by one."""
    from ikrar.store.models import SyncAlias

    _import(hub, _csv(tmp_path / "a.csv", 0, 3))
    station = _join(hub, tmp_path / "station")
    station.use()
    from ikrar.store import outbox

    # Before the roster: the desk registers person 1 itself (this station authors the row).
    walk_in = employee_row(1) | {"is_walk_in": True, "name": "Ditulis Di Meja"}
    outbox.insert_many(Employee, [walk_in])
    mine = Employee.get(Employee.nip == walk_in["nip"]).id
    station.sync()
    assert len(_people()) == 3 and RosterHeld.get().version == 1
    assert Employee.get(Employee.nip == walk_in["nip"]).id == mine
    assert SyncAlias.select().count() == 1 and SyncAlias.get().canonical_id == mine.hex
    event = Event.get_by_id(hub.event_id)
    on_roster = {e.employee_id for e in RosterEntry.select().where(RosterEntry.event == event)}
    assert mine in on_roster and len(on_roster) == 3


def test_a_hub_without_roster_documents_or_a_garbled_list_of_them(hub, tmp_path):
    """A hub from before roster documents answers 404: the station syncs row by row as before.
    A list of versions that is no list is refused like any unusable pull reply."""
    from ikrar.sync.client import HubRefused

    _import(hub, _csv(tmp_path / "a.csv", 0, 5))
    station = _join(hub, tmp_path / "station")

    class OldHub(Liar):
        def roster(self, event_id=None, have=0):
            raise HubRefused(404, "The hub refused: Not Found", {"detail": "Not Found"})

    class Garbled(Liar):
        def roster(self, event_id=None, have=0):
            return {"rosters": {hub.event_id.replace("-", ""): "7"}}

    station.sync(client=OldHub(None))
    assert Event.select().count() == 1 and _people() == {}
    with pytest.raises(HubError) as caught:
        station.sync(client=Garbled(None))
    assert caught.value.code == "hub.bad_pull_reply"
    station.sync()
    assert len(_people()) == 5


# --- publishing: made outside the hub's write lock, stored whole, by one publisher ------------

# The hub's body encoder, held up while the file named by this variable exists (in the hub's
# process: a sitecustomize on its path), so a publish stays in progress until the test says.
_HOLD = "IKRAR_TEST_HOLD_ENCODE"
_SITECUSTOMIZE = f"""
import os, time
hold = os.environ.get("{_HOLD}")
if hold:
    from ikrar.store import roster_doc
    real = roster_doc.encode

    def held_up(*args, **kwargs):
        if os.path.exists(hold):
            open(hold + ".entered", "w").close()
            while os.path.exists(hold):
                time.sleep(0.01)
        return real(*args, **kwargs)

    roster_doc.encode = held_up
"""


def _held_up_hub(make_hub, database_url, tmp_path, monkeypatch):
    import os

    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    hold = tmp_path / "hold"
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(site), *filter(None, [os.environ.get("PYTHONPATH")])]))
    monkeypatch.setenv(_HOLD, str(hold))
    hub = make_hub(database_url, employees=0, start=False)
    hub.start()
    return hub, hold


def _signed_versions(agency) -> list[tuple[str, int]]:
    """(kind, version) of every stored version, each signature checked."""
    from ikrar.sync.roster_doc import message

    out = []
    for v in RosterVersion.select().order_by(RosterVersion.kind, RosterVersion.version):
        import hashlib

        assert v.signature is not None and agency.public.verify(bytes(v.signature), message(
            v.event_id, v.version, v.base, v.kind, hashlib.sha256(bytes(v.body)).digest()))
        out.append((v.kind, v.version))
    return out


def test_a_push_and_a_pull_during_a_publish_are_answered_without_waiting_for_it(
        make_hub, database_url, tmp_path, monkeypatch):
    import threading
    import time

    from ikrar.store.models import Attendance
    from ikrar.sync.serve import load_agency

    hub, hold = _held_up_hub(make_hub, database_url, tmp_path, monkeypatch)
    _import(hub, _csv(tmp_path / "a.csv", 0, 20))
    station = _join(hub, tmp_path / "station")
    station.sync()
    assert RosterHeld.get().version == 1
    _import(hub, _csv(tmp_path / "b.csv", 20, 5))
    station.use()
    client = sync_station.client_from_settings()
    event = hub.event_id.replace("-", "")
    hold.touch()
    first: dict = {}
    # A station's pull makes the hub publish v2; the publish stops in the encoder.
    asking = threading.Thread(target=lambda: first.update(client.roster(event, 1)))
    asking.start()
    entered = tmp_path / "hold.entered"
    for _ in range(6000):
        if entered.exists():
            break
        time.sleep(0.01)
    assert entered.exists()
    late = threading.Timer(60, hold.unlink)  # if the push waits for the publish: fail, not hang
    late.start()
    try:
        station.check_in(Employee.get(Employee.nip == employee_row(3)["nip"]))
        report = station.sync()  # the push, then a pull (the roster's: signed, verified)
    finally:
        late.cancel()
    assert hold.exists(), "the push waited for the publish"
    assert report.pushed >= 1
    assert RosterHeld.get().version == 1 and len(_people()) == 20  # the version signed before
    hold.unlink()
    asking.join(60)
    assert [v["version"] for v in first["versions"]] == [2]
    hub.use()
    assert Attendance.select().count() == 1
    assert _signed_versions(load_agency()) == [("diff", 1), ("diff", 2), ("snapshot", 2)]
    station.sync()
    assert RosterHeld.get().version == 2 and len(_people()) == 25


def test_concurrent_publishers_make_one_signed_version(make_hub, database_url, tmp_path,
                                                      monkeypatch):
    import threading

    from ikrar.store import roster_doc as store_doc
    from ikrar.store.db import db
    from ikrar.sync import roster_doc as wire
    from ikrar.sync.serve import load_agency

    hub = make_hub(database_url, employees=0, start=False)
    _import(hub, _csv(tmp_path / "a.csv", 0, 30))
    agency = load_agency()
    entered, go_on = threading.Event(), threading.Event()
    real = store_doc.encode

    def held_up(*args, **kwargs):
        entered.set()
        assert go_on.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(store_doc, "encode", held_up)
    results: dict[str, int] = {}

    def publish(name: str, wait: bool) -> None:
        try:
            results[name] = wire.publish(agency, wait=wait)
        finally:
            db.close()

    first = threading.Thread(target=publish, args=("first", True))
    first.start()
    assert entered.wait(60)
    # While the first makes the bodies: one that will not wait returns at once, having made
    # nothing, and the write lock is free (a push would take it now).
    publish("eager", False)
    assert results == {"eager": 0}
    from ikrar.sync import ledger

    with ledger.hub_write():
        assert RosterVersion.select().where(RosterVersion.signature.is_null(False)).count() == 0
    patient = threading.Thread(target=publish, args=("patient", True))
    patient.start()
    go_on.set()
    first.join(60)
    patient.join(60)
    assert results == {"eager": 0, "first": 1, "patient": 0}
    assert _signed_versions(agency) == [("diff", 1), ("snapshot", 1)]
    # A publisher in another process that made the same version meanwhile stores nothing.
    _import(hub, _csv(tmp_path / "b.csv", 30, 3))
    one, other = wire._make(agency), wire._make(agency)
    with ledger.hub_write():
        assert wire._store(one) == 1
    with ledger.hub_write():
        assert wire._store(other) == 0
    assert _signed_versions(agency) == [("diff", 1), ("diff", 2), ("snapshot", 2)]
    snapshot = RosterVersion.get(RosterVersion.kind == "snapshot")
    assert bytes(snapshot.signature) == one.snapshots[0][4]
    assert len(store_doc.decode(bytes(snapshot.body))["employees"]["id"]) == 33


def test_an_import_on_the_administrators_folder_publishes_when_the_key_is_at_hand(
        make_hub, database_url, tmp_path):
    from ikrar.cli import main
    from ikrar.store import keystore
    from ikrar.store.db import close_db
    from ikrar.store.postgres import remember
    from ikrar.sync import roster_doc as wire
    from ikrar.sync.serve import load_agency

    hub = make_hub(database_url, employees=0, start=False)
    close_db()
    if database_url:  # the folder as `ikrar hub --database` leaves it: the CLI works there
        remember(hub.folder, database_url)
    assert main(["--data-dir", str(hub.folder), "roster", "import",
                 str(_csv(tmp_path / "a.csv", 0, 12)), "--event", hub.event_id]) == 0
    assert (hub.folder / "ikrar.sqlite3").exists() == (database_url is None)
    hub.use()
    assert _signed_versions(load_agency()) == [("diff", 1), ("snapshot", 1)]
    # A key behind a passphrase that is not at hand: left to the hub, as before.
    _import(hub, _csv(tmp_path / "b.csv", 12, 3))
    (keystore.keys_dir() / keystore.AGENCY_KEY).write_bytes(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    assert wire.publish_here() == 0
    assert RosterVersion.get(RosterVersion.version == 2).signature is None
