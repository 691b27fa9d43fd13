"""The embedded typefaces of Ikrar's documents: DejaVu Serif and Sans (resources/fonts/).

DejaVu (Bitstream Vera licence, see resources/fonts/LICENSE; copied from Debian's
fonts-dejavu-core 2.37) covers every letter an Indonesian name can carry, accents included,
and is embedded (subset) in each PDF so a certificate prints the same on any machine.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ikrar.core.errors import IkrarError
from ikrar.paths import resource

SERIF = "IkrarSerif"
SERIF_BOLD = "IkrarSerif-Bold"
SERIF_ITALIC = "IkrarSerif-Italic"
SANS = "IkrarSans"
SANS_BOLD = "IkrarSans-Bold"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

_registered = False


def font_path(name: str) -> str:
    """The file of one of the families above (the default seal reads its glyph outlines)."""
    return str(resource("fonts", _FILES[name]))


class FontError(IkrarError):
    """A bundled font is missing or damaged: the installation is broken."""


def register_fonts() -> None:
    """Register the families with reportlab once per process (cheap to call again)."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        try:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        except (FileNotFoundError, TTFError, OSError) as exc:
            raise FontError(
                "font.unloadable", f"The certificate font {filename} cannot be loaded ({exc}). "
                "Reinstall Ikrar; the fonts ship in its resources/fonts folder.",
                filename=filename, reason=exc,
            ) from exc
    # <b> and <i> inside Paragraphs pick the right face.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    _registered = True
