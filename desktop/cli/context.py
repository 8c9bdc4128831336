"""What every subcommand gets: its arguments, where to print, and the collection to open."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from db import Collection


@dataclass
class CliContext:
    """The parsed arguments and the streams of one command-line run."""

    args: argparse.Namespace
    db_path: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    opened: list[Collection] = field(default_factory=list)
    """Every collection this run opened, for warnings left when they closed."""

    def open_collection(self) -> Collection:
        """Open (creating if needed) the collection the user named with --db or DUIYI_DB."""
        from db import Collection  # the storage layer loads only for commands that use it

        collection = Collection.open(self.db_path)
        self.opened.append(collection)
        return collection

    def warnings(self) -> list[str]:
        """Problems met after the command's work was stored (a daily backup that failed)."""
        return [
            f"{col.backup_problem} Everything the command did is stored; "
            "the next time the collection is closed Duiyi tries the backup again."
            for col in self.opened
            if col.backup_problem
        ]
