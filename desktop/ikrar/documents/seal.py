"""The agency seal (*cap*) stamped over the presiding official's signature.

An agency supplies its own seal as a PNG with a transparent background in
`<data folder>/assets/seal.png`; without one, Ikrar draws a default in the shape of a *cap
dinas*: a double outer ring (radii 17 and 16.2 mm), the agency's name round the top and the
unit round the bottom of the band, an inner ring (10.6 mm) holding the uploaded logo turned
into stamp ink (a star without one), all in violet ink. Its lettering is drawn as the glyphs'
outlines (`glyph_outline`, read with fontTools), not as text, so no text extraction returns
stamp fragments mixed into the page's words. Images are checked when loaded, so a damaged
file stops a batch before any page is drawn, with the file named in the message.
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
from reportlab.pdfgen.canvas import Canvas

from ikrar.core.errors import IkrarError
from ikrar.documents.fonts import SANS_BOLD, font_path, register_fonts
from ikrar.store.db import local

RADII_MM = (17.0, 16.2, 10.6)  # outer ring, its inner twin, the ring round the logo
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


def install_asset(source: Path, name: str, *, what: str, need_alpha: bool = False) -> Path:
    """Check `source` (AssetError naming it when unusable) and write it as assets/`name`
    (PNG, owner-only), replacing what was there at once."""
    import os  # noqa: PLC0415

    from ikrar.core.files import atomic_write  # noqa: PLC0415

    load_picture(source, what, need_alpha=need_alpha)
    folder = assets_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    target = folder / name
    with Image.open(source) as image:
        image.load()
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
    atomic_write(target, buffer.getvalue())
    return target


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
    """The agency's image, or (image None) the generated default for `agency` and `unit`,
    with `logo` (the letterhead's) in its centre."""

    agency: str
    image: Picture | None = None
    unit: str = ""
    logo: Picture | None = None

    @property
    def diameter(self) -> float:
        return 2 * RADII_MM[0] * mm

    def draw(self, canvas: Canvas, cx: float, cy: float) -> None:
        """Draw centred on (cx, cy), in points."""
        if self.image is not None:
            w, h = self.image.fit(self.diameter, self.diameter)
            canvas.drawImage(self.image.reader(), cx - w / 2, cy - h / 2, w, h, mask="auto")
        else:
            draw_default_seal(canvas, cx, cy, self.agency, self.unit, self.logo)


def load_seal(agency: str, path: Path | None = None, *, unit: str = "",
              logo: Picture | None = None) -> Seal:
    """The seal for certificates: `path` if given (it must be usable), else the agency's
    `assets/seal.png` if there is one, else the generated default."""
    if path is None:
        candidate = assets_dir() / SEAL_FILENAME
        if not candidate.exists():
            return Seal(agency, unit=unit, logo=logo)
        path = candidate
    return Seal(agency, load_picture(path, "seal", need_alpha=True), unit=unit, logo=logo)


def draw_default_seal(canvas: Canvas, cx: float, cy: float, agency: str, unit: str = "",
                      logo: Picture | None = None) -> None:
    """Double ring, agency round the top, unit round the bottom, the logo in the middle."""
    register_fonts()
    outer, twin, inner = (r * mm for r in RADII_MM)
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(1.3)
    canvas.circle(cx, cy, outer)
    canvas.setLineWidth(0.45)
    canvas.circle(cx, cy, twin)
    canvas.setLineWidth(0.8)
    canvas.circle(cx, cy, inner)
    band = twin - inner
    size = band * 0.5
    top = " ".join((agency or "").upper().split()) or "CAP DINAS"
    bottom = " ".join((unit or "").upper().split())
    # Top text reads clockwise with its feet toward the centre; bottom text reads left to right
    # with its heads toward the centre, as a rubber stamp's lettering does.
    size = _arc_text(canvas, cx, cy, top, inner + band * 0.3, size, math.pi / 2, 1.0,
                     max_arc=math.radians(150 if bottom else 300))
    if bottom:  # no larger than the agency's name
        _arc_text(canvas, cx, cy, bottom, twin - band * 0.3, size, -math.pi / 2, -1.0,
                  max_arc=math.radians(130))
        for side in (-1, 1):  # the stars that part the two texts
            _star(canvas, cx + side * (inner + band / 2), cy, size * 0.42)
    if logo is not None:
        ink = _inked(logo.data)
        w, h = ink.fit(inner * 1.45, inner * 1.45)
        canvas.drawImage(ink.reader(), cx - w / 2, cy - h / 2, w, h, mask="auto")
    else:
        _star(canvas, cx, cy, inner * 0.55)
    canvas.restoreState()


def _arc_text(canvas: Canvas, cx: float, cy: float, text: str, radius: float, size: float,
              centre: float, direction: float, *, max_arc: float) -> float:
    """Glyph outlines along a circle, centred on angle `centre`; direction 1 runs clockwise
    (letters' feet on the circle, toward the centre), -1 anticlockwise (heads inward).
    Returns the size used."""
    spacing = size * 0.12
    width = sum(advance(c) * size for c in text) + spacing * (len(text) - 1)
    if width > max_arc * radius:  # too long for the band: condense, down to a legible floor
        size = max(size * 0.55, size * max_arc * radius / width)
        spacing = size * 0.12
        width = sum(advance(c) * size for c in text) + spacing * (len(text) - 1)
    angle = centre + direction * (width / radius) / 2
    for char in text:
        w = advance(char) * size
        mid = angle - direction * (w / 2) / radius
        canvas.saveState()
        canvas.translate(cx + radius * math.cos(mid), cy + radius * math.sin(mid))
        canvas.rotate(math.degrees(mid) - 90 * direction)
        _glyph(canvas, char, -w / 2, 0 if direction > 0 else -size * 0.72, size)
        canvas.restoreState()
        angle -= direction * (w + spacing) / radius
    return size


def _glyph(canvas: Canvas, char: str, x: float, y: float, size: float) -> None:
    outline = glyph_outline(char)
    if not outline:
        return
    scale = size / _font()[2]
    path = canvas.beginPath()
    for op, *points in outline:
        xy = [v * scale + (x if i % 2 == 0 else y) for i, v in enumerate(points)]
        if op == "M":
            path.moveTo(*xy)
        elif op == "L":
            path.lineTo(*xy)
        elif op == "C":
            path.curveTo(*xy)
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1, fillMode=1)  # non-zero winding, as TrueType


@lru_cache(maxsize=1)
def _font() -> tuple[object, dict[int, str], int]:
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - only the default seal needs it

    font = TTFont(font_path(SANS_BOLD), lazy=True)
    return font.getGlyphSet(), font.getBestCmap(), font["head"].unitsPerEm


def advance(char: str) -> float:
    """The glyph's advance width in ems."""
    glyphs, cmap, upm = _font()
    name = cmap.get(ord(char))
    return glyphs[name].width / upm if name else 0.5


@lru_cache(maxsize=256)
def glyph_outline(char: str) -> tuple[tuple, ...]:
    """The glyph of `char` in DejaVu Sans Bold as path operations in font units: ("M", x, y),
    ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)."""
    from fontTools.pens.basePen import BasePen  # noqa: PLC0415

    glyphs, cmap, _ = _font()
    name = cmap.get(ord(char))
    if name is None:
        return ()
    ops: list[tuple] = []

    class Pen(BasePen):
        def _moveTo(self, pt):  # noqa: N802 - fontTools' pen protocol
            ops.append(("M", *pt))

        def _lineTo(self, pt):  # noqa: N802
            ops.append(("L", *pt))

        def _curveToOne(self, p1, p2, p3):  # noqa: N802
            ops.append(("C", *p1, *p2, *p3))

        def _closePath(self):  # noqa: N802
            ops.append(("Z",))

    glyphs[name].draw(Pen(glyphs))
    return tuple(ops)


@lru_cache(maxsize=4)
def _inked(data: bytes) -> Picture:
    """The logo as a stamp prints it: every dark or coloured pixel in seal ink."""
    with Image.open(io.BytesIO(data)) as image:
        rgba = image.convert("RGBA")
    grey = rgba.convert("L").point(lambda v: 255 - v)  # dark → opaque
    alpha = Image.composite(grey, Image.new("L", rgba.size, 0), rgba.getchannel("A"))
    ink = Image.new("RGBA", rgba.size, tuple(int(c * 255) for c in INK.rgb()) + (0,))
    ink.putalpha(alpha.point(lambda v: min(255, int(v * 1.6))))
    out = io.BytesIO()
    ink.save(out, "PNG")
    return Picture("", out.getvalue(), *rgba.size)


def _star(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    path = canvas.beginPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.4
        a = math.pi / 2 + i * math.pi / 5
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
