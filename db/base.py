"""The heart of the Collection: one SQLite file, short sessions, one transaction per call.

Operation modules (db/ops/*.py) subclass CollectionBase and add the methods users call;
db.collection.Collection combines them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.results import Changes


class CollectionBase:
    """Owns the engine; hands out sessions, each one transaction."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def _make_engine(cls, path: Path) -> Engine:
        engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A session for reading only."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def _write(self, label: str | None, changes: Changes) -> Iterator[Session]:
        """One transaction: commits when the block ends, rolls back on any exception.

        `label` names the action in the user's words for undo ("Accept 12 terms"); None for
        changes that are not undoable steps of their own.
        """
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Release the file."""
        self._engine.dispose()
