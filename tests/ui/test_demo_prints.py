"""`ikrar demo`, then the clerk's guide in the README, with no command-line step between:
Sertifikat → Siapkan sertifikat → pratinjau → Simpan PDF. Only the save dialog's answer (the
file name a person would type) is patched; the demo folder is made by the real command."""

from __future__ import annotations

import os
import subprocess
import sys

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from ikrar.app import build_main_window
from ikrar.documents.verify import verify_file
from ikrar.store.db import init_db
from ikrar.store.demo import DEMO_PASSPHRASE
from ikrar.store.keystore import agency_public_key
from ikrar.store.models import Attendance, CertificatePrint
from ikrar.ui.widgets.jobs import DONE
from ikrar.ui.widgets.render import pdf_pages


def test_demo_then_prepare_preview_and_save_pdf(qtbot, data_dir, tmp_path, monkeypatch):
    made = subprocess.run([sys.executable, "-m", "ikrar", "--data-dir", str(data_dir), "demo",
                           "--no-gui", "--count", "40"],
                          capture_output=True, text=True, env={**os.environ})
    assert made.returncode == 0, made.stderr
    local = init_db(data_dir, passphrase=DEMO_PASSPHRASE)
    signed = Attendance.select().count()
    assert signed > 0
    window = build_main_window(local, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.page_actions["certificates"].trigger()  # the "Sertifikat" page
        page = window.clerk_page
        assert window.pages.currentWidget() is page
        page.refresh()
        assert page.prepare_button.isEnabled()

        with qtbot.waitSignal(page.runner.finished, timeout=120_000):
            qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
        assert page.prepared is not None, page.notice.text()
        qtbot.waitUntil(lambda: page.document.pageCount() == signed)  # the preview
        assert page.save_button.isEnabled()

        target = tmp_path / "sertifikat-demo.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
        with qtbot.waitSignal(page.runner.finished, timeout=120_000):
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert page.notice.kind == DONE, page.notice.text()
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    reader = PdfReader(target)
    assert len(reader.pages) == signed
    assert CertificatePrint.select().count() == signed
    # the agency's logo, the official's signature and the stamp are on the page as pictures
    assert len(reader.pages[0].images) >= 3
    # the QR on the saved file decodes and verifies with the demo agency's public key
    verified = verify_file(target, agency_public_key(), render_pdf=pdf_pages)
    assert verified.kind == "certificate"
    assert verified.nip in {a.employee.nip for a in Attendance.select()}
