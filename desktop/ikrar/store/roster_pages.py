"""Reading the roster a page at a time, so 100,000 employees open instantly (the roster table).

Rows come in pages by keyset pagination (WHERE (order columns) > (last row's) ORDER BY ... LIMIT),
never OFFSET, so every page costs the same however far down the view has scrolled. A search is
a list of segments read one after the other: NIP prefix, or name prefix (indexed) first, then
later-word matches ("sant" finds "budi santoso") and then names within a typo or two, both through
the word index (`ikrar.store.name_index`), the same matches as the desk's search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Expression, Field, Tuple, fn

from ikrar.core.names import search_key
from ikrar.store import lookup, name_index
from ikrar.store.models import Employee, RosterEntry

_NIP_QUERY = re.compile(r"^[\d\s.\-]+$")
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


def _prefix(field: Field, text: str) -> Expression:
    # A range, not LIKE, so SQLite walks the index.
    return (field >= text) & (field < text + "\uffff")


@dataclass(frozen=True)
class _EventRef:
    """An event by id, all `lookup.misspelt` reads of it."""

    id: Any


class RosterPager:
    """Employees (of one event's roster when `event_id` is given) matching `search`, as tuples
    of `COLUMNS`, one page after the other."""

    def __init__(self, event_id: object = None, search: str = "") -> None:
        self.event_id = event_id
        name_index.catch_up(wait=False)
        self.segments = self._build_segments(search.strip(), event_id)
        self.total = sum(self._query(seg, counting=True).count() for seg in self.segments)

    @property
    def done(self) -> bool:
        return all(seg.done for seg in self.segments)

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
        words = SQL("rowid").in_(SQL(
            f"(SELECT rowid FROM {name_index.INDEX} WHERE {name_index.INDEX} MATCH ?)",
            [match])) if match else Employee.id.is_null()
        # The near spellings are a bounded list (the desk's), shown after the exact matches.
        event = _EventRef(event_id) if event_id is not None else None
        near = [row[0] for row in lookup.misspelt(key, event, lookup.WORD_ROWS, set())]
        return [_Segment(starts, by_name), _Segment(words & ~starts, by_name),
                _Segment(Employee.id.in_(near) & ~starts & ~words, by_name)]

    def _query(self, seg: _Segment, *, counting: bool = False):
        query = Employee.select(*COLUMNS)
        if seg.where is not None:
            query = query.where(seg.where)
        if self.event_id is not None:
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
