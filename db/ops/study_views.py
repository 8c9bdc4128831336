"""What the review screen shows and what an answer returns: plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from db.results import CardId, DeckId, DocumentId, PairId, ReviewId, TermId
from duiyi.kinds import CardDirection
from duiyi.study.face import Context, TextPiece
from duiyi.study.scheduling import Rating, format_interval
from duiyi.study.typed import Rendering, TypedResult


@dataclass(frozen=True)
class IntervalChoice:
    """One answer button with the interval it would give."""

    rating: Rating
    interval: timedelta

    @property
    def label(self) -> str:
        """'Good · 10m'."""
        return f"{self.rating.label} · {format_interval(self.interval)}"


@dataclass(frozen=True)
class QueueCounts:
    """Cards left in the session."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        """All cards left."""
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class CardView:
    """Everything the review screen shows for one card."""

    card_id: CardId
    term_id: TermId
    deck_id: DeckId | None
    direction: CardDirection
    state: str
    front: tuple[TextPiece, ...]
    back: tuple[TextPiece, ...]
    chinese: str
    pinyin: str
    english: str
    renderings: tuple[Rendering, ...]
    context: Context | None
    document_id: DocumentId | None
    document_title: str | None
    pair_id: PairId | None
    paragraph: int | None
    """Position of the context's segment pair in its document."""
    intervals: tuple[IntervalChoice, ...]
    counts: QueueCounts
    typed: bool
    """Whether the deck asks for typed answers."""
    expects: str
    """Language of the answer: 'en' or 'zh'."""
    tags: tuple[str, ...]
    lapses: int


@dataclass(frozen=True)
class AnswerResult:
    """What an answer did to the card."""

    card_id: CardId
    review_id: ReviewId
    rating: Rating
    state: str
    due: datetime
    interval: timedelta
    leech: bool
    suspended: bool
    typed: TypedResult | None


@dataclass(frozen=True)
class SessionInfo:
    """A study session just built."""

    deck_id: DeckId | None
    custom: bool
    counts: QueueCounts
