"""From a scan or a chosen name to what the desk shows: a card, a duplicate, or a problem.

Shared by the operator's station page and the self-service attendee window, so both say the
same thing about the same badge. Messages are in the user's language; the store's English text
stays in the log and the tooltip.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from ikrar.core.dates import format_datetime
from ikrar.core.errors import IkrarError
from ikrar.core.keys import KeyFileError, PublicKey
from ikrar.core.nip import NipError, format_nip
from ikrar.store import keystore, lookup
from ikrar.store.lookup import Found, ScanRefused
from ikrar.store.models import Attendance, Event, Station

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    kind: str  # "card" | "duplicate" | "problem"
    found: Found | None = None
    code: str = ""  # ScanRefused code for problems
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
        texts = {
            "not_badge": self.tr("This QR code is not an employee badge{shown}. Scan the "
                                 "badge's QR code, or search by name."),
            "certificate": self.tr("This is the QR code of a pledge certificate, not an "
                                   "employee badge. Scan the badge, or search by name."),
            "damaged": self.tr("The badge code is damaged or was altered. Search for the "
                               "person by name instead."),
            "truncated": self.tr("The badge code was read only partly. Scan it again, a "
                                 "little further away, or search by name."),
            "version": self.tr("This badge has a newer format than this Ikrar knows. Update "
                               "Ikrar, or search by name."),
            "other_agency": self.tr("This badge was issued by another agency (or is a "
                                    "forgery). Only this agency's badges are accepted; search "
                                    "by name instead."),
            "forged": self.tr("The badge's signature does not match its NIP: it was altered "
                              "or forged. Check the person's identity and search by name."),
            "no_agency_key": self.tr("This station has no agency public key, so signed badges "
                                     "cannot be checked. Search by name, and ask the "
                                     "administrator to install the key."),
            "unsigned": self.tr("This event accepts signed badges only; a plain NIP is not "
                                "enough. Search by name and check the person's identity."),
            "bad_nip": self.tr("The code holds no valid NIP{shown}. Check the badge, or "
                               "search by name."),
            "unknown_nip": self.tr("NIP {nip} is not in the employee list."),
            "closed": self.tr("Check-in for this event is closed at this station."),
        }
        shown = f" ({exc.shown})" if exc.shown else ""
        text = texts.get(exc.code, str(exc)).format(shown=shown, nip=_grouped(exc.nip))
        if exc.code == "unknown_nip":
            text += " " + (self.tr("Register them as a walk-in if they belong here.")
                           if event.allow_walk_ins
                           else self.tr("This event does not allow walk-ins."))
        return text

    def method(self, method: str) -> str:
        return {
            "badge": self.tr("badge scanner"),
            "camera": self.tr("camera"),
            "search": self.tr("search by name or NIP"),
            "walk_in": self.tr("walk-in registration"),
        }.get(method, method)

    def another_station(self) -> str:
        return self.tr("another station")


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
        return Outcome("problem", code=exc.code, message=texts().problem(exc, event),
                       detail=str(exc), nip=exc.nip if exc.code == "unknown_nip" else None)
    except IkrarError as exc:
        log.warning("scan failed: %s", exc)
        return Outcome("problem", code="error", message=str(exc), detail=str(exc))
    return outcome_of_found(found)


def _looks_signed(text: str) -> bool:
    return "".join(text.split()).upper().startswith("IKB")


def _grouped(nip: str | None) -> str:
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except NipError:
        return nip


def method_text(method: str) -> str:
    return texts().method(method)


def first_check_in(first: Attendance, event: Event) -> tuple[str, str, str]:
    """(when, where, how) of someone's first check-in, for the duplicate panel."""
    station = Station.get_or_none(Station.id == first.station_id)
    where = station.name if station is not None else texts().another_station()
    return format_datetime(first.checked_in_at, event.timezone), where, method_text(first.method)
