"""`Collection`: the one API through which the GUI and the command line read and change data.

Collection-wide things (open, close, undo and redo, check, the file's path) are on the
collection itself; everything else is on a part named for what the user works with, as in
Anki's `col.decks`: `col.documents`, `col.candidates`, `col.terms`, `col.decks`, `col.tags`,
`col.study`, `col.exchange`, `col.backups`, `col.drills`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from db.base import CollectionBase
from db.ops.backups import Backups
from db.ops.candidates import Candidates
from db.ops.class_results import ClassroomDrills
from db.ops.decks import Decks
from db.ops.documents import Documents
from db.ops.exchange import Exchange
from db.ops.study import Study
from db.ops.tags import Tags
from db.ops.terms import Terms
from db.undo import Reversal


class Collection(CollectionBase):
    """A Duiyi collection: one SQLite file. Open it with `Collection.open(path)`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        super().__init__(path, engine)
        self.documents = Documents(self)
        """Imported texts and their aligned pairs."""
        self.candidates = Candidates(self)
        """Terms the extractor proposed, to accept or reject."""
        self.terms = Terms(self)
        """Terms and their renderings."""
        self.decks = Decks(self)
        """Decks and their study settings."""
        self.tags = Tags(self)
        """Tags on terms."""
        self.study = Study(self)
        """The study session, card actions and statistics."""
        self.exchange = Exchange(self)
        """Cards out (Anki, CSV/TSV) and flashcard files in."""
        self.backups = Backups(self)
        """Backup copies of the collection."""
        self.drills = ClassroomDrills(self)
        """Classroom drills: lessons, classes, runs and results."""

    def _on_reverse(self, reversal: Reversal) -> None:
        self.exchange.after_reverse(reversal)

    def _after_reverse(self, reversal: Reversal) -> None:
        self.study.after_reverse(reversal)
