"""The clerk's page: list and count, prepare in the background, preview, print or save, copies.

Only the human answers of modal dialogs are patched (the print dialog's "Print", the save
dialog's file name); everything else runs for real, and the tests look at the page and the
database.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QFileDialog

from ikrar.core.strokes import synthetic_signature
from ikrar.documents.verify import verify_file
from ikrar.store import outbox
from ikrar.store.checkin import check_in
from ikrar.store.keystore import agency_public_key, certify_local_station, init_agency_key
from ikrar.store.models import AuditEvent, Certificate, CertificatePrint
from ikrar.store.stations import local_station
from ikrar.ui.clerk.certificate_list import ALL, PRINTED
from ikrar.ui.clerk.clerk_page import ClerkPage
from ikrar.ui.clerk.pdf_printer import make_printer, print_pdf
from ikrar.ui.widgets.jobs import DONE, PROBLEM
from ikrar.ui.widgets.render import pdf_pages
from support import agency_images

KOMINFO, BKPSDM = "Dinas Kominfo", "BKPSDM"
NAMES = ("Ani Lestari", "Budi Santoso", "Cecep Hidayat", "Dewi Kurniasih", "Euis Suryani")


@pytest.fixture
def certified(store):
    certificate = certify_local_station(init_agency_key(None))
    agency_images()  # final pages need the logo and the official's signature
    return certificate


@pytest.fixture
def signed(event, make_employee, certified):
    """Five signers: three of Kominfo, two of BKPSDM."""
    people = [make_employee(event, name=name, unit=KOMINFO if i < 3 else BKPSDM)
              for i, name in enumerate(NAMES)]
    for i, person in enumerate(people):
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash)
    return people


@pytest.fixture
def page(qtbot, event):
    page = ClerkPage(event)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def print_to(monkeypatch):
    """The print dialog answers "Print" to whatever target `print_to.target` names:
    a PDF file (Path) or a printer queue (str)."""

    class Answer:
        target: Path | str | None = None
        shown = 0

    def exec_(dialog):
        Answer.shown += 1
        if isinstance(Answer.target, Path):
            dialog.printer().setOutputFileName(str(Answer.target))
        else:
            dialog.printer().setPrinterName(Answer.target)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return Answer


def prepare(qtbot, page, *, copy_of: str | None = None):
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        if copy_of is None:
            qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
        else:
            page.reprint_edit.setText(copy_of)
            qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
        assert page.busy, page.notice.text()
    assert page.prepared is not None
    return page.prepared


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_lists_the_signers_with_counts_and_filters(page, signed):
    page.refresh()
    assert page.counts_label.text() == "5 signed · 0 printed · 5 not printed yet"
    assert page.listed_label.text() == "5 listed"
    assert [page.unit_combo.itemText(i) for i in range(page.unit_combo.count())] == [
        "All units", BKPSDM, KOMINFO]
    # Numbers come when certificates are first prepared.
    assert {page.model.index(r, 0).data() for r in range(5)} == {"—"}

    choose(page.unit_combo, BKPSDM)
    assert page.counts_label.text() == "2 signed · 0 printed · 2 not printed yet"
    assert sorted(page.model.index(r, 1).data() for r in range(2)) == [
        "Dewi Kurniasih, S.Kom.", "Euis Suryani, S.Kom."]

    choose(page.status_combo, "Printed")
    assert page.listed_label.text() == "0 listed"
    assert not page.prepare_button.isEnabled()


def test_prepare_preview_and_print_to_a_pdf_file(qtbot, page, signed, print_to, tmp_path):
    page.refresh()
    choose(page.unit_combo, KOMINFO)
    assert not page.print_button.isEnabled()

    prepared = prepare(qtbot, page)

    assert prepared.pages == 3
    assert page.document.pageCount() == 3  # the preview shows the pages
    assert page.preview_label.text() == "3 pages ready"
    assert page.notice.kind != PROBLEM
    # Numbered now, not printed yet.
    assert "/NETRAL/" in page.model.index(0, 0).data()
    assert CertificatePrint.select().count() == 0
    assert page.print_button.isEnabled() and page.save_button.isEnabled()

    print_to.target = tmp_path / "printed.pdf"
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    assert page.notice.kind == DONE
    assert "3 certificates sent to" in page.notice.text()
    prints = list(CertificatePrint.select())
    assert len(prints) == 3 and not any(p.is_reprint for p in prints)
    assert {p.destination for p in prints} == {str(print_to.target)}
    text = pdf_text(print_to.target)
    for name in NAMES[:3]:
        assert name in text
    for certificate in Certificate.select():
        if certificate.attendance.employee.unit == KOMINFO:
            assert certificate.number in text
    # The QR on the printed file verifies with the agency's public key.
    verified = verify_file(print_to.target, agency_public_key(), render_pdf=pdf_pages)
    assert verified.kind == "certificate" and verified.nip in {p.nip for p in signed[:3]}
    assert AuditEvent.select().where(AuditEvent.kind == "certificate_print").count() == 1
    # Printed now: the not-printed list of Kominfo is empty; the counts say so.
    assert page.counts_label.text() == "3 signed · 3 printed · 0 not printed yet"
    assert page.listed_label.text() == "0 listed"
    assert page.prepared is None and not page.print_button.isEnabled()


def test_save_pdf_marks_printed(qtbot, page, signed, tmp_path, monkeypatch):
    page.refresh()
    prepare(qtbot, page)
    target = tmp_path / "out" / "sertifikat-semua"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))

    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = target.with_name("sertifikat-semua.pdf")
    assert len(PdfReader(saved).pages) == 5
    assert CertificatePrint.select().where(CertificatePrint.destination == str(saved)).count() == 5
    assert "5 certificates saved to" in page.notice.text()


def test_a_printer_that_cannot_take_the_job_marks_nothing(qtbot, page, signed, print_to,
                                                           tmp_path):
    page.refresh()
    prepare(qtbot, page)
    print_to.target = tmp_path / "no-such-folder" / "out.pdf"

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    assert print_to.shown == 1
    assert page.notice.kind == PROBLEM
    assert "Cannot write the file" in page.notice.text()
    assert "Nothing was printed or marked printed" in page.notice.text()
    assert CertificatePrint.select().count() == 0
    assert not page.busy
    # The prepared pages stay: another printer can be chosen.
    assert page.print_button.isEnabled()


def test_cancelled_print_dialog_does_nothing(qtbot, page, signed, monkeypatch):
    page.refresh()
    prepare(qtbot, page)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: 0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert not page.busy
    assert CertificatePrint.select().count() == 0


def test_cancel_while_preparing(qtbot, page, event, make_employee, certified):
    people = [make_employee(event, name=f"Peserta {i:02d}") for i in range(40)]
    for i, person in enumerate(people):
        check_in(event, person, synthetic_signature(i), method="badge",
                 pledge_hash=event.pledge_hash)
    page.refresh()

    # Kept alive to the end, like the import cancel test's: a freed blocker's slot address can
    # be reused by the next blocker, which then receives the queued progress reports.
    with qtbot.waitSignal(page.runner.progress, timeout=60_000) as first_report:
        qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
    assert page.busy and page.task_bar.isVisible()
    assert not page.prepare_button.isEnabled()
    with qtbot.waitSignal(page.runner.failed, timeout=60_000):
        qtbot.mouseClick(page.task_bar.cancel_button, Qt.MouseButton.LeftButton)

    assert page.notice.kind == PROBLEM
    assert page.notice.text().startswith("Cancelled")
    assert page.prepared is None and not page.print_button.isEnabled()
    assert not list(page._preview_folder().glob("*.pdf*"))
    assert CertificatePrint.select().count() == 0
    assert first_report.signal_triggered


def test_reprint_one_by_number_prints_a_copy(qtbot, page, signed, print_to, tmp_path):
    page.refresh()
    prepare(qtbot, page)
    print_to.target = tmp_path / "first.pdf"
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        page.print_button.click()

    # A double click on a printed row fills the number in.
    choose(page.status_combo, "Printed")
    first = page.model.index(0, 0)
    number = first.data()
    assert Certificate.get_or_none(Certificate.number == number) is not None
    page.table.doubleClicked.emit(first)
    assert page.reprint_edit.text() == number
    copy = prepare(qtbot, page, copy_of=number)

    assert [r.copy for r in copy.records] == [1]
    assert page.preview_label.text() == "1 pages ready (1 of them copies)"
    print_to.target = tmp_path / "copy.pdf"
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        page.print_button.click()

    text = pdf_text(print_to.target)
    assert "SALINAN" in text and number in text
    reprints = CertificatePrint.select().where(CertificatePrint.is_reprint)
    assert [p.certificate.number for p in reprints] == [number]
    assert page.model.index(0, 4).data() == "yes + 1 SALINAN"


def test_reprint_refuses_what_cannot_be_copied(qtbot, signed, page):
    page.reprint_edit.setText("9999/XX/NETRAL/2024")
    page.reprint_button.click()
    assert page.notice.kind == PROBLEM
    assert "no certificate numbered 9999/XX/NETRAL/2024" in page.notice.text()

    prepare(qtbot, page)  # numbers issued, nothing printed
    number = Certificate.select().first().number
    page.reprint_edit.setText(number)
    page.reprint_button.click()
    assert "was never printed" in page.notice.text()
    assert not page.busy


def test_explains_what_stops_printing(qtbot, page, event, make_employee, store):
    person = make_employee(event)
    check_in(event, person, synthetic_signature(1), method="badge", pledge_hash=event.pledge_hash)
    page.refresh()

    page.prepare_button.click()
    said = page.notice.text()
    assert page.notice.kind == PROBLEM and "no certificate from the agency" in said
    assert "join this computer to the hub" in said  # what to do, said for the desk
    assert "`" not in said and "ikrar keys" not in said

    certify_local_station(init_agency_key(None))
    event.official_name = ""
    outbox.update(event)
    page.refresh()
    page.prepare_button.click()
    assert "no presiding official" in page.notice.text()
    assert not page.busy and Certificate.select().count() == 0


def test_a_damaged_station_certificate_is_told_in_the_desks_words(qtbot, page, signed):
    station = local_station()
    station.certificate = "rusak"
    outbox.update(station)
    page.refresh()
    page.prepare_button.click()
    said = page.notice.text()
    assert page.notice.kind == PROBLEM and "is damaged" in said
    assert "`" not in said and "ikrar keys" not in said
    assert Certificate.select().count() == 0


def test_every_status_can_be_listed(page, signed):
    page.refresh()
    for text, status in (("Printed", PRINTED), ("All", ALL)):
        choose(page.status_combo, text)
        assert page.status_combo.currentData() == status
    assert page.listed_label.text() == "5 listed"


def test_pages_painted_on_a_printer_keep_a_readable_qr(qtbot, signed, page, tmp_path):
    """The path for printers without CUPS (Windows): pages rendered and painted on QPrinter."""
    prepared = prepare(qtbot, page)
    printer = make_printer("Sertifikat")
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    reports = []

    assert print_pdf(prepared.path, printer, lambda done, total: reports.append(done),
                     lambda: False) == 5

    assert reports == [0, 1, 2, 3, 4, 5]
    painted = verify_file(tmp_path / "painted.pdf", agency_public_key(), render_pdf=pdf_pages)
    assert painted.kind == "certificate"


# --- a real CUPS queue (skipped where there is none) ----------------------------------------

def _cups_ready() -> bool:
    return bool(shutil.which("lpadmin")) and subprocess.run(
        ["lpstat", "-r"], capture_output=True, text=True).stdout.strip() == "scheduler is running"


needs_cups = pytest.mark.skipif(not _cups_ready(), reason="no CUPS scheduler running here")


@pytest.fixture
def cups_queue():
    """A private cups-pdf queue for this test, removed afterwards."""
    name = f"IkrarTest{uuid.uuid4().hex[:8]}"
    done = subprocess.run(["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-m",
                           "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot add a CUPS queue: {done.stderr.strip()}")
    yield name
    subprocess.run(["lpadmin", "-x", name], capture_output=True)


@needs_cups
def test_prints_to_a_cups_queue(qtbot, page, signed, print_to, cups_queue):
    page.refresh()
    choose(page.unit_combo, BKPSDM)
    prepare(qtbot, page)
    print_to.target = cups_queue
    assert QPrinterInfo.printerInfo(cups_queue).printerName() == cups_queue

    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        page.print_button.click()

    assert page.notice.kind == DONE, page.notice.text()
    prints = list(CertificatePrint.select())
    assert len(prints) == 2 and {p.destination for p in prints} == {cups_queue}
    jobs = subprocess.run(["lpstat", "-W", "all", "-o", cups_queue], capture_output=True,
                          text=True).stdout
    assert cups_queue in jobs


@needs_cups
def test_a_printer_gone_after_it_was_chosen_marks_nothing(qtbot, page, signed, monkeypatch,
                                                          cups_queue):
    page.refresh()
    prepare(qtbot, page)

    def exec_(dialog):
        dialog.printer().setPrinterName(cups_queue)
        subprocess.run(["lpadmin", "-x", cups_queue], check=True)  # unplugged meanwhile
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    page.print_button.click()

    assert page.notice.kind == PROBLEM
    assert "is not available" in page.notice.text()
    assert CertificatePrint.select().count() == 0


def test_the_main_window_opens_these_pages_by_role(qtbot, make_window, event):
    from ikrar.store import roles

    window = make_window()  # no PINs set: the administrator's station
    assert all(window.page_actions[p].isVisible() for p in ("certificates", "verify", "admin"))
    window.page_actions["certificates"].trigger()
    assert window.pages.currentWidget() is window.clerk_page
    window.page_actions["admin"].trigger()
    assert window.pages.currentWidget() is window.event_page
    window.page_actions["verify"].trigger()
    assert window.pages.currentWidget() is window.verify_page
    assert window.focusWidget() is window.verify_page.code_edit  # a wedge scanner types there

    roles.set_pin(roles.CLERK, "2468")
    window.role = roles.CLERK
    window._apply_role()
    assert window.page_actions["certificates"].isVisible()
    assert window.page_actions["verify"].isVisible()
    assert not window.page_actions["admin"].isVisible()
    window.show_page("admin")
    assert window.pages.currentWidget() is not window.event_page
    assert window.clerk_page.operator == roles.CLERK


def test_a_batch_of_only_copies_asks_first(qtbot, page, signed, print_to, tmp_path,
                                           monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page.refresh()
    choose(page.unit_combo, KOMINFO)
    prepare(qtbot, page)
    print_to.target = tmp_path / "first.pdf"
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    choose(page.status_combo, "All")
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert page.prepare() is False
    assert "All 3 certificates listed were printed before" in asked[0]
    assert page.prepared is None and not page.busy
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    prepared = prepare(qtbot, page)
    assert [r.copy for r in prepared.records] == [1, 1, 1]
    assert pdf_text(prepared.path).count("SALINAN ke-1") == 3


def test_missing_agency_images_ask_before_a_draft(qtbot, page, event, make_employee, store,
                                                  tmp_path, monkeypatch):
    """Final pages need the logo, the official's signature and the seal: the clerk is asked
    (only the human's answer is stood in for), and a draft is DRAF, unsigned, never printed."""
    from PySide6.QtWidgets import QMessageBox

    certify_local_station(init_agency_key(None))
    person = make_employee(event, name="Ani Lestari")
    check_in(event, person, synthetic_signature(1), method="badge",
             pledge_hash=event.pledge_hash)
    page.refresh()
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert page.prepare() is False
    assert "the agency's logo, the official's signature, the seal" in asked[0]
    assert page.prepared is None and not page.busy
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    prepared = prepare(qtbot, page)
    assert prepared.draft and "DRAF" in pdf_text(prepared.path)
    target = tmp_path / "draf.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "never marked printed" in page.notice.text()
    assert CertificatePrint.select().count() == 0
