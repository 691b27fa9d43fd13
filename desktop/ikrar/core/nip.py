"""Indonesian civil-servant numbers (NIP for PNS, NI PPPK for PPPK), checked for format only.

Layout, 18 digits, 1-based positions:

    PNS  (Perka BKN 22/2007)   1-8 birth date YYYYMMDD | 9-14 first appointment (TMT CPNS) YYYYMM
                               | 15 gender 1/2 | 16-18 serial 001-999
    PPPK (NI PPPK, BKN)        1-8 birth date YYYYMMDD | 9-12 appointment year YYYY
                               | 13 PPPK marker "2" | 14 contract/category digit
                               | 15 gender 1/2 | 16-18 serial 001-999

A PNS appointment month is 01-12, so digit 13 is always 0 or 1; a "2" there can only be the
PPPK marker. Digit 14 of a PPPK number counts work agreements ("21..." on most numbers) but
other values occur (e.g. "24" on 2025 part-time numbers), so any digit is accepted there.
Gender and serial sit at the same positions in both layouts, so both display as 8 6 1 3.

There is no check digit: a number that passes is well formed, not proof that the person exists.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

NIP_LENGTH = 18
PPPK_MARKER = "2"
MIN_BIRTH_YEAR = 1940
MIN_AGE_YEARS = 17
# Month-only dates lose the day, and older records carry appointments at barely 18:
# allow half a year of slack rather than refuse real people.
MIN_APPOINTMENT_AGE_MONTHS = 17 * 12 + 6
# PPPK exist since UU 5/2014; the first were appointed under PP 49/2018.
PPPK_FIRST_YEAR = 2019

_SEPARATORS = re.compile(r"[\s.\-]")
# Excel shows big numbers as "1.99001E+17" (or "1,99001E+17" with Indonesian settings) and
# exports them as "199001012015011001.0"; both mean the cell was a number, not text.
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+$")
_FLOAT_TAIL = re.compile(r"^\d{15,}[.,]0+$")

_TEXT_COLUMN_HINT = (
    "Excel turned the NIP into a number and lost digits; format the NIP column as Text "
    "and enter the NIP again"
)


class NipError(ValueError):
    """An NIP that is not well formed; `code` says which part is wrong."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Nip:
    """An 18-digit NIP, unspaced. Get one from `validate_nip`, which checks the parts."""

    value: str

    def __post_init__(self) -> None:
        if len(self.value) != NIP_LENGTH or not self.value.isascii() or not self.value.isdigit():
            raise NipError("length", f"Nip needs 18 ASCII digits, got {self.value!r}")

    def __str__(self) -> str:
        return self.value

    @property
    def kind(self) -> str:
        """ "PNS" or "PPPK"."""
        return "PPPK" if self.value[12] == PPPK_MARKER else "PNS"

    @property
    def birth_date(self) -> datetime.date:
        v = self.value
        return datetime.date(int(v[0:4]), int(v[4:6]), int(v[6:8]))

    @property
    def appointment(self) -> tuple[int, int | None]:
        """(year, month) of first appointment; month is None for PPPK, whose NI has only a year."""
        year = int(self.value[8:12])
        if self.kind == "PPPK":
            return year, None
        return year, int(self.value[12:14])

    @property
    def gender(self) -> str:
        """ "L" (laki-laki) or "P" (perempuan)."""
        return "L" if self.value[14] == "1" else "P"

    @property
    def serial(self) -> int:
        return int(self.value[15:18])

    @property
    def grouped(self) -> str:
        return format_nip(self.value)


def parse_nip(text: str | int | float) -> str:
    """Clean an NIP as typed, scanned or imported and return its 18 digits.

    Spaces, dots and dashes are separators; a leading apostrophe (Excel's "this is text"
    prefix) is dropped. Numbers that went through a float are refused, because their last
    digits are already gone. Dates and codes are not checked here: see `validate_nip`.
    """
    if type(text) is str and len(text) == NIP_LENGTH and text.isascii() and text.isdigit():
        return text  # already clean: the common case, kept cheap for 100,000-row imports
    if isinstance(text, bool):
        raise NipError("not_digits", f"NIP must be digits, got {text!r}")
    if isinstance(text, float):
        raise NipError(
            "scientific_notation", f"NIP {text!r} is a decimal number: {_TEXT_COLUMN_HINT}."
        )
    if isinstance(text, int):
        text = str(text)
    if not isinstance(text, str):
        raise NipError("not_digits", f"NIP must be text of 18 digits, got {type(text).__name__}")

    raw = unicodedata.normalize("NFKC", text).strip().lstrip("'").strip()
    if not raw:
        raise NipError("empty", "NIP is empty; enter the 18-digit NIP.")
    if _SCIENTIFIC.match(raw) or _FLOAT_TAIL.match(raw):
        raise NipError(
            "scientific_notation", f"NIP {raw!r} is in number form: {_TEXT_COLUMN_HINT}."
        )

    digits = _SEPARATORS.sub("", raw)
    bad = sorted({c for c in digits if not ("0" <= c <= "9")})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise NipError(
            "not_digits",
            f"NIP {raw!r} contains {shown}; an NIP has only digits (spaces, dots and dashes "
            "are allowed between groups).",
        )
    if len(digits) != NIP_LENGTH:
        raise NipError(
            "length",
            f"NIP {raw!r} has {len(digits)} digits; an NIP has exactly {NIP_LENGTH}. "
            "Check for a missing or extra digit.",
        )
    return digits


def format_nip(nip: str) -> str:
    """Group an NIP for display as 8 6 1 3: "19900101 201501 1 001"."""
    v = parse_nip(nip)
    return f"{v[0:8]} {v[8:14]} {v[14]} {v[15:18]}"


def validate_nip(nip: str | int | float, today: datetime.date | None = None) -> Nip:
    """Check that an NIP is well formed and return it with its parts readable.

    This is a format check: a real birth date, an appointment at a plausible age and not in
    the future, gender 1 or 2, serial 001-999. It cannot tell whether the NIP belongs to
    anyone; only the roster can.
    """
    value = parse_nip(nip)
    today = today or datetime.date.today()
    if not (_birth_passes(value[:8], today)
            and _appointment_passes(value[:6] + value[8:14], today)):
        _check_dates(value, today)  # raises, with the NIP in the message
    if value[14] not in "12":
        raise NipError(
            "gender",
            f"NIP {format_nip(value)}: digit 15 is the gender code and must be 1 (male) or "
            f"2 (female), not {value[14]}.",
        )
    if value[15:18] == "000":
        raise NipError(
            "serial",
            f"NIP {format_nip(value)}: the last 3 digits (serial) must be 001-999, not 000.",
        )
    return _checked(value)


def _checked(value: str) -> Nip:
    """A Nip of digits `parse_nip` already checked, without checking them again (a frozen
    dataclass's own constructor costs more than the whole check, 100,000 times an import)."""
    made = _new(Nip)
    _set(made, "value", value)
    return made


_new, _set = object.__new__, object.__setattr__


def is_valid_nip(text: str | int | float, today: datetime.date | None = None) -> bool:
    try:
        validate_nip(text, today)
    except NipError:
        return False
    return True


def _check_dates(value: str, today: datetime.date) -> None:
    """Digits 1-14: a real, plausible birth date and an appointment at a plausible age."""
    birth = _check_birth(value, today)
    if value[12] == PPPK_MARKER:
        _check_pppk_appointment(value, birth, today)
    else:
        _check_pns_appointment(value, birth, today)


# Remembered checks of the date parts: a roster's birth dates repeat (10,000-odd days of
# birth for 100,000 people), and an appointment's check needs only the birth month, so
# 100,000 NIPs make a few thousand checks. The digits they leave out play no part in the
# check, only in its message, which a failing NIP makes again in full (`_check_dates`).
@lru_cache(maxsize=1 << 16)
def _birth_passes(birth: str, today: datetime.date) -> bool:
    """Whether digits 1-8 pass `_check_birth`."""
    try:
        _check_birth(birth + "2015011001", today)
    except NipError:
        return False
    return True


@lru_cache(maxsize=1 << 16)
def _appointment_passes(key: str, today: datetime.date) -> bool:
    """Whether digits 9-14 pass the appointment check for a birth date (valid, and in the
    year and month of key[:6]); key: digits 1-6, then 9-14."""
    value = f"{key[:6]}01{key[6:]}1001"
    birth = datetime.date(int(key[:4]), int(key[4:6]), 1)
    try:
        if value[12] == PPPK_MARKER:
            _check_pppk_appointment(value, birth, today)
        else:
            _check_pns_appointment(value, birth, today)
    except NipError:
        return False
    return True


def _check_birth(value: str, today: datetime.date) -> datetime.date:
    try:
        birth = datetime.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        raise NipError(
            "birth_date",
            f"NIP {format_nip(value)}: the first 8 digits ({value[0:8]}) must be a real birth "
            "date as YYYYMMDD.",
        ) from None
    latest = today.year - MIN_AGE_YEARS
    if not MIN_BIRTH_YEAR <= birth.year <= latest:
        raise NipError(
            "birth_date",
            f"NIP {format_nip(value)}: birth year {birth.year} is not plausible for a civil "
            f"servant (expected {MIN_BIRTH_YEAR}-{latest}).",
        )
    return birth


def _check_pns_appointment(value: str, birth: datetime.date, today: datetime.date) -> None:
    year, month = int(value[8:12]), int(value[12:14])
    shown = format_nip(value)
    if not 1 <= month <= 12:
        raise NipError(
            "appointment",
            f"NIP {shown}: digits 9-14 ({value[8:14]}) must be the appointment year and month "
            f"(YYYYMM, month 01-12), or mark a PPPK number with 2 at digit 13; "
            f"month {month:02d} is neither.",
        )
    if (year, month) > (today.year, today.month):
        raise NipError(
            "appointment", f"NIP {shown}: appointment {year}-{month:02d} is in the future."
        )
    age_months = (year * 12 + month) - (birth.year * 12 + birth.month)
    if age_months < MIN_APPOINTMENT_AGE_MONTHS:
        raise NipError(
            "appointment",
            f"NIP {shown}: appointment {year}-{month:02d} would be at age {age_months // 12}; "
            "civil servants are appointed at 18 or older.",
        )


def _check_pppk_appointment(value: str, birth: datetime.date, today: datetime.date) -> None:
    year = int(value[8:12])
    shown = format_nip(value)
    if year > today.year:
        raise NipError(
            "appointment", f"NIP {shown}: PPPK appointment year {year} is in the future."
        )
    if year < PPPK_FIRST_YEAR:
        raise NipError(
            "appointment",
            f"NIP {shown}: digit 13 is 2, which marks a PPPK number, but PPPK appointments "
            f"began in {PPPK_FIRST_YEAR}, not {year}.",
        )
    # Only the year is known: the person turns 18 at the latest during that year.
    if year - birth.year < 18:
        raise NipError(
            "appointment",
            f"NIP {shown}: PPPK appointment in {year} would be at age {year - birth.year}; "
            "PPPK are appointed at 18 or older.",
        )
