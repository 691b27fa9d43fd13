"""People's names with and without Indonesian academic and religious titles (gelar).

Rosters write titles every way: in their own columns, glued to the name, upper case, without
dots. Titles before the name are recognised from a list; everything after the first comma is
taken as back titles, and known back titles written without a comma are dropped too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Written without dots and in lower case, so "S.Kom.", "S.KOM" and "skom" all match.
FRONT_TITLES = frozenset(
    {
        "prof", "dr", "dra", "drs", "ir", "h", "hj", "kh", "hc", "drg", "drh", "ns", "apt",
        "bd", "ust", "ustadz", "ustazah", "hajjah", "haji",
    }
)  # fmt: skip
BACK_TITLES = frozenset(
    {
        # bachelor
        "sh", "se", "skom", "ssos", "spd", "spdi", "st", "sip", "sstp", "sked", "sag", "shut",
        "sfarm", "skep", "skm", "ss", "spsi", "ssn", "sak", "sp", "spt", "spi", "ssi", "sikom",
        "sthi", "sstat", "sds", "sgz", "stp", "skg", "ssit", "strkep", "strkeb", "stra",
        "sei", "shi", "sthk", "sft", "ssttp", "sstpar",
        # diploma
        "amd", "amdkep", "amdkeb", "amdkes", "amdfarm", "amdak", "amdgz", "amdrad", "amdtra",
        "amdkom", "amdpar", "ama", "amapd", "dipl",
        # master and doctor
        "mm", "msi", "mpd", "mh", "mkes", "mt", "map", "mak", "phd", "mpa", "msc", "meng",
        "mba", "mkom", "mhum", "mag", "mpdi", "mars", "mp", "mkn", "mpsi", "mbiomed", "mtp",
        "mec", "mecdev", "mse", "msm", "mip", "mikom", "mhi", "mfarm", "mgizi", "ma", "llm",
        "mth", "mdiv", "mkm", "mpwk", "msos", "mstat", "mkep", "mtr",
        # professions and specialists
        "apt", "ners", "ak", "ca", "cpa", "cht", "spa", "sppd", "spog", "spb", "spm", "sptht",
        "sptht-kl", "spkk", "sprad", "span", "spjp", "spn", "spkj", "spp", "spu", "spbs",
        "spot", "sppk", "sppa", "spf", "spkfr", "spgk", "spdv", "spak", "sppd-kgeh", "mked",
    }
)  # fmt: skip

# Acronyms that are written without dots yet are never part of a name.
_UNDOTTED_BACK = frozenset({"mpa", "mba", "mm", "msi", "mkes", "skm", "mars", "phd", "llm", "amd"})

_SPACES = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"['\u2018\u2019`\u00b4]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _tidy(text: str) -> str:
    text = text or ""
    if text.isascii():  # NFKC changes no ASCII text: skip it for 100,000-row imports
        return " ".join(text.split())  # what _SPACES does: split() knows the same spaces
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _title_key(token: str) -> str:
    return token.lower().replace(".", "").strip(",;()")


def display_name(name: str, front_title: str = "", back_title: str = "") -> str:
    """`gelar_depan nama, gelar_belakang`, e.g. "Dr. H. Ahmad Fauzi, S.Kom., M.Si."."""
    front = _tidy(front_title)
    core = _tidy(name).strip(" ,")
    back = _tidy(back_title).strip(" ,")
    shown = f"{front} {core}".strip()
    return f"{shown}, {back}" if back else shown


def name_without_titles(text: str) -> str:
    """The bare name: "Dr. H. Ahmad Fauzi, S.Kom., M.Si." -> "Ahmad Fauzi".

    Never strips a name down to nothing: a single remaining word is kept even if it
    looks like a title.
    """
    head = _tidy(text).split(",", 1)[0]
    tokens = head.split(" ") if head else []
    while len(tokens) > 1 and _is_front_title(tokens[0]):
        tokens.pop(0)
    while len(tokens) > 1 and _is_back_title(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


# Both are asked of every name a roster import reads: remembered per word, as names share
# their words (Muhammad, Siti, Sri...) far more than they differ.
@lru_cache(maxsize=1 << 14)
def _is_front_title(token: str) -> bool:
    return _title_key(token) in FRONT_TITLES


@lru_cache(maxsize=1 << 14)
def _is_back_title(token: str) -> bool:
    key = _title_key(token)
    # Without a comma, only dotted forms are trusted: "Ahmad Ma" keeps "Ma", "Ahmad M.A." not.
    return key in _UNDOTTED_BACK or (key in BACK_TITLES and "." in token)


# Certificates print an acting official's name bare; that is the same rule, so one function.
plain_name = name_without_titles


def search_key(text: str) -> str:
    """A key for finding people however their name was typed.

    "DR. H.  AHMAD-FAUZI, S.Kom" -> "ahmad fauzi": titles dropped, accents folded, lower
    case, punctuation gone, single spaces. Apostrophes vanish ("Ma'ruf" -> "maruf") because
    people type them inconsistently.
    """
    bare = name_without_titles(text)
    if bare.isascii():  # nothing to fold: lower case, apostrophes and punctuation in one pass
        return " ".join(bare.translate(_ASCII_KEY).split())
    folded = unicodedata.normalize("NFKD", bare)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _APOSTROPHES.sub("", folded)
    return _NOT_WORD.sub(" ", folded).strip()


# search_key's steps for ASCII text as one table: upper case to lower, apostrophes dropped,
# anything else not a letter or digit to a space (then runs of spaces become one).
_ASCII_KEY = str.maketrans(
    {chr(c): (None if chr(c) in "'`" else chr(c).lower() if chr(c).isalnum() else " ")
     for c in range(128)}
)
