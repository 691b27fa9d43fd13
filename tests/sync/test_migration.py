"""Databases from before authorship (schema 1) are migrated: the hub vouches once for the log
it held, stations keep syncing, and a station joining later pulls everything."""

from __future__ import annotations

import json

from sync_support import Station, snapshot

from ikrar.store import migrations
from ikrar.store.db import db
from ikrar.store.models import Attendance, Change, HubBatch, HubChange, SchemaVersion
from ikrar.sync import station as sync_station

_DROPS = [
    'DROP INDEX IF EXISTS "hub_change_event_id"', 'DROP INDEX IF EXISTS "hub_change_subject"',
    'ALTER TABLE "hub_change" DROP COLUMN "batch_id"',
    'ALTER TABLE "hub_change" DROP COLUMN "event_id"',
    'ALTER TABLE "hub_change" DROP COLUMN "subject"',
    'DROP TABLE "hub_batch"',
    'ALTER TABLE "employee" DROP COLUMN "author_id"',
    'ALTER TABLE "roster_entry" DROP COLUMN "author_id"',
]


def _back_to_schema_1() -> None:
    """The tables as schema 1 had them (what an older Ikrar wrote)."""
    with db.atomic():
        for sql in _DROPS:
            db.execute_sql(sql)
        SchemaVersion.update(version=1).execute()
        for log, key in ((HubChange, HubChange.seq), (Change, Change.seq)):
            for seq, data in log.select(key, log.data).tuples():
                row = json.loads(data) if isinstance(data, str) else data
                if row.pop("author_id", None) is not None:
                    log.update(data=json.dumps(row) if log is HubChange else row).where(
                        key == seq).execute()
        db.execute_sql('DELETE FROM "setting" WHERE "key" = \'hub_legacy_attested\'')


def test_schema_1_hub_and_station_are_migrated(hub, stations, tmp_path):
    (a,) = stations("Meja 1")
    a.use()
    for person in a.event().roster.limit(3):
        a.check_in(person.employee)
    a.sync()
    hub.stop()
    hub.use()
    _back_to_schema_1()
    a.use()
    _back_to_schema_1()
    hub.start()  # migrates, then signs the log it held with the agency key ("legacy")
    hub.use()
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION
    assert not HubChange.select().where(HubChange.batch_id.is_null()).exists()
    assert {b.kind for b in HubBatch.select()} == {"legacy"}
    a.use()
    a.check_in(list(a.event().roster.offset(5).limit(1))[0].employee)
    a.sync()
    late = Station(tmp_path / "late", "Meja 2")
    code = hub.code("Meja 2")
    late.use()
    sync_station.join(hub.url, code)
    sync_station.sync_once()
    assert Attendance.select().count() == 4
    a.sync()  # Meja 2's station row
    hub.use()
    expected = snapshot()
    for node in (a, late):
        node.use()
        assert snapshot() == expected
