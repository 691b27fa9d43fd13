from __future__ import annotations

import json

import pytest

from ikrar.store import audit
from ikrar.store.db import close_db, init_db
from support import raw_db


@pytest.fixture
def chain(store, data_dir):
    for n in range(10):
        audit.append("test", f"subject-{n}", n=n)
    assert audit.verify().ok
    close_db()  # tamper through plain sqlite3, as someone with the file would
    yield store.db_path
    init_db(data_dir)
    # a test leaves the database open for the next assertions via `verify_now`


def verify_now(data_dir):
    close_db()
    init_db(data_dir)
    return audit.verify()


def test_intact_chain(store):
    audit.append("a")
    audit.append("b", "x", detail="y")
    report = audit.verify()
    assert report.ok and report.checked == 2
    assert "intact" in report.describe()


def test_edited_event_is_caught(chain, data_dir):
    with raw_db(chain) as conn:
        conn.execute("UPDATE audit_event SET subject = 'forged' WHERE seq = 4")
    report = verify_now(data_dir)
    assert not report.ok
    assert report.broken_seq == 4 and report.checked == 3
    assert "altered" in report.reason


def test_edited_event_with_recomputed_hash_breaks_the_next_link(chain, data_dir):
    """Someone who knows the algorithm re-hashes the row they forged: the next link breaks."""
    with raw_db(chain) as conn:
        seq, event_id, at, station, kind, details, prev = conn.execute(
            "SELECT seq, id, at, station_id, kind, details, prev_hash FROM audit_event "
            "WHERE seq = 6").fetchone()
        forged = audit._digest(seq, event_id, at, station, kind, "forged", json.loads(details),
                               prev)
        conn.execute("UPDATE audit_event SET subject = 'forged', hash = ? WHERE seq = 6",
                     (forged,))
    report = verify_now(data_dir)
    assert not report.ok and report.broken_seq == 7 and report.checked == 6
    assert "does not follow" in report.reason


def test_deleted_event_is_caught(chain, data_dir):
    with raw_db(chain) as conn:
        conn.execute("DELETE FROM audit_event WHERE seq = 5")
    report = verify_now(data_dir)
    assert not report.ok and report.broken_seq == 5
    assert "missing" in report.reason


def test_deleted_last_event_is_caught(chain, data_dir):
    with raw_db(chain) as conn:
        conn.execute("DELETE FROM audit_event WHERE seq = 10")
    report = verify_now(data_dir)
    assert not report.ok
    assert "recorded head" in report.reason


def test_inserted_event_is_caught(chain, data_dir):
    with raw_db(chain) as conn:
        row = conn.execute("SELECT * FROM audit_event WHERE seq = 3").fetchone()
        conn.execute("UPDATE audit_event SET seq = seq + 100 WHERE seq > 3")
        conn.execute("UPDATE audit_event SET seq = seq - 99 WHERE seq > 100")
        forged = list(row)
        forged[0] = 4
        forged[1] = "0" * 32
        forged[5] = "inserted"
        conn.execute(f"INSERT INTO audit_event VALUES ({','.join('?' * len(forged))})", forged)
    report = verify_now(data_dir)
    assert not report.ok and report.broken_seq == 4


def test_cli_reports_the_broken_link(chain, data_dir, capsys):
    from ikrar.cli import main

    with raw_db(chain) as conn:
        conn.execute("UPDATE audit_event SET details = '{\"n\":99}' WHERE seq = 2")
    close_db()
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 1
    assert "BROKEN at event 2" in capsys.readouterr().out
