"""What a 1024×600 screen shows whole: the status bar's sync state and the clerk's names.

The window is resized to the size (offscreen platform) in Indonesian, with the demo's mark, a
long station name and many entries waiting; each test reads what is drawn (the label's text
against its rectangle, a column's width against the name's advance).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fit_check import text_problem
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QStyle

from ikrar.core.strokes import synthetic_signature
from ikrar.store import roles, settings
from ikrar.store.checkin import check_in
from ikrar.store.keystore import certify_local_station, init_agency_key
from ikrar.ui.clerk.certificate_list import ListFirstSplitter
from ikrar.ui.clerk.clerk_page import ClerkPage
from ikrar.ui.widgets import i18n
from support import agency_images

SMALL, LARGE = QSize(1024, 600), QSize(1920, 1080)
STATION = "Meja Registrasi Lantai 2 Utara"


@pytest.fixture
def indonesian(qapp, tmp_path) -> Iterator[None]:
    installed = i18n.install_translator(qapp, "id", cache_dir=tmp_path / "i18n")
    assert installed
    yield
    i18n.remove_translators(qapp, installed)


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.fixture
def demo_window(indonesian, make_window, add_employees, event):
    """The demo's main window at an event desk: a long station name, 925 entries waiting."""
    settings.put("station_name", STATION)
    add_employees(925)
    window = make_window(demo=True)
    yield window
    window.attendee_window.hide()


def status_labels(window) -> list[QLabel]:
    bar = window.status
    return [w for w in (getattr(bar, "demo_label", None), bar.role_label, bar.station_label,
                        bar.data_label, bar.sync_label) if w is not None and w.isVisible()]


def cut_in_bar(window) -> list[str]:
    """Each visible label of the status bar that is cut: outside the bar or its text too wide."""
    bar = window.status
    inside = QRect(QPoint(0, 0), bar.size())
    found = []
    for label in status_labels(window):
        if not inside.contains(label.geometry()):
            found.append(f"{label.text()!r} at {label.geometry().getRect()} outside "
                         f"{inside.getRect()}")
        elif why := text_problem(label):
            found.append(f"{label.text()!r}: {why}")
    return found


def message_room(window) -> int:
    """Width QStatusBar gives a temporary message: left of its first visible permanent widget
    (6 px in from the left, 2 px before the widget)."""
    first = min(label.x() for label in status_labels(window))
    return first - 2 - 6


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["1024x600", "1920x1080"])
def test_the_status_bar_shows_the_sync_state_whole(demo_window, size):
    window = demo_window
    window.resize(size)
    settle()
    assert window.size() == size
    bar = window.status
    sync = bar.sync_status
    assert sync.waiting >= 925
    # The whole sync state and the demo mark, as they are: never shortened.
    assert bar.sync_label.text() == sync.text()
    assert f"{sync.waiting} menunggu" in bar.sync_label.text()
    assert bar.demo_label.text() == "Data demo (orang fiktif)"
    assert cut_in_bar(window) == []
    # Who is signed in and which station this is stay in view.
    assert "Administrator" in bar.role_label.text() and bar.role_label.isVisible()
    assert STATION in bar.station_label.text() and bar.station_label.isVisible()
    if size == LARGE:  # room for everything: every label with its words
        assert bar.role_label.text() == "Peran: Administrator"
        assert bar.station_label.text() == f"Perangkat: {STATION}"
        assert bar.data_label.isVisible()


def test_maximized_the_sync_state_keeps_off_the_screens_edge(demo_window):
    """Maximized, a window has no size grip: the last words must not touch the edge."""
    window = demo_window
    window.status.setSizeGripEnabled(False)
    window.resize(SMALL)
    settle()
    bar = window.status
    assert bar.sync_label.geometry().right() <= bar.width() - 1 - 6
    assert bar.sync_label.text() == bar.sync_status.text()
    assert cut_in_bar(window) == []


def test_shortened_parts_keep_their_whole_text_in_the_tooltip(demo_window, store):
    window = demo_window
    window.resize(SMALL)
    settle()
    bar = window.status
    full = {bar.station_label: f"Perangkat: {STATION}", bar.role_label: "Peran: Administrator",
            bar.data_label: f"Folder data: {store.data_dir}"}
    shortened = [label for label, text in full.items() if label.text() != text]
    assert shortened, "at 1024 px something is shortened"
    for label in shortened:
        assert label.toolTip() == full[label]
    # Wider, the station and the role show whole: no tooltip repeats them (the folder's path
    # is still shortened to its 220 px).
    window.resize(LARGE)
    settle()
    assert [bar.station_label.toolTip(), bar.role_label.toolTip()] == ["", ""]
    assert "…" in bar.data_label.text()
    assert bar.data_label.toolTip() == full[bar.data_label]


def test_the_clock_warning_fits_at_1024(demo_window):
    window = demo_window
    window.resize(SMALL)
    sync = window.status.sync_status
    sync.clock_offset_ms = -7 * 60_000
    sync.changed.emit()
    settle()
    assert window.status.sync_label.text() == sync.text()
    assert "Jam" in sync.text()
    assert cut_in_bar(window) == []


@pytest.mark.parametrize("maximized", [False, True], ids=["window", "maximized"])
def test_a_message_gets_room_at_1024_and_the_parts_come_back(demo_window, maximized):
    window = demo_window
    window.status.setSizeGripEnabled(not maximized)  # maximized, a window has no size grip
    window.resize(SMALL)
    settle()
    window.role = roles.CLERK  # signed in as the clerk, whom the desk is not open to
    window._apply_role()
    window.route_scan("199001012015011001")
    message = "Sebuah kartu dipindai, tetapi meja registrasi tidak terbuka untuk peran Anda."
    assert window.statusBar().currentMessage() == message
    settle()
    assert message_room(window) >= window.status.fontMetrics().horizontalAdvance(message)
    assert window.status.sync_label.text() == window.status.sync_status.text()
    assert cut_in_bar(window) == []
    window.statusBar().clearMessage()
    settle()
    window.resize(LARGE)
    settle()
    assert window.status.data_label.isVisible() and window.status.role_label.isVisible()
    assert window.status.station_label.text() == f"Perangkat: {STATION}"
    assert window.status.role_label.text() == "Peran: Staf sekretariat"


NAMES = ["Hj. Iis Maryani, S.STP., M.Si.", "Ahmad Fauzi Rahmatullah, S.Kom., M.Kom.",
         "Dr. H. Dadang Supriatna, M.Si.", "Wina Fauziah, S.Sos."]
UNITS = ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
         "Badan Pengelolaan Keuangan dan Aset Daerah",
         "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pendidikan"]


def names_cut(page) -> dict[str, tuple[int, int]]:
    """Each listed name wider than its column (with the cell's margins): (needs, has)."""
    table, model = page.table, page.model
    width = table.horizontalHeader().sectionSize(model.NAME)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            table) + 1)
    metrics = table.fontMetrics()
    names = [model.index(r, model.NAME).data() for r in range(model.rowCount())]
    return {n: (metrics.horizontalAdvance(n) + margin, width) for n in names
            if metrics.horizontalAdvance(n) + margin > width}


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["1024x600", "1920x1080"])
def test_names_show_whole_in_the_clerks_table_with_the_preview(qtbot, indonesian, make_window,
                                                               event, make_employee, size):
    certify_local_station(init_agency_key(None))
    agency_images()
    for i, (name, unit) in enumerate(zip(NAMES, UNITS, strict=True)):
        person = make_employee(event, name=name, back="", unit=unit)
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash)
    window = make_window()
    window.resize(size)
    window.show_page("certificates")
    page = window.clerk_page
    settle()
    assert page.model.rowCount() == len(NAMES)
    assert names_cut(page) == {}
    # Prepared: the numbers fill their column and the preview shows the pages.
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.document.pageCount() == len(NAMES))
    settle()
    assert all(page.model.index(r, page.model.NUMBER).data() != "—"
               for r in range(page.model.rowCount()))
    assert names_cut(page) == {}
    assert page.preview.isVisible() and page.preview.width() >= 240
    # A name too long for any column ends in "…" and is whole in its tooltip.
    index = page.model.index(0, page.model.NAME)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    assert page.table.textElideMode() == Qt.TextElideMode.ElideRight


def test_the_clerks_own_sharing_of_list_and_preview_stands(qtbot, event, make_employee):
    for i, name in enumerate(NAMES):
        check_in(event, make_employee(event, name=name, back=""), synthetic_signature(i),
                 method="badge", pledge_hash=event.pledge_hash)
    page = ClerkPage(event)
    qtbot.addWidget(page)
    page.resize(992, 420)
    page.show()
    qtbot.waitExposed(page)
    splitter = page.findChild(ListFirstSplitter)
    left, right = splitter.sizes()
    assert left >= page.table.wanted_width() and right >= 240  # the list's room first
    splitter.moveSplitter(500, 1)  # the clerk drags the handle: a larger preview
    assert splitter.sizes()[0] == 500
    page.refresh()
    page.resize(1000, 420)
    settle()
    assert abs(splitter.sizes()[0] - 500) <= 8
    assert names_cut(page)  # their choice, though names no longer fit whole
    page.shutdown()
