"""Checking a printed certificate or badge: find its QR in a PDF or image, verify the payload.

QR codes are read with zxing-cpp. PDF pages are rendered by the caller's renderer (this layer
imports no Qt: the GUI and `ikrar verify` pass `ikrar.ui.widgets.render.pdf_pages`, QtPdf),
starting at 150 dpi, what a print of the page must survive, and again at 300 dpi; when neither
finds a code, the images embedded in the PDF are searched (scans saved as PDF).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from ikrar.core.badge_code import is_badge_code
from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, VerificationError
from ikrar.core.payloads import (
    BADGE_PREFIX,
    CERTIFICATE_PREFIX,
    VerifiedCertificate,
    verify_badge,
    verify_certificate,
)

DPIS = (150, 300)

# Renders a PDF's pages at a resolution (dpi), lazily, as images zxing-cpp reads (anything
# with the buffer protocol: a greyscale QImage, a Pillow image); DecodeError for a bad file.
PdfRenderer = Callable[[Path, int], Iterable[Any]]


class DecodeError(IkrarError):
    """A file that cannot be read, or holds no QR code Ikrar can find."""


@dataclass(frozen=True)
class Verified:
    """A payload that verified: a certificate (`certificate` set) or a badge (`nip` only)."""

    kind: str  # "certificate" | "badge"
    nip: str
    certificate: VerifiedCertificate | None = None


def read_qr(image: Any) -> list[str]:
    """The texts of the QR codes in an image."""
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def embedded_images(path: Path) -> Iterator[Image.Image]:
    """Images inside the PDF (a scan saved as PDF), greyscale."""
    try:
        reader = PdfReader(path)
        for page in reader.pages:
            for image in page.images:
                yield Image.open(io.BytesIO(image.data)).convert("L")
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on bad files
        raise DecodeError("decode.bad_pdf", f"{path} is not a readable PDF: {exc}",
                          path=path, reason=exc) from exc


def pdf_pages_qr_texts(path: Path, render_pdf: PdfRenderer) -> Iterator[list[str]]:
    """The QR texts of a PDF, one list per page, rendered lazily (a batch may have 1,000 pages).

    Pages are rendered at 150 dpi; only when no page holds a code, again at 300 dpi, then the
    embedded images are searched.
    """
    for dpi in DPIS:
        found = False
        for page in render_pdf(path, dpi):
            texts = read_qr(page)
            found = found or bool(texts)
            yield texts
        if found:
            return
    for image in embedded_images(path):
        yield read_qr(image)


def image_qr_texts(path: Path) -> list[str]:
    try:
        with Image.open(path) as image:
            image.load()
            gray = image.convert("L")
    except OSError as exc:
        raise DecodeError("decode.bad_image",
                          f"{path} is not an image Ikrar can read (use PNG or JPEG).",
                          path=path) from exc
    return read_qr(gray)


def _pages_qr_texts(path: Path, render_pdf: PdfRenderer) -> Iterator[list[str]]:
    path = Path(path)
    if not path.is_file():
        raise DecodeError("decode.no_file", f"{path} does not exist or is not a file.", path=path)
    with open(path, "rb") as fh:
        head = fh.read(5)
    if head == b"%PDF-" or path.suffix.lower() == ".pdf":
        yield from pdf_pages_qr_texts(path, render_pdf)
    else:
        yield image_qr_texts(path)


def qr_texts(path: Path, *, render_pdf: PdfRenderer) -> list[str]:
    """The QR texts found in a PDF or image file."""
    return [text for texts in _pages_qr_texts(path, render_pdf) for text in texts]


def is_payload(text: str) -> bool:
    upper = text.strip().upper()
    return (upper.startswith(BADGE_PREFIX[:3]) or upper.startswith(CERTIFICATE_PREFIX[:3])
            or is_badge_code(upper))


def verify_payload(text: str, agency_public: PublicKey) -> Verified:
    """Verify a certificate or badge code; VerificationError says why not."""
    upper = text.strip().upper()
    if upper.startswith(CERTIFICATE_PREFIX[:3]):
        checked = verify_certificate(text, agency_public)
        return Verified("certificate", checked.claim.nip, checked)
    if upper.startswith(BADGE_PREFIX[:3]) or is_badge_code(upper):
        return Verified("badge", verify_badge(text, agency_public))
    raise VerificationError(
        "format", "This code is not an Ikrar certificate or badge (it does not start with "
        f"{CERTIFICATE_PREFIX} or {BADGE_PREFIX})."
    )


def verify_file(path: Path, agency_public: PublicKey, *, render_pdf: PdfRenderer) -> Verified:
    """Find the Ikrar code in a PDF or image and verify it: the first page holding one decides
    (a certificate before a badge on that page). `render_pdf` draws a PDF's pages."""
    others = 0
    for texts in _pages_qr_texts(path, render_pdf):
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
