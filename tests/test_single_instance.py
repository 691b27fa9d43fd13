"""Start refusals: a second window on one data folder, and a data folder that cannot be written."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ikrar import app
from ikrar.cli import main
from ikrar.store import settings

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from ikrar.app import instance_lock
qapp = QCoreApplication([])
lock = instance_lock(sys.argv[1])
print("locked" if lock is not None else "refused", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message waits for a person to press OK: record it instead."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    return shown


@pytest.fixture
def first_window(data_dir):
    """Another Ikrar process holding the data folder's lock, as an open window does."""
    data_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=30)


def test_a_second_window_on_the_same_folder_is_refused_with_a_message(
    qapp, store, event, first_window, shown_boxes
):
    settings.put("language", "en")  # the English text (and no translator left behind)

    assert app.instance_lock(store.data_dir) is None
    status = app.run(store)

    assert status == app.ALREADY_RUNNING
    assert len(shown_boxes) == 1
    assert "already open on this data folder" in shown_boxes[0]
    assert str(store.data_dir) in shown_boxes[0]


def test_commands_still_work_while_a_window_is_open(store, event, first_window, capsys):
    assert main(["roster", "list"]) == 0
    assert main(["event", "list"]) == 0
    assert "Deklarasi Netralitas ASN" in capsys.readouterr().out


def test_the_lock_of_a_program_that_died_is_taken_over(qapp, store, first_window):
    first_window.kill()
    first_window.wait(timeout=30)

    lock = app.instance_lock(store.data_dir)

    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_read_only_data_folder_gets_a_clear_message_not_a_traceback(
    qapp, mounted_tmpfs, shown_boxes, capsys
):
    folder = mounted_tmpfs("readonly", read_only=True)

    status = main(["--data-dir", str(folder / "data")])

    assert status != 0
    assert len(shown_boxes) == 1
    assert "Read-only file system" in shown_boxes[0] and str(folder) in shown_boxes[0]
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("ikrar: ")


def test_a_postgresql_hubs_folder_is_refused_before_a_database_is_made_beside_it(
    qapp, data_dir, shown_boxes
):
    """The app on the folder of a hub that keeps its data in PostgreSQL would have made an
    empty SQLite database there, and what the administrator entered would never reach the hub.
    The `ikrar` commands on that folder work on the hub's database instead."""
    from ikrar.store.postgres import remember

    data_dir.mkdir(parents=True)
    remember(data_dir, "postgresql://ikrar@127.0.0.1/hub")

    status = main(["--data-dir", str(data_dir)])

    assert status == 2
    assert len(shown_boxes) == 1
    assert "PostgreSQL" in shown_boxes[0] and str(data_dir) in shown_boxes[0]
    assert "folder data" in shown_boxes[0]  # in Indonesian, before any setting can be read
    assert not [p for p in data_dir.iterdir() if p.name.startswith("ikrar.sqlite3")]
