"""Ranks and grades of Indonesian civil servants, for choosing them rather than typing them.

PNS have a golongan/ruang and the pangkat that goes with it (PP 99/2000). PPPK have a golongan
from I to XVII (Perpres 98/2020) and no pangkat.
"""

from __future__ import annotations

# (golongan/ruang, pangkat), lowest first.
PNS_GRADES: tuple[tuple[str, str], ...] = (
    ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"), ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"), ("II/d", "Pengatur Tingkat I"), ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"), ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
)

PPPK_GRADES: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    "XV", "XVI", "XVII",
)


def rank_of(grade: str) -> str:
    """The pangkat of a PNS golongan/ruang ("III/a" -> "Penata Muda"); "" when there is none."""
    return dict(PNS_GRADES).get(grade.strip(), "")


def grades(kind: str) -> tuple[str, ...]:
    """The grades someone of `kind` ("PNS" or "PPPK") can hold, lowest first."""
    return PPPK_GRADES if kind == "PPPK" else tuple(grade for grade, _ in PNS_GRADES)
