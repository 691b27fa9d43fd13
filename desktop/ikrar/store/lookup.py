"""Finding the person in front of the desk: from a scanned code, an NIP or a typed name.

Everything here answers within a keystroke on a roster of a million: exact NIP through its
unique index, names through the `search_key` index as a prefix range, the same way the
roster browser pages (see `ikrar.ui.admin.roster_model`). When those find too few, the word index
(`ikrar.store.name_index`, SQLite FTS5) finds a later word of the name, then names within a typo
or two (near words from the index's vocabulary, ranked with rapidfuzz), on a bounded set.

No Qt: the station page and the benchmarks call these functions directly.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from peewee import SQL, Expression, Field, fn
from rapidfuzz import fuzz

from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey, VerificationError
from ikrar.core.names import display_name, search_key
from ikrar.core.nip import NipError, format_nip, validate_nip
from ikrar.core.payloads import parse_scan, verify_badge
from ikrar.store import audit, name_index, outbox, settings
from ikrar.store.checkin import primary_attendance
from ikrar.store.db import db
from ikrar.store.models import Attendance, Employee, Event, RosterEntry

SEARCH_LIMIT = 12
WORD_ROWS = 300  # people read per word search, before ranking: bounds a keystroke's work
ROSTER_WORD_ROWS = 60
ROSTER_SCAN = 1_000
GROUP_TERMS = 40  # words ORed for one typed word
_NIP_QUERY = re.compile(r"^[\d\s.\-']+$")
_SHOWN = 40  # characters of an unreadable code quoted back in a message

# ScanRefused codes, for the screens that explain them:
#   not_badge       no badge and no NIP (a URL, a product code, noise)
#   certificate     a pledge certificate's QR, not a badge
#   damaged         a badge code that is damaged or altered
#   truncated       a badge code cut short (scanned partly)
#   version         a badge of a newer format than this Ikrar knows
#   other_agency    a genuine-looking badge signed with another agency's key
#   forged          a badge whose signature does not match its NIP
#   no_agency_key   a signed badge, but this station has no agency public key to check it
#   unsigned        a plain NIP where the event accepts signed badges only
#   bad_nip         digits that are not a well-formed NIP
#   unknown_nip     a well-formed NIP that is not in the employee table
#   closed          check-in for the event is closed at this station
_VERIFY_CODES = {
    "format": "damaged", "truncated": "truncated", "version": "version",
    "key_id": "other_agency", "agency": "other_agency", "signature": "forged",
}


class ScanRefused(IkrarError):
    """A scan that names nobody who can check in; `reason` says why (see above)."""

    def __init__(self, reason: str, message: str, *, nip: str | None = None,
                 shown: str = "") -> None:
        super().__init__(f"scan.{reason}", message, nip=nip, shown=shown)
        self.reason = reason
        self.nip = nip
        self.shown = shown  # the start of the code as scanned, for the message


class WalkInError(IkrarError):
    """A walk-in that cannot be registered; `reason`: not_allowed, nip, exists, name, closed."""

    def __init__(self, reason: str, message: str, *, nip_code: str = "", **params: object) -> None:
        super().__init__(f"walk_in.{reason}", message, nip_code=nip_code, **params)
        self.reason = reason
        self.nip_code = nip_code


@dataclass(frozen=True)
class Found:
    """Who a scan or a search found, and where they stand at the event."""

    employee: Employee
    on_roster: bool
    first: Attendance | None  # their check-in, when they already signed
    method: str  # how they were found: badge | camera | search | walk_in


@dataclass(frozen=True)
class Hit:
    """One search result, cheap to list."""

    id: uuid.UUID
    nip: str
    name: str  # with titles
    unit: str
    on_roster: bool
    walk_in: bool

    @property
    def nip_grouped(self) -> str:
        try:
            return format_nip(self.nip)
        except NipError:
            return self.nip


# --- the event's state at this station -------------------------------------------------------


def is_closed(event: Event) -> bool:
    return str(event.id) in (settings.get("closed_events") or [])


def set_closed(event: Event, closed: bool) -> None:
    """Close (or reopen) check-in for `event` at this station; the audit log says who did."""
    ids = [i for i in (settings.get("closed_events") or []) if i != str(event.id)]
    if closed:
        ids.append(str(event.id))
    with db.atomic():
        settings.put("closed_events", ids)
        audit.append("checkin_close" if closed else "checkin_reopen", str(event.id))


# --- scans -----------------------------------------------------------------------------------


def _shown(text: str) -> str:
    text = "".join(c if c.isprintable() else "·" for c in text.strip())
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def nip_from_scan(text: str, event: Event,
                  agency_public: PublicKey | None) -> tuple[str, bool]:
    """(NIP, whether it came from a signed badge) for what a scanner read.

    `agency_public` is the agency's public key, or None when this station
    has none: then signed badges cannot be checked and are refused with a clear reason.
    """
    shown = _shown(text)
    try:
        kind, value = parse_scan(text)
    except VerificationError as exc:
        if exc.reason == "certificate":
            raise ScanRefused("certificate", str(exc), shown=shown) from None
        digits = re.sub(r"[\s.\-']", "", text)
        code = "bad_nip" if digits.isascii() and digits.isdigit() else "not_badge"
        raise ScanRefused(code, str(exc), shown=shown) from None
    if kind == "nip":
        if event.require_signed_badges:
            raise ScanRefused(
                "unsigned", "This event accepts signed badges only; a plain NIP is not one.",
                nip=value, shown=shown)
        return value, False
    if not isinstance(agency_public, PublicKey):
        raise ScanRefused(
            "no_agency_key", "This station has no agency public key to check signed badges.",
            shown=shown)
    try:
        return verify_badge(value, agency_public), True
    except VerificationError as exc:
        code = _VERIFY_CODES.get(exc.reason, "damaged")
        raise ScanRefused(code, str(exc), shown=shown) from None


def find_nip(nip: str) -> Employee | None:
    return Employee.get_or_none(Employee.nip == nip)


def on_roster(event: Event, employee: Employee) -> bool:
    return RosterEntry.select(1).where(
        (RosterEntry.event == event) & (RosterEntry.employee == employee)
    ).exists()


def found(event: Event, employee: Employee, method: str) -> Found:
    return Found(employee, on_roster(event, employee), primary_attendance(event, employee), method)


def resolve_scan(event: Event, text: str, agency_public: PublicKey | None,
                 *, method: str = "badge") -> Found:
    """Who a scanned code names at `event`; ScanRefused with a code when nobody can be."""
    if is_closed(event):
        raise ScanRefused("closed", "Check-in for this event is closed at this station.")
    nip, _signed = nip_from_scan(text, event, agency_public)
    try:
        validate_nip(nip)
    except NipError as exc:
        # A badge or roster may carry an NIP that fails the format check; only refuse it
        # when nobody on file has it.
        if find_nip(nip) is None:
            raise ScanRefused("bad_nip", exc.message, nip=nip) from None
    employee = find_nip(nip)
    if employee is None:
        raise ScanRefused("unknown_nip", f"NIP {format_nip(nip)} is not in the employee list.",
                          nip=nip)
    return found(event, employee, method)


# --- search ----------------------------------------------------------------------------------


def _prefix(field: Field, text: str) -> Expression:
    return (field >= text) & (field < text + "\uffff")


_HIT_COLUMNS = (Employee.id, Employee.nip, Employee.name, Employee.front_title,
                Employee.back_title, Employee.unit, Employee.is_walk_in)


def _rows(where: Expression, event: Event | None, limit: int, order: tuple[Field, ...],
          exclude: set[uuid.UUID]) -> list[tuple]:
    if limit <= 0:
        return []
    query = Employee.select(*_HIT_COLUMNS).where(where)
    if event is not None:
        query = query.where(fn.EXISTS(RosterEntry.select(1).where(
            (RosterEntry.event == event) & (RosterEntry.employee == Employee.id))))
    rows = query.order_by(*order).limit(limit + len(exclude)).tuples()
    return [r for r in rows if r[0] not in exclude][:limit]


def _word_rows(match: str, event: Event | None, exclude: set[uuid.UUID]) -> list[tuple]:
    """Some people whose name has the words of `match` (an FTS5 query), with their search keys:
    up to WORD_ROWS of everyone, or ROSTER_WORD_ROWS of the event's roster (each one costs a
    roster probe, and the desk lists 12)."""
    if not match:
        return []
    table = name_index.INDEX
    if event is None:
        sub = SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT {WORD_ROWS})",
                  [match])
    else:
        # The roster is probed for the first ROSTER_SCAN matches only: a word half the
        # employees have would otherwise cost a probe each when few of them are expected.
        sub = SQL(f"(SELECT e.rowid FROM (SELECT rowid AS r FROM {table} WHERE {table} MATCH ? "
                  f"LIMIT {ROSTER_SCAN}) AS f JOIN employee e ON e.rowid = f.r "
                  "WHERE EXISTS (SELECT 1 FROM roster_entry x "
                  "WHERE x.event_id = ? AND x.employee_id = e.id) "
                  f"LIMIT {ROSTER_WORD_ROWS})",
                  [match, RosterEntry.event.db_value(event.id)])
    rows = Employee.select(*_HIT_COLUMNS, Employee.search_key).where(SQL("rowid").in_(sub))
    return [r for r in rows.tuples() if r[0] not in exclude]


def later_words_query(key: str, *, every: bool = False) -> str:
    """The FTS5 query for "santoso" finding "budi santoso" and "santoso budi" finding "budi
    santoso": every typed word somewhere in the name, the last one as a beginning ("" when a
    word is in nobody's name). The desk takes the beginning's commonest words (fast); `every`
    takes all of them (FTS5's `word*`, slower on very common beginnings), for the roster list."""
    words = key.split()
    if every:
        return " AND ".join('"' + w + '"' + ("*" if i == len(words) - 1 else "")
                            for i, w in enumerate(words))
    groups = [name_index.group(name_index.words_for(w, prefix=i == len(words) - 1))
              for i, w in enumerate(words)]
    return " AND ".join(groups) if all(groups) else ""


def _later_words(key: str, event: Event | None, limit: int, exclude: set[uuid.UUID]
                 ) -> list[tuple]:
    rows = sorted(_word_rows(later_words_query(key), event, exclude),
                  key=lambda r: (r[-1], str(r[0])))
    return [r[:-1] for r in rows[:limit]]


def misspelt(key: str, event: Event | None, limit: int, exclude: set[uuid.UUID]
             ) -> list[tuple]:
    """Names within a typo or two of `key` (a search key) per word, the closest first, as hit
    rows (the id first)."""
    words = key.split()
    groups, forgiven, near_any = [], 0, False
    for i, word in enumerate(words):
        last = i == len(words) - 1
        near = name_index.near_words(word, typing=last)
        near_any = near_any or bool(near)
        forgiven += name_index.allowed_edits(word)
        terms = name_index.words_for(word, prefix=last, limit=8)
        for n in near:
            terms += name_index.words_for(n.term, prefix=n.prefix, limit=4)
        groups.append(name_index.group(terms[:GROUP_TERMS]))
    if not near_any or not all(groups):
        return []
    scored = []
    for row in _word_rows(" AND ".join(groups), event, exclude):
        edits = name_index.distance(key, row[-1], typing=True)
        if edits <= forgiven:
            scored.append((edits, -fuzz.ratio(key, row[-1]), row[-1], str(row[0]), row[:-1]))
    scored.sort(key=lambda item: item[:4])
    return [item[-1] for item in scored[:limit]]


def _search_rows(text: str, event: Event | None, limit: int) -> list[tuple]:
    if _NIP_QUERY.match(text) and any(c.isdigit() for c in text):
        digits = re.sub(r"\D", "", text)
        return _rows(_prefix(Employee.nip, digits), event, limit, (Employee.nip,), set())
    key = search_key(text)
    if not key:
        return []
    # Ties in id order: the (search_key, id) index holds it, so SQLite stops after `limit` rows
    # (an order the index does not hold sorts every name with the prefix: 0.65 s for
    # "rahman r" at 1M, where "rahman rahman" is 50,000 people).
    order = (Employee.search_key, Employee.id)
    rows = _rows(_prefix(Employee.search_key, key), event, limit, order, set())
    if len(rows) < limit and name_index.available():
        rows += _later_words(key, event, limit - len(rows), {r[0] for r in rows})
    if len(rows) < limit and name_index.available():
        rows += misspelt(key, event, limit - len(rows), {r[0] for r in rows})
    return rows


def search(text: str, event: Event | None = None, limit: int = SEARCH_LIMIT) -> list[Hit]:
    """People whose name (titles, case and spaces ignored, small typos forgiven) or NIP starts
    with `text`. With an event: its roster first; only when nobody on it matches, everyone
    else (marked not on the roster), so a walk-in already in the employee list is found."""
    text = (text or "").strip()
    if not text:
        return []
    name_index.catch_up(wait=False)
    rows = _search_rows(text, event, limit) if event is not None else []
    expected = True
    if not rows:
        rows = _search_rows(text, None, limit)
        expected = event is None
        if event is not None and rows:
            ids = [r[0] for r in rows]
            on = {r.employee_id for r in RosterEntry.select(RosterEntry.employee).where(
                (RosterEntry.event == event) & RosterEntry.employee.in_(ids))}
            return [_hit(r, r[0] in on) for r in rows]
    return [_hit(r, expected) for r in rows]


def _hit(row: tuple, expected: bool) -> Hit:
    emp_id, nip, name, front, back, unit, walk_in = row
    return Hit(emp_id, nip, display_name(name, front, back), unit, expected, bool(walk_in))


# --- walk-ins --------------------------------------------------------------------------------


def register_walk_in(event: Event, *, nip: str, name: str, front_title: str = "",
                     back_title: str = "", unit: str = "", position: str = "", rank: str = "",
                     grade: str = "") -> Employee:
    """Add someone who is not on the roster to the employee list, flagged as a walk-in.

    They join the event's roster when they sign (the check-in does that for walk-ins).
    """
    if not event.allow_walk_ins:
        raise WalkInError("not_allowed", "This event does not allow walk-ins.")
    if is_closed(event):
        raise WalkInError("closed", "Check-in for this event is closed at this station.")
    try:
        parsed = validate_nip(nip)
    except NipError as exc:
        raise WalkInError("nip", exc.message, nip_code=exc.code) from None
    if not name.strip():
        raise WalkInError("name", "Enter the walk-in's name.")
    if find_nip(parsed.value) is not None:
        raise WalkInError("exists", f"NIP {parsed.grouped} is already in the employee list.")
    shown = display_name(name, front_title, back_title)
    with db.atomic():
        employee = outbox.insert(Employee(
            nip=parsed.value, name=" ".join(name.split()), front_title=front_title.strip(),
            back_title=back_title.strip(), status=parsed.kind, rank=rank.strip(),
            grade=grade.strip(), position=position.strip(), unit=unit.strip(),
            agency=event.agency, search_key=search_key(shown), is_walk_in=True,
        ))
        audit.append("walk_in_register", str(employee.id), event=str(event.id),
                     nip=parsed.value)
    return employee
