from __future__ import annotations

import json
from datetime import date, datetime

import pytest
import qrcode
from hypothesis import example, given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from tests.core import certificate_vectors as vectors

from ikrar.core.certificate_code import (
    decode_code,
    event_tag,
    payload_of,
    sign_code,
    verify_code,
)
from ikrar.core.keys import PublicKey, VerificationError

DATA = json.loads(vectors.PATH.read_text(encoding="utf-8"))
AGENCY = PublicKey(bytes.fromhex(DATA["agency_public_key_hex"]))


def test_vector_file_is_what_the_builder_makes():
    assert vectors.PATH.read_text(encoding="utf-8") == vectors.render()


@pytest.mark.parametrize("vector", DATA["valid"], ids=lambda v: v["label"])
def test_valid_vectors_verify_with_their_fields(vector):
    text, fields = vector["text"], vector["fields"]
    assert payload_of(text).isdigit() and payload_of(text).startswith("92")
    checked = verify_code(text, AGENCY)
    assert checked.version == 2
    assert checked.name == fields["name"]
    assert checked.claim.nip == fields["nip"]
    assert checked.claim.number == fields["number"]
    assert checked.copy == fields["copy"]
    assert checked.event_tag == fields["event_tag"] == event_tag(fields["event_id"])
    assert checked.claim.signed_at == datetime.fromisoformat(fields["signed_at"])
    assert checked.claim.signed_at.utcoffset().total_seconds() == \
        60 * fields["utc_offset_minutes"]
    assert checked.issued_on == date.fromisoformat(fields["issued_on"])
    assert checked.station_id == fields["station_id"]
    assert checked.station_name == fields["station_name"]
    assert checked.agency_key_id == DATA["agency_key_id"]
    assert checked.claim.strokes_hash == fields["strokes_prefix"]
    assert decode_code(text).signed.hex() + decode_code(text).signature.hex() == vector["hex"]


@pytest.mark.parametrize("vector", DATA["invalid"], ids=lambda v: v["label"])
def test_invalid_vectors_fail_for_their_reason(vector):
    with pytest.raises(VerificationError) as caught:
        verify_code(vector["text"], AGENCY)
    assert caught.value.reason == vector["reason"]
    assert caught.value.message


def test_another_agency_key_refuses_every_genuine_code():
    other = PublicKey(bytes.fromhex(DATA["other_agency_public_key_hex"]))
    for vector in DATA["valid"]:
        with pytest.raises(VerificationError) as caught:
            verify_code(vector["text"], other)
        assert caught.value.reason == "agency"


def test_legacy_v1_code_still_verifies_without_name_or_copy():
    legacy = DATA["legacy_v1"]
    checked = verify_code(legacy["text"], AGENCY)
    assert (checked.version, checked.name, checked.copy) == (1, None, None)
    assert checked.claim.number == legacy["number"] and checked.claim.nip == legacy["nip"]
    # a scanner behind a URL form, or in lower case, still works
    assert verify_code("https://x.example/v#" + legacy["text"].lower(), AGENCY).claim.nip \
        == legacy["nip"]


def test_url_form_whitespace_and_a_configured_fragment():
    fields = vectors.ORIGINAL
    bare = sign_code(fields, vectors.STATION, vectors.STATION_CERT)
    with_url = sign_code(fields, vectors.STATION, vectors.STATION_CERT,
                         url="https://a.example/cek#old")
    assert with_url == "https://a.example/cek#" + bare
    spaced = " ".join(bare[i:i + 50] for i in range(0, len(bare), 50)) + "\n"
    assert verify_code(spaced, vectors.AGENCY.public).name == fields.name


def test_code_is_more_compact_than_v1_and_leaves_room_for_level_q():
    def version(text: str, level: int) -> int:
        code = qrcode.QRCode(error_correction=level)
        code.add_data(text)
        code.make(fit=True)
        return code.version

    v2 = DATA["valid"][1]["text"]  # URL form, the longest
    legacy_with_name = DATA["legacy_v1"]["text"] + "X" * 57  # 35 name bytes in base32
    assert version(v2, ERROR_CORRECT_M) < version(legacy_with_name, ERROR_CORRECT_M)
    assert version(v2, ERROR_CORRECT_Q) <= 17


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=10_000), st.integers(min_value=1, max_value=9))
@example(position=860, delta=6)  # a UTC offset of a whole day: timezone() raised ValueError
def test_any_changed_digit_is_refused(position, delta):
    genuine = DATA["valid"][0]["text"]
    i = position % (len(genuine) - 2) + 2
    forged = genuine[:i] + str((int(genuine[i]) + delta) % 10) + genuine[i + 1:]
    with pytest.raises(VerificationError):
        verify_code(forged, AGENCY)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=700))
def test_any_cut_is_refused(cut):
    genuine = DATA["valid"][0]["text"]
    with pytest.raises(VerificationError):
        verify_code(genuine[:max(2, len(genuine) - cut)], AGENCY)
