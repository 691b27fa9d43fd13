"""The attendee's signing screen, driven like an attendee would, checked in the database."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from test_signature_pad import draw_signature, make_stylus, pen_stroke, wave

from ikrar.core.dates import zone
from ikrar.core.names import display_name
from ikrar.core.pledge import default_pledge, parse_pledge
from ikrar.core.strokes import decode, synthetic_signature
from ikrar.store.checkin import check_in
from ikrar.store.db import local
from ikrar.store.events import create_event
from ikrar.store.models import Attendance
from ikrar.store.models import Signature as SignatureRow
from ikrar.ui.desk.pledge_view import pledge_html
from ikrar.ui.desk.signing_screen import Page, SigningScreen
from support import raw_db

LONG_UNIT = ("Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga "
             "Berencana, Pemberdayaan Perempuan dan Perlindungan Anak")


@pytest.fixture
def screen(qtbot, store) -> SigningScreen:
    widget = SigningScreen(thanks_ms=60_000, idle_ms=60_000)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def person(event, make_employee):
    return make_employee(event, name="Siti Rahmawati", front="Dr.", back="S.Sos., M.Si.",
                         unit="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                         nip="198703152010012004")


def sign(screen: SigningScreen, seed: int = 3):
    sig = synthetic_signature(seed)
    draw_signature(screen.pad, make_stylus(), sig)
    return sig


def committed_rows(table: str) -> int:
    """Rows another connection sees: what has really been committed to the file."""
    with raw_db(local().db_path) as other:
        return other.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_attendee_sees_their_name_nip_unit_and_the_events_pledge(qtbot, store, make_employee):
    pledge = default_pledge()
    edited = parse_pledge(pledge.text.replace("Pemilu dan Pemilihan", "Pilkada"))
    event = create_event("Ikrar Pilkada", datetime(2024, 10, 7, 8, tzinfo=zone("WIB")),
                         pledge=edited)
    person = make_employee(event, name="Siti Rahmawati", front="Dr.", back="S.Sos., M.Si.",
                           unit=LONG_UNIT, nip="198703152010012004")
    screen = SigningScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()

    screen.start(event, person, "badge")

    assert screen.page is Page.SIGNING
    assert screen.name_label.text() == "Dr. Siti Rahmawati, S.Sos., M.Si."
    assert screen.nip_label.text() == "NIP 19870315 201001 2 004"
    assert screen.unit_label.text() == LONG_UNIT
    shown = QTextDocument()
    shown.setHtml(screen.pledge_label.text())
    assert " ".join(shown.toPlainText().split()) == " ".join(event.pledge_text.split())
    assert "Pilkada" in shown.toPlainText() and "Pemilu dan Pemilihan" not in shown.toPlainText()
    assert not screen.confirm_button.isEnabled()


def test_text_that_is_not_a_pledge_is_still_shown_word_for_word():
    text = "Saya berjanji <b>setia</b>\n& jujur"
    shown = QTextDocument()
    shown.setHtml(pledge_html(text))
    assert shown.toPlainText() == text


def test_the_full_signing_flow_commits_one_attendance_and_signature(screen, event, person, qtbot):
    screen.start(event, person, "badge", operator="petugas1")
    drawn = sign(screen)
    assert screen.confirm_button.isEnabled()

    with qtbot.waitSignal(screen.signed) as signed:
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)

    assert screen.page is Page.THANKS
    name = display_name(person.name, person.front_title, person.back_title)
    assert screen.thanks_label.text() == f"Thank you, {name}"
    assert committed_rows("attendance") == 1 and committed_rows("signature") == 1
    attendance = Attendance.get_by_id(signed.args[0])
    assert (attendance.employee_id, attendance.method, attendance.operator) == (
        person.id, "badge", "petugas1")
    row = SignatureRow.get(SignatureRow.attendance == attendance)
    assert row.pledge_hash == event.pledge_hash
    stored = decode(row.strokes)
    assert len(stored.strokes) == len(drawn.strokes)
    for kept, original in zip(stored.strokes, drawn.strokes, strict=True):
        assert (kept[0].x, kept[0].y) == pytest.approx((original[0].x, original[0].y), abs=0.06)
    # The event did not consent to biometrics: neither captured nor stored.
    assert not row.has_biometrics and not stored.has_time and not stored.has_pressure

    with qtbot.waitSignal(screen.finished):
        screen.thanks_timer.setInterval(50)  # restarts it: "a few seconds" made short
    assert screen.page is Page.WAITING
    assert screen.pad.is_empty()


def test_pen_timing_and_pressure_are_kept_when_the_event_allows(qtbot, store, make_employee):
    event = create_event("Biometrik", datetime(2024, 10, 7, 8, tzinfo=zone("WIB")),
                         keep_biometrics=True)
    person = make_employee(event)
    screen = SigningScreen(thanks_ms=60_000)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.start(event, person, "search")
    sign(screen)

    with qtbot.waitSignal(screen.signed):
        screen.confirm()

    stored = SignatureRow.get()
    assert stored.has_biometrics
    assert decode(stored.strokes).has_time and decode(stored.strokes).has_pressure


def test_confirm_without_enough_ink_does_nothing_but_say_why(screen, event, person, qtbot):
    screen.start(event, person, "badge")
    with qtbot.assertNotEmitted(screen.signed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)  # disabled
        screen.confirm()
    assert "Nothing has been signed yet" in screen.message_label.text()
    assert screen.message_label.property("error")

    pen_stroke(screen.pad, make_stylus(), [(100, 100, 0.5)])  # a dot
    assert not screen.confirm_button.isEnabled()
    assert "too small for a signature" in screen.message_label.text()
    with qtbot.assertNotEmitted(screen.signed):
        screen.confirm()
    assert "too small for a signature" in screen.message_label.text()
    assert screen.page is Page.SIGNING
    assert committed_rows("attendance") == 0 and committed_rows("signature") == 0


def test_start_over_clears_the_pad(screen, event, person, qtbot):
    screen.start(event, person, "badge")
    sign(screen)
    assert screen.confirm_button.isEnabled()

    qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)

    assert screen.pad.is_empty()
    assert not screen.confirm_button.isEnabled()
    assert "Sign inside the box" in screen.message_label.text()


def test_the_idle_timeout_goes_back_to_waiting_and_writes_nothing(qtbot, event, person):
    screen = SigningScreen(idle_ms=60_000)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.start(event, person, "badge")
    pen_stroke(screen.pad, make_stylus(), wave(60))  # half a signature, then they walk away
    assert screen.confirm_button.isEnabled()
    assert screen.idle_timer.isActive()

    with qtbot.waitSignals([screen.timedOut, screen.finished], timeout=5000):
        screen.idle_timer.setInterval(100)  # restarts it: two minutes made short

    assert screen.page is Page.WAITING
    assert screen.pad.is_empty()
    assert committed_rows("attendance") == 0 and committed_rows("signature") == 0


def test_someone_who_already_signed_is_told_when_and_where(screen, event, person, qtbot):
    check_in(event, person, synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash)

    screen.start(event, person, "badge")

    text = screen.message_label.text()
    assert "already signed" in text and "Meja 1" in text and "2" in text
    assert not screen.pad.isEnabled() and not screen.confirm_button.isEnabled()
    with qtbot.assertNotEmitted(screen.signed):
        screen.confirm()
    assert committed_rows("attendance") == 1


def test_a_refused_check_in_is_shown_in_the_screen(screen, store, make_employee, qtbot):
    event = create_event("Tertutup", datetime(2024, 10, 7, 8, tzinfo=zone("WIB")),
                         allow_walk_ins=False)
    stranger = make_employee()  # not on this event's roster
    screen.start(event, stranger, "badge")
    sign(screen)

    with qtbot.assertNotEmitted(screen.signed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)

    text = screen.message_label.text()
    assert text.startswith("The signature could not be saved")
    assert "not on this event's roster" in text
    assert screen.page is Page.SIGNING
    assert committed_rows("attendance") == 0


def test_a_second_press_on_confirm_writes_nothing_more(screen, event, person, qtbot):
    screen.start(event, person, "badge")
    sign(screen)
    with qtbot.waitSignal(screen.signed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    screen.confirm()
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert committed_rows("attendance") == 1


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1280, 800), (800, 1280)])
def test_everything_fits_on_the_screen(qtbot, event, make_employee, size):
    person = make_employee(event, name="Raden Ajeng Kusumawardhani Setyaningrum Puspitasari",
                           front="Prof. Dr. Ir.", back="S.T., M.T., M.Kom., IPU", unit=LONG_UNIT)
    screen = SigningScreen()
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start(event, person, "badge")
    qtbot.waitUntil(lambda: screen.pad.height() > 0)

    whole = QRect(QPoint(0, 0), screen.size())
    for widget in (screen.name_label, screen.unit_label, screen.pad, screen.message_label,
                   screen.clear_button, screen.confirm_button, screen.pledge_scroll):
        box = QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())
        assert whole.contains(box), f"{widget.objectName() or widget} is cut off at {size}"
    for button in (screen.clear_button, screen.confirm_button):
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is squeezed"
    w_mm, h_mm = screen.pad.area_mm()
    assert w_mm >= 90 and h_mm >= 35, f"pad {w_mm:.0f} × {h_mm:.0f} mm at {size}"
    assert screen.name_label.font().pixelSize() >= 28
    assert screen.pledge_label.font().pixelSize() >= 18
    assert screen.name_label.heightForWidth(screen.name_label.width()) <= screen.name_label.height()


def test_the_screen_speaks_indonesian(indonesian, qtbot, event, person):
    screen = SigningScreen(thanks_ms=60_000)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.start(event, person, "badge")

    assert screen.confirm_button.text() == "Saya berikrar dan menandatangani"
    assert screen.clear_button.text() == "Ulangi"
    assert screen.pad.hint_text == "Tanda tangan di sini"
    assert screen.message_label.text().startswith("Bubuhkan tanda tangan")
    sign(screen)
    assert "Saya berikrar dan menandatangani" in screen.message_label.text()
    with qtbot.waitSignal(screen.signed):
        screen.confirm()
    assert screen.thanks_label.text() == "Terima kasih, Dr. Siti Rahmawati, S.Sos., M.Si."
