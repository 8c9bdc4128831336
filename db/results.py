"""What facade calls return: plain frozen data with typed ids, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, NewType, TypeVar

DocumentId = NewType("DocumentId", int)
PairId = NewType("PairId", int)
TermId = NewType("TermId", int)
CardId = NewType("CardId", int)
DeckId = NewType("DeckId", int)
ReviewId = NewType("ReviewId", int)
PresetId = NewType("PresetId", int)
RunId = NewType("RunId", int)
"""A classroom drill run's id."""
LessonId = NewType("LessonId", int)
"""A lesson's id (a set of terms released for drills)."""
ClassId = NewType("ClassId", int)
"""A school class's id."""

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of stored data a call changed, so views redraw only what they show."""

    documents: bool = False
    pairs: bool = False
    terms: bool = False
    cards: bool = False
    reviews: bool = False
    decks: bool = False
    tags: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{
                name: getattr(self, name) or getattr(other, name)
                for name in self.__dataclass_fields__
            }
        )

    @property
    def any(self) -> bool:
        """True when anything changed."""
        return any(getattr(self, name) for name in self.__dataclass_fields__)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """A changing call's value and what it changed."""

    value: T
    changes: Changes
