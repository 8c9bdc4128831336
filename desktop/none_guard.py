"""PySide6 6.12 on Python 3.11 drops a reference to None on every call of a Qt method that
returns nothing (`QRect().setWidth(3)` lowers `sys.getrefcount(None)` by one; 6.11 does not).
A window that redraws for an hour (a projected drill) would use up None's references and Python
would abort with "none_dealloc", at the latest when it tears its modules down at exit.

Python 3.12 made None immortal; on older Pythons we give None as many references as that would,
once, before any Qt call. None is a static singleton that is never freed, so a larger count
changes nothing else."""

from __future__ import annotations

import sys

# Far more references than calls a program makes in its life; still far from the type's limit.
_RESERVE = 1 << 40


def keep_none_alive() -> None:
    """Raise None's reference count by _RESERVE on CPython before 3.12 (a no-op after)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    # ob_refcnt is the first field of every object on CPython 3.11 and before.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _RESERVE
