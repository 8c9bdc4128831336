"""What the disk and SQLite can refuse, said as one sentence the user can act on.

A full disk, a read-only file system and a damaged file are the user's conditions, not bugs:
they must not surface as internal errors carrying raw SQL and the user's text.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from db import backup as backups
from duiyi.errors import StorageError

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind `error` (a SQLAlchemy or sqlite3 error), if any."""
    orig = getattr(error, "orig", None) or error
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_corruption(error: BaseException) -> bool:
    """True when `error` says the database file is damaged."""
    code = sqlite_code(error)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(getattr(error, "orig", None) or error)
    return "malformed" in text or "not a database" in text


def corruption_error(path: Path) -> StorageError:
    """The message for a damaged collection file, naming the newest backup to restore."""
    newest = backups.newest_backup(path)
    if newest is None:
        return StorageError(f"The collection {path} is damaged and there is no backup of it.")
    return StorageError(
        f"The collection {path} is damaged. The newest backup is {newest}; "
        f'restore it with: duiyi --db "{path}" restore "{newest}"'
    )


def read_only_file_system(folder: Path) -> bool:
    """True when `folder` lies on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def disk_full(folder: Path) -> bool:
    """True when the file system holding `folder` has no space left for this user."""
    try:
        return os.statvfs(folder).f_bavail == 0
    except (AttributeError, OSError):
        return False


def full_disk_error(path: Path) -> StorageError:
    """The message for a write to `path` that found the disk full."""
    return StorageError(
        f"The disk holding {path} is full: nothing was stored; free some space and try again."
    )


def read_only_error(path: Path) -> StorageError:
    """The message for a collection on a read-only file system."""
    return StorageError(
        f"The collection {path} is on a read-only file system: nothing can be stored there; "
        "copy it to a writable folder (or remount the disk read-write) and open it there."
    )


def is_damaged(path: Path) -> bool:
    """True when SQLite's quick check finds the collection file damaged."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.Error as error:
        return is_corruption(error)
    return row is None or row[0] != "ok"


def storage_problem(path: Path, error: BaseException) -> StorageError | None:
    """The user's sentence for a database error on the collection `path`; None for a bug."""
    code = sqlite_code(error)
    if is_corruption(error):
        return corruption_error(path)
    if code not in (SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PERM):
        # A damaged page can also show as a broken constraint or a row that vanished: before
        # calling it a bug, ask SQLite whether the file is sound.
        return corruption_error(path) if is_damaged(path) else None
    if code == SQLITE_FULL or disk_full(path.parent):
        return full_disk_error(path)
    if read_only_file_system(path.parent):
        return read_only_error(path)
    orig = getattr(error, "orig", None) or error
    if code == SQLITE_IOERR:
        return StorageError(
            f"Writing the collection {path} failed with an input/output error ({orig}): "
            "nothing was stored; check the disk."
        )
    return StorageError(f"The collection {path} cannot be written ({orig}): nothing was stored.")


def os_problem(error: OSError) -> str | None:
    """One sentence for a full disk or read-only file system met while writing any file."""
    where = f" ({error.filename})" if error.filename else ""
    if error.errno in _FULL_ERRNOS:
        return f"The disk is full{where}: nothing was stored; free some space and try again."
    if error.errno == errno.EROFS:
        return f"The file system is read-only{where}: nothing could be written there."
    return None
