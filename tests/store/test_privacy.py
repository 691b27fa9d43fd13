"""Retention purge, forgetting an event and one person's export/erase on a real SQLite file."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from ikrar.core import strokes
from ikrar.store import privacy, settings
from ikrar.store.audit import verify as verify_audit
from ikrar.store.checkin import check_in
from ikrar.store.db import local
from ikrar.store.fields import utcnow
from ikrar.store.models import (
    Attendance,
    AuditEvent,
    Change,
    Employee,
    Event,
    ForgottenRow,
    RosterEntry,
    Signature,
)
from support import add_employees


def keep_biometrics(event: Event, days: int = 30) -> Event:
    Event.update(keep_biometrics=True, retention_days=days).where(Event.id == event.id).execute()
    return Event.get_by_id(event.id)


def signed(event, count=3, *, days_ago=40):
    at = utcnow() - timedelta(days=days_ago)
    people = add_employees(event, count)
    for i, person in enumerate(people):
        check_in(event, person, strokes.synthetic_signature(100 + i), method="badge",
                 pledge_hash=event.pledge_hash, at=at)
    return people


def file_bytes(store) -> bytes:
    path = store.db_path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_purge_strips_time_and_pressure_past_retention_and_keeps_the_shape(store, event):
    event = keep_biometrics(event, days=30)
    signed(event, 2, days_ago=40)
    recent = add_employees(event, 1, start=50)[0]
    check_in(event, recent, strokes.synthetic_signature(9), method="badge",
             pledge_hash=event.pledge_hash, at=utcnow() - timedelta(days=3))
    before = {s.id: (bytes(s.strokes), s.strokes_hash) for s in Signature.select()}
    assert all(strokes.has_biometrics(strokes.decode(b)) for b, _ in before.values())

    dry = privacy.purge(dry_run=True)
    assert dry.signatures == 2 and dry.dry_run
    assert Signature.select().where(Signature.has_biometrics).count() == 3

    report = privacy.purge()
    assert report.signatures == 2 and report.sent == 2  # this station's own signatures
    old = list(Signature.select().where(Signature.biometrics_purged_at.is_null(False)))
    assert len(old) == 2
    for sig in old:
        original, hash_ = before[sig.id]
        now = strokes.decode(bytes(sig.strokes))
        assert not strokes.has_biometrics(now) and not sig.has_biometrics
        assert now == strokes.without_biometrics(strokes.decode(original))  # the same shape
        assert sig.strokes_hash == hash_  # certificates keep naming it
        assert strokes.shape_hash(now) == sig.shape_hash
    fresh = Signature.get(Signature.biometrics_purged_at.is_null())
    assert strokes.has_biometrics(strokes.decode(bytes(fresh.strokes)))
    purges = list(Change.select().where(Change.op == "purge"))
    assert len(purges) == 2 and all("strokes" not in c.data for c in purges)
    kinds = [a.kind for a in AuditEvent.select()]
    assert kinds.count("biometrics_purged") == 1 and verify_audit().ok
    assert privacy.purge().signatures == 0  # nothing twice
    assert not privacy.purge_due() and privacy.purge_due(utcnow() + timedelta(days=1, minutes=1))


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_purged_bytes_are_gone_from_the_database_file(data_dir, encrypted):
    """Freed pages are zeroed (secure_delete), so even who holds the key reads no timing.

    On the plain file the bytes are seen before the purge and gone after; on the encrypted
    file (the default) they are never seen, and the purge zeroes them all the same.
    """
    from datetime import datetime

    from ikrar.core.dates import zone
    from ikrar.store.db import close_db, db, init_db
    from ikrar.store.events import create_event

    close_db()
    store = init_db(data_dir, station_name="Meja 1", encrypted=encrypted)
    event = create_event("Ikrar", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    event = keep_biometrics(event, days=30)
    signed(event, 1, days_ago=40)
    sig = Signature.get()
    original = bytes(sig.strokes)
    logged = base64.b64encode(original).decode("ascii")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = file_bytes(store)
    probe, text_probe = original[40:72], logged[60:120].encode("ascii")
    # the test can fail: the bytes were there (readable only without encryption)
    assert (probe in raw and text_probe in raw) is not encrypted
    assert db.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1

    privacy.purge()

    raw = file_bytes(store)
    assert probe not in raw, "the row's old strokes are still in the file"
    assert text_probe not in raw, "the outbox's copy of the strokes is still in the file"
    assert (bytes(Signature.get().strokes) in raw) is not encrypted  # the drawn shape stays


def test_erase_refuses_inside_retention_unless_the_administrator_forces(store, event):
    from ikrar.store import roles

    people = signed(event, 2, days_ago=1)
    nip = people[0].nip
    exported = privacy.export(nip)
    assert exported["person"][0]["nip"] == nip and len(exported["signatures"]) == 1
    assert exported["signatures"][0]["strokes"]["$b64"]
    json.dumps(exported)
    with pytest.raises(privacy.PrivacyError) as refused:
        privacy.erase(nip)
    assert refused.value.code == "privacy.in_retention"
    roles.set_pin(roles.ADMIN, "246810")
    with pytest.raises(privacy.PrivacyError):
        privacy.admin_authority(pin="111111")
    who = privacy.admin_authority(pin="246810")
    counts = privacy.erase(nip, forced_by=who)
    assert counts == {"check_ins": 1, "roster": 1}
    assert Employee.get_or_none(Employee.nip == nip) is None
    assert Employee.get_or_none(Employee.nip == people[1].nip) is not None
    assert Signature.select().count() == 1 and Attendance.select().count() == 1
    erased = AuditEvent.get(AuditEvent.kind == "person_erased")
    assert erased.details["forced_by"] == "admin_pin" and nip not in json.dumps(erased.details)
    assert ForgottenRow.select().where(ForgottenRow.table == "employee").count() == 1
    assert verify_audit().ok


def test_erase_after_retention_needs_no_force(store, event):
    people = signed(event, 1, days_ago=10)
    settings.put("pledge_retention_days", 5)
    privacy.erase(people[0].nip)
    assert Employee.select().count() == 0


def test_forget_refuses_without_hub_and_while_unsent(store, event):
    signed(event, 2, days_ago=1)
    with pytest.raises(privacy.PrivacyError) as no_hub:
        privacy.forget(str(event.id))
    assert no_hub.value.code == "privacy.no_hub"
    settings.put("hub_url", "https://hub.example:8443")
    with pytest.raises(privacy.PrivacyError) as unsent:
        privacy.forget(str(event.id))
    waiting = Change.select().count()
    assert unsent.value.code == "privacy.unsent" and f"{waiting} change(s)" in str(unsent.value)
    assert Attendance.select().count() == 2


def test_forget_keeps_counts_and_removes_people_of_that_event_only(store, event, make_employee):
    signed(event, 3, days_ago=1)
    other = Event.get_by_id(event.id)
    from ikrar.store.events import create_event
    second = create_event("Apel Pagi", other.starts_at + timedelta(days=2))
    shared = Employee.select().first()
    from ikrar.store import outbox
    outbox.insert(RosterEntry(event=second, employee=shared))
    settings.put("hub_url", "https://hub.example:8443")
    settings.put("sync_acked_seq", Change.select().count() + 10)
    counts = privacy.forget(str(event.id))
    assert counts["checked_in"] == 3 and counts["roster"] == 3 and counts["signatures"] == 3
    assert privacy.forgotten(str(event.id))["checked_in"] == 3
    from ikrar.store.recap import unit_figures
    figures = unit_figures(Event.get_by_id(event.id))  # the dashboard's figures stay
    assert sum(u.signed for u in figures) == 3 and sum(u.expected for u in figures) == 3
    assert Attendance.select().count() == 0 and Signature.select().count() == 0
    assert RosterEntry.select().count() == 1  # the other event's place
    assert [e.id for e in Employee.select()] == [shared.id]
    assert Event.get_or_none(Event.id == event.id) is not None
    assert AuditEvent.get(AuditEvent.kind == "event_forgotten").details["checked_in"] == 3
    assert local().station_id
