"""The authorship rules as every node applies them (`ikrar.store.authorship` via `apply`)."""

from __future__ import annotations

import base64
import time
import uuid

import pytest

from ikrar.core import strokes
from ikrar.core.hlc import Timestamp
from ikrar.core.ids import new_id
from ikrar.store.authorship import AuthorshipError
from ikrar.store.models import Attendance, Event, Signature, Station
from ikrar.store.sync_apply import Entry, SyncDataError, apply

B, A = str(new_id()), str(new_id())


class Writer:
    """Entries as one other station writes them."""

    def __init__(self, station: str, signer: str = "station") -> None:
        self.station, self.signer, self.seq = station, signer, 0

    def entry(self, table: str, data: dict, row_id: str | None = None, op: str = "insert",
              signer: str | None = None) -> Entry:
        self.seq += 1
        row_id = row_id or str(new_id())
        hlc = Timestamp(time.time_ns() // 1_000_000, self.seq, self.station).pack()
        data = {"id": uuid.UUID(row_id).hex, "hlc": hlc,
                "created_at": "2024-07-10T01:00:00+00:00", **data}
        return Entry(self.station, self.seq, table, row_id, op, data, hlc,
                     signer or self.signer)


def _station(writer: Writer, name: str) -> Entry:
    return writer.entry("station", {"name": name}, row_id=writer.station)


def _check_in(writer: Writer, event, employee) -> Entry:
    return writer.entry("attendance", {
        "event_id": event.id.hex, "employee_id": employee.id.hex,
        "station_id": uuid.UUID(writer.station).hex, "method": "badge", "operator": "",
        "checked_in_at": "2024-07-10T01:00:00+00:00"})


def _signature(writer: Writer, attendance: Entry) -> Entry:
    data = strokes.encode(strokes.without_biometrics(strokes.synthetic_signature(3)))
    return writer.entry("signature", {
        "attendance_id": attendance.data["id"], "station_id": uuid.UUID(writer.station).hex,
        "strokes": {"$b64": base64.b64encode(data).decode("ascii")},
        "strokes_hash": strokes.strokes_hash(data), "pledge_hash": "0" * 64,
        "signed_at": "2024-07-10T01:00:00+00:00", "has_biometrics": False})


def test_a_station_signs_only_its_own_check_ins(event, make_employee):
    person = make_employee(event)
    b, a = Writer(B), Writer(A)
    check_in = _check_in(b, event, person)
    apply([_station(b, "Meja 2"), check_in])
    apply([_station(a, "Meja 1")])
    # Meja 1 tries to take the place of Meja 2's signature before it arrives.
    with pytest.raises(AuthorshipError, match="its own station's check-in"):
        apply([_signature(a, check_in)])
    apply([_signature(b, check_in)])
    assert Signature.select().count() == 1


def test_who_may_write_what(event, make_employee):
    person = make_employee(event)
    b = Writer(B)
    apply([_station(b, "Meja 2")])
    with pytest.raises(AuthorshipError, match="administrator"):
        apply([b.entry("event", {**_event_data(event), "title": "Palsu"},
                       row_id=str(event.id), op="update")])
    agency = Writer(B, "agency")
    agency.seq = b.seq
    with pytest.raises(AuthorshipError, match="own key"):  # not even the agency key
        apply([_check_in(agency, event, person)])
    with pytest.raises(SyncDataError, match="no valid signature"):
        apply([_check_in(Writer(B, ""), event, person)])
    apply([_check_in(Writer(B, "legacy"), event, person)])  # vouched for by the hub, once
    assert Attendance.select().count() == 1
    assert Event.get().title != "Palsu" and Station.select().count() == 2


def _event_data(event) -> dict:
    from ikrar.store.outbox import _json_value

    return {field.column_name: _json_value(field.db_value(getattr(event, name)))
            for name, field in Event._meta.fields.items() if name not in ("id", "hlc")}
