"""Every colour of the GUI comes from the theme module."""

from __future__ import annotations

import re
from pathlib import Path

from ikrar.ui.widgets import theme

UI = Path(__file__).resolve().parents[2] / "desktop" / "ikrar" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?!\w)")


def test_no_colour_literal_outside_the_theme():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py")) if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert found == []


def test_theme_colours_are_colours_and_helpers_use_them():
    colours = {k: v for k, v in vars(theme).items() if k.isupper() and isinstance(v, str)}
    assert len(colours) > 20
    assert all(re.fullmatch(r"#[0-9a-fA-F]{6}", v) for v in colours.values())
    assert theme.label_style(theme.OK, pt=14, weight=600) == \
        f"font-size: 14pt; font-weight: 600; color: {theme.OK};"
