"""The heart of the Collection: one SQLite file, short sessions, one transaction per call.

db.collection.Collection adds the parts users call (`col.terms`, `col.decks`, ...; db/ops/*.py),
each holding the collection. This module opens the file (lock, checks, backup, migration),
hands out sessions, records undo steps, and backs up on close.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, create_engine, event, exc, inspect
from sqlalchemy.orm import Session, sessionmaker

from db import backup as backups
from db import migrate, output_guard, restore, search_index, undo
from db.check import CheckReport, run_check
from db.lock import CollectionLock
from db.models import Base
from db.results import OpResult
from db.storage_errors import (
    full_disk_error,
    read_only_error,
    read_only_file_system,
    storage_problem,
)
from db.undo import Reversal
from duiyi.errors import InvalidInput, StorageError

_TRACKED_TABLES = tuple(Base.metadata.tables)


def _check_place(path: Path) -> None:
    """Refuse a path Duiyi cannot use, with a message naming it (before SQLite sees it)."""
    folder = path.parent
    if not folder.exists():
        raise StorageError(f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise StorageError(f"{folder} is not a folder.")
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a collection file.")
    if path.exists():
        if not backups.is_sqlite_file(path):
            raise StorageError(f"{path} is not a Duiyi collection (not an SQLite database).")
        if read_only_file_system(folder):
            raise read_only_error(path)
        if not os.access(path, os.R_OK | os.W_OK):
            raise StorageError(f"The collection {path} cannot be written: permission denied.")
    # SQLite writes -wal and -shm files beside the collection, so the folder must be writable.
    probe = folder / f".{path.name}.probe-{os.getpid()}"
    try:
        probe.touch()
        probe.unlink()
    except OSError as error:
        if error.errno == errno.EROFS:
            raise read_only_error(path) from error
        if error.errno == errno.ENOSPC:
            raise full_disk_error(path) from error
        raise StorageError(
            f"Cannot write in the folder {folder}: {error.strerror or error}."
        ) from error


def _refuse_lost_collection(path: Path) -> None:
    """Refuse to start afresh where a collection was lost: a missing or empty file whose
    backups sit beside it would otherwise become a new, empty collection."""
    if path.exists() and path.stat().st_size > 0:
        return
    newest = backups.newest_backup(path)
    if newest is None:
        return
    state = "is empty (0 bytes)" if path.exists() else "is missing"
    raise StorageError(
        f"The collection {path} {state} but has backups; restore the newest with: "
        f'duiyi --db "{path}" restore "{newest}"'
    )


def _set_pragmas(dbapi_connection: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Statement journals (needed with triggers) in memory, not in temporary files.
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def _migrate(path: Path) -> None:
    """Bring the file to this Duiyi's schema: refuse newer or foreign files, back up first."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda conn, _record: _set_pragmas(conn))
    try:
        with engine.begin() as connection:
            current = migrate.current_revision(connection)
            head = migrate.head_revision()
            if current == head:
                return
            if current is not None and current not in migrate.known_revisions():
                raise StorageError(
                    f"The collection {path} was made by a newer version of Duiyi "
                    f"(schema {current}); update Duiyi to open it."
                )
            foreign = set(inspect(connection).get_table_names()) - {"alembic_version"}
            if current is None and foreign:
                raise StorageError(f"{path} is an SQLite database but not a Duiyi collection.")
        if current is not None:
            backups.make_backup(path)
        with engine.begin() as connection:
            migrate.upgrade(connection)
    finally:
        engine.dispose()


def install_triggers(dbapi_connection: Any, switch: undo.UndoSwitch) -> None:
    """Give a connection its temporary undo and search-index triggers."""
    undo.install_triggers(dbapi_connection, _TRACKED_TABLES, switch)
    search_index.install_triggers(dbapi_connection)


def drop_triggers(dbapi_connection: Any) -> None:
    """Remove a connection's temporary triggers (bulk loads run faster without them)."""
    cursor = dbapi_connection.cursor()
    try:
        names = [
            row[0]
            for row in cursor.execute("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'")
        ]
        for name in names:
            cursor.execute(f'DROP TRIGGER temp."{name}"')
    finally:
        cursor.close()


class CollectionBase:
    """Owns the engine; hands out sessions, each one transaction."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._undo_switch = undo.UndoSwitch()
        self._write_lock = threading.RLock()
        # The session of the write running on each thread, which nested calls join.
        self._thread = threading.local()
        self._lock: CollectionLock | None = None
        self._closed = False
        self.backup_problem: str | None = None
        """Why the daily backup on close failed (None when it did not fail)."""

    # ----- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Self:
        """Open the collection at `path`, creating it if missing; migrate it to this version.

        Raises StorageError with a plain message for a missing or unwritable folder, a file that
        is not a collection, a damaged file, a file from a newer Duiyi, or a file another Duiyi
        has open.
        """
        path = Path(path).expanduser().absolute()
        _check_place(path)
        lock = CollectionLock(path)
        lock.acquire()
        try:
            _refuse_lost_collection(path)
            try:
                _migrate(path)
            except exc.DatabaseError as error:
                problem = storage_problem(path, error)
                if problem is not None:
                    raise problem from error
                raise StorageError(f"Cannot open the collection {path}: {error.orig}.") from error
            switch = undo.UndoSwitch()
            engine = cls._make_engine(path, switch)
            collection = cls(path, engine)
            collection._undo_switch = switch
            collection._lock = lock
            try:
                with engine.begin() as connection:
                    undo.clear(connection)
            except exc.DatabaseError as error:
                engine.dispose()
                problem = storage_problem(path, error)
                if problem is not None:
                    raise problem from error
                raise
        except BaseException:
            lock.release()
            raise
        return collection

    @classmethod
    def _make_engine(cls, path: Path, switch: undo.UndoSwitch | None = None) -> Engine:
        engine = create_engine(f"sqlite:///{path}")
        undo_switch = switch or undo.UndoSwitch()

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            _set_pragmas(dbapi_connection)
            install_triggers(dbapi_connection, undo_switch)
            # sqlite3 would begin transactions itself, only before the first write: reads
            # before it would see no single snapshot. SQLAlchemy's recipe: BEGIN ourselves.
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN")

        return engine

    def close(self) -> None:
        """Back up (at most once a day), then release the file. Safe to call twice.

        A backup that fails does not raise: it is recorded in `backup_problem` for a warning.
        """
        if self._closed:
            return
        self._closed = True
        try:
            # The undo history ends with the session; emptying it now keeps the next open
            # quick and the backup small.
            daily = self._lock is not None and backups.backup_due(self.path)
            with contextlib.suppress(exc.DatabaseError), self._engine.begin() as connection:
                undo.clear(connection)
                if daily:
                    # Fresh statistics let SQLite pick the right index for filtered, sorted
                    # term lists (about a second for 100,000 terms and 1,000,000 reviews).
                    connection.exec_driver_sql("ANALYZE")
            self._engine.dispose()
            if daily:
                try:
                    backups.make_backup(self.path)
                except StorageError as error:
                    # What the session did is committed; a failed backup is a warning for
                    # the caller to show, not a failure of the work.
                    self.backup_problem = str(error)
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # ----- sessions ------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A session for reading only (inside a write on this thread: the write's session, so
        it sees what the write has changed so far)."""
        outer: Session | None = getattr(self._thread, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with self._sessions() as session:
                yield session
        except (exc.DatabaseError, sqlite3.DatabaseError) as error:
            problem = storage_problem(self.path, error)
            if problem is not None:
                raise problem from error
            raise

    @contextmanager
    def _write(self, label: str | None) -> Iterator[Session]:
        """One transaction: commits when the block ends, rolls back on any exception.

        `label` names the action in the user's words for undo ("Accept 12 terms"); None writes
        without recording an undo step (bulk loaders, bookkeeping no action touches).
        A facade call made inside another's write joins that write: one transaction, one step.
        """
        outer: Session | None = getattr(self._thread, "session", None)
        if outer is not None:
            yield outer
            return
        with self._write_lock:
            try:
                with self._sessions() as session, session.begin():
                    session.info["duiyi_switch"] = self._undo_switch
                    session.info["duiyi_recording"] = label is not None
                    connection = session.connection()
                    start = undo.last_seq(connection) if label is not None else 0
                    self._undo_switch.on = label is not None
                    self._thread.session = session
                    try:
                        yield session
                        # Flush now, while the triggers still record.
                        session.flush()
                    finally:
                        self._thread.session = None
                        self._undo_switch.on = False
                        self._undo_switch.index = True
                    if label is not None:
                        undo.finish_action(connection, label, start)
            except (exc.DatabaseError, sqlite3.DatabaseError) as error:
                problem = storage_problem(self.path, error)
                if problem is not None:
                    raise problem from error
                raise

    # ----- undo ----------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        """What `undo()` would undo, in the user's words; None when there is nothing."""
        with self._read() as session:
            step = undo.newest_step(session.connection(), "undo")
        return None if step is None else step.label

    def redo_label(self) -> str | None:
        """What `redo()` would redo; None when there is nothing."""
        with self._read() as session:
            step = undo.newest_step(session.connection(), "redo")
        return None if step is None else step.label

    def undo(self) -> OpResult[str]:
        """Undo the last action; returns its label and what it changed."""
        return self._reverse("undo", "redo", "There is nothing to undo.")

    def redo(self) -> OpResult[str]:
        """Redo the last undone action; returns its label and what it changed."""
        return self._reverse("redo", "undo", "There is nothing to redo.")

    def _reverse(self, kind: str, into: str, nothing: str) -> OpResult[str]:
        with self._write(None) as session:
            connection = session.connection()
            step = undo.newest_step(connection, kind)
            if step is None:
                raise InvalidInput(nothing)
            reversal = undo.reverse_step(connection, step, self._undo_switch, into)
            self._on_reverse(reversal)
        self._after_reverse(reversal)
        return OpResult(step.label, reversal.changes)

    def _on_reverse(self, reversal: Reversal) -> None:
        """Told inside every undo and redo's transaction: parts whose stored bookkeeping
        follows what the step changed (export marks) write it here, in the same step."""

    def _after_reverse(self, reversal: Reversal) -> None:
        """Told after every undo and redo, once committed, with what the log replayed: parts
        that keep state in memory (the study session's queue) bring it in line here."""

    # ----- checks --------------------------------------------------------------------------

    def check_output_path(self, path: Path) -> None:
        """Raise InvalidInput when a file Duiyi is about to write at `path` would replace this
        collection, one of its working files or a backup (every writer calls this first)."""
        output_guard.refuse_collection_files(Path(path), self.path)

    def check(self) -> CheckReport:
        """Check the file: SQLite integrity, foreign keys, rows that lost their partners."""
        with self._read() as session:
            return run_check(session.connection())

    @classmethod
    def restore(cls, *, path: Path, file: Path) -> Path | None:
        """Replace the (closed) collection at `path` with the backup `file`.

        Works on a damaged or missing collection too. The backup is copied and checked whole
        (an older one upgraded) before the collection is touched; the replaced file is kept (as
        a backup, or beside it as `.damaged-<time>`) and its place returned.
        """
        path = Path(path).expanduser().absolute()
        file = Path(file).expanduser().absolute()
        if not path.parent.is_dir():
            raise StorageError(f"The folder {path.parent} does not exist.")
        restore.refuse_source(path, file)
        lock = CollectionLock(path)
        lock.acquire()
        try:
            return restore.restore_collection(path, file)
        finally:
            lock.release()
