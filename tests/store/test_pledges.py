"""Pledge versions: whoever signed keeps the text they signed, whatever is edited later."""

from __future__ import annotations

import pytest

from ikrar.core import strokes
from ikrar.core.pledge import customise, default_pledge, pledge_hash
from ikrar.store import audit, pledges
from ikrar.store.checkin import CheckInError, check_in
from ikrar.store.models import AuditEvent, Change, Event, PledgeVersion, Signature

PILKADA = customise(default_pledge(), {"Pemilu dan Pemilihan": "Pilkada"}).text


def signed_hash(attendance) -> str:
    return Signature.get(Signature.attendance == attendance).pledge_hash


def test_a_new_event_stores_its_pledge_as_version_1(event):
    (version,) = pledges.versions(event)
    assert (version.version, version.text, version.sha256) == (
        1, event.pledge_text, event.pledge_hash)
    assert version.id == pledges.version_id(event, 1, event.pledge_hash)
    # It syncs like every other row.
    entry = Change.get((Change.table == "pledge_version") & (Change.row_id == str(version.id)))
    assert entry.data["sha256"] == event.pledge_hash


def test_signers_keep_the_version_they_signed(event, make_employee):
    first, second = make_employee(event, name="Ani Lestari"), make_employee(event)
    v1_text, v1_hash = event.pledge_text, event.pledge_hash
    early = check_in(event, first, strokes.synthetic_signature(1), method="badge",
                     pledge_hash=event.pledge_hash)

    pledges.set_pledge(event, PILKADA)

    stored = Event.get_by_id(event.id)
    assert stored.pledge_version == 2
    assert stored.pledge_text == PILKADA and stored.pledge_hash == pledge_hash(PILKADA)
    # The old text can no longer be signed: the station must show the new one.
    with pytest.raises(CheckInError):
        check_in(stored, second, strokes.synthetic_signature(2), method="badge",
                 pledge_hash=v1_hash)
    late = check_in(stored, second, strokes.synthetic_signature(2), method="badge",
                    pledge_hash=stored.pledge_hash)

    assert pledges.pledge_text_for(stored, signed_hash(early)) == v1_text
    assert pledges.pledge_text_for(stored, signed_hash(late)) == PILKADA
    assert [(v.version, v.sha256) for v in pledges.versions(stored)] == [
        (1, v1_hash), (2, pledge_hash(PILKADA))]
    edit = AuditEvent.select().where(AuditEvent.kind == "pledge_edit").get()
    assert edit.details == {"version": 2, "previous_version": 1,
                            "pledge_hash": pledge_hash(PILKADA)}
    assert audit.verify().ok


def test_the_text_is_stored_as_signers_see_it(event):
    # Wrapped lines and stray spaces are what an editor leaves; the canonical text is stored.
    messy = PILKADA.replace("1. Menjaga dan", "1.   Menjaga\ndan") + "\n\n\n"
    pledges.set_pledge(event, messy)
    assert event.pledge_text == PILKADA
    assert pledges.pledge_text_for(event, pledge_hash(PILKADA)) == PILKADA


def test_the_same_text_again_changes_nothing(event):
    before = Change.select().count()
    pledges.set_pledge(event, event.pledge_text)
    assert event.pledge_version == 1
    assert Change.select().count() == before


def test_going_back_to_an_earlier_text_is_a_new_version(event):
    original = event.pledge_text
    pledges.set_pledge(event, PILKADA)
    pledges.set_pledge(event, original)
    assert event.pledge_version == 3
    assert [v.version for v in pledges.versions(event)] == [1, 2, 3]
    assert pledges.pledge_text_for(event, pledge_hash(original)) == original


@pytest.mark.parametrize("broken", [
    "",
    "1. Only a point, no heading",
    "IKRAR\n\nNo points at all.",
    "IKRAR\n\n1. One\n3. Three",
])
def test_a_broken_text_is_refused_and_nothing_is_written(event, broken):
    before = (Change.select().count(), AuditEvent.select().count())
    with pytest.raises(pledges.PledgeVersionError, match="cannot be used"):
        pledges.set_pledge(event, broken)
    stored = Event.get_by_id(event.id)
    assert (stored.pledge_version, stored.pledge_hash) == (1, event.pledge_hash)
    assert (Change.select().count(), AuditEvent.select().count()) == before


def test_an_unknown_hash_is_named_with_what_to_do(event):
    with pytest.raises(pledges.PledgeVersionError, match="Sync this station"):
        pledges.pledge_text_for(event, "ab" * 32)


def test_an_altered_stored_text_is_caught(event):
    PledgeVersion.update(text=event.pledge_text + " ").where(
        PledgeVersion.event == event).execute()
    with pytest.raises(pledges.PledgeVersionError, match="altered"):
        pledges.pledge_text_for(event, event.pledge_hash)


def test_record_current_is_idempotent_and_covers_older_events(event):
    assert pledges.record_current(event).version == 1
    assert PledgeVersion.select().count() == 1

    # An event from before versions were kept has none stored: its current text still prints,
    # and recording it stores it.
    PledgeVersion.delete().execute()
    assert pledges.pledge_text_for(event, event.pledge_hash) == event.pledge_text
    assert pledges.record_current(event).version == 1


def test_a_text_changed_behind_its_back_becomes_the_next_version(event):
    Event.update(pledge_text=PILKADA, pledge_hash=pledge_hash(PILKADA)).where(
        Event.id == event.id).execute()
    changed = Event.get_by_id(event.id)

    recorded = pledges.record_current(changed)

    assert recorded.version == 2 and changed.pledge_version == 2
    assert pledges.pledge_text_for(changed, pledge_hash(PILKADA)) == PILKADA


def test_certificates_print_the_version_each_signer_signed(event, make_employee, tmp_path):
    from pypdf import PdfReader

    from ikrar.documents.batch import generate, select_batch
    from ikrar.store.keystore import certify_local_station, init_agency_key

    certify_local_station(init_agency_key(None))
    early = make_employee(event, name="Ani Lestari", unit="A")
    late = make_employee(event, name="Budi Santoso", unit="B")
    check_in(event, early, strokes.synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash)
    pledges.set_pledge(event, PILKADA)
    check_in(event, late, strokes.synthetic_signature(2), method="badge",
             pledge_hash=event.pledge_hash)

    out = tmp_path / "both.pdf"
    generate(select_batch(event), out)

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert "Ani Lestari" in pages[0] and "Budi Santoso" in pages[1]
    assert "Pemilu dan Pemilihan" in pages[0] and "Pilkada" not in pages[0]
    assert "Pilkada" in pages[1] and "Pemilu dan Pemilihan" not in pages[1]
