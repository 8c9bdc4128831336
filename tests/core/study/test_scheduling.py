"""FSRS scheduling over deck settings, with fuzz off and explicit clocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from duiyi.errors import InvalidInput
from duiyi.study.days import day_start, next_day_start, study_day
from duiyi.study.scheduling import (
    LEARNING,
    NEW,
    RELEARNING,
    REVIEW,
    Memory,
    Rating,
    StudyScheduler,
    forgotten,
    format_interval,
)
from duiyi.study.settings import DeckSettings

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
PLAIN = DeckSettings(fuzz=False)


def _graduate(scheduler: StudyScheduler, at: datetime) -> Memory:
    first = scheduler.answer(Memory(due=at), Rating.GOOD, at).after
    return scheduler.answer(first, Rating.GOOD, at + timedelta(minutes=10)).after


def test_new_card_follows_learning_steps() -> None:
    scheduler = StudyScheduler(PLAIN)
    preview = scheduler.preview(Memory(due=T0), T0)
    assert preview[Rating.AGAIN] == timedelta(minutes=1)
    assert preview[Rating.GOOD] == timedelta(minutes=10)
    assert preview[Rating.HARD] == timedelta(minutes=5.5)
    assert preview[Rating.EASY] >= timedelta(days=1)
    outcome = scheduler.answer(Memory(due=T0), Rating.GOOD, T0)
    assert outcome.after.state == LEARNING and outcome.after.step == 1
    assert outcome.after.reps == 1 and outcome.interval == timedelta(minutes=10)


def test_graduated_card_reviews_grow_and_lapse_relearns() -> None:
    scheduler = StudyScheduler(PLAIN)
    card = _graduate(scheduler, T0)
    assert card.state == REVIEW
    assert card.due is not None and card.due - (T0 + timedelta(minutes=10)) >= timedelta(days=1)
    later = card.due
    good = scheduler.answer(card, Rating.GOOD, later)
    assert good.interval > card.due - (T0 + timedelta(minutes=10))
    again = scheduler.answer(good.after, Rating.AGAIN, good.after.due or later)
    assert again.after.state == RELEARNING and again.lapsed and again.after.lapses == 1
    assert again.interval == timedelta(minutes=10)


def test_preview_matches_answer_without_fuzz() -> None:
    scheduler = StudyScheduler(PLAIN)
    card = _graduate(scheduler, T0)
    at = T0 + timedelta(days=5)
    preview = scheduler.preview(card, at)
    for rating in Rating:
        assert scheduler.answer(card, rating, at).interval == preview[rating]


def test_settings_change_scheduler() -> None:
    short = StudyScheduler(DeckSettings(fuzz=False, learning_steps=(2.0,), maximum_interval=3))
    assert short.preview(Memory(due=T0), T0)[Rating.AGAIN] == timedelta(minutes=2)
    card = _graduate(short, T0)
    assert short.preview(card, T0 + timedelta(days=30))[Rating.EASY] <= timedelta(days=3)


def test_clock_going_backwards_never_gives_negative_interval() -> None:
    scheduler = StudyScheduler(PLAIN)
    card = _graduate(scheduler, T0)
    earlier = T0 - timedelta(days=3)
    for rating in Rating:
        outcome = scheduler.answer(card, rating, earlier)
        assert outcome.interval >= timedelta(0)
        assert outcome.review_time >= (card.last_review or T0)
        assert outcome.after.due is not None and outcome.after.due >= outcome.review_time


def test_day_skipped_and_zone_changed() -> None:
    scheduler = StudyScheduler(PLAIN)
    card = _graduate(scheduler, T0)
    long_after = (card.due or T0) + timedelta(days=40)
    outcome = scheduler.answer(card, Rating.GOOD, long_after.astimezone(ZoneInfo("Asia/Tokyo")))
    assert outcome.review_time.tzinfo is UTC
    assert outcome.interval > timedelta(days=1)
    assert 0 < scheduler.retrievability(card, long_after) < 0.9


def test_exam_date_caps_interval() -> None:
    deadline = T0 + timedelta(days=20)
    exam = StudyScheduler(DeckSettings(fuzz=False), exam_deadline=deadline)
    card = _graduate(StudyScheduler(PLAIN), T0)
    at = T0 + timedelta(days=10)
    free = StudyScheduler(PLAIN).answer(card, Rating.EASY, at)
    capped = exam.answer(card, Rating.EASY, at)
    assert free.after.due is not None and free.after.due > deadline
    assert capped.after.due == deadline - timedelta(days=1)
    # The day before the exam: the card comes back on exam morning, never in the past.
    last_minute = exam.answer(card, Rating.EASY, deadline - timedelta(hours=2))
    assert last_minute.after.due == deadline and last_minute.interval > timedelta(0)


def test_leech_at_threshold() -> None:
    scheduler = StudyScheduler(DeckSettings(fuzz=False, leech_threshold=2))
    card = _graduate(scheduler, T0)
    at = T0 + timedelta(days=3)
    first = scheduler.answer(card, Rating.AGAIN, at)
    assert not first.became_leech
    relearnt = scheduler.answer(first.after, Rating.GOOD, at + timedelta(minutes=10)).after
    second = scheduler.answer(relearnt, Rating.AGAIN, at + timedelta(days=2))
    assert second.after.lapses == 2 and second.became_leech


def test_forget_and_memory_round_trip() -> None:
    card = _graduate(StudyScheduler(PLAIN), T0)
    assert Memory.from_dict(card.to_dict()) == card
    fresh = forgotten(card, T0)
    assert fresh.state == NEW and fresh.stability is None and fresh.due == T0


def test_study_days_roll_over_at_four() -> None:
    zone = ZoneInfo("Europe/Berlin")
    late = datetime(2026, 3, 2, 3, 59, tzinfo=zone)
    early = datetime(2026, 3, 2, 4, 0, tzinfo=zone)
    assert study_day(late, zone, 4) == date(2026, 3, 1)
    assert study_day(early, zone, 4) == date(2026, 3, 2)
    assert day_start(date(2026, 3, 2), zone, 4) == early.astimezone(UTC)
    assert next_day_start(late, zone, 4) == early.astimezone(UTC)


def test_format_interval() -> None:
    assert format_interval(timedelta(minutes=10)) == "10m"
    assert format_interval(timedelta(days=4)) == "4d"
    assert format_interval(timedelta(days=75)) == "2.5mo"
    assert format_interval(timedelta(days=730)) == "2y"


def test_settings_round_trip_and_validation() -> None:
    settings = DeckSettings(new_per_day=5, learning_steps=(1.0, 10.0, 60.0))
    assert DeckSettings.from_dict(settings.to_dict()) == settings
    assert DeckSettings.from_dict({"learning_steps": "1m 10m 1h"}).learning_steps == (1, 10, 60)
    assert DeckSettings().directions == ("recognition", "production")
    with pytest.raises(InvalidInput, match="retention"):
        DeckSettings.from_dict({"desired_retention": 0.5})
    with pytest.raises(InvalidInput, match="Unknown"):
        DeckSettings.from_dict({"new_per_dya": 3})
    with pytest.raises(InvalidInput, match="order"):
        DeckSettings.from_dict({"new_order": "alphabet"})
    with pytest.raises(InvalidInput, match="whole number"):
        DeckSettings.from_dict({"new_per_day": "many"})


def test_a_leech_at_the_threshold_then_every_half_threshold() -> None:
    # Like Anki: threshold 8 marks a leech at the 8th lapse, then at the 12th, 16th...
    scheduler = StudyScheduler(DeckSettings(fuzz=False, leech_threshold=8))
    card = _graduate(scheduler, T0)
    at = T0 + timedelta(days=3)
    leeches = [
        lapses + 1
        for lapses in range(20)
        if scheduler.answer(replace(card, lapses=lapses), Rating.AGAIN, at).became_leech
    ]
    assert leeches == [8, 12, 16, 20]
    # A relearning card answered Again is no new lapse, so never a (new) leech.
    relearning = scheduler.answer(replace(card, lapses=7), Rating.AGAIN, at).after
    again = scheduler.answer(relearning, Rating.AGAIN, at + timedelta(minutes=1))
    assert again.after.lapses == 8 and not again.lapsed and not again.became_leech


def test_the_buttons_show_the_exam_cap() -> None:
    deadline = T0 + timedelta(days=20)
    exam = StudyScheduler(DeckSettings(fuzz=False), exam_deadline=deadline)
    card = _graduate(StudyScheduler(PLAIN), T0)
    at = T0 + timedelta(days=10)
    free = StudyScheduler(PLAIN).preview(card, at)
    shown = exam.preview(card, at)
    assert free[Rating.EASY] > deadline - at
    assert shown[Rating.EASY] == deadline - timedelta(days=1) - at
    assert shown[Rating.EASY] == exam.answer(card, Rating.EASY, at).interval
    # Again stays a relearning step of minutes: the cap only touches review intervals.
    assert shown[Rating.AGAIN] == free[Rating.AGAIN] == timedelta(minutes=10)


def test_an_answer_after_its_preview_is_scheduled_as_without_one() -> None:
    """The answer reuses the floors its card's preview found; the outcome is the same."""
    import random

    rng = random.Random(5)
    # Without fuzz (fsrs fuzzes with an unseeded random), so two schedulers agree.
    other = DeckSettings(fuzz=False, maximum_interval=400, desired_retention=0.85)
    for _ in range(60):
        last = T0 - timedelta(days=rng.randint(1, 300), hours=rng.randint(0, 23))
        memory = Memory(
            state=REVIEW,
            stability=rng.uniform(0.5, 200.0),
            difficulty=rng.uniform(1.0, 10.0),
            due=last + timedelta(days=rng.randint(1, 120)),
            last_review=last,
            reps=rng.randint(1, 30),
            lapses=rng.randint(0, 5),
        )
        at = T0 + timedelta(minutes=rng.randint(0, 600))
        for scheduler_settings in (PLAIN, other):
            previewed = StudyScheduler(scheduler_settings, zone=UTC)
            fresh = StudyScheduler(scheduler_settings, zone=UTC)
            shown = previewed.preview(memory, at)
            for rating in (Rating.HARD, Rating.GOOD, Rating.EASY):
                later = at + timedelta(seconds=rng.randint(1, 90))
                assert previewed.answer(memory, rating, later, card_id=7) == fresh.answer(
                    memory, rating, later, card_id=7
                )
            # What the buttons showed is what the answer gives.
            got = previewed.answer(memory, Rating.GOOD, at, card_id=7)
            assert got.interval == shown[Rating.GOOD]
            # Answered days after the preview, it is scheduled for the day it is answered.
            days_later = at + timedelta(days=rng.randint(1, 40))
            for rating in (Rating.HARD, Rating.GOOD, Rating.EASY):
                assert previewed.answer(memory, rating, days_later) == fresh.answer(
                    memory, rating, days_later
                )
