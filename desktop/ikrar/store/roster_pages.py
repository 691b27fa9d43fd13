"""Reading the roster a page at a time, so 100,000 employees open instantly (the roster table).

Rows come in pages by keyset pagination (WHERE (order columns) > (last row's) ORDER BY ... LIMIT),
never OFFSET, so every page costs the same however far down the view has scrolled. A search is
a list of segments read one after the other: NIP prefix, or name prefix (indexed) first, then
later-word matches ("sant" finds "budi santoso") and then names within a typo or two, both through
the word index (`ikrar.store.name_index`), the same matches as the desk's search.

Queries stay small on a million employees where the rows and their order allow (the roster
browser runs them off the GUI thread too, see `ikrar.ui.admin.roster_model`):
- A search counts its matches up to `COUNT_LIMIT` only (`more` says there are more); the list
  without a search is counted exactly, an event's roster from its entries.
- The people with a rare later word are read as a list, looked up row by row and sorted; with a
  common one (more than `DENSE` names), a page walks the name index in order, testing each
  name, so it stops after its 200 rows. With an event, a segment of many names reads the
  roster once as rowids and tests each name from the index (EXISTS would look up its row).
- The near spellings (at most `lookup.WORD_ROWS` people) lose those the earlier segments show
  in Python, not by a NOT IN over the word index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Expression, Field, Tuple, fn

from ikrar.core.names import search_key
from ikrar.store import lookup, name_index
from ikrar.store.db import db
from ikrar.store.models import Employee, RosterEntry

_NIP_QUERY = re.compile(r"^[\d\s.\-]+$")
COUNT_LIMIT = 1_000  # matches a search counts at most ("more than 1,000 found")
DENSE = 10_000  # names of a segment above which it is read by walking the name index
ROSTER_LIST = 30_000  # an event's roster up to this size is read once, as a list of rowids
_WORDS = f"SELECT rowid FROM {name_index.INDEX} WHERE {name_index.INDEX} MATCH ?"
COLUMNS = (
    Employee.id, Employee.nip, Employee.name, Employee.front_title, Employee.back_title,
    Employee.rank, Employee.grade, Employee.position, Employee.unit, Employee.status,
    Employee.is_walk_in, Employee.search_key,
)
_POSITION_OF = {field.name: i for i, field in enumerate(COLUMNS)}


@dataclass
class _Segment:
    """One part of a search: a condition and the unique ordering its pages follow."""

    where: Expression | None
    order: tuple[Field, ...]
    cursor: tuple[Any, ...] | None = None
    done: bool = False
    # The later-word segment: its FTS5 query, and (once known) whether it is a large part of the
    # employees, read by walking the name index rather than as a list.
    match: str = ""
    dense: bool | None = None
    wide: bool | None = None  # more than `DENSE` names before the event's roster is applied


def _prefix(field: Field, text: str) -> Expression:
    # A range, not LIKE, so SQLite walks the index.
    return (field >= text) & (field < text + "\uffff")


@dataclass(frozen=True)
class _EventRef:
    """An event by id, all `lookup.misspelt` reads of it."""

    id: Any


class Cancelled(Exception):
    """Raised by `RosterPager` when its `cancelled()` turned true (a newer search came)."""


class RosterPager:
    """Employees (of one event's roster when `event_id` is given) matching `search`, as tuples
    of `COLUMNS`, one page after the other.

    `total` counts them; a search counts up to `limit` (`COUNT_LIMIT`) only, and then `more`
    says whether there are more than `total`. `cancelled` is asked between the counting steps.
    """

    def __init__(self, event_id: object = None, search: str = "", *, limit: int | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.event_id = event_id
        self._cancelled = cancelled or (lambda: False)
        self._roster_rows: str | None = None  # the event's roster as employee rowids, in SQL
        name_index.catch_up(wait=False)
        text = search.strip()
        self.segments = self._build_segments(text, event_id)
        self.more = False
        if not text:
            self.total = (self._roster_size() if event_id is not None
                          else Employee.select().count())
        else:
            self.total, self.more = self._count(COUNT_LIMIT if limit is None else limit)

    @property
    def done(self) -> bool:
        return all(seg.done for seg in self.segments)

    def _roster_size(self) -> int:
        # Every entry names an existing employee (a foreign key): its entries are its roster.
        return RosterEntry.select().where(RosterEntry.event == self.event_id).count()

    def _count(self, limit: int) -> tuple[int, bool]:
        total = 0
        for seg in self.segments:
            if self._cancelled():
                raise Cancelled
            total += self._query(seg, counting=True).limit(limit + 1 - total).count()
            if total > limit:
                return limit, True
            if seg.match and self.event_id is None and total <= DENSE:
                # Counted whole: the names with the words are at most those of both segments.
                seg.dense = False
        return total, False

    @staticmethod
    def _build_segments(text: str, event_id: object = None) -> list[_Segment]:
        by_name = (Employee.search_key, Employee.id)
        if not text:
            return [_Segment(None, by_name)]
        if _NIP_QUERY.match(text) and any(c.isdigit() for c in text):
            digits = re.sub(r"\D", "", text)
            return [_Segment(_prefix(Employee.nip, digits), (Employee.nip,))]
        key = search_key(text)
        if not key:
            return [_Segment(Employee.id.is_null(), by_name)]  # only punctuation: nothing
        starts = _prefix(Employee.search_key, key)
        if not name_index.available():
            later_word = Employee.search_key.contains(" " + key) & ~starts
            return [_Segment(starts, by_name), _Segment(later_word, by_name)]
        match = lookup.later_words_query(key, every=True)
        # The near spellings are a bounded list (the desk's), shown after the exact matches.
        event = _EventRef(event_id) if event_id is not None else None
        near = [row[0] for row in lookup.misspelt(key, event, lookup.WORD_ROWS, set())]
        shown = _shown_before(near, key, match)
        near_only = Employee.id.in_([i for i in near if i not in shown])
        if not match:
            return [_Segment(starts, by_name), _Segment(near_only, by_name)]
        return [_Segment(starts, by_name), _Segment(~starts, by_name, match=match),
                _Segment(near_only, by_name)]

    def _dense(self, seg: _Segment) -> bool:
        """Whether the segment's words are in so many names that a page walks the name index."""
        if seg.dense is None:
            found = db.execute_sql(f"SELECT count(*) FROM ({_WORDS} LIMIT {DENSE + 1})",
                                   [seg.match]).fetchone()[0]
            seg.dense = found > DENSE
        return seg.dense

    def _wide(self, seg: _Segment) -> bool:
        """Whether the segment has so many names (everyone's) that testing each against the
        event's roster costs more than reading the roster once."""
        if seg.wide is None:
            if seg.match:
                seg.wide = self._dense(seg)
            else:
                names = Employee.select(SQL("1"))
                if seg.where is not None:
                    names = names.where(seg.where)
                seg.wide = names.limit(DENSE + 1).count() > DENSE
        return seg.wide

    def _roster_list(self) -> str:
        """The event's roster as employee rowids, for SQL ("" when it is large itself)."""
        if self._roster_rows is None:
            self._roster_rows = ""
            if self._roster_size() <= ROSTER_LIST:
                rows = db.execute_sql(
                    "SELECT e.rowid FROM roster_entry r JOIN employee e ON e.id = r.employee_id "
                    "WHERE r.event_id = ?", [RosterEntry.event.db_value(self.event_id)])
                self._roster_rows = ",".join(str(int(row[0])) for row in rows) or "NULL"
        return self._roster_rows

    def _query(self, seg: _Segment, *, counting: bool = False):
        """The segment's rows. SQLite reads first the list in `rowid IN (...)`; a unary + keeps it
        from doing so (`+rowid IN`), to walk an index in order and test each name instead."""
        query = Employee.select(*COLUMNS)
        if seg.where is not None:
            query = query.where(seg.where)
        # (rowids are SQLite's: PostgreSQL, which has no word index either, probes by EXISTS)
        listed = self.event_id is not None and name_index.available() and self._wide(seg)
        roster = self._roster_list() if listed else ""
        if seg.match:
            words = f"({_WORDS})"
            if roster:  # a common word, a small roster: the roster's names, tested for it
                query = query.where(SQL(f"rowid IN ({roster}) AND +rowid IN {words}",
                                        [seg.match]))
            elif not counting and self._dense(seg):  # a common word: a page is a short walk
                query = query.where((Employee.search_key >= "")
                                    & SQL(f"+rowid IN {words}", [seg.match]))
            else:  # a rare word: its names, looked up and sorted
                query = query.where(SQL(f"rowid IN {words}", [seg.match]))
        elif roster:  # many names, a small roster: walk the index, test each rowid (no lookup)
            if seg.where is None:
                query = query.where(Employee.search_key >= "")
            query = query.where(SQL(f"+rowid IN ({roster})"))
        if self.event_id is not None and not roster:
            # EXISTS probes the (event, employee) index row by row, keeping the search_key order.
            on_roster = RosterEntry.select(1).where(
                (RosterEntry.event == self.event_id) & (RosterEntry.employee == Employee.id)
            )
            query = query.where(fn.EXISTS(on_roster))
        if counting:
            return query
        if seg.cursor is not None:
            query = query.where(Tuple(*seg.order) > Tuple(*seg.cursor))
        return query.order_by(*seg.order)

    def next_page(self, size: int) -> list[tuple[Any, ...]]:
        """Up to `size` more rows; an empty list once every segment is read."""
        page: list[tuple[Any, ...]] = []
        for seg in self.segments:
            if seg.done:
                continue
            wanted = size - len(page)
            raw = list(self._query(seg).limit(wanted + 1).tuples())  # one more: is there a next?
            seg.done = len(raw) <= wanted
            raw = raw[:wanted]
            if raw:
                last = raw[-1]
                seg.cursor = tuple(
                    field.db_value(last[_POSITION_OF[field.name]]) for field in seg.order
                )
            page.extend(raw)
            if len(page) >= size:
                break
        return page


def _has_words(name_key: str, key: str) -> bool:
    """What the later-word FTS5 query finds: every typed word a word of the name, the last one
    a word's beginning. Search keys hold only a-z, 0-9 and single spaces, so their words are
    exactly the tokens FTS5's unicode61 tokenizer makes of them."""
    names, typed = name_key.split(), key.split()
    return all(w in names for w in typed[:-1]) and any(n.startswith(typed[-1]) for n in names)


def _shown_before(ids: list[Any], key: str, match: str) -> set[Any]:
    """Which of the people `ids` the prefix or the later-word segment shows already."""
    if not ids:
        return set()
    rows = Employee.select(Employee.id, Employee.search_key).where(Employee.id.in_(ids))
    return {i for i, name in rows.tuples()
            if key <= name < key + "\uffff" or (match and _has_words(name, key))}
