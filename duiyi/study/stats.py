"""Study statistics as plain data (the database gathers the figures, this module shapes them):
reviews and time per day, a 30-day due forecast, true retention by interval range, counts by
state, the streak, calendar heatmap data and the hardest terms."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

RETENTION_RANGES: tuple[tuple[str, int, int | None], ...] = (
    ("under 1 day", 0, 1),
    ("1 day", 1, 2),
    ("2-7 days", 2, 8),
    ("8-30 days", 8, 31),
    ("1-3 months", 31, 91),
    ("3-12 months", 91, 366),
    ("over a year", 366, None),
)
"""Interval ranges (label, from days, before days) for true retention."""


@dataclass(frozen=True)
class DayFigure:
    """Reviews done on one study day and the time they took."""

    day: date
    reviews: int
    seconds: float


@dataclass(frozen=True)
class RetentionRange:
    """How often reviews after an interval in this range were passed (Hard/Good/Easy)."""

    label: str
    reviews: int
    passed: int

    @property
    def retention(self) -> float | None:
        """Share passed, None without reviews."""
        return self.passed / self.reviews if self.reviews else None


@dataclass(frozen=True)
class HardTerm:
    """A term the learner keeps forgetting."""

    term_id: int
    chinese: str
    english: str
    lapses: int
    difficulty: float | None


@dataclass(frozen=True)
class Stats:
    """Everything the statistics screen and `duiyi stats` show."""

    reviews: int
    """All reviews stored."""
    today: DayFigure
    per_day: tuple[DayFigure, ...]
    """Days with reviews in the last year, oldest first (also the heatmap's data)."""
    forecast: tuple[tuple[date, int], ...]
    """Cards due on each of the next 30 days (overdue ones count for today)."""
    retention: tuple[RetentionRange, ...]
    states: dict[str, int]
    streak: int
    hardest: tuple[HardTerm, ...]

    @property
    def heatmap(self) -> dict[date, int]:
        """Reviews per calendar day, for a year view."""
        return {figure.day: figure.reviews for figure in self.per_day}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "reviews": self.reviews,
            "today": {
                "day": self.today.day.isoformat(),
                "reviews": self.today.reviews,
                "seconds": round(self.today.seconds, 1),
            },
            "per_day": [
                {"day": f.day.isoformat(), "reviews": f.reviews, "seconds": round(f.seconds, 1)}
                for f in self.per_day
            ],
            "forecast": [{"day": d.isoformat(), "due": n} for d, n in self.forecast],
            "retention": [
                {
                    "range": r.label,
                    "reviews": r.reviews,
                    "passed": r.passed,
                    "retention": None if r.retention is None else round(r.retention, 4),
                }
                for r in self.retention
            ],
            "states": dict(self.states),
            "streak": self.streak,
            "heatmap": {d.isoformat(): n for d, n in self.heatmap.items()},
            "hardest": [asdict(h) for h in self.hardest],
        }


def streak(days: Iterable[date], today: date) -> int:
    """Consecutive study days with reviews, ending today (or yesterday if none yet today)."""
    done = set(days)
    day = today if today in done else today - timedelta(days=1)
    count = 0
    while day in done:
        count += 1
        day -= timedelta(days=1)
    return count


def range_index(elapsed_days: float) -> int:
    """Which RETENTION_RANGES entry an interval falls in."""
    for index, (_label, low, high) in enumerate(RETENTION_RANGES):
        if elapsed_days >= low and (high is None or elapsed_days < high):
            return index
    return 0


def retention_table(counts: dict[int, tuple[int, int]]) -> tuple[RetentionRange, ...]:
    """Rows for every range from {range index: (reviews, passed)}."""
    return tuple(
        RetentionRange(label, *counts.get(index, (0, 0)))
        for index, (label, _low, _high) in enumerate(RETENTION_RANGES)
    )


def forecast_days(
    due_by_day: dict[date, int], today: date, days: int = 30
) -> tuple[tuple[date, int], ...]:
    """The next `days` days with their due counts (missing days count 0; overdue go today)."""
    overdue = sum(n for d, n in due_by_day.items() if d < today)
    out = []
    for offset in range(days):
        day = today + timedelta(days=offset)
        out.append((day, due_by_day.get(day, 0) + (overdue if offset == 0 else 0)))
    return tuple(out)
