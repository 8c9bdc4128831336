"""Selecting a study session's cards with SQL: daily limits per deck, order, backlog, buries,
custom sessions. The in-memory order after that is `duiyi.study.queue.StudyQueue`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from db.models import Card, Deck, Review, SegmentPair, Tag, Term, TermOccurrence, TermTag
from db.ops.cards import settings_for_decks
from db.ops.study_rows import raw, stored_time
from db.results import DocumentId
from duiyi.kinds import TermStatus
from duiyi.study.days import day_start, study_day
from duiyi.study.queue import QueuedCard, StudyQueue, kind_of, remaining
from duiyi.study.scheduling import LEARNING, NEW, RELEARNING, REVIEW
from duiyi.study.settings import DeckSettings


@dataclass(frozen=True)
class CustomStudy:
    """A session outside the daily limits: one document's terms, a tag, today's failures, or
    reviews due in the next `ahead_days` days. Filters combine; `limit` caps the session."""

    document_id: DocumentId | None = None
    tag: str | None = None
    failed_today: bool = False
    ahead_days: int = 0
    limit: int = 100

    @property
    def is_empty(self) -> bool:
        """True when no filter is set."""
        return (
            self.document_id is None
            and self.tag is None
            and not self.failed_today
            and self.ahead_days <= 0
        )


@dataclass(frozen=True)
class DeckDay:
    """A deck's settings and the bounds of its current study day."""

    deck_id: int | None
    settings: DeckSettings
    today: date
    start: datetime
    end: datetime
    exam_deadline: datetime | None


def deck_days(
    session: Session, deck_ids: set[int | None], now: datetime, zone: tzinfo
) -> dict[int | None, DeckDay]:
    """Settings and today's bounds for each deck (None = terms without a deck)."""
    settings = settings_for_decks(session, deck_ids)
    exams: dict[int, date] = {}
    real = [d for d in deck_ids if d is not None]
    if real:
        for exam_deck, exam_day in session.execute(
            select(Deck.id, Deck.exam_date).where(Deck.id.in_(real), Deck.exam_date.is_not(None))
        ):
            if exam_day is not None:
                exams[int(exam_deck)] = exam_day
    out: dict[int | None, DeckDay] = {}
    for deck_id in deck_ids:
        s = settings[deck_id]
        today = study_day(now, zone, s.rollover_hour)
        exam = exams.get(deck_id) if deck_id is not None else None
        out[deck_id] = DeckDay(
            deck_id,
            s,
            today,
            day_start(today, zone, s.rollover_hour),
            day_start(today + timedelta(days=1), zone, s.rollover_hour),
            None if exam is None else day_start(exam, zone, s.rollover_hour),
        )
    return out


def _cards(*extra: ColumnElement[bool]) -> Any:
    return (
        select(Card.id, Card.term_id, Card.state, Card.due)
        .join(Term, Term.id == Card.term_id)
        .where(Term.status == TermStatus.ACCEPTED, Card.suspended.is_(False), *extra)
    )


def _queued(rows: Any, kind: str | None = None) -> list[QueuedCard]:
    return [QueuedCard(r[0], r[1], kind or kind_of(r[2]), r[3]) for r in rows]


# The state a review started from. Reviews are written with json.dumps, so the text starts
# with '{"state": N'; reading that digit is far cheaper than json_extract on every row.
STATE_BEFORE_SQL = (
    "coalesce(CASE WHEN substr(r.state_before, 1, 10) = '{\"state\": ' "
    "THEN CAST(substr(r.state_before, 11, 1) AS INTEGER) END, "
    "json_extract(r.state_before, '$.state'))"
)


def done_today(session: Session, since: datetime) -> dict[int | None, tuple[int, int]]:
    """(new cards, reviews) answered since `since` in each deck, for the daily limits."""
    # From today's reviews outwards (CROSS JOIN fixes the order): left to itself, SQLite
    # walked every term of the deck for its GROUP BY and looked up each card's reviews.
    rows = raw(session).execute(
        f"SELECT t.deck_id, count(DISTINCT CASE WHEN {STATE_BEFORE_SQL} = {NEW} "
        f"THEN r.card_id END), coalesce(sum({STATE_BEFORE_SQL} = {REVIEW}), 0) "
        "FROM reviews r INDEXED BY ix_reviews_reviewed_at "
        "CROSS JOIN cards c CROSS JOIN terms t "
        "WHERE c.id = r.card_id AND t.id = c.term_id AND r.reviewed_at >= ? GROUP BY t.deck_id",
        (stored_time(since),),
    )
    return {deck: (int(new), int(reviews)) for deck, new, reviews in rows}


_JOIN_TERMS = (
    " JOIN terms t ON t.id = c.term_id WHERE t.status = 'accepted' AND c.suspended = 0 AND "
)
# Reviews due: read from ix_cards_due_cover alone (it holds every column these queries use).
_SELECT = "SELECT c.id, c.term_id FROM cards c" + _JOIN_TERMS
_SELECT_LEARNING = "SELECT c.id, c.term_id, c.due FROM cards c" + _JOIN_TERMS
# New cards in document order: ix_cards_queue gives (due, id) order, so reading stops after
# the day's few; the covering index would sort every new card of the deck first.
_SELECT_NEW_IN_ORDER = "SELECT c.id, c.term_id FROM cards c INDEXED BY ix_cards_queue" + _JOIN_TERMS
_NOT_BURIED = " AND (c.buried_until IS NULL OR c.buried_until <= ?)"
# Lowest retrievability first: retrievability falls as elapsed time / stability grows.
_WEAKEST_FIRST = "(? - julianday(c.last_review)) / max(c.stability, 0.01) DESC"


def _julian_day(moment: datetime) -> float:
    """The Julian day number of a moment, as SQLite's julianday() gives it."""
    return moment.timestamp() / 86400.0 + 2440587.5


def _rows(conn: Any, kind: str, sql: str, params: tuple[Any, ...]) -> list[QueuedCard]:
    if kind != "learning":
        # Only learning cards need their due time in the queue; thousands of reviews do not.
        return [
            QueuedCard(card_id, term_id, kind, None)
            for card_id, term_id in conn.execute(sql, params)
        ]
    return [
        QueuedCard(card_id, term_id, kind, datetime.fromisoformat(due).replace(tzinfo=UTC))
        for card_id, term_id, due in conn.execute(sql, params)
    ]


def daily_cards(
    session: Session, day: DeckDay, now: datetime, done: tuple[int, int]
) -> tuple[list[QueuedCard], list[QueuedCard], list[QueuedCard]]:
    """(learning, reviews, new) for one deck today, within its daily limits.

    Plain SQL: at session start this reads thousands of rows, and building SQLAlchemy
    statements and rows would cost more than the queries.
    """
    conn = raw(session)
    deck_params: tuple[Any, ...] = ()
    if day.deck_id is None:
        deck = "t.deck_id IS NULL"
    else:
        deck, deck_params = "t.deck_id = ?", (day.deck_id,)
    s = day.settings
    end, start, today = stored_time(day.end), stored_time(day.start), day.today.isoformat()
    learning = _rows(
        conn,
        "learning",
        f"{_SELECT_LEARNING}{deck} AND c.state IN ({LEARNING}, {RELEARNING}) AND c.due < ? "
        "ORDER BY c.due",
        (*deck_params, end),
    )
    new_done, reviews_done = done
    review_room = remaining(s.reviews_per_day, reviews_done)
    due = f"{_SELECT}{deck} AND c.state = {REVIEW} AND c.due < ?{_NOT_BURIED}"
    weakest = f" ORDER BY {_WEAKEST_FIRST} LIMIT ?"
    now_text = _julian_day(now)
    if s.backlog_cap > 0:
        # Overdue cards (from before today) are capped, the most likely forgotten first.
        overdue = _rows(
            conn,
            "review",
            due + " AND c.due < ?" + weakest,
            (*deck_params, end, today, start, now_text, min(s.backlog_cap, review_room)),
        )
        due_today = _rows(
            conn,
            "review",
            due + " AND c.due >= ?" + weakest,
            (*deck_params, end, today, start, now_text, max(review_room - len(overdue), 0)),
        )
        reviews = [*overdue, *due_today]
    else:
        reviews = _rows(
            conn, "review", due + weakest, (*deck_params, end, today, now_text, review_room)
        )
    new_room = remaining(s.new_per_day, new_done)
    news: list[QueuedCard] = []
    if new_room:
        order_params: tuple[Any, ...] = ()
        select_new = _SELECT
        if s.new_order == "frequency":
            order = "t.frequency DESC, c.new_position, c.id"
        elif s.new_order == "random":
            # A fixed shuffle for the day: the same cards if the session is restarted.
            order, order_params = "(c.id * 1103515245 + ?) % 2147483647", (day.today.toordinal(),)
        else:
            # Document order. New cards are made in batches in document order with the time
            # they were made as their due time (forgotten cards get theirs then), so (due, id)
            # follows new_position and can be read straight from the queue index.
            order, select_new = "c.due, c.id", _SELECT_NEW_IN_ORDER
        # With burying, a term's other directions are skipped: read enough to fill the room.
        room = new_room * 4 if s.bury_other_direction else new_room
        news = _rows(
            conn,
            "new",
            f"{select_new}{deck} AND c.state = {NEW}{_NOT_BURIED} ORDER BY {order} LIMIT ?",
            (*deck_params, today, *order_params, room),
        )
    if s.bury_other_direction:
        news = _one_per_term(news, {c.term_id for c in [*learning, *reviews]})[:new_room]
    return learning, reviews, news


def _one_per_term(cards: list[QueuedCard], taken: set[int]) -> list[QueuedCard]:
    """Keep the first card of each term not already in the session (bury siblings)."""
    out: list[QueuedCard] = []
    seen = set(taken)
    for card in cards:
        if card.term_id not in seen:
            out.append(card)
            seen.add(card.term_id)
    return out


def custom_cards(
    session: Session, custom: CustomStudy, deck_id: int | None, day: DeckDay
) -> list[QueuedCard]:
    """The cards of a custom session, learning and reviews first, then new, by due time."""
    filters: list[ColumnElement[bool]] = []
    if deck_id is not None:
        filters.append(Term.deck_id == deck_id)
    if custom.document_id is not None:
        in_document = (
            select(TermOccurrence.term_id)
            .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
            .where(SegmentPair.document_id == custom.document_id)
        )
        filters.append(or_(Term.document_id == custom.document_id, Term.id.in_(in_document)))
    if custom.tag is not None:
        tagged = (
            select(TermTag.term_id)
            .join(Tag, Tag.id == TermTag.tag_id)
            .where(Tag.name == custom.tag)
        )
        filters.append(Term.id.in_(tagged))
    if custom.failed_today:
        failed = select(Review.card_id).where(Review.reviewed_at >= day.start, Review.rating == 1)
        filters.append(Card.id.in_(failed))
    if custom.ahead_days > 0:
        filters.append(
            and_(
                Card.state != NEW,
                Card.due < day.end + timedelta(days=custom.ahead_days),
            )
        )
    query = _cards(*filters).order_by((Card.state == NEW).asc(), Card.due, Card.new_position)
    return _queued(session.execute(query.limit(max(custom.limit, 0))))


def _decks_with_terms(session: Session) -> set[int | None]:
    """The decks holding accepted terms (None: terms without a deck), one lookup per deck
    rather than a pass over every term."""
    conn = raw(session)
    decks: set[int | None] = {
        int(r[0])
        for r in conn.execute(
            "SELECT d.id FROM decks d WHERE EXISTS (SELECT 1 FROM terms t "
            "WHERE t.status = 'accepted' AND t.deck_id = d.id)"
        )
    }
    loose = conn.execute(
        "SELECT 1 FROM terms WHERE status = 'accepted' AND deck_id IS NULL LIMIT 1"
    ).fetchone()
    if loose is not None:
        decks.add(None)
    return decks


def build_queue(
    session: Session,
    *,
    deck_id: int | None,
    all_decks: bool,
    custom: CustomStudy | None,
    now: datetime,
    zone: tzinfo,
    limit: int | None,
) -> tuple[StudyQueue, dict[int | None, DeckDay]]:
    """The session's queue and the study days of the decks in it."""
    if all_decks:
        decks = _decks_with_terms(session)
        if not decks:
            decks.add(None)
    else:
        decks = {deck_id}
    days = deck_days(session, decks, now, zone)
    if custom is not None and not custom.is_empty:
        day = days[deck_id] if deck_id in days else next(iter(days.values()))
        cards = custom_cards(session, custom, None if all_decks else deck_id, day)
        learning = [c for c in cards if c.kind == "learning" and c.due is not None and c.due <= now]
        rest = [c for c in cards if c not in learning]
        return StudyQueue.build(learning=learning, reviews=rest, news=[], limit=limit), days
    all_learning: list[QueuedCard] = []
    all_reviews: list[QueuedCard] = []
    all_news: list[QueuedCard] = []
    done: dict[int | None, tuple[int, int]] = {}
    for start in sorted({day.start for day in days.values()}):
        # Usually one query for all decks; decks with another rollover hour get their own.
        counts = done_today(session, start)
        for deck_id, day in days.items():
            if day.start == start:
                done[deck_id] = counts.get(deck_id, (0, 0))
    for deck_id, day in days.items():
        learning, reviews, news = daily_cards(session, day, now, done[deck_id])
        all_learning += learning
        all_reviews += reviews
        all_news += news
    queue = StudyQueue.build(learning=all_learning, reviews=all_reviews, news=all_news, limit=limit)
    return queue, days
