"""Gathering study statistics with SQL aggregates (fast on a million reviews)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import Session

from db.models import Card, Rendering, Review, Setting, Term
from db.ops.study_queue import STATE_BEFORE_SQL
from db.ops.study_rows import raw, stored_time
from duiyi.study.days import day_start, study_day
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
"""Per-day figures and the heatmap cover the last year; true retention all history."""

CACHE_VERSION = 1


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


@dataclass
class History:
    """Reviews per study day ('YYYY-MM-DD': [count, milliseconds]) and retention counts per
    day and interval range ('YYYY-MM-DD|bucket': [reviews, passed])."""

    days: dict[str, list[int]] = field(default_factory=dict)
    retention: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: History) -> None:
        """Fold another history into this one."""
        for mine, theirs in ((self.days, other.days), (self.retention, other.retention)):
            for key, (a, b) in theirs.items():
                entry = mine.setdefault(key, [0, 0])
                entry[0] += a
                entry[1] += b

    def before(self, day: str) -> History:
        """Only the days before `day`."""
        return History(
            {d: v for d, v in self.days.items() if d < day},
            {k: v for k, v in self.retention.items() if k.split("|", 1)[0] < day},
        )

    def retention_by_bucket(self) -> dict[int, tuple[int, int]]:
        """Retention counts summed over days: {bucket: (reviews, passed)}."""
        out: dict[int, list[int]] = {}
        for key, (n, passed) in self.retention.items():
            entry = out.setdefault(int(key.split("|", 1)[1]), [0, 0])
            entry[0] += n
            entry[1] += passed
        return {b: (n, p) for b, (n, p) in out.items()}


def _deck_cards(deck_id: int | None, all_decks: bool) -> tuple[str, tuple[Any, ...]]:
    """A SQL condition on `r.card_id` for the deck, with its parameters."""
    if all_decks:
        return "", ()
    join = " AND r.card_id IN (SELECT c.id FROM cards c JOIN terms t ON t.id = c.term_id "
    if deck_id is None:
        return join + "WHERE t.deck_id IS NULL)", ()
    return join + "WHERE t.deck_id = ?)", (deck_id,)


def _aggregate(
    session: Session,
    *,
    shift: int,
    deck: tuple[str, tuple[Any, ...]],
    where: str,
    params: tuple[Any, ...],
) -> History:
    """Per-day counts and per-day retention of the reviews matching `where`, grouped in SQL."""
    high = [h for _label, _low, h in RETENTION_RANGES if h is not None]
    elapsed = "julianday(r.reviewed_at) - julianday(json_extract(r.state_before, '$.last_review'))"
    bucket = (
        "CASE "
        + " ".join(f"WHEN e < {h} THEN {i}" for i, h in enumerate(high))
        + f" ELSE {len(high)} END"
    )
    sql = (
        f"SELECT day, CASE WHEN st = {REVIEW} THEN {bucket} END, count(*), "
        "coalesce(sum(duration_ms), 0), coalesce(sum(rating > 1), 0) FROM ("
        f"SELECT date(r.reviewed_at, '{shift:+d} minutes') AS day, {STATE_BEFORE_SQL} AS st, "
        f"CASE WHEN {STATE_BEFORE_SQL} = {REVIEW} THEN {elapsed} END AS e, "
        f"r.duration_ms AS duration_ms, r.rating AS rating FROM reviews r WHERE {where}{deck[0]}"
        ") GROUP BY 1, 2"
    )
    history = History()
    for day, bucket_index, count, ms, passed in raw(session).execute(sql, (*params, *deck[1])):
        if day is None:
            continue
        entry = history.days.setdefault(day, [0, 0])
        entry[0] += int(count)
        entry[1] += int(ms)
        if bucket_index is not None:
            history.retention[f"{day}|{int(bucket_index)}"] = [int(count), int(passed)]
    return history


def review_history(
    session: Session,
    *,
    deck_id: int | None,
    all_decks: bool,
    shift: int,
    today_start: datetime,
) -> History:
    """Reviews per day and retention over all history, fast on a million reviews.

    Days before today are kept in a cache (a Setting row, refreshed in the caller's
    transaction): it covers the reviews with id <= w made before x, and knows how many there
    were (n, for the whole collection). When that count changes (reviews deleted with a term,
    an old day undone) the cache is rebuilt; otherwise only newer rows are read.
    """
    conn = raw(session)
    key = f"study_stats:{'all' if all_decks else deck_id}:{shift}"
    row = session.get(Setting, key)
    cache: dict[str, Any] = dict(row.value) if row is not None else {}
    deck = _deck_cards(deck_id, all_decks)
    valid = cache.get("v") == CACHE_VERSION
    if valid:
        covered = conn.execute(
            "SELECT (SELECT count(*) FROM reviews WHERE id <= ?) - "
            "(SELECT count(*) FROM reviews WHERE id <= ? AND reviewed_at >= ?)",
            (cache["w"], cache["w"], cache["x"]),
        ).fetchone()[0]
        valid = int(covered) == int(cache["n"])
    top = int(conn.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0])
    boundary = stored_time(today_start)
    history = History()
    if valid:
        history.add(History(cache["days"], cache["retention"]))
        history.add(
            _aggregate(
                session,
                shift=shift,
                deck=deck,
                where="(r.id > ? OR r.reviewed_at >= ?)",
                params=(cache["w"], cache["x"]),
            )
        )
        newly = conn.execute(
            "SELECT count(*) FROM reviews WHERE (id > ? OR reviewed_at >= ?) "
            "AND id <= ? AND reviewed_at < ?",
            (cache["w"], cache["x"], top, boundary),
        ).fetchone()[0]
        covered_now = int(cache["n"]) + int(newly)
    else:
        history = _aggregate(session, shift=shift, deck=deck, where="1", params=())
        covered_now = int(
            conn.execute(
                "SELECT (SELECT count(*) FROM reviews WHERE id <= ?) - "
                "(SELECT count(*) FROM reviews WHERE id <= ? AND reviewed_at >= ?)",
                (top, top, boundary),
            ).fetchone()[0]
        )
    today_text = (today_start + timedelta(minutes=shift)).date().isoformat()
    settled = history.before(today_text)
    fresh = {
        "v": CACHE_VERSION,
        "w": top,
        "x": boundary,
        "n": covered_now,
        "days": settled.days,
        "retention": settled.retention,
    }
    if fresh != cache:
        if row is None:
            session.add(Setting(key=key, value=fresh))
        else:
            row.value = fresh
    return history


def collect_stats(
    session: Session,
    *,
    deck_id: int | None,
    all_decks: bool,
    now: datetime,
    zone: tzinfo,
    rollover_hour: int,
) -> Stats:
    """All the figures of the statistics screen (the caller commits the refreshed cache)."""
    shift = _shift_minutes(now, zone, rollover_hour)
    today = study_day(now, zone, rollover_hour)
    cards = _cards_in(deck_id, all_decks)
    history = review_history(
        session,
        deck_id=deck_id,
        all_decks=all_decks,
        shift=shift,
        today_start=day_start(today, zone, rollover_hour),
    )
    since = (today - timedelta(days=HISTORY_DAYS)).isoformat()
    per_day = tuple(
        DayFigure(date.fromisoformat(d), n, ms / 1000)
        for d, (n, ms) in sorted(history.days.items())
        if d >= since and n
    )
    total = sum(n for n, _ms in history.days.values())
    by_day = {f.day: f for f in per_day}
    today_figure = by_day.get(today, DayFigure(today, 0, 0.0))
    retention = retention_table(history.retention_by_bucket())

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
