"""Personal data kept only as long as needed: retention purge, forgetting an event, one person.

- `purge`: pen time and pressure (biometrics under UU 27/2022) older than their event's
  `retention_days` are stripped from every signature held here; the drawn shape stays, and its
  `strokes_hash` (which certificates carry) still names the signature as it was signed. A
  station sends a purge of its own signatures, the hub (the administrator's agency key) of
  everyone's, so every node forgets (`ikrar.store.purge_sync`). The freed bytes are zeroed in
  the file (`secure_delete`) and the write-ahead log emptied.
- `forget`: a desk station removes an event's personal data once the hub holds all of it,
  keeping its counts for the dashboard.
- `export` / `erase`: everything held about one person (by NIP); erasing a signed pledge still
  inside its legal retention needs the administrator.
Audit events name ids and counts only: no NIP or name.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from peewee import SqliteDatabase

from ikrar.core.errors import IkrarError
from ikrar.store import audit, keystore, outbox, purge_sync, recap, settings, sync_state
from ikrar.store.authorship import norm
from ikrar.store.db import db, local
from ikrar.store.fields import utcnow
from ikrar.store.models import (
    Attendance,
    AuditEvent,
    Certificate,
    CertificatePrint,
    Change,
    Employee,
    Event,
    ForgottenRow,
    HubChange,
    RosterEntry,
    Signature,
    SyncAlias,
)

_DAY = 86_400  # seconds; the GUI's timer and `purge_due` use it


class PrivacyError(IkrarError):
    """A privacy action refused (unsent data, a pledge inside its retention, no authority)."""


@dataclass
class PurgeReport:
    signatures: int = 0
    by_event: dict[str, int] = field(default_factory=dict)
    sent: int = 0  # purge entries written for sync (own signatures; all of them on the hub)
    dry_run: bool = False

    def describe(self) -> str:
        verb = "would be" if self.dry_run else "were"
        return (f"{self.signatures} signature(s) in {len(self.by_event)} event(s) {verb} "
                "stripped of pen time and pressure (the drawn shape stays).")


def administers() -> bool:
    """Whether this node speaks for the administrator: it holds the agency key and no hub
    above it (the hub itself, or an administrator's PC not joined to one)."""
    return settings.get("hub_url") is None and (keystore.keys_dir() / keystore.AGENCY_KEY).exists()


def due(now: datetime | None = None) -> list[tuple[str, str, str]]:
    """(signature id, its station, its event) whose biometrics are past their retention."""
    now = now or utcnow()
    out = []
    query = (Signature.select(Signature.id, Signature.station, Signature.signed_at, Event.id,
                              Event.retention_days)
             .join(Attendance).join(Event)
             .where(Signature.has_biometrics & Signature.biometrics_purged_at.is_null())
             .tuples())
    for row_id, station, signed_at, event_id, days in query:
        if signed_at + timedelta(days=max(0, days)) <= now:
            out.append((norm(row_id), norm(station), norm(event_id)))
    return out


def purge(*, dry_run: bool = False, now: datetime | None = None) -> PurgeReport:
    """Strip biometrics past retention from every signature held here (see the module)."""
    now = now or utcnow()
    rows = due(now)
    report = PurgeReport(signatures=len(rows), dry_run=dry_run)
    for _, _, event_id in rows:
        report.by_event[event_id] = report.by_event.get(event_id, 0) + 1
    if dry_run or not rows:  # nothing due: nothing written (the GUI looks again in an hour)
        return report
    me, admin = norm(local().station_id), administers()
    secure = isinstance(db.obj, SqliteDatabase)
    if secure:  # freed bytes are zeroed, not left in free pages (per connection)
        db.execute_sql("PRAGMA secure_delete = ON")
    with db.atomic():
        sent = [row_id for row_id, station, _ in rows if admin or station == me]
        attendance = dict(Signature.select(Signature.id, Signature.attendance).where(
            Signature.id.in_(sent)).tuples()) if sent else {}
        report.sent = outbox.purge_many(Signature, [
            {"id": row_id, "attendance": attendance[row_id], "biometrics_purged_at": now,
             "has_biometrics": False} for row_id in attendance])
        stamp = Signature.biometrics_purged_at.db_value(now)
        purge_sync.strip_rows({row_id: stamp for row_id, _, _ in rows})
        for event_id, count in report.by_event.items():
            audit.append("biometrics_purged", event_id, signatures=count)
        settings.put("purged_at", stamp)
    if secure and rows:
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the old pages leave the WAL too
    return report


def purge_due(now: datetime | None = None) -> bool:
    """Whether a day has passed since the last purge (the GUI checks on start and daily)."""
    last = settings.get("purged_at")
    if not last:
        return True
    when = datetime.fromisoformat(last.replace("Z", "+00:00"))
    return ((now or utcnow()) - when).total_seconds() >= _DAY


# --- forgetting an event -------------------------------------------------------------------


def unsent() -> int:
    return sync_state.waiting_count()


def forget(event_id: str) -> dict[str, int]:
    """Remove an event's personal data from this station; its counts stay (see `forgotten`).

    Refused while anything here is not yet on the hub, and on a node without a hub (the hub
    itself, or a station never joined): there nothing says the data is held elsewhere.
    """
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise PrivacyError("privacy.no_event", f"No event {event_id} here; `ikrar event list` "
                           "shows the events.", event=event_id)
    if settings.get("hub_url") is None:
        raise PrivacyError("privacy.no_hub",
                           "This station does not sync with a hub, so nothing says its data is "
                           "held elsewhere; nothing was removed.")
    waiting = unsent()
    if waiting:
        raise PrivacyError("privacy.unsent",
                           f"{waiting} change(s) of this station are not on the hub yet. Run "
                           "`ikrar sync` (or sync from the station page) until nothing waits, "
                           "then forget the event; nothing was removed.", count=waiting)
    attendances = [norm(a) for (a,) in Attendance.select(Attendance.id)
                   .where(Attendance.event == event).tuples()]
    roster = RosterEntry.select(RosterEntry.id, RosterEntry.employee).where(
        RosterEntry.event == event).tuples()
    people = {norm(e) for _, e in roster} | {
        norm(e) for (e,) in Attendance.select(Attendance.employee)
        .where(Attendance.event == event).tuples()}
    counts = {
        "roster": len(roster),
        "checked_in": Attendance.select().where((Attendance.event == event)
                                                & Attendance.is_primary).count(),
        "signatures": Signature.select().where(Signature.attendance.in_(attendances)).count()
        if attendances else 0,
        "certificates": Certificate.select().where(Certificate.attendance.in_(attendances))
        .count() if attendances else 0,
        "forgotten_at": Event.starts_at.db_value(utcnow()),
        "units": [asdict(u) for u in recap.unit_figures(event)],  # the dashboard's figures
    }
    with db.atomic():
        _delete(attendances, [norm(r) for r, _ in roster], people, keep_event=norm(event.id))
        ForgottenRow.insert(row_id=norm(event.id), table="event").on_conflict_ignore().execute()
        held = settings.get("forgotten_events") or {}
        held[norm(event.id)] = counts
        settings.put("forgotten_events", held)
        audit.append("event_forgotten", norm(event.id),
                     **{k: v for k, v in counts.items() if k not in ("forgotten_at", "units")})
    _compact()
    return counts


def forgotten(event_id: str) -> dict[str, int] | None:
    """The counts kept of a forgotten event, for the dashboard; None if it was not forgotten."""
    return (settings.get("forgotten_events") or {}).get(norm(event_id))


def _delete(attendances: list[str], roster: list[str], people: set[str],
            keep_event: str | None = None) -> None:
    """Delete these check-ins (and what hangs on them), roster entries and unneeded people."""
    certificates = [norm(c) for (c,) in Certificate.select(Certificate.id).where(
        Certificate.attendance.in_(attendances)).tuples()] if attendances else []
    prints = [norm(p) for (p,) in CertificatePrint.select(CertificatePrint.id).where(
        CertificatePrint.certificate.in_(certificates)).tuples()] if certificates else []
    signatures = [norm(s) for (s,) in Signature.select(Signature.id).where(
        Signature.attendance.in_(attendances)).tuples()] if attendances else []
    for model, ids in ((CertificatePrint, prints), (Certificate, certificates),
                       (Signature, signatures)):
        for chunk in _chunks(ids):
            model.delete().where(model.id.in_(chunk)).execute()
    for chunk in _chunks(attendances):
        Attendance.update(duplicate_of=None).where(Attendance.id.in_(chunk)).execute()
    for model, ids in ((Attendance, attendances), (RosterEntry, roster)):
        for chunk in _chunks(ids):
            model.delete().where(model.id.in_(chunk)).execute()
    # People on another event's roster, or checked in at one, stay: that event still needs them.
    still = {norm(e) for (e,) in RosterEntry.select(RosterEntry.employee).tuples()} | {
        norm(e) for (e,) in Attendance.select(Attendance.employee).tuples()}
    gone_people = sorted(people - still)
    for chunk in _chunks(gone_people):
        Employee.delete().where(Employee.id.in_(chunk)).execute()
        SyncAlias.delete().where(SyncAlias.canonical_id.in_(chunk)).execute()
    rows = {"certificate_print": prints, "certificate": certificates, "signature": signatures,
            "attendance": attendances, "roster_entry": roster, "employee": gone_people}
    forgotten_rows = [{"row_id": r, "table": t} for t, ids in rows.items() for r in ids]
    for chunk in _chunks(forgotten_rows, 200):
        ForgottenRow.insert_many(chunk).on_conflict_ignore().execute()
    _drop_logged(rows)


def _drop_logged(rows: dict[str, list[str]]) -> None:
    """The outbox entries (all acknowledged by then) and hub-log entries of deleted rows.

    On the hub a deleted entry stays in its log as an empty, "erased" row, so the number of
    entries held per station (what replays are recognised by) does not move.
    """
    held = _acknowledged()
    for table, ids in rows.items():
        forms = [f for row_id in ids for f in purge_sync._forms(row_id)]
        for chunk in _chunks(forms):
            Change.delete().where((Change.table == table) & Change.row_id.in_(chunk)
                                  & (Change.seq <= held)).execute()
            HubChange.update(data="{}", op="erased").where(
                (HubChange.table == table) & HubChange.row_id.in_(chunk)).execute()


def _acknowledged() -> int:
    """The outbox entries a hub holds: a station's acknowledged ones, or the hub's own logged
    ones (deleting one it has not logged yet would leave a gap in its sequence)."""
    if settings.get("hub_url"):
        return settings.get("sync_acked_seq") or 0
    me = str(local().station_id)
    return max((HubChange.select(HubChange.station_seq).where(HubChange.station_id.in_(
        purge_sync._forms(me))).order_by(HubChange.station_seq.desc()).limit(1).scalar() or 0),
        0)


def _chunks(items: list, size: int = 500) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _compact() -> None:
    if isinstance(db.obj, SqliteDatabase):
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- one person ----------------------------------------------------------------------------


def _person(nip: str) -> Employee:
    employee = Employee.get_or_none(Employee.nip == nip)
    if employee is None:
        raise PrivacyError("privacy.no_person", "No one with this NIP is held here.",
                           nip=nip)
    return employee


def _rows(query: Any) -> list[dict[str, Any]]:
    """Rows as column → value, as the outbox would send them."""
    return [{type(row)._meta.fields[name].column_name: _plain(value)
             for name, value in row.__data__.items()} for row in query]


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def export(nip: str) -> dict[str, Any]:
    """Everything this node holds about one person: their rows, check-ins, signatures (with
    their strokes), certificates, prints and the audit events about them."""
    employee = _person(nip)
    attendances = list(Attendance.select().where(Attendance.employee == employee))
    ids = [a.id for a in attendances]
    certificates = list(Certificate.select().where(Certificate.attendance.in_(ids))) if ids \
        else []
    subjects = {norm(a.id) for a in attendances} | {norm(employee.id)}
    audit_rows = [a for a in AuditEvent.select().order_by(AuditEvent.seq)
                  if norm(a.subject) in subjects
                  or norm((a.details or {}).get("employee")) == norm(employee.id)]
    return {
        "format": "ikrar-privacy-export/1",
        "exported_at": utcnow().isoformat(),
        "station": str(local().station_id),
        "person": _rows([employee]),
        "roster": _rows(RosterEntry.select().where(RosterEntry.employee == employee)),
        "events": _rows(Event.select().join(RosterEntry).where(RosterEntry.employee == employee)),
        "check_ins": _rows(attendances),
        "signatures": _rows(Signature.select().where(Signature.attendance.in_(ids))) if ids
        else [],
        "certificates": _rows(certificates),
        "prints": _rows(CertificatePrint.select().where(CertificatePrint.certificate.in_(
            [c.id for c in certificates]))) if certificates else [],
        "audit": [{"seq": a.seq, "at": a.at.isoformat(), "kind": a.kind, "subject": a.subject,
                   "details": a.details} for a in audit_rows],
    }


def inside_retention(employee: Employee, now: datetime | None = None) -> int:
    """How many of this person's signed pledges are still inside their legal retention."""
    now = now or utcnow()
    keep = timedelta(days=settings.get("pledge_retention_days"))
    signed = (Signature.select(Signature.signed_at).join(Attendance)
              .where(Attendance.employee == employee).tuples())
    return sum(1 for (at,) in signed if at + keep > now)


def erase(nip: str, *, forced_by: str | None = None, now: datetime | None = None
          ) -> dict[str, int]:
    """Delete everything held here about one person; an audit event records it.

    Refused while a signed pledge of theirs is inside its legal retention (the setting
    `pledge_retention_days`), unless `forced_by` names the administrator's authority already
    checked by the caller ("admin_pin" or "agency_key"); refused while their entries wait to
    be sent. The hub's log keeps their entries as empty "erased" rows.
    """
    employee = _person(nip)
    kept = inside_retention(employee, now)
    if kept and not forced_by:
        raise PrivacyError(
            "privacy.in_retention",
            f"This person has {kept} signed pledge(s) still inside their legal retention "
            f"({settings.get('pledge_retention_days')} days). Only the administrator may erase "
            "them: add --force with the administrator PIN or the agency key's passphrase. "
            "Nothing was erased.", count=kept)
    attendances = [norm(a) for (a,) in Attendance.select(Attendance.id)
                   .where(Attendance.employee == employee).tuples()]
    roster = [norm(r) for (r,) in RosterEntry.select(RosterEntry.id)
              .where(RosterEntry.employee == employee).tuples()]
    person = norm(employee.id)
    pending = _pending_about({person, *attendances, *roster}) if settings.get("hub_url") else 0
    if pending:
        raise PrivacyError("privacy.unsent_person",
                           f"{pending} change(s) about this person are not on the hub yet. Run "
                           "`ikrar sync` first; nothing was erased.", count=pending)
    counts = {"check_ins": len(attendances), "roster": len(roster)}
    with db.atomic():
        _delete(attendances, roster, {person})
        Employee.delete().where(Employee.id == employee.id).execute()
        ForgottenRow.insert(row_id=person, table="employee").on_conflict_ignore().execute()
        _drop_logged({"employee": [person]})
        audit.append("person_erased", person, forced_by=forced_by or "",
                     inside_retention=kept, **counts)
    _compact()
    return counts


def _pending_about(ids: set[str]) -> int:
    acked = settings.get("sync_acked_seq") or 0
    by_table: dict[str, int] = defaultdict(int)
    for table, row_id, data in Change.select(Change.table, Change.row_id, Change.data).where(
            Change.seq > acked).tuples():
        values = data if isinstance(data, dict) else {}
        if norm(row_id) in ids or any(norm(values.get(k)) in ids for k in
                                      ("employee_id", "attendance_id")):
            by_table[table] += 1
    return sum(by_table.values())


def admin_authority(*, pin: str | None = None, passphrase: str | None = None) -> str:
    """Check the administrator's authority for a forced erase: "admin_pin" or "agency_key".

    Where the station has an administrator PIN, that PIN; otherwise the agency key held here,
    opened with its passphrase when it has one. Raises PrivacyError (or the PIN's lock-out).
    """
    from ikrar.core.keys import KeyFileError  # noqa: PLC0415
    from ikrar.store import roles  # noqa: PLC0415

    if roles.has_pin(roles.ADMIN):
        if pin and roles.check_pin(roles.ADMIN, pin).ok:
            return "admin_pin"
        raise PrivacyError("privacy.not_admin", "Only the administrator may force this: the "
                           "administrator PIN was not given or is wrong. Nothing was erased.")
    try:
        keystore.agency_key(passphrase)
    except KeyFileError as exc:
        raise PrivacyError("privacy.not_admin", "Only the administrator may force this: this "
                           f"station has no administrator PIN and the agency key did not open "
                           f"({exc}). Nothing was erased.") from exc
    return "agency_key"
