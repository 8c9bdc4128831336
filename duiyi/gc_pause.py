"""The cyclic garbage collector paused for the length of a collection call or helper task.

A call that loads or writes thousands of rows makes hundreds of thousands of short-lived
objects; Python's collector then runs full passes over every object in the process, each
holding the interpreter lock for 30-100 ms, and in the desktop program the window stalls while
a background call runs. Reference counting still frees the call's garbage at once; the rare
cycles wait until the call ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic garbage collection inside the block (nested and threaded blocks share
    one pause); it resumes when the last block ends, if it was on before the first."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
