"""`Part`: what every part of the collection (`col.terms`, `col.decks`, ...) is built on.

A part holds the collection and reads and writes through its core (one transaction per
call, undo steps); a part that needs another goes through the collection (`self.col.decks`).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from db.collection import Collection


class Part:
    """One of the collection's parts, named for what the user works with."""

    def __init__(self, col: Collection) -> None:
        self.col = col

    @property
    def path(self) -> Path:
        """The collection file."""
        return self.col.path

    def _read(self) -> AbstractContextManager[Session]:
        """A reading session (see CollectionBase._read)."""
        return self.col._read()

    def _write(self, label: str | None) -> AbstractContextManager[Session]:
        """One transaction, one undo step named `label` (see CollectionBase._write)."""
        return self.col._write(label)


__all__ = ["Part"]
