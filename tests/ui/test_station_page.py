"""The registration desk through its real widgets: scans, cards, duplicates, search, walk-ins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from station_helpers import (
    FakeClock,
    committed,
    draw_with_mouse,
    scan_burst,
    type_as_person,
    written,
)

from ikrar.core.keys import SigningKey
from ikrar.core.payloads import sign_badge
from ikrar.core.strokes import synthetic_signature
from ikrar.store import keystore, lookup, outbox
from ikrar.store.checkin import check_in
from ikrar.store.models import Attendance, Employee, RosterEntry, Signature
from ikrar.ui.desk.feedback import ATTENTION, OK, PROBLEM, READY
from ikrar.ui.desk.signing_screen import Page
from ikrar.ui.desk.station_page import CARD, DUPLICATE, IDLE, SIGNING

AHMAD_NIP = "199001012015011001"


@pytest.fixture
def desk(make_window, event, make_employee):
    """The main window at the registration desk, with a scanner on a clock the test moves."""
    people = [
        make_employee(event, name="Ahmad Fauzi", front="Dr. H.", back="S.Kom.", nip=AHMAD_NIP,
                      unit="Dinas Pendidikan", rank="Pembina", grade="IV/a",
                      position="Kepala Bidang Pembinaan"),
        make_employee(event, name="Siti Rahmawati", back="S.E.", nip="198505152010122002",
                      unit="BKPSDM"),
    ]
    window = make_window()
    clock = FakeClock()
    window.scanner.clock = clock
    window.set_layout("dual")
    window.show_page("station")
    page = window.station_page
    assert window.focusWidget() is page.search_edit
    yield window, page, clock, people
    window.attendee_window.close()


def test_the_complete_flow_commits_exactly_one_attendance_and_signature(qtbot, desk, event):
    window, page, clock, (ahmad, _) = desk
    page.search_edit.setFocus()
    before = written()

    with qtbot.waitSignal(page.cardShown) as shown:
        scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    assert shown.args[0].employee.id == ahmad.id
    assert page.search_edit.text() == ""  # the burst never reached the field
    assert page.centre.currentIndex() == CARD
    assert page.card.name_label.text() == "Dr. H. Ahmad Fauzi, S.Kom."
    assert page.card.nip_label.text() == "NIP 19900101 201501 1 001"
    assert page.card.rank_label.text() == "Pembina, IV/a"
    assert page.card.position_label.text() == "Kepala Bidang Pembinaan"
    assert page.card.unit_label.text() == "Dinas Pendidikan"
    assert window.focusWidget() is page.card
    assert written() == before  # a card writes nothing

    qtbot.keyClick(page.card, Qt.Key.Key_Return)  # one key confirms
    screen = window.attendee_window.signing
    assert screen.page is Page.SIGNING
    assert screen.name_label.text() == "Dr. H. Ahmad Fauzi, S.Kom."
    assert page.centre.currentIndex() == SIGNING
    qtbot.waitExposed(window.attendee_window)
    draw_with_mouse(qtbot, screen.pad)
    assert screen.confirm_button.isEnabled()
    with qtbot.waitSignal(window.attendee_window.signed) as signed:
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)

    assert committed("attendance") == before[0] + 1
    assert committed("signature") == before[1] + 1
    attendance = Attendance.get_by_id(signed.args[0])
    assert attendance.employee_id == ahmad.id and attendance.method == "badge"
    assert attendance.operator == "admin"  # no PINs: whoever is at the desk is the admin
    assert Signature.get(Signature.attendance == attendance).pledge_hash == event.pledge_hash
    assert page.banner.state == OK
    assert "Dr. H. Ahmad Fauzi, S.Kom." in page.banner.text()
    assert page.centre.currentIndex() == IDLE
    qtbot.waitUntil(lambda: page.progress.total_label.text() == "1 of 2 signed")
    assert "Dr. H. Ahmad Fauzi, S.Kom." in page.progress.recent.item(0).text()
    assert window.focusWidget() is page.search_edit


def test_a_duplicate_scan_writes_nothing_and_shows_the_first_check_in(qtbot, desk, event):
    window, page, clock, (ahmad, _) = desk
    check_in(event, ahmad, synthetic_signature(1), method="search", pledge_hash=event.pledge_hash)
    before = written()

    with qtbot.waitSignal(page.outcomeShown) as shown:
        scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)

    assert shown.args[0].kind == "duplicate"
    assert page.centre.currentIndex() == DUPLICATE
    assert page.duplicate.where_label.text() == "Where: Meja 1"
    assert page.duplicate.how_label.text() == "How: search by name or NIP"
    assert page.duplicate.when_label.text().startswith("When: ")
    assert "WIB" in page.duplicate.when_label.text()
    assert page.banner.state == ATTENTION
    assert "already signed" in page.banner.text()
    assert written() == before
    # Enter puts it away; still nothing written.
    qtbot.keyClick(page.duplicate, Qt.Key.Key_Return)
    assert page.centre.currentIndex() == IDLE
    assert written() == before


@pytest.fixture
def agency(store):
    return keystore.init_agency_key()


OTHER_AGENCY = SigningKey.from_seed(bytes(range(100, 132)))


@pytest.mark.parametrize("payload, code, words", [
    (lambda key: "https://sumedangkab.go.id/", "not_badge", "not an employee badge"),
    (lambda key: "IKC1.AEBAGBAFAYDQQCIKBMGA2DQPCAIREEYUCULBOGAZDINRYHI6D4", "certificate",
     "pledge certificate"),
    (lambda key: sign_badge(AHMAD_NIP, OTHER_AGENCY), "other_agency", "another agency"),
    (lambda key: sign_badge(AHMAD_NIP, key).replace(AHMAD_NIP, "199001012015011002"),
     "forged", "altered or forged"),
    (lambda key: sign_badge(AHMAD_NIP, key)[:60], "truncated", "read only partly"),
    (lambda key: "199912312030011999", "bad_nip", "no valid NIP"),
    (lambda key: "197001011995031001", "unknown_nip", "not in the employee list"),
    (lambda key: "Ωé漢字テスト", "not_badge", "not an employee badge"),
    (lambda key: "X" * 2000, "not_badge", "not an employee badge"),
])
def test_each_bad_payload_gets_its_own_message_and_writes_nothing(
    qtbot, desk, agency, payload, code, words
):
    window, page, clock, _ = desk
    before = written()
    text = payload(agency)
    with qtbot.waitSignal(page.outcomeShown) as shown:
        window.route_scan(text)
    outcome = shown.args[0]
    assert (outcome.kind, outcome.code) == ("problem", code)
    assert words in page.banner.text()
    assert page.banner.state == PROBLEM
    assert len(page.banner.text()) < 400  # a 2,000-character code is not repeated whole
    if page.walk_in_dialog is not None:  # an unknown NIP offers a walk-in; nothing is saved
        page.walk_in_dialog.reject()
    assert written() == before


def test_a_genuine_signed_badge_shows_the_card(qtbot, desk, agency):
    window, page, clock, (ahmad, _) = desk
    with qtbot.waitSignal(page.cardShown) as shown:
        scan_burst(qtbot, page.search_edit, sign_badge(AHMAD_NIP, agency), clock)
    assert shown.args[0].employee.id == ahmad.id


def test_a_plain_nip_is_refused_when_the_event_wants_signed_badges(qtbot, desk, event):
    window, page, clock, _ = desk
    event.require_signed_badges = True
    outbox.update(event)
    window.refresh()
    with qtbot.waitSignal(page.outcomeShown) as shown:
        scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    assert shown.args[0].code == "unsigned"


def test_two_codes_back_to_back_show_the_second_person(qtbot, desk):
    window, page, clock, (ahmad, siti) = desk
    scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    with qtbot.waitSignal(page.cardShown) as shown:
        scan_burst(qtbot, page.card, siti.nip, clock)
    assert shown.args[0].employee.id == siti.id
    assert page.card.name_label.text() == "Siti Rahmawati, S.E."


def test_manual_search_finds_a_name_typed_without_titles(qtbot, desk, event, make_employee):
    window, page, clock, (ahmad, _) = desk
    for i in range(30):
        make_employee(event, name=f"Ahmad Budiman {i:02d}",
                      nip=f"19800101200501{1 + i % 2}{i + 1:03d}")
    page.search_edit.setFocus()
    type_as_person(qtbot, page.search_edit, "ahmad fauzi", clock)
    hits = page.hits()
    assert [h.name for h in hits] == ["Dr. H. Ahmad Fauzi, S.Kom."]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.centre.currentIndex() == CARD
    assert page.card.employee.id == ahmad.id
    assert page.card.method == "search"


def test_search_forgives_case_spaces_titles_and_a_small_typo(qtbot, desk):
    window, page, clock, (ahmad, _) = desk
    for text in ("AHMAD   FAUZI", "Dr. ahmad", "fauzi", "ahmad fauzy", "1990 0101"):
        page.search_edit.clear()
        type_as_person(qtbot, page.search_edit, text, clock)
        assert ahmad.id in [h.id for h in page.hits()], text


def test_a_long_unit_is_cut_in_the_results_and_shown_whole_on_hover(
        qtbot, desk, event, make_employee):
    window, page, clock, _ = desk
    unit = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Sumedang"
    make_employee(event, name="Siti Nurhaliza", unit=unit)
    type_as_person(qtbot, page.search_edit, "nurhaliza", clock)
    item = page.results.item(0)
    assert unit in item.toolTip()
    needed = page.results.fontMetrics().horizontalAdvance(item.text().splitlines()[1])
    assert needed > page.results.viewport().width()  # too long for the list: cut with "…"
    assert page.results.textElideMode() == Qt.TextElideMode.ElideRight
    assert not page.results.horizontalScrollBar().isVisible()


def test_search_results_are_chosen_with_the_arrow_keys(qtbot, desk):
    window, page, clock, (ahmad, siti) = desk
    type_as_person(qtbot, page.search_edit, "19", clock)  # both NIPs start with 19
    assert len(page.hits()) == 2
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    chosen = page.hits()[page.results.currentRow()]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.card.employee.id == chosen.id


def test_a_walk_in_is_registered_flagged_and_signs(qtbot, desk, event):
    window, page, clock, _ = desk
    nip = "199203172021212001"  # PPPK, not in the employee list
    with qtbot.waitSignal(page.outcomeShown):
        window.route_scan(nip)
    dialog = page.walk_in_dialog
    assert dialog is not None and dialog.nip_edit.text() == nip
    assert "PPPK" in dialog.nip_note.text()
    assert not dialog.save_button.isEnabled()  # no name yet
    # Typed by a person: the desk's scanner catches only bursts, in dialogs too.
    type_as_person(qtbot, dialog.name_edit, "Euis Suryani", clock)
    type_as_person(qtbot, dialog.back_edit, "A.Md.Kep.", clock)
    type_as_person(qtbot, dialog.unit_edit, "RSUD Sumedang", clock)
    assert not dialog.save_button.isEnabled()  # a unit not on the roster: confirmed first
    dialog.new_unit_check.click()
    with qtbot.waitSignal(page.cardShown):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    walk_in = Employee.get(Employee.nip == nip)
    assert walk_in.is_walk_in and walk_in.status == "PPPK"
    assert "Walk-in" in page.card.flag_label.text()
    assert page.card.method == "walk_in"

    page.card.confirm()
    screen = window.attendee_window.signing
    draw_with_mouse(qtbot, screen.pad)
    with qtbot.waitSignal(window.attendee_window.signed) as signed:
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert Attendance.get_by_id(signed.args[0]).method == "walk_in"
    assert RosterEntry.select().where(RosterEntry.employee == walk_in).count() == 1
    type_as_person(qtbot, page.search_edit, "euis", clock)
    assert page.hits()[0].walk_in
    assert "walk-in" in page.results.item(0).text()


def test_walk_in_nip_is_checked_as_typed(qtbot, desk):
    window, page, clock, _ = desk
    dialog = page.open_walk_in()
    for text, words in (("1990", "exactly 18 digits"), ("199013012015011001", "birth date"),
                        ("199001012015013001", "gender")):
        dialog.nip_edit.setText(text)
        assert words in dialog.nip_note.text(), text
    dialog.nip_edit.setText(AHMAD_NIP)  # well formed, but already in the list
    dialog.name_edit.setText("Somebody")
    before = written()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "already in the employee list" in dialog.message_label.text()
    assert written() == before
    dialog.reject()


def test_without_walk_ins_an_unknown_nip_is_refused(qtbot, desk, event):
    window, page, clock, _ = desk
    event.allow_walk_ins = False
    outbox.update(event)
    window.refresh()
    assert not page.walk_in_button.isEnabled()
    with qtbot.waitSignal(page.outcomeShown) as shown:
        window.route_scan("197001011995031001")
    assert "does not allow walk-ins" in shown.args[0].message
    assert page.walk_in_dialog is None


def test_someone_not_on_the_roster_is_offered_as_a_walk_in(qtbot, desk, event, make_employee):
    window, page, clock, _ = desk
    stranger = make_employee(None, name="Rudi Hartono", nip="198001012005011001")
    with qtbot.waitSignal(page.cardShown):
        window.route_scan(stranger.nip)
    assert "Not on this event's roster" in page.card.flag_label.text()
    assert page.card.method == "walk_in"
    assert page.banner.state == ATTENTION


def test_a_roster_of_zero_people_says_so_and_nothing_breaks(qtbot, make_window, event):
    window = make_window()
    window.show_page("station")
    page = window.station_page
    assert "roster is empty" in page.note_label.text()
    assert page.progress.total_label.text() == "0 of 0 signed"
    before = written()
    with qtbot.waitSignal(page.outcomeShown) as shown:
        window.route_scan(AHMAD_NIP)
    assert shown.args[0].code == "unknown_nip"
    page.walk_in_dialog.reject()
    type_as_person(qtbot, page.search_edit, "budi", FakeClock())
    assert page.hits() == []
    assert "Nobody found" in page.results_label.text()
    assert written() == before


def test_a_closed_event_takes_no_check_ins(qtbot, desk, event):
    window, page, clock, _ = desk
    lookup.set_closed(event, True)
    window.refresh()
    assert page.banner.state == PROBLEM
    assert "closed" in page.banner.text()
    before = written()
    with qtbot.waitSignal(page.outcomeShown) as shown:
        scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    assert shown.args[0].code == "closed"
    assert written() == before
    lookup.set_closed(event, False)
    window.refresh()
    assert page.banner.state == READY


def test_without_an_event_the_desk_explains(qtbot, make_window):
    window = make_window()
    window.show_page("station")
    page = window.station_page
    assert page.banner.state == PROBLEM
    assert not page.search_edit.isEnabled()
    with qtbot.waitSignal(page.outcomeShown) as shown:
        window.route_scan(AHMAD_NIP)
    assert shown.args[0].code == "no_event"


def test_the_camera_takes_the_same_path(qtbot, desk):
    from test_camera import qr_frame

    from ikrar.ui.desk.camera import CameraPanel, ImageFrameSource

    window, page, clock, (ahmad, _) = desk
    source = ImageFrameSource()
    panel = CameraPanel(source=source)
    page.use_camera_panel(panel)
    panel.start()
    with qtbot.waitSignal(page.cardShown, timeout=5000) as shown:
        source.push(qr_frame(AHMAD_NIP))
    assert shown.args[0].employee.id == ahmad.id
    assert page.card.method == "camera"
    panel.shutdown()


def test_stopping_a_signing_writes_nothing_and_says_so(qtbot, desk):
    window, page, clock, (ahmad, _) = desk
    scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    page.card.confirm()
    before = written()
    draw_with_mouse(qtbot, window.attendee_window.signing.pad)
    qtbot.mouseClick(page.cancel_signing_button, Qt.MouseButton.LeftButton)
    assert window.attendee_window.signing.page is Page.WAITING
    assert page.banner.state == ATTENTION
    assert "nothing was saved" in page.banner.text()
    assert written() == before


def test_the_next_card_waits_while_someone_signs(qtbot, desk):
    window, page, clock, (ahmad, siti) = desk
    scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    page.card.confirm()
    scan_burst(qtbot, page.search_edit, siti.nip, clock)
    assert page.card.employee.id == siti.id
    assert not page.card.confirm_button.isEnabled()
    qtbot.keyClick(page.card, Qt.Key.Key_Space)  # ignored: the attendee screen is busy
    # (A space could start a code, so the scanner holds it a moment before handing it on.)
    qtbot.waitUntil(lambda: window.scanner.holding == "")
    assert window.attendee_window.signing.employee.id == ahmad.id
    screen = window.attendee_window.signing
    draw_with_mouse(qtbot, screen.pad)
    with qtbot.waitSignal(window.attendee_window.signed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert page.card.confirm_button.isEnabled()
    clock.now += 500
    qtbot.keyClick(page.card, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.employee is not None and screen.employee.id == siti.id)


def test_sounds_follow_the_setting(qtbot, desk, event):
    from ikrar.store import settings

    window, page, clock, (ahmad, _) = desk
    settings.put("sound", True)
    window.route_scan("not a badge")
    assert page.sounds.last == "error"
    check_in(event, ahmad, synthetic_signature(1), method="badge", pledge_hash=event.pledge_hash)
    window.route_scan(AHMAD_NIP)
    assert page.sounds.last == "duplicate"
    settings.put("sound", False)
    page.sounds.last = None
    window.route_scan("not a badge")
    assert page.sounds.last is None


def sign_on_screen(qtbot, window) -> None:
    screen = window.attendee_window.signing
    qtbot.waitExposed(window.attendee_window)
    draw_with_mouse(qtbot, screen.pad)
    with qtbot.waitSignal(window.attendee_window.signed):
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.page is Page.THANKS


def test_after_thank_you_the_desk_is_ready_for_the_next_person(qtbot, desk):
    from ikrar.store import settings

    window, page, clock, (ahmad, siti) = desk
    scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    page.card.confirm()
    sign_on_screen(qtbot, window)
    attendee = window.attendee_window
    assert attendee.signing.thanks_timer.interval() == settings.get("thanks_ms") <= 1500
    assert page.banner.state == OK
    with qtbot.waitSignal(attendee.finished, timeout=5000):
        pass
    assert attendee.stack.currentWidget() is attendee.welcome
    assert not attendee.isVisible()  # one screen here: the desk is uncovered again
    assert window.focusWidget() is page.search_edit
    clock.now += 1000
    with qtbot.waitSignal(page.cardShown):
        scan_burst(qtbot, page.search_edit, siti.nip, clock)
    assert page.card.confirm_button.isEnabled()


def test_the_thank_you_time_follows_the_setting(qtbot, desk):
    from ikrar.store import settings

    window, page, clock, (ahmad, _) = desk
    settings.put("thanks_ms", 700)
    scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    page.card.confirm()
    assert window.attendee_window.signing.thanks_timer.interval() == 700


def test_a_scan_during_thank_you_goes_straight_to_the_next_card(qtbot, desk):
    window, page, clock, (ahmad, siti) = desk
    scan_burst(qtbot, page.search_edit, AHMAD_NIP, clock)
    page.card.confirm()
    sign_on_screen(qtbot, window)
    clock.now += 1000
    with qtbot.waitSignal(page.cardShown) as shown:  # one scan, while "Terima kasih" shows
        scan_burst(qtbot, page.search_edit, siti.nip, clock)
    assert shown.args[0].employee.id == siti.id
    assert page.centre.currentIndex() == CARD
    assert page.card.confirm_button.isEnabled()  # not "the attendee screen is still in use"
    qtbot.keyClick(page.card, Qt.Key.Key_Return)
    screen = window.attendee_window.signing
    assert screen.page is Page.SIGNING and screen.employee.id == siti.id
    assert not screen.thanks_timer.isActive()  # the old thank-you cannot end the new signing
