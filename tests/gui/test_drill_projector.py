"""The projector run window: a countdown the test drives, reveal by Space and by click, items
marked hard, the outcome handed back once, type large enough yet never cut off at 1024x768
(the seed's longest terms included), and colours readable in the dark theme too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui.drill_run import DrillRunOutcome, open_drill_run
from desktop.gui.drill_run.fitted import FittedText
from desktop.gui.drill_run.projector import ProjectorWindow
from desktop.gui.theme import apply_theme
from duiyi.drill.build import Drill, build_drill
from duiyi.drill.terms import Direction, DrillSettings, DrillTerm, Mode

TERMS = [
    DrillTerm(1, "网络空间", "wǎngluò kōngjiān", ("cyberspace",)),
    DrillTerm(2, "数字鸿沟", "shùzì hónggōu", ("digital divide",)),
    DrillTerm(3, "以人为本", "yǐ rén wéi běn", ("people-centred", "people-oriented")),
]


def projector_drill(terms: list[DrillTerm], direction: Direction = Direction.ZH_EN) -> Drill:
    """A projector drill of every term, three seconds an item."""
    settings = DrillSettings(
        direction=direction, count=len(terms), mode=Mode.PROJECTOR, seconds=3, seed=4
    )
    return build_drill(terms, settings)


@pytest.fixture
def opened(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """open(drill) -> (window, outcomes): a run window whose countdown only the test moves."""
    monkeypatch.setattr(ProjectorWindow, "tick_ms", 0)
    windows: list[QWidget] = []

    def open_run(drill: Drill) -> tuple[Any, list[DrillRunOutcome]]:
        outcomes: list[DrillRunOutcome] = []
        window = open_drill_run(None, drill, student=None, on_finished=outcomes.append)
        windows.append(window)
        return window, outcomes

    yield open_run
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def press(window: QWidget, *keys: Qt.Key) -> None:
    """Press each key in turn on the window."""
    for key in keys:
        QTest.keyClick(window, key)


def test_the_countdown_runs_out_reveals_and_pauses(opened: Any) -> None:
    drill = projector_drill(TERMS)
    window, outcomes = opened(drill)
    assert isinstance(window, ProjectorWindow)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    first = drill.items[0]
    assert (window.prompt.text(), window.prompt_pinyin.text()) == (first.prompt, first.pinyin)
    assert (window.clock.text(), window.answer.text()) == ("3", "")
    window.tick()
    assert window.clock.text() == "2"
    assert window.bar.fraction == pytest.approx(2 / 3)
    press(window, Qt.Key.Key_P)
    assert window.pause_note.text() == "Paused"
    window.tick()
    assert window.clock.text() == "2"  # paused: time stands still
    press(window, Qt.Key.Key_P)
    assert window.pause_note.text() == ""
    window.tick()
    assert (window.clock.text(), window.answer.text()) == ("1", "")
    window.tick()
    assert window.clock.text() == "0"
    assert window.answer.text() == first.answer  # time is up: the answer shows by itself
    window.tick()
    assert window.clock.text() == "0"
    assert outcomes == []
    # revealed while paused: the pause ends with the countdown
    again, _ = opened(drill)
    press(again, Qt.Key.Key_P, Qt.Key.Key_Space)
    assert (again.answer.text(), again.pause_note.text()) == (first.answer, "")
    # a key held down repeats: it must not run through the items
    held = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True
    )
    QApplication.sendEvent(again, held)
    assert (again.index, again.answer.text()) == (0, first.answer)


def test_the_seconds_come_from_the_drill_settings(opened: Any) -> None:
    drill = projector_drill(TERMS)
    # as a drill read back from a stored run: its items carry the default seconds
    stored = Drill(
        replace(drill.settings, seconds=5),
        tuple(replace(i, seconds=20) for i in drill.items),
        (),
        3,
    )
    window, _ = opened(stored)
    assert window.clock.text() == "5"
    window.tick()
    assert (window.clock.text(), window.bar.fraction) == ("4", 0.8)


def test_a_real_timer_counts_down(opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProjectorWindow, "tick_ms", 1)
    window, _ = opened(projector_drill(TERMS))
    qtbot.waitUntil(lambda: window.answer.text() == window.item.answer, timeout=5000)
    assert window.clock.text() == "0"


def test_space_and_clicks_reveal_and_go_on_and_hard_marks_come_back(opened: Any) -> None:
    drill = projector_drill(TERMS)
    one, two, three = drill.items
    window, outcomes = opened(drill)
    press(window, Qt.Key.Key_Space)
    assert window.answer.text() == one.answer
    press(window, Qt.Key.Key_Space)
    assert (window.prompt.text(), window.answer.text(), window.clock.text()) == (
        two.prompt,
        "",
        "3",
    )
    press(window, Qt.Key.Key_H)
    assert window.mark.text() == "★ Hard for the class"
    press(window, Qt.Key.Key_H)
    assert window.mark.text() == ""
    press(window, Qt.Key.Key_H)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    assert window.answer.text() == two.answer
    press(window, Qt.Key.Key_Left)
    assert (window.prompt.text(), window.answer.text(), window.mark.text()) == (
        one.prompt,
        one.answer,
        "",
    )
    press(window, Qt.Key.Key_Right)
    assert (window.prompt.text(), window.answer.text(), window.mark.text()) == (
        two.prompt,
        "",
        "★ Hard for the class",
    )
    press(window, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert window.prompt.text() == three.prompt
    # a click on the text reaches the window, as one anywhere else does
    QTest.mouseClick(window.prompt, Qt.MouseButton.LeftButton)
    assert window.answer.text() == three.answer
    assert outcomes == []
    press(window, Qt.Key.Key_Space)
    assert window.summary.text() == f"Hard for the class:\n2. {two.prompt} — {two.answer}"
    assert outcomes == [DrillRunOutcome(results=(), hard_items=(2,), finished=True)]
    press(window, Qt.Key.Key_Escape)
    assert outcomes == [DrillRunOutcome(results=(), hard_items=(2,), finished=True)]


def test_other_answers_and_the_pinyin_of_a_chinese_answer_show(opened: Any) -> None:
    drill = projector_drill(TERMS)
    window, _ = opened(drill)
    while window.item.term_id != 3:
        press(window, Qt.Key.Key_Space, Qt.Key.Key_Space)
    press(window, Qt.Key.Key_Space)
    assert (window.answer.text(), window.answer_more.text()) == (
        "people-centred",
        "also: people-oriented",
    )
    window, _ = opened(projector_drill(TERMS[:2], Direction.EN_ZH))
    item = window.item
    press(window, Qt.Key.Key_Space)
    assert (window.prompt_pinyin.text(), window.answer.text(), window.answer_more.text()) == (
        "",
        item.accepted[0].text,
        item.accepted[0].pinyin,
    )


def test_leaving_early_hands_back_the_marks_so_far(opened: Any) -> None:
    drill = projector_drill(TERMS)
    window, outcomes = opened(drill)
    press(window, Qt.Key.Key_H, Qt.Key.Key_Escape)
    assert outcomes == [DrillRunOutcome(results=(), hard_items=(1,), finished=False)]


def test_a_drill_with_no_hard_item_says_so(opened: Any) -> None:
    window, outcomes = opened(projector_drill(TERMS[:1]))
    press(window, Qt.Key.Key_Space, Qt.Key.Key_Space)
    assert window.summary.text() == "No item was marked hard."
    assert outcomes == [DrillRunOutcome(results=(), hard_items=(), finished=True)]
    press(window, Qt.Key.Key_Return)  # Enter on the summary closes the window
    assert not shiboken6.isValid(window) or not window.isVisible()


def _seed_terms(collection: Any, seed_path: Path) -> list[DrillTerm]:
    """The terms a teacher drills after importing the seed and accepting what Duiyi found."""
    from desktop.gui.importing import import_path

    try:
        document = import_path(collection, seed_path).value.summary.document_id
        collection.candidates.extract(document_id=document)
        found = collection.candidates.all(document_id=document)
        collection.candidates.accept(term_ids=[c.id for c in found])
        return list(collection.drills.terms())
    finally:
        collection.close()


def _fits(window: QWidget, text: FittedText) -> None:
    bounds = text.text_bounds()
    assert text.rect().contains(bounds), (text.text(), bounds, text.rect())
    corner = text.mapTo(window, bounds.bottomRight())
    assert window.rect().contains(text.mapTo(window, bounds.topLeft()))
    assert window.rect().contains(corner), (text.text(), corner)


def test_the_longest_seed_terms_fit_at_1024_by_768_in_large_type(
    opened: Any, qtbot: Any, collection: Any, seed_path: Path
) -> None:
    terms = _seed_terms(collection, seed_path)
    longest_chinese = max(terms, key=lambda t: len(t.chinese))
    longest_english = max(terms, key=lambda t: len(t.preferred))
    assert len(longest_chinese.chinese) >= 10 and len(longest_english.preferred) >= 40
    # and beyond the seed: a long Chinese phrase and an English word longer than a line
    made_up = DrillTerm(
        9999,
        "构建网络空间命运共同体的理念与实践路径研究报告",
        "gòujiàn wǎngluò kōngjiān mìngyùn gòngtóngtǐ de lǐniàn yǔ shíjiàn lùjìng",
        ("internationalisationwithoutspacesanywhereinthiswordatallreally",),
    )
    chosen = [longest_chinese, longest_english, made_up]
    for direction in (Direction.ZH_EN, Direction.EN_ZH):
        window, _ = opened(projector_drill(chosen, direction))
        window.showNormal()
        window.resize(1024, 768)
        qtbot.waitUntil(lambda w=window: w.size() == QSize(1024, 768))
        for _ in chosen:
            for text in (window.prompt, window.prompt_pinyin):
                _fits(window, text)
            press(window, Qt.Key.Key_Space)
            for text in (window.answer, window.answer_more):
                _fits(window, text)
            if window.item.term_id != made_up.term_id:
                # Large: 40 px is the least a back row reads on a projected 768-line picture.
                assert window.prompt.fitted_font().pixelSize() >= 40, window.prompt.text()
                assert window.answer.fitted_font().pixelSize() >= 40, window.answer.text()
            press(window, Qt.Key.Key_Space)
        window.close()


def test_type_grows_with_the_window(opened: Any, qtbot: Any) -> None:
    window, _ = opened(projector_drill(TERMS[:1]))
    window.showNormal()
    sizes = []
    for height in (600, 900):
        window.resize(int(height * 4 / 3), height)
        qtbot.waitUntil(lambda h=height: window.height() == h)
        sizes.append(window.prompt.fitted_font().pixelSize())
    # 网络空间 fits at the full share of the height: 0.15 of it
    assert sizes == [90, 135]


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_every_text_reads_against_the_background(opened: Any, qapp: Any, theme: str) -> None:
    before = (qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet())
    dark_before = qapp.property("duiyi_dark")
    apply_theme(theme)
    try:
        window, _ = opened(projector_drill(TERMS))
        press(window, Qt.Key.Key_Space)
        background = window.palette().color(QPalette.ColorRole.Window)
        for text in window.findChildren(FittedText):
            colour = text.colour()
            assert _contrast(colour, background) >= 4.5, (theme, text.text(), colour.name())
    finally:
        qapp.setStyle(before[0])
        qapp.setPalette(before[1])
        qapp.setStyleSheet(before[2])
        qapp.setProperty("duiyi_dark", dark_before)
        QApplication.processEvents()
