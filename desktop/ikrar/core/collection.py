"""Pausing Python's cyclic garbage collection while bulk work builds many short-lived objects.

A collection walks every object alive: the rows an import has read so far, the entries of a
sync batch, and everything the app holds (a desk's process holds a great deal). Bulk work makes
no cycles to collect, so it runs with collection paused. Threads may pause it together: it
comes back when the last one leaves, unless it was off before (it is left as it was).

Pauses that overlap without a break (a hub taking pushes from many stations at once) would
keep it off for as long as they last: a thread leaving a pause older than `LONGEST_S` collects
once itself, and the pause counts again from there.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

LONGEST_S = 10.0  # a pause kept up longer than this by overlapping threads is broken once
_lock = threading.Lock()
_holders = 0  # threads inside `paused`
_was_on = True  # whether collection was on when the first of them came in
_since = 0.0  # when the pause began, or its last collection (time.monotonic)


@contextmanager
def paused() -> Iterator[None]:
    global _holders, _was_on, _since
    with _lock:
        _holders += 1
        if _holders == 1:
            _was_on = gc.isenabled()
            _since = time.monotonic()
            gc.disable()
    try:
        yield
    finally:
        overdue = False
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_on:
                gc.enable()
            elif _holders and _was_on and time.monotonic() - _since > LONGEST_S:
                _since, overdue = time.monotonic(), True
        if overdue:
            gc.collect()
