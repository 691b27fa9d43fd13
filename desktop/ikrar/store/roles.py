"""Who may do what at a station: operator, clerk and administrator, each behind a PIN.

PINs are kept only as salted scrypt hashes in the settings. Wrong PINs are counted per role in
the database, so closing and reopening Ikrar does not reset them: after `FREE_ATTEMPTS` wrong
PINs in a row the role is locked for `FIRST_LOCK_S` seconds, and every further wrong PIN after
that doubles the wait, up to `MAX_LOCK_S`. A right PIN clears the count.

A station where no PIN is set at all is open: whoever sits there is the administrator (the
first run, the demo). Once any PIN is set, each role needs its own.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ikrar.core.errors import IkrarError
from ikrar.store import audit, settings
from ikrar.store.db import db
from ikrar.store.fields import utcnow

OPERATOR, CLERK, ADMIN = "operator", "clerk", "admin"
ROLES = (OPERATOR, CLERK, ADMIN)
# What each role may open; the administrator may open everything.
PAGES = {
    OPERATOR: frozenset({"station"}),
    CLERK: frozenset({"roster", "certificates", "reports"}),
    ADMIN: frozenset({"station", "roster", "certificates", "reports", "admin"}),
}
PIN_MIN, PIN_MAX = 4, 12
FREE_ATTEMPTS = 5
FIRST_LOCK_S = 30
MAX_LOCK_S = 3600
# scrypt at n=2**14, r=8: about 16 MB and 30-60 ms a try, cheap for a person, dear for a guesser.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class PinError(IkrarError):
    """A PIN that cannot be used (wrong form, unknown role)."""


class LockedOut(IkrarError):
    """Too many wrong PINs for a role: try again after `until`."""

    def __init__(self, role: str, until: datetime, now: datetime) -> None:
        self.role = role
        self.until = until
        self.seconds = max(1, int((until - now).total_seconds() + 0.999))
        super().__init__(
            "pin.locked_out",
            f"Too many wrong PINs for the {role} role. Try again in {self.seconds} seconds.",
            role=role, seconds=self.seconds,
        )


@dataclass(frozen=True)
class Attempt:
    ok: bool
    failures: int  # wrong PINs in a row after this attempt (0 when ok)
    locked_until: datetime | None = None  # set when this attempt started a lock-out


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise PinError("pin.unknown_role", f"Unknown role {role!r}; use one of {', '.join(ROLES)}.",
                       role=role)


def check_pin_form(pin: str) -> str:
    """The PIN as stored: 4 to 12 digits."""
    pin = (pin or "").strip()
    if not (pin.isascii() and pin.isdigit()):
        raise PinError("pin.digits_only", "A PIN has digits only.")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError("pin.length", f"A PIN has {PIN_MIN} to {PIN_MAX} digits.",
                       low=PIN_MIN, high=PIN_MAX)
    return pin


def _hash(pin: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=params["n"], r=params["r"],
                          p=params["p"], maxmem=64 * 1024 * 1024, dklen=32)


def set_pin(role: str, pin: str) -> None:
    """Give `role` a new PIN (its wrong-PIN count starts again)."""
    _check_role(role)
    pin = check_pin_form(pin)
    salt = os.urandom(16)
    record = {"salt": salt.hex(), "hash": _hash(pin, salt, SCRYPT).hex(), **SCRYPT}
    with db.atomic():
        pins = dict(settings.get("pins") or {})
        pins[role] = record
        settings.put("pins", pins)
        _put_failures(role, None)
        audit.append("pin_set", role)


def clear_pin(role: str) -> None:
    _check_role(role)
    with db.atomic():
        pins = dict(settings.get("pins") or {})
        if pins.pop(role, None) is not None:
            settings.put("pins", pins)
            _put_failures(role, None)
            audit.append("pin_clear", role)


def has_pin(role: str) -> bool:
    _check_role(role)
    return role in (settings.get("pins") or {})


def any_pin() -> bool:
    """Whether this station is protected at all (otherwise it is open, see the module notes)."""
    return bool(settings.get("pins"))


def may_open(role: str, page: str) -> bool:
    _check_role(role)
    return page in PAGES[role]


def _failures(role: str) -> dict[str, Any]:
    return dict((settings.get("pin_failures") or {}).get(role) or {"count": 0})


def _put_failures(role: str, record: dict[str, Any] | None) -> None:
    all_failures = dict(settings.get("pin_failures") or {})
    if record is None:
        if all_failures.pop(role, None) is None:
            return
    else:
        all_failures[role] = record
    settings.put("pin_failures", all_failures)


def locked_until(role: str, now: datetime | None = None) -> datetime | None:
    """When the role's lock-out ends, or None if it is not locked now."""
    _check_role(role)
    until = _failures(role).get("locked_until")
    if not until:
        return None
    until_at = datetime.fromisoformat(until)
    return until_at if until_at > (now or utcnow()) else None


def lock_seconds(failures: int) -> int:
    """How long a lock-out lasts after `failures` wrong PINs in a row (0: no lock-out)."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_ATTEMPTS))


def _matches(role: str, pin: str) -> bool:
    record = (settings.get("pins") or {}).get(role)
    if record is None:
        raise PinError("pin.not_set", f"The {role} role has no PIN yet.", role=role)
    given = (pin or "").strip()
    return given.isascii() and hmac.compare_digest(
        _hash(given, bytes.fromhex(record["salt"]), record), bytes.fromhex(record["hash"])
    )


def _count_failure(role: str, now: datetime) -> Attempt:
    count = int(_failures(role).get("count", 0)) + 1
    seconds = lock_seconds(count)
    lock_end = now + timedelta(seconds=seconds) if seconds else None
    _put_failures(role, {"count": count,
                         "locked_until": lock_end.isoformat() if lock_end else None})
    if lock_end is not None:
        audit.append("pin_lockout", role, failures=count, seconds=seconds)
    return Attempt(False, count, lock_end)


def check_pin(role: str, pin: str, now: datetime | None = None) -> Attempt:
    """Try a PIN for `role`. Raises LockedOut while the role is locked (the PIN is not even
    tried, so guessing during a lock-out gains nothing) and PinError when it has no PIN."""
    _check_role(role)
    now = now or utcnow()
    with db.atomic():
        until = locked_until(role, now)
        if until is not None:
            raise LockedOut(role, until, now)
        if _matches(role, pin):
            _put_failures(role, None)
            return Attempt(True, 0)
        return _count_failure(role, now)


def check_any(roles: tuple[str, ...], pin: str, now: datetime | None = None) -> str | None:
    """The first of `roles` whose PIN this is, else None (roles without a PIN are skipped).

    A wrong PIN counts against every role that was tried. LockedOut is raised only when every
    role with a PIN is locked; it names the one whose lock-out ends first.
    """
    now = now or utcnow()
    with db.atomic():
        candidates = [role for role in roles if has_pin(role)]
        locks = [(role, locked_until(role, now)) for role in candidates]
        open_roles = [role for role, until in locks if until is None]
        if not open_roles:
            if not locks:
                raise PinError("pin.none_set", "No PIN is set for " + " or ".join(roles) + ".",
                               roles=" or ".join(roles))
            role, until = min(locks, key=lambda item: item[1])
            raise LockedOut(role, until, now)
        for role in open_roles:
            if _matches(role, pin):
                _put_failures(role, None)
                return role
        for role in open_roles:
            _count_failure(role, now)
    return None
