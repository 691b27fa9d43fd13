"""A word index of employees' names, for later-word and misspelt searches on a million names.

SQLite's FTS5 holds the words of every `employee.search_key`, keyed by the employee's rowid.
It catches up in a few statements before a search (`catch_up`), not row by row as rows are
written: any trigger on `employee`, even one doing nothing, makes SQLite keep a statement
journal for every inserted row, which made a 100,000-row roster import four times slower. What
is new since the last catch-up is known without triggers: rows above the highest rowid indexed
(employees are never deleted, so new ones are always above), and rows whose name changed, which
the two writers of employees note (`note_changed`: `ikrar.store.outbox` and
`ikrar.store.sync_apply`). The index keeps its own copy of the words, so a changed row is taken
out by its rowid alone.

Typos are forgiven spellfix-style: the distinct words come from the index itself (an `fts5vocab`
table, read once and then kept current), `rapidfuzz` finds the words within one or two edits of
what was typed (transpositions count as one), and FTS5 finds the people with those words.

The hub's PostgreSQL has no such index; `available()` is False there and searches use prefixes.
"""

from __future__ import annotations

import bisect
import heapq
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import OperationalError, SqliteDatabase
from rapidfuzz import process
from rapidfuzz.distance import OSA

from ikrar.store.db import PRAGMAS, db

INDEX = "employee_name"
VOCAB = "employee_name_vocab"
CHANGED = "employee_name_changed"
STATE = "employee_name_state"
MAX_TERMS = 24  # near words tried per typed word, the closest first
CACHED_WORDS = 2_000

SCHEMA = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5(search_key, detail='none', "
    "columnsize=0, tokenize='unicode61')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} USING fts5vocab({INDEX}, 'row')",
    f"CREATE TABLE IF NOT EXISTS {CHANGED} (employee_rowid INTEGER PRIMARY KEY)",
    # indexed_upto: every employee at or below this rowid is in the index as of its last note
    f"CREATE TABLE IF NOT EXISTS {STATE} (id INTEGER PRIMARY KEY, generation INTEGER NOT NULL, "
    "indexed_upto INTEGER NOT NULL)",
    f"INSERT OR IGNORE INTO {STATE} (id, generation, indexed_upto) VALUES (1, 0, 0)",
)


def create(database: SqliteDatabase) -> None:
    """The index with every employee already there (the schema migration)."""
    if not isinstance(database, SqliteDatabase):
        return
    for statement in SCHEMA:
        database.execute_sql(statement)
    _index_all(database)


def _index_all(database: SqliteDatabase) -> None:
    database.execute_sql(f"DELETE FROM {INDEX}")
    database.execute_sql(f"INSERT INTO {INDEX}(rowid, search_key) "
                         "SELECT rowid, search_key FROM employee")
    database.execute_sql(f"DELETE FROM {CHANGED}")
    database.execute_sql(f"UPDATE {STATE} SET generation = generation + 1, "
                         "indexed_upto = (SELECT coalesce(max(rowid), 0) FROM employee)")


def available() -> bool:
    return isinstance(db.obj, SqliteDatabase)


# --- keeping it current ------------------------------------------------------------------


def note_changed(ids: Iterable[object]) -> None:
    """Employees (by id) whose search key may have changed: the next catch-up reindexes them.

    Called by the writers of employee rows inside their transaction; new rows need no note.
    """
    if not available():
        return
    hexes = [i.hex if isinstance(i, uuid.UUID) else uuid.UUID(str(i)).hex for i in ids]
    for start in range(0, len(hexes), 500):
        chunk = hexes[start:start + 500]
        db.execute_sql(f"INSERT OR IGNORE INTO {CHANGED} SELECT rowid FROM employee "
                       f"WHERE id IN ({', '.join([db.param] * len(chunk))})", chunk)


def _behind() -> bool:
    top = db.execute_sql("SELECT max(rowid) FROM employee").fetchone()[0] or 0
    upto = db.execute_sql(f"SELECT indexed_upto FROM {STATE} WHERE id = 1").fetchone()[0]
    return top > upto or bool(
        db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {CHANGED})").fetchone()[0])


def catch_up(*, wait: bool = True) -> int:
    """Index the rows written since the last call; how many there were.

    Without `wait` (a search on the GUI thread), it gives up at once when another connection
    is writing (an import in the background): the search then runs on the index as it is.
    """
    if not available() or not _behind():
        return 0
    if wait:
        return _catch_up()
    db.execute_sql("PRAGMA busy_timeout = 0")
    try:
        return _catch_up()
    except OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        return 0
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {PRAGMAS['busy_timeout']}")


def _catch_up() -> int:
    with db.atomic():
        upto = db.execute_sql(f"SELECT indexed_upto FROM {STATE} WHERE id = 1").fetchone()[0]
        top = db.execute_sql("SELECT coalesce(max(rowid), 0) FROM employee").fetchone()[0]
        changed = f"(SELECT employee_rowid FROM {CHANGED} WHERE employee_rowid <= {int(upto)})"
        db.execute_sql(f"DELETE FROM {INDEX} WHERE rowid IN {changed}")
        fresh = (f"SELECT rowid, search_key FROM employee WHERE rowid IN {changed} "
                 f"OR rowid > {int(upto)}")
        # The words for the vocabulary kept in memory, only if it is kept (not before a
        # first search) and current: otherwise it reads them all anyway when next asked.
        learning = _VOCABULARY.generation == _generation()
        new_keys = [row[1] for row in db.execute_sql(fresh)] if learning else []
        count = db.execute_sql(f"INSERT INTO {INDEX}(rowid, search_key) {fresh}").rowcount
        db.execute_sql(f"DELETE FROM {CHANGED}")
        db.execute_sql(f"UPDATE {STATE} SET generation = generation + 1, indexed_upto = {int(top)} "
                       "WHERE id = 1")
        generation = _generation()
    if learning:
        _VOCABULARY.learn(new_keys, generation)
    else:
        _VOCABULARY.forget()
    return count


def rebuild() -> None:
    """Index every employee again (after a VACUUM, which may renumber rows)."""
    with db.atomic():
        _index_all(db.obj)
    _VOCABULARY.forget()


def _generation() -> int:
    row = db.execute_sql(f"SELECT generation FROM {STATE} WHERE id = 1").fetchone()
    return row[0] if row else 0


# --- the vocabulary ----------------------------------------------------------------------


@dataclass
class _Vocabulary:
    """Every distinct word of the index, grouped for the two kinds of near-word search and
    sorted for completing a beginning."""

    generation: int = -1
    docs: dict[str, int] = field(default_factory=dict)  # word -> how many people have it
    by_length: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_first: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    ordered: list[str] = field(default_factory=list)
    unsorted: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)
    # Answers for the words typed so far: a keystroke recomputes only the last word.
    cache: dict[tuple, list] = field(default_factory=dict)

    def forget(self) -> None:
        with self.lock:
            self.generation = -1

    def _add(self, word: str, count: int) -> None:
        if word not in self.docs:
            self.by_length[len(word)].append(word)
            self.by_first[word[0]].append(word)
            self.ordered.append(word)
            self.unsorted = True
        self.docs[word] = self.docs.get(word, 0) + count

    def learn(self, keys: list[str], generation: int) -> None:
        """Words of rows this process just indexed; a full read only if others wrote too."""
        with self.lock:
            if self.generation != generation - 1:
                self.generation = -1  # someone else's catch-up in between: read it all later
                return
            for key in keys:
                for word in key.split():
                    self._add(word, 1)
            self.generation = generation
            self.cache.clear()

    def current(self) -> _Vocabulary:
        generation = _generation()
        with self.lock:
            if self.generation != generation:
                self.cache.clear()
                self.docs, self.by_length, self.by_first = {}, defaultdict(list), defaultdict(list)
                self.ordered = []
                for word, count in db.execute_sql(f"SELECT term, doc FROM {VOCAB}"):
                    self._add(word, count)
                self.generation = generation
        return self

    def completions(self, start: str, limit: int) -> list[str]:
        """Up to `limit` words beginning with `start`, the word itself and the commonest first.

        FTS5 would answer `start*` by merging every matching word's list of people (a third of
        a second for a word half the employees have); the words themselves, ORed, are read
        lazily, only as far as a search needs.
        """
        with self.lock:
            known = self.cache.get(("start", start, limit))
            if known is not None:
                return known
            if self.unsorted:
                self.ordered.sort()
                self.unsorted = False
            low = bisect.bisect_left(self.ordered, start)
            high = bisect.bisect_left(self.ordered, start + "\uffff", low)
            found = self.ordered[low:high]
            if len(found) > limit:
                found = heapq.nlargest(limit, found, key=lambda w: (w == start, self.docs[w]))
            if len(self.cache) > CACHED_WORDS:
                self.cache.clear()
            self.cache[("start", start, limit)] = found
            return found


_VOCABULARY = _Vocabulary()


def allowed_edits(word: str) -> int:
    """Typos forgiven in a typed word: none below 4 letters, 1 up to 7, then 2."""
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


@dataclass(frozen=True)
class Near:
    term: str
    edits: int
    prefix: bool  # the term is a word's beginning (the word being typed), to match as term*


def near_words(word: str, *, typing: bool) -> list[Near]:
    """Words of the index within `allowed_edits` of `word`, closest and commonest first.

    `typing`: `word` is the last one typed and may be unfinished, so the beginnings of longer
    words count too ("zulkfi" is one edit from "zulkif", the start of "zulkifli").
    """
    edits = allowed_edits(word)
    if not edits or not available():
        return []
    vocab = _VOCABULARY.current()
    with vocab.lock:
        known = vocab.cache.get(("near", word, typing))
    if known is not None:
        return known
    size = len(word)
    found: dict[tuple[str, bool], int] = {}
    with vocab.lock:
        whole = [w for n in range(size - edits, size + edits + 1)
                 for w in vocab.by_length.get(n, ())]
        starts = ({w[:n] for w in vocab.by_first.get(word[0], ()) if len(w) > size
                   for n in (size, size + 1)} if typing else set())
        docs = vocab.docs
    for term, distance, _ in process.extract(word, whole, scorer=OSA.distance,
                                             score_cutoff=edits, limit=None):
        found[(term, False)] = int(distance)
    for term, distance, _ in process.extract(word, list(starts), scorer=OSA.distance,
                                             score_cutoff=edits, limit=None):
        if (term, False) not in found:
            found[(term, True)] = int(distance)
    ranked = sorted(found.items(), key=lambda item: (item[1], -docs.get(item[0][0], 0),
                                                     item[0][0]))
    near = [Near(term, distance, prefix) for (term, prefix), distance in ranked[:MAX_TERMS]]
    with vocab.lock:
        if len(vocab.cache) > CACHED_WORDS:
            vocab.cache.clear()
        vocab.cache[("near", word, typing)] = near
    return near


def words_for(term: str, *, prefix: bool, limit: int = MAX_TERMS) -> list[str]:
    """The index's words a typed term stands for: itself, or (a beginning) its completions."""
    if not prefix:
        return [term]
    vocab = _VOCABULARY.current()
    return vocab.completions(term, limit)


def group(terms: list[str]) -> str:
    """An FTS5 OR of whole words (never `word*`, see `_Vocabulary.completions`); "" for none."""
    unique = list(dict.fromkeys(terms))
    if not unique:
        return ""
    return "(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in unique) + ")"


def distance(typed: str, key: str, *, typing: bool) -> int:
    """Edits between the typed words and the closest words of a name (the search's ranking)."""
    words = key.split()
    typed_words = typed.split()
    total = 0
    for i, word in enumerate(typed_words):
        last = typing and i == len(typed_words) - 1
        best = min((min(OSA.distance(word, w[: len(word)]), OSA.distance(word, w[: len(word) + 1]))
                    if last else OSA.distance(word, w) for w in words), default=len(word))
        total += best
    return total
