"""Every page at the four screen sizes of the field shows every button's and label's whole text.

1024×600 (a netbook or a cheap tablet), 1280×800 (a tablet), 1366×768 (a laptop) and 1920×1080
(a monitor), in Indonesian, with long names, titles and units. The window is resized to the
size (offscreen platform); `fit_check.problems` lists what is cut, outside its window or
overlapping.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fit_check import problems
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from station_helpers import draw_with_mouse

from ikrar.core.pledge import Pledge
from ikrar.core.strokes import synthetic_signature
from ikrar.store import roles, settings
from ikrar.store.checkin import check_in
from ikrar.ui.desk.pledge_view import SMALLEST_PX as PLEDGE_SMALLEST_PX
from ikrar.ui.desk.signing_screen import Page
from ikrar.ui.widgets import i18n

SIZES = [QSize(1024, 600), QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)]
IDS = [f"{s.width()}x{s.height()}" for s in SIZES]
PEOPLE = [
    dict(nip="199001012015011001", name="Ahmad Fauzi Rahmatullah Hidayatullah", front="Dr. H.",
         back="S.Kom., M.Si., M.Kom.", rank="Pembina Utama Muda", grade="IV/c",
         position="Kepala Bidang Pembinaan dan Pengembangan Karier Aparatur Sipil Negara",
         unit="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sumedang"),
    dict(nip="198505152010122002", name="Siti Rahmawati", back="S.E.", rank="Penata",
         grade="III/c", position="Analis Keuangan", unit="Dinas Pendidikan"),
]


@pytest.fixture(scope="module")
def qm_cache(tmp_path_factory) -> object:
    return tmp_path_factory.mktemp("i18n")


@pytest.fixture
def indonesian(qapp, qm_cache) -> Iterator[None]:
    """The application in Indonesian, whose words are longer than the English source."""
    installed = i18n.install_translator(qapp, "id", cache_dir=qm_cache)
    yield
    i18n.remove_translators(qapp, installed)


@pytest.fixture
def desk(indonesian, make_window, event, make_employee):
    """The main window on an event with long names; the second person already signed."""
    event.title = ("Deklarasi dan Penandatanganan Pakta Integritas Netralitas Aparatur Sipil "
                   "Negara Pemerintah Kabupaten Sumedang Tahun 2024")
    event.save()
    people = [make_employee(event, **p) for p in PEOPLE]
    check_in(event, people[1], synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash)
    settings.put("layout", "dual")  # the attendee window is a window of its own, sized here
    window = make_window()
    window.refresh()
    yield window, people
    window.attendee_window.cancel_signing()
    window.attendee_window.hide()


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def at_size(window: QWidget, size: QSize) -> list[str]:
    window.resize(size)
    settle()
    found = problems(window)
    least = window.minimumSizeHint()
    if least.width() > size.width() or least.height() > size.height():
        found.insert(0, f"{type(window).__name__} needs at least {least.width()}×"
                        f"{least.height()}, more than {size.width()}×{size.height()}")
    if window.size() != size:
        found.insert(0, f"{type(window).__name__} is {window.width()}×{window.height()}, "
                        f"not {size.width()}×{size.height()} (minimum "
                        f"{window.minimumSizeHint().width()}×"
                        f"{window.minimumSizeHint().height()})")
    return found


def report(where: dict[str, list[str]]) -> str:
    return "\n".join(f"[{state}] {p}" for state, found in where.items() for p in found)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_main_window_pages_fit(desk, size):
    window, _ = desk
    found = {}
    for page in window.page_widgets():
        window.show_page(page)
        found[page] = at_size(window, size)
    roles.set_pin("operator", "2468")
    window.lock()
    found["sign-in"] = at_size(window, size)
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_desk_states_fit(qtbot, desk, size):
    window, people = desk
    attendee = window.attendee_window
    page = window.station_page
    window.show_page("station")
    found = {"waiting": at_size(window, size)}
    attendee.show_waiting()
    attendee.show()
    found["attendee waiting"] = at_size(attendee, size)

    window.route_scan(people[0].nip)
    found["card"] = at_size(window, size)
    page.card.confirm()
    qtbot.waitUntil(lambda: attendee.signing.page is Page.SIGNING)
    found["signing (desk)"] = at_size(window, size)
    found["signing (attendee)"] = at_size(attendee, size)
    window.route_scan(people[1].nip)
    found["duplicate"] = at_size(window, size)

    draw_with_mouse(qtbot, attendee.signing.pad)
    with qtbot.waitSignal(attendee.signed):
        attendee.signing.confirm()
    found["thank-you (attendee)"] = at_size(attendee, size)
    found["thank-you (desk)"] = at_size(window, size)
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_self_service_screens_fit(desk, size):
    window, people = desk
    attendee = window.attendee_window
    window.set_layout("single")
    attendee.show()
    found = {}
    attendee.handle_scan(people[0].nip)
    found["kiosk card"] = at_size(attendee, size)
    attendee.handle_scan(people[1].nip)
    found["kiosk duplicate"] = at_size(attendee, size)
    attendee.handle_scan("199912312099121999")
    found["kiosk problem"] = at_size(attendee, size)
    attendee.show_waiting()
    found["kiosk waiting"] = at_size(attendee, size)
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_whole_pledge_shows_without_scrolling(qtbot, desk, size):
    window, people = desk
    attendee = window.attendee_window
    attendee.show()
    attendee.start_signing(window.current_event, people[0], "badge")
    # With one screen the signing takes the whole (test) screen: a window of this size instead.
    attendee.showNormal()
    attendee.resize(size)
    signing = attendee.signing
    settle()
    qtbot.waitUntil(lambda: signing.pledge_px > 0)
    settle()
    assert attendee.size() == size
    bar = signing.pledge_scroll.verticalScrollBar()
    assert bar.maximum() == 0, f"the pledge scrolls ({bar.maximum()} px) at {signing.pledge_px} px"
    assert not bar.isVisible()
    assert signing.pledge_px >= 15
    # Every point and the closing sentence lie inside the visible part of the pledge.
    label = signing.pledge_label
    assert label.height() <= signing.pledge_scroll.viewport().height()
    assert label.heightForWidth(label.width()) <= label.height()
    assert signing.read_to_end
    assert not problems(attendee)


def test_a_pledge_too_long_for_the_screen_is_read_to_its_end_before_confirming(qtbot, desk):
    window, people = desk
    event = window.current_event
    long_points = tuple(f"Butir ikrar nomor {i} yang panjang: " + "menjaga netralitas, " * 12
                        + "dan menolak politik uang." for i in range(1, 13))
    pledge = Pledge("IKRAR PANJANG", "Kami berikrar:", long_points,
                    "Demikian ikrar ini kami buat dengan penuh tanggung jawab.")
    event.pledge_text, event.pledge_hash = pledge.text, pledge.sha256
    event.save()
    attendee = window.attendee_window
    attendee.show()
    attendee.start_signing(event, people[0], "badge")
    attendee.showNormal()
    attendee.resize(QSize(1024, 600))
    signing = attendee.signing
    qtbot.waitUntil(lambda: signing.pledge_px > 0)
    settle()
    bar = signing.pledge_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and signing.pledge_px == PLEDGE_SMALLEST_PX
    assert not signing.read_to_end

    draw_with_mouse(qtbot, signing.pad)
    assert signing.pad.has_enough_ink()
    assert not signing.confirm_button.isEnabled()  # signed, but not read to the end
    assert "gulir" in signing.message_label.text() or "scroll" in signing.message_label.text()
    signing.confirm()  # a press that somehow gets through records nothing
    assert signing.page is Page.SIGNING

    bar.setValue(bar.maximum() // 2)
    assert not signing.confirm_button.isEnabled()
    bar.setValue(bar.maximum())  # a finger drags the text to its end
    assert signing.read_to_end and signing.confirm_button.isEnabled()
    with qtbot.waitSignal(attendee.signed):
        qtbot.mouseClick(signing.confirm_button, Qt.MouseButton.LeftButton)
