"""App-wide signals, so pages learn of new data without knowing who wrote it.

The one change-notification path from the store to the screens: whoever commits rows in the
GUI process says so here (`checkinCommitted` from the signing screen, `changed()` after an
import, a sync pull, a print run or an edit), and every page that shows figures follows both
signals through `follow()`, which coalesces a burst into one re-read a moment later.
Emitting is safe from a worker thread: the signals are queued to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

SETTLE_MS = 250  # a burst (a sync in batches, several check-ins) is read once


class SharedData(QObject):
    checkinCommitted = Signal(str)  # noqa: N815 - Qt's naming; attendance id, once durable
    dataChanged = Signal()  # noqa: N815 - rows arrived from elsewhere (sync, import, printing)


_shared: SharedData | None = None


def shared() -> SharedData:
    """The one instance (created on first use, on the GUI thread)."""
    global _shared
    if _shared is None:
        _shared = SharedData()
    return _shared


def changed() -> None:
    """Rows were committed (an import, a sync pull, certificates printed, an edit)."""
    shared().dataChanged.emit()


class Follower(QTimer):
    """A single-shot timer that both shared signals restart; its timeout is the re-read."""

    def __init__(self, owner: QObject, reread: Callable[[], None], settle_ms: int, *,
                 checkins: bool = True, data: bool = True) -> None:
        super().__init__(owner)
        self.setSingleShot(True)
        self.setInterval(settle_ms)
        self.timeout.connect(reread)
        # Bound methods of a QObject: the connections end when the follower is destroyed.
        if checkins:
            shared().checkinCommitted.connect(self.poke)
        if data:
            shared().dataChanged.connect(self.poke)

    def poke(self, *_: object) -> None:
        self.start()


def follow(owner: QObject, reread: Callable[[], None], settle_ms: int = SETTLE_MS, *,
           checkins: bool = True, data: bool = True) -> Follower:
    """Call `reread` once, `settle_ms` after the last check-in or data change (either can be
    left out). The timer belongs to `owner`, so the connections end with it."""
    return Follower(owner, reread, settle_ms, checkins=checkins, data=data)
