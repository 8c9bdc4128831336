"""A class's results in a real collection: students by hand, runs listed and reopened, a drill
stored with its marks as one step, accuracy per term with ids, missed terms into review."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from duiyi.drill.build import build_drill
from duiyi.drill.terms import DrillSettings, Mode
from duiyi.errors import InvalidInput, NotFound

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("绿色出行", "green travel"),
    ("脱贫攻坚", "poverty alleviation"),
    ("一带一路", "the Belt and Road"),
]


def _class(col: Any) -> dict[str, int]:
    ids = {zh: col.terms.add(chinese=zh, english=en).value.id for zh, en in TERMS}
    col.drills.add_class(name="Class 3")
    summary = col.drills.add_students(
        class_name="Class 3", names=["王芳", " Li  Lei ", "王芳"]
    ).value
    assert (summary.added, summary.already) == (2, 1)
    return ids


def _answers(drill: Any) -> list[Any]:
    from db.ops.drills import StudentAnswer

    return [StudentAnswer("王芳", 1, "", True), StudentAnswer("王芳", 2, "", False),
            StudentAnswer("Li Lei", 1, "", False), StudentAnswer("Li Lei", 2, "", False),
            StudentAnswer("Li Lei", 3, "", True)]  # fmt: skip


def test_students_by_hand_and_their_mistakes(col: Any) -> None:
    _class(col)
    assert col.drills.students(class_name="Class 3") == ["王芳", "Li Lei"]
    with pytest.raises(InvalidInput, match=r"Type a student's name to add\."):
        col.drills.add_students(class_name="Class 3", names=["  "])
    with pytest.raises(NotFound, match="There is no class named 'Class 9'"):
        col.drills.add_students(class_name="Class 9", names=["Zhang"])
    assert col.undo().value == "Add 3 students to Class 3"
    assert col.drills.students(class_name="Class 3") == []


def test_a_drill_and_its_marks_are_one_step_and_can_be_reopened(col: Any) -> None:
    _class(col)
    drill = build_drill(col.drills.terms(), DrillSettings(count=3, seed=2, mode=Mode.TYPING))
    run_id = col.drills.store_class_results(
        drill=drill, class_name="Class 3", answers=_answers(drill)
    ).value
    assert col.undo_label() == "Store 5 drill answers of Class 3"
    (info,) = col.drills.runs(class_name="Class 3")
    assert (info.id, info.mode, info.class_name, info.items, info.answers) == (
        run_id, "typing", "Class 3", 3, 5)  # fmt: skip
    stored = col.drills.stored_run(run_id=run_id)
    assert stored.items == drill.items
    assert stored.students == ("王芳", "Li Lei")
    assert stored.marks == {("王芳", 1): True, ("王芳", 2): False, ("Li Lei", 1): False,
                            ("Li Lei", 2): False, ("Li Lei", 3): True}  # fmt: skip
    col.undo()
    assert col.drills.runs() == []
    with pytest.raises(InvalidInput, match="No marks to store"):
        col.drills.store_class_results(drill=drill, class_name="Class 3", answers=[])
    loose = col.drills.store_run(drill=drill).value
    with pytest.raises(InvalidInput, match=f"Drill run {loose} was not given to a class"):
        col.drills.stored_run(run_id=loose)


def test_accuracy_per_term_carries_the_term_id_most_missed_first(col: Any) -> None:
    ids = _class(col)
    drill = build_drill(col.drills.terms(), DrillSettings(count=3, seed=2, mode=Mode.TYPING))
    col.drills.store_class_results(drill=drill, class_name="Class 3", answers=_answers(drill))
    one, two, three = drill.items
    english = dict(TERMS)
    got = [(a.term_id, a.chinese, a.english, a.right, a.total, a.missed, a.percent)
           for a in col.drills.term_accuracy(class_name="Class 3")]  # fmt: skip
    assert got == [
        (ids[two.prompt], two.prompt, english[two.prompt], 0, 2, 2, 0),
        (ids[one.prompt], one.prompt, english[one.prompt], 1, 2, 1, 50),
        (ids[three.prompt], three.prompt, english[three.prompt], 1, 1, 0, 100),
    ]


def _cards(path: Path) -> dict[int, tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT id, term_id, state, stability, difficulty, due, last_review, reps, lapses,"
            " new_position, suspended, buried_until FROM cards ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return {row[0]: row[1:] for row in rows}


def test_missed_terms_enter_the_teachers_review_and_nothing_else_moves(col: Any) -> None:
    ids = _class(col)
    first = col.study.next_card()
    col.study.answer(card_id=first.card_id, rating=3, duration_ms=900)
    missed = [ids["一带一路"], ids["绿色出行"]]
    col.terms.suspend(term_ids=[ids["绿色出行"], ids["网络空间"]])
    before = _cards(col.path)
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert col.drills.review_missed(term_ids=missed, now=now).value == 4
    after = _cards(col.path)
    changed = {card_id for card_id in before if before[card_id] != after[card_id]}
    missed_cards = {card_id for card_id, row in before.items() if row[0] in missed}
    assert changed == missed_cards
    # Unsuspended, memory untouched, and first in the new-card order (the terms' order kept).
    assert [after[c][9] for c in sorted(missed_cards)] == [0, 0, 0, 0]
    lowest = min(row[8] for card_id, row in before.items() if card_id not in missed_cards)
    order = sorted(missed_cards, key=lambda c: after[c][8])
    assert [after[c][8] for c in order] == [lowest - 4, lowest - 3, lowest - 2, lowest - 1]
    assert [after[c][0] for c in order] == [ids["绿色出行"]] * 2 + [ids["一带一路"]] * 2
    assert [after[c][1:8] for c in order] == [before[c][1:4] + after[c][4:5] + before[c][5:8]
                                             for c in order]  # fmt: skip
    col.study.start()
    assert col.study.next_card().term_id == ids["绿色出行"]
    assert col.undo().value == "Add 2 missed terms to my review"
    assert _cards(col.path) == before
