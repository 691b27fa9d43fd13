"""Who may write which synced row: the authorship rules every node applies to every entry.

Every entry arrives with the kind of key that signed its batch (`ikrar.sync.signing`): the
station's own key, certified by the agency ("station"), the agency key ("agency", held by the
administrator and the hub), or the agency key vouching once for what a hub held before
batches were signed ("legacy"). The rules:
- the event and its pledge versions are the administrator's: only an agency-signed entry
  writes them;
- check-ins, signatures, certificates and print history belong to the station named in their
  `station` column: only that station, with its own key, writes or changes them; never the
  agency key, so a hub holding it still cannot forge a station's signature;
- employees and roster entries carry `author_id` (a walk-in's desk; the administrator's roster):
  a station changes only those it authored; the administrator may change any;
- a station writes only its own station row; the administrator any.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from ikrar.core.errors import IkrarError

AGENCY, STATION, LEGACY = "agency", "station", "legacy"
SIGNERS = (AGENCY, STATION, LEGACY)
ADMIN_TABLES = frozenset({"event", "pledge_version"})
STATION_TABLES = frozenset({"attendance", "signature", "certificate", "certificate_print"})
AUTHOR_COLUMN = {
    "attendance": "station_id", "signature": "station_id", "certificate": "station_id",
    "certificate_print": "station_id", "employee": "author_id", "roster_entry": "author_id",
    "station": "id",
}


class SyncDataError(IkrarError):
    """An entry that cannot be applied; the whole batch or bundle is refused."""


class AuthorshipError(SyncDataError):
    """An entry that writes what its station did not author; the whole batch is refused."""


def same_station(a: Any, b: Any) -> bool:
    if a == b:
        return True
    if type(a) is str and type(b) is str and len(a) == 32 and a.islower() and len(b) == 36:
        return a == b.replace("-", "").lower()  # the commonest: a row's id, a station's dashed
    return norm(a) == norm(b)


def norm(value: Any) -> str | None:
    """An id as 32 lower-case hex digits, however it was written (with dashes, a UUID)."""
    if value is None:
        return None
    return (value if isinstance(value, str) else str(value)).replace("-", "").lower()


HEX_DIGITS = "0123456789abcdef"
_CANONICAL = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")


def hex_id(value: Any) -> str:
    """An id (a UUID or its text) as 32 lower-case hex digits; ValueError when it is none.

    Ids read back from the database are already canonical: no UUID object is made for each of
    the hundreds a batch reads while the hub holds its write lock.
    """
    if type(value) is str and len(value) == 32 and not value.strip(HEX_DIGITS):
        return value  # as SQLite gives them back: no pattern to match
    text = value.hex if isinstance(value, uuid.UUID) else str(value)
    return text.replace("-", "") if _CANONICAL.fullmatch(text) else uuid.UUID(text).hex


def _refuse(where: str, station: str, why: str) -> AuthorshipError:
    return AuthorshipError("sync.not_author",
                           f"{where} from station {station} is refused: {why}. Nothing of "
                           "this batch was applied.",
                           where=where, station=station, why=why)


def authorise(where: str, station: str, signer: str, table: str, values: dict[str, Any],
              held_author: Any, exists: bool) -> None:
    """Raise AuthorshipError unless `station` (signed by `signer`) may write this row.

    `values` are the entry's checked column values (an absent author of a new employee or
    roster entry becomes the writing station); `held_author` is the author of the row held here
    (when `exists`).
    """
    if signer not in SIGNERS:
        raise _refuse(where, station, "its batch carries no valid signature")
    admin = signer in (AGENCY, LEGACY)
    if table in ADMIN_TABLES:
        if not admin:
            raise _refuse(where, station, f"only the administrator (agency key) writes the "
                                          f"{table.replace('_', ' ')}")
        return
    column = AUTHOR_COLUMN.get(table)
    if column is None:
        raise _refuse(where, station, f"no rule says who writes {table!r}")
    if table in STATION_TABLES:
        if signer == AGENCY:
            raise _refuse(where, station, "a station's check-ins, signatures and certificates "
                                          "are signed by that station's own key only")
    elif admin:
        return
    if table in ("employee", "roster_entry") and values.get(column) is None and not exists:
        values[column] = station  # written before rows carried their author
    if not same_station(values.get(column), station):
        raise _refuse(where, station, f"the row names {values.get(column)} as its author, "
                                      "not the station that sent it")
    if exists and not same_station(held_author, station):
        raise _refuse(where, station, f"the row held here was written by "
                                      f"{held_author or 'the administrator'}; only its author "
                                      "may change it")


def own_check_in(where: str, station: str, check_in_author: Any) -> None:
    """A signature is written by the station of its check-in: none takes another's place."""
    if not same_station(check_in_author, station):
        raise _refuse(where, station, "a signature belongs to its own station's check-in")


def authorise_purge(where: str, station: str, signer: str, held_author: Any) -> None:
    """A purge of a signature's biometrics comes from its own station or the administrator.

    A purge carries no strokes (every node strips what it holds itself), so it can never alter
    or erase a drawn signature; still no station purges another's before the administrator says.
    """
    if signer == AGENCY or (signer == STATION and same_station(held_author, station)):
        return
    raise _refuse(where, station, "only the signature's own station or the administrator "
                                  "(agency key) purges its biometrics")
