"""FSRS scheduling from a deck's settings: answer a card, preview each rating, exam caps.

A thin layer over `fsrs.Scheduler`: it adds the 'new' state fsrs does not have, keeps review
times monotonic when the clock goes backwards, counts lapses and reps, and caps intervals so
the next review comes before an exam. Like Anki, it counts the time since the last review in
study days (which begin at the rollover hour, local time), not in 24-hour periods, and keeps
Hard < Good < Easy for review cards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from enum import IntEnum
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler, State

from duiyi.study.days import as_utc, local_zone, study_day
from duiyi.study.settings import DeckSettings

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
STATE_NAMES = {NEW: "new", LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning"}


class Rating(IntEnum):
    """The four answer buttons."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """The button's name: Again, Hard, Good, Easy."""
        return self.name.capitalize()


@dataclass(frozen=True)
class Memory:
    """A card's scheduling state: what fsrs needs plus reps and lapses."""

    state: int = NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (times as ISO text), as stored in a review's before/after state."""
        return {
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": None if self.due is None else self.due.isoformat(),
            "last_review": None if self.last_review is None else self.last_review.isoformat(),
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Memory:
        """The inverse of to_dict."""
        due = data.get("due")
        last = data.get("last_review")
        return cls(
            state=int(data.get("state", NEW)),
            step=data.get("step"),
            stability=data.get("stability"),
            difficulty=data.get("difficulty"),
            due=None if due is None else as_utc(datetime.fromisoformat(due)),
            last_review=None if last is None else as_utc(datetime.fromisoformat(last)),
            reps=int(data.get("reps", 0)),
            lapses=int(data.get("lapses", 0)),
        )


@dataclass(frozen=True)
class Outcome:
    """The result of one answer."""

    before: Memory
    after: Memory
    review_time: datetime
    lapsed: bool
    became_leech: bool

    @property
    def interval(self) -> timedelta:
        """Time until the card is due again (never negative)."""
        assert self.after.due is not None
        return max(self.after.due - self.review_time, timedelta(0))


class StudyScheduler:
    """FSRS over one deck's settings."""

    def __init__(
        self,
        settings: DeckSettings,
        *,
        exam_deadline: datetime | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        """`exam_deadline`: the UTC moment the exam day begins, if the deck has an exam date;
        `zone`: where study days are counted (default: the computer's time zone)."""
        self.settings = settings
        self.exam_deadline = None if exam_deadline is None else as_utc(exam_deadline)
        self.zone = zone if zone is not None else local_zone()
        kwargs: dict[str, Any] = {
            "desired_retention": settings.desired_retention,
            "learning_steps": tuple(timedelta(minutes=m) for m in settings.learning_steps),
            "relearning_steps": tuple(timedelta(minutes=m) for m in settings.relearning_steps),
            "maximum_interval": settings.maximum_interval,
        }
        if settings.parameters is not None:
            kwargs["parameters"] = settings.parameters
        self._fsrs = Scheduler(enable_fuzzing=settings.fuzz, **kwargs)
        # Previews show the plain interval; fuzz would make the buttons flicker.
        self._plain = Scheduler(enable_fuzzing=False, **kwargs)
        # The passing floors a preview found, for the answer that follows it: (memory, study
        # days since its last review) -> floors. They depend on nothing else.
        self._floors: dict[tuple[Memory, int], dict[Rating, int]] = {}

    def answer(self, memory: Memory, rating: Rating, now: datetime, *, card_id: int = 0) -> Outcome:
        """Schedule the card after an answer given at `now` (any aware time)."""
        return self._answer(self._fsrs, memory, rating, now, card_id)

    def preview(self, memory: Memory, now: datetime) -> dict[Rating, timedelta]:
        """The interval each button would give, without fuzz (as `answer` computes it)."""
        # Shown with every card: one fsrs card for the four ratings (review_card copies it).
        review_time = self._review_time(memory, now)
        card = self._to_fsrs(memory, 0, review_time)
        afters = {
            rating: self._plain.review_card(card, fsrs_rating, review_time)[0]
            for rating, fsrs_rating in _FSRS_RATINGS
        }
        floors = self._passing_floors(memory, afters, review_time)
        if memory.state == REVIEW and memory.last_review is not None:
            if len(self._floors) >= _FLOORS_KEPT:
                self._floors.clear()
            self._floors[(memory, self.elapsed_days(memory.last_review, review_time))] = floors
        out: dict[Rating, timedelta] = {}
        for rating, after in afters.items():
            due = self._due(after, review_time, floors.get(rating))
            out[rating] = max(due - review_time, timedelta(0))
        return out

    def retrievability(self, memory: Memory, now: datetime) -> float:
        """Probability the card is recalled at `now` (0 for a card never reviewed)."""
        if memory.state == NEW or memory.stability is None or memory.last_review is None:
            return 0.0
        moment = as_utc(now)
        card = self._to_fsrs(memory, 0, moment)
        return float(self._fsrs.get_card_retrievability(card, moment))

    def elapsed_days(self, last_review: datetime, now: datetime) -> int:
        """Study days from the last review to `now`: 0 the same day, 1 after the next rollover."""
        rollover = self.settings.rollover_hour
        days = study_day(now, self.zone, rollover) - study_day(last_review, self.zone, rollover)
        return max(days.days, 0)

    def _review_time(self, memory: Memory, now: datetime) -> datetime:
        review_time = as_utc(now)
        # A clock set back must not produce a review before the last one (negative elapsed time).
        if memory.last_review is not None and review_time < memory.last_review:
            review_time = memory.last_review
        return review_time

    def _answer(
        self, scheduler: Scheduler, memory: Memory, rating: Rating, now: datetime, card_id: int
    ) -> Outcome:
        review_time = self._review_time(memory, now)
        card = self._to_fsrs(memory, card_id, review_time)
        after_card, _log = scheduler.review_card(card, FsrsRating(int(rating)), review_time)
        floor: int | None = None
        if memory.state == REVIEW and rating != Rating.AGAIN:
            known = (
                None
                if memory.last_review is None
                else self._floors.get((memory, self.elapsed_days(memory.last_review, review_time)))
            )
            if known is None:
                afters: dict[Rating, FsrsCard] = {
                    r: self._plain.review_card(card, fsrs_rating, review_time)[0]
                    for r, fsrs_rating in _FSRS_RATINGS
                    if r != Rating.AGAIN
                }
                known = self._passing_floors(memory, afters, review_time)
            floor = known.get(rating)
        lapsed = memory.state == REVIEW and rating == Rating.AGAIN
        lapses = memory.lapses + (1 if lapsed else 0)
        after = Memory(
            state=int(after_card.state.value),
            step=after_card.step,
            stability=after_card.stability,
            difficulty=after_card.difficulty,
            due=self._due(after_card, review_time, floor),
            last_review=review_time,
            reps=memory.reps + 1,
            lapses=lapses,
        )
        threshold = self.settings.leech_threshold
        # Like Anki: a leech at the threshold, then again every half threshold.
        every = max(1, threshold // 2)
        leech = lapsed and lapses >= threshold and (lapses - threshold) % every == 0
        return Outcome(memory, after, review_time, lapsed, leech)

    def _due(self, after: FsrsCard, review_time: datetime, floor: int | None) -> datetime:
        """When the card answered at `review_time` is due: at least `floor` days later for a
        passed review card, and before the exam."""
        due = as_utc(after.due)
        if floor is not None:
            due = max(due, review_time + timedelta(days=floor))
        if after.state == State.Review:
            due = self._cap_for_exam(due, review_time)
        return due

    def _passing_floors(
        self, memory: Memory, afters: dict[Rating, FsrsCard], review_time: datetime
    ) -> dict[Rating, int]:
        """For a card in review, the fewest days Hard, Good and Easy may give (Anki's rule)."""
        if memory.state != REVIEW or memory.due is None or memory.last_review is None:
            return {}
        days: dict[Rating, int] = {
            rating: round((as_utc(after.due) - review_time) / timedelta(days=1))
            for rating, after in afters.items()
            if rating != Rating.AGAIN
        }
        scheduled = self.elapsed_days(memory.last_review, memory.due)
        return passing_floors(days, scheduled, self.settings.maximum_interval)

    def _to_fsrs(self, memory: Memory, card_id: int, review_time: datetime) -> FsrsCard:
        """The fsrs card for a review at `review_time`. fsrs counts whole 24-hour periods since
        the last review; it is given a last review exactly as many days back as study days
        passed, so it sees Anki's elapsed days."""
        if memory.state == NEW:
            return FsrsCard(card_id=card_id, state=State.Learning, step=0, due=memory.due)
        last = memory.last_review
        if last is not None:
            last = review_time - timedelta(days=self.elapsed_days(last, review_time))
        return FsrsCard(
            card_id=card_id,
            state=State(memory.state),
            step=memory.step,
            stability=memory.stability,
            difficulty=memory.difficulty,
            due=memory.due,
            last_review=last,
        )

    def _cap_for_exam(self, due: datetime, now: datetime) -> datetime:
        """Move a due date past the exam to the day before it (or the exam morning)."""
        deadline = self.exam_deadline
        if deadline is None or deadline <= now or due <= deadline:
            return due
        day_before = deadline - timedelta(days=1)
        return day_before if day_before > now else deadline


_FSRS_RATINGS = tuple((rating, FsrsRating(int(rating))) for rating in Rating)
_FLOORS_KEPT = 64
"""Previews whose floors are kept for their answers (a session shows one card at a time)."""


def forgotten(memory: Memory, now: datetime) -> Memory:
    """The state of a card reset to new ('forget'), keeping its lapse count."""
    return replace(Memory(), due=as_utc(now), lapses=memory.lapses, reps=memory.reps)


def passing_floors(days: dict[Rating, int], scheduled: int, maximum: int) -> dict[Rating, int]:
    """The fewest days Hard, Good and Easy may give a review card whose last interval was
    `scheduled` days, given the days fsrs proposes for each: Hard < Good < Easy, and an
    interval that grows does so by at least a day (as Anki's FSRS review states)."""

    def growing(proposed: int) -> int:
        # A rating whose interval grows may not fall back to the last one (Anki's rule).
        return scheduled + 1 if proposed > scheduled else 0

    top = max(maximum, 1)
    floors: dict[Rating, int] = {}
    below = 0
    for rating in (Rating.HARD, Rating.GOOD, Rating.EASY):
        if rating not in days:
            continue
        floor = min(max(growing(days[rating]), below + 1, 1), top)
        floors[rating] = floor
        below = min(max(days[rating], floor), top)
    return floors


def format_interval(span: timedelta) -> str:
    """A short interval for a button: 45s, 10m, 3h, 4d, 2.5mo, 1.2y."""
    seconds = max(span.total_seconds(), 0.0)
    if seconds < 60:
        return f"{round(seconds)}s"
    minutes = seconds / 60
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".rstrip("0").rstrip(".") + "mo"
    return f"{days / 365:.1f}".rstrip("0").rstrip(".") + "y"
