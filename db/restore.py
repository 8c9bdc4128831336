"""Restoring a collection from a backup without ever being left with neither.

The order is what keeps it safe: the backup is copied beside the collection first, the copy is
checked whole (SQLite's integrity check, a schema this Duiyi knows, upgraded if older, every
table and column the models declare), written to disk, and only then renamed over the
collection, which was saved as a backup of its own. Old backups are pruned last, never the one
restored from.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect

from db import backup as backups
from db import migrate
from db.models import Base
from duiyi.counts import counted, number
from duiyi.errors import StorageError

# Tables the first revision makes by hand (search index, undo log): the models do not declare
# them, yet every command needs them.
_HAND_MADE_TABLES = ("term_fts", "term_chars_fts", "rendering_fts", "undo_log", "undo_steps")


def same_file(first: Path, second: Path) -> bool:
    """True when both names lead to one file (same resolved path, or same device and inode)."""
    if first.absolute().resolve() == second.absolute().resolve():
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """SQLite's integrity check of a database, one message each (up to 100); empty when sound.

    SQLite may put many messages in one row, one per line, under a "*** in database ***" head.
    """
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    return [
        line.strip()
        for row in rows
        if row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]


def damage_summary(problems: list[str]) -> str:
    """A count and the first of SQLite's integrity messages, for one sentence."""
    many = "100 or more problems" if len(problems) >= 100 else counted(len(problems), "problem")
    return f"SQLite's integrity check found {many}, the first: {problems[0]}"


def refuse_source(collection: Path, source: Path) -> None:
    """Raise StorageError when `source` cannot be a backup to restore `collection` from."""
    if not source.is_file():
        raise StorageError(f"The backup {source} does not exist.")
    if same_file(source, collection):
        newest = backups.newest_backup(collection)
        hint = (
            f"; to go back to a backup, restore it with: "
            f'duiyi --db "{collection}" restore "{newest}"'
            if newest is not None
            else ""
        )
        raise StorageError(
            f"{source} is the collection itself, not a backup: nothing was changed{hint}"
        )
    if source.stat().st_size == 0 or not backups.is_sqlite_file(source):
        raise StorageError(
            f"{source} is not a Duiyi collection or backup (not an SQLite database)."
        )


def _migrate_copy(copy: Path) -> None:
    """Upgrade the copy of a backup made by an older Duiyi, as opening it would."""
    engine = create_engine(f"sqlite:///{copy}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
    finally:
        engine.dispose()


def _missing_schema(copy: Path) -> list[str]:
    """The tables and columns this Duiyi needs that `copy` lacks, in words."""
    engine = create_engine(f"sqlite:///{copy}")
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            present = set(inspector.get_table_names())
            missing = [f"table {name}" for name in _HAND_MADE_TABLES if name not in present]
            for name, table in Base.metadata.tables.items():
                if name not in present:
                    missing.append(f"table {name}")
                    continue
                columns = {column["name"] for column in inspector.get_columns(name)}
                missing += [
                    f"column {name}.{c.name}" for c in table.columns if c.name not in columns
                ]
    finally:
        engine.dispose()
    return missing


def verify_copy(copy: Path, source: Path) -> None:
    """Check the copy of `source` whole, upgrading an older schema; StorageError names `source`."""
    try:
        with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
            problems = integrity_problems(conn)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
    except sqlite3.Error as error:
        raise StorageError(f"The backup {source} cannot be read: {error}.") from error
    if problems:
        raise StorageError(f"The backup {source} is damaged: {damage_summary(problems)}.")
    if revision is None:
        raise StorageError(f"{source} is an SQLite database but not a Duiyi collection.")
    if revision not in migrate.known_revisions():
        raise StorageError(
            f"The backup {source} was made by a newer version of Duiyi (schema {revision}); "
            "update Duiyi first."
        )
    if revision != migrate.head_revision():
        try:
            _migrate_copy(copy)
        except Exception as error:
            raise StorageError(
                f"The backup {source} (schema {revision}) cannot be upgraded: {error}."
            ) from error
    missing = _missing_schema(copy)
    if missing:
        shown = ", ".join(missing[:5]) + (
            f" and {number(len(missing) - 5)} more" if len(missing) > 5 else ""
        )
        raise StorageError(f"{source} is not a complete Duiyi collection (it lacks {shown}).")


@contextmanager
def _copy_beside(collection: Path, source: Path) -> Iterator[Path]:
    """A consistent copy of `source` in a temporary file beside `collection`, removed after."""
    copy = collection.with_name(f".{collection.name}.restoring-{os.getpid()}")
    try:
        try:
            copy.unlink(missing_ok=True)
            backups.copy_database(source, copy)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(
                f"Cannot copy the backup {source} beside {collection}: {error}."
            ) from error
        yield copy
    finally:
        with contextlib.suppress(OSError):
            copy.unlink(missing_ok=True)


def _keep_replaced(collection: Path) -> Path | None:
    """Save the collection about to be replaced; returns where (None when there is nothing)."""
    if not collection.exists() or collection.stat().st_size == 0:
        return None
    try:
        return backups.make_backup(collection, keep=None).path
    except StorageError:
        # Too damaged for SQLite to copy: keep its bytes (and its write-ahead log) instead.
        stamp = f"{datetime.now(UTC):%Y%m%d-%H%M%S}"
        saved = collection.with_name(f"{collection.name}.damaged-{stamp}")
        try:
            shutil.copy2(collection, saved)
            wal = collection.with_name(collection.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, saved.with_name(saved.name + "-wal"))
        except OSError as error:
            raise StorageError(
                f"Cannot keep a copy of {collection} before restoring: {error.strerror or error}; "
                "nothing was changed."
            ) from error
        return saved


def _sync(path: Path) -> None:
    """Write `path` (a file, or a folder's entries) through to the disk."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # folders cannot be opened on Windows; renames there are durable anyway
    try:
        os.fsync(fd)
    except OSError:
        if not path.is_dir():
            raise
    finally:
        os.close(fd)


def restore_collection(collection: Path, source: Path) -> Path | None:
    """Replace `collection` (closed, its lock held by the caller) with the backup `source`.

    Returns where the replaced collection was kept (None when there was none). Raises
    StorageError naming the problem; the collection is unchanged unless the restore succeeded.
    """
    refuse_source(collection, source)
    with _copy_beside(collection, source) as copy:
        verify_copy(copy, source)
        try:
            _sync(copy)
        except OSError as error:
            raise StorageError(
                f"Cannot restore {collection} from {source}: {error.strerror or error}; "
                "nothing was changed."
            ) from error
        saved = _keep_replaced(collection)
        try:
            if collection.exists():  # the restored file keeps who may read it
                os.chmod(copy, stat.S_IMODE(collection.stat().st_mode))
            # A stale write-ahead log would be replayed into the restored file.
            for suffix in ("-wal", "-shm"):
                collection.with_name(collection.name + suffix).unlink(missing_ok=True)
            os.replace(copy, collection)
            _sync(collection.parent)
        except OSError as error:
            kept = f"; the collection as it was is kept as {saved}" if saved else ""
            raise StorageError(
                f"Cannot restore {collection} from {source}: {error.strerror or error}{kept}."
            ) from error
    backups.prune(collection, protect=(source,) + ((saved,) if saved else ()))
    return saved
