"""Undo and redo: whole actions in the user's words, exact restoration, 30 steps, redo cleared."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from db import Collection
from db.models import Card, Review
from db.ops.term_info import NewTerm, TermQuery
from db.ops.terms import make_terms
from db.undo import _shape
from duiyi.errors import InvalidInput
from tests.db.conftest import dump


def test_nothing_to_undo_in_a_new_collection(col: Collection) -> None:
    assert col.undo_label() is None
    assert col.redo_label() is None
    with pytest.raises(InvalidInput, match="nothing to undo"):
        col.undo()
    with pytest.raises(InvalidInput, match="nothing to redo"):
        col.redo()


def test_undo_and_redo_an_added_term(col: Collection) -> None:
    before = dump(col.path)
    added = col.terms.add(chinese="绿色发展", english=["green development"], tags=["环境"])
    after = dump(col.path)
    assert col.undo_label() == "Add term 绿色发展"
    result = col.undo()
    assert result.value == "Add term 绿色发展"
    assert result.changes.terms and result.changes.cards and result.changes.tags
    assert dump(col.path) == before
    assert col.redo_label() == "Add term 绿色发展"
    col.redo()
    assert dump(col.path) == after
    assert col.terms.get(term_id=added.value.id).tags == ("环境",)
    assert col.undo_label() == "Add term 绿色发展"
    assert col.redo_label() is None


def test_undo_an_edit_restores_the_old_words_exactly(col: Collection) -> None:
    term = col.terms.add(chinese="乡村振兴", english="rural revitalization").value
    before = dump(col.path)
    col.terms.edit(term_id=term.id, chinese="鄉村振興", english=["rural vitalization"], notes="n")
    assert col.undo().value == "Edit term 乡村振兴"
    assert dump(col.path) == before
    assert [t.id for t in col.terms.search(TermQuery(text="revitalization"))] == [term.id]


def test_a_new_action_clears_redo(col: Collection) -> None:
    col.terms.add(chinese="碳中和", english="carbon neutrality")
    col.undo()
    assert col.redo_label() == "Add term 碳中和"
    col.terms.add(chinese="碳达峰", english="peak carbon emissions")
    assert col.redo_label() is None
    assert col.undo_label() == "Add term 碳达峰"


def test_only_the_last_30_actions_can_be_undone(col: Collection) -> None:
    for n in range(32):
        col.terms.add(chinese=f"术语{n}", english=f"term {n}")
    labels = []
    while col.undo_label() is not None:
        labels.append(col.undo().value)
    assert len(labels) == 30
    assert labels[0] == "Add term 术语31"
    assert labels[-1] == "Add term 术语2"
    assert sorted(t.chinese for t in col.terms.search()) == ["术语0", "术语1"]


def test_the_undo_log_forgets_actions_that_fell_off_the_history(col: Collection) -> None:
    def log_rows() -> int:
        with sqlite3.connect(col.path) as connection:
            return int(connection.execute("SELECT count(*) FROM undo_log").fetchone()[0])

    for n in range(30):
        col.terms.add(chinese=f"术语{n}", english=f"term {n}")
    full = log_rows()
    for n in range(30, 60):
        col.terms.add(chinese=f"术语{n}", english=f"term {n}")
    # 30 more actions of the same size replaced the first 30 in the log instead of adding to it.
    assert 0 < log_rows() <= full


def test_undo_a_delete_brings_back_cards_reviews_and_tags(col: Collection) -> None:
    term = col.terms.add(chinese="生态文明", english="ecological civilization", tags=["环境"]).value
    _answer_first_card(col, term.id)
    before = dump(col.path)
    col.terms.delete(term_ids=[term.id])
    assert col.terms.count() == 0
    assert col.undo().value == "Delete term 生态文明"
    assert dump(col.path) == before
    assert col.check().ok


def _answer_first_card(col: Collection, term_id: int) -> tuple[int, dict[str, Any]]:
    """Answer a card the way the study code does: update the card, add a review row."""
    with col._read() as session:
        card = session.scalars(select(Card).where(Card.term_id == term_id)).first()
        assert card is not None
        card_id = card.id
        state = {
            "state": card.state,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due": card.due,
            "reps": card.reps,
        }
    when = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
    with col._write("Answer card") as session:
        session.execute(
            update(Card)
            .where(Card.id == card_id)
            .values(
                state=2,
                stability=3.173,
                difficulty=5.28,
                due=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
                last_review=when,
                reps=1,
            )
        )
        session.execute(
            insert(Review).values(card_id=card_id, reviewed_at=when, rating=3, duration_ms=4200)
        )
    return card_id, state


def test_undoing_an_answer_restores_the_card_and_deletes_the_review(col: Collection) -> None:
    term = col.terms.add(chinese="高质量发展", english="high-quality development").value
    col.terms.edit(term_id=term.id, notes="answered once before")
    _answer_first_card(col, term.id)
    before = dump(col.path)
    card_id, old_state = _answer_first_card(col, term.id)
    assert col.undo().value == "Answer card"
    assert dump(col.path) == before
    with col._read() as session:
        card = session.get(Card, card_id)
        assert card is not None
        assert (card.state, card.stability, card.difficulty, card.reps) == (
            old_state["state"],
            old_state["stability"],
            old_state["difficulty"],
            old_state["reps"],
        )
        assert card.due == old_state["due"]
        reviews = session.scalars(select(Review).where(Review.card_id == card_id)).all()
    assert len(reviews) == 1


def test_a_failed_action_leaves_no_undo_step(col: Collection) -> None:
    col.terms.add(chinese="共同富裕", english="common prosperity")
    with pytest.raises(InvalidInput):
        col.terms.add_many(
            terms=[NewTerm("数字经济", ("digital economy",)), NewTerm("", ("nothing",))],
            label="Import glossary",
        )
    assert col.undo_label() == "Add term 共同富裕"
    assert col.terms.count() == 1


def test_writes_without_a_label_are_not_undo_steps(col: Collection) -> None:
    with col._write(None) as session:
        make_terms(session, [NewTerm("新质生产力", ("new quality productive forces",))])
    assert col.undo_label() is None
    assert col.terms.count() == 1


def test_a_bulk_action_is_one_step(col: Collection) -> None:
    terms = [NewTerm(f"词{n}", (f"word {n}",), tags=("批量",)) for n in range(2500)]
    before = dump(col.path)
    col.terms.add_many(terms=terms, label="Import glossary.csv")
    assert col.terms.count() == 2500
    assert col.undo().value == "Import glossary.csv"
    assert dump(col.path) == before
    col.redo()
    assert col.terms.count(TermQuery(tag="批量")) == 2500


def test_undo_history_starts_empty_when_the_collection_is_reopened(col: Collection) -> None:
    col.terms.add(chinese="一带一路", english="the Belt and Road Initiative")
    path = col.path
    col.close()
    with Collection.open(path) as again:
        assert again.undo_label() is None
        assert again.terms.count() == 1


def test_a_facade_call_inside_a_write_joins_it(col: Collection) -> None:
    before = dump(col.path)
    with col._write("Add two related terms") as session:
        first = col.terms.add(chinese="双循环", english="dual circulation").value
        # A read inside the write sees the write's own changes.
        assert col.terms.get(term_id=first.id).chinese == "双循环"
        make_terms(session, [NewTerm("内循环", ("domestic circulation",))])
    assert col.terms.count() == 2
    assert col.undo().value == "Add two related terms"
    assert dump(col.path) == before
    assert col.undo_label() is None


def test_undo_a_step_that_deleted_a_row_and_reused_its_id(col: Collection) -> None:
    col.terms.add(chinese="旧词", english="old word")
    last = col.terms.add(chinese="末尾", english="the last one").value
    before = dump(col.path)
    with col._write("Replace the last term") as session:
        col.terms.delete(term_ids=[last.id])
        (new_id,) = make_terms(session, [NewTerm("新词", ("new word",))])
        col.terms.edit(term_id=new_id, notes="edited in the same step")
    assert new_id == last.id
    after = dump(col.path)
    col.undo()
    assert dump(col.path) == before
    col.redo()
    assert dump(col.path) == after


def test_undo_and_redo_of_big_steps_restore_everything(col: Collection) -> None:
    col.terms.add_many(terms=[NewTerm(f"大{n}", (f"big {n}",), tags=("t",)) for n in range(2600)])
    before = dump(col.path)
    col.terms.delete(term_ids=col.terms.search_ids())
    after = dump(col.path)
    assert col.terms.count() == 0
    col.undo()
    assert dump(col.path) == before
    assert col.terms.count() == 2600
    assert [t.english for t in col.terms.search(TermQuery(text="大2599"))] == ["big 2599"]
    col.redo()
    assert dump(col.path) == after
    col.undo()
    assert col.check().ok


def test_undoing_a_real_answer_restores_the_card_exactly(col: Collection) -> None:
    from datetime import UTC, datetime

    col.terms.add(chinese="碳中和", english="carbon neutrality")
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    col.study.start(now=now)
    card = col.study.next_card(now=now)
    assert card is not None
    before = dump(col.path)
    col.study.answer(card_id=card.card_id, rating=3, duration_ms=3100, now=now)
    assert dump(col.path) != before
    assert col.undo().value == "Answer card"
    assert dump(col.path) == before


def test_a_write_that_changes_nothing_is_no_undo_step(col: Collection) -> None:
    term = col.terms.add(chinese="数字鸿沟", english="digital divide", tags=["网络"]).value
    with col._write("Look but do not touch"):
        pass
    assert col.undo_label() == "Add term 数字鸿沟"
    # An UPDATE that writes every column back as it was logs nothing either.
    with col._write("Write the same values") as session:
        session.execute(update(Card).values(due=Card.due))
    assert col.undo_label() == "Add term 数字鸿沟"
    col.tags.add(term_ids=[term.id], tags=["网络"])
    assert col.undo_label() == "Add term 数字鸿沟"


def test_the_search_index_follows_edits_made_after_an_undo(col: Collection) -> None:
    col.terms.add(chinese="碳中和", english="carbon neutrality")
    col.undo()
    added = col.terms.add(chinese="数字鸿沟", english="digital divide").value
    assert [t.id for t in col.terms.search(TermQuery(text="鸿沟"))] == [added.id]
    assert [t.id for t in col.terms.search(TermQuery(text="divide"))] == [added.id]


@pytest.mark.parametrize(
    ("statement", "shape"),
    [
        ('DELETE FROM "terms" WHERE rowid=5', ("delete", 'DELETE FROM "terms" WHERE rowid', "5")),
        (
            'INSERT INTO "tags"(rowid,"id","name") VALUES(3,3,\'a=b\')',
            ("insert", 'INSERT INTO "tags"(rowid,"id","name") VALUES', "3,3,'a=b'"),
        ),
        # Only one-row inserts and deletes merge; an update, or a delete of many, stays whole.
        ('UPDATE "terms" SET "notes"=\'x\' WHERE rowid=5', ("", "", "")),
        ('DELETE FROM "terms" WHERE rowid=x', ("", "", "")),
        ('DELETE FROM "t=x" WHERE rowid=5', ("delete", 'DELETE FROM "t=x" WHERE rowid', "5")),
    ],
)
def test_which_logged_statements_can_be_merged(statement: str, shape: tuple[str, str, str]) -> None:
    kind, head, part = _shape(statement)
    assert (kind, head, part) == (shape if shape[0] else ("", "", statement))
