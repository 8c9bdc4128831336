"""Run facade calls off the GUI thread and bring their results back by Qt signal.

Database work goes to ONE single-thread pool, so calls on the Collection are serialised; CPU
work that does not touch the collection (reading and aligning a file) may use a second pool.
A widget is never touched inside an operation: callbacks run on the GUI thread, after.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from db.results import OpResult
from duiyi.errors import Cancelled, DuiyiError
from duiyi.progress import CancelToken, ProgressFn

if TYPE_CHECKING:
    from db.collection import Collection

log = logging.getLogger(__name__)

Work = Callable[[], Any]
T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """What went wrong in a task: a user error, or a bug with its traceback."""

    error: BaseException
    report: str

    @property
    def is_user_error(self) -> bool:
        """True for a DuiyiError: a plain message is enough."""
        return isinstance(self.error, DuiyiError)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it so slots run on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            value = self._work()
        except Cancelled:
            self._relay.cancelled.emit()
        except BaseException as error:  # every failure must reach the GUI, never vanish
            report = "".join(traceback.format_exception(error))
            if not isinstance(error, DuiyiError):
                log.error("task failed\n%s", report)
            self._relay.failed.emit(Failure(error, report))
        else:
            self._relay.done.emit(value)


class Task(QObject):
    """One running piece of work: connect to its signals, or call cancel()."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.relay = _Relay(self)
        self.relay.done.connect(self._on_relay_done)
        self.relay.failed.connect(self._on_relay_failed)
        self.relay.cancelled.connect(self._on_relay_cancelled)
        self.relay.progressed.connect(self.progressed)
        self.running = True

    def progress_fn(self) -> ProgressFn:
        """A thread-safe progress callback for the work, reporting through signals."""

        def report(done: int, total: int) -> None:
            self.relay.progressed.emit(done, total)

        return report

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.token.cancel()

    @Slot(object)
    def _on_relay_done(self, value: object) -> None:
        self.running = False
        self.done.emit(value)
        self.finished.emit()

    @Slot(object)
    def _on_relay_failed(self, failure: object) -> None:
        self.running = False
        self.failed.emit(failure)
        self.finished.emit()

    @Slot()
    def _on_relay_cancelled(self) -> None:
        self.running = False
        self.cancelled.emit()
        self.finished.emit()


class CollectionService(QObject):
    """The task runner and change bus every screen shares.

    `changes_applied(changes, source)` tells each view what a call changed; views redraw only
    what they show. `error_raised(failure)` reaches the main window, which shows a user error
    as a message and a bug in a crash dialog.
    """

    changes_applied = Signal(object, object)
    error_raised = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, collection: Collection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collection = collection
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._cpu_pool = QThreadPool(self)
        self._cpu_pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    # -- running work ---------------------------------------------------------------------------
    def run(
        self,
        work: Callable[[Task], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Failure], None] | None = None,
        cpu: bool = False,
        source: object = None,
    ) -> Task:
        """Run work(task) on the database thread (or the CPU pool); on_done gets its value.

        When the value is an OpResult, its changes go out on the change bus first. Without
        on_error, failures go to `error_raised`.
        """
        task = Task(self)
        self._running.add(task)
        self.busy_changed.emit(True)

        def finished_ok(value: object) -> None:
            if isinstance(value, OpResult) and value.changes.any:
                self.changes_applied.emit(value.changes, source)
            if on_done is not None:
                on_done(cast(T, value))

        def failed(failure: object) -> None:
            assert isinstance(failure, Failure)
            if on_error is not None:
                on_error(failure)
            else:
                self.error_raised.emit(failure)

        def cleanup() -> None:
            self._running.discard(task)
            self.busy_changed.emit(bool(self._running))
            task.deleteLater()

        task.done.connect(finished_ok)
        task.failed.connect(failed)
        task.finished.connect(cleanup)
        job = _Job(lambda: work(task), task.relay)
        (self._cpu_pool if cpu else self._db_pool).start(job)
        return task

    def op(
        self,
        fn: Callable[[Collection], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Failure], None] | None = None,
        source: object = None,
    ) -> Task:
        """Run fn(collection) on the database thread, as Anki's CollectionOp does:
        `service.op(lambda col: col.tags.add(term_ids=ids, tags=[tag]), on_done=...)`.
        A returned OpResult's changes are broadcast before on_done gets the value."""
        collection = self.collection

        def work(_task: Task) -> T:
            return fn(collection)

        return self.run(work, on_done=on_done, on_error=on_error, source=source)

    @property
    def idle(self) -> bool:
        """True when no task is running."""
        return not self._running

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until both pools are empty (shutdown and tests only, never in a slot)."""
        return self._db_pool.waitForDone(msecs) and self._cpu_pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel what runs, wait for it, and close the collection on its own thread."""
        for task in list(self._running):
            task.cancel()
        self.wait_idle()
        # the collection's connections belong to the database thread: close it there
        self._db_pool.start(_Job(self.collection.close, _Relay()))
        self._db_pool.waitForDone(30000)


def later(msecs: int, fn: Callable[[], None]) -> None:
    """Run fn on the GUI thread after msecs (a tiny helper for delayed UI)."""
    QTimer.singleShot(msecs, fn)
