"""The main window opens fitted to the screen, comes back where it was only if that place is still
on a screen, and Ctrl+Q during a signing asks before anything is thrown away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from station_helpers import draw_with_mouse

from ikrar.store import settings
from ikrar.ui.desk.signing_screen import Page
from ikrar.ui.widgets.placement import place

NETBOOK = QRect(0, 0, 1024, 600)
LAPTOP = QRect(0, 0, 1366, 768)
MONITOR = QRect(0, 0, 1920, 1080)


@pytest.mark.parametrize("screen", [NETBOOK, QRect(0, 0, 1280, 800), LAPTOP])
def test_screens_up_to_1366_wide_open_maximised(screen):
    placed = place(screen, None, [screen])
    assert placed.maximised and screen.contains(placed.geometry)


def test_a_larger_screen_gets_a_sensible_size_centred_on_it():
    placed = place(MONITOR, None, [MONITOR])
    assert not placed.maximised
    assert MONITOR.contains(placed.geometry)
    assert placed.geometry.center() == MONITOR.center()
    assert 1280 <= placed.geometry.width() <= 1600 and 760 <= placed.geometry.height() <= 1000


def test_the_last_geometry_comes_back_when_it_is_on_a_screen():
    second = QRect(1920, 0, 1280, 1024)
    saved = {"x": 2000, "y": 100, "width": 1100, "height": 800, "maximised": False}
    placed = place(MONITOR, saved, [MONITOR, second])
    assert placed.geometry == QRect(2000, 100, 1100, 800) and not placed.maximised


@pytest.mark.parametrize("saved", [
    {"x": 2000, "y": 100, "width": 1100, "height": 800},  # on a monitor that is gone
    {"x": -900, "y": 40, "width": 1000, "height": 700},  # partly left of the screen
    {"x": 0, "y": 0, "width": 1600, "height": 900},  # larger than this netbook
    {"x": "?", "y": None},  # damaged
])
def test_a_geometry_off_the_screens_there_now_is_not_used(saved):
    placed = place(NETBOOK, saved, [NETBOOK])
    assert placed.maximised and NETBOOK.contains(placed.geometry)


def test_the_window_fits_this_screen_and_remembers_its_geometry(make_window, event):
    window = make_window()
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry())
    window.setGeometry(QRect(10, 20, 780, 700))
    window.close()
    assert settings.get("window") == {"x": 10, "y": 20, "width": 780, "height": 700,
                                      "maximised": False}
    again = make_window()
    assert again.geometry() == QRect(10, 20, 780, 700)


def test_show_placed_maximises_on_a_small_screen(qtbot, make_window, event):
    window = make_window()
    window.hide()
    if window.screen().availableGeometry().width() > 1366:
        pytest.skip("this test screen is larger than 1366 px")
    window.show_placed()
    qtbot.waitUntil(window.isMaximized)


@pytest.fixture
def signing(qtbot, make_window, event, make_employee):
    settings.put("layout", "dual")
    window = make_window()
    person = make_employee(event)
    window.show_page("station")
    window.route_scan(person.nip)
    window.station_page.card.confirm()
    screen = window.attendee_window.signing
    qtbot.waitUntil(lambda: screen.page is Page.SIGNING)
    draw_with_mouse(qtbot, screen.pad)
    yield window, screen
    screen.cancel()


def ctrl_q(qtbot, window) -> None:
    window.raise_()  # a window shortcut needs its window active
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_ctrl_q_during_a_signing_asks_and_no_keeps_it(qtbot, monkeypatch, signing):
    window, screen = signing
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    ctrl_q(qtbot, window)
    assert len(asked) == 1
    assert window.isVisible() and screen.page is Page.SIGNING and not screen.pad.is_empty()


def test_ctrl_q_during_a_signing_quits_when_the_operator_says_yes(qtbot, monkeypatch, signing):
    window, _ = signing
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    ctrl_q(qtbot, window)
    assert len(asked) == 1
    assert not window.isVisible()


def test_ctrl_q_with_nobody_signing_quits_without_asking(qtbot, monkeypatch, make_window, event):
    window = make_window()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    ctrl_q(qtbot, window)
    assert asked == [] and not window.isVisible()
