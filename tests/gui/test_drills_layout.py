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
    ("绿色发展", "green development"),
    ("人类命运共同体", "a community with a shared future for mankind"),
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
    qtbot: Any, window: Any, idle: Any, collection: Any, size: tuple[int, int]
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
