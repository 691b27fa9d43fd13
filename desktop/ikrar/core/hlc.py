"""Hybrid logical clock (Kulkarni et al., 2014) for ordering writes across stations.

A timestamp is (wall milliseconds, counter, node). It never goes backwards on one node, it
moves past every timestamp the node has seen from others, and it stays close to real time,
so a station whose clock is hours wrong still orders its writes after what it has received.
Packed as a fixed-width string, timestamps sort as text exactly as they sort as tuples.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 13  # hex digits of milliseconds: enough until the year 10889
COUNTER_DIGITS = 4
MAX_COUNTER = 16**COUNTER_DIGITS - 1
# Clock times outside these bounds are refused as entries and never enter a clock: the
# largest packable value would overflow the next write (the year 10889), so a poisoned entry
# could stop every node that received it.
MIN_WALL_MS = 1_577_836_800_000  # 2020-01-01 UTC: before Ikrar existed
MAX_WALL_MS = 4_102_444_800_000  # 2100-01-01 UTC
MAX_AHEAD_MS = 5 * 60 * 1000  # how far ahead of the receiver's clock an entry may be


class ClockError(ValueError):
    """A timestamp that cannot be parsed or would overflow the clock."""


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def pack(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}x}{self.counter:0{COUNTER_DIGITS}x}-{self.node}"

    @classmethod
    def unpack(cls, text: str) -> Timestamp:
        head, sep, node = text.partition("-")
        if not sep or len(head) != WALL_DIGITS + COUNTER_DIGITS or not node:
            raise ClockError(f"not a clock timestamp: {text!r}")
        try:
            wall = int(head[:WALL_DIGITS], 16)
            counter = int(head[WALL_DIGITS:], 16)
        except ValueError as exc:
            raise ClockError(f"not a clock timestamp: {text!r}") from exc
        return cls(wall, counter, node)

    def check_range(self) -> Timestamp:
        """This timestamp, or ClockError when its wall time is outside the plausible range."""
        if not MIN_WALL_MS <= self.wall_ms <= MAX_WALL_MS:
            raise ClockError(f"clock time {self.pack()!r} is outside the years 2020-2100")
        return self

    def __str__(self) -> str:
        return self.pack()


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Thread-safe HLC for one node (station)."""

    def __init__(
        self,
        node: str,
        last: Timestamp | None = None,
        wall: Callable[[], int] = _wall_ms,
    ) -> None:
        if not node:
            raise ClockError("a clock needs a node id")
        self.node = node
        self._wall = wall
        # Milliseconds to add to the wall clock: this station's offset from the hub, learnt at
        # every sync, so a station whose clock is hours wrong still stamps hub time.
        self.offset_ms = 0
        self._lock = threading.Lock()
        self._l = last.wall_ms if last else 0
        self._c = last.counter if last else 0

    @property
    def last(self) -> Timestamp:
        return Timestamp(self._l, self._c, self.node)

    def system_now(self) -> int:
        """This machine's wall clock in milliseconds, uncorrected."""
        return self._wall()

    def wall_now(self) -> int:
        """The corrected wall time in milliseconds (the system clock plus the hub offset)."""
        return self._wall() + self.offset_ms

    def reset(self, last: Timestamp | None) -> None:
        """Continue after `last` rather than after everything this clock has stamped.

        Only for a station whose own unacknowledged stamps ran ahead of the hub (its clock was
        fast): those entries are stamped again, so nothing seen by others goes backwards.
        """
        with self._lock:
            self._l = last.wall_ms if last else 0
            self._c = last.counter if last else 0

    def now(self) -> Timestamp:
        """Timestamp for a local event (a write)."""
        with self._lock:
            pt = self.wall_now()
            if pt > self._l:
                self._l, self._c = pt, 0
            else:
                self._bump_counter()
            return Timestamp(self._l, self._c, self.node)

    def update(self, remote: Timestamp) -> Timestamp:
        """Merge a timestamp received from another node; returns the new local time."""
        with self._lock:
            pt = self.wall_now()
            top = max(self._l, remote.wall_ms, pt)
            if top == self._l and top == remote.wall_ms:
                self._c = max(self._c, remote.counter)
                self._bump_counter()
            elif top == self._l:
                self._bump_counter()
            elif top == remote.wall_ms:
                self._l, self._c = top, remote.counter
                self._bump_counter()
            else:
                self._l, self._c = top, 0
            return Timestamp(self._l, self._c, self.node)

    def _bump_counter(self) -> None:
        if self._c >= MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next millisecond.
            self._l += 1
            self._c = 0
        else:
            self._c += 1
