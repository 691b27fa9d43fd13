"""A whole check-in on a real X server: Xvfb, a window manager, the real app, keys from xdotool.

`xdotool type` presses Shift around every capital, as a USB scanner in US-keyboard mode does;
the mouse signs with real drags. The test sees the app as a person would (a screenshot) and
as the records do (the SQLite file the app commits to after each check-in). It waits by
polling with a deadline: the app is another process, there is no signal to wait on.

CI installs xvfb, xauth, openbox and xdotool (.ci/run); elsewhere, without them, it skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from ikrar.core import badge_code, payloads
from ikrar.core.dates import zone
from ikrar.core.names import search_key
from ikrar.store import keystore, outbox, settings
from ikrar.store.db import DB_FILENAME, close_db, init_db
from ikrar.store.events import create_event
from ikrar.store.models import Employee, RosterEntry
from ikrar.ui.widgets import theme
from support import raw_db

TOOLS = ("Xvfb", "openbox", "xdotool")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"needs {', '.join(MISSING)} (apt: xvfb openbox xdotool)")

AHMAD, SITI = "199001012015011001", "198505152010122002"
SCREEN = (1366, 768)
GRAB = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['grab'])\n"
        "s = app.primaryScreen(); g = s.virtualGeometry()\n"
        "s.grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(sys.argv[1])\n")


def wait_for(check, what: str, timeout: float = 30.0):
    """Poll an outside process's effect until `check()` is truthy; fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)  # the app is another process: look again shortly


class Desk:
    """The X display, the app on it, and what a person does there."""

    def __init__(self, tmp: Path, data: Path) -> None:
        self.tmp, self.data = tmp, data
        self.procs: list[subprocess.Popen] = []
        read, write = os.pipe()
        self.procs.append(subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL))
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        assert number, "Xvfb did not start"
        self.env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb",
                    "IKRAR_DATA_DIR": str(data), "HOME": str(tmp / "home")}
        self.procs.append(subprocess.Popen(["openbox"], env=self.env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(lambda: self.xdotool("get_num_desktops", check=False), "the window manager")
        self.log = open(tmp / "app.log", "w")  # noqa: SIM115 - closed in close()
        self.app = subprocess.Popen([sys.executable, "-m", "ikrar"], env=self.env,
                                    stdout=self.log, stderr=subprocess.STDOUT)
        self.procs.append(self.app)

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.log.close()

    def xdotool(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True)
        if check:
            assert done.returncode == 0, done.stderr
        return done.stdout.strip() if done.returncode == 0 else ""

    def window(self, title: str) -> str:
        found = self.xdotool("search", "--onlyvisible", "--name", title, check=False)
        return found.split()[0] if found else ""

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        values = dict(line.split("=") for line in
                      self.xdotool("getwindowgeometry", "--shell", window).split())
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def screenshot(self) -> Image.Image:
        out = self.tmp / "screen.png"
        subprocess.run([sys.executable, "-c", GRAB, str(out)], env=self.env, check=True,
                       capture_output=True)
        return Image.open(out).convert("RGB")

    def scan(self, code: str) -> None:
        """A USB scanner: the code at 2 ms a key (Shift around capitals), then Enter."""
        self.xdotool("type", "--delay", "2", code)
        self.xdotool("key", "Return")

    def drag(self, points: list[tuple[int, int]]) -> None:
        x, y = points[0]
        self.xdotool("mousemove", str(x), str(y), "mousedown", "1")
        for x, y in points[1:]:
            self.xdotool("mousemove", str(x), str(y))
        self.xdotool("mouseup", "1")


def box_of(image: Image.Image, area: tuple[int, int, int, int], colour: str,
           least: int = 400) -> tuple[int, int, int, int] | None:
    """Screen box of the main block of `colour` inside `area` (rows and columns at least half
    as full as the fullest), when it has at least `least` pixels; None otherwise."""
    x0, y0, w, h = area
    crop = image.crop((x0, y0, x0 + w, y0 + h))
    target = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    pixels = crop.convert("RGB").tobytes()
    hits = [tuple(pixels[i:i + 3]) == target for i in range(0, len(pixels), 3)]
    if sum(hits) < least:
        return None
    width = crop.width
    rows = [sum(hits[r * width:(r + 1) * width]) for r in range(crop.height)]
    cols = [sum(hits[c::width]) for c in range(width)]
    full_rows = [r for r, n in enumerate(rows) if n >= max(rows) / 2]
    full_cols = [c for c, n in enumerate(cols) if n >= max(cols) / 2]
    return (x0 + full_cols[0], y0 + full_rows[0], x0 + full_cols[-1], y0 + full_rows[-1])


def committed(path: Path, sql: str, *args) -> int:
    with raw_db(f"file:{path}?mode=ro", folder=path.parent, uri=True) as db:
        return db.execute(sql, args).fetchone()[0]


@pytest.fixture
def prepared(tmp_path, data_dir):
    """An event, two people on its roster, an agency key; layout: operator + attendee."""
    init_db(data_dir, station_name="Meja 1")
    event = create_event("Deklarasi Netralitas ASN",
                         datetime(2024, 7, 10, 8, tzinfo=zone("WIB")), agency="Pemkab Sumedang")
    key = keystore.init_agency_key()
    for nip, name in ((AHMAD, "Ahmad Fauzi"), (SITI, "Siti Rahmawati")):
        person = outbox.insert(Employee(nip=nip, name=name, front_title="", back_title="",
                                        unit="BKPSDM", search_key=search_key(name)))
        outbox.insert(RosterEntry(event=event, employee=person))
    settings.put("layout", "dual")
    settings.put("language", "en")  # window titles the test can look for
    close_db()
    return data_dir, key


def signed(db: Path, nip: str) -> int:
    return committed(db, "SELECT count(*) FROM attendance a JOIN employee e "
                         "ON e.id = a.employee_id JOIN signature s ON s.attendance_id = a.id "
                         "WHERE e.nip = ?", nip)


def sign_on_the_pad(desk: Desk) -> None:
    """Find the white pad in the attendee window, sign with two strokes, press the button."""
    attendee = wait_for(lambda: desk.window("attendee screen"), "the attendee window")
    # One screen holds both windows here (no second display under Xvfb): the attendee's
    # window comes to the front, as when they tap its title bar.
    desk.xdotool("windowactivate", "--sync", attendee)
    area = desk.geometry(attendee)
    pad = wait_for(lambda: box_of(desk.screenshot(), area, "#ffffff", least=20_000),
                   "the signing pad")
    left, top, right, bottom = pad
    w, h = right - left, bottom - top
    desk.drag([(left + int(w * (0.15 + 0.035 * i)), top + int(h * (0.4 if i % 2 else 0.6)))
               for i in range(20)])
    desk.drag([(left + int(w * f), top + int(h * (0.7 + 0.02 * (i % 2))))
               for i, f in enumerate((0.2, 0.35, 0.5, 0.65, 0.8))])
    button = wait_for(lambda: box_of(desk.screenshot(), area, theme.ACCENT),
                      "the confirm button enabled")
    desk.xdotool("mousemove", str((button[0] + button[2]) // 2),
                 str((button[1] + button[3]) // 2), "click", "1")


def test_a_whole_check_in_with_a_scanner_keyboard_and_mouse(tmp_path, prepared):
    data, key = prepared
    db = data / DB_FILENAME
    desk = Desk(tmp_path, data)
    try:
        main = wait_for(lambda: desk.window("Deklarasi Netralitas ASN"), "the main window")
        desk.xdotool("windowactivate", "--sync", main)
        desk.xdotool("key", "ctrl+1")  # the registration desk

        # A legacy IKB1 badge: capitals, so xdotool presses Shift as a scanner does.
        old_badge = payloads.sign_badge(AHMAD, key)
        assert any(c.isupper() for c in old_badge)
        desk.scan(old_badge)
        # One screen: the attendee window stays hidden until the signing starts (and then
        # takes the screen); the card shows on the desk, its confirm button in the accent.
        main_area = desk.geometry(main)
        wait_for(lambda: box_of(desk.screenshot(), main_area, theme.ACCENT), "the card")
        desk.xdotool("key", "Return")  # the operator confirms the card
        sign_on_the_pad(desk)
        wait_for(lambda: signed(db, AHMAD) == 1, "Ahmad's attendance and signature")

        # The same badge again: the duplicate warning, nothing new recorded.
        desk.scan(old_badge)
        wait_for(lambda: box_of(desk.screenshot(), main_area, theme.ATTENTION),
                 "the duplicate warning")
        assert committed(db, "SELECT count(*) FROM attendance") == 1

        # The next person's v2 badge, without touching the mouse: their card, Enter, sign.
        desk.scan(badge_code.sign_badge(SITI, key))
        wait_for(lambda: not box_of(desk.screenshot(), main_area, theme.ATTENTION),
                 "the duplicate warning to give way to the next card")
        desk.xdotool("key", "Return")
        sign_on_the_pad(desk)
        wait_for(lambda: signed(db, SITI) == 1, "Siti's attendance and signature")
        assert committed(db, "SELECT count(*) FROM attendance") == 2
        assert signed(db, AHMAD) == 1
        assert desk.app.poll() is None, "the app stopped"
    except BaseException:
        desk.screenshot().save(tmp_path / "failure.png")  # what the screen showed
        raise
    finally:
        desk.close()
    assert "Traceback" not in (tmp_path / "app.log").read_text()
