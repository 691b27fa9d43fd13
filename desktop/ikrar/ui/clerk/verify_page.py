"""Checking a certificate or badge: scan its QR (a wedge scanner types into the field), paste
the code, or open a PDF or picture of it. The verdict shows in large type, with the details or
the reason.

The checks are those of `ikrar verify` (`ikrar.documents.verify_report`): the signature chain up
to the agency's public key, what this station's records say (a voided certificate, changed
signature strokes), and for a PDF every page, its printed text compared with its code. A typed
code or a photo has no text to compare: the signed name, NIP, number and copy show in large type
for the checker to compare with the paper. A batch shows a summary and its failures. Reading a
file renders PDF pages, so it runs in the background.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.dates import format_date
from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, VerificationError
from ikrar.core.nip import format_nip
from ikrar.documents.verify import DecodeError, is_payload
from ikrar.documents.verify_report import TITLES, VALID, CodeResult, Report
from ikrar.documents.verify_report import check_file as check_report_file
from ikrar.documents.verify_report import check_text as check_report_text
from ikrar.store import keystore
from ikrar.ui.desk.scanner import WedgeScanner
from ikrar.ui.widgets import messages, theme
from ikrar.ui.widgets.jobs import PROBLEM, Notice, TaskBar, TaskRunner
from ikrar.ui.widgets.render import pdf_pages, pdf_texts

log = logging.getLogger(__name__)

VALID_COLOURS = (theme.OK, theme.PAPER)
INVALID_COLOURS = (theme.PROBLEM, theme.PAPER)


@dataclass(frozen=True)
class Verdict:
    """What a check found: valid or not, the details, or why not (`code`, English `detail`)."""

    valid: bool
    details: dict[str, Any] = field(default_factory=dict)
    code: str = ""  # a VerificationError code, "no_code", "voided", "strokes_changed", "mismatch"
    detail: str = ""
    report: Report | None = None
    mismatches: tuple[str, ...] = ()  # with code "mismatch": the fields the page contradicts


def verdict_of(report: Report) -> Verdict:
    """The first failure decides what the page explains; one code shows its details."""
    codes = report.codes
    for page in report.pages:
        bad = [c for c in page.codes if c.status != VALID]
        if bad:
            return Verdict(False, bad[0].details, bad[0].code, bad[0].reason, report,
                           tuple(bad[0].mismatches))
        if not page.codes:
            return Verdict(False, {}, "no_code", page.reason, report)
    return Verdict(True, codes[0].details if len(codes) == 1 else {}, report=report)


def check_text(text: str, public: PublicKey) -> Verdict:
    return verdict_of(check_report_text(text, public))


def check_file(path: Path, public: PublicKey, progress, cancelled) -> Verdict:
    try:
        return verdict_of(check_report_file(path, public, render_pdf=pdf_pages,
                                            page_text=pdf_texts, progress=progress,
                                            cancelled=cancelled))
    except VerificationError as exc:
        return Verdict(False, code=exc.reason, detail=exc.message)
    except DecodeError as exc:
        return Verdict(False, code="no_code", detail=str(exc))


class VerifyPage(QWidget):
    checked = Signal(object)  # every Verdict, once shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPage")
        self.public_key: PublicKey | None = None  # one chosen here; else the agency's
        self.verdict: Verdict | None = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.runner.busy_changed.connect(lambda busy: self.open_button.setEnabled(not busy))

        self.prompt = QLabel(self.tr("Scan the QR code of a certificate or badge, paste its "
                                     "text, or open a PDF or picture of it."), self)
        self.prompt.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("verifyInput")
        self.code_edit.setPlaceholderText(self.tr("Scan or paste the code here"))
        self.code_edit.setClearButtonEnabled(True)
        font = self.code_edit.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        self.code_edit.setFont(font)
        self.code_edit.returnPressed.connect(self.check_input)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.clicked.connect(self.check_input)
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.open_button.clicked.connect(self.choose_file)
        self.key_button = QPushButton(self.tr("Agency public key…"), self)
        self.key_button.clicked.connect(self.choose_key)
        self.key_label = QLabel(self)
        self.key_label.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.notice = Notice(self)
        self.task_bar = TaskBar(self.runner, self)

        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label.setMinimumHeight(110)
        verdict_font = self.verdict_label.font()
        verdict_font.setPointSizeF(max(verdict_font.pointSizeF(), 9.0) * 4)
        verdict_font.setBold(True)
        self.verdict_label.setFont(verdict_font)
        self.headline_label = QLabel(self)
        self.headline_label.setWordWrap(True)
        self.headline_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        headline_font = self.headline_label.font()
        headline_font.setPointSizeF(max(headline_font.pointSizeF(), 9.0) * 1.4)
        headline_font.setBold(True)
        self.headline_label.setFont(headline_font)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_form = QFormLayout()
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detail_font = self.font()
        self.detail_font.setPointSizeF(max(self.detail_font.pointSizeF(), 9.0) * 1.15)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.detail_values: dict[str, QLabel] = {}
        self.compare_label = QLabel(self)  # what the code signs, to compare with the paper
        self.compare_label.setObjectName("compareWithPaper")
        self.compare_label.setWordWrap(True)
        self.compare_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.compare_label.setTextFormat(Qt.TextFormat.PlainText)
        compare_font = self.compare_label.font()
        compare_font.setPointSizeF(max(compare_font.pointSizeF(), 9.0) * 1.8)
        compare_font.setBold(True)
        self.compare_label.setFont(compare_font)
        self.compare_note = QLabel(self)
        self.compare_note.setWordWrap(True)
        self.compare_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label = QLabel(self)  # a batch: "60 pages: 60 valid" and its failures
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._build_layout()
        self._show_key()
        self.clear()
        # A scanner's burst is checked whole wherever the focus is on this page (a button, the
        # result), never mixed with what was typed in the field.
        self.scanner = WedgeScanner(self, scope=self)
        self.scanner.scanned.connect(self.check_scan)
        self.scanner.install()

    def _build_layout(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.check_button)
        entry.addWidget(self.open_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(self.key_button)
        self.result = QFrame(self)
        self.result.setObjectName("verifyResult")
        self.result.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(self.result)
        result_layout.addWidget(self.verdict_label)
        result_layout.addWidget(self.headline_label)
        result_layout.addWidget(self.reason_label)
        result_layout.addWidget(self.summary_label)
        result_layout.addWidget(self.compare_label)
        result_layout.addWidget(self.compare_note)
        details = QWidget(self.result)
        details.setLayout(self.details_form)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(details, 4)
        centred.addStretch(1)
        result_layout.addLayout(centred)
        result_layout.addWidget(self.detail_label)
        result_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(entry)
        layout.addLayout(key_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.task_bar)
        layout.addWidget(self.result, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.code_edit.setFocus()  # a wedge scanner types into whatever has focus

    # --- the key ----------------------------------------------------------------------------

    def agency_key(self) -> PublicKey | None:
        """The key to check against; None (with the reason shown) when there is none."""
        if self.public_key is not None:
            return self.public_key
        try:
            return keystore.agency_public_key()
        except IkrarError:
            self.notice.show_message(PROBLEM, self.tr(
                "This computer does not hold the agency's public key, so nothing can be "
                "checked. Choose the key file (Agency public key…), or enrol the station."))
            return None

    def _show_key(self) -> None:
        try:
            key = self.public_key or keystore.agency_public_key()
        except IkrarError:
            self.key_label.setText(self.tr("No agency public key on this computer."))
            return
        self.key_label.setText(self.tr("Checked against agency key {key} ({fingerprint})")
                               .format(key=key.key_id, fingerprint=key.fingerprint))

    def choose_key(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Agency public key"), str(Path.home()),
            self.tr("Public keys (*.pub *.pem);;All files (*)"))
        if not chosen:
            return False
        try:
            self.public_key = PublicKey.from_pem(Path(chosen).read_bytes(), source=chosen)
        except (IkrarError, OSError) as exc:
            self.notice.show_message(PROBLEM, self.tr(
                "{file} is not a public key Ikrar can use ({reason}).").format(
                file=Path(chosen).name, reason=getattr(exc, "strerror", None) or exc))
            return False
        self.notice.clear_message()
        self._show_key()
        return True

    # --- checking ---------------------------------------------------------------------------

    def check_scan(self, code: str) -> Verdict | None:
        self.code_edit.setText(code)
        return self.check_input()

    def check_input(self) -> Verdict | None:
        text = self.code_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        if not is_payload(text) and len(text) < 4096 and path.is_file():
            self.code_edit.clear()
            self.check_path(path)  # the verdict comes when the file was read
            return None
        public = self.agency_key()
        if public is None:
            return None
        self.code_edit.clear()  # ready for the next scan
        verdict = check_text(text, public)
        self._show(verdict)
        return verdict

    def choose_file(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a certificate or badge"), str(Path.home()),
            self.tr("PDF or picture (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
        return self.check_path(Path(chosen)) if chosen else False

    def check_path(self, path: Path) -> bool:
        public = self.agency_key()
        if public is None or self.runner.busy:
            return False
        self.clear()
        return self.runner.start(self.tr("Reading {file}").format(file=path.name),
                                 partial(check_file, path, public))

    def _failed(self, message: str, bug: bool) -> None:
        if bug:
            message = self.tr("Something went wrong ({error}). The details are in the log "
                              "file.").format(error=message)
        self.notice.show_message(PROBLEM, message)

    # --- showing ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.verdict = None
        self.verdict_label.setText("")
        self.verdict_label.setStyleSheet("")
        for label in (self.headline_label, self.reason_label, self.detail_label,
                      self.compare_label, self.compare_note, self.summary_label):
            label.setText("")
        self._set_details([])
        self.result.setVisible(False)

    def reason_text(self, code: str, mismatches: tuple[str, ...] | list[str] = (),
                    details: dict[str, Any] | None = None) -> str:
        if code == "mismatch" and "document" in mismatches and details:
            signed = TITLES.get(details.get("document", ""), "?")
            return self.tr("The code is genuine, but this page is not the document it was "
                           "signed for: the code belongs to a {document} and was put on another "
                           "document. This page is not genuine.").format(document=signed)
        return messages.text(f"verify.{code}" if messages.has_text(f"verify.{code}")
                             else "verify.unknown")

    def _show(self, verdict: object) -> None:
        assert isinstance(verdict, Verdict)
        self.verdict = verdict
        self.notice.clear_message()
        background, colour = VALID_COLOURS if verdict.valid else INVALID_COLOURS
        self.verdict_label.setText(self.tr("VALID") if verdict.valid else self.tr("INVALID"))
        self.verdict_label.setStyleSheet(
            f"QLabel#verdict {{ background: {background}; color: {colour}; "
            "border-radius: 8px; padding: 12px; }")
        details = verdict.details
        self.headline_label.setText(self._headline(details) if details else "")
        self.reason_label.setText("" if verdict.valid else self.reason_text(
            verdict.code, verdict.mismatches, verdict.details))
        self.detail_label.setText(_for_the_desk(verdict.detail) if not verdict.valid else "")
        self._set_details(self._rows(details))
        self._show_report(verdict)
        self.result.setVisible(True)
        self.setAccessibleDescription(" ".join(
            t for t in (self.verdict_label.text(), self.headline_label.text(),
                        self.reason_label.text()) if t))
        self.code_edit.setFocus()
        self.checked.emit(verdict)

    def copy_text(self, copy: int | None) -> str:
        if copy is None:
            return self.tr("not in the code (an older certificate)")
        return self.tr("Original") if copy == 0 else self.tr("SALINAN ke-{n} (a copy)").format(
            n=copy)

    def _show_report(self, verdict: Verdict) -> None:
        report, details = verdict.report, verdict.details
        self.compare_label.setText("")
        self.compare_note.setText("")
        self.summary_label.setText("")
        if report is None:
            return
        n = QLocale().toString
        if len(report.pages) > 1 or len(report.codes) > 1:
            counts = {s: sum(1 for p in report.pages if p.status == s)
                      for s in ("valid", "invalid", "unreadable")}
            lines = [self.tr("{pages} pages: {valid} valid, {invalid} invalid, {unreadable} "
                             "unreadable").format(pages=n(len(report.pages)),
                                                  valid=n(counts["valid"]),
                                                  invalid=n(counts["invalid"]),
                                                  unreadable=n(counts["unreadable"]))
                     if counts["invalid"] or counts["unreadable"] else
                     self.tr("{pages} pages: {valid} valid").format(
                         pages=n(len(report.pages)), valid=n(counts["valid"]))]
            for page in report.failures()[:20]:
                bad = next((c for c in page.codes if c.status != VALID),
                           CodeResult("", code="no_code"))
                lines.append(self.tr("Page {page}: {reason}").format(
                    page=n(page.page),
                    reason=self.reason_text(bad.code, bad.mismatches, bad.details)))
            self.summary_label.setText("\n".join(lines))
        if verdict.valid and details.get("kind") == "certificate" and report.compare_by_eye:
            name = details.get("signed_name") or details.get("name") or "?"
            self.compare_label.setText("\n".join((
                name, self.tr("NIP {nip}").format(nip=format_nip(details["nip"])),
                self.tr("No. {number}").format(number=details["number"]),
                self.copy_text(details.get("copy")))))
            self.compare_note.setText(self.tr(
                "The code is genuine. Compare the name, NIP, number and copy above with the "
                "paper: if anything differs, the paper is not this certificate."))

    def _headline(self, details: dict[str, Any]) -> str:
        name = details.get("name") or self.tr("NIP {nip}").format(
            nip=format_nip(details["nip"]))
        if details["kind"] == "badge":
            return self.tr("Employee badge of {name}").format(name=name)
        return self.tr("Pledge certificate of {name}").format(name=name)

    def _rows(self, details: dict[str, Any]) -> list[tuple[str, str]]:
        if not details:
            return []
        unknown = self.tr("not in this database")
        rows = [(self.tr("Name"), details.get("signed_name") or details.get("name") or unknown),
                (self.tr("NIP"), format_nip(details["nip"]))]
        if details["kind"] == "certificate":
            issued = details.get("issued_on")
            rows = [(self.tr("Number"), details["number"]), *rows,
                    (self.tr("Copy"), self.copy_text(details.get("copy"))),
                    (self.tr("Event"), details.get("event") or unknown),
                    (self.tr("Signed"), details["signed_at_text"]),
                    (self.tr("Printed by"), self.tr("{station}, {day}").format(
                        station=details["station"],
                        day=format_date(date.fromisoformat(issued)) if issued else "?"))]
        rows.append((self.tr("Agency key"), details["agency_key_id"]))
        return rows

    def _set_details(self, rows: list[tuple[str, str]]) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.detail_values = {}
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFont(self.detail_font)
            title = QLabel(caption + ":")
            title.setFont(self.detail_font)
            self.details_form.addRow(title, label)
            self.detail_values[caption] = label

    def shutdown(self) -> None:
        self.runner.cancel()


def _for_the_desk(detail: str) -> str:
    """The English detail without the sentences that name a command (`ikrar keys …`): those
    are for the command line; the desk is told what to do in its own words."""
    sentences = re.split(r"(?<=[.!?])\s+", detail)
    return " ".join(s for s in sentences if "`" not in s)
