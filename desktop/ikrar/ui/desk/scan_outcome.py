"""From a scan or a chosen name to what the desk shows: a card, a duplicate, or a problem.

Shared by the operator's station page and the self-service attendee window, so both say the
same thing about the same badge. Messages are in the user's language; the store's English text
stays in the log and the tooltip.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from ikrar.core.badge_code import is_badge_code
from ikrar.core.dates import format_datetime
from ikrar.core.errors import IkrarError
from ikrar.core.keys import KeyFileError, PublicKey
from ikrar.store import desk, keystore, lookup
from ikrar.store.lookup import Found, ScanRefused
from ikrar.store.models import Attendance, Event
from ikrar.ui.widgets import messages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    kind: str  # "card" | "duplicate" | "problem"
    found: Found | None = None
    code: str = ""  # ScanRefused reason for problems
    message: str = ""  # for the operator (problems)
    detail: str = ""  # the store's own words (English), for a tooltip and the log
    nip: str | None = None  # a well-formed NIP nobody has: offer to register a walk-in


class AgencyKey:
    """The agency public key, read when a signed badge first needs it (and again while absent)."""

    def __init__(self) -> None:
        self._key: PublicKey | None = None

    def get(self) -> PublicKey | None:
        if self._key is None:
            try:
                self._key = keystore.agency_public_key()
            except (KeyFileError, RuntimeError) as exc:
                log.info("no agency public key: %s", exc)
        return self._key


def outcome_of_found(found: Found) -> Outcome:
    return Outcome("duplicate" if found.first is not None else "card", found)


class ScanTexts(QObject):
    """The words for outcomes (a QObject so that its strings have one translation context)."""

    def no_event(self) -> str:
        return self.tr("There is no event on this station yet, so nobody can check in. An "
                       "administrator creates one with “ikrar event create”.")

    def problem(self, exc: ScanRefused, event: Event) -> str:
        """What to tell the person at the desk about a refused scan, and what to do."""
        text = messages.error_text(exc)
        if exc.reason == "unknown_nip":
            text += " " + messages.text("scan.walk_in_hint" if event.allow_walk_ins
                                        else "scan.no_walk_ins")
        return text

    def method(self, method: str) -> str:
        return messages.method_text(method)

    def another_station(self) -> str:
        return messages.text("station.another")


def texts() -> ScanTexts:
    global _texts
    if _texts is None:
        _texts = ScanTexts()
    return _texts


_texts: ScanTexts | None = None


def resolve(event: Event | None, text: str, key: AgencyKey, method: str) -> Outcome:
    if event is None:
        return Outcome("problem", code="no_event", message=texts().no_event())
    try:
        found = lookup.resolve_scan(
            event, text, key.get() if _looks_signed(text) else None, method=method
        )
    except ScanRefused as exc:
        log.info("scan refused (%s): %s", exc.code, exc)
        return Outcome("problem", code=exc.reason, message=texts().problem(exc, event),
                       detail=str(exc), nip=exc.nip if exc.reason == "unknown_nip" else None)
    except IkrarError as exc:
        log.warning("scan failed: %s", exc)
        return Outcome("problem", code="error", message=messages.error_text(exc), detail=str(exc))
    return outcome_of_found(found)


def _looks_signed(text: str) -> bool:
    return "".join(text.split()).upper().startswith("IKB") or is_badge_code(text)


def method_text(method: str) -> str:
    return texts().method(method)


def first_check_in(first: Attendance, event: Event) -> tuple[str, str, str]:
    """(when, where, how) of someone's first check-in, for the duplicate panel."""
    where = desk.station_name(first.station_id) or texts().another_station()
    return format_datetime(first.checked_in_at, event.timezone), where, method_text(first.method)
