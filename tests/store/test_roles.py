"""PINs: only salted hashes are kept; wrong PINs lock a role out, and a restart does not help."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ikrar.store import roles, settings
from ikrar.store.db import close_db, init_db
from ikrar.store.fields import utcnow
from ikrar.store.models import AuditEvent, Setting


def test_a_pin_is_kept_only_as_a_salted_hash(store):
    roles.set_pin("operator", "482916")
    roles.set_pin("clerk", "482916")
    stored = settings.get("pins")
    assert "482916" not in str(stored)
    assert "482916" not in str([s.value for s in Setting.select()])
    # Same PIN, different salt, different hash.
    assert stored["operator"]["salt"] != stored["clerk"]["salt"]
    assert stored["operator"]["hash"] != stored["clerk"]["hash"]
    assert roles.check_pin("operator", "482916").ok
    assert not roles.check_pin("operator", "482917").ok
    assert roles.check_pin("clerk", " 482916 ").ok


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "１２３４"])
def test_a_pin_is_four_to_twelve_digits(store, pin):
    with pytest.raises(roles.PinError):
        roles.set_pin("admin", pin)
    assert not roles.has_pin("admin")


def test_unknown_role_and_role_without_pin(store):
    with pytest.raises(roles.PinError):
        roles.set_pin("guest", "1234")
    with pytest.raises(roles.PinError):
        roles.check_pin("admin", "1234")


def test_wrong_pins_lock_the_role_out_with_increasing_delay(store):
    roles.set_pin("operator", "1111")
    now = utcnow()
    for i in range(roles.FREE_ATTEMPTS - 1):
        attempt = roles.check_pin("operator", "9999", now)
        assert not attempt.ok and attempt.failures == i + 1 and attempt.locked_until is None
    attempt = roles.check_pin("operator", "9999", now)
    assert attempt.locked_until == now + timedelta(seconds=roles.FIRST_LOCK_S)
    # While locked even the right PIN is not tried.
    with pytest.raises(roles.LockedOut) as locked:
        roles.check_pin("operator", "1111", now + timedelta(seconds=10))
    assert locked.value.seconds == roles.FIRST_LOCK_S - 10
    # Another wrong PIN after the lock-out doubles the wait.
    later = now + timedelta(seconds=roles.FIRST_LOCK_S + 1)
    attempt = roles.check_pin("operator", "9999", later)
    assert attempt.locked_until == later + timedelta(seconds=2 * roles.FIRST_LOCK_S)
    lockouts = AuditEvent.select().where(AuditEvent.kind == "pin_lockout")
    assert [(e.subject, e.details["failures"]) for e in lockouts] == [
        ("operator", 5), ("operator", 6)]
    # Other roles are not affected.
    roles.set_pin("admin", "2222")
    assert roles.check_pin("admin", "2222", later).ok


def test_a_restart_does_not_reset_the_lock_out(store, data_dir):
    roles.set_pin("admin", "24680")
    now = utcnow()
    for _ in range(roles.FREE_ATTEMPTS):
        roles.check_pin("admin", "0000", now)
    close_db()
    init_db(data_dir)
    with pytest.raises(roles.LockedOut):
        roles.check_pin("admin", "24680", now + timedelta(seconds=1))
    assert roles.check_pin("admin", "24680", now + timedelta(seconds=roles.FIRST_LOCK_S)).ok
    # The right PIN clears the count: the next wrong one starts from one again.
    assert roles.check_pin("admin", "1", now + timedelta(seconds=99)).failures == 1


def test_lock_out_delay_is_capped():
    assert roles.lock_seconds(roles.FREE_ATTEMPTS - 1) == 0
    assert roles.lock_seconds(roles.FREE_ATTEMPTS) == roles.FIRST_LOCK_S
    assert roles.lock_seconds(roles.FREE_ATTEMPTS + 50) == roles.MAX_LOCK_S


def test_check_any_finds_the_role_and_counts_wrong_pins_against_each(store):
    roles.set_pin("operator", "1111")
    roles.set_pin("admin", "2222")
    assert roles.check_any(("operator", "admin"), "2222") == "admin"
    assert roles.check_any(("operator", "admin"), "1111") == "operator"
    assert roles.check_any(("operator", "admin"), "3333") is None
    assert settings.get("pin_failures")["operator"]["count"] == 1
    assert settings.get("pin_failures")["admin"]["count"] == 1
    now = utcnow()
    for _ in range(roles.FREE_ATTEMPTS - 1):  # one wrong PIN was counted above
        assert roles.check_any(("operator", "admin"), "3333", now) is None
    with pytest.raises(roles.LockedOut):
        roles.check_any(("operator", "admin"), "2222", now)


def test_pages_by_role(store):
    assert roles.may_open("operator", "station") and not roles.may_open("operator", "roster")
    assert roles.may_open("clerk", "certificates") and not roles.may_open("clerk", "station")
    assert all(roles.may_open("admin", page) for page in ("station", "roster", "admin"))
    assert not roles.any_pin()
    roles.set_pin("clerk", "1234")
    assert roles.any_pin()
    roles.clear_pin("clerk")
    assert not roles.any_pin()
