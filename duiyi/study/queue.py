"""The review queue of one study session, in memory: learning cards when due, then reviews
mixed with new cards; burying a term's other direction; putting an undone card back.

The database builds the lists once at session start (limits, order, backlog); this class
decides what comes next after every answer without asking the database again.
"""

from __future__ import annotations

import heapq
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from duiyi.study.scheduling import LEARNING, NEW, RELEARNING

LEARN_AHEAD = timedelta(minutes=20)
"""When nothing else is left, a learning card due within this time is shown early (as Anki)."""


@dataclass(frozen=True)
class QueuedCard:
    """What the queue needs to know about a card."""

    card_id: int
    term_id: int
    kind: str  # new, learning, review
    due: datetime


def kind_of(state: int) -> str:
    """Queue kind of a stored card state."""
    if state == NEW:
        return "new"
    if state in (LEARNING, RELEARNING):
        return "learning"
    return "review"


def interleave(reviews: list[QueuedCard], news: list[QueuedCard]) -> list[QueuedCard]:
    """Spread new cards evenly among reviews (Anki's 'mix with reviews')."""
    if not news or not reviews:
        return [*reviews, *news]
    out: list[QueuedCard] = []
    step = (len(reviews) + len(news)) / len(news)
    slots = {int((i + 1) * step) - 1 for i in range(len(news))}
    r, n = iter(reviews), iter(news)
    for i in range(len(reviews) + len(news)):
        nxt = next(n, None) if i in slots else next(r, None)
        if nxt is None:
            nxt = next(r, None) or next(n)
        out.append(nxt)
    return out


def remaining(limit: int, done_today: int) -> int:
    """How many more cards a daily limit allows (never negative)."""
    return max(limit - done_today, 0)


@dataclass
class StudyQueue:
    """The cards left in a session and the rules for picking the next one."""

    main: deque[QueuedCard]
    learning: list[tuple[datetime, int, QueuedCard]] = field(default_factory=list)
    limit: int | None = None
    """At most this many answers in the session (--limit)."""
    answered: int = 0
    _counter: int = 0

    @classmethod
    def build(
        cls,
        *,
        learning: list[QueuedCard],
        reviews: list[QueuedCard],
        news: list[QueuedCard],
        limit: int | None = None,
    ) -> StudyQueue:
        """A queue from the lists the database selected (each already in order)."""
        queue = cls(main=deque(interleave(reviews, news)), limit=limit)
        for card in learning:
            queue.push_learning(card)
        return queue

    def push_learning(self, card: QueuedCard) -> None:
        """Show this card again when it is due (still today)."""
        self._counter += 1
        heapq.heappush(self.learning, (card.due, self._counter, card))

    def peek(self, now: datetime) -> QueuedCard | None:
        """The card to show at `now`, without taking it."""
        if self.limit is not None and self.answered >= self.limit:
            return None
        if self.learning and self.learning[0][0] <= now:
            return self.learning[0][2]
        if self.main:
            return self.main[0]
        if self.learning and self.learning[0][0] <= now + LEARN_AHEAD:
            return self.learning[0][2]
        return None

    def take(self, card_id: int) -> None:
        """Remove a card (just answered, suspended, buried or gone) from wherever it waits."""
        if self.main and self.main[0].card_id == card_id:
            self.main.popleft()
        else:
            self.main = deque(c for c in self.main if c.card_id != card_id)
        before = len(self.learning)
        self.learning = [item for item in self.learning if item[2].card_id != card_id]
        if len(self.learning) != before:
            heapq.heapify(self.learning)

    def bury_term(self, term_id: int, except_card: int) -> list[int]:
        """Take the term's other new and review cards out of today's queue; returns their ids."""
        buried = [
            c.card_id
            for c in self.main
            if c.term_id == term_id and c.card_id != except_card and c.kind != "learning"
        ]
        if buried:
            self.main = deque(c for c in self.main if c.card_id not in buried)
        return buried

    def put_back(self, card: QueuedCard) -> None:
        """Show this card next (after an undo)."""
        self.take(card.card_id)
        self.main.appendleft(card)
        self.answered = max(self.answered - 1, 0)

    def counts(self) -> tuple[int, int, int]:
        """Cards left: (new, learning, review)."""
        new = sum(1 for c in self.main if c.kind == "new")
        learning = len(self.learning) + sum(1 for c in self.main if c.kind == "learning")
        review = sum(1 for c in self.main if c.kind == "review")
        return new, learning, review


def after_answer(
    queue: StudyQueue, card: QueuedCard, state: int, due: datetime, day_end: datetime
) -> None:
    """Update the queue after `card` was answered: learning cards due today come back."""
    queue.take(card.card_id)
    queue.answered += 1
    if state in (LEARNING, RELEARNING) and due < day_end:
        queue.push_learning(QueuedCard(card.card_id, card.term_id, "learning", due))
