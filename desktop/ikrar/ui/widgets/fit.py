"""Making text and buttons fit the screen they are on, from 1024×600 up to 1920×1080.

- `ButtonRow`: buttons side by side while they fit, stacked (full width) when they do not, so
  no button's text is ever elided.
- `fitting_pixel_size`: the largest font size at which a label's text fits a box (the pledge
  on the attendee's screen). The PDFs have their own fitter (`ikrar.documents.fitting`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ButtonRow(QWidget):
    """Buttons in a row (a stretch before one of them); a column when the row is too narrow.

    It places its buttons itself rather than through a QLayout, because its height depends on
    its width (`heightForWidth`) and Qt asks a widget's own layout, not the widget, for that.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 12) -> None:
        super().__init__(parent)
        self.buttons: list[QWidget] = []
        self.spacing = spacing
        self._stretch_at = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_buttons(self, *buttons: QWidget, stretch_at: int = -1) -> None:
        """Put `buttons` in the row; the free space goes before `buttons[stretch_at]` (after
        the last one when `stretch_at` is their number)."""
        self.buttons = list(buttons)
        self._stretch_at = stretch_at if stretch_at >= 0 else len(buttons) + stretch_at
        for button in buttons:
            button.setParent(self)
            button.installEventFilter(self)
        self.updateGeometry()

    @staticmethod
    def _size(button: QWidget) -> QSize:
        """The size a button asks for, within its own minimum and maximum (a fixed height)."""
        return button.sizeHint().expandedTo(button.minimumSize()).boundedTo(
            button.maximumSize())

    def _shown(self) -> list[QWidget]:
        return [b for b in self.buttons if not b.isHidden()]

    def row_width(self) -> int:
        shown = self._shown()
        return (sum(self._size(b).width() for b in shown)
                + self.spacing * max(0, len(shown) - 1))

    def stacked(self) -> bool:
        return self.width() < self.row_width()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest,
                            QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._place()
        return False

    def _place(self) -> None:
        shown = self._shown()
        if not shown:
            return
        width = self.width()
        if width < self.row_width():
            # Stacked, the main action comes first (on top), where the eye and the thumb go.
            y = 0
            for button in reversed(shown):
                height = self._size(button).height()
                button.setGeometry(QRect(0, y, width, height))
                y += height + self.spacing
            return
        height = max(self._size(b).height() for b in shown)
        free = width - self.row_width()
        x = 0
        for i, button in enumerate(shown):
            if i == self._stretch_at:
                x += free
            hint = self._size(button)
            button.setGeometry(QRect(x, (height - hint.height()) // 2, hint.width(),
                                     hint.height()))
            x += hint.width() + self.spacing

    # --- sizes ----------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        shown = self._shown()
        if not shown:
            return 0
        if width >= self.row_width():
            return max(self._size(b).height() for b in shown)
        return (sum(self._size(b).height() for b in shown)
                + self.spacing * (len(shown) - 1))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.row_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max((self._size(b).width() for b in self._shown()), default=0)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        self._place()


def fitting_pixel_size(label: QLabel, width: int, height: int, *, largest: int,
                       smallest: int) -> tuple[int, bool]:
    """The largest pixel size from `smallest` to `largest` at which the word-wrapped `label`,
    `width` wide, is no taller than `height`, and whether it fits at all (False: `smallest`).
    The label is measured as it lays itself out (`heightForWidth`); it is left at that size."""
    font = QFont(label.font())

    def fits(pixels: int) -> bool:
        font.setPixelSize(pixels)
        label.setFont(font)
        return label.heightForWidth(width) <= height

    if fits(largest):
        return largest, True
    if not fits(smallest):
        return smallest, False
    low, high = smallest, largest  # fits(low), not fits(high)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    fits(low)
    return low, True
