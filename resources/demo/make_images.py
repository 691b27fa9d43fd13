"""Draws the demo's fictional logo, official's signature and stamp (resources/demo/*.png).

Run once after changing it: `.venv/bin/python resources/demo/make_images.py`. Each picture is
marked CONTOH ("sample") so a printed demo page can never pass for a real agency's document.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "fonts"
RED = (200, 20, 20, 255)
STAMP_INK = (84, 46, 140, 255)
SIGNATURE_INK = (20, 35, 110, 255)


def font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")),
                              size)


def contoh(image: Image.Image, size: int, angle: float = 20) -> Image.Image:
    """CONTOH in red across the middle."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.text((image.width / 2, image.height / 2), "CONTOH", font=font(size), fill=RED,
              anchor="mm")
    layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC, center=(
        image.width / 2, image.height / 2))
    return Image.alpha_composite(image, layer)


def logo() -> Image.Image:
    """A shield in green and gold with a stylised mountain and rice: Kabupaten Sukamaju."""
    w, h = 300, 360
    image = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    shield = [(20, 20), (280, 20), (280, 200), (150, 340), (20, 200)]
    draw.polygon(shield, fill=(24, 110, 60, 255), outline=(200, 160, 30, 255), width=10)
    draw.polygon([(60, 190), (150, 70), (240, 190)], fill=(90, 150, 210, 255))
    draw.polygon([(120, 110), (150, 70), (180, 110)], fill=(255, 255, 255, 255))
    for i in range(6):  # rice grains
        y = 215 + i * 14
        draw.ellipse((95, y, 113, y + 10), fill=(230, 190, 40, 255))
        draw.ellipse((187, y, 205, y + 10), fill=(230, 190, 40, 255))
    draw.text((150, 45), "SUKAMAJU", font=font(24), fill=(255, 255, 255, 255), anchor="mm")
    return contoh(image, 62)


def signature() -> Image.Image:
    """A fictional hand: loops and a long stroke, on a transparent background."""
    w, h = 600, 240
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for i in range(700):  # loops running to the right, smaller towards the end
        t = i / 699
        x = 40 + 470 * t + 38 * math.cos(t * 44) * (1 - 0.6 * t)
        y = 120 + 62 * math.sin(t * 44) * (1 - 0.6 * t) + 30 * math.sin(t * 5)
        points.append((x, y))
    draw.line(points, fill=SIGNATURE_INK, width=6, joint="curve")
    draw.line([(60, 190), (560, 160)], fill=SIGNATURE_INK, width=5)
    return contoh(image, 70, angle=8)


def stamp() -> Image.Image:
    """A double ring with the agency's name and the unit as letters round it."""
    size = 420
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = size / 2
    for r, width in ((200, 9), (186, 3), (128, 3)):
        draw.ellipse((c - r, c - r, c + r, c + r), outline=STAMP_INK, width=width)
    _ring(image, "PEMERINTAH KABUPATEN SUKAMAJU", c, 157, top=True)
    _ring(image, "SEKRETARIAT DAERAH", c, 157, top=False)
    # the coat of arms in the centre: the logo's shield, mountain and rice, in stamp ink
    draw.polygon([(c - 55, c - 70), (c + 55, c - 70), (c + 55, c + 10), (c, c + 72),
                  (c - 55, c + 10)], outline=STAMP_INK, width=6)
    draw.polygon([(c - 38, c + 2), (c, c - 52), (c + 38, c + 2)], outline=STAMP_INK, width=5)
    for i in range(4):
        y = c + 12 + i * 10
        draw.ellipse((c - 30, y, c - 20, y + 6), fill=STAMP_INK)
        draw.ellipse((c + 20, y, c + 30, y + 6), fill=STAMP_INK)
    return contoh(image, 74)


def _ring(image: Image.Image, text: str, c: float, radius: float, *, top: bool) -> None:
    letter = font(30)
    step = 0.115  # radians a letter
    start = -step * (len(text) - 1) / 2
    for i, char in enumerate(text):
        angle = start + i * step
        tile = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((24, 24), char, font=letter, fill=STAMP_INK, anchor="mm")
        if top:
            x, y = c + radius * math.sin(angle), c - radius * math.cos(angle)
            tile = tile.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
        else:  # along the bottom, left to right, letters upright
            x, y = c + radius * math.sin(angle), c + radius * math.cos(angle)
            tile = tile.rotate(math.degrees(angle), resample=Image.Resampling.BICUBIC)
        image.alpha_composite(tile, (round(x - 24), round(y - 24)))


def main() -> None:
    for name, draw in (("logo", logo), ("official_signature", signature), ("seal", stamp)):
        draw().save(HERE / f"demo_{name}.png", optimize=True)


if __name__ == "__main__":
    main()
