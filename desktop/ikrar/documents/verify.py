"""Checking a printed certificate or badge: find its QR in a PDF or image, verify the payload.

PDF pages are rendered with QtPdf (`PySide6.QtPdf`, part of PySide6-Addons; QtGui level, no
widgets, no application object needed), else with poppler's `pdftoppm` when installed; when
neither finds a code, the images embedded in the PDF are searched (scans saved as PDF).
QR codes are read with zxing-cpp. Rendering starts at 150 dpi, what a print of the page must
survive, and retries at 300 dpi before giving up.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, VerificationError
from ikrar.core.payloads import (
    BADGE_PREFIX,
    CERTIFICATE_PREFIX,
    VerifiedCertificate,
    verify_badge,
    verify_certificate,
)

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
DPIS = (150, 300)


class DecodeError(IkrarError):
    """A file that cannot be read, or holds no QR code Ikrar can find."""


@dataclass(frozen=True)
class Verified:
    """A payload that verified: a certificate (`certificate` set) or a badge (`nip` only)."""

    kind: str  # "certificate" | "badge"
    nip: str
    certificate: VerifiedCertificate | None = None


def _zxing():
    try:
        import zxingcpp  # noqa: PLC0415 - optional at import time; needed only to read images
    except ImportError as exc:
        raise DecodeError(
            "decode.no_zxing",
            "Reading QR codes from files needs the zxing-cpp package (pip install zxing-cpp); "
            "you can still paste the code's text instead of a file."
        ) from exc
    return zxingcpp


def _read(image) -> list[str]:
    zxingcpp = _zxing()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _qtpdf_pages(path: Path, dpi: int) -> Iterator[object] | None:
    try:
        from PySide6.QtCore import QSize  # noqa: PLC0415
        from PySide6.QtGui import QColor, QImage, QPainter  # noqa: PLC0415
        from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415
    except ImportError:
        return None

    def pages() -> Iterator[object]:
        doc = QPdfDocument()
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            raise DecodeError(
                "decode.bad_pdf",
                f"{path} is not a readable PDF (damaged, or protected by a password).",
                path=path, reason="",
            )
        try:
            for index in range(doc.pageCount()):
                points = doc.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                rendered = doc.render(index, size)
                page = QImage(size, QImage.Format.Format_RGB32)
                page.fill(QColor("white"))  # rendered pages are transparent where nothing is drawn
                painter = QPainter(page)
                painter.drawImage(0, 0, rendered)
                painter.end()
                yield page.convertToFormat(QImage.Format.Format_Grayscale8)
        finally:
            doc.close()

    return pages()


def _pdftoppm_pages(path: Path, dpi: int) -> Iterator[object] | None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None

    def load(page: Path) -> object:
        try:
            from PIL import Image  # noqa: PLC0415
        except ImportError:
            from PySide6.QtGui import QImage  # noqa: PLC0415

            return QImage(str(page))
        with Image.open(page) as image:
            return image.copy()

    def pages() -> Iterator[object]:
        with tempfile.TemporaryDirectory(prefix="ikrar-verify-") as tmp:
            done = subprocess.run([tool, "-r", str(dpi), "-gray", "-png", str(path),
                                   str(Path(tmp) / "page")], capture_output=True, text=True)
            if done.returncode != 0:
                raise DecodeError("decode.bad_pdf",
                                  f"{path} is not a readable PDF: {done.stderr.strip()}",
                                  path=path, reason=done.stderr.strip())
            for page in sorted(Path(tmp).glob("page*.png")):
                yield load(page)

    return pages()


def _embedded_images(path: Path) -> Iterator[object]:
    """Images inside the PDF (a scan saved as PDF); needs pypdf and Pillow, else finds none."""
    try:
        from PIL import Image  # noqa: PLC0415
        from pypdf import PdfReader  # noqa: PLC0415
    except ImportError:
        log.warning("pypdf or Pillow missing: images embedded in %s are not searched", path)
        return

    try:
        reader = PdfReader(path)
        for page in reader.pages:
            for image in page.images:
                yield Image.open(io.BytesIO(image.data)).convert("L")
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on bad files
        raise DecodeError("decode.bad_pdf", f"{path} is not a readable PDF: {exc}",
                          path=path, reason=exc) from exc


def pdf_pages_qr_texts(path: Path) -> Iterator[list[str]]:
    """The QR texts of a PDF, one list per page, rendered lazily (a batch may have 1,000 pages).

    Pages are rendered at 150 dpi; only when no page holds a code, again at 300 dpi, then the
    embedded images are searched.
    """
    for dpi in DPIS:
        pages = _qtpdf_pages(path, dpi) or _pdftoppm_pages(path, dpi)
        if pages is None:
            break
        found = False
        for page in pages:
            texts = _read(page)
            found = found or bool(texts)
            yield texts
        if found:
            return
    for image in _embedded_images(path):
        yield _read(image)


def pdf_qr_texts(path: Path) -> list[str]:
    """Every QR text in a PDF, page by page."""
    return [text for texts in pdf_pages_qr_texts(path) for text in texts]


def image_qr_texts(path: Path) -> list[str]:
    try:
        from PIL import Image  # noqa: PLC0415

        with Image.open(path) as image:
            image.load()
            gray = image.convert("L")
    except ImportError:
        from PySide6.QtGui import QImage  # noqa: PLC0415

        gray = QImage(str(path))
        if gray.isNull():
            raise DecodeError("decode.bad_image",
                              f"{path} is not an image Ikrar can read (use PNG or JPEG).",
                              path=path) from None
    except OSError as exc:
        raise DecodeError("decode.bad_image",
                          f"{path} is not an image Ikrar can read (use PNG or JPEG).",
                          path=path) from exc
    return _read(gray)


def _pages_qr_texts(path: Path) -> Iterator[list[str]]:
    path = Path(path)
    if not path.is_file():
        raise DecodeError("decode.no_file", f"{path} does not exist or is not a file.", path=path)
    with open(path, "rb") as fh:
        head = fh.read(5)
    if head == b"%PDF-" or path.suffix.lower() == ".pdf":
        yield from pdf_pages_qr_texts(path)
    else:
        yield image_qr_texts(path)


def qr_texts(path: Path) -> list[str]:
    """The QR texts found in a PDF or image file."""
    return [text for texts in _pages_qr_texts(path) for text in texts]


def is_payload(text: str) -> bool:
    upper = text.strip().upper()
    return upper.startswith(BADGE_PREFIX[:3]) or upper.startswith(CERTIFICATE_PREFIX[:3])


def verify_payload(text: str, agency_public: PublicKey) -> Verified:
    """Verify a certificate or badge code; VerificationError says why not."""
    upper = text.strip().upper()
    if upper.startswith(CERTIFICATE_PREFIX[:3]):
        checked = verify_certificate(text, agency_public)
        return Verified("certificate", checked.claim.nip, checked)
    if upper.startswith(BADGE_PREFIX[:3]):
        return Verified("badge", verify_badge(text, agency_public))
    raise VerificationError(
        "format", "This code is not an Ikrar certificate or badge (it does not start with "
        f"{CERTIFICATE_PREFIX} or {BADGE_PREFIX})."
    )


def verify_file(path: Path, agency_public: PublicKey) -> Verified:
    """Find the Ikrar code in a PDF or image and verify it: the first page holding one decides
    (a certificate before a badge on that page)."""
    others = 0
    for texts in _pages_qr_texts(path):
        ours = [t for t in texts if is_payload(t)]
        others += len(texts) - len(ours)
        if ours:
            ours.sort(key=lambda t: not t.strip().upper().startswith(CERTIFICATE_PREFIX[:3]))
            return verify_payload(ours[0], agency_public)
    found = f"{others} other QR code(s)" if others else "no QR code"
    raise DecodeError(
        "decode.no_code",
        f"{path}: found {found}, no Ikrar certificate or badge code. Use a sharper scan "
        "(at least 150 dpi), or pass the text a QR scanner reads from it.",
        path=path, found=found,
    )


# --- what a verified code says, against this station's records ------------------------------


def _zone_name(moment: datetime) -> str | None:
    offset = moment.utcoffset()
    return {7: "WIB", 8: "WITA", 9: "WIT"}.get(offset.total_seconds() / 3600) if offset else None


def certificate_details(checked: VerifiedCertificate) -> dict[str, Any]:
    """A verified certificate's claim, with what this station's database holds about it."""
    from ikrar.core.dates import format_datetime  # noqa: PLC0415
    from ikrar.core.names import display_name  # noqa: PLC0415
    from ikrar.store.models import Certificate, Employee, Event, Signature  # noqa: PLC0415

    claim = checked.claim
    zone_name = _zone_name(claim.signed_at)
    employee = Employee.get_or_none(Employee.nip == claim.nip)
    event = Event.get_or_none(Event.id == claim.event_id)
    stored = Certificate.get_or_none(Certificate.number == claim.number)
    signature = None
    if stored is not None:
        signature = Signature.get_or_none(Signature.attendance == stored.attendance_id)
    return {
        "valid": True, "kind": "certificate", "number": claim.number, "nip": claim.nip,
        "name": display_name(employee.name, employee.front_title, employee.back_title)
        if employee else None,
        "event_id": claim.event_id, "event": event.title if event else None,
        "signed_at": claim.signed_at.isoformat(),
        "signed_at_text": format_datetime(claim.signed_at, zone_name) if zone_name
        else claim.signed_at.isoformat(),
        "station_id": checked.station_id, "station": checked.station_name,
        "issued_on": checked.issued_on.isoformat() if checked.issued_on else None,
        "agency_key_id": checked.agency_key_id, "strokes_hash": claim.strokes_hash,
        "strokes_match": claim.strokes_match(signature.strokes_hash) if signature else None,
        "voided": bool(stored and stored.voided_at),
    }


def describe(result: Verified, agency_public: PublicKey) -> dict[str, Any]:
    """Everything `ikrar verify` and the verify page show about a code whose signatures hold.

    `valid` turns false, with an English `reason`, when this station's records contradict the
    code: the stored signature strokes differ from the printed ones, or the certificate was
    voided (flags `strokes_match` False and `voided` say which).
    """
    if result.certificate is not None:
        details = certificate_details(result.certificate)
    else:
        from ikrar.core.names import display_name  # noqa: PLC0415
        from ikrar.store.models import Employee  # noqa: PLC0415

        employee = Employee.get_or_none(Employee.nip == result.nip)
        details = {
            "valid": True, "kind": "badge", "nip": result.nip,
            "agency_key_id": agency_public.key_id,
            "name": display_name(employee.name, employee.front_title, employee.back_title)
            if employee else None,
        }
    problems = []
    if details.get("strokes_match") is False:
        problems.append("the signature stored here for this certificate is not the one it was "
                        "printed with (the stored strokes were changed)")
    if details.get("voided"):
        problems.append("this certificate was voided")
    if problems:
        details["valid"] = False
        details["reason"] = "; ".join(problems)
    return details
