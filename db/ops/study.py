"""`col.study`: the review session, answers, card actions (suspend, bury, forget, reschedule),
statistics and the optimizer (a deck's study settings are `col.decks.settings`).

Every answer is one committed transaction with its review row, so a crash loses at most the
card on screen; undo (`Collection.undo`) restores the card and removes the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.models import (
    Card,
    Deck,
    Rendering,
    Tag,
    Term,
    TermTag,
    utcnow,
)
from db.ops.card_history import CardRecords
from db.ops.cards import settings_for_decks
from db.ops.study_queue import CustomStudy, DeckDay, build_queue, deck_days
from db.ops.study_rows import (
    CardRow,
    bury_siblings,
    load_card,
    load_context,
    load_renderings,
    load_tags,
    raw,
    write_answer,
)
from db.ops.study_stats import collect_stats, review_logs
from db.ops.study_views import AnswerResult, CardView, IntervalChoice, QueueCounts, SessionInfo
from db.results import CardId, Changes, DeckId, DocumentId, OpResult, PairId, ReviewId, TermId
from db.undo import Reversal
from duiyi.counts import counted
from duiyi.errors import InvalidInput, NotFound
from duiyi.kinds import CardDirection, TermStatus
from duiyi.study.days import as_utc, local_zone
from duiyi.study.face import card_sides
from duiyi.study.optimizer import MIN_REVIEWS, optimal_parameters
from duiyi.study.queue import QueuedCard, StudyQueue, after_answer, kind_of
from duiyi.study.scheduling import (
    STATE_NAMES,
    Memory,
    Rating,
    StudyScheduler,
    forgotten,
)
from duiyi.study.stats import Stats
from duiyi.study.typed import Rendering as Answer
from duiyi.study.typed import TypedResult, check_chinese, check_english

if TYPE_CHECKING:
    from db.collection import Collection

LEECH_TAG = "leech"

DeckRef = DeckId | str | None


@dataclass
class _Runtime:
    """The session in progress: its queue, the decks' days and what was answered."""

    zone: tzinfo
    queue: StudyQueue | None = None
    deck_id: int | None = None
    all_decks: bool = True
    custom: CustomStudy | None = None
    days: dict[int | None, DeckDay] = field(default_factory=dict)
    schedulers: dict[int | None, StudyScheduler] = field(default_factory=dict)
    history: list[tuple[QueuedCard, int]] = field(default_factory=list)
    """(card as queued before the answer, review id) of each answer, newest last: an undo
    that takes the answer back puts the card in front again."""
    undone: dict[int, QueuedCard] = field(default_factory=dict)
    """The cards of answers an undo took back, by review id: a redo answers them again."""
    current: dict[int, QueuedCard] = field(default_factory=dict)
    seen: datetime | None = None
    """The last moment the session was asked about: undo and unsuspending judge by it."""
    set_aside: dict[int, tuple[QueuedCard, bool]] = field(default_factory=dict)
    """Cards taken out of the session (suspended, buried, deleted) and whether they waited
    among learning cards: they come back where they waited when that is undone."""


def _memory(row: Any) -> Memory:
    return Memory(
        state=row.state,
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
        reps=row.reps,
        lapses=row.lapses,
    )


class Study(CardRecords):
    """`col.study`: the study session (its queue lives here, in memory), answers, actions on
    cards (suspend, bury, forget, reschedule), statistics and the optimizer."""

    def __init__(self, col: Collection) -> None:
        super().__init__(col)
        self._study: _Runtime | None = None

    # -- session -------------------------------------------------------------------------

    def _runtime(self) -> _Runtime:
        if self._study is None:
            self._study = _Runtime(zone=local_zone())
        return self._study

    @property
    def zone(self) -> tzinfo:
        """The time zone study days are counted in."""
        return self._runtime().zone

    def settings_changed(self) -> None:
        """Told when a deck's settings or exam date change: study days and schedulers are
        worked out anew."""
        runtime = self._runtime()
        runtime.days.clear()
        runtime.schedulers.clear()

    def set_time_zone(self, *, zone: tzinfo) -> None:
        """Count study days in this time zone from now on (default: the computer's)."""
        runtime = self._runtime()
        runtime.zone = zone
        runtime.queue = None
        runtime.schedulers.clear()

    def _deck_id(self, deck: DeckRef) -> int | None:
        if deck is None:
            return None
        if isinstance(deck, str):
            found = self.col.decks.by_name(name=deck)
            if found is None:
                raise NotFound(f"There is no deck named '{deck}'.")
            return int(found.id)
        with self._read() as session:
            if session.get(Deck, int(deck)) is None:
                raise NotFound(f"There is no deck with id {int(deck)}.")
        return int(deck)

    def start(
        self,
        *,
        deck: DeckRef = None,
        custom: CustomStudy | None = None,
        limit: int | None = None,
        now: datetime | None = None,
    ) -> SessionInfo:
        """Start a study session: today's cards of one deck (or all), or a custom selection."""
        if limit is not None and limit < 0:
            raise InvalidInput("The session limit cannot be negative.")
        moment = as_utc(now or utcnow())
        deck_id = self._deck_id(deck)
        runtime = self._runtime()
        with self._read() as session:
            queue, days = build_queue(
                session,
                deck_id=deck_id,
                all_decks=deck is None,
                custom=custom,
                now=moment,
                zone=runtime.zone,
                limit=limit,
            )
        runtime.queue = queue
        runtime.deck_id = deck_id
        runtime.all_decks = deck is None
        runtime.custom = custom
        runtime.days = days
        runtime.schedulers = {}
        runtime.history = []
        runtime.undone = {}
        runtime.set_aside = {}
        runtime.seen = moment
        return SessionInfo(
            None if deck_id is None else DeckId(deck_id),
            custom is not None and not custom.is_empty,
            QueueCounts(*queue.counts()),
        )

    def _day(self, session: Session, deck_id: int | None, moment: datetime) -> DeckDay:
        runtime = self._runtime()
        day = runtime.days.get(deck_id)
        # A new study day (or a clock set back past midnight) needs fresh bounds.
        if day is None or not day.start <= moment < day.end:
            day = deck_days(session, {deck_id}, moment, runtime.zone)[deck_id]
            runtime.days[deck_id] = day
            runtime.schedulers.pop(deck_id, None)
        return day

    def _scheduler(self, session: Session, deck_id: int | None, moment: datetime) -> StudyScheduler:
        runtime = self._runtime()
        day = self._day(session, deck_id, moment)
        scheduler = runtime.schedulers.get(deck_id)
        if scheduler is None:
            scheduler = StudyScheduler(
                day.settings, exam_deadline=day.exam_deadline, zone=runtime.zone
            )
            runtime.schedulers[deck_id] = scheduler
        return scheduler

    def after_reverse(self, reversal: Reversal) -> None:
        """Told by the collection after every undo and redo, with the rows the undo log
        replayed: an answer taken back puts its card in front again and a redo answers it
        again; cards the step deleted, suspended or buried leave the queue, and cards it
        brought back return where they waited."""
        runtime = self._runtime()
        queue = runtime.queue
        if queue is None or not (reversal.cards.touched or reversal.reviews.touched):
            return
        taken_back = reversal.reviews.deleted
        again = [
            (runtime.undone.pop(review_id), review_id)
            for review_id in sorted(reversal.reviews.inserted)
            if review_id in runtime.undone
        ]
        put_back = [
            (card, review_id) for card, review_id in runtime.history if review_id in taken_back
        ]
        runtime.history = [(card, r) for card, r in runtime.history if r not in taken_back]
        answered = {card.card_id for card, _ in (*put_back, *again)}
        moment = runtime.seen or utcnow()
        with self._read() as session:
            others = reversal.cards.touched - answered
            self._bring_back(session, others, moment)
            self._set_aside(
                [c for c in others if c in queue and not self._studyable(session, c, moment)]
            )
            # Newest answer last, so the most recently answered card is shown first.
            for card, review_id in put_back:
                runtime.undone[review_id] = card
                queue.put_back(card)
            conn = raw(session)
            for card, review_id in again:
                row = load_card(conn, card.card_id)
                if row is None or row.memory.due is None:
                    queue.take(card.card_id)
                    continue
                day = self._day(session, row.deck_id, moment)
                after_answer(queue, card, row.memory.state, row.memory.due, day.end)
                if not self._studyable(session, card.card_id, moment):
                    queue.take(card.card_id)
                runtime.history.append((card, review_id))

    def cards_removed(self, card_ids: Sequence[CardId]) -> None:
        """Told when cards leave the collection (their terms deleted): a running session
        takes them out at once; undoing the deletion brings them back where they waited."""
        self._set_aside([int(c) for c in card_ids])

    def _studyable(self, session: Session, card_id: int, moment: datetime) -> bool:
        """Whether the card exists and may be shown in this session now (accepted, not
        suspended, not buried unless the session is a custom one)."""
        row = load_card(raw(session), card_id)
        return row is not None and self._may_show(session, row, moment)

    def _may_show(self, session: Session, row: CardRow, moment: datetime) -> bool:
        if row.suspended or row.status != TermStatus.ACCEPTED:
            return False
        if self._runtime().custom is not None or row.buried_until is None:
            return True
        return row.buried_until <= self._day(session, row.deck_id, moment).today

    def _set_aside(self, card_ids: Iterable[int]) -> None:
        """Take these cards out of the running session, remembering where they waited, so an
        undo (or unsuspending them) brings them back."""
        runtime = self._runtime()
        queue = runtime.queue
        if queue is None:
            return
        for card_id in card_ids:
            found = queue.find(card_id) if card_id in queue else None
            if found is None and card_id in runtime.current:
                found = (runtime.current[card_id], False)  # the card on screen
            if found is not None:
                runtime.set_aside[card_id] = found
            queue.take(card_id)

    def _bring_back(self, session: Session, card_ids: Set[int], moment: datetime) -> None:
        """Queue again, where they waited, the set-aside cards among `card_ids` that may be
        shown now."""
        runtime = self._runtime()
        queue = runtime.queue
        if queue is None:
            return
        back = [c for c in runtime.set_aside if c in card_ids]
        # Each goes to the front: the last set aside first keeps their order.
        for card_id in reversed(back):
            if self._studyable(session, card_id, moment):
                card, learning = runtime.set_aside.pop(card_id)
                queue.restore(card, learning=learning)

    def next_card(self, *, now: datetime | None = None) -> CardView | None:
        """The card to show now, with everything the review screen needs; None when done."""
        moment = as_utc(now or utcnow())
        runtime = self._runtime()
        if runtime.queue is None:
            self.start(now=moment)
        runtime.seen = moment
        queue = runtime.queue
        assert queue is not None
        with self._read() as session:
            conn = raw(session)
            while True:
                queued = queue.peek(moment)
                if queued is None:
                    return None
                view = self._card_view(session, conn, queued, moment)
                if isinstance(view, CardView):
                    runtime.current[queued.card_id] = queued
                    return view
                if view is _GONE:
                    # Deleted, suspended, buried, answered elsewhere or no longer accepted:
                    # set aside, so undoing what took it away brings it back.
                    self._set_aside([queued.card_id])

    def _card_view(
        self, session: Session, conn: Any, queued: QueuedCard, moment: datetime
    ) -> CardView | str:
        row = load_card(conn, queued.card_id)
        if row is None or not self._may_show(session, row, moment):
            return _GONE
        day = self._day(session, row.deck_id, moment)
        runtime = self._runtime()
        queue = runtime.queue
        assert queue is not None
        if runtime.custom is None:
            stale = _stale(queued, row.memory, day.end)
            if stale is not None:
                # Answered since it was queued (by a call outside this session): wait for its
                # due time. Undo and redo are told exactly (after_reverse); this is the guard.
                if stale == "learning" and row.memory.due is not None:
                    queue.take(queued.card_id)
                    queue.push_learning(
                        QueuedCard(queued.card_id, queued.term_id, "learning", row.memory.due)
                    )
                    return _REQUEUED
                return _GONE
        renderings = load_renderings(conn, row.term_id)
        where = load_context(conn, row.term_id, row.chinese, row.document_id)
        front, back = card_sides(
            row.direction,
            chinese=row.chinese,
            pinyin=row.pinyin,
            renderings=renderings,
            context=where.context,
        )
        scheduler = self._scheduler(session, row.deck_id, moment)
        intervals = tuple(
            IntervalChoice(rating, span)
            for rating, span in scheduler.preview(row.memory, moment).items()
        )
        return CardView(
            card_id=CardId(row.id),
            term_id=TermId(row.term_id),
            deck_id=None if row.deck_id is None else DeckId(row.deck_id),
            direction=row.direction,
            state=STATE_NAMES.get(row.memory.state, "new"),
            front=front,
            back=back,
            chinese=row.chinese,
            pinyin=row.pinyin,
            english=renderings[0].text if renderings else "",
            renderings=tuple(renderings),
            context=where.context,
            document_id=None if where.document_id is None else DocumentId(where.document_id),
            document_title=where.title,
            pair_id=None if where.pair_id is None else PairId(where.pair_id),
            paragraph=where.position,
            intervals=intervals,
            counts=QueueCounts(*queue.counts()),
            typed=day.settings.typed_answers,
            expects="en"
            if row.direction in (CardDirection.RECOGNITION, CardDirection.CLOZE_EN)
            else "zh",
            tags=load_tags(conn, row.term_id),
            lapses=row.memory.lapses,
        )

    # -- answering -----------------------------------------------------------------------

    def check_typed(self, *, card_id: CardId, typed: str) -> TypedResult:
        """Compare a typed answer with the card's answer; suggests a rating."""
        with self._read() as session:
            row = session.execute(
                select(Card.direction, Term.id, Term.chinese, Term.pinyin, Term.deck_id)
                .join(Term, Term.id == Card.term_id)
                .where(Card.id == int(card_id))
            ).one_or_none()
            if row is None:
                raise NotFound(f"Card {int(card_id)} no longer exists.")
            settings = settings_for_decks(session, {row.deck_id})[row.deck_id]
            renderings = [
                Answer(r.english, r.status)
                for r in session.execute(
                    select(Rendering.english, Rendering.status)
                    .where(Rendering.term_id == row.id)
                    .order_by(Rendering.position, Rendering.id)
                )
            ]
        if row.direction in (CardDirection.RECOGNITION, CardDirection.CLOZE_EN):
            return check_english(typed, renderings, accept_others=settings.accept_other_renderings)
        return check_chinese(
            typed, row.chinese, row.pinyin, accept_toneless=settings.accept_toneless_pinyin
        )

    def answer(
        self,
        *,
        card_id: CardId,
        rating: Rating | int,
        duration_ms: int,
        now: datetime | None = None,
        typed: str | None = None,
    ) -> OpResult[AnswerResult]:
        """Record an answer: one committed transaction with its review row."""
        try:
            grade = Rating(int(rating))
        except ValueError:
            raise InvalidInput(f"A rating is 1 to 4, not {rating}.") from None
        moment = as_utc(now or utcnow())
        typed_result = None if typed is None else self.check_typed(card_id=card_id, typed=typed)
        runtime = self._runtime()
        runtime.seen = moment
        with self._write("Answer card") as session:
            conn = raw(session)
            row = load_card(conn, int(card_id))
            if row is None:
                raise NotFound(f"Card {int(card_id)} no longer exists; it was deleted.")
            scheduler = self._scheduler(session, row.deck_id, moment)
            day = runtime.days[row.deck_id]
            before = row.memory
            outcome = scheduler.answer(before, grade, moment, card_id=int(card_id))
            after = outcome.after
            assert after.due is not None
            suspend = outcome.became_leech and day.settings.leech_action == "suspend"
            state_after = after.to_dict()
            if typed is not None:
                state_after["typed"] = typed
            review_id = write_answer(
                conn,
                card_id=int(card_id),
                after=after,
                suspend=suspend,
                reviewed_at=outcome.review_time,
                rating=int(grade),
                duration_ms=max(int(duration_ms), 0),
                before=before.to_dict(),
                state_after=state_after,
            )
            if outcome.became_leech:
                _tag_term(session, row.term_id, LEECH_TAG)
            buried: list[int] = []
            if day.settings.bury_other_direction and runtime.custom is None:
                buried = bury_siblings(
                    conn,
                    term_id=row.term_id,
                    card_id=int(card_id),
                    until=day.today + timedelta(days=1),
                )
        queue = runtime.queue
        if queue is not None:
            queued = runtime.current.pop(int(card_id), None) or QueuedCard(
                int(card_id), row.term_id, "review", before.due or moment
            )
            after_answer(queue, queued, after.state, after.due, day.end)
            self._set_aside(buried)
            runtime.history.append((queued, review_id))
            del runtime.history[:-50]
        result = AnswerResult(
            card_id=card_id,
            review_id=ReviewId(review_id),
            rating=grade,
            state=STATE_NAMES[after.state],
            due=after.due,
            interval=outcome.interval,
            leech=outcome.became_leech,
            suspended=suspend,
            typed=typed_result,
        )
        changes = Changes(cards=True, reviews=True, tags=outcome.became_leech)
        return OpResult(result, changes)

    # -- card actions --------------------------------------------------------------------

    def change_cards(
        self, label: str, card_ids: Sequence[CardId], values: dict[str, Any]
    ) -> OpResult[int]:
        """Set these fields of these cards (one undo step named `label`); suspended cards
        leave a running session."""
        ids = [int(c) for c in card_ids]
        if not ids:
            return OpResult(0, Changes())
        with self._write(label) as session:
            changed = session.execute(
                update(Card)
                .where(Card.id.in_(ids))
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            count = int(changed.rowcount)  # type: ignore[attr-defined]
        if values.get("suspended") is True:
            self._set_aside(ids)
        elif values.get("suspended") is False and self._runtime().set_aside:
            # Unsuspended here or in Browse: cards this session set aside come back.
            with self._read() as session:
                self._bring_back(session, set(ids), self._runtime().seen or utcnow())
        return OpResult(count, Changes(cards=True))

    def suspend(self, *, card_ids: Sequence[CardId], suspended: bool = True) -> OpResult[int]:
        """Keep these cards out of every session until unsuspended (`suspended=False`:
        let them be studied again)."""
        verb = "Suspend" if suspended else "Unsuspend"
        label = f"{verb} {counted(len(card_ids), 'card')}"
        return self.change_cards(label, card_ids, {"suspended": suspended})

    def bury(self, *, card_ids: Sequence[CardId], now: datetime | None = None) -> OpResult[int]:
        """Hide these cards until the next study day."""
        moment = as_utc(now or utcnow())
        with self._read() as session:
            today = self._day(session, None, moment).today
        result = self.change_cards(
            "Bury cards", card_ids, {"buried_until": today + timedelta(days=1)}
        )
        self._set_aside([int(c) for c in card_ids])
        return result

    def forget(self, *, card_ids: Sequence[CardId], now: datetime | None = None) -> OpResult[int]:
        """Make these cards new again (their review history stays)."""
        moment = as_utc(now or utcnow())
        ids = [int(c) for c in card_ids]
        with self._write("Forget cards") as session:
            rows = session.execute(
                select(Card.id, Card.reps, Card.lapses).where(Card.id.in_(ids))
            ).all()
            base = int(
                session.scalar(
                    select(Card.new_position).order_by(Card.new_position.desc()).limit(1)
                )
                or 0
            )
            for offset, row in enumerate(rows, 1):
                fresh = forgotten(Memory(reps=row.reps, lapses=row.lapses), moment)
                session.execute(
                    update(Card)
                    .where(Card.id == row.id)
                    .values(
                        state=fresh.state,
                        step=None,
                        stability=None,
                        difficulty=None,
                        due=fresh.due,
                        last_review=None,
                        new_position=base + offset,
                        buried_until=None,
                    )
                    .execution_options(synchronize_session=False)
                )
        return OpResult(len(rows), Changes(cards=True))

    def reschedule(
        self, *, card_ids: Sequence[CardId], days: int, now: datetime | None = None
    ) -> OpResult[int]:
        """Set when these cards are next due: `days` from today (0 = today)."""
        if days < 0:
            raise InvalidInput("A card cannot be rescheduled into the past.")
        moment = as_utc(now or utcnow())
        with self._read() as session:
            day = self._day(session, None, moment)
        due = max(day.start + timedelta(days=days), moment if days == 0 else day.start)
        return self.change_cards("Reschedule cards", card_ids, {"due": due})

    # -- statistics and optimizer ----------------------------------------------------------

    def stats(self, *, deck: DeckRef = None, now: datetime | None = None) -> Stats:
        """Review statistics of one deck or all: per day, forecast, retention, states..."""
        moment = as_utc(now or utcnow())
        deck_id = self._deck_id(deck)
        runtime = self._runtime()
        # A write without an undo step: the statistics cache of past days is refreshed.
        with self._write(None) as session:
            settings = settings_for_decks(session, {deck_id})[deck_id]
            return collect_stats(
                session,
                deck_id=deck_id,
                all_decks=deck is None,
                now=moment,
                zone=runtime.zone,
                rollover_hour=settings.rollover_hour,
            )

    def optimize(self, *, deck: DeckRef = None, apply: bool = True) -> OpResult[tuple[float, ...]]:
        """Fit personal FSRS parameters to the review history (needs >= 1,000 reviews and the
        optional `duiyi[optimizer]` extra); with `apply`, the deck's settings use them."""
        deck_id = self._deck_id(deck)
        with self._read() as session:
            logs = review_logs(session, deck_id=deck_id, all_decks=deck is None)
        if len(logs) < MIN_REVIEWS:
            raise InvalidInput(
                f"The optimizer needs at least {MIN_REVIEWS:,} reviews; "
                f"this collection has {len(logs):,}."
            )
        parameters = optimal_parameters(logs)
        if apply:
            current = self.col.decks.settings(deck_id=None if deck_id is None else DeckId(deck_id))
            self.col.decks.set_settings(
                deck_id=None if deck_id is None else DeckId(deck_id),
                settings=current.with_changes(parameters=list(parameters)),
            )
        return OpResult(parameters, Changes(decks=apply))


_GONE = "gone"
_REQUEUED = "requeued"


def _stale(queued: QueuedCard, memory: Memory, day_end: datetime) -> str | None:
    """How a queued card changed since it was queued: None (still to show), 'learning'
    (now a learning card with another due time) or 'gone' (not due today any more)."""
    current = kind_of(memory.state)
    if current == "learning":
        if queued.kind == "learning" and memory.due == queued.due:
            return None
        return "learning" if memory.due is not None and memory.due < day_end else "gone"
    if queued.kind == "new":
        return None if current == "new" else "gone"
    if current == "review" and memory.due is not None and memory.due >= day_end:
        return "gone"
    return None


def _tag_term(session: Session, term_id: int, name: str) -> None:
    tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
    if tag_id is None:
        tag_id = session.execute(insert(Tag).values(name=name).returning(Tag.id)).scalar_one()
    exists = session.scalar(
        select(TermTag.term_id).where(TermTag.term_id == term_id, TermTag.tag_id == tag_id)
    )
    if exists is None:
        session.execute(insert(TermTag).values(term_id=term_id, tag_id=tag_id))


__all__ = ["LEECH_TAG", "CustomStudy", "Study"]
