"""The Drills screen's tables at the window's usual and smallest sizes: every column's text is
readable (a stretched column squeezed to nothing hid the students' names)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QTableWidget

from db.ops.drills import StudentAnswer
from duiyi.drill.build import build_drill
from duiyi.drill.terms import DrillSettings

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("绿色出行", "green travel"),
    ("人类命运共同体", "a community with a shared future for mankind"),
    ("农业农村现代化", "modernization of agriculture and rural areas"),
    ("国际化", "internationalization"),
]
STUDENTS = ["Chen Jingjing", "王芳", "Li Lei"]


def _cut_columns(table: QTableWidget) -> list[str]:
    """Headers of the columns narrower than their widest text (shown elided)."""
    header = table.horizontalHeader()
    return [
        table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
        for c in range(table.columnCount())
        if table.columnWidth(c) < max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
    ]


@pytest.mark.parametrize("size", [(1360, 860), (1024, 700)])
def test_the_results_show_every_student_name_and_figure_whole(
    qtbot: Any, window: Any, idle: Any, collection: Any, program_look: None, size: tuple[int, int]
) -> None:
    for zh, en in TERMS:
        collection.terms.add(chinese=zh, english=en)
    collection.drills.add_class(name="Class 3")
    collection.drills.add_students(class_name="Class 3", names=STUDENTS)
    drill = build_drill(collection.drills.terms(), DrillSettings(count=4, seed=1))
    answers = [StudentAnswer(s, i.number, "", (n + i.number) % 2 == 0)
               for n, s in enumerate(STUDENTS) for i in drill.items]  # fmt: skip
    collection.drills.store_class_results(drill=drill, class_name="Class 3", answers=answers)
    window.resize(*size)
    window.go("drills")
    idle()
    screen = window.screens["drills"]
    screen.tabs.setCurrentWidget(screen.results)
    results = screen.results
    results.klass.setCurrentIndex(results.klass.findData("Class 3"))
    idle()
    qtbot.waitUntil(lambda: results.students.rowCount() == 3)
    qtbot.wait(50)  # the splitters settle
    names = [results.students.item(r, 0).text() for r in range(3)]  # type: ignore[union-attr]
    assert sorted(names) == sorted(STUDENTS)
    assert _cut_columns(results.students) == []


def _widest_word(table: QTableWidget, column: int) -> int:
    """The width of the longest word in a column's cells, as the table draws it."""
    metrics = table.fontMetrics()
    return max(
        metrics.horizontalAdvance(word)
        for r in range(table.rowCount())
        for word in table.item(r, column).text().split()  # type: ignore[union-attr]
    )


@pytest.mark.parametrize("size", [(1360, 860), (1024, 700)])
def test_the_preview_leaves_the_options_room_for_their_words(
    qtbot: Any, window: Any, idle: Any, collection: Any, size: tuple[int, int]
) -> None:
    from duiyi.drill.terms import Mode

    for zh, en in TERMS:
        collection.terms.add(chinese=zh, english=en)
    window.resize(*size)
    window.go("drills")
    idle()
    build = window.screens["drills"].build
    build.mode.setCurrentIndex(build.mode.findData(Mode.MULTIPLE_CHOICE))
    build.count.setValue(len(TERMS))
    qtbot.waitUntil(lambda: not build._preview_timer.isActive(), timeout=5000)
    idle()
    qtbot.waitUntil(lambda: build.table.rowCount() == len(TERMS))
    table = build.table
    qtbot.wait(50)  # the columns fit the table's final size
    options_end = table.columnViewportPosition(3) + table.columnWidth(3)
    assert options_end <= table.viewport().width()  # no part of the options out of sight
    assert table.columnWidth(3) >= _widest_word(table, 3)
    assert table.columnWidth(2) >= _widest_word(table, 2)


def test_the_two_versions_box_names_the_versions_it_prints(
    window: Any, idle: Any, collection: Any
) -> None:
    for zh, en in TERMS:
        collection.terms.add(chinese=zh, english=en)
    window.go("drills")
    idle()
    build = window.screens["drills"].build
    assert build.both_versions.text() == "Versions A and B (this seed and the next)"
    build.next_version()  # Version B
    assert build.both_versions.text() == "Versions B and C (this seed and the next)"
