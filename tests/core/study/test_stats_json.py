"""The figures `duiyi stats --json` prints, every key exactly; and the buttons' interval texts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from duiyi.study.scheduling import REVIEW, Memory, format_interval
from duiyi.study.stats import (
    DayFigure,
    HardTerm,
    Stats,
    forecast_days,
    range_index,
    retention_table,
)

D = date(2026, 3, 2)


def test_stats_as_json() -> None:
    stats = Stats(
        reviews=7,
        today=DayFigure(D, 3, 41.26),
        per_day=(DayFigure(D - timedelta(days=1), 4, 60.04), DayFigure(D, 3, 41.26)),
        forecast=forecast_days({D: 2, D - timedelta(days=3): 1}, D, days=2),
        retention=retention_table({0: (3, 2), 2: (4, 4)}),
        states={"new": 1, "review": 2},
        streak=2,
        hardest=(HardTerm(5, "数字鸿沟", "digital divide", 3, 7.25),),
    )
    assert stats.to_dict() == {
        "reviews": 7,
        "today": {"day": "2026-03-02", "reviews": 3, "seconds": 41.3},
        "per_day": [
            {"day": "2026-03-01", "reviews": 4, "seconds": 60.0},
            {"day": "2026-03-02", "reviews": 3, "seconds": 41.3},
        ],
        "forecast": [{"day": "2026-03-02", "due": 3}, {"day": "2026-03-03", "due": 0}],
        "retention": [
            {"range": "under 1 day", "reviews": 3, "passed": 2, "retention": 0.6667},
            {"range": "1 day", "reviews": 0, "passed": 0, "retention": None},
            {"range": "2-7 days", "reviews": 4, "passed": 4, "retention": 1.0},
            {"range": "8-30 days", "reviews": 0, "passed": 0, "retention": None},
            {"range": "1-3 months", "reviews": 0, "passed": 0, "retention": None},
            {"range": "3-12 months", "reviews": 0, "passed": 0, "retention": None},
            {"range": "over a year", "reviews": 0, "passed": 0, "retention": None},
        ],
        "states": {"new": 1, "review": 2},
        "streak": 2,
        "heatmap": {"2026-03-01": 4, "2026-03-02": 3},
        "hardest": [
            {
                "term_id": 5,
                "chinese": "数字鸿沟",
                "english": "digital divide",
                "lapses": 3,
                "difficulty": 7.25,
            }
        ],
    }


@pytest.mark.parametrize(
    ("days", "index"),
    [(0, 0), (0.99, 0), (1, 1), (2, 2), (7.9, 2), (8, 3), (30, 3), (31, 4), (365, 5), (366, 6)],
)
def test_retention_ranges_start_where_their_labels_say(days: float, index: int) -> None:
    assert range_index(days) == index


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(seconds=-5), "0s"),
        (timedelta(seconds=59), "59s"),
        (timedelta(seconds=60), "1m"),
        (timedelta(minutes=59), "59m"),
        (timedelta(minutes=60), "1h"),
        (timedelta(hours=23), "23h"),
        (timedelta(hours=24), "1d"),
        (timedelta(days=29), "29d"),
        (timedelta(days=30), "1mo"),
        (timedelta(days=45), "1.5mo"),
        (timedelta(days=364), "12.1mo"),
        (timedelta(days=365), "1y"),
        (timedelta(days=548), "1.5y"),
    ],
)
def test_interval_texts_on_the_buttons(span: timedelta, text: str) -> None:
    assert format_interval(span) == text


def test_a_card_state_survives_its_stored_form() -> None:
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    memory = Memory(REVIEW, None, 12.5, 5.25, at + timedelta(days=12), at, 4, 1)
    stored = memory.to_dict()
    assert stored == {
        "state": 2,
        "step": None,
        "stability": 12.5,
        "difficulty": 5.25,
        "due": "2026-03-13T09:00:00+00:00",
        "last_review": "2026-03-01T09:00:00+00:00",
        "reps": 4,
        "lapses": 1,
    }
    assert Memory.from_dict(stored) == memory
    assert Memory.from_dict({}) == Memory()
