"""App-wide signals, so pages learn of new data without knowing who wrote it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SharedData(QObject):
    checkinCommitted = Signal(str)  # noqa: N815 - Qt's naming; attendance id, once durable
    dataChanged = Signal()  # noqa: N815 - rows arrived from elsewhere (sync, import)


_shared: SharedData | None = None


def shared() -> SharedData:
    """The one instance (created on first use, on the GUI thread)."""
    global _shared
    if _shared is None:
        _shared = SharedData()
    return _shared
