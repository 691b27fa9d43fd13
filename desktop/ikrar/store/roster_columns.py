"""Finding the header row of a roster and reading its columns.

Government spreadsheets (SIMPEG/SIASN exports, "DAFTAR NOMINATIF PEGAWAI" lists) carry title
rows, blank rows and merged cells above the real header, and name the same column a dozen ways.
The header is the row among the first few dozen that names the most known columns, NIP and
name among them. Column names are compared without case, spaces or punctuation. The cells of
a valid row then become Employee field values here too (rank and grade apart, search key).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ikrar.core.names import display_name, search_key

HEADER_SCAN_ROWS = 30

# Field -> how rosters spell its column, written as `header_key` reduces them.
_ALIASES: dict[str, tuple[str, ...]] = {
    "nip": ("nip", "nipbaru", "nip18", "noindukpegawai", "nomorindukpegawai", "nipnipppk",
            "nipnippppk", "nipppk"),
    "name": ("nama", "namalengkap", "namapegawai", "name", "fullname", "namaasn"),
    "front_title": ("gelardepan", "glrdepan", "fronttitle"),
    "back_title": ("gelarbelakang", "glrbelakang", "backtitle"),
    "status": ("status", "statuskepegawaian", "jenispegawai", "statuspegawai", "jenisasn",
               "employmentstatus"),
    "rank": ("pangkat", "rank"),
    "grade": ("golongan", "gol", "golruang", "golonganruang", "golru", "grade"),
    "rank_grade": ("pangkatgolongan", "pangkatgol", "pangkatgolruang", "pangkatgolonganruang",
                   "pangkatdangolongan", "rankgrade"),
    "position": ("jabatan", "namajabatan", "position"),
    "unit": ("unitkerja", "opd", "satuankerja", "perangkatdaerah", "skpd", "unitorganisasi",
             "unit", "namaunitkerja", "satker"),
    "agency": ("instansi", "agency", "namainstansi", "instansiinduk"),
}  # fmt: skip
ALIASES: dict[str, str] = {alias: field for field, names in _ALIASES.items() for alias in names}

# How rejections name a field: the usual column name, as the user knows it.
FIELD_LABELS = {
    "nip": "NIP", "name": "Nama", "front_title": "Gelar Depan", "back_title": "Gelar Belakang",
    "status": "Status", "rank": "Pangkat", "grade": "Golongan", "rank_grade": "Pangkat/Golongan",
    "position": "Jabatan", "unit": "Unit Kerja", "agency": "Instansi",
}  # fmt: skip

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(value: Any) -> str:
    """ "No. Induk Pegawai" -> "noindukpegawai"; a bracketed note ("NIP (18 digit)") is ignored."""
    if not isinstance(value, str):
        return ""
    text = unicodedata.normalize("NFKC", value).lower()
    key = _NOT_ALNUM.sub("", _BRACKETED.sub("", text))
    return key or _NOT_ALNUM.sub("", text)


@dataclass(frozen=True)
class Columns:
    """Where the header is and which position holds which field."""

    header_index: int  # index into the scanned rows of the (last) header row
    positions: dict[str, int]  # field -> 0-based column; "rank_grade" only without rank/grade

    def __post_init__(self) -> None:
        if {"rank", "grade"} & self.positions.keys():
            self.positions.pop("rank_grade", None)

    @property
    def score(self) -> int:
        return len(self.positions)


def _match(row: Sequence[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, value in enumerate(row):
        field = ALIASES.get(header_key(value))
        if field is not None and field not in found:
            found[field] = position
    return found


def find_header(rows: Sequence[Sequence[Any]]) -> Columns | None:
    """The best header among `rows` (the first HEADER_SCAN_ROWS of a sheet), or None.

    A second header row right under the first (the "Pangkat | Gol" under a merged
    "Pangkat/Gol" cell) adds the columns it names.
    """
    best: Columns | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = _match(row)
        if "nip" not in found or "name" not in found:
            continue
        if best is None or len(found) > best.score:
            best = Columns(index, found)
    if best is None or best.header_index + 1 >= len(rows):
        return best
    below = _match(rows[best.header_index + 1])
    if not below or {"nip", "name"} & below.keys():
        return best
    merged = dict(best.positions)
    for field, position in below.items():
        merged.setdefault(field, position)
    return Columns(best.header_index + 1, merged)


def is_column_numbering(row: Sequence[Any]) -> bool:
    """True for the "1 2 3 4 ..." row that many government sheets put under the header."""
    numbers = []
    for value in row:
        if value is None or value == "":
            continue
        text = str(value).strip().strip("()")
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if not text.isdigit() or len(text) > 3:
            return False
        numbers.append(int(text))
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# Golongan ruang of PNS ("IV/a") and of PPPK (a Roman numeral up to XVII).
_PNS_GRADE = re.compile(r"\b(IV|III|II|I)\s*/\s*([a-eA-E])\b", re.IGNORECASE)
_PPPK_GRADE = re.compile(
    r"(?:^|[,(/\-]\s*)(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\)?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # rosters repeat the same few grades, ranks and statuses
def normalise_grade(text: str) -> str:
    """ "iv / A" -> "IV/a"; anything else is kept as written."""
    match = _PNS_GRADE.fullmatch(text)
    if match:
        return f"{match.group(1).upper()}/{match.group(2).lower()}"
    match = _PPPK_GRADE.fullmatch(text)
    return match.group(1).upper() if match else text


@lru_cache(maxsize=4096)
def split_rank_grade(text: str) -> tuple[str, str]:
    """ "Pembina, IV/a" or "Pembina (IV/a)" -> ("Pembina", "IV/a"); no grade -> (text, "")."""
    match = _PNS_GRADE.search(text)
    if match:
        grade = f"{match.group(1).upper()}/{match.group(2).lower()}"
    else:
        match = _PPPK_GRADE.search(text)
        if not match:
            return text, ""
        grade = match.group(1).upper()
    rest = text[: match.start()] + " " + text[match.end() :]
    rank = " ".join(rest.replace("()", " ").split()).strip(" ,;/-()")
    return rank, grade


_STATUS = {"pns": "PNS", "cpns": "PNS", "pegawainegerisipil": "PNS", "calonpns": "PNS",
           "pppk": "PPPK", "p3k": "PPPK"}  # fmt: skip


@lru_cache(maxsize=256)
def parse_status(text: str) -> str | None:
    """PNS or PPPK from "PNS", "CPNS", "PPPK", "P3K", "PPPK Paruh Waktu"...; None if unknown."""
    key = header_key(text)
    if key in _STATUS:
        return _STATUS[key]
    if key.startswith(("pppk", "p3k", "pegawaipemerintahdenganperjanjiankerja")):
        return "PPPK"
    return None


def cell_text(value: Any) -> str:
    """A workbook cell as trimmed text: 3.0 -> "3", a date -> "2024-07-10", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return str(value)


def employee_values(values: dict[str, str]) -> dict[str, str]:
    """A valid row as Employee fields: rank and grade apart, spaces tidied, search key."""
    if "rank_grade" in values:
        values["rank"], values["grade"] = split_rank_grade(values.pop("rank_grade"))
    elif values.get("rank") and not values.get("grade"):
        rank, grade = split_rank_grade(values["rank"])
        if grade:
            values["rank"], values["grade"] = rank, grade
    grade = values.get("grade")
    if grade:
        values["grade"] = normalise_grade(grade)
    # The name fields, spaces tidied (one call each, not a loop: 100,000 rows an import).
    name = values["name"] = " ".join(values["name"].split())
    front = values.get("front_title")
    if front is not None:
        front = values["front_title"] = " ".join(front.split())
    back = values.get("back_title")
    if back is not None:
        back = values["back_title"] = " ".join(back.split())
    values["search_key"] = search_key(_display(name, front or "", back or ""))
    return values


def _display(name: str, front: str, back: str) -> str:
    """`display_name` of fields whose spaces are already tidied: for ASCII text (what NFKC
    leaves as it is) the same result without tidying each part again, 100,000 times."""
    if not (name.isascii() and front.isascii() and back.isascii()):
        return display_name(name, front, back)
    shown = f"{front} {name.strip(' ,')}".strip() if front else name.strip(" ,")
    back = back.strip(" ,")
    return f"{shown}, {back}" if back else shown
