"""What every subcommand gets: its arguments, where to print, and the collection to open."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from db import Collection


@dataclass
class CliContext:
    """The parsed arguments and the streams of one command-line run."""

    args: argparse.Namespace
    db_path: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def open_collection(self) -> Collection:
        """Open (creating if needed) the collection the user named with --db or DUIYI_DB."""
        return Collection.open(self.db_path)
