"""The same review histories in Duiyi and in the real Anki (fuzz off, clock set by
libfaketime): the same intervals, because both count study days from the rollover hour and
keep Hard < Good < Easy for review cards."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from anki_clock import History, run_in_anki

from duiyi.study.scheduling import (
    LEARNING,
    RELEARNING,
    Memory,
    Rating,
    StudyScheduler,
    passing_floors,
)
from duiyi.study.settings import DeckSettings

GOOD, HARD, AGAIN, EASY = 3, 2, 1, 4

# No answer between 02:00 and 04:00: in ANKI_TEST_MODE Anki moves its own clock back two
# hours then, for its own tests' sake.

HISTORIES: dict[str, tuple[str, int, History]] = {
    # The issue's case: a review two calendar days later but only 32 hours later.
    "evening learning, morning review": (
        "UTC",
        4,
        [
            ("2026-01-05 22:00:00", GOOD),
            ("2026-01-05 22:10:00", GOOD),
            ("2026-01-07 06:00:00", GOOD),
        ],
    ),
    # 01:00 belongs to the day before; 05:00 the same calendar day is the next study day.
    "learning before the rollover": (
        "UTC",
        4,
        [
            ("2026-01-05 01:00:00", GOOD),
            ("2026-01-05 01:10:00", GOOD),
            ("2026-01-05 05:00:00", GOOD),
            ("2026-01-09 01:59:00", GOOD),
        ],
    ),
    # Past midnight is still the same study day; a lapse and relearning around the rollover.
    "midnight, a lapse and relearning": (
        "UTC",
        4,
        [
            ("2026-01-05 23:50:00", GOOD),
            ("2026-01-06 00:05:00", GOOD),
            ("2026-01-06 04:30:00", HARD),
            ("2026-01-08 01:00:00", AGAIN),
            ("2026-01-08 01:20:00", GOOD),
            ("2026-01-09 04:10:00", EASY),
        ],
    ),
    "long intervals": (
        "UTC",
        4,
        [
            ("2026-01-05 10:00:00", EASY),
            ("2026-01-08 01:30:00", GOOD),
            ("2026-01-20 05:00:00", HARD),
            ("2026-02-10 12:00:00", EASY),
        ],
    ),
    "local time in Shanghai": (
        "Asia/Shanghai",
        4,
        [
            ("2026-01-05 22:00:00", GOOD),
            ("2026-01-05 22:10:00", GOOD),
            ("2026-01-07 06:00:00", GOOD),
            ("2026-01-18 01:30:00", GOOD),
        ],
    ),
    "rollover at 6 a.m.": (
        "UTC",
        6,
        [
            ("2026-01-05 22:00:00", GOOD),
            ("2026-01-05 22:10:00", GOOD),
            ("2026-01-07 05:30:00", GOOD),
            ("2026-01-15 06:30:00", GOOD),
        ],
    ),
}


def run_in_duiyi(history: History, *, zone: str, rollover: int) -> list[int | None]:
    """Duiyi's interval in days after each answer (None: learning or relearning)."""
    local = ZoneInfo(zone)
    scheduler = StudyScheduler(DeckSettings(fuzz=False, rollover_hour=rollover), zone=local)
    memory = Memory()
    out: list[int | None] = []
    for when, rating in history:
        moment = datetime.fromisoformat(when).replace(tzinfo=local)
        outcome = scheduler.answer(memory, Rating(rating), moment)
        memory = outcome.after
        if memory.state in (LEARNING, RELEARNING):
            assert outcome.interval < timedelta(days=1)
            out.append(None)
        else:
            days = outcome.interval / timedelta(days=1)
            assert days == int(days)
            out.append(int(days))
    return out


@pytest.mark.parametrize("name", list(HISTORIES))
def test_same_intervals_as_anki(tmp_path: Path, name: str) -> None:
    zone, rollover, history = HISTORIES[name]
    anki = run_in_anki(history, tmp_path, zone=zone, rollover=rollover)
    assert run_in_duiyi(history, zone=zone, rollover=rollover) == anki


def test_the_issue_case_gives_eleven_days(tmp_path: Path) -> None:
    zone, rollover, history = HISTORIES["evening learning, morning review"]
    assert run_in_duiyi(history, zone=zone, rollover=rollover) == [None, 2, 11]


def test_elapsed_days_count_study_days() -> None:
    scheduler = StudyScheduler(DeckSettings(), zone=ZoneInfo("UTC"))
    evening = datetime.fromisoformat("2026-01-05 22:10:00+00:00")
    assert scheduler.elapsed_days(evening, evening + timedelta(hours=5)) == 0  # 03:10
    assert scheduler.elapsed_days(evening, evening + timedelta(hours=6)) == 1  # 04:10
    assert scheduler.elapsed_days(evening, evening + timedelta(hours=32)) == 2  # 06:10


# Review cards where fsrs alone gives Hard = Good (and Good = Easy in the second).
EARLY_REVIEWS: dict[str, tuple[History, str, list[int]]] = {
    "reviewed again on the day it graduated": (
        [("2026-01-05 10:00:00", GOOD), ("2026-01-05 10:12:00", GOOD)],
        "2026-01-05 15:12:00",
        [2, 3, 4],
    ),
    "a hard review after a lapse": (
        [
            ("2026-01-05 10:00:00", GOOD),
            ("2026-01-06 12:00:00", HARD),
            ("2026-01-07 08:00:00", AGAIN),
            ("2026-01-08 04:30:00", EASY),
            ("2026-01-09 10:00:00", HARD),
        ],
        "2026-01-10 16:00:00",
        [6, 7, 8],
    ),
}


@pytest.mark.parametrize("name", list(EARLY_REVIEWS))
def test_hard_good_easy_stay_apart_as_in_anki(tmp_path: Path, name: str) -> None:
    history, last, expected = EARLY_REVIEWS[name]
    duiyi = []
    anki = []
    for rating in (HARD, GOOD, EASY):
        answers = [*history, (last, rating)]
        duiyi.append(run_in_duiyi(answers, zone="UTC", rollover=4)[-1])
        folder = tmp_path / str(rating)
        folder.mkdir()
        anki.append(run_in_anki(answers, folder, zone="UTC", rollover=4)[-1])
    assert duiyi == anki == expected


def test_buttons_show_hard_below_good_below_easy() -> None:
    history, last, expected = EARLY_REVIEWS["a hard review after a lapse"]
    scheduler = StudyScheduler(DeckSettings(fuzz=False), zone=ZoneInfo("UTC"))
    memory = Memory()
    for when, rating in history:
        moment = datetime.fromisoformat(when).replace(tzinfo=ZoneInfo("UTC"))
        memory = scheduler.answer(memory, Rating(rating), moment).after
    shown = scheduler.preview(memory, datetime.fromisoformat(last).replace(tzinfo=ZoneInfo("UTC")))
    assert [
        shown[r] / timedelta(days=1) for r in (Rating.HARD, Rating.GOOD, Rating.EASY)
    ] == expected


def test_passing_floors_follow_ankis_rule() -> None:
    hard, good, easy = Rating.HARD, Rating.GOOD, Rating.EASY
    # Equal proposals are pushed apart by a day each.
    assert passing_floors({hard: 6, good: 6, easy: 6}, 5, 36500) == {hard: 6, good: 7, easy: 8}
    # Proposals already apart need nothing more than the day above the one below.
    assert passing_floors({hard: 3, good: 5, easy: 9}, 2, 36500) == {hard: 3, good: 4, easy: 6}
    # A shrinking interval is allowed (retention raised), still in order.
    assert passing_floors({hard: 1, good: 1, easy: 2}, 9, 36500) == {hard: 1, good: 2, easy: 3}
    # Never beyond the maximum interval.
    assert passing_floors({hard: 10, good: 10, easy: 10}, 9, 10) == {hard: 10, good: 10, easy: 10}
