"""What term, deck and tag calls return: frozen data with typed ids, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NewType

from db.results import DeckId, DocumentId, PresetId, TermId
from duiyi.kinds import TermStatus

RenderingId = NewType("RenderingId", int)
TagId = NewType("TagId", int)

TERM_STATUSES = tuple(TermStatus)
RENDERING_STATUSES = ("preferred", "accepted", "outdated")
SORT_KEYS = (
    "chinese",
    "pinyin",
    "english",
    "status",
    "deck",
    "confidence",
    "frequency",
    "created",
    "modified",
    # the figures of the term's cards (db/ops/card_history.py)
    "due",
    "interval",
    "reviews",
    "lapses",
    "difficulty",
)
DEFAULT_DECK = "Default"


@dataclass(frozen=True)
class RenderingInfo:
    """One English rendering of a term."""

    id: RenderingId
    english: str
    status: str
    """preferred (one per term), accepted or outdated."""
    source: str
    dated: date | None


@dataclass(frozen=True)
class RenderingSpec:
    """A rendering to store with `set_renderings` (no id: the call decides)."""

    english: str
    status: str = "accepted"
    source: str = ""
    dated: date | None = None


@dataclass(frozen=True)
class TermInfo:
    """A term as the term browser and the command line show it."""

    id: TermId
    guid: str
    chinese: str
    chinese_simplified: str
    pinyin: str
    notes: str
    status: TermStatus
    confidence: float | None
    frequency: int
    deck_id: DeckId | None
    deck_name: str
    document_id: DocumentId | None
    tags: tuple[str, ...]
    renderings: tuple[RenderingInfo, ...]
    created_at: datetime
    modified_at: datetime
    card_count: int = 0
    """Cards studied for the term (one per direction; a candidate has none)."""
    suspended_cards: int = 0
    """Of those, the cards suspended (kept out of reviews)."""

    @property
    def suspended(self) -> bool:
        """Every card of the term is suspended."""
        return self.card_count > 0 and self.suspended_cards == self.card_count

    @property
    def english(self) -> str:
        """The preferred English rendering ("" when the term has none)."""
        for rendering in self.renderings:
            if rendering.status == "preferred":
                return rendering.english
        return self.renderings[0].english if self.renderings else ""

    @property
    def other_english(self) -> tuple[str, ...]:
        """The accepted renderings besides the preferred one."""
        preferred = self.english
        return tuple(
            r.english for r in self.renderings if r.status == "accepted" and r.english != preferred
        )


@dataclass(frozen=True)
class TermQuery:
    """Which terms `col.terms.search`, `search_ids` and `count` find; every part optional."""

    text: str = ""
    """Chinese substring in either script, English, or pinyin with or without tones."""
    tag: str | None = None
    deck_id: DeckId | None = None
    status: str | None = None
    document_id: DocumentId | None = None
    due: bool = False
    """Only terms with a learning or review card due by the end of today's study day."""
    leech: bool = False
    """Only terms tagged as leeches."""
    suspended: bool | None = None
    """True: only terms with a suspended card; False: only terms without one."""


@dataclass(frozen=True)
class NewTerm:
    """A term to add in bulk (`col.terms.add_many`, `make_terms`): the fields `make_term` takes."""

    chinese: str
    english: tuple[str, ...]
    status: TermStatus = TermStatus.ACCEPTED
    pinyin: str | None = None
    notes: str = ""
    deck_id: DeckId | None = None
    document_id: DocumentId | None = None
    confidence: float | None = None
    frequency: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeckInfo:
    """A deck with how many terms it holds."""

    id: DeckId
    name: str
    preset_id: PresetId | None
    exam_date: date | None
    term_count: int
    is_default: bool


@dataclass(frozen=True)
class TagInfo:
    """A tag with how many terms carry it."""

    id: TagId
    name: str
    term_count: int
