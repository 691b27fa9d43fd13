from __future__ import annotations

import hashlib

import pytest

from ikrar.core.pledge import (
    Pledge,
    PledgeError,
    customise,
    default_pledge,
    parse_pledge,
    pledge_hash,
)
from ikrar.paths import resource


def test_default_loads_with_four_points():
    p = default_pledge()
    assert p.heading == "IKRAR NETRALITAS APARATUR SIPIL NEGARA"
    assert p.preamble.endswith("berikrar:")
    assert len(p.points) == 4
    assert p.points[0].startswith("Menjaga dan menegakkan prinsip netralitas")
    assert p.points[3].startswith("Menolak politik uang")
    assert p.closing.startswith("Demikian ikrar ini")


def test_text_is_canonical():
    text = default_pledge().text
    assert "\r" not in text
    assert text == text.strip()
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert "\n4. Menolak politik uang" in text


def test_resource_file_is_already_canonical():
    on_disk = resource("pledge", "default_2024.txt").read_text(encoding="utf-8")
    assert on_disk.rstrip("\n") == default_pledge().text


def test_hash_is_sha256_of_exact_text():
    p = default_pledge()
    assert p.sha256 == hashlib.sha256(p.text.encode("utf-8")).hexdigest()
    assert pledge_hash(p.text) == p.sha256
    assert pledge_hash(p.text + " ") != p.sha256


def test_round_trip():
    p = default_pledge()
    assert parse_pledge(p.text) == p
    assert parse_pledge(p.text).text == p.text


def test_customise_changes_text_and_hash():
    p = default_pledge()
    q = customise(p, {"Pemilu dan Pemilihan": "Pilkada"})
    assert "Pemilu dan Pemilihan" not in q.text
    assert "Pilkada Tahun 2024" in q.points[0]
    assert q.sha256 != p.sha256
    assert parse_pledge(q.text) == q
    assert p.text.count("Pemilu dan Pemilihan") == 2  # the original is untouched


def test_customise_unknown_word_refused():
    with pytest.raises(PledgeError, match="does not occur"):
        customise(default_pledge(), {"Pemilu Raya": "Pilkada"})


def test_parse_tolerates_crlf_wrapping_and_bom():
    messy = (
        "\ufeffIKRAR  UJI\r\n\r\nKami berikrar:\r\n\r\n1) Satu\r\n   lanjutan satu;\r\n"
        "2. Dua.\r\n\r\nDemikian.\r\n\r\n"
    )
    p = parse_pledge(messy)
    assert p == Pledge("IKRAR UJI", "Kami berikrar:", ("Satu lanjutan satu;", "Dua."), "Demikian.")
    assert p.text == "IKRAR UJI\n\nKami berikrar:\n\n1. Satu lanjutan satu;\n2. Dua.\n\nDemikian."


def test_preamble_and_closing_optional():
    p = parse_pledge("JUDUL\n\n1. Satu")
    assert (p.preamble, p.closing) == ("", "")
    assert p.text == "JUDUL\n\n1. Satu"


def test_hand_built_pledge_hashes_like_parsed():
    built = Pledge("JUDUL ", " Kami\nberikrar:", ("Satu  dua",), "")
    assert built == parse_pledge(built.text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "empty"),
        ("1. Satu\n2. Dua", "heading"),
        ("JUDUL\n\nKami berikrar tanpa butir.", "no points"),
        ("JUDUL\n\n1. Satu\n3. Tiga", "numbered 3"),
        ("JUDUL\n\n1. Satu\n\nPenutup.\n\n2. Dua", "together"),
    ],
)
def test_bad_text_raises(text, match):
    with pytest.raises(PledgeError, match=match):
        parse_pledge(text)
