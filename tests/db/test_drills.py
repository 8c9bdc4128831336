"""Classroom drills in a real collection: lessons, rosters, runs, results and reports."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from duiyi.drill.build import build_drill
from duiyi.drill.terms import Direction, DrillSettings, Mode
from duiyi.errors import InvalidInput

TERMS = [
    ("网络空间", "cyberspace", "law"),
    ("数字鸿沟", "digital divide", "law"),
    ("绿色出行", "green travel", "law"),
    ("人类命运共同体", "a community with a shared future for mankind", "law"),
    ("供给侧改革", "supply-side reform", "econ"),
    ("高质量发展", "high-quality development", "econ"),
    ("脱贫攻坚", "poverty alleviation", "econ"),
    ("一带一路", "the Belt and Road", "econ"),
]


def _fill(col: Any) -> dict[str, int]:
    return {zh: col.terms.add(chinese=zh, english=en, tags=[tag]).value.id for zh, en, tag in TERMS}


def _roster(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_lesson_restricts_items_and_distractors_to_released_lessons(col: Any) -> None:
    ids = _fill(col)
    # With no lesson every accepted term is material.
    assert sorted(t.term_id for t in col.drills.pool()) == sorted(ids.values())
    law = col.drills.add_lesson(name="Week 1", lesson_date=date(2026, 12, 1), tag="law").value
    assert (law.released, law.term_count) == (False, 4)
    col.drills.add_lesson(name="Week 2", lesson_date=date(2026, 12, 8), tag="econ")
    # A lesson exists but none is released: nothing may be drilled yet.
    assert col.drills.pool() == []
    assert col.drills.terms() == []
    with pytest.raises(InvalidInput, match="Lesson Week 1 is not released yet"):
        col.drills.terms(lessons=["Week 1"])
    col.drills.release_lesson(name="Week 1")
    law_ids = sorted(ids[zh] for zh, _en, tag in TERMS if tag == "law")
    assert sorted(t.term_id for t in col.drills.pool()) == law_ids
    assert sorted(t.term_id for t in col.drills.terms()) == law_ids
    assert sorted(t.term_id for t in col.drills.terms(lessons=["Week 1"])) == law_ids
    terms = col.drills.terms(lessons=["Week 1"])
    drill = build_drill(terms, DrillSettings(count=4, seed=3), pool=col.drills.pool())
    law_texts = {en for _zh, en, tag in TERMS if tag == "law"}
    assert {o for item in drill.items for o in item.options} == law_texts


def test_lessons_by_document_and_term_ids_and_bad_selections(col: Any) -> None:
    ids = _fill(col)
    chosen = [ids["网络空间"], ids["一带一路"]]
    lesson = col.drills.add_lesson(
        name="Mixed", lesson_date=date(2026, 12, 1), term_ids=chosen
    ).value
    assert lesson.term_count == 2
    with pytest.raises(InvalidInput, match="There is already a lesson named Mixed"):
        col.drills.add_lesson(name="Mixed", lesson_date=date(2026, 12, 1), tag="law")
    with pytest.raises(InvalidInput, match="Lesson Empty would hold no term"):
        col.drills.add_lesson(name="Empty", lesson_date=date(2026, 12, 1), tag="nothing")
    assert [x.name for x in col.drills.lessons()] == ["Mixed"]


def test_a_roster_is_imported_with_or_without_a_header(col: Any, tmp_path: Path) -> None:
    col.drills.add_class(name="Class 3")
    summary = col.drills.import_roster(
        class_name="Class 3", path=_roster(tmp_path, "姓名,学号\n王芳,1\n\nLi Lei,2\n王芳,3\n")
    ).value
    assert (summary.added, summary.already) == (2, 1)
    assert col.drills.students(class_name="Class 3") == ["王芳", "Li Lei"]
    summary = col.drills.import_roster(
        class_name="Class 3", path=_roster(tmp_path, "Zhang Wei\nLi Lei\n")
    ).value
    assert (summary.added, summary.already) == (1, 1)
    assert col.drills.students(class_name="Class 3") == ["王芳", "Li Lei", "Zhang Wei"]
    with pytest.raises(InvalidInput, match=r"roster\.csv: no student names in the first column"):
        col.drills.import_roster(class_name="Class 3", path=_roster(tmp_path, "name\n\n"))


def _class_run(col: Any, tmp_path: Path) -> tuple[int, Any]:
    _fill(col)
    col.drills.add_class(name="Class 3")
    col.drills.import_roster(class_name="Class 3", path=_roster(tmp_path, "王芳\nLi Lei\n"))
    settings = DrillSettings(count=3, seed=5, mode=Mode.TYPING, direction=Direction.ZH_EN)
    drill = build_drill(col.drills.terms(tags=["law"]), settings)
    return col.drills.store_run(drill=drill, class_name="Class 3").value, drill


def _answers(drill: Any) -> list[Any]:
    from db.ops.drills import StudentAnswer

    one, two, three = drill.items
    return [
        StudentAnswer("王芳", 1, one.answer),  # graded: right
        StudentAnswer("王芳", 2, "=HYPERLINK(1)"),  # graded: wrong
        StudentAnswer("王芳", 3, three.answer),
        StudentAnswer("Li Lei", 1, "nonsense"),
        StudentAnswer("Li Lei", 2, two.answer, correct=True),
    ]


def test_results_are_stored_and_reported_exactly(col: Any, tmp_path: Path) -> None:
    run_id, drill = _class_run(col, tmp_path)
    assert col.drills.store_results(run_id=run_id, answers=_answers(drill)).value == 5
    by_student = [(a.name, a.right, a.total) for a in col.drills.accuracy_by_student()]
    assert by_student == [("Class 3: Li Lei", 1, 2), ("Class 3: 王芳", 2, 3)]
    one, two, three = (item.prompt for item in drill.items)
    by_term = [
        (a.name, a.right, a.total) for a in col.drills.accuracy_by_term(class_name="Class 3")
    ]
    assert by_term == sorted(
        [(one, 1, 2), (two, 1, 2), (three, 1, 1)], key=lambda r: (r[1] / r[2], r[0])
    )
    # What the class missed last time: the items with a wrong answer.
    missed = sorted(t.chinese for t in col.drills.terms(missed_by_class="Class 3"))
    assert missed == sorted([one, two])


def test_results_csv_is_safe_for_spreadsheets(col: Any, tmp_path: Path) -> None:
    run_id, drill = _class_run(col, tmp_path)
    col.drills.store_results(run_id=run_id, answers=_answers(drill))
    out = tmp_path / "results.csv"
    assert col.drills.export_results_csv(path=out, class_name="Class 3").value == 5
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["run", "date", "class", "student", "item", "prompt", "expected", "answer",
                       "right"]  # fmt: skip
    assert [r[3:6] + r[7:] for r in rows[1:]] == [
        ["Li Lei", "1", drill.items[0].prompt, "nonsense", "no"],
        ["Li Lei", "2", drill.items[1].prompt, drill.items[1].answer, "yes"],
        ["王芳", "1", drill.items[0].prompt, drill.items[0].answer, "yes"],
        ["王芳", "2", drill.items[1].prompt, "'=HYPERLINK(1)", "no"],
        ["王芳", "3", drill.items[2].prompt, drill.items[2].answer, "yes"],
    ]
    with pytest.raises(InvalidInput):
        col.drills.export_results_csv(path=col.path)


def _schedules(path: Path) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        cards = conn.execute("SELECT * FROM cards ORDER BY id").fetchall()
        reviews = conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
        return [cards, reviews]
    finally:
        conn.close()


def test_a_class_drill_leaves_every_review_schedule_unchanged(col: Any, tmp_path: Path) -> None:
    run_id, drill = _class_run(col, tmp_path)
    for rating in (3, 1, 4):
        card = col.study.next_card()
        col.study.answer(card_id=card.card_id, rating=rating, duration_ms=1000)
    before = _schedules(col.path)
    assert sum(1 for c in before[0] if c[5] is not None) == 3  # three cards have a stability
    col.drills.store_results(run_id=run_id, answers=_answers(drill))
    assert _schedules(col.path) == before


def test_adding_and_releasing_a_lesson_can_be_undone(col: Any) -> None:
    _fill(col)
    col.drills.add_lesson(name="Week 1", lesson_date=date(2026, 12, 1), tag="law")
    col.drills.release_lesson(name="Week 1")
    assert col.undo().value == "Release lesson Week 1"
    assert [(x.name, x.released, x.term_count) for x in col.drills.lessons()] == [
        ("Week 1", False, 4)
    ]
    assert col.undo().value == "Add lesson Week 1"
    assert col.drills.lessons() == []
