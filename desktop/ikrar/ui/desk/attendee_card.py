"""The person in front of the desk: the attendee card, and the panel for someone who already signed.

The card is confirmed with one key (Enter or Space) or a tap; Escape puts it away. A scanner's
Enter never reaches it (the wedge scanner keeps it), so a second scan cannot confirm a card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ikrar.core.names import display_name
from ikrar.core.nip import NipError, format_nip
from ikrar.store.lookup import Found
from ikrar.store.models import Employee, Event
from ikrar.ui.desk.scan_outcome import first_check_in
from ikrar.ui.widgets import theme
from ikrar.ui.widgets.fit import ButtonRow

CARD_STYLE = f"""
QFrame#attendeeCard, QFrame#duplicatePanel {{
    background: white; border: 2px solid {theme.BORDER}; border-radius: 10px; }}
QFrame#duplicatePanel {{ border-color: {theme.ATTENTION_BORDER};
                         background: {theme.ATTENTION_BACKGROUND}; }}
QFrame#attendeeCard:focus {{ border-color: {theme.ACCENT}; }}
"""
PRIMARY = f"""
QPushButton {{ background: {theme.ACCENT}; color: white; border: none; border-radius: 6px;
              padding: 10px 22px; font-weight: bold; }}
QPushButton:disabled {{ background: {theme.DISABLED}; color: {theme.TEXT_DISABLED}; }}
"""
FLAG_STYLE = f"color: {theme.ATTENTION_TEXT}; font-weight: bold;"


def grouped_nip(nip: str) -> str:
    try:
        return format_nip(nip)
    except NipError:
        return nip


def _scaled(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font


def _label(parent: QWidget, font: QFont | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if font is not None:
        label.setFont(font)
    return label


class AttendeeCard(QFrame):
    """Name with titles, NIP grouped, rank, position, unit; confirm opens the signing screen."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("attendeeCard")
        self.setStyleSheet(CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.found: Found | None = None
        self.method = "badge"
        base = self.font()
        self.name_label = _label(self, _scaled(base, 2.0 * scale, bold=True))
        self.name_label.setObjectName("cardName")
        self.nip_label = _label(self, _scaled(base, 1.35 * scale))
        self.rank_label = _label(self, _scaled(base, 1.15 * scale))
        self.position_label = _label(self, _scaled(base, 1.15 * scale))
        self.unit_label = _label(self, _scaled(base, 1.15 * scale, bold=True))
        self.flag_label = _label(self, _scaled(base, 1.1 * scale))
        self.flag_label.setStyleSheet(FLAG_STYLE)
        self.hint_label = _label(self)
        self.hint_label.setStyleSheet(f"color: {theme.TEXT_MUTED};")

        self.confirm_button = QPushButton(self.tr("Confirm — start signing"), self)
        self.confirm_button.setStyleSheet(PRIMARY)
        self.confirm_button.setFont(_scaled(base, 1.15 * scale, bold=True))
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the card
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton(self.tr("Not this person"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.setFont(_scaled(base, 1.05 * scale))
        self.cancel_button.clicked.connect(self.cancelled)

        # Side by side where they fit, stacked on a narrow screen: never an elided label.
        self.buttons = ButtonRow(self)
        self.buttons.set_buttons(self.cancel_button, self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)
        for label in (self.name_label, self.nip_label, self.rank_label, self.position_label,
                      self.unit_label, self.flag_label):
            layout.addWidget(label)
        layout.addSpacing(12)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

    @property
    def employee(self) -> Employee | None:
        return self.found.employee if self.found is not None else None

    def show_found(self, found: Found, event: Event, *, ready: bool = True) -> None:
        """Show `found`; `ready` False while the attendee screen is still busy with someone."""
        self.found = found
        employee = found.employee
        self.method = found.method if found.on_roster else "walk_in"
        self.name_label.setText(display_name(employee.name, employee.front_title,
                                             employee.back_title))
        self.nip_label.setText(f"NIP {grouped_nip(employee.nip)}")
        rank = ", ".join(part for part in (employee.rank, employee.grade) if part)
        self.rank_label.setText(rank)
        self.rank_label.setVisible(bool(rank))
        self.position_label.setText(employee.position)
        self.position_label.setVisible(bool(employee.position))
        self.unit_label.setText(employee.unit)
        self.unit_label.setVisible(bool(employee.unit))
        flags = []
        if employee.is_walk_in:
            flags.append(self.tr("Walk-in: registered at the event, not on the imported roster."))
        if not found.on_roster:
            flags.append(self.tr("Not on this event's roster: confirming registers them as a "
                                 "walk-in."))
        self.flag_label.setText(" ".join(flags))
        self.flag_label.setVisible(bool(flags))
        self.set_ready(ready)

    def set_ready(self, ready: bool) -> None:
        self.confirm_button.setEnabled(ready)
        self.hint_label.setText(
            self.tr("Check the name against the person. Enter or Space confirms; Esc cancels.")
            if ready else
            self.tr("The attendee screen is still in use; confirm when it is free.")
        )

    def confirm(self) -> None:
        if self.found is not None and self.confirm_button.isEnabled():
            self.confirmed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.modifiers():
            self.confirm()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class DuplicatePanel(QFrame):
    """Someone who already signed at this event: when, where and how. Nothing new is written."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setStyleSheet(CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        base = self.font()
        self.title_label = _label(self, _scaled(base, 1.5 * scale, bold=True))
        self.title_label.setText(self.tr("Already signed — nothing new was recorded"))
        self.title_label.setStyleSheet(f"color: {theme.ATTENTION_TITLE};")
        self.name_label = _label(self, _scaled(base, 1.8 * scale, bold=True))
        self.nip_label = _label(self, _scaled(base, 1.2 * scale))
        self.when_label = _label(self, _scaled(base, 1.2 * scale))
        self.where_label = _label(self, _scaled(base, 1.2 * scale))
        self.how_label = _label(self, _scaled(base, 1.2 * scale))
        self.ok_button = QPushButton(self.tr("OK, next person"), self)
        self.ok_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button.setFont(_scaled(base, 1.1 * scale))
        self.ok_button.clicked.connect(self.dismissed)
        self.when = self.where = self.how = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)
        for label in (self.title_label, self.name_label, self.nip_label, self.when_label,
                      self.where_label, self.how_label):
            layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        layout.addSpacing(8)
        layout.addLayout(row)

    def show_found(self, found: Found, event: Event) -> None:
        assert found.first is not None
        employee = found.employee
        self.name_label.setText(display_name(employee.name, employee.front_title,
                                             employee.back_title))
        self.nip_label.setText(f"NIP {grouped_nip(employee.nip)}")
        self.when, self.where, self.how = first_check_in(found.first, event)
        self.when_label.setText(self.tr("When: {when}").format(when=self.when))
        self.where_label.setText(self.tr("Where: {station}").format(station=self.where))
        self.how_label.setText(self.tr("How: {method}").format(method=self.how))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space,
                           Qt.Key.Key_Escape):
            self.dismissed.emit()
            return
        super().keyPressEvent(event)
