from __future__ import annotations

import pytest

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
