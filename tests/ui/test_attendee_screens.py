"""Where the attendee's window goes: the second screen, screens plugged in and out, one screen.

What is real and what is simulated:
- `placement.plan` decides from screen geometries alone; it is tested on many layouts.
- In this process Qt runs on the offscreen platform, which has exactly one real screen and no
  way to add one. The window's reaction is driven by emitting the application's own
  `screenAdded` / `screenRemoved` signals with that real QScreen (as Qt does on a hot-plug);
  with one screen, only the fallback can be seen here.
- Real hot-plugging is tested in a child process on a real X server (Xvfb) with the xcb
  platform: `xrandr --setmonitor` adds a monitor and `--delmonitor` removes it, and Qt itself
  emits screenAdded/screenRemoved. Xvfb's own full-size monitor cannot be removed, so there
  the "operator's screen" spans the whole framebuffer and the added one overlaps it; the plan
  only treats an identical geometry as a mirror, so the added monitor counts as a second screen.
  Skipped where Xvfb and xrandr are missing (.ci/run installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from station_helpers import FakeClock, draw_with_mouse, scan_burst

from ikrar.ui.desk.placement import Placement, operator_screen, plan

LAPTOP = (0, 0, 1366, 768)
TABLET = (1366, 0, 1280, 800)
MONITOR = (-1920, 0, 1920, 1080)
NIP = "199001012015011001"


# --- the plan --------------------------------------------------------------------------------

def test_two_screens_put_the_attendee_on_the_one_the_operator_is_not_on():
    assert plan("dual", [LAPTOP, TABLET], 0) == Placement("dual", 1)
    assert plan("dual", [TABLET, LAPTOP], 1) == Placement("dual", 0)
    assert plan("dual", [LAPTOP, TABLET], 1) == Placement("dual", 0)  # operator moved over


def test_of_several_others_the_largest_wins_then_the_first():
    assert plan("dual", [LAPTOP, TABLET, MONITOR], 0) == Placement("dual", 2)
    twin = (2646, 0, 1280, 800)
    assert plan("dual", [LAPTOP, TABLET, twin], 0) == Placement("dual", 1)


def test_one_screen_falls_back_to_one_tablet():
    assert plan("dual", [LAPTOP], 0) == Placement("single", 0, fallback=True)
    assert plan("dual", [], 0) == Placement("single", 0, fallback=True)


def test_a_mirrored_projector_is_not_a_second_screen():
    assert plan("dual", [LAPTOP, LAPTOP], 0) == Placement("single", 0, fallback=True)
    assert plan("dual", [LAPTOP, LAPTOP, TABLET], 1) == Placement("dual", 2)


def test_the_single_layout_stays_on_the_operators_screen_and_is_no_fallback():
    assert plan("single", [LAPTOP, TABLET], 1) == Placement("single", 1)
    assert plan("single", [LAPTOP], 0) == Placement("single", 0)
    assert plan("dual", [LAPTOP, TABLET], 7) == Placement("dual", 1)  # stale index: first


def test_the_operators_screen_is_the_one_under_their_window():
    screens = [MONITOR, LAPTOP, TABLET]
    assert operator_screen(screens, (683, 384)) == 1
    assert operator_screen(screens, (-10, 500)) == 0
    assert operator_screen(screens, (2000, 10)) == 2
    assert operator_screen(screens, (99_999, 0)) == 0  # off every screen: the first


# --- the window on the offscreen platform (one real screen) -----------------------------------

@pytest.fixture
def desk(make_window, event, make_employee):
    make_employee(event, name="Ahmad Fauzi", nip=NIP)
    window = make_window()
    clock = FakeClock()
    window.scanner.clock = clock
    window.set_layout("dual")
    window.show_page("station")
    yield window, window.attendee_window, window.station_page, clock
    window.attendee_window.close()


def test_with_one_screen_the_desk_is_not_covered_and_the_operator_is_told(qtbot, desk):
    window, attendee, page, _ = desk
    assert len(QGuiApplication.screens()) == 1
    assert attendee.layout_mode == "dual"  # the setting is kept for when a screen comes
    assert attendee.placement == Placement("single", 0, fallback=True)
    assert not attendee.isVisible()  # not over the operator's window
    assert page.screen_notice.isVisible()
    assert "Only one screen" in page.screen_notice.text()
    assert attendee.corner.isVisibleTo(attendee)  # one tablet: staff keep a way back

    window.set_layout("single")  # chosen on purpose: nothing to warn about
    assert not page.screen_notice.isVisible()
    window.set_layout("dual")
    assert page.screen_notice.isVisible()


def test_screen_signals_with_the_real_screen_keep_the_fallback(qtbot, desk):
    window, attendee, page, _ = desk
    app = QGuiApplication.instance()
    (screen,) = QGuiApplication.screens()
    with qtbot.assertNotEmitted(attendee.noticeChanged):
        app.screenAdded.emit(screen)  # what Qt emits on a hot-plug
    assert attendee.placement.fallback and not attendee.isVisible()
    app.screenRemoved.emit(screen)  # the last screen gone: still nowhere to go but here
    assert attendee.placement == Placement("single", 0, fallback=True)
    assert not attendee.isVisible()
    assert page.screen_notice.isVisible()


def test_with_one_screen_signing_takes_the_screen_and_gives_it_back(qtbot, desk):
    window, attendee, page, clock = desk
    with qtbot.waitSignal(page.cardShown):
        scan_burst(qtbot, page.search_edit, NIP, clock)
    page.card.confirm()
    qtbot.waitUntil(attendee.isFullScreen)
    assert attendee.corner.isVisible()  # the staff button is on the screen being signed on
    draw_with_mouse(qtbot, attendee.signing.pad)
    with qtbot.waitSignal(attendee.finished, timeout=5000):
        qtbot.mouseClick(attendee.signing.confirm_button, Qt.MouseButton.LeftButton)
    assert not attendee.isVisible()  # the desk is the operator's again
    assert attendee.stack.currentWidget() is attendee.welcome


# --- real hot-plugging on a real X server ---------------------------------------------------

CHILD = r"""
import subprocess, sys
from datetime import datetime
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from ikrar.app import build_main_window
from ikrar.core.dates import zone
from ikrar.core.strokes import synthetic_signature
from ikrar.store.db import init_db
from ikrar.store.events import create_event
from ikrar.store.models import Employee
from ikrar.store import lookup, outbox

app = QApplication(sys.argv[:1])
local = init_db(sys.argv[1], station_name="Meja 1")
event = create_event("Deklarasi", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")), agency="Pemkab")
window = build_main_window(local)
window.show()
window.set_layout("dual")
window.show_page("station")
attendee = window.attendee_window

def wait(signal):
    loop, got = QEventLoop(), []
    signal.connect(lambda *args: (got.append(args), loop.quit()))
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    return bool(got)

def settle():
    for _ in range(20):
        app.processEvents()

def say(tag):
    settle()
    g = attendee.geometry()
    print(tag, "visible=%s full=%s on=%s at=%d,%d,%d,%d fallback=%s notice=%s signing=%s "
          "corner=%s" % (
        attendee.isVisible(), attendee.isFullScreen(), attendee.screen().name(), g.x(), g.y(),
        g.width(), g.height(), attendee.placement.fallback,
        window.station_page.screen_notice.isVisible(), attendee.signing.page.name,
        attendee.corner.isVisibleTo(attendee)), flush=True)

def xrandr(*args):
    subprocess.run(["xrandr", *args], check=True)

say("one")
xrandr("--setmonitor", "TABLET", "1280/270x800/170+1366+0", "none")
print("added", wait(app.screenAdded), flush=True)
say("plugged")
xrandr("--delmonitor", "TABLET")
print("removed", wait(app.screenRemoved), flush=True)
say("unplugged")
xrandr("--setmonitor", "TABLET", "1280/270x800/170+1366+0", "none")
wait(app.screenAdded)
say("again")
person = outbox.insert(Employee(nip="199001012015011001", name="Ahmad", search_key="ahmad"))
attendee.start_signing(event, person, "badge")
say("signing")
xrandr("--delmonitor", "TABLET")
wait(app.screenRemoved)
say("pulled")
attendee.staff_stop()
say("stopped")
window.close()
"""


@pytest.fixture
def x_server():
    if not (shutil.which("Xvfb") and shutil.which("xrandr")):
        pytest.skip("Xvfb and xrandr are not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "2646x1080x24", "-nolisten", "tcp",
         "+extension", "RANDR"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_real_screens_plugged_in_and_out_under_x(tmp_path, x_server):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_server}
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    # One (Xvfb) screen: the fallback, the operator told, nothing covering the desk.
    assert "visible=False" in lines["one"] and "fallback=True notice=True" in lines["one"]
    # A tablet plugged in: Qt's own screenAdded, and the window is full screen on it.
    assert "added True" in result.stdout
    assert "visible=True full=True on=TABLET at=1366,0,1280,800" in lines["plugged"]
    assert "fallback=False notice=False" in lines["plugged"]
    assert "corner=False" in lines["plugged"]  # the desk has its own stop button
    # Pulled out while idle: the window goes, the notice comes back.
    assert "removed True" in result.stdout
    assert "visible=False" in lines["unplugged"] and "notice=True" in lines["unplugged"]
    # Plugged in again: back on it without anyone asking.
    assert "visible=True full=True on=TABLET" in lines["again"]
    # Pulled out in the middle of a signing: the signing stays, full screen on the one screen
    # (staff can stop it from the corner there); stopping gives the desk back.
    assert "on=TABLET" in lines["signing"] and "signing=SIGNING" in lines["signing"]
    assert "visible=True full=True" in lines["pulled"] and "signing=SIGNING" in lines["pulled"]
    assert "on=TABLET" not in lines["pulled"] and "fallback=True" in lines["pulled"]
    assert "corner=True" in lines["pulled"]
    assert "visible=False" in lines["stopped"] and "signing=WAITING" in lines["stopped"]
