"""The review queue of one study session, in memory: learning cards when due, then reviews
mixed with new cards; burying a term's other direction; putting an undone card back.

The database builds the lists once at session start (limits, order, backlog); this class
decides what comes next after every answer without asking the database again.
"""

from __future__ import annotations

import heapq
from collections import Counter, deque
from datetime import datetime, timedelta
from operator import itemgetter
from typing import NamedTuple

from duiyi.study.scheduling import LEARNING, NEW, RELEARNING

LEARN_AHEAD = timedelta(minutes=20)
"""When nothing else is left, a learning card due within this time is shown early (as Anki)."""


class QueuedCard(NamedTuple):
    """What the queue needs to know about a card (a tuple: sessions hold thousands)."""

    card_id: int
    term_id: int
    kind: str  # new, learning, review
    due: datetime | None
    """When a learning card is due; None for new and review cards (the day decides)."""


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
    taken = 0
    for i, card in enumerate(news):
        # The i-th new card goes to position int((i + 1) * step) - 1; reviews fill the gaps.
        gap = max(int((i + 1) * step) - 1 - len(out), 0)
        out.extend(reviews[taken : taken + gap])
        taken += gap
        out.append(card)
    out.extend(reviews[taken:])
    return out


def remaining(limit: int, done_today: int) -> int:
    """How many more cards a daily limit allows (never negative)."""
    return max(limit - done_today, 0)


class StudyQueue:
    """The cards left in a session and the rules for picking the next one.

    Every step is O(1) or O(log n): cards taken out are forgotten in dictionaries and skipped
    lazily when they reach the front, so a session of thousands of cards stays instant.
    """

    def __init__(self, main: list[QueuedCard], *, limit: int | None = None) -> None:
        self.main: deque[QueuedCard] = deque()
        self.learning: list[tuple[datetime, int, QueuedCard]] = []
        self.limit = limit
        """At most this many answers in the session (--limit)."""
        self.answered = 0
        self._counter = 0
        self._in_main: dict[int, QueuedCard] = {card.card_id: card for card in main}
        self._in_learning: dict[int, int] = {}  # card id -> token of its live heap entry
        self._by_term: dict[int, set[int]] | None = None
        """Card ids in the main queue per term, built on the first `bury_term`."""
        self._kinds: dict[str, int] = {"new": 0, "learning": 0, "review": 0}
        if len(self._in_main) == len(main):
            # Sessions start with thousands of cards: fill in bulk rather than card by card.
            self.main.extend(main)
            for kind, count in Counter(map(itemgetter(2), main)).items():
                self._kinds[kind] += count
        else:
            self._in_main.clear()
            for card in main:
                self._add_main(card, left=False)

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
        queue = cls(interleave(reviews, news), limit=limit)
        for card in learning:
            queue.push_learning(card)
        return queue

    def _add_main(self, card: QueuedCard, *, left: bool) -> None:
        if card.card_id in self._in_main:
            self._drop_main(card.card_id)
        if left:
            self.main.appendleft(card)
        else:
            self.main.append(card)
        self._in_main[card.card_id] = card
        if self._by_term is not None:
            self._by_term.setdefault(card.term_id, set()).add(card.card_id)
        self._kinds[card.kind] += 1

    def _drop_main(self, card_id: int) -> None:
        card = self._in_main.pop(card_id, None)
        if card is None:
            return
        self._kinds[card.kind] -= 1
        siblings = None if self._by_term is None else self._by_term.get(card.term_id)
        if siblings is not None:
            siblings.discard(card_id)
            if not siblings and self._by_term is not None:
                del self._by_term[card.term_id]

    def push_learning(self, card: QueuedCard) -> None:
        """Show this card again when it is due (still today)."""
        assert card.due is not None, "a learning card has a due time"
        self._drop_learning(card.card_id)
        self._counter += 1
        self._in_learning[card.card_id] = self._counter
        heapq.heappush(self.learning, (card.due, self._counter, card))
        self._kinds["learning"] += 1

    def _drop_learning(self, card_id: int) -> None:
        if self._in_learning.pop(card_id, None) is not None:
            self._kinds["learning"] -= 1

    def _clean_fronts(self) -> None:
        """Skip entries of cards taken out since they were queued."""
        while self.main and self._in_main.get(self.main[0].card_id) is not self.main[0]:
            self.main.popleft()
        while self.learning:
            _due, token, card = self.learning[0]
            if self._in_learning.get(card.card_id) == token:
                break
            heapq.heappop(self.learning)

    def peek(self, now: datetime) -> QueuedCard | None:
        """The card to show at `now`, without taking it."""
        if self.limit is not None and self.answered >= self.limit:
            return None
        self._clean_fronts()
        if self.learning and self.learning[0][0] <= now:
            return self.learning[0][2]
        if self.main:
            return self.main[0]
        if self.learning and self.learning[0][0] <= now + LEARN_AHEAD:
            return self.learning[0][2]
        return None

    def take(self, card_id: int) -> None:
        """Remove a card (just answered, suspended, buried or gone) from wherever it waits."""
        self._drop_main(card_id)
        self._drop_learning(card_id)

    def bury_term(self, term_id: int, except_card: int) -> list[int]:
        """Take the term's other new and review cards out of today's queue; returns their ids."""
        if self._by_term is None:
            self._by_term = {}
            for card in self._in_main.values():
                self._by_term.setdefault(card.term_id, set()).add(card.card_id)
        buried = [
            card_id
            for card_id in self._by_term.get(term_id, set())
            if card_id != except_card and self._in_main[card_id].kind != "learning"
        ]
        for card_id in buried:
            self._drop_main(card_id)
        return sorted(buried)

    def find(self, card_id: int) -> tuple[QueuedCard, bool] | None:
        """The queued card with this id and whether it waits among learning cards, or None."""
        card = self._in_main.get(card_id)
        if card is not None:
            return card, False
        token = self._in_learning.get(card_id)
        for _due, queued_token, queued in self.learning:
            if queued_token == token:
                return queued, True
        return None

    def __contains__(self, card_id: object) -> bool:
        """True while the card with this id waits in the queue (main or learning)."""
        return card_id in self._in_main or card_id in self._in_learning

    def restore(self, card: QueuedCard, *, learning: bool) -> None:
        """Queue a card taken out (suspended) again, where it waited: shown next, or when due."""
        if learning and card.due is not None:
            self.push_learning(card)
        else:
            self._add_main(card, left=True)

    def put_back(self, card: QueuedCard) -> None:
        """Show this card next (after an undo)."""
        self.take(card.card_id)
        self._add_main(card, left=True)
        self.answered = max(self.answered - 1, 0)

    def counts(self) -> tuple[int, int, int]:
        """Cards left: (new, learning, review)."""
        return self._kinds["new"], self._kinds["learning"], self._kinds["review"]


def after_answer(
    queue: StudyQueue, card: QueuedCard, state: int, due: datetime, day_end: datetime
) -> None:
    """Update the queue after `card` was answered: learning cards due today come back."""
    queue.take(card.card_id)
    queue.answered += 1
    if state in (LEARNING, RELEARNING) and due < day_end:
        queue.push_learning(QueuedCard(card.card_id, card.term_id, "learning", due))
