"""Checking every page and every code of a document, and the page's text against its code.

A certificate's v2 code signs the name as printed, the NIP, the number and the copy, and the
kind of document (the certificate or the pakta integritas: the domain it is signed under). In a
PDF the page's text must say the same: a page whose printed name or NIP was edited, that
carries another person's QR, a copy whose SALINAN marks were removed, or a page titled one kind
of document with the other kind's code (a genuine code pasted on another document), is INVALID
with the field named. A photo, a scan or a typed code has no text to compare: the result
lists what the code signs for the checker to compare with the paper (`compare_by_eye`).

`Report.status` is "valid" (every page holds a genuine code that matches its text), "invalid"
(at least one code is forged, altered, voided, or contradicts its page) or "unreadable" (no
code could be read on some page, none was invalid).

The page text comes from the caller's `page_text` (the GUI and `ikrar verify` pass
`ikrar.ui.widgets.render.pdf_texts`: QtPdf's pdfium, the engine that renders the page for its
QR, about 2 ms a page) or, when none is given, from pypdf (some 40 ms a page: it was most of a
batch's verification time).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from ikrar.core.keys import PublicKey, VerificationError
from ikrar.documents.verify import (
    DecodeError,
    PdfRenderer,
    describe,
    is_certificate,
    is_payload,
    open_image,
    pdf_page_texts,
    read_qr,
    sniff,
    verify_payload,
)

VALID, INVALID, UNREADABLE = "valid", "invalid", "unreadable"
# Field names a mismatch reports, in the order a page shows them.
FIELDS = ("document", "name", "nip", "number", "copy")
# The title each kind of document prints (`ikrar.documents.certificate.TITLE`, `.pakta.TITLE`;
# not imported: reportlab is not needed to verify).
TITLES = {"certificate": "SERTIFIKAT", "pakta": "PAKTA INTEGRITAS"}
_TITLE = {kind: re.compile(r"(?<![A-Z])" + re.escape(title) + r"(?![A-Z])")  # in capitals
          for kind, title in TITLES.items()}
_NAME = re.compile(r"Nama\s*:\s*(.+?)\s*NIP\s*:", re.S)
_NIP = re.compile(r"NIP\s*:?\s*(\d[\d ]{16,30}\d)")
_NUMBER = re.compile(r"Nomor(?: sertifikat)?\s*:\s*(\S+)")
_COPY = re.compile(r"SALINAN\s*ke-\s*(\d+)")

Progress = Callable[[int, int], None]
# The text of every page of a PDF ("" for a page without any); DecodeError for a bad file.
PdfText = Callable[[Path], Sequence[str]]
Cancelled = Callable[[], bool]


@dataclass
class CodeResult:
    """One code on a page (or the one typed): its verdict and what it says."""

    status: str  # VALID | INVALID
    kind: str = ""  # "certificate" | "badge" | "" (unreadable code)
    details: dict[str, Any] = field(default_factory=dict)
    code: str = ""  # why not: a VerificationError reason, "mismatch", "voided", ...
    reason: str = ""  # English
    mismatches: list[str] = field(default_factory=list)  # FIELDS that differ from the page


@dataclass
class PageResult:
    page: int  # 1-based; 0 for a typed code
    codes: list[CodeResult] = field(default_factory=list)
    compared: bool = False  # the page's text was compared with its certificate code
    reason: str = ""  # why a page is unreadable

    @property
    def status(self) -> str:
        if not self.codes:
            return UNREADABLE
        return INVALID if any(c.status == INVALID for c in self.codes) else VALID


@dataclass
class Report:
    source: str
    kind: str  # "pdf" | "image" | "text"
    pages: list[PageResult] = field(default_factory=list)

    @property
    def status(self) -> str:
        statuses = {p.status for p in self.pages}
        if INVALID in statuses:
            return INVALID
        if UNREADABLE in statuses or not self.pages:
            return UNREADABLE
        return VALID

    @property
    def codes(self) -> list[CodeResult]:
        return [c for p in self.pages for c in p.codes]

    @property
    def compare_by_eye(self) -> bool:
        """Whether a person must compare the signed fields with the paper: nothing compared
        them with a page's text (a photo, a scan, a typed code, a PDF without text)."""
        return any(c.kind == "certificate" and not p.compared
                   for p in self.pages for c in p.codes)

    def failures(self) -> list[PageResult]:
        return [p for p in self.pages if p.status != VALID]

    def summary(self) -> str:
        """'60 pages: 60 valid' / '60 pages: 58 valid, 1 invalid, 1 unreadable'."""
        counts = {s: sum(1 for p in self.pages if p.status == s)
                  for s in (VALID, INVALID, UNREADABLE)}
        parts = [f"{counts[VALID]} valid"] + [f"{counts[s]} {s}" for s in (INVALID, UNREADABLE)
                                               if counts[s]]
        unit = "page" if len(self.pages) == 1 else "pages"
        return f"{len(self.pages)} {unit}: " + ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "kind": self.kind, "status": self.status,
            "valid": self.status == VALID, "summary": self.summary(),
            "compare_by_eye": self.compare_by_eye,
            "pages": [{"page": p.page, "status": p.status, "compared": p.compared,
                       "reason": p.reason,
                       "codes": [{"status": c.status, "kind": c.kind, "code": c.code,
                                  "reason": c.reason, "mismatches": c.mismatches,
                                  **c.details} for c in p.codes]}
                      for p in self.pages],
        }


# --- one code -------------------------------------------------------------------------------


def check_code(text: str, public: PublicKey) -> CodeResult:
    """Verify one code and weigh it against this station's records."""
    try:
        verified = verify_payload(text, public)
    except VerificationError as exc:
        return CodeResult(INVALID, "certificate" if is_certificate(text) else "",
                          code=exc.reason, reason=exc.message)
    details = describe(verified, public)
    if details["valid"]:
        return CodeResult(VALID, verified.kind, details)
    code = "voided" if details.get("voided") else "strokes_changed"
    return CodeResult(INVALID, verified.kind, details, code, details["reason"])


def check_text(text: str, public: PublicKey) -> Report:
    """A typed or scanned code."""
    return Report("code", "text", [PageResult(0, [check_code(text, public)])])


# --- a page's text against its code ---------------------------------------------------------


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def printed_fields(text: str) -> dict[str, list[str]]:
    """What a certificate page prints, from its extracted text: every name, NIP, number and
    copy mark (a page prints the number and NIP twice), and the kind of document its title
    names (the first title on the page: an event may be called "... PAKTA INTEGRITAS" in the
    body of a certificate)."""
    flat = " ".join(text.split())
    titles = sorted((m.start(), kind) for kind, title in _TITLE.items()
                    if (m := title.search(flat)))
    return {
        "document": [kind for _, kind in titles[:1]],
        "name": [m.group(1) for m in _NAME.finditer(flat)],
        "nip": ["".join(m.group(1).split()) for m in _NIP.finditer(flat)],
        "number": [m.group(1) for m in _NUMBER.finditer(flat)],
        "copy": [m.group(1) for m in _COPY.finditer(flat)],
        "salinan": ["SALINAN"] * flat.count("SALINAN"),
    }


def mismatches(details: dict[str, Any], text: str) -> list[str]:
    """The FIELDS in which a page's text contradicts its verified certificate code."""
    printed = printed_fields(text)
    wrong = []
    document = details.get("document")
    if document and printed["document"] and printed["document"] != [document]:
        wrong.append("document")
    name = details.get("signed_name")
    if name is not None and (not printed["name"]
                             or any(_squash(p) != _squash(name) for p in printed["name"])):
        wrong.append("name")
    if not printed["nip"] or any(nip != details["nip"] for nip in printed["nip"]):
        wrong.append("nip")
    if not printed["number"] or any(n != details["number"] for n in printed["number"]):
        wrong.append("number")
    copy = details.get("copy")
    if copy is not None:
        if copy == 0 and printed["salinan"]:
            wrong.append("copy")
        elif copy and (not printed["copy"] or any(int(c) != copy for c in printed["copy"])):
            wrong.append("copy")
    return wrong


def _compare(result: CodeResult, text: str) -> None:
    wrong = mismatches(result.details, text)
    if not wrong:
        return
    result.status, result.code, result.mismatches = INVALID, "mismatch", wrong
    d = result.details
    said = {"name": d.get("signed_name"), "nip": d["nip"], "number": d["number"],
            "copy": "original" if d.get("copy") == 0 else f"copy {d.get('copy')}",
            "document": TITLES.get(d.get("document", ""), d.get("document"))}
    result.reason = "The page does not print what its code signs: " + "; ".join(
        f"{f} (the code says {said[f]!r})" for f in wrong) + ". The page was altered, or "\
        "carries another certificate's QR code."
    if "document" in wrong:
        [titled] = [TITLES[k] for k in printed_fields(text)["document"]]
        result.reason += (f" The page is titled {titled}, but its code was signed for a "
                          f"{said['document']}: a genuine code put on another document.")


def page_texts(path: Path) -> list[str]:
    """The text of every page of a PDF ("" for a page without any), by pypdf: the `PdfText`
    used when the caller has no faster one."""
    try:
        reader = PdfReader(path)
        return [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on bad files
        raise DecodeError("decode.bad_pdf", f"{path} is not a readable PDF: {exc}",
                          path=path, reason=exc) from exc


# --- files ----------------------------------------------------------------------------------


def _page(number: int, texts: list[str], public: PublicKey, page_text: str) -> PageResult:
    result = PageResult(number)
    ours = [t for t in texts if is_payload(t)]
    if not ours:
        result.reason = (f"{len(texts)} QR code(s), none of them Ikrar's" if texts
                         else "no QR code could be read")
        return result
    result.codes = [check_code(t, public) for t in ours]
    certificates = [c for c in result.codes if c.kind == "certificate" and c.details]
    if page_text.strip() and certificates:
        result.compared = True
        for code in certificates:
            if code.status == VALID:
                _compare(code, page_text)
    return result


def check_file(path: Path, public: PublicKey, *, render_pdf: PdfRenderer,
               page_text: PdfText | None = None, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Report:
    """Check every page (every code of a badge sheet) of a PDF, or the codes of an image.

    `page_text` extracts the pages' text to compare with their codes (pypdf by default).
    DecodeError (InputError) for a file that cannot be read at all."""
    path = Path(path)
    kind = sniff(path)
    if kind == "image":
        texts = read_qr(open_image(path, str(path)))
        return Report(str(path), "image", [_page(1, texts, public, "")])
    pages_text = (page_text or page_texts)(path)
    total = len(pages_text)
    results: dict[int, PageResult] = {}
    for index, texts in pdf_page_texts(path, render_pdf):
        if cancelled is not None and cancelled():
            raise DecodeError("decode.cancelled", "Cancelled.")
        results[index] = _page(index + 1, texts, public, pages_text[index])
        if progress is not None:
            progress(len(results), total)
    return Report(str(path), "pdf", [results.get(i) or PageResult(i + 1, reason="no QR code")
                                     for i in range(total)])
