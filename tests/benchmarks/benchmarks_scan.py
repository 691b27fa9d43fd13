"""A scanner's burst as real hardware types it (Shift down/up around every capital, keypad
digits) through the wedge filter to the attendee card on screen, at 1,000,000 employees; the
badge in both formats (legacy IKB1, v2 digits). Beside the bare NIP look-up in plain sqlite3.

The figure is from the scanner's Enter to the card painted (what the operator waits for; the
scanner itself needs 2 ms or more per key); the whole burst's handling is in the notes.

Each key event is stamped as a window system stamps a real scanner's (`QKeyEvent.timestamp()`,
2 ms a key, from one running millisecond counter): the filter times the burst by those stamps,
so a loaded machine that deschedules the benchmark mid-burst measures a slower burst, not a
burst cut in two."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from run import Figure

from ikrar.store.db import DB_FILENAME, close_db
from support import raw_db


def scan_with_modifiers(folder: Path, *, quick: bool) -> list[Figure]:
    from benchmarks_station import _setup
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ikrar.core import badge_code, payloads
    from ikrar.store import keystore
    from ikrar.ui.main_window import MainWindow

    count = 20_000 if quick else 1_000_000
    local, roster = _setup(folder, count)
    agency = keystore.init_agency_key()
    app = QApplication.instance() or QApplication([])
    window = MainWindow(local)
    window.resize(1366, 768)
    window.show()
    window.set_layout("dual")
    window.show_page("station")
    window.attendee_window.hide()
    page = window.station_page
    app.processEvents()
    shown: list = []
    page.cardShown.connect(shown.append)
    target = page.search_edit
    shift, none = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
    keypad = Qt.KeyboardModifier.KeypadModifier

    scanner_ms = [1_000_000]  # the window system's clock, in milliseconds

    def send(kind: QEvent.Type, key: int, modifiers, text: str = "") -> None:
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(scanner_ms[0])
        QApplication.sendEvent(target, event)

    def burst(code: str, *, digits_on_keypad: bool) -> None:
        scanner_ms[0] += 1_000  # the operator takes the next badge
        for ch in code:
            scanner_ms[0] += 2  # the scanner's rhythm: 2 ms a key, Shift and release with it
            key = Qt.Key(ord(ch.upper()))
            if ch.isupper():
                send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift)
                send(QEvent.Type.KeyPress, key, shift, ch)
                send(QEvent.Type.KeyRelease, key, shift, ch)
                send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, none)
            else:
                mods = keypad if digits_on_keypad and ch.isdigit() else none
                send(QEvent.Type.KeyPress, key, mods, ch)
                send(QEvent.Type.KeyRelease, key, mods, ch)

    rng = random.Random(11)
    probes = [rng.choice(roster) for _ in range(40 if quick else 300)]
    results = {}
    for label, sign, pad in (("IKB1 badge, Shift around capitals", payloads.sign_badge, False),
                             ("v2 digits badge, keypad digits", badge_code.sign_badge, True)):
        codes = [(nip, sign(nip, agency)) for nip in probes]  # signing is not measured
        samples, whole = [], []
        for nip, code in codes[:10] + codes:
            page.back_to_ready(quiet=True)
            app.processEvents()
            start_burst = time.perf_counter()
            burst(code, digits_on_keypad=pad)
            start = time.perf_counter()  # the burst has been taken; the scanner's Enter comes
            scanner_ms[0] += 2
            send(QEvent.Type.KeyPress, Qt.Key.Key_Return, none, "\r")
            app.processEvents()  # layout and paint: the card is on the screen
            end = time.perf_counter()
            assert shown and shown[-1].employee.nip == nip, (label, page.outcome)
            samples.append((end - start) * 1000)
            whole.append((end - start_burst) * 1000)
        results[label] = (samples[10:], whole[10:], len(codes[0][1]))

    raw = raw_db(folder / DB_FILENAME)
    bare = []
    for nip in probes:
        t = time.perf_counter()
        raw.execute("SELECT * FROM employee WHERE nip = ?", (nip,)).fetchone()
        bare.append((time.perf_counter() - t) * 1000)
    raw.close()
    window.close()
    window.attendee_window.close()
    window.deleteLater()
    app.processEvents()
    close_db()
    return [
        Figure(f"scan burst with modifiers to card shown ({label}), {count:,} employees", "ms",
               statistics.median(samples), statistics.median(bare),
               "bare NIP look-up, plain sqlite3", "≤ 30 ms", len(samples),
               {"p95 ms": round(sorted(samples)[int(len(samples) * 0.95)], 2),
                "with every key event of the burst ms": round(statistics.median(whole), 2),
                "characters": length})
        for label, (samples, whole, length) in results.items()
    ]
