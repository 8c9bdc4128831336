"""Undo and redo while a study session is open: the undo log says which cards and answers a step
touched, and the session's queue follows exactly (real collections in tmp_path)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from db import Collection, undo
from db.models import Card
from db.ops.study_views import CardView, QueueCounts
from db.ops.term_info import NewTerm
from db.results import CardId, ReviewId, TermId
from db.undo import Reversal
from duiyi.study.scheduling import Rating

ZONE = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    """Three accepted terms (two cards each, both studied the same day), no fuzz."""
    collection = Collection.open(tmp_path / "study.duiyi")
    collection.study.set_time_zone(zone=ZONE)
    terms = [NewTerm(chinese=f"词语{i}", english=(f"word {i}",)) for i in range(3)]
    collection.terms.add_many(terms=terms)
    settings = collection.decks.settings(deck_id=None).with_changes(
        fuzz=False, bury_other_direction=False
    )
    collection.decks.set_settings(deck_id=None, settings=settings)
    yield collection
    collection.close()


def _next(col: Collection) -> CardView:
    view = col.study.next_card(now=T0)
    assert view is not None
    return view


def _reverse(col: Collection, kind: str) -> Reversal:
    """Undo ("undo") or redo ("redo") the newest step and hand back what the log replayed."""
    with col._write(None) as session:
        connection = session.connection()
        step = undo.newest_step(connection, kind)
        assert step is not None
        into = "redo" if kind == "undo" else "undo"
        return undo.reverse_step(connection, step, col._undo_switch, into)


def _cards_of(col: Collection, term_id: int) -> frozenset[CardId]:
    with col._read() as session:
        ids = session.scalars(select(Card.id).where(Card.term_id == term_id))
        return frozenset(CardId(i) for i in ids)


def test_the_undo_log_reports_the_cards_and_answers_it_replayed(col: Collection) -> None:
    col.study.start(now=T0)
    view = _next(col)
    answer = col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=1, now=T0)
    review = answer.value.review_id
    undone = _reverse(col, "undo")
    assert (undone.label, undone.kind) == ("Answer card", "undo")
    assert undone.tables == frozenset({"cards", "reviews"})
    assert undone.cards.updated == frozenset({view.card_id})
    assert undone.cards.inserted == frozenset() and undone.cards.deleted == frozenset()
    assert undone.reviews.deleted == frozenset({review})
    assert undone.reviews.inserted == frozenset()
    redone = _reverse(col, "redo")
    assert redone.kind == "redo"
    assert redone.reviews.inserted == frozenset({ReviewId(review)})
    assert redone.cards.updated == frozenset({view.card_id})

    term = col.terms.add(chinese="新词", english="new word").value
    cards = _cards_of(col, term.id)
    assert len(cards) == 2
    removed = _reverse(col, "undo")
    assert removed.cards.deleted == cards and removed.cards.updated == frozenset()
    assert "terms" in removed.tables and removed.changes.terms
    restored = _reverse(col, "redo")
    assert restored.cards.inserted == cards


def test_deleting_a_term_is_reported_card_by_card(col: Collection) -> None:
    term_id = TermId(1)
    cards = _cards_of(col, term_id)
    col.terms.delete(term_ids=[term_id])
    # The cards went with the term (a cascade), and the log still names each one.
    assert _reverse(col, "undo").cards.inserted == cards
    assert _reverse(col, "redo").cards.deleted == cards


def test_undoing_an_answer_puts_its_card_in_front_and_redo_answers_it_again(
    col: Collection,
) -> None:
    col.study.start(now=T0)
    first = _next(col)
    assert first.counts == QueueCounts(6, 0, 0)
    col.study.answer(card_id=first.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    second = _next(col)
    assert second.card_id != first.card_id and second.counts == QueueCounts(5, 0, 0)
    col.undo()
    back = _next(col)
    assert back.card_id == first.card_id and back.counts == QueueCounts(6, 0, 0)
    col.redo()
    after = _next(col)
    assert after.card_id == second.card_id and after.counts == QueueCounts(5, 0, 0)
    # Undone again after the redo: the card is in front again.
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))


def test_undoing_a_learning_answer_counts_the_card_as_new_again(col: Collection) -> None:
    col.study.start(now=T0)
    first = _next(col)
    col.study.answer(card_id=first.card_id, rating=Rating.GOOD, duration_ms=1, now=T0)
    assert _next(col).counts == QueueCounts(5, 1, 0)
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))
    col.redo()
    assert _next(col).counts == QueueCounts(5, 1, 0)


def test_undo_and_redo_of_a_suspension_move_the_card_out_and_back(col: Collection) -> None:
    col.study.start(now=T0)
    first = _next(col)
    col.study.suspend(card_ids=[first.card_id])
    assert _next(col).counts == QueueCounts(5, 0, 0)
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))
    col.redo()
    moved_on = _next(col)
    assert moved_on.card_id != first.card_id and moved_on.counts == QueueCounts(5, 0, 0)
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))


def test_a_suspension_from_browse_undone_and_redone_moves_waiting_cards_at_once(
    col: Collection,
) -> None:
    col.study.start(now=T0)
    for _ in range(2):
        view = _next(col)
        col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=1, now=T0)
    # Both cards of the first term now wait among learning cards, due in ten minutes.
    assert view.term_id == TermId(1) and _next(col).counts == QueueCounts(4, 2, 0)
    col.terms.suspend(term_ids=[TermId(1)])
    assert _next(col).counts == QueueCounts(4, 0, 0)
    col.undo()
    assert _next(col).counts == QueueCounts(4, 2, 0)
    col.redo()
    assert _next(col).counts == QueueCounts(4, 0, 0)


def test_undo_and_redo_of_a_bury_move_the_cards_out_and_back(col: Collection) -> None:
    col.study.start(now=T0)
    first = _next(col)
    waiting = next(iter(_cards_of(col, 3)))
    col.study.bury(card_ids=[first.card_id, waiting], now=T0)
    assert _next(col).card_id != first.card_id
    assert _next(col).counts == QueueCounts(4, 0, 0)
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))
    col.redo()
    moved_on = _next(col)
    assert moved_on.card_id != first.card_id and moved_on.counts == QueueCounts(4, 0, 0)


def test_a_redone_answer_counts_toward_the_session_limit(col: Collection) -> None:
    col.study.start(now=T0, limit=2)
    first = _next(col)
    col.study.answer(card_id=first.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    col.undo()
    col.redo()
    second = _next(col)
    col.study.answer(card_id=second.card_id, rating=Rating.EASY, duration_ms=1, now=T0)
    assert col.study.next_card(now=T0) is None


def test_undo_and_redo_of_deleting_the_shown_term(col: Collection) -> None:
    col.study.start(now=T0)
    first = _next(col)
    col.terms.delete(term_ids=[first.term_id])
    assert _next(col).term_id != first.term_id
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))
    col.redo()
    moved_on = _next(col)
    # Both cards of the deleted term leave at once, not only the one in front.
    assert moved_on.term_id != first.term_id and moved_on.counts == QueueCounts(4, 0, 0)
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))


def test_an_undo_that_touches_no_card_leaves_the_queue_alone(col: Collection) -> None:
    col.study.start(now=T0)
    first = _next(col)
    col.tags.add(term_ids=[first.term_id], tags=["政治"])
    col.undo()
    assert (_next(col).card_id, _next(col).counts) == (first.card_id, QueueCounts(6, 0, 0))


def test_deleting_a_waiting_term_takes_its_cards_out_at_once_and_undo_brings_them_back(
    col: Collection,
) -> None:
    col.study.start(now=T0)
    shown = _next(col)
    assert shown.term_id == TermId(1)
    col.terms.delete(term_ids=[TermId(3)])
    assert (_next(col).card_id, _next(col).counts) == (shown.card_id, QueueCounts(4, 0, 0))
    col.undo()
    assert _next(col).counts == QueueCounts(6, 0, 0)
    col.redo()
    assert (_next(col).card_id, _next(col).counts) == (shown.card_id, QueueCounts(4, 0, 0))
