"""After "Terima kasih": how soon the desk is ready for the next person, through the real main
window on one tablet (the attendee's window gives the screen back), beside a bare timer of the
same configured delay in the same event loop; and how soon the next badge is accepted at the
desk, beside the bare check-in transaction."""

from __future__ import annotations

import statistics
import time
from datetime import datetime
from pathlib import Path

from run import Figure

from ikrar.store.db import close_db, init_db


def _people(count: int):
    from ikrar.core.dates import zone
    from ikrar.core.names import search_key
    from ikrar.store import outbox
    from ikrar.store.events import create_event
    from ikrar.store.models import Employee, RosterEntry

    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")),
                         agency="Pemerintah Kabupaten Bench")
    people = []
    for i in range(count):
        name = f"Pegawai {i}"
        person = outbox.insert(Employee(nip=f"19900101201501{1 + i % 2}{i:03d}", name=name,
                                        search_key=search_key(name), unit="Bench"))
        outbox.insert(RosterEntry(event=event, employee=person))
        people.append(person)
    return event, people


def _wait(app, condition, limit_s: float = 10.0) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + limit_s
    while not condition():
        if time.perf_counter() > end:
            raise AssertionError("the desk did not become ready")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)


def _draw(pad) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    w, h = pad.width(), pad.height()
    points = [QPoint(int(w * (0.1 + 0.04 * i)), int(h * (0.45 if i % 2 else 0.7)))
              for i in range(20)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       points[-1])


def thank_you_to_ready(folder: Path, *, quick: bool) -> list[Figure]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ikrar.core.pledge import pledge_hash
    from ikrar.core.strokes import synthetic_signature
    from ikrar.store import settings
    from ikrar.store.checkin import check_in
    from ikrar.ui.main_window import MainWindow

    rounds = 5 if quick else 15
    close_db()
    local = init_db(folder, station_name="Bench")
    event, people = _people(2 * rounds + 1)
    delay = int(settings.get("thanks_ms"))
    app = QApplication.instance() or QApplication([])
    window = MainWindow(local)
    window.resize(1366, 768)
    window.show()
    window.set_layout("single")
    window.show_page("station")
    page, attendee = window.station_page, window.attendee_window
    app.processEvents()

    ready, accepted, finished = [], [], []
    attendee.finished.connect(lambda: finished.append(time.perf_counter()))
    for person in people[:rounds]:
        page.handle_scan(person.nip)
        page.card.confirm()
        _wait(app, lambda: attendee.isFullScreen())
        _draw(attendee.signing.pad)
        finished.clear()
        start = time.perf_counter()
        attendee.signing.confirm()  # the attendee's tap on "I pledge and sign"
        app.processEvents()
        accepted.append((time.perf_counter() - start) * 1000)  # the desk takes a badge now
        # Ready: the thank-you is over, the screen is the desk's again, the search has focus.
        _wait(app, lambda: bool(finished) and not attendee.isVisible()
              and window.focusWidget() is page.search_edit)
        ready.append(time.perf_counter() - start)

    bare_timer, fired = [], []
    timer = QTimer(singleShot=True, interval=delay)  # the same kind of timer as the thank-you's
    timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    for _ in range(rounds):
        fired.clear()
        start = time.perf_counter()
        timer.start()
        _wait(app, lambda: bool(fired))
        bare_timer.append(fired[0] - start)

    bare_check_in = []
    for i, person in enumerate(people[rounds:2 * rounds]):
        t = time.perf_counter()
        check_in(event, person, synthetic_signature(i + 1), method="badge",
                 pledge_hash=pledge_hash(event.pledge_text))
        bare_check_in.append((time.perf_counter() - t) * 1000)

    window.close()
    attendee.close()
    window.deleteLater()
    app.processEvents()
    close_db()
    return [
        Figure("thank-you to ready for the next person (one tablet)", "s",
               statistics.median(ready), statistics.median(bare_timer),
               f"bare QTimer of the same {delay} ms, same loop", "≤ 1.5 s", len(ready),
               {"max s": round(max(ready), 3), "thanks_ms setting": delay}),
        Figure("attendee confirms to next badge accepted at the desk", "ms",
               statistics.median(accepted), statistics.median(bare_check_in),
               "bare check_in transaction", "≤ 100 ms", len(accepted),
               {"max ms": round(max(accepted), 1)}),
    ]
