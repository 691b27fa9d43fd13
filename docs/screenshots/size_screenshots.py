"""Screenshots of the desk, the attendee's signing screen and the clerk page at the smallest and
the largest screen the app is made for (1024×600 and 1920×1080), in Indonesian.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/size_screenshots.py

Writes desk-1024x600.png, signing-1024x600.png, clerk-1024x600.png and the same at 1920x1080
beside this file, from a fresh temporary data folder with the made-up people of
station_screenshots.py. tests/ui/test_fits.py checks the same pages at these sizes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from station_screenshots import PEOPLE, draw, settle  # noqa: E402

from ikrar.core.dates import zone  # noqa: E402
from ikrar.core.names import display_name, search_key  # noqa: E402
from ikrar.core.strokes import synthetic_signature  # noqa: E402
from ikrar.store import outbox, settings  # noqa: E402
from ikrar.store.checkin import check_in  # noqa: E402
from ikrar.store.db import init_db  # noqa: E402
from ikrar.store.events import create_event  # noqa: E402
from ikrar.store.models import Employee, RosterEntry  # noqa: E402
from ikrar.ui.main_window import MainWindow  # noqa: E402
from ikrar.ui.widgets.i18n import install_translator  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZES = (QSize(1024, 600), QSize(1920, 1080))


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="ikrar-shots-"))
    local = init_db(folder, station_name="Meja 2")
    install_translator(app, "id", cache_dir=folder / "cache")
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
            position=position, unit=unit, search_key=search_key(display_name(name, front, back))))
        outbox.insert(RosterEntry(event=event, employee=person))
        people.append(person)
    for i, person in enumerate(people[1:4], 1):
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash,
                 at=datetime(2024, 7, 10, 7, 40 + i, tzinfo=zone("WIB")))
    settings.put("layout", "dual")

    window = MainWindow(local)
    attendee = window.attendee_window
    window.show()
    for size in SIZES:
        name = f"{size.width()}x{size.height()}"
        window.resize(size)
        window.show_page("station")
        window.route_scan(people[0].nip)
        settle(app)
        window.grab().save(str(HERE / f"desk-{name}.png"))

        window.station_page.card.confirm()
        # One (offscreen) screen: the signing took it whole; a window of this size instead.
        attendee.showNormal()
        attendee.resize(size)
        settle(app)
        draw(attendee.signing.pad)
        settle(app)
        attendee.grab().save(str(HERE / f"signing-{name}.png"))
        attendee.signing.cancel()
        attendee.hide()

        window.show_page("certificates")
        settle(app)
        window.grab().save(str(HERE / f"clerk-{name}.png"))
    window.close()
    print("screenshots written to", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
