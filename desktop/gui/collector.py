"""Garbage collection on the GUI thread only, in small steps, while the window is open.

Python collects cycles on whichever thread happens to allocate. A pass on a worker thread can
destroy Qt wrappers that belong to the GUI thread, which Qt does not allow; and while a worker
call builds thousands of rows, full passes there held the interpreter lock for 30-100 ms each,
freezing the window. So while the window is open the automatic collector is off, and a timer
on the GUI thread collects the generations that are due, as the automatic collector would have.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


_owners = 0
_resume = False


def _release() -> None:
    """One collector fewer; the last one gone gives collection back to Python."""
    global _owners
    _owners -= 1
    if _owners == 0 and _resume:
        gc.enable()


class GuiThreadCollector(QObject):
    """Owns the process's cyclic garbage collection while it lives (with any others); full
    passes wait while `busy()` says background work runs."""

    def __init__(self, parent: QObject, *, busy: Callable[[], bool] = lambda: False) -> None:
        global _owners, _resume
        super().__init__(parent)
        self._busy = busy
        if _owners == 0:
            _resume = gc.isenabled()
            gc.disable()
        _owners += 1
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        # a plain function, not a method: it runs while this object is being destroyed
        self.destroyed.connect(_release)

    def collect_due(self) -> None:
        """Collect the generations whose counts have passed their thresholds."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self._thresholds[level]:
                generation = level
            else:
                break
        if generation == 2 and self._busy():
            generation = 1  # a full pass waits until background work ends: it would stall
        if generation >= 0:
            gc.collect(generation)
