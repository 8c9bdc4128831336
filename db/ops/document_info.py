"""What document and import calls return: frozen data with typed ids, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.results import DocumentId, PairId
from duiyi.document import Removal


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document as the library and `duiyi documents` list it."""

    id: DocumentId
    title: str
    source_name: str
    format: str
    layout: str
    encoding: str | None
    imported_at: datetime
    pair_count: int
    """Heading and paragraph pairs."""
    sentence_count: int
    unpaired_count: int
    """Heading and paragraph pairs with one side missing."""
    term_count: int


@dataclass(frozen=True)
class PairInfo:
    """One stored segment pair (heading, paragraph or sentence)."""

    id: PairId
    document_id: DocumentId
    position: int
    kind: str
    zh: str
    en: str
    score: float
    parent_id: PairId | None

    @property
    def unpaired(self) -> bool:
        """True when one side is missing."""
        return not self.zh or not self.en


@dataclass(frozen=True)
class ImportSummary:
    """What an import stored (or found already stored), for the summary the user sees."""

    document_id: DocumentId
    title: str
    already_imported: bool
    """True when the same content was imported before: nothing new was stored and
    `document_id` is the earlier document."""
    layout: str
    format: str
    encoding: str | None
    pairs: int
    """Heading and paragraph pairs."""
    sentences: int
    unpaired: int
    removed: tuple[Removal, ...]
    terms: int
    """Glossary terms created."""
    notes: tuple[str, ...]
