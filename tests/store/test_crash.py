"""SIGKILL a process in the middle of check-ins, many times; nothing committed may be lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from ikrar.store import audit
from ikrar.store.db import DB_FILENAME, close_db, init_db
from ikrar.store.models import Attendance, Signature
from support import add_employees, raw_db

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 25


def run_and_kill(folder: Path, after_lines: int) -> list[str]:
    """Start the child, let it report `after_lines` commits, SIGKILL it; return what it reported."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    reported = []
    try:
        for line in child.stdout:  # blocks on the child's own progress, not on a timer
            line = line.strip()
            if line == "done":
                break
            reported.append(line)
            if len(reported) >= after_lines:
                child.send_signal(signal.SIGKILL)
                break
        # Whatever the child flushed before dying was committed before it was printed.
        reported += [line.strip() for line in child.stdout if line.strip() not in ("", "done")]
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    return reported


def test_sigkill_during_check_ins_loses_nothing(event, data_dir):
    add_employees(event, 600)
    close_db()
    rng = random.Random(27)
    committed: list[str] = []
    for _ in range(KILLS):
        committed += run_and_kill(data_dir, rng.randint(1, 12))
    assert len(committed) >= KILLS

    with raw_db(data_dir / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    init_db(data_dir)
    stored = {str(a.id) for a in Attendance.select(Attendance.id)}
    missing = {str(uuid.UUID(i)) for i in committed} - stored
    assert not missing, f"{len(missing)} committed check-ins lost"
    # Every attendance has its signature: no half-written check-in.
    assert Signature.select().count() == Attendance.select().count()
    report = audit.verify()
    assert report.ok, report.describe()
    assert report.checked >= len(stored)
