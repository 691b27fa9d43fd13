"""Reading printed certificates and badges: find the QR codes in a PDF or image, verify a code.

QR codes are read with zxing-cpp. PDF pages are rendered by the caller's renderer (this layer
imports no Qt: the GUI and `ikrar verify` pass `ikrar.ui.widgets.render.pdf_pages`, QtPdf) at
150 dpi, what a print of the page must survive; a page without a code is tried again sharpened,
enlarged, at 300 dpi and in the images embedded in it (a scan saved as PDF).

What a file is comes from its first bytes, not its name (a JPEG named `.pdf` is read as an
image). Empty files, files over `MAX_FILE_BYTES` and images over `MAX_PIXELS` (decompression
bombs: a small PNG that unpacks to gigabytes) are refused with `InputError` before any decoding.
Comparing a page's printed text with its code is `ikrar.documents.verify_report`.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image, ImageFilter
from pypdf import PdfReader

from ikrar.core.badge_code import is_badge_code
from ikrar.core.certificate_code import is_v2, verify_code
from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, VerificationError
from ikrar.core.payloads import (
    BADGE_PREFIX,
    CERTIFICATE_PREFIX,
    VerifiedCertificate,
    verify_badge,
)

DPIS = (150, 300)
MAX_FILE_BYTES = 512 * 1024 * 1024  # a 1,000-page batch is far smaller
MAX_PIXELS = 120_000_000  # a 600-dpi A3 scan is 70 million
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00",
                b"MM\x00*", b"BM")

# Renders a PDF's pages at a resolution (dpi), lazily, as images zxing-cpp reads (anything
# with the buffer protocol: a greyscale QImage, a Pillow image); DecodeError for a bad file.
PdfRenderer = Callable[[Path, int], Iterable[Any]]


class DecodeError(IkrarError):
    """A file that cannot be read, or holds no QR code Ikrar can find."""

    exit_code = 3


class InputError(DecodeError):
    """A file refused before reading: empty, too large, a decompression bomb, not a PDF or
    image."""

    exit_code = 4


@dataclass(frozen=True)
class Verified:
    """A payload that verified: a certificate (`certificate` set) or a badge (`nip` only)."""

    kind: str  # "certificate" | "badge"
    nip: str
    certificate: VerifiedCertificate | None = None


# --- reading QR codes -----------------------------------------------------------------------


def _zxing(image: Any) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _pillow(image: Any) -> Image.Image:
    """A greyscale Pillow image of a Pillow image or a greyscale QImage (duck-typed: no Qt)."""
    if isinstance(image, Image.Image):
        return image if image.mode == "L" else image.convert("L")
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    return Image.frombuffer("L", (width, height), bytes(image.constBits()), "raw", "L",
                            stride, 1)


def read_qr(image: Any, *, thorough: bool = True) -> list[str]:
    """The texts of the QR codes in an image; when none is found and `thorough`, again on
    sharpened and enlarged copies (a blurred photo, a low-resolution scan)."""
    texts = _zxing(image)
    if texts or not thorough:
        return texts
    gray = _pillow(image)
    for scale, radius, percent in ((1, 2, 200), (2, 4, 200), (2, 2, 300), (3, 3, 250)):
        if gray.width * gray.height * scale * scale > MAX_PIXELS:
            break
        work = gray if scale == 1 else gray.resize((gray.width * scale, gray.height * scale),
                                                   Image.Resampling.BICUBIC)
        texts = _zxing(work.filter(ImageFilter.UnsharpMask(radius, percent, 0)))
        if texts:
            return texts
    return []


def open_image(data: bytes | Path, what: str) -> Image.Image:
    """A greyscale image; InputError for a decompression bomb, DecodeError for anything else
    Pillow cannot read."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_PIXELS and twice that: refuse those too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            old, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, MAX_PIXELS
            try:
                with Image.open(io.BytesIO(data) if isinstance(data, bytes) else data) as image:
                    image.load()
                    return image.convert("L")
            finally:
                Image.MAX_IMAGE_PIXELS = old
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(
            "decode.too_many_pixels",
            f"{what} is an image of more than {MAX_PIXELS // 1_000_000} million pixels (a "
            "decompression bomb, or a scan at a needlessly high resolution). Scan at 150-300 "
            "dpi.", path=what, limit=MAX_PIXELS // 1_000_000) from exc
    except (OSError, ValueError, SyntaxError) as exc:  # Pillow's plugins raise all three
        raise DecodeError("decode.bad_image",
                          f"{what} is not an image Ikrar can read (use PNG or JPEG).",
                          path=what) from exc


def embedded_images(path: Path) -> Iterator[Image.Image]:
    """Images inside the PDF (a scan saved as PDF), greyscale."""
    for images in page_images(path):
        yield from images


def page_images(path: Path, pages: Iterable[int] | None = None) -> Iterator[list[Image.Image]]:
    """Images inside the PDF's pages (all, or the 0-based `pages`), greyscale, one list a page."""
    try:
        reader = PdfReader(path)
        for index in range(len(reader.pages)) if pages is None else pages:
            found = []
            for image in reader.pages[index].images:
                found.append(open_image(image.data, f"{path} (page {index + 1})"))
            yield found
    except DecodeError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on bad files
        raise DecodeError("decode.bad_pdf", f"{path} is not a readable PDF: {exc}",
                          path=path, reason=exc) from exc


def pdf_pages_qr_texts(path: Path, render_pdf: PdfRenderer) -> Iterator[list[str]]:
    """The QR texts of a PDF, one list per page, rendered lazily (a batch may have 1,000 pages).

    Pages are rendered at 150 dpi; pages without a code are tried sharpened, then, after the
    pass, at 300 dpi and in their embedded images. A page's list comes when it is final, so
    the lists come in page order only up to the first page without a code.
    """
    yield from (texts for _, texts in pdf_page_texts(path, render_pdf))


def pdf_page_texts(path: Path, render_pdf: PdfRenderer) -> Iterator[tuple[int, list[str]]]:
    """(0-based page index, QR texts) for every page of the PDF; see `pdf_pages_qr_texts`."""
    missing: list[int] = []
    for index, page in enumerate(render_pdf(path, DPIS[0])):
        texts = read_qr(page)
        if texts:
            yield index, texts
        else:
            missing.append(index)
    if not missing:
        return
    wanted = set(missing)
    for index, page in enumerate(render_pdf(path, DPIS[1])):
        if index in wanted:
            texts = read_qr(page, thorough=False)
            if texts:
                wanted.discard(index)
                yield index, texts
    remaining = sorted(wanted)
    for index, images in zip(remaining, page_images(path, remaining), strict=True):
        yield index, [text for image in images for text in read_qr(image)]


# --- what a file is -------------------------------------------------------------------------


def sniff(path: Path) -> str:
    """"pdf" or "image", from the file's first bytes; InputError for anything else (empty,
    too large, another kind of file), DecodeError when it cannot be opened."""
    path = Path(path)
    if not path.is_file():
        raise DecodeError("decode.no_file", f"{path} does not exist or is not a file.", path=path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise DecodeError("decode.cannot_read", f"Cannot read {path}: {exc.strerror}.",
                          path=path, reason=exc.strerror) from exc
    if size == 0:
        raise InputError("decode.empty", f"{path} is empty (0 bytes): it was not saved or "
                         "copied completely. Save or scan it again.", path=path)
    if size > MAX_FILE_BYTES:
        raise InputError(
            "decode.too_large",
            f"{path} is {size // (1024 * 1024)} MB, more than Ikrar reads "
            f"({MAX_FILE_BYTES // (1024 * 1024)} MB). Split the PDF, or scan at 150-300 dpi.",
            path=path, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    raise InputError(
        "decode.not_pdf_or_image",
        f"{path} is neither a PDF nor a picture (PNG, JPEG, TIFF, GIF, BMP, WebP), whatever its "
        "name says. Open the certificate's PDF or a photo or scan of it.", path=path)


def _pages_qr_texts(path: Path, render_pdf: PdfRenderer) -> Iterator[list[str]]:
    if sniff(path) == "pdf":
        yield from pdf_pages_qr_texts(Path(path), render_pdf)
    else:
        yield read_qr(open_image(Path(path), str(path)))


def image_qr_texts(path: Path) -> list[str]:
    return read_qr(open_image(Path(path), str(path)))


def qr_texts(path: Path, *, render_pdf: PdfRenderer) -> list[str]:
    """The QR texts found in a PDF or image file."""
    return [text for texts in _pages_qr_texts(path, render_pdf) for text in texts]


# --- verifying a code -----------------------------------------------------------------------


def is_certificate(text: str) -> bool:
    upper = text.strip().upper()
    return upper.startswith(CERTIFICATE_PREFIX[:3]) or is_v2(text) or "#IKC" in upper


def is_payload(text: str) -> bool:
    upper = text.strip().upper()
    return (upper.startswith(BADGE_PREFIX[:3]) or is_certificate(text)
            or is_badge_code(upper))


def verify_payload(text: str, agency_public: PublicKey) -> Verified:
    """Verify a certificate (v2 or IKC1) or badge code; VerificationError says why not."""
    if is_certificate(text):
        checked = verify_code(text, agency_public)
        return Verified("certificate", checked.claim.nip, checked)
    upper = text.strip().upper()
    if upper.startswith(BADGE_PREFIX[:3]) or is_badge_code(upper):
        return Verified("badge", verify_badge(text, agency_public))
    raise VerificationError(
        "format", "This code is not an Ikrar certificate or badge (it does not start with "
        f"92, {CERTIFICATE_PREFIX} or {BADGE_PREFIX})."
    )


def verify_file(path: Path, agency_public: PublicKey, *, render_pdf: PdfRenderer) -> Verified:
    """The first Ikrar code of a PDF or image, verified (a certificate before a badge on that
    page). `ikrar.documents.verify_report.check_file` checks every page and code."""
    others = 0
    for texts in _pages_qr_texts(path, render_pdf):
        ours = [t for t in texts if is_payload(t)]
        others += len(texts) - len(ours)
        if ours:
            ours.sort(key=lambda t: not is_certificate(t))
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


def _event_of(checked: VerifiedCertificate):
    from ikrar.core.certificate_code import event_tag  # noqa: PLC0415
    from ikrar.store.models import Event  # noqa: PLC0415

    if checked.claim.event_id:
        return Event.get_or_none(Event.id == checked.claim.event_id)
    for event in Event.select():
        if event_tag(str(event.id)) == checked.event_tag:
            return event
    return None


def certificate_details(checked: VerifiedCertificate) -> dict[str, Any]:
    """A verified certificate's claim, with what this station's database holds about it."""
    from ikrar.core.dates import format_datetime, zone  # noqa: PLC0415
    from ikrar.core.names import display_name  # noqa: PLC0415
    from ikrar.store.models import Certificate, Employee, Signature  # noqa: PLC0415

    claim = checked.claim
    event = _event_of(checked)
    signed_at = claim.signed_at.astimezone(zone(event.timezone)) if event else claim.signed_at
    zone_name = event.timezone if event else _zone_name(signed_at)
    employee = Employee.get_or_none(Employee.nip == claim.nip)
    stored = Certificate.get_or_none(Certificate.number == claim.number)
    signature = None
    if stored is not None:
        signature = Signature.get_or_none(Signature.attendance == stored.attendance_id)
    return {
        "valid": True, "kind": "certificate", "number": claim.number, "nip": claim.nip,
        # which document the code was signed for: "certificate" or "pakta" (integritas)
        "document": checked.kind,
        "signed_name": checked.name, "copy": checked.copy, "format": checked.version,
        "name": checked.name or (display_name(employee.name, employee.front_title,
                                              employee.back_title) if employee else None),
        "event_id": str(event.id) if event else (claim.event_id or None),
        "event_tag": checked.event_tag or None, "event": event.title if event else None,
        "signed_at": signed_at.isoformat(),
        "signed_at_text": format_datetime(signed_at, zone_name) if zone_name
        else signed_at.isoformat(),
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
