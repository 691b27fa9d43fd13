"""Ikrar's colours and the style-sheet pieces built from them, named by what they mean.

Every colour of the GUI comes from here, so that a status looks the same on every page and a
change of palette is one edit. Colours are "#rrggbb" strings (QColor and style sheets take them).
"""

from __future__ import annotations

# Text
TEXT = "#111111"
TEXT_STRONG = "#1d3557"
TEXT_SECONDARY = "#3d4852"
TEXT_MUTED = "#4a5561"
TEXT_DISABLED = "#66707a"
TEXT_HINT = "#6b7785"
TEXT_ON_DARK = "#ffffff"

# Status: a strong background with white text, or a pale one with dark text and a border
OK = "#1f7a3a"
OK_TEXT = "#14532d"
OK_BACKGROUND = "#e7f4ea"
OK_BORDER = "#a7d7b5"
OK_FIGURE = "#2E7D32"
ATTENTION = "#f6c343"
ATTENTION_ON = "#3b2a00"
ATTENTION_TEXT = "#8a4b00"
ATTENTION_TITLE = "#7a4a00"
ATTENTION_BORDER = "#d99a00"
ATTENTION_BACKGROUND = "#fff8e6"
PROBLEM = "#b42318"
PROBLEM_TEXT = "#9b1c1c"
PROBLEM_TEXT_DARK = "#8a1c12"
PROBLEM_BACKGROUND = "#fdecea"
PROBLEM_BORDER = "#f1b0a8"
INFO_TEXT = "#1d2b3a"
INFO_BACKGROUND = "#eef3f8"
INFO_BORDER = "#c9d6e3"

# Surfaces, lines and the accent of buttons
PAPER = "#ffffff"
PRESSED = "#eef1f4"
BORDER = "#c9d1da"
BORDER_THUMB = "#c9d1d9"
BORDER_STRONG = "#8a96a3"
BASELINE = "#b9c2cc"
HINT_MARK = "#98a3ae"
DISABLED = "#d3d9e0"
EMPTY_FIGURE = "#DADADA"
ACCENT = "#1d5fa8"
ACCENT_PRESSED = "#164a84"
INK = "#101a3c"

# Font sizes (points) of the large figures
FIGURE_PT = 64
STATUS_PT = 14


def colour(name: str) -> str:
    """A style sheet that sets only the text colour."""
    return f"color: {name};"


def label_style(name: str, *, pt: int | None = None, weight: int | None = None) -> str:
    """A label's style sheet: text colour, and optionally its size and weight."""
    size = f"font-size: {pt}pt; " if pt else ""
    bold = f"font-weight: {weight}; " if weight else ""
    return f"{size}{bold}color: {name};"


def framed(border: str, background: str, text: str) -> str:
    """A thin border around a pale box, for thumbnails and notices."""
    return f"border: 1px solid {border}; background: {background}; color: {text};"
