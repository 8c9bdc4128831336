"""Progress reporting and cancellation for long work (import, extraction, export)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from duiyi.errors import Cancelled

T = TypeVar("T")

ProgressFn = Callable[[int, int], None]
"""Called as progress(done, total) while long work runs."""


def no_progress(done: int, total: int) -> None:
    """Progress callback that ignores progress."""


class CancelToken:
    """A flag another thread sets to ask long work to stop at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._event.is_set()

    def raise_if_set(self) -> None:
        """Raise Cancelled if cancel() was called."""
        if self._event.is_set():
            raise Cancelled


NEVER_CANCELLED = CancelToken()


class CpuRunner(Protocol):
    """Runs CPU-heavy core work, fn(*args, **kwargs), somewhere (here, or a helper process),
    raising Cancelled when `cancel` is set before it ends."""

    def __call__(
        self, fn: Callable[..., T], /, *args: Any, cancel: CancelToken, **kwargs: Any
    ) -> T: ...
