"""The agency seal (*cap*) stamped over the presiding official's signature.

An agency supplies its own seal as a PNG with a transparent background in
`<data folder>/assets/seal.png`; without one, Ikrar draws a plain default: three concentric
circles (radii 18.5, 17.5 and 13.5 mm) with the agency's name around the ring and a star in
the middle. Images are checked when loaded, so a damaged file stops a batch before any page
is drawn, with the file named in the message.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ikrar.core.errors import IkrarError
from ikrar.documents.fonts import SANS_BOLD, register_fonts
from ikrar.store.db import local

RADII_MM = (18.5, 17.5, 13.5)
SEAL_FILENAME = "seal.png"
# Stamp-pad violet. It is drawn opaque; the page applies OPACITY around it, so the seal can
# live in a reusable PDF form (forms carry no transparency states of their own).
INK = Color(0.33, 0.18, 0.55)
OPACITY = 0.82
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_SIDE_PX = 900  # the largest image (the official's signature, 54 mm wide) at 400 dpi


class AssetError(IkrarError):
    """An image the agency supplied (seal, logo, signature) cannot be used."""


def assets_dir() -> Path:
    return local().data_dir / "assets"


@dataclass(frozen=True)
class Picture:
    """A checked image, kept as bytes so it travels to worker processes."""

    path: str
    data: bytes
    width: int
    height: int

    def reader(self) -> ImageReader:
        return _reader(self.data)

    def fit(self, max_w: float, max_h: float) -> tuple[float, float]:
        """Drawn size keeping proportions, within max_w × max_h points."""
        scale = min(max_w / self.width, max_h / self.height)
        return self.width * scale, self.height * scale


@lru_cache(maxsize=8)
def _reader(data: bytes) -> ImageReader:
    """One decoded image per process: reportlab keeps the pixels it read on the reader, so
    each further PDF only compresses them instead of decoding the PNG again."""
    return ImageReader(io.BytesIO(data))


def load_picture(path: Path, what: str, *, need_alpha: bool = False) -> Picture:
    """Read and check an image; AssetError naming the file when it is unusable."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise AssetError("asset.missing", f"The {what} image {path} does not exist.",
                         what=what, path=path) from None
    except OSError as exc:
        raise AssetError("asset.unreadable",
                         f"Cannot read the {what} image {path}: {exc.strerror}.",
                         what=what, path=path, reason=exc.strerror) from exc
    # Checked once per version of the file: a clerk previewing certificate after certificate
    # should not decode the agency's images each time.
    return _load(path, stat.st_mtime_ns, stat.st_size, what, need_alpha)


@lru_cache(maxsize=16)
def _load(path: Path, mtime_ns: int, size: int, what: str, need_alpha: bool) -> Picture:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AssetError("asset.missing", f"The {what} image {path} does not exist.",
                         what=what, path=path) from None
    except OSError as exc:
        raise AssetError("asset.unreadable",
                         f"Cannot read the {what} image {path}: {exc.strerror}.",
                         what=what, path=path, reason=exc.strerror) from exc
    if len(data) > MAX_IMAGE_BYTES:
        raise AssetError("asset.too_large",
                         f"The {what} image {path} is over 20 MB; use a smaller PNG.",
                         what=what, path=path)
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # decodes every pixel: a truncated file fails here, not mid-batch
            size, mode, info = image.size, image.mode, image.info
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise AssetError(
            "asset.damaged", f"The {what} image {path} is damaged or not an image ({exc}). "
            "Replace it with a PNG file.",
            what=what, path=path, reason=exc,
        ) from exc
    if need_alpha and not ("A" in mode or "transparency" in info):
        raise AssetError(
            "asset.not_transparent",
            f"The {what} image {path} has no transparent background, so it would hide the "
            "signature under it. Save it as a PNG with transparency.",
            what=what, path=path,
        )
    if max(size) > MAX_SIDE_PX:
        data, size = _shrunk(data)
    return Picture(str(path), data, *size)


def _shrunk(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """A phone photo or a 1200-dpi scan, brought down to what 300 dpi print needs.

    Every certificate PDF embeds the images; at full size they would make each file
    megabytes larger and each page slower to write.
    """
    with Image.open(io.BytesIO(data)) as image:
        image = image.convert("RGBA" if "A" in image.mode or "transparency" in image.info
                              else "RGB")
        image.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, "PNG", optimize=False)
        return out.getvalue(), image.size


@dataclass(frozen=True)
class Seal:
    """The agency's image, or (image None) the generated default for `agency`."""

    agency: str
    image: Picture | None = None

    @property
    def diameter(self) -> float:
        return 2 * RADII_MM[0] * mm

    def draw(self, canvas: Canvas, cx: float, cy: float) -> None:
        """Draw centred on (cx, cy), in points."""
        if self.image is not None:
            w, h = self.image.fit(self.diameter, self.diameter)
            canvas.drawImage(self.image.reader(), cx - w / 2, cy - h / 2, w, h, mask="auto")
        else:
            draw_default_seal(canvas, cx, cy, self.agency)


def load_seal(agency: str, path: Path | None = None) -> Seal:
    """The seal for certificates: `path` if given (it must be usable), else the agency's
    `assets/seal.png` if there is one, else the generated default."""
    if path is None:
        candidate = assets_dir() / SEAL_FILENAME
        if not candidate.exists():
            return Seal(agency)
        path = candidate
    return Seal(agency, load_picture(path, "seal", need_alpha=True))


def draw_default_seal(canvas: Canvas, cx: float, cy: float, agency: str) -> None:
    """Three rings, the agency name around the band between the outer two and the inner one."""
    register_fonts()
    outer, middle, inner = (r * mm for r in RADII_MM)
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(1.1)
    canvas.circle(cx, cy, outer)
    canvas.setLineWidth(0.5)
    canvas.circle(cx, cy, middle)
    canvas.circle(cx, cy, inner)
    _ring_text(canvas, cx, cy, (agency or "").upper().strip() or "CAP DINAS", middle, inner)
    _star(canvas, cx, cy, inner * 0.55)
    canvas.restoreState()


def _ring_text(canvas: Canvas, cx: float, cy: float, text: str, outer: float,
               inner: float) -> None:
    """Letters upright on the band, reading clockwise, centred on the top of the ring."""
    band = outer - inner
    size = band * 0.62
    radius = inner + band * 0.26  # baseline
    spacing = 0.6
    arc = 1.75 * math.pi * radius  # leave the bottom of the ring open
    # Too long for the ring: shrink, down to a size a stamp can still carry.
    width = stringWidth(text, SANS_BOLD, size) + spacing * len(text)
    if width > arc:
        size = max(3.0, size * arc / width)
        width = stringWidth(text, SANS_BOLD, size) + spacing * len(text)
    canvas.setFont(SANS_BOLD, size)
    angle = math.pi / 2 + (width / radius) / 2  # start left of the top
    for char in text:
        w = stringWidth(char, SANS_BOLD, size)
        mid = angle - (w / 2) / radius
        canvas.saveState()
        canvas.translate(cx + radius * math.cos(mid), cy + radius * math.sin(mid))
        canvas.rotate(math.degrees(mid) - 90)
        canvas.drawCentredString(0, 0, char)
        canvas.restoreState()
        angle -= (w + spacing) / radius
    # A small star at the bottom marks where the name begins and ends.
    _star(canvas, cx, cy - radius - size * 0.35, size * 0.6)


def _star(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    path = canvas.beginPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.4
        a = math.pi / 2 + i * math.pi / 5
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
