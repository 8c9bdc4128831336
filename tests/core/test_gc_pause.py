"""The garbage collector paused for a call, nested and from several threads."""

from __future__ import annotations

import gc
import threading

from duiyi.gc_pause import gc_paused


def test_nested_pauses_resume_only_when_the_last_ends() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_from_another_thread_holds_until_both_end() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's call still runs
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_an_error_still_resumes_and_a_disabled_collector_stays_off() -> None:
    try:
        with gc_paused():
            raise KeyError("boom")
    except KeyError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
