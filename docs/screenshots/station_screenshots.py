"""Screenshots of the registration desk and the attendee screen, in Indonesian.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python docs/screenshots/station_screenshots.py

Writes waiting.png, card.png, signing.png and duplicate.png beside this file, from a fresh
temporary data folder with made-up people.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ikrar.core.dates import zone
from ikrar.core.names import display_name, search_key
from ikrar.core.strokes import synthetic_signature
from ikrar.store import outbox
from ikrar.store.checkin import check_in
from ikrar.store.db import init_db
from ikrar.store.events import create_event
from ikrar.store.models import Employee, RosterEntry
from ikrar.ui.main_window import MainWindow
from ikrar.ui.widgets.i18n import install_translator

HERE = Path(__file__).resolve().parent
PEOPLE = [
    ("199001012015011001", "Ahmad Fauzi", "Dr. H.", "S.Kom., M.Si.", "Pembina", "IV/a",
     "Kepala Bidang Pembinaan dan Pengembangan Karier", "Badan Kepegawaian dan Pengembangan "
     "Sumber Daya Manusia"),
    ("198505152010122002", "Siti Rahmawati", "", "S.E.", "Penata", "III/c",
     "Analis Keuangan", "Dinas Pendidikan"),
    ("199203172021212001", "Euis Suryani", "", "A.Md.Kep.", "", "", "Perawat Terampil",
     "RSUD Sumedang"),
    ("198811202012121003", "Dedi Kurniawan", "", "S.T.", "Penata Muda Tk. I", "III/b",
     "Pengelola Jaringan", "Dinas Komunikasi dan Informatika"),
    ("197605052000031004", "Budi Santoso", "Drs.", "M.M.", "Pembina Tk. I", "IV/b",
     "Camat", "Kecamatan Sumedang Utara"),
]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QTest.qWait(60)


def draw(pad) -> None:
    w, h = pad.width(), pad.height()
    points = []
    for i in range(60):
        x = w * (0.12 + 0.012 * i)
        y = h * (0.55 + 0.15 * ((i % 10) / 10 - 0.5) * (1 if (i // 10) % 2 else -1))
        points.append(QPoint(int(x), int(y)))
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for p in points[1:]:
        QTest.mouseMove(pad, p)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="ikrar-shots-"))
    local = init_db(folder, station_name="Meja 2")
    install_translator(app, "id", cache_dir=folder / "cache")
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("id"))
    event = create_event(
        "Deklarasi dan Penandatanganan Pakta Integritas Netralitas ASN",
        datetime(2024, 7, 10, 8, 0, tzinfo=zone("WIB")), city="Sumedang",
        venue="Aula Tampomas", agency="Pemerintah Kabupaten Sumedang",
    )
    people = []
    for nip, name, front, back, rank, grade, position, unit in PEOPLE:
        person = outbox.insert(Employee(
            nip=nip, name=name, front_title=front, back_title=back, rank=rank, grade=grade,
            position=position, unit=unit,
            search_key=search_key(display_name(name, front, back))))
        outbox.insert(RosterEntry(event=event, employee=person))
        people.append(person)
    check_in(event, people[1], synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash, at=datetime(2024, 7, 10, 7, 42, tzinfo=zone("WIB")))
    check_in(event, people[3], synthetic_signature(2), method="search",
             pledge_hash=event.pledge_hash, at=datetime(2024, 7, 10, 7, 45, tzinfo=zone("WIB")))

    window = MainWindow(local)
    window.resize(1366, 768)
    window.set_layout("dual")
    window.show()
    window.show_page("station")
    attendee = window.attendee_window
    attendee.hide()
    attendee.resize(1366, 768)
    page = window.station_page
    settle(app)

    attendee.showFullScreen()  # as on the tablet (Xvfb has no window manager to size it)
    attendee.setGeometry(attendee.screen().geometry())
    attendee.show_waiting()
    settle(app)
    attendee.grab().save(str(HERE / "waiting.png"))

    window.activateWindow()
    window.route_scan(people[0].nip)
    settle(app)
    window.grab().save(str(HERE / "card.png"))

    page.card.confirm()
    settle(app)
    draw(attendee.signing.pad)
    settle(app)
    attendee.grab().save(str(HERE / "signing.png"))
    attendee.signing.cancel()

    window.route_scan(people[1].nip)
    settle(app)
    window.grab().save(str(HERE / "duplicate.png"))
    window.close()
    attendee.close()
    print("screenshots written to", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
