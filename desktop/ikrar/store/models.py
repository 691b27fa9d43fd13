"""The domain as tables. Rows that sync have UUIDv7 keys and the clock time of their last write."""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

from ikrar.core.ids import new_id
from ikrar.store.db import db
from ikrar.store.fields import JSONField, UtcDateTimeField, utcnow


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A row every station and the hub hold; changed only through `outbox.save()`."""

    id = UUIDField(primary_key=True, default=new_id)
    hlc = CharField(index=True)  # hybrid logical clock of the last write
    created_at = UtcDateTimeField(default=utcnow)


class Employee(SyncedModel):
    nip = CharField(max_length=18, unique=True)
    name = CharField()
    front_title = CharField(default="")
    back_title = CharField(default="")
    status = CharField(max_length=4, default="PNS")  # PNS | PPPK
    rank = CharField(default="")  # pangkat, e.g. "Pembina"
    grade = CharField(default="")  # golongan/ruang, e.g. "IV/a"
    position = CharField(default="")  # jabatan
    unit = CharField(default="", index=True)  # unit kerja / OPD
    agency = CharField(default="")  # instansi
    search_key = CharField()  # indexed with the id: the roster browser's order (Meta)
    is_walk_in = BooleanField(default=False)
    # The station that created the row (a walk-in's desk; the administrator's for the roster):
    # only it, or the agency key's holder, may change it (ikrar.store.authorship).
    author_id = CharField(max_length=64, null=True)

    class Meta:
        # Names in order, ties by id: a page of 50,000 people with one name reads 200 of them.
        indexes = ((("search_key", "id"), False),)


class Event(SyncedModel):
    title = CharField()
    starts_at = UtcDateTimeField()
    timezone = CharField(max_length=4, default="WIB")  # WIB | WITA | WIT
    city = CharField(default="")  # the place in "Sumedang, 10 Juli 2024"
    venue = CharField(default="")
    agency = CharField(default="")
    organiser_unit = CharField(default="")
    letterhead = JSONField(default=list)  # lines at the top of certificates and reports
    official_name = CharField(default="")
    official_title = CharField(default="")
    # Kept for old databases and sync; printing ignores it: Pj./Plt./a.n. belong on the
    # position line (official_title) and the name prints exactly as written.
    official_acting = BooleanField(default=False)
    official_rank = CharField(default="")  # "Pembina Utama Muda (IV/c)"; "" prints no line
    official_nip = CharField(default="")  # optional: regional heads have none
    official_place = CharField(default="")  # where the official signs; "" = the city
    official_date = CharField(default="")  # ISO date the official signs; "" = the event's
    documents = CharField(default="certificate")  # certificate | pakta | both
    witnesses = JSONField(default=list)  # [{"role": "Bawaslu", "name": ..., "title": ...}]
    pledge_text = TextField()
    pledge_hash = CharField(max_length=64)
    pledge_version = IntegerField(default=1)
    numbering_pattern = CharField(default="{seq:04d}/{station}/NETRAL/{year}")
    require_signed_badges = BooleanField(default=False)
    allow_walk_ins = BooleanField(default=True)
    keep_biometrics = BooleanField(default=False)  # pen timing and pressure (UU 27/2022)
    retention_days = IntegerField(default=90)
    # where a phone opens a certificate's QR (the agency's page); "" prints the bare code
    verify_url = CharField(default="")


class PledgeVersion(SyncedModel):
    """Every pledge text an event has had (see `ikrar.store.pledges`): signers keep theirs."""

    # its index is the first column of the Meta index below
    event = ForeignKeyField(Event, backref="pledge_versions", on_delete="RESTRICT", index=False)
    version = IntegerField()
    text = TextField()
    sha256 = CharField(max_length=64, index=True)

    class Meta:
        indexes = ((("event", "version"), True),)


class RosterEntry(SyncedModel):
    """An employee expected at an event."""

    # its index is the first column of the Meta index below
    event = ForeignKeyField(Event, backref="roster", on_delete="RESTRICT", index=False)
    employee = ForeignKeyField(Employee, backref="invitations", on_delete="RESTRICT")
    author_id = CharField(max_length=64, null=True)  # as on Employee

    class Meta:
        indexes = ((("event", "employee"), True),)


class Station(SyncedModel):
    name = CharField()
    public_key = TextField(null=True)
    certificate = TextField(null=True)
    enrolled_at = UtcDateTimeField(null=True)


class Attendance(SyncedModel):
    # its index is the first column of the Meta index below
    event = ForeignKeyField(Event, backref="attendances", on_delete="RESTRICT", index=False)
    employee = ForeignKeyField(Employee, backref="attendances", on_delete="RESTRICT")
    station = ForeignKeyField(Station, on_delete="RESTRICT")
    method = CharField(max_length=8)  # badge | camera | search | walk_in
    operator = CharField(default="")
    checked_in_at = UtcDateTimeField()
    is_primary = BooleanField(default=True)
    duplicate_of = ForeignKeyField("self", null=True, on_delete="RESTRICT")

    class Meta:
        indexes = ((("event", "employee"), False),)


# One primary check-in per person per event; duplicates (from sync) are kept beside it.
Attendance.add_index(
    Attendance.index(
        Attendance.event, Attendance.employee, unique=True, where=SQL("is_primary")
    )
)


class Signature(SyncedModel):
    attendance = ForeignKeyField(
        Attendance, unique=True, backref="signatures", on_delete="RESTRICT"
    )
    station = ForeignKeyField(Station, on_delete="RESTRICT")
    strokes = BlobField()  # ikrar.core.strokes encoding
    strokes_hash = CharField(max_length=64)
    pledge_hash = CharField(max_length=64)
    signed_at = UtcDateTimeField()
    has_biometrics = BooleanField(default=False)
    biometrics_purged_at = UtcDateTimeField(null=True)
    # SHA-256 of the drawn shape alone (core.strokes.shape_hash), signed with the check-in: what
    # a retention purge leaves is checked against it on every node (ikrar.store.purge_sync).
    shape_hash = CharField(max_length=64, null=True)


class Certificate(SyncedModel):
    attendance = ForeignKeyField(Attendance, backref="certificates", on_delete="RESTRICT")
    station = ForeignKeyField(Station, on_delete="RESTRICT")
    number = CharField(unique=True)
    seq = IntegerField()  # per station; the station is part of the number
    issued_at = UtcDateTimeField(default=utcnow)
    voided_at = UtcDateTimeField(null=True)
    void_reason = CharField(default="")


class CertificatePrint(SyncedModel):
    certificate = ForeignKeyField(Certificate, backref="prints", on_delete="RESTRICT")
    station = ForeignKeyField(Station, on_delete="RESTRICT")
    printed_at = UtcDateTimeField(default=utcnow)
    is_reprint = BooleanField(default=False)
    destination = CharField(default="")  # printer queue or file name
    operator = CharField(default="")


class AuditEvent(BaseModel):
    """Append-only, hash-chained log of this station (see `ikrar.store.audit`)."""

    seq = AutoField()
    id = UUIDField(unique=True, default=new_id)
    at = UtcDateTimeField(default=utcnow)
    station_id = CharField()
    kind = CharField()
    subject = CharField(default="")
    details = JSONField(default=dict)
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)


class Change(BaseModel):
    """The sync outbox: every write of a synced row, in local order."""

    seq = AutoField()
    table = CharField()
    row_id = CharField()
    op = CharField(max_length=8, default="upsert")
    data = JSONField()
    hlc = CharField()
    station_id = CharField()


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = JSONField(null=True)


class SchemaVersion(BaseModel):
    id = IntegerField(primary_key=True, default=1)
    version = IntegerField()
    app_version = CharField()
    migrated_at = UtcDateTimeField(default=utcnow)


class EnrolmentCode(BaseModel):
    """Hub: a one-time, expiring code for a station to join; only its SHA-256 is kept."""

    code_hash = CharField(max_length=64, unique=True)
    station_name = CharField()
    event_id = CharField(null=True)  # the event the station will work on
    created_at = UtcDateTimeField(default=utcnow)
    expires_at = UtcDateTimeField()
    used_at = UtcDateTimeField(null=True)
    station_id = CharField(null=True)  # who used it


class StationToken(BaseModel):
    """Hub: a station's bearer token; only its SHA-256 is kept."""

    station_id = CharField(primary_key=True)
    name = CharField()
    token_hash = CharField(max_length=64, unique=True)
    created_at = UtcDateTimeField(default=utcnow)
    revoked_at = UtcDateTimeField(null=True)


class HubBatch(BaseModel):
    """Hub: one signed batch of one station's entries (a push, a USB bundle, the hub's own).

    The signature covers the digests of the batch's entries (ikrar.sync.signing), so a station
    pulling any of them checks who wrote it: the station key certified by the agency, or the
    agency key itself (`certificate` empty) for the administrator's rows.
    """

    id = AutoField()
    station_id = CharField()
    first_seq = IntegerField()
    digests = BlobField()  # 32 bytes per entry, in sequence order from first_seq
    signature = BlobField()
    certificate = TextField(null=True)  # the signer's station certificate; None: the agency
    kind = CharField(max_length=8, default="station")  # station | agency | legacy
    received_at = UtcDateTimeField(default=utcnow)


class HubChange(BaseModel):
    """Hub: every entry received from a station (or written on the hub), in the hub's order.

    (station_id, station_seq) names an entry, so a replayed batch is recognised; `seq` is what
    stations pull after.
    """

    seq = AutoField()
    station_id = CharField()
    station_seq = IntegerField()
    table = CharField()
    row_id = CharField()
    op = CharField(max_length=8)
    data = TextField()  # the entry's row data, JSON as received
    hlc = CharField()
    received_at = UtcDateTimeField(default=utcnow)
    batch_id = IntegerField(null=True)  # the HubBatch whose signature covers this entry
    event_id = CharField(null=True, index=True)  # the event it belongs to (pull scope)
    subject = CharField(null=True, index=True)  # an employee entry's row id, 32 hex digits

    class Meta:
        indexes = ((("station_id", "station_seq"), True),)


class SyncAlias(BaseModel):
    """A row received under another id for a person already known here (same NIP).

    References to `alias_id` that arrive later are written as `canonical_id`.
    """

    alias_id = CharField(primary_key=True)
    table = CharField()
    canonical_id = CharField()


class ForgottenRow(BaseModel):
    """A row this station deleted on purpose (`ikrar event forget`, `ikrar privacy erase`).

    Entries about it (or about a forgotten event) that arrive later are not applied, so the
    personal data does not come back with the next pull (ikrar.store.purge_sync.unforgotten).
    """

    row_id = CharField(primary_key=True)  # 32 hex digits
    table = CharField()


SYNCED_MODELS: tuple[type[SyncedModel], ...] = (
    Employee,
    Event,
    PledgeVersion,
    RosterEntry,
    Station,
    Attendance,
    Signature,
    Certificate,
    CertificatePrint,
)
ALL_MODELS: tuple[type[BaseModel], ...] = (
    *SYNCED_MODELS,
    AuditEvent,
    Change,
    Setting,
    SchemaVersion,
    EnrolmentCode,
    StationToken,
    HubChange,
    SyncAlias,
    HubBatch,
    ForgottenRow,
)
