"""Backup copies of a collection in `backups/` beside it: made, listed, pruned and restored."""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from duiyi.errors import StorageError

KEEP = 20
"""How many backups of one collection are kept; older ones are deleted."""

DAILY = 24 * 60 * 60
"""Seconds between automatic backups on close."""

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def make_backup(collection: Path, *, keep: int = KEEP) -> BackupInfo:
    """Copy `collection` consistently (SQLite's backup API) into backups/, then prune old ones."""
    folder = backups_folder(collection)
    now = datetime.now(UTC)
    target = folder / (f"{collection.stem}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}.duiyi")
    while target.exists():  # two backups within a millisecond
        time.sleep(0.002)
        now = datetime.now(UTC)
        target = folder / (
            f"{collection.stem}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}.duiyi"
        )
    try:
        folder.mkdir(exist_ok=True)
        _copy_database(collection, target)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise StorageError(
            f"Cannot write a backup of {collection} to {folder}: {error}."
        ) from error
    prune(collection, keep=keep)
    stat = target.stat()
    return BackupInfo(target, stat.st_size, now)


def _copy_database(source: Path, target: Path) -> None:
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


def prune(collection: Path, *, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` backups of `collection`."""
    backups = list_backups(collection)
    for info in backups[: max(0, len(backups) - keep)]:
        info.path.unlink(missing_ok=True)


def backup_due(collection: Path) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    backups = list_backups(collection)
    if not backups:
        return True
    return time.time() - backups[-1].path.stat().st_mtime >= DAILY


def validate_backup_file(file: Path) -> None:
    """Raise StorageError unless `file` is a readable, intact SQLite database."""
    if not file.is_file():
        raise StorageError(f"The backup {file} does not exist.")
    if not is_sqlite_file(file) or file.stat().st_size == 0:
        raise StorageError(f"{file} is not a Duiyi collection or backup (not an SQLite database).")
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise StorageError(f"The backup {file} cannot be read: {error}.") from error
    if result is None or result[0] != "ok":
        raise StorageError(f"The backup {file} is damaged ({result[0] if result else 'unknown'}).")
    if "alembic_version" not in tables or "terms" not in tables:
        raise StorageError(f"{file} is an SQLite database but not a Duiyi collection.")


def replace_with(collection: Path, file: Path) -> Path | None:
    """Put the contents of `file` in place of `collection`; returns where the old file was saved.

    The caller holds the collection's lock. The replaced file is kept: as a normal backup when it
    can be read, else copied byte for byte beside the collection as `<name>.damaged-<time>`.
    """
    saved: Path | None = None
    if collection.exists() and collection.stat().st_size > 0:
        try:
            saved = make_backup(collection, keep=KEEP + 1).path
        except StorageError:
            stamp = f"{datetime.now(UTC):%Y%m%d-%H%M%S}"
            saved = collection.with_name(f"{collection.name}.damaged-{stamp}")
            shutil.copy2(collection, saved)
            wal = collection.with_name(collection.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, saved.with_name(saved.name + "-wal"))
    for suffix in ("", "-wal", "-shm"):
        collection.with_name(collection.name + suffix).unlink(missing_ok=True)
    try:
        _copy_database(file, collection)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"Cannot restore {collection} from {file}: {error}.") from error
    return saved
