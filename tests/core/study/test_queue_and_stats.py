"""The in-memory session queue and the statistics helpers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from duiyi.study.queue import LEARN_AHEAD, QueuedCard, StudyQueue, after_answer, interleave
from duiyi.study.scheduling import LEARNING, REVIEW
from duiyi.study.stats import forecast_days, range_index, retention_table, streak

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _cards(kind: str, first: int, n: int) -> list[QueuedCard]:
    return [QueuedCard(first + i, first + i, kind, T0) for i in range(n)]


def test_interleave_spreads_new_cards() -> None:
    mixed = interleave(_cards("review", 0, 6), _cards("new", 100, 2))
    kinds = [c.kind for c in mixed]
    assert kinds.count("new") == 2 and len(mixed) == 8
    assert kinds[0] == "review" and kinds[-1] == "new"
    assert interleave([], _cards("new", 0, 2))[0].kind == "new"


def test_learning_cards_come_back_when_due() -> None:
    queue = StudyQueue.build(learning=[], reviews=_cards("review", 0, 1), news=[])
    card = queue.peek(T0)
    assert card is not None
    after_answer(queue, card, LEARNING, T0 + timedelta(minutes=30), T0 + timedelta(hours=10))
    assert queue.counts() == (0, 1, 0)
    # Nothing else left: shown within the learn-ahead window, not before.
    assert queue.peek(T0) is None
    assert queue.peek(T0 + timedelta(minutes=30) - LEARN_AHEAD) is not None
    after_answer(queue, card, REVIEW, T0 + timedelta(days=3), T0 + timedelta(hours=10))
    assert queue.peek(T0 + timedelta(hours=1)) is None and queue.counts() == (0, 0, 0)


def test_limit_bury_and_put_back() -> None:
    reviews = [QueuedCard(1, 7, "review", T0), QueuedCard(2, 7, "review", T0)]
    queue = StudyQueue.build(learning=[], reviews=reviews, news=_cards("new", 10, 1), limit=2)
    first = queue.peek(T0)
    assert first is not None and first.card_id == 1
    after_answer(queue, first, REVIEW, T0 + timedelta(days=2), T0 + timedelta(hours=1))
    assert queue.bury_term(7, except_card=1) == [2]
    queue.put_back(first)
    assert queue.peek(T0) == first and queue.answered == 0
    after_answer(queue, first, REVIEW, T0 + timedelta(days=2), T0 + timedelta(hours=1))
    second = queue.peek(T0)
    assert second is not None
    after_answer(queue, second, REVIEW, T0 + timedelta(days=2), T0 + timedelta(hours=1))
    assert queue.peek(T0) is None  # the limit of 2 answers


def test_streak_and_forecast() -> None:
    today = date(2026, 3, 10)
    days = [today - timedelta(days=n) for n in (1, 2, 3, 5)]
    assert streak(days, today) == 3
    assert streak([*days, today], today) == 4
    assert streak([today - timedelta(days=2)], today) == 0
    forecast = forecast_days({today - timedelta(days=4): 3, today + timedelta(days=1): 2}, today)
    assert len(forecast) == 30 and forecast[0] == (today, 3) and forecast[1][1] == 2


def test_retention_ranges() -> None:
    assert range_index(0.5) == 0 and range_index(1.2) == 1 and range_index(400) == 6
    table = retention_table({2: (10, 9)})
    assert table[2].retention == 0.9 and table[0].retention is None
