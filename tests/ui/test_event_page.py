"""The administrator's event page: what it shows, what saving writes, what it refuses."""

from __future__ import annotations

import stat
from argparse import Namespace
from datetime import datetime

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt, QThreadPool
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog

from ikrar.cli.event import install_images
from ikrar.core.dates import zone
from ikrar.core.pledge import customise, default_pledge, pledge_hash
from ikrar.core.strokes import synthetic_signature
from ikrar.documents.batch import issuer_for
from ikrar.documents.seal import assets_dir
from ikrar.store import pledges
from ikrar.store.checkin import check_in
from ikrar.store.keystore import init_agency_key
from ikrar.store.models import AuditEvent, Change, Event, PledgeVersion, Signature
from ikrar.ui.admin.event_page import EventPage
from ikrar.ui.widgets.jobs import DONE, PROBLEM

PILKADA = customise(default_pledge(), {"Pemilu dan Pemilihan": "Pilkada"}).text


@pytest.fixture
def page(qtbot, event):
    page = EventPage(event)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def choose_file(monkeypatch):
    """The open-file dialog answers with `choose_file.path`."""

    class Answer:
        path = None

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(Answer.path), ""))
    return Answer


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def save(qtbot, page) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def edits() -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.kind == "event_edit"))


def test_shows_the_event_as_stored(page, event):
    assert page.title_edit.text() == "Deklarasi Netralitas ASN"
    assert page.starts_edit.text() == "10/07/2024 08.00"
    assert page.timezone_combo.currentText() == "WIB"
    assert page.city_edit.text() == "Sumedang"
    assert page.venue_edit.text() == "Aula Tampomas"
    assert page.official_title_edit.text() == "Pj. Sekretaris Daerah"
    assert page.official_name_edit.text() == "Herman Suryatman"
    assert page.official.documents_combo.currentData() == "certificate"
    assert page.pattern_edit.text() == "{seq:04d}/{station}/NETRAL/{year}"
    assert page.walk_ins_check.isChecked() and not page.signed_badges_check.isChecked()
    assert page.retention_spin.value() == 90
    assert page.pledge_edit.toPlainText() == event.pledge_text
    assert page.pledge_info.text() == "Version 1: 0 signed this text."
    assert page.logo_field.thumb.text() == "no logo"
    assert page.seal_field.thumb.text() == "default seal"


def test_saving_writes_the_event_its_outbox_entry_and_audit(qtbot, page, event):
    before = Change.select().where(Change.table == "event").count()
    retype(qtbot, page.venue_edit, "Gedung Negara")
    page.timezone_combo.setCurrentText("WITA")
    page.starts_edit.setDateTime(QDateTime(datetime(2024, 11, 20, 7, 30)))
    page.letterhead_edit.setPlainText("PEMERINTAH KABUPATEN SUMEDANG\n\n  SEKRETARIAT DAERAH ")
    page.add_witness_button.click()
    page.witness_table.item(0, 0).setText("Bawaslu")
    page.witness_table.item(0, 1).setText("Dr. Ahmad Fauzi")
    # The official's block as the agency writes it: two position lines, rank, NIP, date.
    retype(qtbot, page.official_title_edit, "a.n. Bupati Sumedang | Sekretaris Daerah")
    retype(qtbot, page.official.rank_edit, "Pembina Utama Muda")
    retype(qtbot, page.official.nip_edit, "19700315 199003 1 005")
    retype(qtbot, page.official.date_edit, "11/07/2024")
    page.official.documents_combo.setCurrentIndex(page.official.documents_combo.findData("both"))
    retype(qtbot, page.pattern_edit, "{seq:05d}/{station}/IKRAR/{roman_month}/{year}")
    page.signed_badges_check.setChecked(True)
    page.retention_spin.setValue(30)

    save(qtbot, page)

    assert page.notice.kind == DONE and page.notice.text() == "The event was saved."
    stored = Event.get_by_id(event.id)
    assert stored.venue == "Gedung Negara"
    assert stored.timezone == "WITA"
    assert stored.starts_at == datetime(2024, 11, 20, 7, 30, tzinfo=zone("WITA"))
    assert stored.letterhead == ["PEMERINTAH KABUPATEN SUMEDANG", "SEKRETARIAT DAERAH"]
    assert stored.witnesses == [{"role": "Bawaslu", "name": "Dr. Ahmad Fauzi", "title": ""}]
    assert stored.official_title == "a.n. Bupati Sumedang\nSekretaris Daerah"
    assert (stored.official_rank, stored.official_nip) == ("Pembina Utama Muda",
                                                         "197003151990031005")
    assert (stored.official_date, stored.documents) == ("2024-07-11", "both")
    assert stored.official_name == "Herman Suryatman"  # printed as written
    assert stored.numbering_pattern == "{seq:05d}/{station}/IKRAR/{roman_month}/{year}"
    assert stored.require_signed_badges and stored.retention_days == 30
    assert Change.select().where(Change.table == "event").count() == before + 1
    (edit,) = edits()
    assert edit.subject == str(event.id)
    assert edit.details == {"fields": [
        "starts_at", "timezone", "venue", "letterhead", "official_title", "official_rank",
        "official_nip", "official_date", "documents", "witnesses",
        "numbering_pattern", "require_signed_badges", "retention_days"]}


def test_saving_nothing_new_writes_nothing(qtbot, page):
    before = Change.select().count()
    save(qtbot, page)
    assert page.notice.text() == "Nothing changed."
    assert Change.select().count() == before and not edits()


@pytest.mark.parametrize(("setup", "message"), [
    (lambda p: p.title_edit.clear(), "The event needs a title."),
    (lambda p: p.pattern_edit.setText("{seq:04d}/NETRAL/{year}"), "numbering pattern"),
    (lambda p: p.pattern_edit.setText("{seq}/{station}/{nip}"), "numbering pattern"),
    (lambda p: (p.add_witness("KPU", "", "Ketua")), "Witness 1 has no name"),
    (lambda p: p.official.nip_edit.setText("1970"), "NIP has 18 digits"),
    (lambda p: p.official.date_edit.setText("31/02/2024"), "is not a date"),
    (lambda p: p.pledge_edit.setPlainText("1. A point without a heading"),
     "The pledge text cannot be used"),
])
def test_what_cannot_be_saved_is_refused_with_the_reason(qtbot, page, event, setup, message):
    before = (Change.select().count(), AuditEvent.select().count())
    setup(page)
    save(qtbot, page)
    assert page.notice.kind == PROBLEM
    assert message in page.notice.text()
    assert (Change.select().count(), AuditEvent.select().count()) == before


def test_editing_the_pledge_after_signatures_makes_a_version(qtbot, page, event,
                                                             make_employee):
    early, late = make_employee(event, name="Ani Lestari"), make_employee(event)
    first = check_in(event, early, synthetic_signature(1), method="badge",
                     pledge_hash=event.pledge_hash)
    page.set_event(event)
    assert page.pledge_info.text() == "Version 1: 1 signed this text."

    page.pledge_edit.setPlainText(PILKADA)
    save(qtbot, page)

    assert "The pledge is now version 2" in page.notice.text()
    stored = Event.get_by_id(event.id)
    assert (stored.pledge_version, stored.pledge_hash) == (2, pledge_hash(PILKADA))
    second = check_in(stored, late, synthetic_signature(2), method="badge",
                      pledge_hash=stored.pledge_hash)
    page.set_event(stored)
    assert page.pledge_info.text() == (
        "Version 2: 1 signed this text. 1 signed earlier versions and keep them.")
    hashes = {a: Signature.get(Signature.attendance == a).pledge_hash for a in (first, second)}
    assert pledges.pledge_text_for(stored, hashes[first]) == event.pledge_text
    assert pledges.pledge_text_for(stored, hashes[second]) == PILKADA
    assert PledgeVersion.select().count() == 2
    assert edits()[-1].details == {"fields": ["pledge_text"]}


def png(path, *, alpha: bool, size=(240, 120)):
    mode, colour = ("RGBA", (120, 40, 160, 0)) if alpha else ("RGB", (255, 255, 255))
    image = Image.new(mode, size, colour)
    for x in range(40, 200):
        image.putpixel((x, 60), (30, 30, 30, 255) if alpha else (30, 30, 30))
    image.save(path)
    return path


def test_images_are_checked_then_copied_owner_only(qtbot, page, event, choose_file, tmp_path):
    choose_file.path = png(tmp_path / "logo.jpg.png", alpha=False)
    page.logo_field.choose_button.click()
    choose_file.path = png(tmp_path / "ttd.png", alpha=True)
    page.signature_field.choose_button.click()
    choose_file.path = png(tmp_path / "cap.png", alpha=True)
    page.seal_field.choose_button.click()
    assert not (assets_dir() / "logo.png").exists()  # only on save

    save(qtbot, page)

    for name in ("logo.png", "official_signature.png", "seal.png"):
        path = assets_dir() / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(assets_dir().stat().st_mode) == 0o700
    assert edits()[-1].details == {"fields": ["logo", "official_signature", "seal"]}
    # The certificate code finds them where it looks.
    issuer = issuer_for(Event.get_by_id(event.id))
    assert issuer.logo is not None and issuer.official_signature is not None
    assert issuer.seal.image is not None

    page.seal_field.remove_button.click()
    save(qtbot, page)
    assert not (assets_dir() / "seal.png").exists()
    assert issuer_for(Event.get_by_id(event.id)).seal.image is None  # the generated default


def test_the_page_and_the_command_line_store_the_same_files(qtbot, page, choose_file,
                                                             tmp_path):
    """Both go through `install_asset`: a JPEG logo and a seal chosen on the page are stored
    byte for byte as `ikrar event edit --logo --seal` stores them."""
    logo = tmp_path / "lambang.jpg"
    Image.open(png(tmp_path / "lambang.png", alpha=False)).save(logo, "JPEG")
    seal = png(tmp_path / "cap.png", alpha=True, size=(1200, 1200))  # over the size cap
    choose_file.path = logo
    page.logo_field.choose_button.click()
    choose_file.path = seal
    page.seal_field.choose_button.click()
    save(qtbot, page)
    names = ("logo.png", "seal.png")
    from_page = {name: (assets_dir() / name).read_bytes() for name in names}
    for name in names:
        (assets_dir() / name).unlink()

    assert install_images(Namespace(logo=logo, signature=None, seal=seal)) == ["logo", "seal"]

    for name in names:
        path = assets_dir() / name
        assert path.read_bytes() == from_page[name]
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with Image.open(assets_dir() / "logo.png") as stored:
        assert stored.format == "PNG"


def test_a_file_that_is_no_image_or_a_seal_without_transparency_is_refused(
        qtbot, page, choose_file, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("this is not a picture")
    choose_file.path = fake
    page.logo_field.choose_button.click()
    assert page.notice.kind == PROBLEM
    assert "logo.png is not an image Ikrar can use" in page.notice.text()
    assert not page.logo_field.dirty

    choose_file.path = png(tmp_path / "cap-putih.png", alpha=False)
    page.seal_field.choose_button.click()
    assert "has no transparent background" in page.notice.text()
    assert not page.seal_field.dirty
    save(qtbot, page)
    assert not assets_dir().exists() or not any(assets_dir().iterdir())


def test_badge_sheets_saved_from_the_page(qtbot, page, event, make_employee, tmp_path,
                                          monkeypatch):
    for i in range(3):
        make_employee(event, name=f"Peserta {i}", unit="BKPSDM" if i else "Dinas Kominfo")
    page.set_event(event)
    out = tmp_path / "kartu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    page.badge_save_button.click()
    assert page.notice.kind == PROBLEM and "does not hold it" in page.notice.text()
    assert "`" not in page.notice.text() and "ikrar keys" not in page.notice.text()

    init_agency_key(None)
    page.badge_unit_combo.setCurrentIndex(page.badge_unit_combo.findText("BKPSDM"))
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        page.badge_save_button.click()

    assert page.notice.kind == DONE
    assert page.notice.text().startswith("2 badges on 1 pages")
    text = PdfReader(tmp_path / "kartu.pdf").pages[0].extract_text()
    assert "Peserta 1" in text and "Peserta 0" not in text
    assert AuditEvent.select().where(AuditEvent.kind == "badges_print").count() == 1


def test_badge_sheets_printed_from_the_page(qtbot, page, event, make_employee, tmp_path,
                                            monkeypatch):
    make_employee(event, name="Peserta Satu")
    init_agency_key(None)
    page.set_event(event)
    target = tmp_path / "printed-badges.pdf"

    def exec_(dialog):
        dialog.printer().setOutputFileName(str(target))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        page.badge_print_button.click()

    assert "Peserta Satu" in PdfReader(target).pages[0].extract_text()
    assert page.notice.text().endswith(f"{target}.")
