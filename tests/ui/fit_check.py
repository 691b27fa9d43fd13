"""Does a window show every button's and label's whole text? (tests/ui/test_fits.py)

A widget counts when it is visible. Its rectangle must lie inside each of its ancestors up to
its window (or, inside a scroll area, up to the scrolled content, which may be longer than the
view), its text must fit its contents rectangle as drawn (word-wrapped labels at their width),
and no two sibling widgets may overlap.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

TEXT_WIDGETS = (QAbstractButton, QLabel)


def _shown_text(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _clip(widget: QWidget, top: QWidget) -> tuple[QRect, QWidget]:
    """The part of `top` in which `widget` may be drawn, in `top`'s coordinates, and the
    widget at which clipping stopped (the window, or a scroll area's content)."""
    clip = QRect(QPoint(0, 0), top.size())
    node = widget
    while node is not None and node is not top:
        parent = node.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            # `node` is the scrolled content: it may be longer than the view.
            if node is widget:
                return QRect(QPoint(0, 0), node.size()), node
            return QRect(QPoint(0, 0), node.size()), node
        if node is not widget:
            origin = node.mapTo(top, QPoint(0, 0))
            clip = clip.intersected(QRect(origin, node.size()))
        node = parent
    return clip, top


def _button_room(button: QAbstractButton) -> tuple[int, int]:
    """(width, height) the button's style leaves for its text (and icon)."""
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                             button)
        return rect.width(), rect.height()
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        rect = button.style().subElementRect(element, option, button)
        return rect.width(), rect.height()
    rect = button.contentsRect()
    return rect.width(), rect.height()


def text_problem(widget: QWidget) -> str | None:
    """Why `widget` does not show its whole text, or None."""
    if isinstance(widget, QAbstractButton):
        text = _shown_text(widget)
        if not text:
            return None
        metrics = widget.fontMetrics()
        lines = text.split("\n")
        need_w = max(metrics.horizontalAdvance(line) for line in lines)
        need_h = metrics.height() * len(lines)
        if not widget.icon().isNull() and not (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly):
            need_w += widget.iconSize().width() + 4
        room_w, room_h = _button_room(widget)
        if need_w > room_w or need_h > room_h + 2:
            return f"text needs {need_w}×{need_h}, has {room_w}×{room_h}"
        return None
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        room = widget.contentsRect()
        margin = widget.margin()
        room = room.adjusted(margin, margin, -margin, -margin)
        indent = widget.indent()
        if indent > 0:
            room = room.adjusted(indent, 0, 0, 0)
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
        if rich:
            document = QTextDocument()
            document.setDefaultFont(widget.font())
            document.setDocumentMargin(0)
            document.setHtml(text)
            if widget.wordWrap():
                document.setTextWidth(room.width())
                need_w = min(document.idealWidth(), room.width())
                if document.idealWidth() > room.width() + 1:
                    need_w = document.idealWidth()
            else:
                need_w = document.idealWidth()
            need_h = document.size().height()
        else:
            metrics = widget.fontMetrics()
            if widget.wordWrap():
                bound = metrics.boundingRect(
                    QRect(0, 0, room.width(), 100_000),
                    int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
                need_w, need_h = bound.width(), bound.height()
            else:
                lines = text.split("\n")
                need_w = max(metrics.horizontalAdvance(line) for line in lines)
                need_h = metrics.height() * len(lines)
        if need_w > room.width() + 1 or need_h > room.height() + 1:
            return f"text needs {need_w:.0f}×{need_h:.0f}, has {room.width()}×{room.height()}"
    return None


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isVisible() and widget.width() > 0


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = _shown_text(widget)
    elif isinstance(widget, QLabel):
        text = widget.text()
    kind = type(widget).__name__
    label = widget.objectName() or ""
    return f"{kind}{'#' + label if label else ''} {text[:50]!r}"


def _internal(parent: QWidget) -> bool:
    """Widgets whose children Qt places itself, overlapping by design."""
    return isinstance(parent, QAbstractScrollArea) or type(parent).__name__ in (
        "QToolBar", "QMenuBar", "QTabBar", "QToolBarExtension", "QDockWidget", "QPdfView")


def problems(top: QWidget) -> list[str]:
    """Everything in `top` that does not show whole: cut, outside its window, overlapping."""
    found: list[str] = []
    if not top.isVisible():
        return [f"{_name(top)} is not visible"]
    for widget in top.findChildren(QWidget):
        # Another window's widgets (the attendee's, owned by the main window) are checked
        # in their own window, at its size.
        if widget.window() is not top.window() or not _visible(widget, top):
            continue
        if isinstance(widget, TEXT_WIDGETS):
            clip, _ = _clip(widget, top)
            at = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            stop = _clip(widget, top)[1]
            if stop is not top:
                at = QRect(widget.mapTo(stop, QPoint(0, 0)), widget.size())
            if not clip.contains(at):
                found.append(f"{_name(widget)}: at {at.getRect()}, outside {clip.getRect()}")
                continue
            why = text_problem(widget)
            if why:
                found.append(f"{_name(widget)}: {why}")
        if _internal(widget):
            continue
        children = [c for c in widget.children()
                    if isinstance(c, QWidget) and not c.isWindow() and _visible(c, top)]
        for i, one in enumerate(children):
            for other in children[i + 1:]:
                if not isinstance(one, TEXT_WIDGETS) and not isinstance(other, TEXT_WIDGETS):
                    continue
                if one.geometry().intersects(other.geometry()):
                    found.append(f"{_name(one)} overlaps {_name(other)}")
    return found
