"""Cyclic garbage collection paused during bulk work (imports, sync batches), across threads."""

from __future__ import annotations

import gc
import threading
import weakref

from ikrar.core import collection


def test_collection_is_paused_while_any_thread_is_inside_and_back_after_the_last():
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collection.paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    with collection.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still inside
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_collection_left_off_when_it_was_off_before():
    gc.disable()
    try:
        with collection.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_that_overlap_without_a_break_still_collect_now_and_then(monkeypatch):
    """A hub taking pushes from many stations: some thread is always inside."""
    now = [1000.0]
    monkeypatch.setattr(collection.time, "monotonic", lambda: now[0])

    class Node:
        pass

    def garbage_cycle() -> weakref.ref:
        a, b = Node(), Node()
        a.other, b.other = b, a
        return weakref.ref(a)

    with collection.paused():  # one station's push, with others coming and going
        for seconds, collected in ((6, False), (12, True), (18, False)):
            now[0] = 1000.0 + seconds
            cycle = garbage_cycle()
            with collection.paused():  # another push, written and gone
                pass
            assert not gc.isenabled()  # the first push is still inside
            assert (cycle() is None) is collected, seconds
    assert gc.isenabled()
