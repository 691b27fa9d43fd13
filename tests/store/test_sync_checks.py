"""What `sync_checks.check` makes of ids: the same as `uuid.UUID(…).hex`, however they are spelt."""

from __future__ import annotations

import uuid

import pytest

from ikrar.store.sync_checks import _uuid

ID = uuid.UUID("01923456-789a-7bcd-8ef0-123456789abc")


@pytest.mark.parametrize("text", [
    ID.hex, str(ID), str(ID).upper(), ID.hex.upper(), f"{{{ID}}}", f"urn:uuid:{ID}",
    str(ID).replace("-", "", 2), "0192345-6789a-7bcd-8ef0-123456789abc",  # dashes anywhere
])
def test_every_spelling_uuid_accepts_checks_to_the_same_hex(text):
    assert _uuid(text) == uuid.UUID(text).hex == ID.hex


@pytest.mark.parametrize("text", [
    "", "0" * 31, "g" * 32, str(ID)[:-1], str(ID) + "0", f"{ID.hex}\n", f" {ID}",
])
def test_what_is_not_an_id_is_refused_as_uuid_refuses_it(text):
    with pytest.raises(ValueError):
        uuid.UUID(text)
    with pytest.raises(ValueError):
        _uuid(text)


def test_an_id_must_be_text():
    with pytest.raises(ValueError, match="must be an id"):
        _uuid(ID)


def test_the_outbox_read_for_a_push_is_what_the_outbox_model_holds(event):
    from ikrar.store import sync_state
    from ikrar.store.models import Change

    rows = list(Change.select().order_by(Change.seq))
    assert len(rows) >= 3  # the station, the event, its pledge
    entries = sync_state.pending(0, 1000)
    assert [(e.seq, e.table, e.row_id, e.op, e.data, e.hlc, e.station_id) for e in entries] == [
        (c.seq, c.table, c.row_id, c.op, c.data, c.hlc, c.station_id) for c in rows]
    assert all(isinstance(e.data, dict) for e in entries)
    assert [e.seq for e in sync_state.pending(rows[0].seq, 1)] == [rows[1].seq]
    assert sync_state.pending(rows[-1].seq, 1000) == []


def test_the_inline_checks_pass_and_refuse_what_the_column_checks_do(event):
    from dataclasses import replace

    from ikrar.store import sync_state
    from ikrar.store.sync_checks import SyncDataError, check

    entry = next(e for e in sync_state.pending(0, 1000) if e.table == "event")
    pledge = next(e for e in sync_state.pending(0, 1000) if e.table == "pledge_version")

    def with_data(base, **data):
        return replace(base, data={**base.data, **data})

    assert check(entry)["timezone"] == entry.data["timezone"]
    assert check(with_data(entry, title="x" * 255))["title"] == "x" * 255
    for bad in ({"timezone": "WIBXX"}, {"title": "x" * 256}, {"title": 5}, {"city": None}):
        with pytest.raises(SyncDataError):
            check(with_data(entry, **bad))
    event_id = pledge.data["event_id"]
    assert check(with_data(pledge, event_id=event_id.upper()))["event_id"] == event_id
    assert check(with_data(pledge, event_id=str(uuid.UUID(event_id))))["event_id"] == event_id
    for bad in (event_id[:-1] + "g", event_id[:-1] + "G", event_id + "0", 12, None):
        with pytest.raises(SyncDataError):
            check(with_data(pledge, event_id=bad))
