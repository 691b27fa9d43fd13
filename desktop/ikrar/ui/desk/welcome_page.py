"""What the attendee's screen shows between people: the event, the agency, and what to do.

Dark text on white paper from the theme, sized from the screen's height, so it reads from a
few steps away; nothing on it is meant for staff.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ikrar.store.models import Event
from ikrar.ui.widgets import theme

STYLE = f"""
QWidget#welcomePage {{ background: {theme.PAPER}; }}
QLabel {{ background: transparent; }}
QLabel#welcomeTitle {{ color: {theme.TEXT_STRONG}; }}
QLabel#welcomeAgency {{ color: {theme.TEXT_SECONDARY}; }}
QLabel#welcomePrompt {{ color: {theme.TEXT_ON_DARK}; background: {theme.ACCENT};
                       border-radius: 14px; padding: 0.5em 1.2em; }}
"""


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.title_label = _label(self, "welcomeTitle")
        self.agency_label = _label(self, "welcomeAgency")
        self.rule = QFrame(self)
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setStyleSheet(f"color: {theme.BORDER};")
        self.prompt_label = _label(self, "welcomePrompt")
        # Centred by stretches, not by alignment: an aligned label gets the height for the
        # page's whole width, and a wrapped prompt would show half its lines.
        prompt_row = QHBoxLayout()
        prompt_row.setContentsMargins(0, 0, 0, 0)
        prompt_row.addStretch(1)
        prompt_row.addWidget(self.prompt_label)
        prompt_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        self._layout = layout
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.agency_label)
        layout.addSpacing(28)
        layout.addWidget(self.rule)
        layout.addSpacing(40)
        layout.addLayout(prompt_row)
        layout.addStretch(3)
        self.self_service = True
        self.show_event(None)
        self._apply_sizes()

    def set_self_service(self, on: bool) -> None:
        """On a self-service tablet the attendee scans; beside a desk they wait to be called."""
        self.self_service = on
        self.prompt_label.setText(
            self.tr("Please scan your card") if on else
            self.tr("Welcome. Please wait until the registration desk calls your name."))
        self._fit_prompt()

    def show_event(self, event: Event | None) -> None:
        self.title_label.setText(event.title if event is not None else self.tr("Welcome"))
        agency = event.agency if event is not None else ""
        self.agency_label.setText(agency)
        self.agency_label.setVisible(bool(agency))
        self.set_self_service(self.self_service)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        u = max(0.8, min(max(self.height(), 1) / 768, max(self.width(), 1) / 1024, 2.2))
        for label, px, bold in ((self.title_label, 44, True), (self.agency_label, 28, False),
                                (self.prompt_label, 40, True)):
            font = QFont(self.font())
            font.setPixelSize(round(px * u))
            font.setBold(bold)
            label.setFont(font)
        self._fit_prompt()

    def _fit_prompt(self) -> None:
        """The prompt on one line when the page is wide enough, else wrapped at its width."""
        label = self.prompt_label
        label.setWordWrap(False)
        one_line = label.sizeHint().width()
        label.setWordWrap(True)
        margins = self._layout.contentsMargins()
        room = max(1, self.width() - margins.left() - margins.right())
        label.setMinimumWidth(min(one_line, room))
