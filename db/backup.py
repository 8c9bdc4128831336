"""Backup copies of a collection in `backups/` beside it: made, listed, pruned and restored."""

from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from duiyi.errors import StorageError

KEEP = 20
"""How many backups of one collection are kept; older ones are deleted."""

DAILY = 24 * 60 * 60
"""Seconds between automatic backups on close."""

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_FULL = 13


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    size: int
    made_at: datetime


def backups_folder(collection: Path) -> Path:
    """Where the backups of `collection` are kept."""
    return collection.parent / "backups"


def _pattern(collection: Path) -> re.Pattern[str]:
    return re.compile(re.escape(collection.stem) + r"-\d{8}-\d{6}-\d{3}" + re.escape(".duiyi"))


def is_backup_name(collection: Path, name: str) -> bool:
    """True when `name` is how a backup of `collection` is named."""
    return _pattern(collection).fullmatch(name) is not None


def list_backups(collection: Path) -> list[BackupInfo]:
    """The backups of `collection`, oldest first."""
    folder = backups_folder(collection)
    if not folder.is_dir():
        return []
    pattern = _pattern(collection)
    found = sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
    infos = []
    for path in found:
        stat = path.stat()
        infos.append(BackupInfo(path, stat.st_size, datetime.fromtimestamp(stat.st_mtime, UTC)))
    return infos


def newest_backup(collection: Path) -> Path | None:
    """The most recent backup of `collection`, if there is one."""
    backups = list_backups(collection)
    return backups[-1].path if backups else None


def is_sqlite_file(path: Path) -> bool:
    """True when `path` starts like an SQLite database (an empty file counts as new)."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC or head == b""


def make_backup(collection: Path, *, keep: int | None = KEEP) -> BackupInfo:
    """Copy `collection` consistently (SQLite's backup API) into backups/, then prune old ones
    (none when `keep` is None, or when the copy holds no terms, documents or reviews)."""
    folder = backups_folder(collection)
    now = datetime.now(UTC)
    target = folder / (f"{collection.stem}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}.duiyi")
    while target.exists():  # two backups within a millisecond
        time.sleep(0.002)  # pragma: no mutate (how long only changes how soon)
        now = datetime.now(UTC)
        target = folder / (
            f"{collection.stem}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}.duiyi"
        )
    try:
        folder.mkdir(exist_ok=True)
        copy_database(collection, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise StorageError(
            f"Cannot write a backup of {collection} to {folder}: {_reason(error)}."
        ) from error
    if not _sound(target):
        # A copy of a damaged collection must never push a good backup out.
        target.unlink(missing_ok=True)  # pragma: no mutate (it was just written)
        newest = newest_backup(collection)
        restore = (
            f'; restore the newest with: duiyi --db "{collection}" restore "{newest}"'
            if newest is not None
            else ""
        )
        raise StorageError(
            f"The collection {collection} is damaged, so no backup of it was made "
            f"(the older backups are kept){restore}"
        )
    # Nor may a backup of an empty collection.
    if keep is not None and holds_data(target):
        prune(collection, keep=keep)
    stat = target.stat()
    return BackupInfo(target, stat.st_size, now)


def _sound(file: Path) -> bool:
    """True when SQLite's quick check finds nothing wrong with the database `file`."""
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()  # pragma: no mutate
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == "ok"


def _reason(error: OSError | sqlite3.Error) -> str:
    """Why a copy failed, in words (a full disk said plainly)."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "the disk is full"
        return error.strerror or str(error)
    if getattr(error, "sqlite_errorcode", 0) & 0xFF == SQLITE_FULL:
        return "the disk is full"
    return str(error)


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database `source` (with its write-ahead log) to the new file `target`."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def holds_data(file: Path) -> bool:
    """True when the collection `file` has any term, document or review (False when unreadable)."""
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            return any(
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
                for table in ("terms", "documents", "reviews")
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def prune(collection: Path, *, keep: int = KEEP, protect: Iterable[Path] = ()) -> None:
    """Delete all but the newest `keep` backups of `collection`, never one in `protect`."""
    backups = list_backups(collection)
    spared = {path.absolute() for path in protect}
    doomed = [info for info in backups if info.path.absolute() not in spared]
    for info in doomed[: max(0, len(backups) - keep)]:
        info.path.unlink(missing_ok=True)


def backup_due(collection: Path) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    backups = list_backups(collection)
    if not backups:
        return True
    return time.time() - backups[-1].path.stat().st_mtime >= DAILY
