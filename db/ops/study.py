"""Collection operations: study — the review session, answers, card actions, deck settings,
statistics and the optimizer.

Every answer is one committed transaction with its review row, so a crash loses at most the
card on screen; undo (`Collection.undo`) restores the card and removes the row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.base import CollectionBase
from db.models import (
    Card,
    Deck,
    DeckPreset,
    Document,
    Rendering,
    Review,
    SegmentPair,
    Tag,
    Term,
    TermOccurrence,
    TermTag,
    utcnow,
)
from db.ops.cards import DEFAULT_PRESET_NAME, ensure_cards, settings_for_decks
from db.ops.study_queue import CustomStudy, DeckDay, build_queue, deck_days
from db.ops.study_stats import collect_stats, review_logs
from db.ops.study_views import AnswerResult, CardView, IntervalChoice, QueueCounts, SessionInfo
from db.results import CardId, Changes, DeckId, DocumentId, OpResult, PairId, ReviewId, TermId
from duiyi.errors import InvalidInput, NotFound
from duiyi.study.days import as_utc, local_zone
from duiyi.study.face import Context, card_sides
from duiyi.study.optimizer import MIN_REVIEWS, optimal_parameters
from duiyi.study.queue import QueuedCard, StudyQueue, after_answer
from duiyi.study.scheduling import (
    NEW,
    REVIEW,
    STATE_NAMES,
    Memory,
    Rating,
    StudyScheduler,
    forgotten,
)
from duiyi.study.settings import DeckSettings
from duiyi.study.stats import Stats
from duiyi.study.typed import Rendering as Answer
from duiyi.study.typed import TypedResult, check_chinese, check_english

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
    """(card, review id) of each answer, newest last, to notice an undo."""
    current: dict[int, QueuedCard] = field(default_factory=dict)


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


class StudyOps(CollectionBase):
    """Collection methods for study."""

    _study: _Runtime | None = None

    # -- session -------------------------------------------------------------------------

    def _runtime(self) -> _Runtime:
        if self._study is None:
            self._study = _Runtime(zone=local_zone())
        return self._study

    def set_time_zone(self, *, zone: tzinfo) -> None:
        """Count study days in this time zone from now on (default: the computer's)."""
        runtime = self._runtime()
        runtime.zone = zone
        runtime.queue = None
        runtime.schedulers.clear()

    def find_deck(self, *, name: str) -> DeckId:
        """The id of the deck with this name (case-insensitive); NotFound otherwise."""
        with self._read() as session:
            deck_id = session.scalar(select(Deck.id).where(Deck.name == name))
            if deck_id is None:
                matches = session.scalars(
                    select(Deck.id).where(Deck.name.ilike(name.replace("%", r"\%")))
                ).all()
                deck_id = matches[0] if len(matches) == 1 else None
        if deck_id is None:
            raise NotFound(f"There is no deck named '{name}'.")
        return DeckId(deck_id)

    def _deck_id(self, deck: DeckRef) -> int | None:
        if deck is None:
            return None
        if isinstance(deck, str):
            return int(self.find_deck(name=deck))
        with self._read() as session:
            if session.get(Deck, int(deck)) is None:
                raise NotFound(f"There is no deck with id {int(deck)}.")
        return int(deck)

    def study_session(
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
            scheduler = StudyScheduler(day.settings, exam_deadline=day.exam_deadline)
            runtime.schedulers[deck_id] = scheduler
        return scheduler

    def _noticed_undo(self, session: Session) -> None:
        """Put a card back in the queue when its answer was undone (its review row is gone)."""
        runtime = self._runtime()
        while runtime.history and runtime.queue is not None:
            card, review_id = runtime.history[-1]
            if session.get(Review, review_id) is not None:
                return
            runtime.history.pop()
            runtime.queue.put_back(card)

    def next_card(self, *, now: datetime | None = None) -> CardView | None:
        """The card to show now, with everything the review screen needs; None when done."""
        moment = as_utc(now or utcnow())
        runtime = self._runtime()
        if runtime.queue is None:
            self.study_session(now=moment)
        queue = runtime.queue
        assert queue is not None
        with self._read() as session:
            self._noticed_undo(session)
            while True:
                queued = queue.peek(moment)
                if queued is None:
                    return None
                view = self._card_view(session, queued, moment)
                if view is not None:
                    runtime.current[queued.card_id] = queued
                    return view
                # Deleted, suspended, buried or no longer accepted since the session began.
                queue.take(queued.card_id)

    def _card_view(self, session: Session, queued: QueuedCard, moment: datetime) -> CardView | None:
        row = session.execute(
            select(
                Card.id,
                Card.term_id,
                Card.direction,
                Card.state,
                Card.step,
                Card.stability,
                Card.difficulty,
                Card.due,
                Card.last_review,
                Card.reps,
                Card.lapses,
                Card.suspended,
                Card.buried_until,
                Term.chinese,
                Term.pinyin,
                Term.status,
                Term.deck_id,
                Term.document_id,
            )
            .join(Term, Term.id == Card.term_id)
            .where(Card.id == queued.card_id)
        ).one_or_none()
        if row is None or row.suspended or row.status != "accepted":
            return None
        day = self._day(session, row.deck_id, moment)
        custom = self._runtime().custom
        if row.buried_until is not None and row.buried_until > day.today and custom is None:
            return None
        renderings = [
            Answer(r.english, r.status)
            for r in session.execute(
                select(Rendering.english, Rendering.status)
                .where(Rendering.term_id == row.term_id)
                .order_by(Rendering.position, Rendering.id)
            )
        ]
        renderings.sort(key=lambda r: {"preferred": 0, "accepted": 1}.get(r.status, 2))
        context, document_id, title, pair_id, paragraph = _context(
            session, row.term_id, row.chinese, row.document_id
        )
        front, back = card_sides(
            row.direction,
            chinese=row.chinese,
            pinyin=row.pinyin,
            renderings=renderings,
            context=context,
        )
        scheduler = self._scheduler(session, row.deck_id, moment)
        memory = _memory(row)
        intervals = tuple(
            IntervalChoice(rating, span)
            for rating, span in scheduler.preview(memory, moment).items()
        )
        tags = tuple(
            session.scalars(
                select(Tag.name)
                .join(TermTag, TermTag.tag_id == Tag.id)
                .where(TermTag.term_id == row.term_id)
                .order_by(Tag.name)
            )
        )
        queue = self._runtime().queue
        assert queue is not None
        english = renderings[0].text if renderings else ""
        return CardView(
            card_id=CardId(row.id),
            term_id=TermId(row.term_id),
            deck_id=None if row.deck_id is None else DeckId(row.deck_id),
            direction=row.direction,
            state=STATE_NAMES.get(row.state, "new"),
            front=front,
            back=back,
            chinese=row.chinese,
            pinyin=row.pinyin,
            english=english,
            renderings=tuple(renderings),
            context=context,
            document_id=None if document_id is None else DocumentId(document_id),
            document_title=title,
            pair_id=None if pair_id is None else PairId(pair_id),
            paragraph=paragraph,
            intervals=intervals,
            counts=QueueCounts(*queue.counts()),
            typed=day.settings.typed_answers,
            expects="en" if row.direction in ("recognition", "cloze_en") else "zh",
            tags=tags,
            lapses=row.lapses,
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
        if row.direction in ("recognition", "cloze_en"):
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
        with self._write("Answer card", Changes(cards=True, reviews=True)) as session:
            row = session.execute(
                select(
                    Card.term_id,
                    Card.state,
                    Card.step,
                    Card.stability,
                    Card.difficulty,
                    Card.due,
                    Card.last_review,
                    Card.reps,
                    Card.lapses,
                    Term.deck_id,
                )
                .join(Term, Term.id == Card.term_id)
                .where(Card.id == int(card_id))
            ).one_or_none()
            if row is None:
                raise NotFound(f"Card {int(card_id)} no longer exists; it was deleted.")
            scheduler = self._scheduler(session, row.deck_id, moment)
            day = runtime.days[row.deck_id]
            before = _memory(row)
            outcome = scheduler.answer(before, grade, moment, card_id=int(card_id))
            after = outcome.after
            assert after.due is not None
            suspend = outcome.became_leech and day.settings.leech_action == "suspend"
            session.execute(
                update(Card)
                .where(Card.id == int(card_id))
                .values(
                    state=after.state,
                    step=after.step,
                    stability=after.stability,
                    difficulty=after.difficulty,
                    due=after.due,
                    last_review=after.last_review,
                    reps=after.reps,
                    lapses=after.lapses,
                    suspended=True if suspend else Card.suspended,
                    buried_until=None,
                )
                .execution_options(synchronize_session=False)
            )
            state_after = after.to_dict()
            if typed is not None:
                state_after["typed"] = typed
            review_id = session.execute(
                insert(Review)
                .values(
                    card_id=int(card_id),
                    reviewed_at=outcome.review_time,
                    rating=int(grade),
                    duration_ms=max(int(duration_ms), 0),
                    state_before=before.to_dict(),
                    state_after=state_after,
                )
                .returning(Review.id)
            ).scalar_one()
            if outcome.became_leech:
                _tag_term(session, row.term_id, LEECH_TAG)
            buried: list[int] = []
            if day.settings.bury_other_direction and runtime.custom is None:
                buried = list(
                    session.scalars(
                        update(Card)
                        .where(
                            Card.term_id == row.term_id,
                            Card.id != int(card_id),
                            Card.state.in_((NEW, REVIEW)),
                        )
                        .values(buried_until=day.today + timedelta(days=1))
                        .returning(Card.id)
                        .execution_options(synchronize_session=False)
                    )
                )
        queue = runtime.queue
        if queue is not None:
            queued = runtime.current.pop(int(card_id), None) or QueuedCard(
                int(card_id), row.term_id, "review", before.due or moment
            )
            after_answer(queue, queued, after.state, after.due, day.end)
            for other in buried:
                queue.take(other)
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

    def _card_action(
        self, label: str, card_ids: list[CardId], values: dict[str, Any]
    ) -> OpResult[int]:
        ids = [int(c) for c in card_ids]
        if not ids:
            return OpResult(0, Changes())
        with self._write(label, Changes(cards=True)) as session:
            changed = session.execute(
                update(Card)
                .where(Card.id.in_(ids))
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            count = int(changed.rowcount)  # type: ignore[attr-defined]
        queue = self._runtime().queue
        if queue is not None and values.get("suspended") is True:
            for card_id in ids:
                queue.take(card_id)
        return OpResult(count, Changes(cards=True))

    def suspend_cards(self, *, card_ids: list[CardId]) -> OpResult[int]:
        """Keep these cards out of every session until unsuspended."""
        n = len(card_ids)
        return self._card_action(
            f"Suspend {n} card{'s' if n != 1 else ''}", card_ids, {"suspended": True}
        )

    def unsuspend_cards(self, *, card_ids: list[CardId]) -> OpResult[int]:
        """Let suspended cards be studied again."""
        n = len(card_ids)
        return self._card_action(
            f"Unsuspend {n} card{'s' if n != 1 else ''}", card_ids, {"suspended": False}
        )

    def bury_cards(self, *, card_ids: list[CardId], now: datetime | None = None) -> OpResult[int]:
        """Hide these cards until the next study day."""
        moment = as_utc(now or utcnow())
        with self._read() as session:
            today = self._day(session, None, moment).today
        result = self._card_action(
            "Bury cards", card_ids, {"buried_until": today + timedelta(days=1)}
        )
        queue = self._runtime().queue
        if queue is not None:
            for card_id in card_ids:
                queue.take(int(card_id))
        return result

    def forget_cards(self, *, card_ids: list[CardId], now: datetime | None = None) -> OpResult[int]:
        """Make these cards new again (their review history stays)."""
        moment = as_utc(now or utcnow())
        ids = [int(c) for c in card_ids]
        with self._write("Forget cards", Changes(cards=True)) as session:
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

    def reschedule_cards(
        self, *, card_ids: list[CardId], days: int, now: datetime | None = None
    ) -> OpResult[int]:
        """Set when these cards are next due: `days` from today (0 = today)."""
        if days < 0:
            raise InvalidInput("A card cannot be rescheduled into the past.")
        moment = as_utc(now or utcnow())
        with self._read() as session:
            day = self._day(session, None, moment)
        due = max(day.start + timedelta(days=days), moment if days == 0 else day.start)
        return self._card_action("Reschedule cards", card_ids, {"due": due})

    # -- deck settings -------------------------------------------------------------------

    def deck_settings(self, *, deck_id: DeckId | None = None) -> DeckSettings:
        """The study settings a deck uses (None: terms without a deck)."""
        with self._read() as session:
            if deck_id is not None and session.get(Deck, int(deck_id)) is None:
                raise NotFound(f"There is no deck with id {int(deck_id)}.")
            key = None if deck_id is None else int(deck_id)
            return settings_for_decks(session, {key})[key]

    def set_deck_settings(
        self, *, deck_id: DeckId | None, settings: DeckSettings | dict[str, Any]
    ) -> OpResult[DeckSettings]:
        """Change a deck's study settings (its own preset; None: the default preset).

        Turning on a card type makes the missing cards of the deck's accepted terms.
        """
        value = settings if isinstance(settings, DeckSettings) else DeckSettings.from_dict(settings)
        with self._write("Change study settings", Changes(decks=True, cards=True)) as session:
            if deck_id is None:
                preset = session.scalar(
                    select(DeckPreset).where(DeckPreset.name == DEFAULT_PRESET_NAME)
                )
                if preset is None:
                    preset = DeckPreset(name=DEFAULT_PRESET_NAME)
                    session.add(preset)
                terms = select(Term.id).where(Term.status == "accepted", Term.deck_id.is_(None))
            else:
                deck = session.get(Deck, int(deck_id))
                if deck is None:
                    raise NotFound(f"There is no deck with id {int(deck_id)}.")
                preset = session.get(DeckPreset, deck.preset_id) if deck.preset_id else None
                if preset is None or preset.name == DEFAULT_PRESET_NAME:
                    preset = DeckPreset(name=f"{deck.name} settings")
                    session.add(preset)
                    session.flush()
                    deck.preset_id = preset.id
                terms = select(Term.id).where(
                    Term.status == "accepted", Term.deck_id == int(deck_id)
                )
            preset.config = value.to_dict()
            session.flush()
            ensure_cards(session, list(session.scalars(terms)))
        runtime = self._runtime()
        runtime.days.clear()
        runtime.schedulers.clear()
        return OpResult(value, Changes(decks=True, cards=True))

    def set_exam_date(
        self, *, deck_id: DeckId, exam_date: date | None, now: datetime | None = None
    ) -> OpResult[int]:
        """Set (or clear) a deck's exam date; cards due after it move to the day before.

        Returns how many cards were moved.
        """
        moment = as_utc(now or utcnow())
        with self._write("Set exam date", Changes(decks=True, cards=True)) as session:
            deck = session.get(Deck, int(deck_id))
            if deck is None:
                raise NotFound(f"There is no deck with id {int(deck_id)}.")
            deck.exam_date = exam_date
            session.flush()
            moved = 0
            if exam_date is not None:
                day = deck_days(session, {int(deck_id)}, moment, self._runtime().zone)[int(deck_id)]
                deadline = day.exam_deadline
                assert deadline is not None
                if deadline > moment:
                    target = max(deadline - timedelta(days=1), day.start)
                    in_deck = select(Term.id).where(Term.deck_id == int(deck_id))
                    result = session.execute(
                        update(Card)
                        .where(
                            Card.term_id.in_(in_deck),
                            Card.state == REVIEW,
                            Card.due > deadline,
                        )
                        .values(due=target)
                        .execution_options(synchronize_session=False)
                    )
                    moved = int(result.rowcount)  # type: ignore[attr-defined]
        runtime = self._runtime()
        runtime.days.clear()
        runtime.schedulers.clear()
        return OpResult(moved, Changes(decks=True, cards=True))

    # -- statistics and optimizer ----------------------------------------------------------

    def stats(self, *, deck: DeckRef = None, now: datetime | None = None) -> Stats:
        """Review statistics of one deck or all: per day, forecast, retention, states..."""
        moment = as_utc(now or utcnow())
        deck_id = self._deck_id(deck)
        runtime = self._runtime()
        with self._read() as session:
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
            current = self.deck_settings(deck_id=None if deck_id is None else DeckId(deck_id))
            self.set_deck_settings(
                deck_id=None if deck_id is None else DeckId(deck_id),
                settings=current.with_changes(parameters=list(parameters)),
            )
        return OpResult(parameters, Changes(decks=apply))


def _tag_term(session: Session, term_id: int, name: str) -> None:
    tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
    if tag_id is None:
        tag_id = session.execute(insert(Tag).values(name=name).returning(Tag.id)).scalar_one()
    exists = session.scalar(
        select(TermTag.term_id).where(TermTag.term_id == term_id, TermTag.tag_id == tag_id)
    )
    if exists is None:
        session.execute(insert(TermTag).values(term_id=term_id, tag_id=tag_id))


def _context(
    session: Session, term_id: int, chinese: str, document_id: int | None
) -> tuple[Context | None, int | None, str | None, int | None, int | None]:
    """The first sentence pair the term occurs in: (context, document, title, pair, position)."""
    row = session.execute(
        select(
            SegmentPair.id,
            SegmentPair.zh,
            SegmentPair.en,
            SegmentPair.position,
            SegmentPair.document_id,
            Document.title,
            TermOccurrence.zh_start,
            TermOccurrence.zh_end,
            TermOccurrence.en_start,
            TermOccurrence.en_end,
        )
        .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
        .join(Document, Document.id == SegmentPair.document_id)
        .where(TermOccurrence.term_id == term_id)
        .order_by(SegmentPair.document_id, SegmentPair.position, TermOccurrence.zh_start)
        .limit(1)
    ).first()
    if row is not None:
        zh_span = (row.zh_start, row.zh_end) if row.zh_end > row.zh_start else None
        en_span = (
            (row.en_start, row.en_end)
            if row.en_start is not None and row.en_end is not None and row.en_end > row.en_start
            else None
        )
        # Offsets that do not fit the text (it was edited) are searched for instead.
        if zh_span and row.zh[zh_span[0] : zh_span[1]] != chinese:
            zh_span = None
        if en_span and en_span[1] > len(row.en):
            en_span = None
        context = Context(row.zh, row.en, zh_span, en_span)
        return context, row.document_id, row.title, row.id, row.position
    if document_id is None or not chinese:
        return None, None, None, None, None
    found = session.execute(
        select(SegmentPair.id, SegmentPair.zh, SegmentPair.en, SegmentPair.position, Document.title)
        .join(Document, Document.id == SegmentPair.document_id)
        .where(SegmentPair.document_id == document_id, SegmentPair.zh.contains(chinese))
        .order_by((SegmentPair.kind == "sentence").desc(), SegmentPair.position)
        .limit(1)
    ).first()
    if found is None:
        return None, document_id, None, None, None
    return Context(found.zh, found.en), document_id, found.title, found.id, found.position


__all__ = ["LEECH_TAG", "CustomStudy", "StudyOps"]
