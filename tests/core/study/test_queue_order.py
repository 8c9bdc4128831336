"""The session queue's order and counts, card by card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from duiyi.study.queue import QueuedCard, StudyQueue, after_answer, interleave, kind_of
from duiyi.study.scheduling import LEARNING, NEW, RELEARNING, REVIEW

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
DAY_END = T0 + timedelta(hours=10)


def _review(card_id: int, term_id: int | None = None) -> QueuedCard:
    return QueuedCard(card_id, card_id if term_id is None else term_id, "review", None)


def _new(card_id: int, term_id: int | None = None) -> QueuedCard:
    return QueuedCard(card_id, card_id if term_id is None else term_id, "new", None)


def _drain(queue: StudyQueue, now: datetime) -> list[int]:
    shown = []
    while (card := queue.peek(now)) is not None:
        shown.append(card.card_id)
        after_answer(queue, card, REVIEW, now + timedelta(days=1), DAY_END)
    return shown


def test_new_cards_are_spread_evenly_among_reviews() -> None:
    reviews = [_review(n) for n in range(1, 7)]
    mixed = interleave(reviews, [_new(100), _new(101)])
    assert [c.card_id for c in mixed] == [1, 2, 3, 100, 4, 5, 6, 101]
    three = interleave([_review(1), _review(2)], [_new(100), _new(101), _new(102)])
    assert [c.card_id for c in three] == [100, 1, 101, 2, 102]
    assert [c.card_id for c in interleave([_review(1)], [])] == [1]


def test_kinds_of_stored_states() -> None:
    assert [kind_of(s) for s in (NEW, LEARNING, REVIEW, RELEARNING)] == [
        "new",
        "learning",
        "review",
        "learning",
    ]


def test_a_card_listed_twice_is_queued_once() -> None:
    queue = StudyQueue([_review(1), _review(2), _review(1)])
    assert queue.counts() == (0, 0, 2)
    assert _drain(queue, T0) == [2, 1]


def test_learning_cards_due_now_come_first_and_late_ones_leave() -> None:
    queue = StudyQueue.build(
        learning=[
            QueuedCard(30, 30, "learning", T0 + timedelta(minutes=5)),
            QueuedCard(31, 31, "learning", T0 - timedelta(minutes=1)),
        ],
        reviews=[_review(1)],
        news=[_new(2)],
    )
    assert queue.counts() == (1, 2, 1)
    # Card 31 is due; then the main queue; card 30 within the learn-ahead window at the end.
    first = queue.peek(T0)
    assert first is not None and first.card_id == 31
    # Answered again: back in ten minutes, after card 30.
    after_answer(queue, first, RELEARNING, T0 + timedelta(minutes=10), DAY_END)
    assert queue.counts() == (1, 2, 1)
    card = queue.peek(T0)
    assert card is not None and card.card_id == 1
    after_answer(queue, card, LEARNING, DAY_END + timedelta(minutes=1), DAY_END)
    assert queue.counts() == (1, 2, 0)  # due after the day ends: gone for today
    assert _drain(queue, T0) == [2, 30, 31]
    assert queue.counts() == (0, 0, 0) and queue.answered == 5


def test_burying_leaves_learning_cards_and_other_terms() -> None:
    queue = StudyQueue.build(
        learning=[QueuedCard(3, 7, "learning", T0 + timedelta(hours=2))],
        reviews=[_review(1, 7), _review(4, 8)],
        news=[_new(2, 7)],
    )
    assert queue.bury_term(7, except_card=1) == [2]
    assert queue.bury_term(9, except_card=0) == []
    # A learning card put back in front (an undone answer) is not buried either.
    queue.put_back(QueuedCard(5, 7, "learning", T0 + timedelta(minutes=1)))
    assert queue.bury_term(7, except_card=1) == []
    queue.take(5)
    assert queue.counts() == (0, 1, 2)
    assert _drain(queue, T0) == [1, 4]
    assert queue.counts() == (0, 1, 0)


def test_a_suspended_card_is_found_and_restored_where_it_waited() -> None:
    learning = QueuedCard(3, 3, "learning", T0 + timedelta(minutes=5))
    queue = StudyQueue.build(learning=[learning], reviews=[_review(1), _review(2)], news=[])
    assert queue.find(2) == (_review(2), False)
    assert queue.find(3) == (learning, True)
    assert queue.find(99) is None
    queue.take(2)
    queue.take(3)
    assert queue.find(2) is None and queue.find(3) is None
    assert queue.counts() == (0, 0, 1)
    queue.restore(_review(2), learning=False)
    queue.restore(learning, learning=True)
    assert queue.counts() == (0, 1, 2)
    assert _drain(queue, T0) == [2, 1, 3]
    # A learning card that waited in front (put back by an undo) goes back in front.
    again = StudyQueue([_review(1)])
    again.restore(learning, learning=False)
    assert _drain(again, T0) == [3, 1]


def test_undo_puts_the_card_back_in_front() -> None:
    queue = StudyQueue([_review(1), _review(2), _review(3)])
    card = queue.peek(T0)
    assert card is not None
    after_answer(queue, card, LEARNING, T0 + timedelta(minutes=10), DAY_END)
    assert queue.counts() == (0, 1, 2) and queue.answered == 1
    queue.put_back(card)
    assert queue.counts() == (0, 0, 3) and queue.answered == 0
    queue.put_back(card)  # twice: still once in the queue, the count never below zero
    assert queue.counts() == (0, 0, 3) and queue.answered == 0
    assert _drain(queue, T0) == [1, 2, 3]
