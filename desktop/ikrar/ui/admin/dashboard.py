"""The live dashboard: signed / expected in large type, a bar per unit, check-ins per 5 minutes.

Meant for a screen across the room. A full read is three aggregate queries (see
`ikrar.store.recap.unit_figures` and `ikrar.store.progress.rate`); a check-in committed here
re-reads only its own unit, so the page keeps up with a busy desk. Rows that arrive by sync
trigger a full read.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ikrar.core.dates import zone
from ikrar.store.progress import BUCKET_MIN, bucket_of, checkin_of, rate
from ikrar.store.recap import NO_UNIT, UnitFigures, unit_figures
from ikrar.ui.widgets import theme, when
from ikrar.ui.widgets.shared import shared

if TYPE_CHECKING:
    from ikrar.store.models import Event


BUCKETS_SHOWN = 24  # two hours of 5-minute bars
GREEN, GREY, INK = QColor(theme.OK_FIGURE), QColor(theme.EMPTY_FIGURE), QColor(theme.TEXT)


class UnitBars(QWidget):
    """One bar per unit, its share signed, with "signed / expected" beside it."""

    ROW = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list[UnitFigures] = []
        self.setMinimumHeight(self.ROW)

    def set_units(self, units: list[UnitFigures]) -> None:
        resized = len(units) != len(self.units)
        self.units = units
        if resized:  # a new unit (a walk-in's) changes the layout; a count does not
            self.setMinimumHeight(max(1, len(units)) * self.ROW + 8)
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(800, max(1, len(self.units)) * self.ROW + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSize(15)
        painter.setFont(font)
        width = self.width()
        label_w, figure_w = int(width * 0.5), 170
        bar_w = max(40, width - label_w - figure_w - 24)
        # Only the rows in view: with 100 units most are scrolled away.
        first = max(0, (event.rect().top() - 4) // self.ROW)
        last = min(len(self.units), (event.rect().bottom() - 4) // self.ROW + 1)
        for i in range(first, last):
            unit, top = self.units[i], 4 + i * self.ROW
            text_rect = QRectF(0, top, label_w - 12, self.ROW - 6)
            painter.setPen(INK)
            elided = painter.fontMetrics().elidedText(unit.unit, Qt.TextElideMode.ElideRight,
                                                      label_w - 12)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, elided)
            bar = QRectF(label_w, top + 5, bar_w, self.ROW - 16)
            painter.fillRect(bar, GREY)
            share = unit.signed / unit.expected if unit.expected else 0.0
            painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * min(1.0, share),
                                    bar.height()), GREEN)
            painter.drawText(QRectF(label_w + bar_w + 12, top, figure_w, self.ROW - 6),
                             Qt.AlignmentFlag.AlignVCenter,
                             f"{unit.signed}/{unit.expected}  {share * 100:.0f}%")
        painter.end()


class RateChart(QWidget):
    """Check-ins per 5 minutes, the last two hours, as bars with their times below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[datetime, int] = {}
        self.tz = zone("WIB")
        self.setMinimumHeight(120)  # fits a 1024×600 screen; the bars scale with it

    def set_counts(self, counts: dict[datetime, int], tz) -> None:
        self.counts, self.tz = counts, tz
        self.update()

    def add(self, when: datetime) -> None:
        key = bucket_of(when)
        self.counts[key] = self.counts.get(key, 0) + 1
        self.update()

    def buckets(self) -> list[tuple[datetime, int]]:
        if not self.counts:
            return []
        last = max(self.counts)
        first = max(min(self.counts), last - timedelta(minutes=BUCKET_MIN * (BUCKETS_SHOWN - 1)))
        out, at = [], first
        while at <= last:
            out.append((at, self.counts.get(at, 0)))
            at += timedelta(minutes=BUCKET_MIN)
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSize(11)
        painter.setFont(font)
        buckets = self.buckets()
        if not buckets:
            painter.setPen(INK)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No check-ins yet"))
            painter.end()
            return
        peak = max(n for _, n in buckets) or 1
        step = self.width() / BUCKETS_SHOWN
        chart_h = self.height() - 44
        for i, (at, n) in enumerate(buckets):
            h = chart_h * n / peak
            x = i * step
            painter.fillRect(QRectF(x + 3, 20 + chart_h - h, step - 6, h), GREEN)
            painter.setPen(INK)
            painter.drawText(QRectF(x, 2 + chart_h - h, step, 18),
                             Qt.AlignmentFlag.AlignCenter, str(n))
            if i % 3 == 0:
                painter.drawText(QRectF(max(0.0, x - step), self.height() - 22, step * 3, 20),
                                 Qt.AlignmentFlag.AlignCenter,
                                 when.time_only(at, self.tz.tzname(None), suffix=False))
        painter.end()


class DashboardPage(QWidget):
    """The page; `refreshed` fires after each update (tests and the benchmark wait on it)."""

    refreshed = Signal()

    def __init__(self, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ikrar_event = event
        self.units: list[UnitFigures] = []
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.figure_label = QLabel(self)
        self.figure_label.setStyleSheet(theme.label_style(theme.OK_FIGURE, pt=theme.FIGURE_PT,
                                                        weight=700))
        self.figure_caption = QLabel(self)
        self.figure_caption.setStyleSheet("font-size: 18pt;")
        self.rate_title = QLabel(self.tr("Check-ins per 5 minutes"), self)
        self.rate_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.bars = UnitBars(self)
        self.rate_chart = RateChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.bars)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        head = QVBoxLayout()
        head.addWidget(self.figure_label)
        head.addWidget(self.figure_caption)
        head.addSpacing(12)
        head.addWidget(self.rate_title)
        head.addWidget(self.rate_chart, 1)
        columns = QHBoxLayout()
        columns.addLayout(head, 2)
        columns.addWidget(scroll, 3)
        layout = QVBoxLayout(self)  # the title across the page: fewer lines on a small screen
        layout.addWidget(self.title_label)
        layout.addLayout(columns, 1)

        self._reload_timer = QTimer(self)  # a burst of sync batches is read once
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)
        self._reload_timer.timeout.connect(self.reload)
        shared().checkinCommitted.connect(self.checkin_committed)
        shared().dataChanged.connect(self._reload_timer.start)
        self._stale = True  # read when first shown: no cost at start-up for a hidden page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def set_event(self, event: Event | None) -> None:
        self.ikrar_event = event
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read everything again: after a sync, an import, another event."""
        self._stale = False
        if self.ikrar_event is None:
            self.units = []
            self.rate_chart.set_counts({}, zone("WIB"))
        else:
            self.units = unit_figures(self.ikrar_event)
            self.rate_chart.set_counts(rate(self.ikrar_event), zone(self.ikrar_event.timezone))
        self._show()

    def checkin_committed(self, attendance_id: str) -> None:
        """Re-read only the unit of the person who just signed, and count them in their slot."""
        if self.ikrar_event is None:
            return
        if self._stale or not self.isVisible():
            self._stale = True  # hidden: read it all when shown
            return
        row = checkin_of(attendance_id)
        if row is None or row[0] != str(self.ikrar_event.id):
            return
        _, when, unit = row
        fresh = unit_figures(self.ikrar_event, unit)
        label = unit.strip() or NO_UNIT
        others = [u for u in self.units if u.unit != label]
        self.units = sorted([*others, *fresh], key=lambda u: u.unit.casefold())
        self.rate_chart.add(when)
        self._show()

    def _show(self) -> None:
        event = self.ikrar_event
        self.title_label.setText(event.title if event else self.tr("No event"))
        expected = sum(u.expected for u in self.units)
        signed = sum(u.signed for u in self.units)
        self.figure_label.setText(f"{signed:,} / {expected:,}".replace(",", "."))
        share = 100 * signed / expected if expected else 0
        self.figure_caption.setText(self.tr("have pledged ({percent}%)").format(
            percent=f"{share:.1f}".replace(".", ",")))
        self.bars.set_units(self.units)
        self.refreshed.emit()
