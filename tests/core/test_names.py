from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar.core.names import display_name, name_without_titles, plain_name, search_key


def test_display_name_with_both_titles():
    assert (
        display_name("Ahmad Fauzi", "Dr. H.", "S.Kom., M.Si.")
        == "Dr. H. Ahmad Fauzi, S.Kom., M.Si."
    )


def test_display_name_without_back_title_has_no_comma():
    assert display_name("Budi Santoso", "Dr.") == "Dr. Budi Santoso"
    assert display_name("  Budi   Santoso ", "", "  ") == "Budi Santoso"


def test_display_name_tidies_stray_commas_and_spaces():
    assert display_name(" Siti  Aminah ,", " ", ", S.Pd.") == "Siti Aminah, S.Pd."


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Dr. H. Ahmad Fauzi, S.Kom., M.Si.", "Ahmad Fauzi"),
        ("Prof. Dr. Ir. Hj. Siti Nurhaliza, M.T., Ph.D.", "Siti Nurhaliza"),
        ("dr. Rina Wulandari, Sp.A.", "Rina Wulandari"),
        ("Drs. Bambang Sutrisno M.M.", "Bambang Sutrisno"),
        ("DRA. ENDANG SRI, M.PD", "ENDANG SRI"),
        ("Yudi Hartono, A.Md.", "Yudi Hartono"),
        ("Hendra Gunawan MPA", "Hendra Gunawan"),
        ("Ahmad Fauzi", "Ahmad Fauzi"),
        ("Ahmad Ma", "Ahmad Ma"),
        ("H.", "H."),
        ("", ""),
    ],
)
def test_name_without_titles(text, bare):
    assert name_without_titles(text) == bare


def test_plain_name_is_the_same_rule():
    assert plain_name is name_without_titles
    assert plain_name("Dr. H. Ahmad Fauzi, S.Kom., M.Si.") == "Ahmad Fauzi"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("DR. H.  AHMAD-FAUZI, S.Kom", "ahmad fauzi"),
        ("Dr. H. Ahmad Fauzi, S.Kom., M.Si.", "ahmad fauzi"),
        ("Ma'ruf Amin", "maruf amin"),
        ("Zoë  Ñoviantí", "zoe novianti"),
        ("  ", ""),
    ],
)
def test_search_key(text, key):
    assert search_key(text) == key


def test_search_key_matches_display_and_bare_forms():
    shown = display_name("Siti Aminah", "Dra. Hj.", "M.Pd.")
    assert search_key(shown) == search_key("SITI AMINAH") == "siti aminah"


def _reference_key(text: str) -> str:
    """search_key as first written, with regular expressions for every step."""
    import re
    import unicodedata

    from ikrar.core.names import _UNDOTTED_BACK, BACK_TITLES, FRONT_TITLES

    def title(token: str) -> str:
        return token.lower().replace(".", "").strip(",;()")

    def back(token: str) -> bool:
        return title(token) in _UNDOTTED_BACK or (title(token) in BACK_TITLES and "." in token)

    tidy = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()
    tokens = tidy.split(",", 1)[0].split(" ") if tidy.split(",", 1)[0] else []
    while len(tokens) > 1 and title(tokens[0]) in FRONT_TITLES:
        tokens.pop(0)
    while len(tokens) > 1 and back(tokens[-1]):
        tokens.pop()
    folded = unicodedata.normalize("NFKD", " ".join(tokens))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"['\u2018\u2019`\u00b4]", "", folded)
    return re.sub(r"[^0-9a-z]+", " ", folded).strip()


_WORDS = ["Dr.", "H.", "Hj", "Ahmad", "S.Kom.", "M.Si", "MM", "Ma", "M.A.", "prof", "O'Neil",
          "Ma`ruf", "Zulkifli-Lubis", ",", " , ", "\t", "\x1c", "IR", "Siti", "Nur'aini", "é"]


@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), max_size=7))
def test_search_key_is_the_regular_expression_rule(parts):
    """The ASCII fast path (one translation table, titles remembered per word) gives the key
    the rule's regular expressions give, for any text."""
    for text in (" ".join(parts), "".join(parts)):
        assert search_key(text) == _reference_key(text)
        assert search_key(text) == _reference_key(text)  # again, from what was remembered
