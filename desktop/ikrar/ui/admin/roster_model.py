"""The roster as a table model that reads pages on demand, so 100,000 employees open instantly.

The pages come from `ikrar.store.roster_pages.RosterPager` (keyset pagination, never OFFSET).
Every read runs off the GUI thread as a job of the model's `TaskRunner`, one at a time: a
search or any other reload (its count and first page), and the next page when the view
scrolls to the end. The rows shown stay until the answer comes, so typing stays responsive; a
newer reload cancels the running job and waits its turn (only the newest waits), and an answer
(a reload's or a page's) is shown only if it answers the newest reload.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ikrar.core.names import display_name
from ikrar.core.nip import NipError, format_nip
from ikrar.store.roster_pages import COLUMNS, Cancelled, RosterPager
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.jobs import Progress, TaskRunner

if TYPE_CHECKING:
    from ikrar.store.models import Event

PAGE_SIZE = 200
_ID, _NIP, _NAME, _FRONT, _BACK, _RANK, _GRADE, _POSITION, _UNIT, _STATUS, _WALK_IN, _KEY = range(
    len(COLUMNS)
)
WALK_IN_COLOUR = QColor(theme.ATTENTION_TEXT)

Index = QModelIndex | QPersistentModelIndex


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


@dataclass(frozen=True)
class _Loaded:
    """A reload's answer, from its job: which request it answers, and what it read."""

    serial: int
    event_id: uuid.UUID | None
    search: str
    pager: RosterPager
    first: list[tuple[Any, ...]]
    only_if_changed: bool


def _load(serial: int, event_id: uuid.UUID | None, search: str, size: int, only_if_changed: bool,
          cancelled: Callable[[], bool]) -> _Loaded | None:
    """The count and first page (on a pool thread); None once cancelled."""
    try:
        pager = RosterPager(event_id, search, cancelled=cancelled)
        if cancelled():
            return None
        return _Loaded(serial, event_id, search, pager, pager.next_page(size), only_if_changed)
    except Cancelled:
        return None


@dataclass(frozen=True)
class _Page:
    """The next page of the pager the reload `serial` made."""

    serial: int
    rows: list[tuple[Any, ...]]


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
        self._pager: RosterPager | None = None
        self._event_id: uuid.UUID | None = event.id if event is not None else None
        self._search = ""
        self.total = 0
        self.more = False  # a search's count stopped at its bound: more than `total` match
        self.loading = False  # a reload is on its way
        self.fetching = False  # the next page is on its way
        self._serial = 0  # the newest reload asked for; only its answer is shown
        self._shown: tuple[uuid.UUID | None, str] | None = None  # what the rows answer
        self._waiting: Callable[[Progress, Callable[[], bool]], Any] | None = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._arrived)
        self.runner.failed.connect(self._read_failed)
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

    def reload(self, *, only_if_changed: bool = False) -> None:
        """Read the rows again in the background (`reloaded` says when they are shown).

        `only_if_changed`: keep the rows shown (and where the view has scrolled) when the count
        comes back the same for the same filter (a check-in that added nobody).
        """
        self._serial += 1
        serial, event_id, search, size = (self._serial, self._event_id, self._search,
                                          self.page_size)

        def work(_progress: Progress, cancelled: Callable[[], bool]) -> _Loaded | None:
            return _load(serial, event_id, search, size, only_if_changed, cancelled)

        self.loading = True
        if self.runner.busy:
            self.runner.cancel()  # the running one is superseded; this one waits its turn
            self._waiting = work
        else:
            self.runner.start("roster", work)

    def _arrived(self, answer: object) -> None:
        if isinstance(answer, _Page):
            self.fetching = False
            if answer.serial == self._serial and not self.loading:
                self._append(answer.rows)
        elif isinstance(answer, _Loaded) and answer.serial == self._serial:
            self.loading = False
            pager = answer.pager
            same = ((answer.event_id, answer.search) == self._shown
                    and (pager.total, pager.more) == (self.total, self.more))
            if not (answer.only_if_changed and same):
                self._show(answer)
        self._start_waiting()

    def _read_failed(self, _message: str, _is_bug: bool) -> None:
        # The job has logged it; the rows shown stay.
        self.fetching = False
        if self._waiting is None:
            self.loading = False
        self._start_waiting()

    def _start_waiting(self) -> None:
        if self._waiting is not None:
            work, self._waiting = self._waiting, None
            self.runner.start("roster", work)

    def _show(self, answer: _Loaded) -> None:
        self.beginResetModel()
        self._pager = answer.pager
        self._rows = [self._row(values) for values in answer.first]
        self.total, self.more = answer.pager.total, answer.pager.more
        self._shown = (answer.event_id, answer.search)
        self.endResetModel()
        self.reloaded.emit(self.total)

    # -- lazy fetching ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self.loading and not self.fetching
                and self._pager is not None and not self._pager.done)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page in the background (the rows are added when it comes)."""
        if not self.canFetchMore(parent) or self.runner.busy:
            return
        pager, serial, size = self._pager, self._serial, self.page_size
        assert pager is not None

        def work(_progress: Progress, _cancelled: Callable[[], bool]) -> _Page:
            return _Page(serial, pager.next_page(size))

        self.fetching = True
        self.runner.start("roster page", work)

    def _append(self, values: list[tuple[Any, ...]]) -> None:
        page = [self._row(v) for v in values]
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
