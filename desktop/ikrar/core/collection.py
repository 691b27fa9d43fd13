"""Pausing Python's cyclic garbage collection while bulk work builds many short-lived objects.

A collection walks every object alive: the rows an import has read so far, the entries of a
sync batch, and everything the app holds (a desk's process holds a great deal). Bulk work makes
no cycles to collect, so it runs with collection paused. Threads may pause it together: it
comes back when the last one leaves, unless it was off before (it is left as it was).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # threads inside `paused`
_was_on = True  # whether collection was on when the first of them came in


@contextmanager
def paused() -> Iterator[None]:
    global _holders, _was_on
    with _lock:
        _holders += 1
        if _holders == 1:
            _was_on = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_on:
                gc.enable()
