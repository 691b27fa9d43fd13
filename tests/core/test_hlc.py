from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar.core.hlc import (
    MAX_COUNTER,
    MAX_WALL_MS,
    MIN_WALL_MS,
    ClockError,
    HybridClock,
    Timestamp,
)

timestamps = st.builds(
    Timestamp,
    st.integers(0, 16**13 - 1),
    st.integers(0, MAX_COUNTER),
    st.sampled_from(["01a2-station-a", "01a2-station-b", "z"]),
)


class FakeWall:
    """A wall clock a test can set: the one thing a test machine cannot have is a wrong clock."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@given(timestamps)
def test_pack_round_trips(ts):
    assert Timestamp.unpack(ts.pack()) == ts


@given(timestamps, timestamps)
def test_packed_text_sorts_like_the_timestamps(a, b):
    assert (a.pack() < b.pack()) == (a < b)


@given(st.lists(st.integers(0, 10**13), min_size=1, max_size=50))
def test_local_time_never_goes_backwards(walls):
    wall = FakeWall(walls[0])
    clock = HybridClock("a", wall=wall)
    last = clock.now()
    for ms in walls:
        wall.ms = ms
        now = clock.now()
        assert now > last
        last = now


@given(st.lists(timestamps, max_size=30), st.integers(0, 10**13))
def test_update_moves_past_everything_received(received, wall_ms):
    clock = HybridClock("me", wall=FakeWall(wall_ms))
    for ts in received:
        after = clock.update(ts)
        assert (after.wall_ms, after.counter) > (ts.wall_ms, ts.counter)
        assert clock.now() > after


def test_a_station_hours_behind_still_orders_after_what_it_received():
    ahead = HybridClock("ahead", wall=FakeWall(10_000_000))
    behind = HybridClock("behind", wall=FakeWall(10_000_000 - 3 * 3600 * 1000))
    sent = ahead.now()
    behind.update(sent)
    reply = behind.now()
    assert reply > sent
    assert reply.wall_ms == sent.wall_ms  # stays close to the fastest real clock, no jump


def test_counter_overflow_borrows_the_next_millisecond():
    clock = HybridClock("a", last=Timestamp(5, MAX_COUNTER, "a"), wall=FakeWall(5))
    assert clock.now() == Timestamp(6, 0, "a")


def test_restart_continues_after_the_last_write():
    before = Timestamp(9_000, 3, "a")
    clock = HybridClock("a", last=before, wall=FakeWall(1_000))  # wall clock reset backwards
    assert clock.now() > before


@pytest.mark.parametrize("text", ["", "abc", "0000000000001-", "zzzzzzzzzzzzzzzzz-a"])
def test_garbage_is_refused(text):
    with pytest.raises(ClockError):
        Timestamp.unpack(text)


@pytest.mark.parametrize("wall_ms", [0, 1_000, MAX_WALL_MS + 1, 16**13 - 1])
def test_clock_times_outside_2020_to_2100_are_refused(wall_ms):
    with pytest.raises(ClockError, match="outside"):
        Timestamp(wall_ms, 0, "a").check_range()
    assert Timestamp(MIN_WALL_MS, 5, "a").check_range().counter == 5


def test_the_hub_offset_corrects_the_wall_clock():
    clock = HybridClock("a", wall=lambda: 1_700_000_000_000)
    clock.offset_ms = 3 * 3600 * 1000  # three hours slow: the hub's time is added
    assert clock.now().wall_ms == 1_700_000_000_000 + 3 * 3600 * 1000
    assert clock.system_now() == 1_700_000_000_000


def test_reset_continues_after_the_given_time_only():
    clock = HybridClock("a", Timestamp(1_800_000_000_000, 0, "a"), wall=lambda: 1_700_000_000_000)
    clock.reset(Timestamp(1_700_000_000_500, 0, "a"))
    assert clock.now() == Timestamp(1_700_000_000_500, 1, "a")
