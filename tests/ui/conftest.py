"""Windows on a fresh data folder; background jobs drained and windows deleted after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from ui_data import employee_row

from ikrar.app import build_main_window
from ikrar.core.names import search_key
from ikrar.store import outbox
from ikrar.store.db import Local, db
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.ui.main_window import MainWindow
from ikrar.ui.widgets import i18n


@pytest.fixture
def add_employees(store: Local) -> Callable[..., list[Employee]]:
    """add_employees(rows or count, event=None): insert employees (and put them on the roster)."""

    def add(rows: int | list[dict[str, object]], *, event: Event | None = None) -> list[Employee]:
        if isinstance(rows, int):
            rows = [employee_row(i) for i in range(rows)]
        else:
            rows = [{**r, "search_key": search_key(str(r["name"]))} for r in rows]
        nips = [str(r["nip"]) for r in rows]
        with db.atomic():
            outbox.insert_many(Employee, rows)
            people = list(Employee.select().where(Employee.nip.in_(nips)))
            if event is not None:
                outbox.insert_many(RosterEntry, [{"event": event, "employee": p} for p in people])
        return people

    return add


@pytest.fixture
def make_window(qtbot, store: Local) -> Iterator[Callable[..., MainWindow]]:
    def make(*, demo: bool = False) -> MainWindow:
        window = build_main_window(store, demo=demo)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The roster is read in the background (`RosterTableModel.reload`): shown once read.
        qtbot.waitUntil(lambda: not window.roster_view.model.loading)
        return window

    yield make
    # No import may outlive its test (and its database). pytest-qt has closed the windows and
    # asked for their deletion; it happens now, on this thread, as the event loop would.
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def indonesian(qapp, tmp_path) -> Iterator[list]:
    """The application in Indonesian (the translators installed), as a user sees it by default."""
    installed = i18n.install_translator(qapp, "id", cache_dir=tmp_path / "cache")
    assert installed, "the Indonesian translation did not load"
    yield installed
    i18n.remove_translators(qapp, installed)
