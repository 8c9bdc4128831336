"""The Drills screen on the real main window and a real collection: the preview is the drill
built from the choices; lessons, classes and rosters; runs for one student and for the class
(the run window is the one stand-in: it ends at once with a given outcome); marking by keyboard;
results, missed terms tagged and reviewed; printing and every export, through the output guard."""

from __future__ import annotations

import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from desktop.gui.drill_run.outcome import DrillRunOutcome, ItemResult
from duiyi.drill.build import Drill, build_drill
from duiyi.drill.formats.export import ExportFormat, export_files
from duiyi.drill.terms import Direction, DrillSettings, Mode

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


@pytest.fixture
def terms(collection: Any) -> dict[str, int]:
    """Eight accepted terms tagged law or econ, added before the window opens: Chinese -> id."""
    return {
        zh: collection.terms.add(chinese=zh, english=en, tags=[tag]).value.id
        for zh, en, tag in TERMS
    }


@pytest.fixture
def class3(terms: dict[str, int], collection: Any) -> list[str]:
    """Class 3 with two students."""
    collection.drills.add_class(name="Class 3")
    collection.drills.add_students(class_name="Class 3", names=["王芳", "Li Lei"])
    return ["王芳", "Li Lei"]


class FakeRun:
    """The run window's stand-in: records what it was given and ends at once."""

    def __init__(self, outcome: Any) -> None:
        self.outcome = outcome
        self.calls: list[tuple[Drill, str | None]] = []

    def __call__(
        self, parent: QWidget | None, drill: Drill, *, student: str | None, on_finished: Any
    ) -> QWidget:
        self.calls.append((drill, student))
        on_finished(self.outcome(drill) if callable(self.outcome) else self.outcome)
        return QWidget(parent)


def _open(qtbot: Any, window: Any, idle: Any) -> Any:
    window.go("drills")
    screen = window.screens["drills"]
    _settle(qtbot, screen, idle)
    return screen


def _settle(qtbot: Any, screen: Any, idle: Any) -> None:
    """Let the preview's pause pass and every answer from the collection arrive."""
    idle()
    qtbot.waitUntil(lambda: not screen.build._preview_timer.isActive(), timeout=5000)
    idle()


def _choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def _expected_rows(drill: Drill) -> list[list[str]]:
    return [
        [str(i.number), i.prompt, " / ".join(a.text for a in i.accepted),
         "   ".join(f"{'*' if n == i.right else ''}{chr(65 + n)}. {o}"
                    for n, o in enumerate(i.options))]
        for i in drill.items
    ]  # fmt: skip


def _set_up(
    screen: Any,
    qtbot: Any,
    idle: Any,
    *,
    tag: str = "law",
    count: int = 3,
    seed: int = 5,
    mode: Mode = Mode.MULTIPLE_CHOICE,
    klass: str | None = None,
) -> None:
    build = screen.build
    _choose(build.source, "tag")
    _choose(build.which, tag)
    build.count.setValue(count)
    build.seed.setValue(seed)
    _choose(build.mode, mode)
    if klass is not None:
        _choose(build.klass, klass)
    _settle(qtbot, screen, idle)


def _said(window: Any) -> str:
    return str(window.message_bar.text())


def test_the_preview_is_the_drill_built_from_the_choices_and_version_b_another_seed(
    qtbot: Any, terms: dict[str, int], window: Any, idle: Any, collection: Any
) -> None:
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, count=3, seed=5)
    law = collection.drills.terms(tags=["law"])
    pool = collection.drills.pool()
    settings = DrillSettings(count=3, seed=5, mode=Mode.MULTIPLE_CHOICE)
    version_e = build_drill(law, settings, pool=pool)
    assert screen.build.drill == version_e
    assert _rows(screen.build.table) == _expected_rows(version_e)
    assert screen.build.status.text() == "3 items, version E"
    qtbot.mouseClick(screen.build.version_b, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen, idle)
    version_f = build_drill(
        law, DrillSettings(count=3, seed=6, mode=Mode.MULTIPLE_CHOICE), pool=pool
    )
    assert screen.build.seed.value() == 6
    assert _rows(screen.build.table) == _expected_rows(version_f)
    assert _expected_rows(version_f) != _expected_rows(version_e)
    _choose(screen.build.direction, Direction.EN_ZH)
    screen.build.count.setValue(9)
    _settle(qtbot, screen, idle)
    assert screen.build.status.text() == "4 items, version F (9 asked: the selection holds no more)"
    assert [r[1] for r in _rows(screen.build.table)] == [
        i.prompt
        for i in build_drill(
            law, DrillSettings(Direction.EN_ZH, 9, Mode.MULTIPLE_CHOICE, seed=6), pool=pool
        ).items
    ]
    _choose(screen.build.source, "document")
    _settle(qtbot, screen, idle)
    assert screen.build.status.text() == "Choose which A document the terms come from."
    assert screen.build.table.rowCount() == 0


def test_drill_these_in_browse_drills_the_selected_terms(
    qtbot: Any, terms: dict[str, int], window: Any, idle: Any
) -> None:
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    qtbot.waitUntil(lambda: browse.model.rowCount() == 8)
    browse.table.selectRow(1)
    browse.table.selectionModel().select(
        browse.model.index(4, 0),
        browse.table.selectionModel().SelectionFlag.Select
        | browse.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = {browse.model.rows[1].chinese, browse.model.rows[4].chinese}
    qtbot.mouseClick(browse.drill_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "drills"
    screen = window.screens["drills"]
    _settle(qtbot, screen, idle)
    assert screen.build.which.currentText() == "2 terms from Browse"
    assert {row[1] for row in _rows(screen.build.table)} == chosen
    assert screen.classes.lesson_which.currentText() == "2 terms from Browse"


def test_lessons_classes_students_and_a_roster_from_the_screen(
    qtbot: Any, terms: dict[str, int], window: Any, idle: Any, collection: Any, tmp_path: Path
) -> None:
    screen = _open(qtbot, window, idle)
    panel = screen.classes
    screen.tabs.setCurrentWidget(panel)
    QTest.keyClicks(panel.class_name, "Class 3")
    QTest.keyClick(panel.class_name, Qt.Key.Key_Return)
    idle()
    assert _said(window) == "Added class Class 3."
    assert _rows(panel.classes) == [["Class 3", "0"]]
    assert panel.selected_class() == "Class 3"
    panel.student_name.setText("王芳")  # QTest types ASCII only
    qtbot.mouseClick(panel.add_student_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Added 1 student to Class 3 (0 already there)."
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名\n王芳\nLi Lei\n=1+1\n", encoding="utf-8")
    panel.roster_path.edit.setText(str(roster))
    qtbot.mouseClick(panel.roster_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Added 2 students to Class 3 (1 already there)."
    assert [panel.students.item(i).text() for i in range(panel.students.count())] == [
        "王芳", "Li Lei", "=1+1"]  # fmt: skip
    assert collection.drills.students(class_name="Class 3") == ["王芳", "Li Lei", "=1+1"]
    qtbot.mouseClick(panel.add_student_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Type a student's name to add."

    QTest.keyClicks(panel.lesson_name, "Week 1")
    _choose(panel.lesson_source, "tag")
    _choose(panel.lesson_which, "econ")
    qtbot.mouseClick(panel.add_lesson_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen, idle)
    assert _said(window) == "Added lesson Week 1 with 4 terms; release it when taught."
    today = collection.drills.lessons()[0].lesson_date.isoformat()
    assert _rows(panel.lessons) == [["Week 1", today, "4", "no"]]
    # A lesson exists and none is released: nothing may be drilled yet.
    screen.tabs.setCurrentWidget(screen.build)
    _settle(qtbot, screen, idle)
    assert screen.build.status.text() == "No released, accepted term matches this selection."
    screen.tabs.setCurrentWidget(panel)
    panel.lessons.selectRow(0)
    qtbot.mouseClick(panel.release_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Released lesson Week 1."
    assert _rows(panel.lessons) == [["Week 1", today, "4", "yes"]]
    screen.tabs.setCurrentWidget(screen.build)
    _settle(qtbot, screen, idle)
    assert {row[1] for row in _rows(screen.build.table)} == {
        zh for zh, _e, t in TERMS if t == "econ"
    }


def test_one_student_at_the_machine_has_every_answer_kept(
    qtbot: Any, class3: list[str], window: Any, idle: Any, collection: Any
) -> None:
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, mode=Mode.TYPING, klass="Class 3")
    _choose(screen.build.student, "Li Lei")

    def outcome(drill: Drill) -> DrillRunOutcome:
        one = drill.items[0]
        return DrillRunOutcome((ItemResult(1, one.answer, True), ItemResult(2, "=cmd", False)),
                               (), False)  # fmt: skip

    run = FakeRun(outcome)
    screen.run_opener = run
    qtbot.mouseClick(screen.build.run_student_button, Qt.MouseButton.LeftButton)
    idle()
    assert [(d, s) for d, s in run.calls] == [(screen.build.drill, "Li Lei")]
    assert _said(window) == "Stored 2 answers of Li Lei (1 right) in drill run 1."
    first = screen.build.drill.items[0]
    assert [(r.run_id, r.student, r.item_number, r.answer, r.correct)
            for r in collection.drills.results()] == [
        (1, "Li Lei", 1, first.answer, True), (1, "Li Lei", 2, "=cmd", False)]  # fmt: skip
    _choose(screen.build.klass, None)
    qtbot.mouseClick(screen.build.run_student_button, Qt.MouseButton.LeftButton)
    assert _said(window) == "Choose a class and one of its students: answers are kept per student."
    assert len(run.calls) == 1


def _choice_run_of_wang_fang(qtbot: Any, window: Any, idle: Any) -> tuple[Any, Any]:
    """The Drills screen and a real multiple-choice run window opened for 王芳 of Class 3."""
    from desktop.gui.drill_run.choice import ChoiceWindow

    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, mode=Mode.MULTIPLE_CHOICE, klass="Class 3")
    _choose(screen.build.student, "王芳")
    qtbot.mouseClick(screen.build.run_student_button, Qt.MouseButton.LeftButton)
    run = screen.run_window
    assert isinstance(run, ChoiceWindow)
    return screen, run


def test_the_real_choice_window_hands_its_answers_to_the_screen(
    qtbot: Any, class3: list[str], window: Any, idle: Any, collection: Any
) -> None:
    screen, run = _choice_run_of_wang_fang(qtbot, window, idle)
    first, second, _third = screen.build.drill.items
    run.choose(first.right)
    run.next_item()
    wrong = (second.right + 1) % len(second.options)
    run.choose(wrong)
    run.close()  # early: what was answered is kept
    idle()
    assert _said(window) == "Stored 2 answers of 王芳 (1 right) in drill run 1."
    assert [(r.student, r.item_number, r.answer, r.correct)
            for r in collection.drills.results()] == [
        ("王芳", 1, first.right_letter, True), ("王芳", 2, chr(65 + wrong), False)]  # fmt: skip


def test_the_real_projector_for_the_class_leads_to_the_marks(
    qtbot: Any, class3: list[str], window: Any, idle: Any
) -> None:
    from desktop.gui.drill_run.projector import ProjectorWindow

    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, mode=Mode.PROJECTOR, klass="Class 3")
    qtbot.mouseClick(screen.build.run_class_button, Qt.MouseButton.LeftButton)
    idle()
    run = screen.run_window
    assert isinstance(run, ProjectorWindow)
    run.toggle_hard()  # item 1 found hard
    run.close()
    idle()
    assert _said(window) == "The class found items 1 hard (★). Mark each student's answers."
    assert screen.tabs.currentWidget() is screen.marks
    assert [screen.marks.grid.horizontalHeaderItem(c).text() for c in range(3)] == [
        "1 ★", "2", "3"]  # fmt: skip


def _schedules(path: Path) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute("SELECT * FROM cards ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()]  # fmt: skip
    finally:
        conn.close()


def test_the_teacher_marks_the_class_by_keyboard_and_no_schedule_moves(
    qtbot: Any, class3: list[str], window: Any, idle: Any, collection: Any
) -> None:
    for rating in (3, 1):
        card = collection.study.next_card()
        collection.study.answer(card_id=card.card_id, rating=rating, duration_ms=1000)
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, count=3, mode=Mode.PROJECTOR, klass="Class 3")
    run = FakeRun(DrillRunOutcome((), (2,), True))
    screen.run_opener = run
    qtbot.mouseClick(screen.build.run_class_button, Qt.MouseButton.LeftButton)
    idle()
    assert [s for _d, s in run.calls] == [None]
    marks = screen.marks
    assert screen.tabs.currentWidget() is marks
    assert _said(window) == "The class found items 2 hard (★). Mark each student's answers."
    grid = marks.grid
    assert [grid.verticalHeaderItem(r).text() for r in range(2)] == ["王芳", "Li Lei"]
    assert [grid.horizontalHeaderItem(c).text() for c in range(3)] == ["1", "2 ★", "3"]
    assert marks.heading.text() == "Class 3: a new drill of 3 items, stored with its marks"
    grid.setFocus()
    for key in (Qt.Key.Key_R, Qt.Key.Key_W, Qt.Key.Key_0, Qt.Key.Key_1):
        QTest.keyClick(grid, key)
    QTest.keyClick(grid, Qt.Key.Key_Space)  # item 3 of 王芳: unmarked -> right
    QTest.keyClick(grid, Qt.Key.Key_Space)  # -> wrong
    assert _rows(grid) == [["✓", "✗", "✗"], ["✗", "✓", ""]]
    assert marks.count_label.text() == "5 of 6 marked"
    qtbot.mouseClick(marks.rest_right_button, Qt.MouseButton.LeftButton)
    assert _rows(grid) == [["✓", "✗", "✗"], ["✗", "✓", "✓"]]
    before = _schedules(collection.path)
    qtbot.mouseClick(marks.store_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Stored 6 marks for Class 3 in drill run 1."
    assert [(r.student, r.item_number, r.correct) for r in collection.drills.results()] == [
        ("Li Lei", 1, False), ("Li Lei", 2, True), ("Li Lei", 3, True),
        ("王芳", 1, True), ("王芳", 2, False), ("王芳", 3, False)]  # fmt: skip
    assert _schedules(collection.path) == before
    assert len(before[1]) == 2
    # Storing again replaces the marks of the same run.
    grid.setCurrentCell(0, 2)
    QTest.keyClick(grid, Qt.Key.Key_Y)
    qtbot.mouseClick(marks.store_button, Qt.MouseButton.LeftButton)
    idle()
    assert marks.heading.text() == "Class 3: drill run 1, 3 items"
    assert [r.correct for r in collection.drills.results() if r.student == "王芳"] == [
        True,
        False,
        True,
    ]
    assert [r.id for r in collection.drills.runs()] == [1]


def test_results_missed_terms_tagged_and_reviewed_and_the_csv(
    qtbot: Any,
    class3: list[str],
    window: Any,
    idle: Any,
    collection: Any,
    tmp_path: Path,
    answer_question: Any,
) -> None:
    from db.ops.drills import StudentAnswer

    drill = build_drill(collection.drills.terms(tags=["econ"]), DrillSettings(count=3, seed=4))
    collection.drills.store_class_results(drill=drill, class_name="Class 3", answers=[
        StudentAnswer("王芳", 1, "", True), StudentAnswer("王芳", 2, "", False),
        StudentAnswer("Li Lei", 1, "", False), StudentAnswer("Li Lei", 3, "", True)])  # fmt: skip
    one, two, three = drill.items
    english = {zh: en for zh, en, _t in TERMS}
    collection.terms.suspend(term_ids=[one.term_id])
    screen = _open(qtbot, window, idle)
    results = screen.results
    screen.tabs.setCurrentWidget(results)
    _choose(results.klass, "Class 3")
    idle()
    assert _rows(results.students) == [["Li Lei", "1", "2", "50%"], ["王芳", "1", "2", "50%"]]
    assert _rows(results.terms) == [
        [two.prompt, english[two.prompt], "0", "1", "0%"],
        [one.prompt, english[one.prompt], "1", "2", "50%"],
        [three.prompt, english[three.prompt], "1", "1", "100%"],
    ]
    assert _rows(results.runs)[0][2:] == ["Class 3", "Multiple choice", "3", "4"]
    qtbot.mouseClick(results.select_missed_button, Qt.MouseButton.LeftButton)
    assert sorted(i.row() for i in results.terms.selectionModel().selectedRows()) == [0, 1]
    QTest.keyClicks(results.tag_name, "missed-week-1")
    qtbot.mouseClick(results.tag_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Tagged 2 terms missed-week-1. Ctrl+Z undoes."
    tagged = {t.chinese for t in collection.drills.terms(tags=["missed-week-1"])}
    assert tagged == {one.prompt, two.prompt}
    suspended_before = _schedules(collection.path)[0]
    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Added 2 terms to your review (4 cards changed). Ctrl+Z undoes."
    after = _schedules(collection.path)[0]
    changed = sorted(row[1] for old, row in zip(suspended_before, after, strict=True) if old != row)
    assert changed == sorted([one.term_id, one.term_id, two.term_id, two.term_id])
    conn = sqlite3.connect(collection.path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM cards WHERE suspended").fetchone() == (0,)
    finally:
        conn.close()

    # What the class missed last time, drilled again.
    screen.tabs.setCurrentWidget(screen.build)
    _choose(screen.build.source, "missed")
    _choose(screen.build.which, "Class 3")
    _settle(qtbot, screen, idle)
    assert sorted(row[1] for row in _rows(screen.build.table)) == sorted([one.prompt, two.prompt])

    out = tmp_path / "results.csv"
    results.csv_path.edit.setText(str(out))
    qtbot.mouseClick(results.csv_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == f"Wrote 4 answers to {out}."
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 5
    # Writing over it asks first; No writes nothing, Yes writes.
    out.write_text("kept", encoding="utf-8")
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.No)
    qtbot.mouseClick(results.csv_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == [f"{out} already exists. Replace it?"]
    assert _said(window) == "Nothing was written."
    assert out.read_text(encoding="utf-8") == "kept"
    answer_question(asked, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(results.csv_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked[1:] == [f"{out} already exists. Replace it?"]
    assert _said(window) == f"Wrote 4 answers to {out}."
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 5
    wal = Path(f"{collection.path}-wal")
    wal_size = wal.stat().st_size if wal.exists() else None
    results.csv_path.edit.setText(str(wal))
    qtbot.mouseClick(results.csv_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == (
        f"Cannot write {wal}: it is the collection's write-ahead log, a working file of the "
        "collection; choose another file."
    )
    assert (wal.stat().st_size if wal.exists() else None) == wal_size


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_print_versions_a_and_b_on_letter_and_mark_the_printed_run(
    qtbot: Any, class3: list[str], window: Any, idle: Any, collection: Any, tmp_path: Path
) -> None:
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, count=3, seed=1, klass="Class 3")
    build = screen.build
    _choose(build.paper, "letter")
    build.both_versions.setChecked(True)
    build.sheet_path.edit.setText(str(tmp_path / "week1.pdf"))
    qtbot.mouseClick(build.print_button, Qt.MouseButton.LeftButton)
    idle()
    files = [tmp_path / n for n in ("week1-A.pdf", "week1-A-key.pdf", "week1-B.pdf",
                                    "week1-B-key.pdf")]  # fmt: skip
    assert _said(window) == f"Printed {', '.join(map(str, files))} (drill run 1, 2)."
    law, pool = collection.drills.terms(tags=["law"]), collection.drills.pool()
    version_b = build_drill(law, DrillSettings(count=3, seed=2), pool=pool)
    for drill, sheet, key, letter in ((build.drill, files[0], files[1], "A"),
                                      (version_b, files[2], files[3], "B")):  # fmt: skip
        text, key_text = _pdf_text(sheet), _pdf_text(key)
        assert f"Version 卷: {letter}" in text and "Class 3" in text
        for item in drill.items:
            assert f"{item.number}. {item.prompt}" in text
            assert f"{item.number}. {item.prompt} {item.right_letter}. {item.answer}" in key_text
        page = PdfReader(sheet).pages[0]
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert [(r.id, r.class_name, r.answers) for r in collection.drills.runs()] == [
        (2, "Class 3", 0), (1, "Class 3", 0)]  # fmt: skip

    # Paper marks typed in: the printed run reopened in the marks grid.
    results = screen.results
    screen.tabs.setCurrentWidget(results)
    idle()
    results.runs.selectRow(1)
    qtbot.mouseClick(results.mark_button, Qt.MouseButton.LeftButton)
    idle()
    marks = screen.marks
    assert screen.tabs.currentWidget() is marks
    assert marks.heading.text() == "Class 3: drill run 1, 3 items"
    for key in (Qt.Key.Key_R, Qt.Key.Key_R, Qt.Key.Key_W):
        QTest.keyClick(marks.grid, key)
    # Marks not yet stored are not dropped without asking: No keeps them.
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.No))
    results.runs.selectRow(0)
    qtbot.mouseClick(results.mark_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == ["The marks for Class 3 are not stored yet. Drop them?"]
    assert (marks.heading.text(), marks.count_label.text()) == (
        "Class 3: drill run 1, 3 items", "3 of 6 marked")  # fmt: skip
    qtbot.mouseClick(marks.store_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Stored 3 marks for Class 3 in drill run 1."
    stored = [(r.run_id, r.student, r.item_number, r.correct) for r in collection.drills.results()]
    assert stored == [(1, "Li Lei", 1, True), (1, "王芳", 1, True), (1, "王芳", 2, False)]


def test_printing_over_the_collection_is_refused_and_nothing_is_written(
    qtbot: Any, terms: dict[str, int], window: Any, idle: Any, collection: Any, tmp_path: Path
) -> None:
    screen = _open(qtbot, window, idle)
    sheet = tmp_path / "linked.pdf"
    os.link(collection.path, sheet)  # another name for the collection file itself
    before = collection.path.read_bytes()
    screen.build.sheet_path.edit.setText(str(sheet))
    qtbot.mouseClick(screen.build.print_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == (
        f"Cannot write {sheet}: it is the collection {collection.path} itself; choose another file."
    )
    assert collection.path.read_bytes() == before
    assert not (tmp_path / "linked-key.pdf").exists()
    assert collection.drills.runs() == []


def _members(data: bytes, path: Path) -> dict[str, bytes]:
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_every_export_format_from_the_screen(
    qtbot: Any, terms: dict[str, int], window: Any, idle: Any, tmp_path: Path, collection: Any
) -> None:
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, count=4, tag="econ")
    build = screen.build
    drill = build.drill
    for index in range(build.format.count()):
        build.format.setCurrentIndex(index)
        fmt: ExportFormat = build.format.currentData()
        suffix = ".xlsx" if fmt in (ExportFormat.CHAOXING, ExportFormat.KAHOOT) else ".txt"
        out = tmp_path / f"{fmt.value}{suffix}"
        build.export_path.edit.setText(str(out))
        qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
        idle()
        expected = export_files(drill, fmt, out)
        assert _said(window) == (f"Exported to {', '.join(map(str, expected))} (drill run 1).")
        for path, data in expected.items():
            if path.suffix == ".xlsx":
                assert _members(path.read_bytes(), tmp_path / "a.zip") == _members(
                    data, tmp_path / "b.zip"
                )
            else:
                assert path.read_bytes() == data
    # The same drill in every format is one run, not six.
    assert len(collection.drills.runs()) == 1

    # A file chosen in the file dialog.
    chosen = tmp_path / "chosen.txt"

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):  # not shown yet
            QTimer.singleShot(100, choose)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(chosen))
        dialog.accept()

    QTimer.singleShot(100, choose)
    qtbot.mouseClick(build.export_path.choose, Qt.MouseButton.LeftButton)
    assert build.export_path.edit.text() == str(chosen)
    qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == f"Exported to {chosen} (drill run 1)."
    assert chosen.read_bytes() == export_files(drill, build.format.currentData(), chosen)[chosen]
    build.export_path.edit.setText(str(collection.path))
    qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == (
        f"Cannot write {collection.path}: it is the collection {collection.path} itself; "
        "choose another file."
    )
    assert len(collection.drills.runs()) == 1


def test_the_drills_screen_speaks_simplified_chinese(
    qtbot: Any, terms: dict[str, int], qapp: Any, collection: Any, settings: Any
) -> None:
    from desktop.gui.app import build_window, install_language

    assert install_language(qapp, "zh_CN") is not None
    win = build_window(collection, settings)
    try:
        qtbot.addWidget(win)
        win.go("drills")
        screen = win.screens["drills"]
        win.show()
        qtbot.waitUntil(lambda: win.service.idle and screen.build.table.rowCount() == 8)
        tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
        assert tabs == ["组卷(&B)", "课次和班级(&L)", "判分(&M)", "成绩(&R)"]
        assert screen.build.status.text() == "8 道题，A 卷（要求 20 道：所选范围没有更多术语）"
        assert screen.build.source.currentText() == "全部已发布的术语"
    finally:
        win.service.wait_idle()
        win.close()
        win.service.shutdown()
        install_language(qapp, "en")


def test_closing_the_program_during_a_students_run_stores_the_answers_given(
    qtbot: Any, class3: list[str], window: Any, idle: Any, collection: Any
) -> None:
    screen, run = _choice_run_of_wang_fang(qtbot, window, idle)
    first = screen.build.drill.items[0]
    run.choose(first.right)
    assert window.close() is True  # the main window, with the run still open
    idle()
    assert [(r.student, r.item_number, r.answer, r.correct)
            for r in collection.drills.results()] == [
        ("王芳", 1, first.right_letter, True)]  # fmt: skip


def test_closing_the_program_with_unstored_marks_asks_and_no_keeps_it_open(
    qtbot: Any, class3: list[str], window: Any, idle: Any, answer_question: Any
) -> None:
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, mode=Mode.PROJECTOR, klass="Class 3")
    qtbot.mouseClick(screen.build.run_class_button, Qt.MouseButton.LeftButton)
    idle()
    screen.run_window.close()
    idle()
    QTest.keyClick(screen.marks.grid, Qt.Key.Key_R)
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.No)
    assert window.close() is False
    assert asked == ["The marks for Class 3 are not stored yet. Close Duiyi and drop them?"]
    assert (window.isVisible(), screen.marks.count_label.text()) == (True, "1 of 6 marked")
    answer_question(asked, QMessageBox.StandardButton.Yes)
    assert window.close() is True
    assert (len(asked), window.isVisible()) == (2, False)


def test_no_to_dropping_marks_on_closing_leaves_the_open_run_running(
    qtbot: Any, class3: list[str], window: Any, idle: Any, answer_question: Any
) -> None:
    screen = _open(qtbot, window, idle)
    _set_up(screen, qtbot, idle, mode=Mode.PROJECTOR, klass="Class 3")
    qtbot.mouseClick(screen.build.run_class_button, Qt.MouseButton.LeftButton)
    idle()
    screen.marks.grid.setCurrentCell(0, 0)
    QTest.keyClick(screen.marks.grid, Qt.Key.Key_R)  # marked while the projector still runs
    assert screen.marks.count_label.text() == "1 of 6 marked"
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.No)
    assert window.close() is False
    assert (len(asked), screen.run_window.isVisible()) == (1, True)
    answer_question(asked, QMessageBox.StandardButton.Yes)  # marks dropped, the run ended
    assert window.close() is True
    assert (len(asked), window.isVisible()) == (2, False)
