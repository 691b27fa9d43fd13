"""IkrarError: a stable code and parameters for the GUI, the English message for CLI and log."""

from __future__ import annotations

import pytest

from ikrar.core.errors import IkrarError, UsageError
from ikrar.core.keys import VerificationError
from ikrar.store.events import EventError, create_event


def test_code_params_and_english_text():
    exc = IkrarError("store.read_only", "The data folder /x is read-only.", path="/x")
    assert (exc.code, exc.params, str(exc)) == ("store.read_only", {"path": "/x"},
                                                "The data folder /x is read-only.")
    assert UsageError("usage.date", "bad").exit_code == 2


def test_a_reason_error_keeps_its_reason_and_namespaces_its_code():
    exc = VerificationError("signature", "The signature does not match.")
    assert (exc.reason, exc.code, str(exc)) == ("signature", "verify.signature",
                                                "The signature does not match.")


def test_the_store_raises_with_a_code(store):
    from datetime import UTC, datetime

    with pytest.raises(EventError) as caught:
        create_event("  ", datetime(2024, 7, 10, 8, tzinfo=UTC))
    assert caught.value.code == "event.title_missing"
    assert str(caught.value) == "An event needs a title."
