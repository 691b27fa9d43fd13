from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime

import pytest
from PIL import Image

from ikrar.core import strokes
from ikrar.core.dates import zone
from ikrar.core.names import display_name, search_key
from ikrar.core.nip import validate_nip
from ikrar.documents.seal import assets_dir, load_picture
from ikrar.store import audit, keystore, settings
from ikrar.store.db import close_db, init_db
from ikrar.store.demo import (
    DEMO_KEY_NOTE,
    DemoError,
    DemoSummary,
    demo_ready,
    equip_for_printing,
    fill_demo,
)
from ikrar.store.events import current_event
from ikrar.store.models import Attendance, Employee, Event, RosterEntry, Signature

# Written out here rather than taken from the module, so a slip there is caught (PP 99/2000).
PANGKAT = {
    "I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru", "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I", "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata", "III/d": "Penata Tingkat I", "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
PPPK_GOLONGAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                 "XIV", "XV", "XVI", "XVII"}


@pytest.fixture
def demo(store) -> DemoSummary:
    assert not demo_ready()
    return fill_demo(200, checked_in=30, day=date(2024, 10, 7))


def test_roster_is_plausible_and_valid(demo):
    people = list(Employee.select())
    assert demo.employees == len(people) == 200
    assert len({p.nip for p in people}) == 200
    event = Event.get_by_id(demo.event_id)
    assert RosterEntry.select().where(RosterEntry.event == event).count() == 200

    for p in people:
        nip = validate_nip(p.nip, today=event.starts_at.date())
        assert validate_nip(p.nip).kind == p.status
        if p.status == "PNS":
            assert PANGKAT[p.grade] == p.rank, p
            year, month = nip.appointment
            assert (year, month) <= (2024, 10)
        else:
            assert p.rank == "" and p.grade in PPPK_GOLONGAN, p
        assert p.search_key == search_key(display_name(p.name, p.front_title, p.back_title))
        assert p.name and p.position and p.unit and p.agency == event.agency
        if p.position.startswith("Bidan "):  # not "Kepala Bidang"
            assert nip.gender == "P"

    genders = Counter(validate_nip(p.nip).gender for p in people)
    statuses = Counter(p.status for p in people)
    assert genders["L"] > 50 and genders["P"] > 50
    assert 10 <= statuses["PPPK"] <= 60 and statuses["PNS"] > 140
    assert len({p.unit for p in people}) >= 12
    assert max(len(p.unit) for p in people) > 100  # one unit tests long names in layouts
    assert any(p.front_title for p in people) and any(not p.back_title for p in people)
    assert len({p.name for p in people}) > 150


def test_event_is_fictional_and_current(demo):
    event = current_event()
    assert str(event.id) == demo.event_id
    assert event.venue == "Aula Tampomas" and event.timezone == "WIB"
    assert "Sukamaju" in event.agency and event.letterhead[0] == "PEMERINTAH KABUPATEN SUKAMAJU"
    assert event.official_acting and event.official_title == "Pj. Sekretaris Daerah"
    assert [w["role"] for w in event.witnesses] == ["Bawaslu"]
    assert Event.select().count() == 1


def test_check_ins_are_complete_signed_and_audited(demo):
    event = Event.get_by_id(demo.event_id)
    attendances = list(Attendance.select().where(Attendance.event == event))
    assert demo.checked_in == len(attendances) == 30
    assert all(a.is_primary for a in attendances)
    assert len({a.employee_id for a in attendances}) == 30
    assert {a.method for a in attendances} <= {"badge", "camera", "search"}
    for a in attendances:
        signature = Signature.get(Signature.attendance == a)
        assert signature.pledge_hash == event.pledge_hash
        assert strokes.has_enough_ink(strokes.decode(signature.strokes))
        assert signature.signed_at == a.checked_in_at
        hours = a.checked_in_at - event.starts_at
        assert -2 * 3600 < hours.total_seconds() < 3600  # the morning of the ceremony
        assert a.checked_in_at.tzinfo is not None
    assert audit.verify().ok


def test_demo_ready_only_after_filling(store):
    assert not demo_ready()
    fill_demo(20, checked_in=3)
    assert demo_ready() and settings.get("demo")


def test_same_seed_same_people(tmp_path):
    def nips(folder: str, seed: int) -> list[str]:
        init_db(tmp_path / folder)
        fill_demo(60, seed=seed, checked_in=5)
        result = [e.nip for e in Employee.select().order_by(Employee.nip)]
        signed = sorted(a.employee.nip for a in Attendance.select())
        close_db()
        return result + signed

    first = nips("a", 7)
    assert nips("b", 7) == first
    assert nips("c", 8) != first


def test_refuses_a_folder_that_holds_data(event):
    with pytest.raises(DemoError, match="never mixes"):
        fill_demo(10)
    assert Employee.select().count() == 0
    assert not settings.get("demo")  # a real folder is never marked as a demo


def test_more_check_ins_than_people_is_clamped(store):
    assert fill_demo(5, checked_in=50).checked_in == 5


def _local_days(event) -> set:
    tz = zone(event.timezone)
    return {a.checked_in_at.astimezone(tz).date()
            for a in Attendance.select().where(Attendance.event == event)}


def test_the_ceremony_is_today_and_so_are_its_check_ins(store):
    fill_demo(30, checked_in=10)
    event = current_event()
    today = datetime.now(zone("WIB")).date()
    assert event.starts_at.astimezone(zone("WIB")).date() == today
    assert str(today.year) in event.title
    assert _local_days(event) == {today}
    assert all(a.checked_in_at <= datetime.now(zone("WIB")) for a in Attendance.select())


def test_a_demo_made_at_dawn_has_its_check_ins_before_now_on_the_same_day(store):
    dawn = datetime(2026, 3, 2, 5, 10, tzinfo=zone("WIB"))
    fill_demo(30, checked_in=12, day=dawn.date(), now=dawn)
    event = current_event()
    assert _local_days(event) == {dawn.date()}
    times = [a.checked_in_at for a in Attendance.select()]
    assert max(times) < dawn and len(set(times)) > 6


def test_the_demo_folder_can_print_with_its_own_marked_key_and_images(store):
    fill_demo(10, checked_in=2, day=date(2024, 10, 7))
    agency = keystore.agency_key(None)  # no passphrase
    assert keystore.agency_public_key() == agency.public
    note = (keystore.keys_dir() / DEMO_KEY_NOTE).read_text("utf-8")
    assert "demo" in note and agency.public.key_id in note
    certificate = keystore.station_certificate()
    assert certificate.public_key == keystore.station_key().public
    for name, alpha in (("logo.png", False), ("official_signature.png", True),
                        ("seal.png", True)):
        picture = load_picture(assets_dir() / name, name, need_alpha=alpha)
        image = Image.open(io.BytesIO(picture.data)).convert("RGBA")
        red = sum(1 for r, g, b, a in image.get_flattened_data()
                  if a > 200 and r > 180 and g < 60 and b < 60)
        assert red > 500, name  # the red CONTOH across it
    # running it again (an older demo folder) changes nothing
    equip_for_printing()
    assert keystore.agency_key(None).public == agency.public
    assert keystore.station_certificate().to_text() == certificate.to_text()


def test_a_real_folder_never_gets_the_demo_key(event):
    with pytest.raises(DemoError, match="real data"):
        equip_for_printing()
    assert not (keystore.keys_dir() / keystore.AGENCY_KEY).exists()
    assert not assets_dir().exists()
