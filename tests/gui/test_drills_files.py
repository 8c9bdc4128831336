"""The Drills screen's files and runs on the real window and a real collection: default file
names follow the format and the title, writing over a file asks first (No writes nothing),
printing or exporting the same drill again keeps one run, adding a class that exists selects
it, and the runs list has room for several runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from duiyi.drill.build import build_drill
from duiyi.drill.formats.export import ExportFormat, export_files
from duiyi.drill.terms import DrillSettings

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("绿色出行", "green travel"),
    ("供给侧改革", "supply-side reform"),
    ("高质量发展", "high-quality development"),
    ("脱贫攻坚", "poverty alleviation"),
]


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A home folder of the test's own (asked for before the window, which reads it)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def _build(qtbot: Any, window: Any, idle: Any, collection: Any) -> Any:
    for zh, en in TERMS:
        collection.terms.add(chinese=zh, english=en)
    window.go("drills")
    screen = window.screens["drills"]
    idle()
    screen.build.count.setValue(4)
    screen.build.seed.setValue(3)
    _settle(qtbot, screen, idle)
    return screen


def _settle(qtbot: Any, screen: Any, idle: Any) -> None:
    idle()
    qtbot.waitUntil(lambda: not screen.build._preview_timer.isActive(), timeout=5000)
    idle()


def _said(window: Any) -> str:
    return str(window.message_bar.text())


def test_exports_are_named_by_format_and_title_and_replacing_asks_first(
    home: Path, qtbot: Any, window: Any, idle: Any, collection: Any, answer_question: Any
) -> None:
    screen = _build(qtbot, window, idle, collection)
    build = screen.build
    docs = home / "Documents"
    build.title.setText("Week 3: law/econ")
    _settle(qtbot, screen, idle)
    names = {}
    for index in range(build.format.count()):
        build.format.setCurrentIndex(index)
        names[build.format.currentData()] = build.export_path.path()
    assert names == {
        ExportFormat.WJX: docs / "Week 3 law econ - wjx.txt",
        ExportFormat.CHAOXING: docs / "Week 3 law econ - chaoxing.xlsx",
        ExportFormat.GIFT: docs / "Week 3 law econ - gift.txt",
        ExportFormat.AIKEN: docs / "Week 3 law econ - aiken.txt",
        ExportFormat.KAHOOT: docs / "Week 3 law econ - kahoot.xlsx",
        ExportFormat.QUIZLET: docs / "Week 3 law econ - quizlet.txt",
    }
    assert build.sheet_path.path() == docs / "Week 3 law econ.pdf"

    # Each format is written to its own file: none replaces another, nothing is asked.
    for fmt in (ExportFormat.GIFT, ExportFormat.AIKEN, ExportFormat.QUIZLET):
        build.format.setCurrentIndex(build.format.findData(fmt))
        qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
        idle()
    gift = docs / "Week 3 law econ - gift.txt"
    assert sorted(p.name for p in docs.iterdir()) == [
        "Week 3 law econ - aiken.txt",
        "Week 3 law econ - gift.txt",
        "Week 3 law econ - quizlet.txt",
    ]

    # Again to GIFT over a changed file: asked by name; No writes nothing.
    gift.write_text("mine", encoding="utf-8")
    build.format.setCurrentIndex(build.format.findData(ExportFormat.GIFT))
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.No)
    qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == [f"{gift} already exists. Replace it?"]
    assert gift.read_text(encoding="utf-8") == "mine"
    assert _said(window) == "Nothing was written."
    # Yes replaces it.
    answer_question(asked, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked[1:] == [f"{gift} already exists. Replace it?"]
    assert gift.read_bytes() == export_files(build.drill, ExportFormat.GIFT, gift)[gift]

    # A path the user typed stays when the title changes.
    typed = home / "mine.txt"
    build.export_path.edit.setText(str(typed))
    build.title.setText("Week 4")
    assert build.export_path.path() == typed
    assert build.sheet_path.path() == docs / "Week 4.pdf"


def test_printing_again_asks_before_replacing_the_sheets_and_keeps_one_run(
    home: Path, qtbot: Any, window: Any, idle: Any, collection: Any, answer_question: Any
) -> None:
    screen = _build(qtbot, window, idle, collection)
    build = screen.build
    docs = home / "Documents"
    sheet, key = docs / "drill.pdf", docs / "drill-key.pdf"
    qtbot.mouseClick(build.print_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == f"Printed {sheet}, {key} (drill run 1)."
    printed = sheet.read_bytes()
    sheet.write_bytes(b"mine")

    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.No)
    qtbot.mouseClick(build.print_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == [f"These files already exist:\n{sheet}\n{key}\nReplace them?"]
    assert sheet.read_bytes() == b"mine"
    assert _said(window) == "Nothing was written."
    assert [r.id for r in collection.drills.runs()] == [1]

    answer_question(asked, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(build.print_button, Qt.MouseButton.LeftButton)
    idle()
    assert len(asked) == 2
    assert sheet.read_bytes()[:5] == printed[:5] == b"%PDF-"
    # The same drill printed again, then exported: still the one run.
    assert _said(window) == f"Printed {sheet}, {key} (drill run 1)."
    build.format.setCurrentIndex(build.format.findData(ExportFormat.AIKEN))
    qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == f"Exported to {docs / 'drill - aiken.txt'} (drill run 1)."
    assert [r.id for r in collection.drills.runs()] == [1]
    # Another seed is another drill: another run.
    build.seed.setValue(4)
    _settle(qtbot, screen, idle)
    qtbot.mouseClick(build.export_button, Qt.MouseButton.LeftButton)
    answer_question(asked, QMessageBox.StandardButton.Yes)
    idle()
    assert [r.id for r in collection.drills.runs()] == [2, 1]


def test_adding_a_class_that_exists_selects_it_for_the_next_student(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.drills.add_class(name="Class 2")
    collection.drills.add_class(name="Class 3")
    window.go("drills")
    screen = window.screens["drills"]
    idle()
    panel = screen.classes
    screen.tabs.setCurrentWidget(panel)
    panel.classes.selectRow(0)
    assert panel.selected_class() == "Class 2"
    QTest.keyClicks(panel.class_name, "Class 3")
    QTest.keyClick(panel.class_name, Qt.Key.Key_Return)
    idle()
    assert _said(window) == "There is already a class named Class 3: it is selected."
    assert panel.selected_class() == "Class 3"
    panel.student_name.setText("Li Lei")
    qtbot.mouseClick(panel.add_student_button, Qt.MouseButton.LeftButton)
    idle()
    assert _said(window) == "Added 1 student to Class 3 (0 already there)."
    assert collection.drills.students(class_name="Class 3") == ["Li Lei"]
    assert [c.name for c in collection.drills.classes()] == ["Class 2", "Class 3"]


@pytest.mark.parametrize("size", [(1360, 860), (1024, 700)])
def test_the_runs_list_shows_five_runs_whole(
    qtbot: Any, window: Any, idle: Any, collection: Any, size: tuple[int, int]
) -> None:
    for zh, en in TERMS:
        collection.terms.add(chinese=zh, english=en)
    terms = collection.drills.terms()
    for seed in range(1, 9):
        collection.drills.store_run(drill=build_drill(terms, DrillSettings(count=3, seed=seed)))
    window.resize(*size)
    window.go("drills")
    idle()
    screen = window.screens["drills"]
    screen.tabs.setCurrentWidget(screen.results)
    runs = screen.results.runs
    qtbot.waitUntil(lambda: runs.rowCount() == 8)
    qtbot.wait(50)  # the splitters settle
    height = runs.viewport().height()
    whole = [r for r in range(8) if runs.visualRect(runs.model().index(r, 0)).bottom() < height]
    assert whole[:5] == [0, 1, 2, 3, 4]
