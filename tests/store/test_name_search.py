"""Finding people by name: prefixes, later words and real typos, through the word index."""

from __future__ import annotations

import pytest

from ikrar.store import lookup, migrations, name_index
from ikrar.store.db import DB_FILENAME, close_db, db, init_db
from ikrar.store.models import Employee, SchemaVersion
from support import raw_db

PEOPLE = ("Abdul Rahman", "Siti Rahmawati", "Muhammad Afrizal", "Zulkifli Hasibuan",
          "Budi Santoso", "Dewi Lestari", "Rahmat Hidayat", "Nur Afifah", "Joko Wijaya",
          "Eko Prasetyo", "Agus Salim", "Fitri Handayani")


@pytest.fixture
def people(store, make_employee):
    return {name: make_employee(name=name, back="") for name in PEOPLE}


def names(text, event=None):
    return [h.name for h in lookup.search(text, event)]


@pytest.mark.parametrize(("typed", "meant"), [
    ("rahmna", "Abdul Rahman"),  # two letters swapped
    ("rahmam", "Abdul Rahman"),  # a wrong last letter
    ("afrisal", "Muhammad Afrizal"),  # s for z
    ("zulkifly", "Zulkifli Hasibuan"),  # y for i
    ("zulkfi", "Zulkifli Hasibuan"),  # still typing, two letters swapped
    ("abdul rahmna", "Abdul Rahman"),
    ("santoos budi", "Budi Santoso"),  # words in another order, a typo in one
    ("budy santoso", "Budi Santoso"),  # a typo in the first word
])
def test_a_real_typo_finds_the_person(people, typed, meant):
    assert meant in names(typed)


@pytest.mark.parametrize(("typed", "not_meant"), [
    ("zulkifly", "Budi Santoso"),
    ("afrisal", "Nur Afifah"),  # shares letters, not a typo away
    ("rahmna", "Siti Rahmawati"),  # two edits from "rahmawa": too far for six letters
    ("prasetya wijaya", "Joko Wijaya"),  # one word right is not enough
    ("handoko", "Fitri Handayani"),
])
def test_unrelated_names_are_not_offered(people, typed, not_meant):
    assert not_meant not in names(typed)


def test_nothing_for_a_name_nobody_has(people):
    assert names("xyzabc") == []
    assert names("qwertyuiop") == []


def test_exact_matches_come_before_near_ones(people, make_employee):
    make_employee(name="Rahmam Sudirja", back="")  # someone really spelt so
    found = names("rahmam")
    assert found[0] == "Rahmam Sudirja"
    assert "Abdul Rahman" in found[1:]
    found = names("rahman")  # exact later word first, then "rahmat", "rahmam" (one edit)
    assert found[0] == "Abdul Rahman"
    assert found.index("Abdul Rahman") < found.index("Rahmat Hidayat")


def test_closest_spelling_ranks_first(people, make_employee):
    make_employee(name="Rahmah Yuliani", back="")
    found = names("rahmna")  # one transposition from rahman, two edits from rahmah
    assert found[0] == "Abdul Rahman"


def test_a_later_word_is_found_through_the_index(people):
    assert names("santoso") == ["Budi Santoso"]
    assert names("hasib") == ["Zulkifli Hasibuan"]
    assert names("wijaya joko") == ["Joko Wijaya"]


def test_nip_prefix_search_is_unchanged(people):
    nip = people["Budi Santoso"].nip
    assert [h.nip for h in lookup.search(nip[:14])] == sorted(
        e.nip for e in people.values() if e.nip.startswith(nip[:14]))
    assert [h.id for h in lookup.search(nip)] == [people["Budi Santoso"].id]


def test_typos_on_the_roster_first(event, people, make_employee):
    on_roster = make_employee(event, name="Rahman Hakim", back="")
    hits = lookup.search("rahmna", event)
    assert [h.id for h in hits] == [on_roster.id]
    assert hits[0].on_roster


def test_renamed_and_new_people_are_found_after_a_write(people, make_employee):
    from ikrar.core.names import search_key
    from ikrar.store import outbox

    assert names("afrizal")
    person = people["Muhammad Afrizal"]
    person.name, person.search_key = "Muhammad Fadhil", search_key("Muhammad Fadhil")
    outbox.update(person)
    assert names("afrizal") == []
    assert names("fadhli") == ["Muhammad Fadhil"]  # the new word is in the vocabulary
    make_employee(name="Yohanes Kristianto", back="")
    assert names("kristanto") == ["Yohanes Kristianto"]


def test_rows_another_connection_inserts_are_indexed(store, people):
    lookup.search("budi")  # vocabulary read
    raw = raw_db(store.db_path)
    raw.execute(
        "INSERT INTO employee (id, hlc, created_at, nip, name, front_title, back_title, status, "
        "rank, grade, position, unit, agency, search_key, is_walk_in) VALUES "
        "('0190a7e1c1d27c3a9b1f2e3d4c5b6a7a', '1', '2024-07-10T00:00:00.000000Z', "
        "'199001012015011099', 'Agus Salimun', '', '', 'PNS', '', '', '', '', '', "
        "'agus salimun', 0)")
    raw.commit()
    raw.close()
    assert names("salimun") == ["Agus Salimun"]
    assert names("salimon") == ["Agus Salimun"]


def test_a_name_changed_by_sync_is_found_by_its_new_name(store, people):
    from ikrar.core.hlc import Timestamp
    from ikrar.store import sync_apply

    other = "0190a7e1-c1d2-7c3a-9b1f-2e3d4c5b6a7c"  # the administrator's station
    later = Timestamp(Timestamp.unpack(people["Eko Prasetyo"].hlc).wall_ms + 1000, 0, other)
    person = people["Eko Prasetyo"]
    assert names("prasetyo") == ["Eko Prasetyo"]
    data = {f.column_name: f.db_value(getattr(person, f.name))
            for f in Employee._meta.sorted_fields}
    data.update(name="Eko Prasetya", search_key="eko prasetya", hlc=later.pack())
    entry = sync_apply.Entry(seq=1, table="employee", row_id=str(person.id), op="upsert",
                             data=data, hlc=data["hlc"], station_id=other, signer="agency")
    assert sync_apply.apply([entry]).written == 1
    assert names("prasetya") == ["Eko Prasetya"]
    held = db.execute_sql("SELECT count(*) FROM employee_name WHERE employee_name MATCH ?",
                          ['"prasetyo"']).fetchone()[0]
    assert held == 0  # the old word left the index


def test_an_older_database_is_migrated_and_indexed(data_dir):
    """A schema-1 database (before the word index) with people in it: opening it indexes them."""
    local = init_db(data_dir, station_name="Meja 1")
    for table in ("employee_name_vocab", "employee_name", "employee_name_changed",
                  "employee_name_state"):
        db.execute_sql(f"DROP TABLE {table}")
    SchemaVersion.update(version=1).execute()
    close_db()
    raw = raw_db(local.db_path)
    raw.execute(
        "INSERT INTO employee (id, hlc, created_at, nip, name, front_title, back_title, status, "
        "rank, grade, position, unit, agency, search_key, is_walk_in) VALUES "
        "('0190a7e1c1d27c3a9b1f2e3d4c5b6a79', '1', '2024-07-10T00:00:00.000000Z', "
        "'199001012015011001', 'Zulkifli Lubis', '', '', 'PNS', "
        "'', '', '', '', '', 'zulkifli lubis', 0)")
    raw.commit()
    raw.close()
    init_db(data_dir, station_name="Meja 1")
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION
    assert (data_dir / "backups").is_dir()  # a copy of schema 1 before migrating
    assert names("lubis") == ["Zulkifli Lubis"]
    assert names("zulkifly") == ["Zulkifli Lubis"]
    assert (data_dir / DB_FILENAME).exists()


def test_rebuild_after_a_vacuum_keeps_finding_people(store, people):
    db.execute_sql("VACUUM")
    name_index.rebuild()
    assert names("afrisal") == ["Muhammad Afrizal"]
    assert Employee.select().count() == len(PEOPLE)


def test_a_search_during_someone_elses_write_does_not_wait_for_it(store, people):
    name_index.catch_up()
    raw = raw_db(store.db_path)
    raw.execute(
        "INSERT INTO employee (id, hlc, created_at, nip, name, front_title, back_title, status, "
        "rank, grade, position, unit, agency, search_key, is_walk_in) VALUES "
        "('0190a7e1c1d27c3a9b1f2e3d4c5b6a7b', '1', '2024-07-10T00:00:00.000000Z', "
        "'199001012015011098', 'Budi Santosa', '', '', 'PNS', '', '', '', '', '', "
        "'budi santosa', 0)")
    raw.commit()
    raw.execute("BEGIN IMMEDIATE")  # an import in the background holds the write lock
    try:
        assert name_index.catch_up(wait=False) == 0  # gives up at once instead of 10 s
        assert names("budi santosa")[0] == "Budi Santosa"  # the prefix index has it already
    finally:
        raw.rollback()
        raw.close()
    assert name_index.catch_up() == 1
    assert names("santosa")[0] == "Budi Santosa"  # a later word now, Santoso one edit away


def test_an_import_leaves_the_index_current(store, tmp_path):
    from ikrar.store.roster import import_roster

    source = tmp_path / "roster.csv"
    source.write_text("NIP;Nama\n199001012015011001;Zulkifli Lubis\n", encoding="utf-8")
    import_roster(source)
    assert not name_index._behind()
    assert names("lubis") == ["Zulkifli Lubis"]


def test_an_import_indexes_names_in_its_own_transaction(store, tmp_path, monkeypatch):
    """The words of an import go into the index in the import's transaction: one that fails
    at its end (here the audit entry) leaves neither its people nor their words behind."""
    from ikrar.store import audit
    from ikrar.store.roster import import_roster

    source = tmp_path / "roster.csv"
    source.write_text("NIP;Nama\n199001012015011001;Zulkifli Lubis\n", encoding="utf-8")

    def fails(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(audit, "append", fails)
    with pytest.raises(OSError):
        import_roster(source)
    count = db.execute_sql(f"SELECT count(*) FROM {name_index.INDEX}").fetchone()[0]
    assert count == 0 and Employee.select().count() == 0
    monkeypatch.undo()
    import_roster(source)
    assert db.execute_sql(f"SELECT count(*) FROM {name_index.INDEX}").fetchone()[0] == 1
    assert not name_index._behind()
    assert names("lubis") == ["Zulkifli Lubis"]
