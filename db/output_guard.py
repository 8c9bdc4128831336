"""No file Duiyi writes (exports, drill sheets, reports) may replace the collection or a backup.

A name is compared with the collection's files twice: as a resolved path, so `backups/../c.duiyi`
and symbolic links are caught even before the file exists, and by device and inode, so hard
links and other routes to the same file are caught too.
"""

from __future__ import annotations

import os
from pathlib import Path

from db import backup as backups
from duiyi.errors import InvalidInput

_WORKING_FILES = (
    ("-wal", "the collection's write-ahead log, a working file of the collection"),
    ("-shm", "the collection's shared-memory index, a working file of the collection"),
    ("-journal", "the collection's rollback journal, a working file of the collection"),
    (".lock", "the collection's lock file"),
)


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file `path` leads to, None when there is none."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return stat.st_dev, stat.st_ino


def protected_files(collection: Path) -> list[tuple[Path, str]]:
    """The collection's own files and its backups, each with what it is in the user's words."""
    found: list[tuple[Path, str]] = []
    # The collection as named and as resolved: its working files and backups sit beside the
    # name it was opened by, SQLite's beside the file a symbolic link leads to.
    for name in dict.fromkeys((collection, collection.resolve())):
        found.append((name, f"the collection {collection} itself"))
        for suffix, what in _WORKING_FILES:
            found.append((name.with_name(name.name + suffix), what))
        for info in backups.list_backups(name):
            found.append((info.path, f"a backup of the collection {collection}"))
        for copy in name.parent.glob(f"{name.name}.damaged-*"):
            found.append((copy, f"a copy of the collection {collection} kept when it was restored"))
    return found


def refuse_collection_files(target: Path, collection: Path) -> None:
    """Raise InvalidInput when writing `target` would replace the collection, one of its
    working files (-wal, -shm, .lock) or one of its backups; nothing is written."""
    target = Path(target).expanduser()
    resolved = target.absolute().resolve()
    identity = _identity(target)
    for path, what in protected_files(Path(collection).absolute()):
        same_name = resolved == path.absolute().resolve()
        same_file = identity is not None and identity == _identity(path)
        if same_name or same_file:
            raise InvalidInput(f"Cannot write {target}: it is {what}; choose another file.")
    folder = backups.backups_folder(Path(collection).absolute()).resolve()
    if resolved.parent == folder and backups.is_backup_name(collection, resolved.name):
        raise InvalidInput(
            f"Cannot write {target}: it is named as a backup of the collection {collection} "
            "in its backups folder; choose another file."
        )
