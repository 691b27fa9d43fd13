"""The schema's indexes, on SQLite and on a PostgreSQL hub: none that another covers (each costs
every write), employees in the roster browser's order, and an older database migrated to the
same indexes as a new one."""

from __future__ import annotations

import pytest

from ikrar.store import lookup, migrations
from ikrar.store.db import close_db, db, init_db
from ikrar.store.models import SchemaVersion
from ikrar.store.roster_pages import RosterPager

# What schema 8 had that schema 9 has not, and the index it made instead.
_SCHEMA_8 = {
    "employee_search_key": ("employee", "search_key"),
    "attendance_event_id": ("attendance", "event_id"),
    "pledge_version_event_id": ("pledge_version", "event_id"),
    "roster_entry_event_id": ("roster_entry", "event_id"),
    "roster_version_event_id": ("roster_version", "event_id"),
}


def _indexes() -> dict[str, tuple[str, tuple[str, ...], bool]]:
    """Every named index: (table, columns, unique)."""
    found = {}
    for table in db.get_tables():
        for index in db.get_indexes(table):
            found[index.name] = (table, tuple(index.columns), index.unique)
    return found


def _covered(indexes: dict[str, tuple[str, tuple[str, ...], bool]]) -> list[str]:
    """Non-unique indexes whose columns begin another index of the same table."""
    return sorted(
        f"{name} {columns} by {other} {other_columns}"
        for name, (table, columns, unique) in indexes.items() if not unique
        for other, (other_table, other_columns, _) in indexes.items()
        if other != name and other_table == table and other_columns[:len(columns)] == columns
    )


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("IKRAR_DB_PASSPHRASE", "schema-indexes-test")
    yield tmp_path / "hub"
    close_db()


def test_a_new_database_has_no_index_another_covers(folder, database_url):
    init_db(folder, station_name="Hub", database_url=database_url)
    indexes = _indexes()
    assert indexes["employee_search_key_id"][1] == ("search_key", "id")
    assert _covered(indexes) == []


def test_a_schema_8_database_gets_the_indexes_of_a_new_one(folder, database_url):
    init_db(folder, station_name="Hub", database_url=database_url)
    new = _indexes()
    with db.atomic():  # back to schema 8, as an older Ikrar left it
        db.execute_sql('DROP INDEX "employee_search_key_id"')
        for name, (table, column) in _SCHEMA_8.items():
            db.execute_sql(f'CREATE INDEX "{name}" ON "{table}" ("{column}")')
        SchemaVersion.update(version=8).execute()
    assert _covered(_indexes()) != []
    close_db()
    init_db(folder, station_name="Hub", database_url=database_url)
    assert SchemaVersion.get_by_id(1).version == migrations.SCHEMA_VERSION == 9
    assert _indexes() == new


@pytest.mark.parametrize("text", ["budi", "budi s"])
def test_a_search_of_a_shared_name_reads_its_rows_in_index_order(store, make_employee, text):
    """The desk's search and the roster browser's page order by (search_key, id): with any
    other order SQLite sorts every name with the prefix first (0.65 s for "rahman r" at 1M)."""
    for _ in range(5):
        make_employee(None, name="Budi Santoso")
    statements = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        assert len(lookup.search(text, None)) == 5
        assert len(RosterPager(None, text).next_page(200)) == 5
    finally:
        connection.set_trace_callback(None)
    # The name-prefix reads (later words are few names by then, looked up and sorted).
    ordered = [s for s in statements if 'ORDER BY "t1"."search_key"' in s
               and "MATCH" not in s and "NOT (" not in s]
    assert len(ordered) >= 2
    for statement in ordered:
        steps = " / ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + statement))
        assert "employee_search_key_id" in steps and "TEMP B-TREE" not in steps, statement
