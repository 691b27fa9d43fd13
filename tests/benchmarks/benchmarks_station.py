"""The registration desk: a scanner's burst to the attendee card on screen, through the real
widgets (wedge scanner, station page, card, a paint), beside the bare NIP look-up; and search as
you type, per keystroke, beside the bare prefix query."""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime
from pathlib import Path

from run import Figure

from ikrar.store.db import DB_FILENAME, close_db
from support import raw_db

ROSTER = 12_000  # a kabupaten's whole ASN at one event


def _fill_roster(path: Path, event_id: str, nips: list[str]) -> None:
    """Setup only: put the first `len(nips)` employees on the event's roster, raw."""
    from ikrar.core.ids import new_id

    conn = raw_db(path)
    conn.execute("PRAGMA synchronous=OFF")
    ids = [row[0] for row in conn.execute(
        f"SELECT id FROM employee WHERE nip IN ({','.join('?' * len(nips))})", nips)]
    conn.executemany(
        "INSERT INTO roster_entry (id, hlc, created_at, event_id, employee_id) "
        "VALUES (?, ?, ?, ?, ?)",
        [(new_id().hex, f"{i:017x}-bench", "2024-07-10T00:00:00.000000Z",
          event_id.replace("-", ""), emp) for i, emp in enumerate(ids)])
    conn.commit()
    conn.close()


def _setup(folder: Path, count: int):
    from benchmarks_store import _fill_raw, _fresh

    from ikrar.core.dates import zone
    from ikrar.store.events import create_event

    _fresh(folder)
    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    event_id = str(event.id)
    close_db()
    nips = _fill_raw(folder / DB_FILENAME, count)
    roster = nips[: min(ROSTER, count)]
    for start in range(0, len(roster), 900):  # SQLite's parameter limit
        _fill_roster(folder / DB_FILENAME, event_id, roster[start:start + 900])
    local = _fresh(folder)
    return local, roster


def scan_to_card(folder: Path, *, quick: bool) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ikrar.store import lookup
    from ikrar.store.events import current_event
    from ikrar.ui.main_window import MainWindow

    count = 20_000 if quick else 1_000_000
    local, roster = _setup(folder, count)
    app = QApplication.instance() or QApplication([])
    window = MainWindow(local)
    window.resize(1366, 768)
    window.show()
    window.set_layout("dual")
    window.show_page("station")
    window.attendee_window.hide()
    page = window.station_page
    app.processEvents()
    rng = random.Random(7)
    probes = [rng.choice(roster) for _ in range(60 if quick else 400)]
    shown: list = []
    page.cardShown.connect(shown.append)
    target = page.search_edit

    scanner_ms = [1_000_000]  # the window system's clock: a real key event's timestamp()

    def press(key: int, text: str) -> None:
        scanner_ms[0] += 2  # the scanner's rhythm, stamped as an X server stamps it
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(scanner_ms[0])
            QApplication.sendEvent(target, event)

    samples, whole = [], []
    for nip in probes + probes[:20]:
        page.back_to_ready(quiet=True)
        app.processEvents()
        start_burst = time.perf_counter()
        scanner_ms[0] += 1_000  # the operator takes the next badge
        for ch in nip:
            press(Qt.Key.Key_0 + int(ch), ch)
        start = time.perf_counter()  # the burst has been received; its Enter arrives
        press(Qt.Key.Key_Return, "\r")
        app.processEvents()  # layout and paint: the card is on the screen
        end = time.perf_counter()
        assert shown and shown[-1].employee.nip == nip, "the card did not show"
        samples.append((end - start) * 1000)
        whole.append((end - start_burst) * 1000)
    samples, whole = samples[20:], whole[20:]  # the first ones warm caches

    event = current_event()
    resolve = [0.0] * len(probes)
    for i, nip in enumerate(probes):
        t = time.perf_counter()
        lookup.resolve_scan(event, nip, None)
        resolve[i] = (time.perf_counter() - t) * 1000
    raw = raw_db(folder / DB_FILENAME)
    bare = []
    for nip in probes:
        t = time.perf_counter()
        raw.execute("SELECT * FROM employee WHERE nip = ?", (nip,)).fetchone()
        bare.append((time.perf_counter() - t) * 1000)

    # Search as you type: each keystroke's results listed and painted.
    names = ["budi santoso", "siti rahmawati", "dewi lestari", "nur hidayat", "joko wijaya"]
    typed, prefix_bare = [], []
    for name in names:
        for n in range(1, len(name) + 1):
            t = time.perf_counter()
            target.setText(name[:n])
            app.processEvents()
            typed.append((time.perf_counter() - t) * 1000)
            key = name[:n]
            t = time.perf_counter()
            raw.execute("SELECT id FROM employee WHERE search_key >= ? AND search_key < ? "
                        "ORDER BY search_key LIMIT 12", (key, key + "\uffff")).fetchall()
            prefix_bare.append((time.perf_counter() - t) * 1000)
    raw.close()
    window.close()
    window.attendee_window.close()
    window.deleteLater()
    app.processEvents()
    close_db()
    return [
        Figure(f"scan burst to attendee card shown, {count:,} employees", "ms",
               statistics.median(samples), statistics.median(bare),
               "bare NIP look-up, plain sqlite3", "≤ 30 ms", len(samples),
               {"p95 ms": round(sorted(samples)[int(len(samples) * 0.95)], 2),
                "with the 18 keys ms": round(statistics.median(whole), 2),
                "resolve_scan ms": round(statistics.median(resolve), 3),
                "roster": f"{len(roster):,}"}),
        Figure(f"search as you type, per keystroke, {count:,} employees", "ms",
               statistics.median(typed), statistics.median(prefix_bare),
               "bare indexed prefix query, plain sqlite3", "≤ 30 ms", len(typed),
               {"max ms": round(max(typed), 1)}),
    ]
