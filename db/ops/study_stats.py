"""Gathering study statistics with SQL aggregates (fast on a million reviews)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from db.models import Card, Rendering, Review, Term
from duiyi.study.days import study_day
from duiyi.study.optimizer import LogRow
from duiyi.study.scheduling import REVIEW, STATE_NAMES
from duiyi.study.stats import (
    RETENTION_RANGES,
    DayFigure,
    HardTerm,
    Stats,
    forecast_days,
    retention_table,
    streak,
)

HISTORY_DAYS = 365
"""Per-day figures, heatmap and true retention cover the last year."""


def _day_of(column: Any, shift_minutes: int) -> ColumnElement[str]:
    """The study day of a stored UTC time, as 'YYYY-MM-DD' (time zone offset and rollover)."""
    return func.date(column, literal(f"{shift_minutes:+d} minutes"))


def _shift_minutes(now: datetime, zone: tzinfo, rollover_hour: int) -> int:
    # The zone's offset now; days across a DST change may be off by an hour at the edge.
    offset = now.astimezone(zone).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60) - rollover_hour * 60


def _cards_in(deck_id: int | None, all_decks: bool) -> Any:
    """A subquery of the card ids in the deck, or None for all cards."""
    if all_decks:
        return None
    deck = Term.deck_id.is_(None) if deck_id is None else Term.deck_id == deck_id
    return select(Card.id).join(Term, Term.id == Card.term_id).where(deck)


def collect_stats(
    session: Session,
    *,
    deck_id: int | None,
    all_decks: bool,
    now: datetime,
    zone: tzinfo,
    rollover_hour: int,
) -> Stats:
    """All the figures of the statistics screen."""
    shift = _shift_minutes(now, zone, rollover_hour)
    today = study_day(now, zone, rollover_hour)
    cards = _cards_in(deck_id, all_decks)
    since = now - timedelta(days=HISTORY_DAYS + 1)

    def reviews_where(query: Any) -> Any:
        return query if cards is None else query.where(Review.card_id.in_(cards))

    total = int(session.scalar(reviews_where(select(func.count(Review.id)))) or 0)

    day = _day_of(Review.reviewed_at, shift)
    per_day_rows = session.execute(
        reviews_where(
            select(day, func.count(Review.id), func.sum(Review.duration_ms))
            .where(Review.reviewed_at >= since)
            .group_by(day)
            .order_by(day)
        )
    ).all()
    per_day = tuple(
        DayFigure(date.fromisoformat(d), int(n), float(ms or 0) / 1000)
        for d, n, ms in per_day_rows
        if d is not None
    )
    by_day = {f.day: f for f in per_day}
    today_figure = by_day.get(today, DayFigure(today, 0, 0.0))

    last = func.json_extract(Review.state_before, "$.last_review")
    elapsed = func.julianday(Review.reviewed_at) - func.julianday(last)
    bucket = case(
        *[
            (elapsed < high, index)
            for index, (_label, _low, high) in enumerate(RETENTION_RANGES)
            if high is not None
        ],
        else_=len(RETENTION_RANGES) - 1,
    )
    retention_rows = session.execute(
        reviews_where(
            select(bucket, func.count(Review.id), func.count(Review.id).filter(Review.rating > 1))
            .where(
                Review.reviewed_at >= since,
                func.json_extract(Review.state_before, "$.state") == REVIEW,
            )
            .group_by(bucket)
        )
    ).all()
    retention = retention_table({int(b): (int(n), int(p)) for b, n, p in retention_rows})

    def cards_where(query: Any) -> Any:
        return query if cards is None else query.where(Card.id.in_(cards))

    states: dict[str, int] = {name: 0 for name in STATE_NAMES.values()}
    states["suspended"] = 0
    for state, suspended, count in session.execute(
        cards_where(
            select(Card.state, Card.suspended, func.count(Card.id)).group_by(
                Card.state, Card.suspended
            )
        )
    ):
        if suspended:
            states["suspended"] += int(count)
        else:
            name = STATE_NAMES.get(int(state), "new")
            states[name] += int(count)

    horizon = now + timedelta(days=31)
    due_day = _day_of(Card.due, shift)
    due_rows = session.execute(
        cards_where(
            select(due_day, func.count(Card.id))
            .where(Card.suspended.is_(False), Card.state.in_((1, 2, 3)), Card.due < horizon)
            .group_by(due_day)
        )
    ).all()
    forecast = forecast_days({date.fromisoformat(d): int(n) for d, n in due_rows if d}, today)

    hard_rows = session.execute(
        cards_where(
            select(Card.term_id, Term.chinese, Card.lapses, Card.difficulty)
            .join(Term, Term.id == Card.term_id)
            .where(Card.lapses > 0)
            .order_by(Card.lapses.desc(), Card.difficulty.desc())
            .limit(20)
        )
    ).all()
    hardest: list[HardTerm] = []
    seen: set[int] = set()
    for term_id, chinese, lapses, difficulty in hard_rows:
        if term_id in seen:
            continue
        seen.add(term_id)
        english = session.scalar(
            select(Rendering.english)
            .where(Rendering.term_id == term_id)
            .order_by((Rendering.status == "preferred").desc(), Rendering.position)
            .limit(1)
        )
        hardest.append(HardTerm(term_id, chinese, english or "", int(lapses), difficulty))
        if len(hardest) == 10:
            break

    return Stats(
        reviews=total,
        today=today_figure,
        per_day=per_day,
        forecast=forecast,
        retention=retention,
        states=states,
        streak=streak(by_day, today),
        hardest=tuple(hardest),
    )


def review_logs(session: Session, *, deck_id: int | None, all_decks: bool) -> list[LogRow]:
    """Every review as (card, rating, time, duration), oldest first, for the optimizer."""
    cards = _cards_in(deck_id, all_decks)
    query = select(Review.card_id, Review.rating, Review.reviewed_at, Review.duration_ms)
    if cards is not None:
        query = query.where(Review.card_id.in_(cards))
    return [
        (int(c), int(r), t, int(d or 0))
        for c, r, t, d in session.execute(query.order_by(Review.reviewed_at, Review.id))
    ]
