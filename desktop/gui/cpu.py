"""CPU-heavy core work (reading, aligning, extracting) in a helper process.

Python threads share one interpreter lock, and parts of the core hold it for a long time inside
C extensions (the segmenter loading its dictionary, big regular expressions). Run there, the
work would freeze the window for hundreds of milliseconds; in a separate process it cannot.
Results come back pickled (the core returns plain frozen dataclasses).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from duiyi.errors import Cancelled
from duiyi.progress import CancelToken

T = TypeVar("T")

_pool: ProcessPoolExecutor | None = None


def _executor() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # spawn, never fork: forking a process that runs Qt and database threads is unsafe
        _pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_follow_parent,
        )
    return _pool


def _follow_parent() -> None:
    """In the helper: end when the program ends, even if it was killed or crashed."""
    parent = multiprocessing.parent_process()
    if parent is not None:

        def wait_for_parent() -> None:
            parent.join()
            os._exit(0)

        threading.Thread(target=wait_for_parent, daemon=True, name="follow-parent").start()


def warm_up() -> None:
    """Start the helper process early, so the first import does not wait for it."""
    _executor().submit(_ping)


def _ping() -> bool:
    return True


def run_in_process(fn: Callable[..., T], /, *args: Any, cancel: CancelToken, **kwargs: Any) -> T:
    """fn(*args, **kwargs) in the helper process; waits (without the lock) or raises Cancelled."""
    pool = _executor()
    future: Future[T] = pool.submit(fn, *args, **kwargs)
    while True:
        try:
            return future.result(timeout=0.05)
        except FutureTimeout:
            if cancel.cancelled:
                future.cancel()
                _stop()  # the work may be long: end the process rather than wait for it
                raise Cancelled from None
        except BrokenProcessPool:
            if pool is _pool:
                raise  # the helper died by itself: a bug to report
            # Another task's Cancel ended the helper this work was waiting in: run it again
            # in the new one, as nothing of it was kept.
            pool = _executor()
            future = pool.submit(fn, *args, **kwargs)


def _stop() -> None:
    global _pool
    pool, _pool = _pool, None
    if pool is None:
        return
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def shutdown() -> None:
    """End the helper process (at exit)."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
