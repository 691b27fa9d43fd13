"""The pledge text (ikrar): parsed, rendered canonically, hashed.

Every signature records the SHA-256 of the exact text the signer was shown, so the text must
have one canonical form. The plain-text format, also used by `resources/pledge/*.txt`:

    IKRAR NETRALITAS APARATUR SIPIL NEGARA       <- heading: first paragraph, may be several lines

    Dalam rangka ... kami ... berikrar:          <- preamble: paragraphs before the points

    1. Menjaga dan menegakkan ...;               <- points: lines starting "1." (or "1)"),
    2. Menghindari ...;                             numbered from 1; a point may wrap onto
                                                    following lines
    Demikian ikrar ini ...                       <- closing: paragraphs after the points

Paragraphs are separated by blank lines. Wrapped lines are joined with single spaces. The
canonical text is NFC, "\n" newlines, one line per point, no trailing whitespace; parsing it
gives back an equal `Pledge`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property

from ikrar.paths import resource

DEFAULT_RESOURCE = ("pledge", "default_2024.txt")

_POINT = re.compile(r"^(\d+)[.)]\s+(\S.*)$")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n")


class PledgeError(ValueError):
    """A pledge text that cannot be used: no heading, no points, broken numbering."""


def _line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _paragraphs(text: str) -> str:
    """Reflow paragraphs: lines joined by spaces, paragraphs by one blank line."""
    paras = [
        " ".join(_line(x) for x in p.split("\n") if _line(x)) for p in _BLANK_LINES.split(text)
    ]
    return "\n\n".join(p for p in paras if p)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Pledge:
    heading: str
    preamble: str
    points: tuple[str, ...]
    closing: str

    def __post_init__(self) -> None:
        # Normalising here means a Pledge built by hand hashes like its parsed twin.
        heading = "\n".join(
            x for x in (_line(h) for h in _normalise(self.heading).split("\n")) if x
        )
        points = tuple(_line(_normalise(p).replace("\n", " ")) for p in self.points)
        if not heading:
            raise PledgeError("The pledge has no heading; the first paragraph must be its title.")
        if not points:
            raise PledgeError(
                'The pledge has no points; write them as lines starting "1. ", "2. "...'
            )
        empty = [i for i, p in enumerate(points, 1) if not p]
        if empty:
            raise PledgeError(f"Pledge point {empty[0]} is empty.")
        object.__setattr__(self, "heading", heading)
        object.__setattr__(self, "preamble", _paragraphs(_normalise(self.preamble)))
        object.__setattr__(self, "points", points)
        object.__setattr__(self, "closing", _paragraphs(_normalise(self.closing)))

    # cached_property writes to the instance dict directly, so it works on a frozen class
    # and stays out of equality.
    @cached_property
    def text(self) -> str:
        """The exact text shown to signers and hashed."""
        blocks = [self.heading]
        if self.preamble:
            blocks.append(self.preamble)
        blocks.append("\n".join(f"{i}. {p}" for i, p in enumerate(self.points, 1)))
        if self.closing:
            blocks.append(self.closing)
        return "\n\n".join(blocks)

    @cached_property
    def sha256(self) -> str:
        return pledge_hash(self.text)


def pledge_hash(text: str) -> str:
    """SHA-256 (hex) of the text exactly as given, UTF-8 encoded."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_pledge(text: str) -> Pledge:
    """Read a pledge in the plain-text format described in this module."""
    blocks = [b for b in _BLANK_LINES.split(_normalise(text).strip()) if b.strip()]
    if not blocks:
        raise PledgeError("The pledge text is empty.")
    if _is_points(blocks[0]):
        raise PledgeError("The pledge starts with a numbered point; put the heading first.")

    heading, rest = blocks[0], blocks[1:]
    preamble: list[str] = []
    while rest and not _is_points(rest[0]):
        preamble.append(rest.pop(0))
    lines: list[str] = []
    while rest and _is_points(rest[0]):
        lines.extend(rest.pop(0).split("\n"))
    if any(_POINT.match(_line(x)) for b in rest for x in b.split("\n")):
        raise PledgeError("Pledge points must be together, one after another, before the closing.")

    return Pledge(
        heading=heading,
        preamble="\n\n".join(preamble),
        points=_collect_points(lines),
        closing="\n\n".join(rest),
    )


def _is_points(block: str) -> bool:
    return bool(_POINT.match(_line(block.split("\n", 1)[0])))


def _collect_points(lines: list[str]) -> tuple[str, ...]:
    points: list[str] = []
    for raw in lines:
        line = _line(raw)
        if not line:
            continue
        m = _POINT.match(line)
        if m:
            number = int(m.group(1))
            if number != len(points) + 1:
                raise PledgeError(
                    f"Pledge point numbered {number} where {len(points) + 1} was expected; "
                    "number the points 1, 2, 3... in order."
                )
            points.append(m.group(2))
        else:
            points[-1] = f"{points[-1]} {line}"
    return tuple(points)


def default_pledge() -> Pledge:
    """The 2024 Ikrar Netralitas ASN template bundled with the app."""
    return parse_pledge(resource(*DEFAULT_RESOURCE).read_text(encoding="utf-8"))


def customise(pledge: Pledge, replacements: dict[str, str]) -> Pledge:
    """An event's copy of a pledge with words replaced, e.g. {"Pemilu dan Pemilihan": "Pilkada"}.

    A word that does not occur is an error, so a typo cannot leave the old wording in place.
    """
    heading, preamble, closing = pledge.heading, pledge.preamble, pledge.closing
    points = list(pledge.points)
    for old, new in replacements.items():
        if not old:
            raise PledgeError("Cannot replace an empty text in the pledge.")
        if old not in "\n".join([heading, preamble, closing, *points]):
            raise PledgeError(f"{old!r} does not occur in the pledge; nothing to replace.")
        heading, preamble, closing = (s.replace(old, new) for s in (heading, preamble, closing))
        points = [p.replace(old, new) for p in points]
    return replace(
        pledge, heading=heading, preamble=preamble, points=tuple(points), closing=closing
    )
