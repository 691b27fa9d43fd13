"""Where the attendee's window goes, decided from the screens alone (no Qt: easy to test).

The operator's window sits on one screen. In the two-screen layout the attendee's window goes
full screen on another one: the largest, the first of equals. A screen with exactly the
operator's geometry is a mirror (a projector cloning the laptop), not a second screen. With no
second screen the desk falls back to the single-tablet layout: the attendee's window comes up
only while someone signs, and the operator is told why, instead of it covering their window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True)
class Placement:
    layout: str  # the layout in effect: "dual" or "single"
    screen: int  # index (in the list given) of the screen the attendee's window goes to
    fallback: bool = False  # two screens were asked for, only one is there


def operator_screen(screens: Sequence[Rect], point: tuple[int, int]) -> int:
    """The screen holding `point` (the centre of the operator's window); else the first."""
    x, y = point
    for index, (sx, sy, width, height) in enumerate(screens):
        if sx <= x < sx + width and sy <= y < sy + height:
            return index
    return 0


def plan(requested: str, screens: Sequence[Rect], operator: int = 0) -> Placement:
    """`requested` is the layout setting; `operator` the index of the operator's screen."""
    if not screens:
        return Placement("single", 0, fallback=requested == "dual")
    operator = operator if 0 <= operator < len(screens) else 0
    if requested != "dual":
        return Placement("single", operator)
    mine = screens[operator]
    others = [i for i, rect in enumerate(screens) if i != operator and rect != mine]
    if not others:
        return Placement("single", operator, fallback=True)
    best = max(others, key=lambda i: (screens[i][2] * screens[i][3], -i))
    return Placement("dual", best)
