"""What Browse shows of a term's cards: the figures of its columns (due, interval, reviews,
lapses, difficulty) and each card's review history, as Anki's Card Info does."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select

from db.models import Card, Review, Term
from db.ops.part import Part
from db.results import CardId, TermId
from duiyi.kinds import CardDirection
from duiyi.study.days import as_utc
from duiyi.study.scheduling import NEW, STATE_NAMES


@dataclass(frozen=True)
class CardFigures:
    """A term's cards summed up, as Anki's browser does for a note: the earliest due date of
    the studied cards, the longest interval, reviews and lapses added, difficulty averaged."""

    due: datetime | None
    """None while every card is new."""
    interval: timedelta | None
    reviews: int
    lapses: int
    difficulty: float | None
    """FSRS difficulty, 1 (easy) to 10 (hard)."""


@dataclass(frozen=True)
class ReviewEntry:
    """One answer given to a card."""

    reviewed_at: datetime
    rating: int
    """1 Again, 2 Hard, 3 Good, 4 Easy."""
    interval: timedelta | None
    """The time to the due date the answer gave."""
    typed: str | None
    duration_ms: int


@dataclass(frozen=True)
class CardHistory:
    """One card of a term with its state and every review, oldest first."""

    card_id: CardId
    direction: CardDirection
    state: str
    """new, learning, review or relearning."""
    due: datetime | None
    reps: int
    lapses: int
    difficulty: float | None
    stability: float | None
    suspended: bool
    reviews: tuple[ReviewEntry, ...]


def card_sort_columns() -> dict[str, ColumnElement[Any]]:
    """For each card sort key, the figure of a term's cards as CardFigures computes it (one
    correlated subquery a term; terms without studied cards sort as NULL)."""
    studied = (Card.term_id == Term.id, Card.state != NEW)
    days = func.julianday(Card.due) - func.julianday(Card.last_review)
    return {
        "due": select(func.min(Card.due)).where(*studied).scalar_subquery(),
        "interval": select(func.max(days)).where(*studied).scalar_subquery(),
        "reviews": select(func.coalesce(func.sum(Card.reps), 0))
        .where(Card.term_id == Term.id)
        .scalar_subquery(),
        "lapses": select(func.coalesce(func.sum(Card.lapses), 0))
        .where(Card.term_id == Term.id)
        .scalar_subquery(),
        "difficulty": select(func.avg(Card.difficulty)).where(*studied).scalar_subquery(),
    }


class CardRecords(Part):
    """Reading the cards behind Browse's columns and Card Info (on `col.study`)."""

    def card_figures(self, *, term_ids: Sequence[TermId]) -> dict[TermId, CardFigures]:
        """The figures of each term's cards (terms without cards are left out)."""
        wanted = sorted(set(term_ids))
        found: dict[int, list[Any]] = {}
        with self._read() as session:
            for start in range(0, len(wanted), 5000):
                rows = session.execute(
                    select(
                        Card.term_id,
                        Card.state,
                        Card.due,
                        Card.last_review,
                        Card.reps,
                        Card.lapses,
                        Card.difficulty,
                    ).where(Card.term_id.in_(wanted[start : start + 5000]))
                )
                for row in rows:
                    found.setdefault(row.term_id, []).append(row)
        return {TermId(term_id): _figures(cards) for term_id, cards in found.items()}

    def card_history(self, *, term_id: TermId) -> list[CardHistory]:
        """Every card of a term with its reviews (oldest first), cards in direction order."""
        with self._read() as session:
            cards = list(
                session.execute(select(Card).where(Card.term_id == term_id).order_by(Card.id))
                .scalars()
                .all()
            )
            reviews: dict[int, list[ReviewEntry]] = {}
            for review in session.execute(
                select(Review)
                .where(Review.card_id.in_([c.id for c in cards]))
                .order_by(Review.reviewed_at, Review.id)
            ).scalars():
                reviews.setdefault(review.card_id, []).append(_entry(review))
            return [
                CardHistory(
                    card_id=CardId(card.id),
                    direction=CardDirection(card.direction),
                    state=STATE_NAMES.get(card.state, "new"),
                    due=None if card.state == NEW else as_utc(card.due),
                    reps=card.reps,
                    lapses=card.lapses,
                    difficulty=card.difficulty,
                    stability=card.stability,
                    suspended=bool(card.suspended),
                    reviews=tuple(reviews.get(card.id, ())),
                )
                for card in cards
            ]


def _figures(cards: Sequence[Any]) -> CardFigures:
    studied = [c for c in cards if c.state != NEW]
    intervals = [
        as_utc(c.due) - as_utc(c.last_review) for c in studied if c.last_review is not None
    ]
    difficulties = [float(c.difficulty) for c in studied if c.difficulty is not None]
    return CardFigures(
        due=min((as_utc(c.due) for c in studied), default=None),
        interval=max(intervals, default=None),
        reviews=sum(int(c.reps) for c in cards),
        lapses=sum(int(c.lapses) for c in cards),
        difficulty=sum(difficulties) / len(difficulties) if difficulties else None,
    )


def _entry(review: Review) -> ReviewEntry:
    after = review.state_after if isinstance(review.state_after, dict) else {}
    if isinstance(review.state_after, str):  # stored as JSON text by the fast answer path
        after = json.loads(review.state_after)
    due = after.get("due")
    reviewed_at = as_utc(review.reviewed_at)
    interval = as_utc(datetime.fromisoformat(due)) - reviewed_at if due else None
    typed = after.get("typed")
    return ReviewEntry(
        reviewed_at=reviewed_at,
        rating=int(review.rating),
        interval=interval,
        typed=typed if isinstance(typed, str) else None,
        duration_ms=int(review.duration_ms or 0),
    )
