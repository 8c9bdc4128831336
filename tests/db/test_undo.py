"""Undo and redo: whole actions in the user's words, exact restoration, 30 steps, redo cleared."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from db import Collection
from db.models import Card, Deck, Rendering, Review, Tag
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
    added = col.terms.add(chinese="绿色出行", english=["green travel"], tags=["环境"])
    after = dump(col.path)
    assert col.undo_label() == "Add term 绿色出行"
    result = col.undo()
    assert result.value == "Add term 绿色出行"
    assert result.changes.terms and result.changes.cards and result.changes.tags
    assert dump(col.path) == before
    assert col.redo_label() == "Add term 绿色出行"
    col.redo()
    assert dump(col.path) == after
    assert col.terms.get(term_id=added.value.id).tags == ("环境",)
    assert col.undo_label() == "Add term 绿色出行"
    assert col.redo_label() is None


def test_undo_an_edit_restores_the_old_words_exactly(col: Collection) -> None:
    term = col.terms.add(chinese="乡村振兴", english="rural revitalization").value
    before = dump(col.path)
    col.terms.edit(term_id=term.id, chinese="鄉村振興", english=["rural vitalization"], notes="n")
    assert col.undo().value == "Edit term 乡村振兴"
    assert dump(col.path) == before
    assert [t.id for t in col.terms.search(TermQuery(text="revitalization"))] == [term.id]


def test_a_new_action_clears_redo(col: Collection) -> None:
    col.terms.add(chinese="净零排放", english="net-zero emissions")
    col.undo()
    assert col.redo_label() == "Add term 净零排放"
    col.terms.add(chinese="煤达峰", english="peak coal output")
    assert col.redo_label() is None
    assert col.undo_label() == "Add term 煤达峰"


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

    col.terms.add(chinese="净零排放", english="net-zero emissions")
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
    col.terms.add(chinese="净零排放", english="net-zero emissions")
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


# -- the undo module's parts, each pinned ------------------------------------------------------


def test_the_switch_tells_sqlite_one_or_zero() -> None:
    from db.undo import UndoSwitch

    switch = UndoSwitch()
    assert (switch.on, switch.index, switch.value(), switch.index_value()) == (False, True, 0, 1)
    switch.on, switch.index = True, False
    assert (switch.value(), switch.index_value()) == (1, 0)


def test_names_and_texts_are_quoted_for_sql() -> None:
    from db.undo import _literal, _quote

    assert _quote('a"b') == '"a""b"'
    assert _quote("terms") == '"terms"'
    assert _literal("it's") == "'it''s'"
    assert _literal("") == "''"


def test_each_table_undone_says_what_changed(col: Collection) -> None:
    from db.results import Changes

    col.terms.add(chinese="净零排放", english="net-zero emissions", tags=["环境"])
    # The first term also made the default deck's settings.
    assert col.undo().changes == Changes(terms=True, cards=True, tags=True, decks=True)
    with col._write("Add a deck") as session:
        session.execute(insert(Deck).values(name="年度报告", created_at=datetime.now(UTC)))
    assert col.undo().changes == Changes(decks=True)
    term = col.terms.add(chinese="低碳", english="low-carbon").value
    col.decks.set_settings(deck_id=None, settings=col.decks.settings().with_changes(fuzz=False))
    assert col.undo().changes == Changes(decks=True)  # only its preset changed
    _answer_first_card(col, term.id)
    assert col.undo().changes == Changes(cards=True, reviews=True)
    with col._write("Rename the rendering") as session:
        session.execute(update(Rendering).values(english="low carbon"))
    assert col.undo().changes == Changes(terms=True)
    with col._write("Tag it") as session:
        session.execute(insert(Tag).values(name="新"))
    assert col.undo().changes == Changes(tags=True)


def test_undoing_the_thirtieth_action_back_restores_it_exactly(col: Collection) -> None:
    for n in range(30):
        col.terms.add(chinese=f"术语{n}", english=f"term {n}")
    thirty = dump(col.path)
    for n in range(30, 60):
        col.terms.add(chinese=f"术语{n}", english=f"term {n}")
    for _ in range(30):
        col.undo()
    assert col.undo_label() is None
    assert dump(col.path) == thirty
    with sqlite3.connect(col.path) as connection:
        steps = connection.execute("SELECT kind, count(*) FROM undo_steps GROUP BY kind").fetchall()
    assert steps == [("redo", 30)]


def test_runs_of_one_row_inserts_merge_by_table_in_hundreds_in_rowid_order() -> None:
    from db.undo import _batched

    # Newest first, as the log is replayed.
    rows = [
        ("terms", f'INSERT INTO "terms"(rowid,"id") VALUES({n},{n})') for n in range(149, -1, -1)
    ]
    rows.insert(1, ("tags", 'INSERT INTO "tags"(rowid,"id") VALUES(7,7)'))
    rows.append(("terms", 'UPDATE "terms" SET "id"=1 WHERE rowid=1'))
    rows.append(("terms", 'DELETE FROM "terms" WHERE rowid=5'))
    rows.append(("terms", 'DELETE FROM "terms" WHERE rowid=4'))
    out = list(_batched(rows))
    assert [(t, s[:40]) for t, s in out] == [
        ("terms", 'INSERT INTO "terms"(rowid,"id") VALUES(0'),
        ("terms", 'INSERT INTO "terms"(rowid,"id") VALUES(1'),
        ("tags", 'INSERT INTO "tags"(rowid,"id") VALUES(7,'),
        ("terms", 'UPDATE "terms" SET "id"=1 WHERE rowid=1'),
        ("terms", 'DELETE FROM "terms" WHERE rowid IN (4,5)'),
    ]
    first, rest, tags = out[0][1], out[1][1], out[2][1]
    assert first == 'INSERT INTO "terms"(rowid,"id") VALUES' + ",".join(
        f"({n},{n})" for n in range(100)
    )
    assert rest == 'INSERT INTO "terms"(rowid,"id") VALUES' + ",".join(
        f"({n},{n})" for n in range(100, 150)
    )
    assert tags == 'INSERT INTO "tags"(rowid,"id") VALUES(7,7)'


def test_a_long_run_is_merged_a_slice_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from db import undo

    monkeypatch.setattr(undo, "_RUN_ROWS", 3)
    rows = [("tags", f'DELETE FROM "tags" WHERE rowid={n}') for n in (9, 8, 7, 6, 5)]
    assert list(undo._batched(rows)) == [
        ("tags", 'DELETE FROM "tags" WHERE rowid IN (7,8,9)'),
        ("tags", 'DELETE FROM "tags" WHERE rowid IN (5,6)'),
    ]


def test_clearing_the_history_empties_the_log(col: Collection) -> None:
    from db import undo

    col.terms.add(chinese="低碳", english="low-carbon")
    col.terms.add(chinese="净零排放", english="net-zero emissions")
    col.undo()
    with col._write(None) as session:
        undo.clear(session.connection())
        undo.clear(session.connection())  # nothing left: nothing to do
    assert (col.undo_label(), col.redo_label()) == (None, None)
    with sqlite3.connect(col.path) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("undo_log", "undo_steps")
        ]
    assert counts == [0, 0]


def test_a_log_without_steps_is_cleared_too(col: Collection) -> None:
    from db import undo

    with col._write(None) as session:
        undo.record(session.connection(), "terms", 'DELETE FROM "terms" WHERE rowid=1')
    with col._write(None) as session:
        undo.clear(session.connection())
    with sqlite3.connect(col.path) as connection:
        assert connection.execute("SELECT count(*) FROM undo_log").fetchone() == (0,)


def test_a_table_with_a_quote_in_its_name_gets_working_triggers() -> None:
    from db.undo import UndoSwitch, install_triggers

    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute("CREATE TABLE undo_log (seq INTEGER PRIMARY KEY, tbl TEXT, sql TEXT)")
    connection.execute('CREATE TABLE "we""ird" (id INTEGER PRIMARY KEY, word TEXT)')
    switch = UndoSwitch()
    install_triggers(connection, ['we"ird', "missing"], switch)
    switch.on = True
    connection.execute("INSERT INTO \"we\"\"ird\" (id, word) VALUES (1, 'it''s')")
    connection.execute('UPDATE "we""ird" SET word = \'new\' WHERE id = 1')
    connection.execute('UPDATE "we""ird" SET word = \'new\' WHERE id = 1')  # no change: no row
    connection.execute('DELETE FROM "we""ird" WHERE id = 1')
    switch.on = False
    connection.execute('INSERT INTO "we""ird" (id, word) VALUES (2, \'unrecorded\')')
    logged = connection.execute("SELECT tbl, sql FROM undo_log ORDER BY seq").fetchall()
    connection.close()
    assert logged == [
        ('we"ird', 'DELETE FROM "we""ird" WHERE rowid=1'),
        ('we"ird', 'UPDATE "we""ird" SET "id"=1,"word"=\'it\'\'s\' WHERE rowid=1'),
        ('we"ird', 'INSERT INTO "we""ird"(rowid,"id","word") VALUES(1,1,\'new\')'),
    ]


def test_only_a_big_step_of_terms_indexes_its_rows_afterwards(
    col: Collection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row by row below 2,000 log rows, once afterwards above (or for a bulk-logged step)."""
    from db import search_index

    reindexed: list[tuple[str, int, int]] = []
    real = search_index.reindex

    def counted(connection: Any, table: str, *, dropped: Any, added: Any) -> None:
        reindexed.append((table, len(dropped), len(added)))
        real(connection, table, dropped=dropped, added=added)

    monkeypatch.setattr(search_index, "reindex", counted)
    ids = col.terms.add_many(terms=[NewTerm(f"词{n}", (f"word {n}",)) for n in range(1000)]).value
    col.terms.edit(term_id=ids[0], notes="a note")
    col.undo()  # one row
    col.terms.delete(term_ids=ids[:300])  # 300 terms, renderings and 600 cards: 1,200 rows
    col.undo()
    assert reindexed == []
    col.terms.delete(term_ids=ids[300:])  # 700 terms: 2,800 rows
    col.undo()
    assert reindexed == [("terms", 0, 700), ("renderings", 0, 700)]
    col.undo()  # the import itself, logged in bulk
    assert reindexed[2:] == [("terms", 1000, 0), ("renderings", 1000, 0)]
    col.redo()
    assert [t.english for t in col.terms.search(TermQuery(text="词999"))] == ["word 999"]
    assert [t.english for t in col.terms.search(TermQuery(text="word 299"))] == ["word 299"]
    assert col.check().ok


def test_a_big_undo_leaves_the_other_terms_in_the_index(col: Collection) -> None:
    col.terms.add(chinese="留下", english="stays behind")
    ids = col.terms.add_many(terms=[NewTerm(f"去{n}", (f"gone {n}",)) for n in range(800)]).value
    before = dump(col.path)
    col.terms.delete(term_ids=ids)
    col.undo()
    assert dump(col.path) == before
    assert [t.english for t in col.terms.search(TermQuery(text="留下"))] == ["stays behind"]
    assert [t.english for t in col.terms.search(TermQuery(text="gone 799"))] == ["gone 799"]
