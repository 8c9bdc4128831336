"""`col.backups`: the collection's backup copies (kept beside it in backups/)."""

from __future__ import annotations

from db import backup
from db.ops.part import Part


class Backups(Part):
    """`col.backups`: write a backup now, list the kept ones (restoring one is
    `Collection.restore`, on a closed collection)."""

    def make(self) -> backup.BackupInfo:
        """Write a backup copy now (kept with the last 20 in backups/ beside the collection)."""
        return backup.make_backup(self.path)

    def all(self) -> list[backup.BackupInfo]:
        """This collection's backups, oldest first."""
        return backup.list_backups(self.path)
