"""What `sync_checks.check` makes of ids: the same as `uuid.UUID(…).hex`, however they are spelt."""

from __future__ import annotations

import uuid

import pytest

from ikrar.store.sync_checks import _uuid

ID = uuid.UUID("01923456-789a-7bcd-8ef0-123456789abc")


@pytest.mark.parametrize("text", [
    ID.hex, str(ID), str(ID).upper(), ID.hex.upper(), f"{{{ID}}}", f"urn:uuid:{ID}",
    str(ID).replace("-", "", 2), "0192345-6789a-7bcd-8ef0-123456789abc",  # dashes anywhere
])
def test_every_spelling_uuid_accepts_checks_to_the_same_hex(text):
    assert _uuid(text) == uuid.UUID(text).hex == ID.hex


@pytest.mark.parametrize("text", [
    "", "0" * 31, "g" * 32, str(ID)[:-1], str(ID) + "0", f"{ID.hex}\n", f" {ID}",
])
def test_what_is_not_an_id_is_refused_as_uuid_refuses_it(text):
    with pytest.raises(ValueError):
        uuid.UUID(text)
    with pytest.raises(ValueError):
        _uuid(text)


def test_an_id_must_be_text():
    with pytest.raises(ValueError, match="must be an id"):
        _uuid(ID)
