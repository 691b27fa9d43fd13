"""The scanner tests' fixtures: a scanner on a clock the test moves, a form to type into, the
desk, an agency key and the verify page. In this folder's conftest, as other tests/ui files have a
`desk` and an `agency` of their own, with other shapes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from scanner_support import NIP, FakeClock

from ikrar.store import keystore
from ikrar.ui.clerk.verify_page import VerifyPage
from ikrar.ui.desk.scanner import WedgeScanner


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scanner(qtbot, clock):
    scanner = WedgeScanner(clock=clock)
    scanner.install()
    yield scanner
    scanner.uninstall()


@pytest.fixture
def form(qtbot):
    window = QWidget()
    field = QLineEdit(window)
    other = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    yield field, other
    window.close()  # the window lives as long as the test (qtbot holds it only weakly)


@pytest.fixture
def desk(make_window, event, make_employee):
    person = make_employee(event, name="Ahmad Fauzi", nip=NIP)
    window = make_window()
    desk_clock = FakeClock()
    window.scanner.clock = desk_clock
    window.set_layout("dual")
    window.show_page("station")
    yield window, window.station_page, desk_clock, person
    window.attendee_window.close()


@pytest.fixture
def agency(store):
    return keystore.init_agency_key()


@pytest.fixture
def verify_page(qtbot, store):
    page = VerifyPage()
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitExposed(page)
    page.scanner.clock = FakeClock()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()
