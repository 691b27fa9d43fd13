"""Cyclic garbage collection paused during bulk work (imports, sync batches), across threads."""

from __future__ import annotations

import gc
import threading

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
