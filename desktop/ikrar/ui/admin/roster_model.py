"""The roster as a table model that reads pages on demand, so 100,000 employees open instantly.

Rows come in pages by keyset pagination (WHERE (order columns) > (last row's) ORDER BY ... LIMIT),
never OFFSET, so every page costs the same however far down the view has scrolled. A search is
a list of segments read one after the other: NIP prefix, or name prefix (indexed) first and then
later-word matches ("sant" finds "budi santoso").
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from peewee import Expression, Field, Tuple, fn
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ikrar.core.names import display_name, search_key
from ikrar.core.nip import NipError, format_nip
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.ui.widgets import theme

PAGE_SIZE = 200
_NIP_QUERY = re.compile(r"^[\d\s.\-]+$")
_COLUMNS = (
    Employee.id, Employee.nip, Employee.name, Employee.front_title, Employee.back_title,
    Employee.rank, Employee.grade, Employee.position, Employee.unit, Employee.status,
    Employee.is_walk_in, Employee.search_key,
)
_ID, _NIP, _NAME, _FRONT, _BACK, _RANK, _GRADE, _POSITION, _UNIT, _STATUS, _WALK_IN, _KEY = range(
    len(_COLUMNS)
)
_POSITION_OF = {field.name: i for i, field in enumerate(_COLUMNS)}
WALK_IN_COLOUR = QColor(theme.ATTENTION_TEXT)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Segment:
    """One part of a search: a condition and the unique ordering its pages follow."""

    where: Expression | None
    order: tuple[Field, ...]
    cursor: tuple[Any, ...] | None = None
    done: bool = False


@dataclass(frozen=True)
class RosterRow:
    id: uuid.UUID
    nip: str
    name: str
    rank: str
    position: str
    unit: str
    status: str
    walk_in: bool
    cells: tuple[str, ...]


def _prefix(field: Field, text: str) -> Expression:
    # A range, not LIKE, so SQLite walks the index.
    return (field >= text) & (field < text + "\uffff")


class RosterTableModel(QAbstractTableModel):
    """Employees (optionally one event's roster), filtered by a search, fetched a page at a time."""

    NIP, NAME, RANK, POSITION, UNIT, STATUS = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1

    reloaded = Signal(int)  # total rows matching, after every reload

    def __init__(
        self, parent: Any = None, *, event: Event | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[RosterRow] = []
        self._segments: list[_Segment] = []
        self._event_id: uuid.UUID | None = event.id if event is not None else None
        self._search = ""
        self.total = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("NIP"), self.tr("Name"), self.tr("Rank/grade"), self.tr("Position"),
            self.tr("Unit"), self.tr("Status"),
        )
        self.reload()

    # -- what to show -------------------------------------------------------------------------

    @property
    def search(self) -> str:
        return self._search

    @property
    def event_id(self) -> uuid.UUID | None:
        return self._event_id

    def set_event(self, event: Event | None) -> None:
        """Only this event's roster (None: every employee)."""
        self._event_id = event.id if event is not None else None
        self.reload()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._segments = self._build_segments()
        self.total = sum(self._query(seg, counting=True).count() for seg in self._segments)
        self.endResetModel()
        self.fetchMore(QModelIndex())
        self.reloaded.emit(self.total)

    def _build_segments(self) -> list[_Segment]:
        by_name = (Employee.search_key, Employee.id)
        text = self._search
        if not text:
            return [_Segment(None, by_name)]
        if _NIP_QUERY.match(text) and any(c.isdigit() for c in text):
            digits = re.sub(r"\D", "", text)
            return [_Segment(_prefix(Employee.nip, digits), (Employee.nip,))]
        key = search_key(text)
        if not key:
            return [_Segment(Employee.id.is_null(), by_name)]  # only punctuation: nothing
        starts = _prefix(Employee.search_key, key)
        later_word = Employee.search_key.contains(" " + key) & ~starts
        return [_Segment(starts, by_name), _Segment(later_word, by_name)]

    def _query(self, seg: _Segment, *, counting: bool = False):
        query = Employee.select(*_COLUMNS)
        if seg.where is not None:
            query = query.where(seg.where)
        if self._event_id is not None:
            # EXISTS probes the (event, employee) index row by row, keeping the search_key order.
            on_roster = RosterEntry.select(1).where(
                (RosterEntry.event == self._event_id) & (RosterEntry.employee == Employee.id)
            )
            query = query.where(fn.EXISTS(on_roster))
        if counting:
            return query
        if seg.cursor is not None:
            query = query.where(Tuple(*seg.order) > Tuple(*seg.cursor))
        return query.order_by(*seg.order)

    # -- lazy fetching ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and any(not seg.done for seg in self._segments)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page: list[RosterRow] = []
        for seg in self._segments:
            if seg.done:
                continue
            wanted = self.page_size - len(page)
            raw = list(self._query(seg).limit(wanted + 1).tuples())  # one more: is there a next?
            seg.done = len(raw) <= wanted
            raw = raw[:wanted]
            if raw:
                last = raw[-1]
                seg.cursor = tuple(
                    field.db_value(last[_POSITION_OF[field.name]]) for field in seg.order
                )
            page.extend(self._row(values) for values in raw)
            if len(page) >= self.page_size:
                break
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def status_text(self, status: str, walk_in: bool) -> str:
        """ "PNS", or "PNS, walk-in" for someone registered at the event itself."""
        return self.tr("{status}, walk-in").format(status=status) if walk_in else status

    def _row(self, v: tuple[Any, ...]) -> RosterRow:
        try:
            nip = format_nip(v[_NIP])
        except NipError:
            nip = v[_NIP]
        rank = ", ".join(part for part in (v[_RANK], v[_GRADE]) if part)
        status = self.status_text(v[_STATUS], bool(v[_WALK_IN]))
        name = display_name(v[_NAME], v[_FRONT], v[_BACK])
        cells = (nip, name, rank, v[_POSITION], v[_UNIT], status)
        return RosterRow(v[_ID], v[_NIP], name, rank, v[_POSITION], v[_UNIT], status,
                         bool(v[_WALK_IN]), cells)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and row.walk_in:
                return self.tr("Walk-in: registered at the event, not on the imported roster")
            return row.cells[col]
        if role == self.IdRole:
            return str(row.id)
        if role == Qt.ItemDataRole.ForegroundRole and row.walk_in and col == self.STATUS:
            return QBrush(WALK_IN_COLOUR)
        if role == Qt.ItemDataRole.FontRole and col == self.NAME:
            return self._bold
        return None

    def row_at(self, row: int) -> RosterRow:
        return self._rows[row]

    def loaded_rows(self) -> list[RosterRow]:
        return list(self._rows)
