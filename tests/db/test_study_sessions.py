"""Study operations on real collections: sessions, answers, undo, limits, leeches, settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select

from db import Collection
from db.models import Card, Deck, Review, Setting
from db.ops.study_queue import CustomStudy
from db.ops.term_info import NewTerm
from db.results import CardId, DeckId
from duiyi.errors import InvalidInput, NotFound
from duiyi.study.face import PLACEHOLDER
from duiyi.study.optimizer import OptimizerMissing
from duiyi.study.scheduling import Rating
from duiyi.study.settings import DeckSettings

ZONE = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection.open(tmp_path / "study.duiyi")
    collection.study.set_time_zone(zone=ZONE)
    yield collection
    collection.close()


def _add(col: Collection, n: int, **kw: object) -> list[int]:
    terms = [NewTerm(chinese=f"词语{i}", english=(f"word {i}",), **kw) for i in range(n)]  # type: ignore[arg-type]
    return [int(t) for t in col.terms.add_many(terms=terms).value]


def _no_fuzz(col: Collection, **changes: object) -> None:
    # The default preset: decks without settings of their own (the Default deck) use it.
    settings = col.decks.settings(deck_id=None).with_changes(fuzz=False, **changes)
    col.decks.set_settings(deck_id=None, settings=settings)


def _deck(col: Collection, name: str) -> Deck:
    with col._write(f"Create deck {name}") as session:
        deck = Deck(name=name)
        session.add(deck)
    return deck


def _count(col: Collection, model: type) -> int:
    with col._read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _card_row(col: Collection, card_id: int) -> tuple[object, ...]:
    with col._read() as session:
        card = session.get(Card, card_id)
        assert card is not None
        return tuple(getattr(card, c.name) for c in Card.__table__.columns)


def test_empty_deck_has_no_cards(col: Collection) -> None:
    info = col.study.start(now=T0)
    assert info.counts.total == 0
    assert col.study.next_card(now=T0) is None
    assert col.study.stats(now=T0).reviews == 0


def test_answer_is_committed_with_review_and_undo_restores_exactly(col: Collection) -> None:
    _add(col, 3)
    _no_fuzz(col)
    col.study.start(now=T0)
    view = col.study.next_card(now=T0)
    assert view is not None and view.state == "new"
    assert [c.rating for c in view.intervals] == list(Rating)
    before = _card_row(col, view.card_id)
    result = col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=2300, now=T0)
    assert result.changes.reviews and result.value.state == "learning"
    assert result.value.interval == timedelta(minutes=10)
    with col._read() as session:
        review = session.scalars(select(Review)).one()
        assert review.rating == 3 and review.duration_ms == 2300
        assert review.state_before["state"] == 0 and review.state_after["state"] == 1
    assert _card_row(col, view.card_id) != before
    assert col.undo_label() == "Answer card"
    col.undo()
    assert _card_row(col, view.card_id) == before
    assert _count(col, Review) == 0
    # The undone card is asked again.
    again = col.study.next_card(now=T0)
    assert again is not None and again.card_id == view.card_id


def test_daily_new_limit_and_bury_other_direction(col: Collection) -> None:
    _add(col, 30)
    _no_fuzz(col, new_per_day=5)
    info = col.study.start(now=T0)
    # One direction per term, five new cards.
    assert info.counts.new == 5
    seen_terms = []
    moment = T0
    while (view := col.study.next_card(now=moment)) is not None:
        seen_terms.append(view.term_id)
        col.study.answer(card_id=view.card_id, rating=Rating.EASY, duration_ms=1000, now=moment)
        moment += timedelta(seconds=5)
    assert len(seen_terms) == 5 == len(set(seen_terms))
    # Later the same day the limit is used up; the next day brings new cards again.
    assert col.study.start(now=moment + timedelta(hours=2)).counts.new == 0
    tomorrow = col.study.start(now=T0 + timedelta(days=1))
    assert tomorrow.counts.new == 5


def test_learning_card_returns_and_graduates(col: Collection) -> None:
    _add(col, 1)
    _no_fuzz(col)
    col.study.start(now=T0)
    view = col.study.next_card(now=T0)
    assert view is not None
    col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=900, now=T0)
    later = T0 + timedelta(minutes=10)
    back = col.study.next_card(now=later)
    assert back is not None and back.card_id == view.card_id and back.state == "learning"
    done = col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=900, now=later)
    assert done.value.state == "review" and done.value.interval >= timedelta(days=1)
    assert col.study.next_card(now=later) is None


def test_leech_is_tagged_and_suspended(col: Collection) -> None:
    (term,) = _add(col, 1)
    _no_fuzz(col, leech_threshold=2, leech_action="suspend", bury_other_direction=False)
    moment = T0
    lapses = 0
    card_id: CardId | None = None
    for _ in range(40):
        col.study.start(now=moment)
        view = col.study.next_card(now=moment)
        if view is None:
            moment += timedelta(days=1)
            continue
        if card_id is None:
            card_id = view.card_id
        if view.card_id != card_id:
            col.study.suspend(card_ids=[view.card_id])
            continue
        rating = Rating.AGAIN if view.state == "review" else Rating.EASY
        result = col.study.answer(card_id=view.card_id, rating=rating, duration_ms=1000, now=moment)
        if rating == Rating.AGAIN:
            lapses += 1
        if result.value.leech:
            assert lapses == 2 and result.value.suspended
            break
        moment += timedelta(days=1) if view.state == "review" else timedelta(minutes=11)
    else:
        pytest.fail("the card never became a leech")
    info = col.terms.get(term_id=term)
    assert "leech" in info.tags


def test_suspend_forget_reschedule_bury(col: Collection) -> None:
    _add(col, 2)
    _no_fuzz(col, bury_other_direction=False)
    col.study.start(now=T0)
    first = col.study.next_card(now=T0)
    assert first is not None
    col.study.suspend(card_ids=[first.card_id])
    assert col.study.next_card(now=T0).card_id != first.card_id  # type: ignore[union-attr]
    assert col.study.start(now=T0).counts.new == 3
    col.study.suspend(card_ids=[first.card_id], suspended=False)
    col.study.answer(card_id=first.card_id, rating=Rating.EASY, duration_ms=500, now=T0)
    col.study.reschedule(card_ids=[first.card_id], days=0, now=T0)
    info = col.study.start(now=T0 + timedelta(minutes=1))
    assert info.counts.review == 1
    col.study.forget(card_ids=[first.card_id], now=T0)
    assert col.study.start(now=T0 + timedelta(minutes=1)).counts == type(info.counts)(4, 0, 0)
    col.study.bury(card_ids=[first.card_id], now=T0)
    assert col.study.start(now=T0 + timedelta(minutes=1)).counts.new == 3
    assert col.study.start(now=T0 + timedelta(days=1)).counts.new == 4


def test_undoing_a_suspension_brings_the_card_back_into_the_session(col: Collection) -> None:
    _add(col, 3)
    _no_fuzz(col, bury_other_direction=False)
    col.study.start(now=T0)
    first = col.study.next_card(now=T0)
    assert first is not None
    col.study.suspend(card_ids=[first.card_id])
    after = col.study.next_card(now=T0)
    assert after is not None and after.card_id != first.card_id
    assert after.counts.new == 5
    col.undo()
    back = col.study.next_card(now=T0)
    assert back is not None and back.card_id == first.card_id and back.counts.new == 6
    # a card unsuspended another way (Browse) comes back too, once
    col.study.suspend(card_ids=[first.card_id])
    col.study.suspend(card_ids=[first.card_id], suspended=False)
    again = col.study.next_card(now=T0)
    assert again is not None and again.card_id == first.card_id and again.counts.new == 6


def test_term_edited_or_deleted_mid_session(col: Collection) -> None:
    ids = _add(col, 2)
    _no_fuzz(col, bury_other_direction=False)
    col.study.start(now=T0)
    view = col.study.next_card(now=T0)
    assert view is not None
    col.terms.edit(term_id=view.term_id, english=["a better word"])
    edited = col.study.next_card(now=T0)
    assert edited is not None and edited.card_id == view.card_id
    assert "a better word" in [r.text for r in edited.renderings]
    col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=500, now=T0)
    other = next(t for t in ids if t != view.term_id)
    col.terms.delete(term_ids=[other])
    col.terms.delete(term_ids=[view.term_id])
    # Deleted mid-session: skipped, and answering a stale id says so plainly.
    assert col.study.next_card(now=T0 + timedelta(minutes=20)) is None
    with pytest.raises(NotFound, match="no longer exists"):
        col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=1, now=T0)


def test_clock_backwards_skipped_days_and_zone_change(col: Collection) -> None:
    _add(col, 3)
    _no_fuzz(col)
    moment = T0
    for step in (timedelta(0), -timedelta(hours=5), timedelta(days=9), -timedelta(days=2)):
        moment += step
        col.study.start(now=moment)
        while (view := col.study.next_card(now=moment)) is not None:
            result = col.study.answer(
                card_id=view.card_id, rating=Rating.GOOD, duration_ms=1, now=moment
            )
            assert result.value.interval >= timedelta(0)
            moment += timedelta(minutes=11)
        col.study.set_time_zone(zone=ZoneInfo("America/New_York"))
    with col._read() as session:
        for card in session.scalars(select(Card)):
            if card.last_review is not None:
                assert card.due >= card.last_review


def test_context_front_masks_the_answer(col: Collection, tmp_path: Path) -> None:
    col.terms.add(chinese="一带一路", english=["Belt and Road Initiative", "BRI"])
    _no_fuzz(col)
    from db.models import Document, SegmentPair, Term, TermOccurrence

    with col._write(None) as session:
        document = Document(title="Work report", content_hash="h")
        session.add(document)
        session.flush()
        pair = SegmentPair(
            document_id=document.id,
            position=3,
            kind="sentence",
            zh="我们推进一带一路建设。",
            en="We advanced the Belt and Road Initiative.",
        )
        session.add(pair)
        session.flush()
        term = session.scalars(select(Term)).one()
        session.add(TermOccurrence(term_id=term.id, pair_id=pair.id, zh_start=4, zh_end=8))
    col.study.start(now=T0)
    seen = set()
    moment = T0
    while (view := col.study.next_card(now=moment)) is not None:
        front = " ".join(p.text for p in view.front)
        if view.direction == "recognition":
            assert "Belt" not in front and PLACEHOLDER in front
        else:
            assert "一带一路" not in front and PLACEHOLDER in front
        assert view.document_title == "Work report" and view.paragraph == 3
        seen.add(view.direction)
        col.study.answer(card_id=view.card_id, rating=Rating.EASY, duration_ms=1, now=moment)
        moment += timedelta(days=1)
        col.study.start(now=moment)
    assert seen == {"recognition", "production"}


def test_typed_answers(col: Collection) -> None:
    col.terms.add(chinese="网络空间", english=["cyberspace"])
    _no_fuzz(col, typed_answers=True, bury_other_direction=False)
    col.study.start(now=T0)
    moment = T0
    checked = 0
    while (view := col.study.next_card(now=moment)) is not None and checked < 2:
        assert view.typed
        if view.expects == "en":
            assert col.study.check_typed(card_id=view.card_id, typed="Cyberspace").correct
        else:
            assert col.study.check_typed(card_id=view.card_id, typed="wang3luo4kong1jian1").correct
            assert not col.study.check_typed(card_id=view.card_id, typed="网络").correct
        result = col.study.answer(
            card_id=view.card_id, rating=Rating.GOOD, duration_ms=1, now=moment, typed="x"
        )
        assert result.value.typed is not None
        checked += 1
        moment += timedelta(minutes=11)
    assert checked == 2


def test_custom_sessions_and_backlog(col: Collection) -> None:
    _add(col, 3, tags=("politics",))
    _add(col, 2)
    _no_fuzz(col, bury_other_direction=False, reviews_per_day=2)
    moment = T0
    col.study.start(now=moment)
    seen: set[int] = set()
    while (view := col.study.next_card(now=moment)) is not None:
        # Odd terms are failed once, then known.
        failing = view.term_id % 2 and view.card_id not in seen
        seen.add(view.card_id)
        rating = Rating.AGAIN if failing else Rating.EASY
        col.study.answer(card_id=view.card_id, rating=rating, duration_ms=1, now=moment)
        moment += timedelta(minutes=1)
    tagged = col.study.start(custom=CustomStudy(tag="politics"), now=moment)
    assert tagged.custom and tagged.counts.total == 6
    failed = col.study.start(custom=CustomStudy(failed_today=True), now=moment)
    # Terms 1, 3 and 5 were failed once: both cards of each.
    assert failed.counts.total == failed.counts.review == 6
    ahead = col.study.start(custom=CustomStudy(ahead_days=30), now=moment)
    assert (ahead.counts.new, ahead.counts.review) == (0, 10)  # every card, a month ahead
    # A month later everything is due; the daily cap holds, lowest retrievability first.
    later = col.study.start(now=moment + timedelta(days=60))
    assert later.counts.review == 2


def test_deck_settings_and_exam_date(col: Collection) -> None:
    deck = _deck(col, "Exam")
    col.terms.add(chinese="共同体", english=["community"], deck_id=deck.id)
    with pytest.raises(InvalidInput):
        col.decks.set_settings(deck_id=DeckId(deck.id), settings={"desired_retention": 2})
    col.decks.set_settings(
        deck_id=DeckId(deck.id), settings=DeckSettings(fuzz=False, cloze=False, production=False)
    )
    assert col.decks.settings(deck_id=DeckId(deck.id)).production is False
    exam = (T0 + timedelta(days=6)).date()
    col.decks.set_exam_date(deck_id=DeckId(deck.id), exam_date=exam, now=T0)
    col.study.start(deck="Exam", now=T0)
    moment = T0
    while (view := col.study.next_card(now=moment)) is not None:
        result = col.study.answer(
            card_id=view.card_id, rating=Rating.EASY, duration_ms=1, now=moment
        )
        moment += timedelta(minutes=11)
    assert result.value.due < datetime(exam.year, exam.month, exam.day, 4, tzinfo=ZONE)
    with pytest.raises(NotFound):
        col.study.start(deck="No such deck", now=T0)


def test_stats_figures(col: Collection) -> None:
    _add(col, 4)
    _no_fuzz(col, bury_other_direction=False)
    moment = T0
    for day in range(3):
        with col._read() as session:
            card_ids = [CardId(i) for i in session.scalars(select(Card.id))]
        # Everything due again today, so each of the three days has reviews.
        col.study.reschedule(card_ids=card_ids, days=0, now=moment)
        col.study.start(now=moment)
        while (view := col.study.next_card(now=moment)) is not None:
            col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=2000, now=moment)
            moment += timedelta(minutes=11)
        moment = T0 + timedelta(days=day + 1)
    stats = col.study.stats(now=moment)
    assert stats.reviews == _count(col, Review) == 32
    assert len(stats.per_day) == 3 and stats.streak == 3
    assert sum(f.reviews for f in stats.per_day) == stats.reviews
    assert sum(stats.states.values()) == 8
    # Every one of the eight cards comes due within the 30 days.
    assert len(stats.forecast) == 30 and sum(n for _, n in stats.forecast) == 8
    data = stats.to_dict()
    assert data["reviews"] == stats.reviews and "heatmap" in data


def test_optimizer_needs_history(col: Collection) -> None:
    with pytest.raises(InvalidInput, match="1,000 reviews"):
        col.study.optimize()


def test_exam_date_is_a_date(col: Collection) -> None:
    deck = _deck(col, "D")
    moved = col.decks.set_exam_date(deck_id=DeckId(deck.id), exam_date=date(2026, 6, 1), now=T0)
    assert moved.value == 0


def _set_card(col: Collection, card_id: int, **values: object) -> None:
    with col._write(None) as session:
        card = session.get(Card, card_id)
        assert card is not None
        for name, value in values.items():
            setattr(card, name, value)


def test_backlog_shows_lowest_retrievability_first_within_caps(col: Collection) -> None:
    _add(col, 3)
    _no_fuzz(col, bury_other_direction=False, reviews_per_day=1)
    with col._read() as session:
        ids = list(session.scalars(select(Card.id).order_by(Card.id)))
    week_ago = T0 - timedelta(days=7)
    # All overdue; the second card has the weakest memory (lowest retrievability).
    for card_id in ids:
        weak = card_id == ids[1]
        _set_card(
            col,
            card_id,
            state=2,
            stability=0.5 if weak else 30.0,
            difficulty=5.0,
            last_review=week_ago,
            due=T0 - timedelta(days=1),
        )
    info = col.study.start(now=T0)
    assert info.counts.review == 1
    view = col.study.next_card(now=T0)
    assert view is not None and view.card_id == ids[1]
    # A separate cap on overdue cards (reviews from before today).
    _no_fuzz(col, bury_other_direction=False, reviews_per_day=50, backlog_cap=2)
    assert col.study.start(now=T0).counts.review == 2


def test_optimizer_explains_the_missing_extra(col: Collection) -> None:
    _add(col, 1)
    with col._read() as session:
        card_id = session.scalars(select(Card.id)).first()
    with col._write(None) as session:
        session.add_all(
            Review(
                card_id=card_id,
                reviewed_at=T0 - timedelta(days=n),
                rating=3,
                duration_ms=1000,
                state_before={"state": 2},
                state_after={"state": 2},
            )
            for n in range(1000)
        )
    # torch is not installed here (it is the optional extra), so the command says how to add it.
    with pytest.raises(OptimizerMissing) as missing:
        col.study.optimize()
    assert str(missing.value) == (
        "The optimizer needs the optional PyTorch package; add it with: "
        "pip install 'duiyi[optimizer]'"
    )


def _fresh_stats(col: Collection, now: datetime) -> dict[str, object]:
    """Statistics computed without the cache of past days."""
    with col._write(None) as session:
        session.execute(delete(Setting).where(Setting.key.like("study_stats:%")))
    return col.study.stats(now=now).to_dict()


def test_stats_cache_matches_a_fresh_count(col: Collection) -> None:
    ids = _add(col, 4)
    _no_fuzz(col, bury_other_direction=False)
    moment = T0
    for day in range(3):
        with col._read() as session:
            card_ids = [CardId(i) for i in session.scalars(select(Card.id))]
        col.study.reschedule(card_ids=card_ids, days=0, now=moment)
        col.study.start(now=moment)
        while (view := col.study.next_card(now=moment)) is not None:
            rating = Rating.AGAIN if view.card_id % 3 == 0 and day else Rating.GOOD
            col.study.answer(card_id=view.card_id, rating=rating, duration_ms=1000, now=moment)
            moment += timedelta(minutes=11)
        # Cached after every day, then compared with a count from scratch.
        cached = col.study.stats(now=moment).to_dict()
        assert cached == _fresh_stats(col, moment)
        moment = T0 + timedelta(days=day + 1)
    col.study.stats(now=moment)
    col.terms.delete(term_ids=[ids[0]])
    after_delete = col.study.stats(now=moment).to_dict()
    assert after_delete == _fresh_stats(col, moment)
    assert after_delete["reviews"] == _count(col, Review)
    assert any(row["reviews"] for row in after_delete["retention"])  # type: ignore[union-attr]


def test_new_cards_come_in_document_order_and_forgotten_ones_last(col: Collection) -> None:
    _no_fuzz(col, production=False)
    first = _add(col, 3)
    second = _add(col, 2)
    col.study.start(now=T0)
    order = []
    moment = T0
    while (view := col.study.next_card(now=moment)) is not None:
        order.append(view.term_id)
        col.study.answer(card_id=view.card_id, rating=Rating.EASY, duration_ms=1, now=moment)
        moment += timedelta(seconds=1)
    assert order == [*first, *second]
    with col._read() as session:
        positions = dict(session.execute(select(Card.term_id, Card.new_position)).all())
        forgotten = session.scalars(select(Card.id).where(Card.term_id == first[0])).one()
    assert [positions[t] for t in order] == sorted(positions.values())
    (later,) = _add(col, 1)
    # Forgotten now (real time, after the new term was made): it goes to the end.
    col.study.forget(card_ids=[CardId(forgotten)])
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    col.study.start(now=tomorrow)
    news = []
    while (view := col.study.next_card(now=tomorrow)) is not None:
        if view.state == "new":
            news.append(view.term_id)
        col.study.answer(card_id=view.card_id, rating=Rating.EASY, duration_ms=1, now=tomorrow)
    assert news == [later, first[0]]


def test_redo_and_answers_from_elsewhere_are_not_asked_twice(col: Collection) -> None:
    _add(col, 2)
    _no_fuzz(col, bury_other_direction=False)
    col.study.start(now=T0)
    view = col.study.next_card(now=T0)
    assert view is not None
    col.study.answer(card_id=view.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    col.undo()
    assert col.study.next_card(now=T0).card_id == view.card_id  # type: ignore[union-attr]
    col.redo()
    shown = []
    while (other := col.study.next_card(now=T0)) is not None:
        shown.append(other.card_id)
        col.study.answer(card_id=other.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    assert view.card_id not in shown and len(shown) == 3
    assert _count(col, Review) == 4


def test_an_answer_stores_the_days_since_the_last_review_and_retention_counts_it(
    col: Collection,
) -> None:
    """Each answer in the review state keeps its elapsed days (true retention reads them, not
    the state JSON); answers to new and learning cards keep none."""
    _add(col, 1)
    _no_fuzz(col, bury_other_direction=False)
    col.study.start(now=T0)
    first = col.study.next_card(now=T0)
    assert first is not None
    col.study.answer(card_id=first.card_id, rating=Rating.EASY, duration_ms=1000, now=T0)
    later = T0 + timedelta(days=9, hours=23)
    col.study.start(now=later)
    again = col.study.next_card(now=later)
    assert again is not None and again.card_id == first.card_id and again.state == "review"
    col.study.answer(card_id=first.card_id, rating=Rating.AGAIN, duration_ms=1000, now=later)
    with col._read() as session:
        rows = session.execute(
            select(Review.reviewed_at, Review.elapsed_days)
            .where(Review.card_id == first.card_id)
            .order_by(Review.id)
        ).all()
    assert [days for _at, days in rows] == [None, 9]
    stats = col.study.stats(now=later)
    counts = {row.label: (row.reviews, row.passed) for row in stats.retention}
    assert counts["8-30 days"] == (1, 0)
    assert sum(n for n, _ in counts.values()) == 1
    # The cached figures give the same answer the next day.
    next_day = later + timedelta(days=1)
    assert col.study.stats(now=next_day).retention == stats.retention


def test_an_undone_answer_is_asked_again_though_its_review_id_was_reused(col: Collection) -> None:
    _add(col, 2)
    _no_fuzz(col, bury_other_direction=False)
    col.study.start(now=T0)
    view = col.study.next_card(now=T0)
    assert view is not None
    col.study.answer(card_id=view.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    col.undo()
    with col._read() as session:
        other = session.scalars(select(Card.id).where(Card.id != view.card_id)).first()
    assert other is not None
    # answered before the screen asks for its next card: this review gets the undone one's id
    second = col.study.answer(card_id=CardId(other), rating=Rating.EASY, duration_ms=1, now=T0)
    shown = []
    while (card := col.study.next_card(now=T0)) is not None:
        shown.append(card.card_id)
        col.study.answer(card_id=card.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    assert view.card_id in shown
    assert second.value.review_id == 1
