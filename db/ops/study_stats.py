"""Gathering study statistics with SQL aggregates (fast on a million reviews)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Card, Rendering, Review, Setting, Term
from db.ops.study_rows import raw, stored_time
from duiyi.study.days import day_start, study_day
from duiyi.study.optimizer import LogRow
from duiyi.study.scheduling import STATE_NAMES
from duiyi.study.stats import (
    RETENTION_RANGES,
    DayFigure,
    HardTerm,
    Stats,
    forecast_days,
    range_index,
    retention_table,
    streak,
)

HISTORY_DAYS = 365
"""Per-day figures and the heatmap cover the last year; true retention all history."""

CACHE_VERSION = 3

_STORED = "%Y-%m-%d %H:%M:%S.%f"
"""The models' stored time format (naive UTC)."""


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
    """Reviews per study day ('YYYY-MM-DD': [count, milliseconds]) over the last
    HISTORY_DAYS days, and true retention counts per interval range over all history
    ({range index: [reviews, passed]})."""

    days: dict[str, list[int]] = field(default_factory=dict)
    buckets: dict[int, list[int]] = field(default_factory=dict)

    def retention_by_bucket(self) -> dict[int, tuple[int, int]]:
        """Retention counts: {range index: (reviews, passed)}."""
        return {b: (n, p) for b, (n, p) in self.buckets.items()}


def _deck_cards(deck_id: int | None, all_decks: bool) -> tuple[str, tuple[Any, ...]]:
    """A SQL condition on `r.card_id` for the deck, with its parameters."""
    if all_decks:
        return "", ()
    join = " AND r.card_id IN (SELECT c.id FROM cards c JOIN terms t ON t.id = c.term_id "
    if deck_id is None:
        return join + "WHERE t.deck_id IS NULL)", ()
    return join + "WHERE t.deck_id = ?)", (deck_id,)


# The range of an elapsed time, read from a string indexed by whole days (one evaluation of
# the elapsed days per review; a CASE over it would compute it once per branch).
_RANGE_OF_DAY = "".join(str(range_index(day)) for day in range(367))
assert len(RETENTION_RANGES) <= 10, "one digit per range"
_RANGE_SQL = f"CAST(substr('{_RANGE_OF_DAY}', min(r.elapsed_days, 366) + 1, 1) AS INTEGER)"
"""The retention range of a review (its elapsed_days is stored with it, for answers given
in the review state; NULL otherwise)."""


def _aggregate(
    session: Session,
    *,
    shift: int,
    deck: tuple[str, tuple[Any, ...]],
    where: str,
    params: tuple[Any, ...],
) -> tuple[History, dict[str, dict[int, list[int]]]]:
    """Per-day counts, and per-day retention counts by range, of the (few) reviews matching
    `where`, grouped in SQL."""
    sql = (
        "SELECT day, b, count(*), coalesce(sum(duration_ms), 0), coalesce(sum(ok), 0) FROM ("
        f"SELECT date(r.reviewed_at, '{shift:+d} minutes') AS day, "
        f"CASE WHEN r.elapsed_days IS NOT NULL THEN {_RANGE_SQL} END AS b, "
        "r.duration_ms AS duration_ms, r.rating > 1 AS ok "
        f"FROM reviews r WHERE {where}{deck[0]} LIMIT -1) GROUP BY 1, 2"
    )
    history = History()
    retention: dict[str, dict[int, list[int]]] = {}
    for day, bucket, count, ms, passed in raw(session).execute(sql, (*params, *deck[1])):
        if day is None:
            continue
        entry = history.days.setdefault(day, [0, 0])
        entry[0] += int(count)
        entry[1] += int(ms)
        if bucket is not None:
            retention.setdefault(day, {})[int(bucket)] = [int(count), int(passed)]
    return history, retention


def _settled_days(
    session: Session, *, first: date, last: date, shift: int, deck: tuple[str, tuple[Any, ...]]
) -> dict[str, list[int]]:
    """Reviews and milliseconds of each study day from `first` to `last` (inclusive): one
    range query per day over the reviewed_at index, so no sort of a million rows."""
    conn = raw(session)
    sql = (
        "SELECT count(*), coalesce(sum(r.duration_ms), 0) FROM reviews r "
        f"WHERE r.reviewed_at >= ? AND r.reviewed_at < ?{deck[0]}"
    )
    days: dict[str, list[int]] = {}
    day = first
    start = datetime(first.year, first.month, first.day) - timedelta(minutes=shift)
    while day <= last:
        end = start + timedelta(days=1)
        count, ms = conn.execute(
            sql, (start.strftime(_STORED), end.strftime(_STORED), *deck[1])
        ).fetchone()
        if count:
            days[day.isoformat()] = [int(count), int(ms)]
        day += timedelta(days=1)
        start = end
    return days


def _settled_retention(
    session: Session, *, before: str, deck: tuple[str, tuple[Any, ...]]
) -> dict[int, list[int]]:
    """True retention counts by interval range of every review before `before`.

    Grouped by elapsed days in SQL (a few hundred groups) and mapped to ranges here; the
    retention index holds every column read, so this reads no review row.
    """
    # '+': the time only filters (nearly every review is older than today); as an index
    # constraint it makes SQLite skip-scan every (days, rating) pair.
    sql = (
        "SELECT r.elapsed_days, r.rating, count(*) FROM reviews r "
        "INDEXED BY ix_reviews_retention "
        f"WHERE r.elapsed_days IS NOT NULL AND +r.reviewed_at < ?{deck[0]} "
        "GROUP BY r.elapsed_days, r.rating"
    )
    out: dict[int, list[int]] = {}
    for days, rating, n in raw(session).execute(sql, (before, *deck[1])):
        entry = out.setdefault(range_index(min(int(days), 366)), [0, 0])
        entry[0] += int(n)
        entry[1] += int(n) if int(rating) > 1 else 0
    return out


def _counted_before(conn: Any, *, top: int, before: str) -> int:
    """How many reviews with id <= top were made before `before`: those made before it, from
    the time index, less the few added since `top` (a lookup by id)."""
    made, added = conn.execute(
        "SELECT (SELECT count(*) FROM reviews WHERE reviewed_at < ?), "
        "(SELECT count(*) FROM reviews WHERE id > ? AND +reviewed_at < ?)",
        (before, top, before),
    ).fetchone()
    return int(made) - int(added)


def review_history(
    session: Session,
    *,
    deck_id: int | None,
    all_decks: bool,
    shift: int,
    today_start: datetime,
) -> History:
    """Reviews per day (last HISTORY_DAYS days) and true retention (all history), fast on a
    million reviews.

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
        covered = _counted_before(conn, top=int(cache["w"]), before=str(cache["x"]))
        valid = covered == int(cache["n"])
    top = int(conn.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0])
    boundary = stored_time(today_start)
    today = (today_start + timedelta(minutes=shift)).date()
    today_text = today.isoformat()
    since = (today - timedelta(days=HISTORY_DAYS)).isoformat()
    if valid:
        days: dict[str, list[int]] = {d: list(v) for d, v in cache["days"].items()}
        buckets = {int(b): list(v) for b, v in cache["retention"].items()}
        live, live_retention = _aggregate(
            session,
            shift=shift,
            deck=deck,
            where="(r.id > ? OR r.reviewed_at >= ?)",
            params=(cache["w"], cache["x"]),
        )
        newly = conn.execute(
            "SELECT count(*) FROM reviews WHERE (id > ? OR reviewed_at >= ?) "
            "AND id <= ? AND reviewed_at < ?",
            (cache["w"], cache["x"], top, boundary),
        ).fetchone()[0]
        covered_now = int(cache["n"]) + int(newly)
    else:
        # First statistics (or history changed): past days and retention straight from SQL.
        days = _settled_days(
            session,
            first=today - timedelta(days=HISTORY_DAYS),
            last=today - timedelta(days=1),
            shift=shift,
            deck=deck,
        )
        buckets = _settled_retention(session, before=boundary, deck=deck)
        live, live_retention = _aggregate(
            session, shift=shift, deck=deck, where="r.reviewed_at >= ?", params=(boundary,)
        )
        covered_now = _counted_before(conn, top=top, before=boundary)
    # Newer rows of days now past join the settled figures; today's stay live.
    current: dict[str, list[int]] = {}
    for day, (n, ms) in live.days.items():
        target = days if day < today_text else current
        entry = target.setdefault(day, [0, 0])
        entry[0] += n
        entry[1] += ms
    current_buckets: dict[int, list[int]] = {}
    for day, by_range in live_retention.items():
        target_buckets = buckets if day < today_text else current_buckets
        for b, (n, passed) in by_range.items():
            entry = target_buckets.setdefault(b, [0, 0])
            entry[0] += n
            entry[1] += passed
    days = {d: v for d, v in days.items() if d >= since}
    fresh = {
        "v": CACHE_VERSION,
        "w": top,
        "x": boundary,
        "n": covered_now,
        # Copies: today's live figures are added to `days` and `buckets` below.
        "days": {d: list(v) for d, v in days.items()},
        "retention": {str(b): list(v) for b, v in sorted(buckets.items())},
    }
    if fresh != cache:
        if row is None:
            session.add(Setting(key=key, value=fresh))
        else:
            row.value = fresh
    for day, (n, ms) in current.items():
        entry = days.setdefault(day, [0, 0])
        entry[0] += n
        entry[1] += ms
    for b, (n, passed) in current_buckets.items():
        entry = buckets.setdefault(b, [0, 0])
        entry[0] += n
        entry[1] += passed
    return History(days, buckets)


FORECAST_DAYS = 30


def _deck_terms(deck_id: int | None, all_decks: bool) -> tuple[str, tuple[Any, ...]]:
    """A SQL condition on `c.term_id` for the deck, with its parameters."""
    if all_decks:
        return "", ()
    if deck_id is None:
        return " AND c.term_id IN (SELECT id FROM terms WHERE deck_id IS NULL)", ()
    return " AND c.term_id IN (SELECT id FROM terms WHERE deck_id = ?)", (deck_id,)


def _due_by_day(
    conn: Any,
    *,
    deck: tuple[str, tuple[Any, ...]],
    today: date,
    zone: tzinfo,
    rollover_hour: int,
) -> dict[date, int]:
    """Cards due on each of the next FORECAST_DAYS study days (today's with the overdue).

    One count per day over the due index (cards in order of due time), rather than grouping
    a hundred thousand due times in a temporary table.
    """
    sql = (
        "SELECT count(*) FROM cards c WHERE c.suspended = 0 AND c.state IN (1, 2, 3) "
        f"AND c.due >= ? AND c.due < ?{deck[0]}"
    )
    out: dict[date, int] = {}
    start = ""  # today's count takes every overdue card too
    for offset in range(FORECAST_DAYS):
        day = today + timedelta(days=offset)
        end = stored_time(day_start(day + timedelta(days=1), zone, rollover_hour))
        (count,) = conn.execute(sql, (start, end, *deck[1])).fetchone()
        if count:
            out[day] = int(count)
        start = end
    return out


def _hardest_cards(conn: Any, *, deck: tuple[str, tuple[Any, ...]]) -> list[Any]:
    """(term id, Chinese, lapses, difficulty) of the 20 cards lapsed most (then hardest)."""
    # The term's Chinese is looked up for the 20 only, not joined before the sort.
    return list(
        conn.execute(
            "SELECT c.term_id, (SELECT t.chinese FROM terms t WHERE t.id = c.term_id), "
            f"c.lapses, c.difficulty FROM cards c WHERE c.lapses > 0{deck[0]} "
            "ORDER BY c.lapses DESC, c.difficulty DESC LIMIT 20",
            deck[1],
        )
    )


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
    deck = _deck_cards(deck_id, all_decks)
    total = int(
        raw(session)
        .execute(f"SELECT count(*) FROM reviews r WHERE 1{deck[0]}", deck[1])
        .fetchone()[0]
    )
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

    forecast = forecast_days(
        _due_by_day(
            raw(session),
            deck=_deck_terms(deck_id, all_decks),
            today=today,
            zone=zone,
            rollover_hour=rollover_hour,
        ),
        today,
    )
    hard_rows = _hardest_cards(raw(session), deck=_deck_terms(deck_id, all_decks))
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
