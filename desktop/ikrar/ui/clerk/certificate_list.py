"""The clerk's list of certificates: every signed attendee of an event with their certificate
number (once numbered) and how often it was printed, filtered by unit and print status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import JOIN
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ikrar.core.names import display_name
from ikrar.core.nip import format_nip
from ikrar.store.certificates import print_counts
from ikrar.store.models import Attendance, Certificate, Employee, Event, Signature

NOT_PRINTED, PRINTED, ALL = "not_printed", "printed", "all"


@dataclass(frozen=True)
class Row:
    number: str  # "" until the certificate is numbered (when it is first prepared)
    name: str
    nip: str
    unit: str
    prints: int


@dataclass(frozen=True)
class Tally:
    signed: int
    printed: int

    @property
    def waiting(self) -> int:
        return self.signed - self.printed


def event_units(event: Event) -> list[str]:
    """Units of the event's signed attendees, in order."""
    query = (Employee.select(Employee.unit).distinct().join(Attendance)
             .where((Attendance.event == event) & Attendance.is_primary)
             .order_by(Employee.unit).tuples())
    return [unit for (unit,) in query]


def certificate_rows(event: Event, unit: str | None) -> list[Row]:
    """Every signed attendee of the event (of `unit`), with their live certificate and prints."""
    query = (Attendance
             .select(Employee.name, Employee.front_title, Employee.back_title, Employee.nip,
                     Employee.unit, Certificate.id, Certificate.number)
             .join(Employee).switch(Attendance)
             .join(Signature, on=(Signature.attendance == Attendance.id)).switch(Attendance)
             .join(Certificate, JOIN.LEFT_OUTER,
                   on=((Certificate.attendance == Attendance.id)
                       & Certificate.voided_at.is_null()))
             .where((Attendance.event == event) & Attendance.is_primary))
    if unit is not None:
        query = query.where(Employee.unit == unit)
    raw = list(query.order_by(Employee.unit, Employee.search_key).tuples())
    counts = print_counts([cid for *_, cid, _ in raw if cid is not None])
    return [
        Row(number or "", display_name(name, front, back), nip, row_unit,
            counts.get(cid, 0) if cid is not None else 0)
        for name, front, back, nip, row_unit, cid, number in raw
    ]


def tally(rows: list[Row]) -> Tally:
    return Tally(len(rows), sum(1 for r in rows if r.prints))


def filtered(rows: list[Row], status: str) -> list[Row]:
    if status == NOT_PRINTED:
        return [r for r in rows if not r.prints]
    if status == PRINTED:
        return [r for r in rows if r.prints]
    return rows


class CertificateTable(QAbstractTableModel):
    NUMBER, NAME, NIP, UNIT, PRINTS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers = [self.tr("Number"), self.tr("Name"), self.tr("NIP"), self.tr("Unit"),
                        self.tr("Printed")]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def printed_text(self, prints: int) -> str:
        if prints == 0:
            return self.tr("not yet")
        if prints == 1:
            return self.tr("yes")
        return self.tr("yes + {copies} SALINAN").format(copies=prints - 1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number or "—", row.name, format_nip(row.nip), row.unit,
                    self.printed_text(row.prints))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRINTS and not row.prints:
            return Qt.GlobalColor.darkRed
        return None
