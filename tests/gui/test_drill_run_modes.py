"""Multiple choice, typing and matching run windows, answered right and wrong by keys and clicks,
with the exact outcome each hands back once; user text shown as typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.gui.drill_run import DrillRunOutcome, ItemResult, open_drill_run
from desktop.gui.drill_run.choice import ChoiceWindow
from desktop.gui.drill_run.matching import MatchingWindow
from desktop.gui.drill_run.typed import TypingWindow
from desktop.gui.theme import apply_theme
from duiyi.drill.build import Drill, build_drill
from duiyi.drill.terms import Direction, DrillSettings, DrillTerm, Mode
from duiyi.errors import InvalidInput

TERMS = [
    DrillTerm(1, "以人为本", "yǐ rén wéi běn", ("people-centered", "people-oriented")),
    DrillTerm(2, "数字鸿沟", "shùzì hónggōu", ("digital divide",)),
    DrillTerm(3, "标准化", "biāozhǔnhuà", ("standardisation",)),
    DrillTerm(4, "网络空间", "wǎngluò kōngjiān", ("cyberspace",)),
    DrillTerm(5, "研发", "yánfā", ("R&D",)),
    DrillTerm(6, "知识产权", "zhīshi chǎnquán", ("intellectual property",)),
]


def drill_of(
    mode: Mode, terms: list[DrillTerm], direction: Direction = Direction.ZH_EN, seed: int = 7
) -> Drill:
    """A drill asking every term once."""
    settings = DrillSettings(direction=direction, count=len(terms), mode=mode, seed=seed)
    return build_drill(terms, settings)


@pytest.fixture
def opened(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """open(drill, student) -> (window, outcomes); the matching clock moves only on tick()."""
    monkeypatch.setattr(MatchingWindow, "tick_ms", 0)
    windows: list[QWidget] = []

    def open_run(drill: Drill, student: str | None = "Li Lei") -> tuple[Any, list[Any]]:
        outcomes: list[DrillRunOutcome] = []
        window = open_drill_run(None, drill, student=student, on_finished=outcomes.append)
        windows.append(window)
        return window, outcomes

    yield open_run
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def press(widget: QWidget, *keys: Qt.Key) -> None:
    """Press each key in turn."""
    for key in keys:
        QTest.keyClick(widget, key)


def letter_key(index: int) -> Qt.Key:
    """The key of option `index` by letter (A, B, ...)."""
    return Qt.Key(int(Qt.Key.Key_A) + index)


def number_key(index: int) -> Qt.Key:
    """The key of option `index` by number (1, 2, ...)."""
    return Qt.Key(int(Qt.Key.Key_1) + index)


# ----- multiple choice ---------------------------------------------------------------------


def test_choice_by_number_letter_and_click_right_and_wrong(opened: Any, qtbot: Any) -> None:
    drill = drill_of(Mode.MULTIPLE_CHOICE, TERMS[:4])
    one, two, three, four = drill.items
    window, outcomes = opened(drill)
    assert isinstance(window, ChoiceWindow)
    assert window.header.text() == "Li Lei · Item 1 of 4"
    assert window.prompt.text() == one.prompt
    assert [b.label_text() for b in window.buttons] == [
        f"{letter}   {option}" for letter, option in zip("ABCD", one.options, strict=True)
    ]
    assert not window.next_button.isEnabled()
    press(window, number_key(one.right))
    assert window.verdict.text() == "Right."
    assert window.buttons[one.right].property("verdict") == "right"
    press(window, number_key((one.right + 1) % 4))  # a second choice changes nothing
    assert window.results[one.number] == ItemResult(one.number, one.right_letter, True)
    press(window, Qt.Key.Key_Return)

    wrong = (two.right + 1) % 4
    press(window, letter_key(wrong))
    assert window.verdict.text() == f"Not right. The answer is {two.right_letter}. {two.answer}"
    assert [b.property("verdict") for b in window.buttons] == [
        "wrong" if i == wrong else "right" if i == two.right else "" for i in range(4)
    ]
    press(window, Qt.Key.Key_Space)

    assert [b.property("verdict") for b in window.buttons] == ["", "", "", ""]
    qtbot.mouseClick(window.buttons[three.right], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    wrong_four = (four.right + 3) % 4
    qtbot.mouseClick(window.buttons[wrong_four], Qt.MouseButton.LeftButton)
    assert outcomes == []
    press(window, Qt.Key.Key_Right)
    assert window.summary.text() == (
        f"2 of 4 right\nTo look at again:\n2. {two.prompt} — {two.answer}\n"
        f"4. {four.prompt} — {four.answer}"
    )
    expected = DrillRunOutcome(
        results=(
            ItemResult(1, one.right_letter, True),
            ItemResult(2, "ABCD"[wrong], False),
            ItemResult(3, three.right_letter, True),
            ItemResult(4, "ABCD"[wrong_four], False),
        ),
        hard_items=(),
        finished=True,
    )
    assert outcomes == [expected]
    press(window, Qt.Key.Key_Return)  # closes
    assert outcomes == [expected]


def test_choice_closed_early_hands_back_what_was_answered(opened: Any) -> None:
    drill = drill_of(Mode.MULTIPLE_CHOICE, TERMS[:4])
    one = drill.items[0]
    window, outcomes = opened(drill, None)
    assert window.header.text() == "Item 1 of 4"
    press(window, letter_key(one.right), Qt.Key.Key_Return, Qt.Key.Key_Escape)
    assert outcomes == [
        DrillRunOutcome((ItemResult(1, one.right_letter, True),), hard_items=(), finished=False)
    ]


def test_choice_shows_user_text_as_typed(opened: Any) -> None:
    terms = [*TERMS[:3], DrillTerm(9, "<b>研发</b>", "", ("<i>R&D</i>",))]
    drill = drill_of(Mode.MULTIPLE_CHOICE, terms)
    window, _ = opened(drill, "<a href='x'>Li</a>")
    assert window.header.textFormat() == Qt.TextFormat.PlainText
    assert window.header.text().startswith("<a href='x'>Li</a> · ")
    while window.item.term_id != 9:
        press(window, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert window.prompt.text() == "<b>研发</b>"  # drawn as text: FittedText has no markup
    right = window.buttons[window.item.right]
    assert right.label.textFormat() == Qt.TextFormat.PlainText
    assert right.label_text().endswith("   <i>R&D</i>")


# ----- typing ------------------------------------------------------------------------------


def type_text(edit: QWidget, text: str) -> None:
    """Type `text` as a student does: Latin letters key by key, anything else (characters,
    pinyin with tone marks) committed by the input method."""
    if text.isascii():
        QTest.keyClicks(edit, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)
    QApplication.processEvents()  # Enter right after a commit belongs to the input method


TYPED_EN = {1: "People-centred", 2: "the digital divide", 3: "standardization", 4: "internet"}
TYPED_ZH = {1: "yǐ rén wéi běn", 2: "數字鴻溝", 3: "标准化", 4: "wangluo kongjian"}


@pytest.mark.parametrize(
    ("direction", "typed", "right"),
    [
        # British and American spellings, an article, either renderings; a wrong answer
        (Direction.ZH_EN, TYPED_EN, {1: True, 2: True, 3: True, 4: False}),
        # pinyin with tones, traditional or simplified characters; pinyin without tones is not
        (Direction.EN_ZH, TYPED_ZH, {1: True, 2: True, 3: True, 4: False}),
    ],
)
def test_typing_grades_like_typed_reviews(
    opened: Any, direction: Direction, typed: dict[int, str], right: dict[int, bool]
) -> None:
    drill = drill_of(Mode.TYPING, TERMS[:4], direction)
    window, outcomes = opened(drill)
    assert isinstance(window, TypingWindow)
    for item in drill.items:
        assert window.prompt.text() == item.prompt
        type_text(window.edit, typed[item.term_id])
        press(window.edit, Qt.Key.Key_Return)
        assert window.verdict.text() == ("Right." if right[item.term_id] else "Not right.")
        assert window.edit.isReadOnly()
        shown = " · ".join(
            f"{a.text} ({a.pinyin})" if direction is Direction.EN_ZH else a.text
            for a in item.accepted
        )
        assert window.answers.text() == f"Answer: {shown}"
        press(window.edit, Qt.Key.Key_Return)
    results = tuple(ItemResult(i.number, typed[i.term_id], right[i.term_id]) for i in drill.items)
    assert outcomes == [DrillRunOutcome(results, hard_items=(), finished=True)]
    wrong = next(i for i in drill.items if i.term_id == 4)
    assert window.summary.text() == (
        f"3 of 4 right\nTo look at again:\n{wrong.number}. {wrong.prompt} — {wrong.answer}"
    )


def test_typing_an_empty_answer_is_wrong_and_shows_the_answer(opened: Any) -> None:
    drill = drill_of(Mode.TYPING, TERMS[:2])
    one = drill.items[0]
    window, outcomes = opened(drill)
    press(window.edit, Qt.Key.Key_Return)
    assert (window.verdict.text(), window.answers.text()) == (
        "Not right.",
        f"Answer: {' · '.join(a.text for a in one.accepted)}",
    )
    press(window.edit, Qt.Key.Key_Return, Qt.Key.Key_Escape)
    assert outcomes == [DrillRunOutcome((ItemResult(1, "", False),), (), finished=False)]


# ----- matching ----------------------------------------------------------------------------


def test_matching_by_keys_and_clicks_with_a_wrong_try_and_the_clock(
    opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MatchingWindow, "flash_ms", 1)
    drill = drill_of(Mode.MATCHING, TERMS[:4])
    (group,) = drill.groups
    one, two, three, four = group.items
    column = [group.column.index(item.answer) for item in group.items]
    window, outcomes = opened(drill)
    assert isinstance(window, MatchingWindow)
    assert [b.label_text() for b in window.left[:4]] == [f"{n}   {i.prompt}" for n, i in
                                                    enumerate(group.items, 1)]  # fmt: skip
    assert [b.label_text() for b in window.right[:4]] == [
        f"{'ABCD'[n]}   {text}" for n, text in enumerate(group.column)
    ]
    assert window.clock.text() == "0:00"
    press(window, Qt.Key.Key_1, letter_key(column[0]))
    assert not window.left[0].isEnabled() and not window.right[column[0]].isEnabled()
    assert window.left[0].property("verdict") == "done"
    # a wrong pair: both flash red, then are free again
    press(window, Qt.Key.Key_2, letter_key(column[2]))
    assert [window.left[1].property("verdict"), window.right[column[2]].property("verdict")] == [
        "wrong",
        "wrong",
    ]
    qtbot.waitUntil(lambda: window.left[1].property("verdict") == "")
    assert window.right[column[2]].property("verdict") == ""
    assert window.left[1].isEnabled() and window.right[column[2]].isEnabled()
    window.tick()
    window.tick()
    assert window.clock.text() == "0:02"
    press(window, Qt.Key.Key_2, letter_key(column[1]))
    qtbot.mouseClick(window.left[2], Qt.MouseButton.LeftButton)
    assert window.left[2].isChecked()
    qtbot.mouseClick(window.right[column[2]], Qt.MouseButton.LeftButton)
    assert outcomes == []
    # answer column first, then the prompt
    qtbot.mouseClick(window.right[column[3]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.left[3], Qt.MouseButton.LeftButton)
    assert window.summary.text() == "Time: 0:02\n3 of 4 matched at the first try"
    window.tick()
    assert window.elapsed == 2  # the clock stops at the end
    assert outcomes == [
        DrillRunOutcome(
            results=(
                ItemResult(one.number, one.answer, True),
                ItemResult(two.number, three.answer, False),
                ItemResult(three.number, three.answer, True),
                ItemResult(four.number, four.answer, True),
            ),
            hard_items=(),
            finished=True,
        )
    ]


def test_matching_goes_group_by_group_and_a_real_clock_counts(
    opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MatchingWindow, "tick_ms", 1)
    terms = [DrillTerm(i, f"词{i}", "", (f"word {i}",)) for i in range(1, 10)]
    drill = drill_of(Mode.MATCHING, terms)
    first, second = drill.groups
    window, outcomes = opened(drill)
    qtbot.waitUntil(lambda: window.elapsed >= 2)
    assert window.header.text() == "Li Lei · Group 1 of 2 · Pair each term with its translation"
    for row, item in enumerate(first.items):
        window.pick("left", row)
        window.pick("right", first.column.index(item.answer))
    assert window.header.text() == "Li Lei · Group 2 of 2 · Pair each term with its translation"
    assert [b.isVisible() for b in window.left] == [True] + [False] * 7
    assert window.left[0].label_text() == f"1   {second.items[0].prompt}"
    window.pick("right", 0)
    window.pick("left", 0)
    assert [r.correct for r in outcomes[0].results] == [True] * 9
    assert outcomes[0].finished


def test_matching_closed_early_keeps_wrong_tries(opened: Any) -> None:
    drill = drill_of(Mode.MATCHING, TERMS[:4])
    (group,) = drill.groups
    wrong = (group.column.index(group.items[0].answer) + 1) % 4
    window, outcomes = opened(drill)
    press(window, Qt.Key.Key_1, letter_key(wrong), Qt.Key.Key_Escape)
    assert outcomes == [
        DrillRunOutcome((ItemResult(1, group.column[wrong], False),), (), finished=False)
    ]


# ----- 简体中文 ------------------------------------------------------------------------------


def test_every_run_window_speaks_chinese_and_switches_back(opened: Any, qapp: Any) -> None:
    from desktop.gui.app import install_language

    drill = drill_of(Mode.MULTIPLE_CHOICE, TERMS[:4])
    install_language(qapp, "zh_CN")
    try:
        window, _ = opened(drill, None)
        assert window.windowTitle() == "练习"
        assert (window.header.text(), window.next_button.text()) == (
            "第 1 题，共 4 题",
            "下一题（Enter）",
        )
        assert window.keys.text() == "1–4 或 A–D 选择 · Enter 下一题 · Esc 停止"
        one, two = drill.items[:2]
        press(window, letter_key(one.right))
        assert window.verdict.text() == "正确。"
        press(window, Qt.Key.Key_Return, letter_key((two.right + 1) % 4))
        assert window.verdict.text() == f"不对。正确答案是 {two.right_letter}. {two.answer}"
        typing, _ = opened(drill_of(Mode.TYPING, TERMS[:2]), None)
        assert typing.edit.placeholderText() == "输入英文，然后按 Enter"
        matching, _ = opened(drill_of(Mode.MATCHING, TERMS[:4]), None)
        assert matching.header.text() == "把每个术语与其译文配对"
        projector, _ = opened(drill_of(Mode.PROJECTOR, TERMS[:1]))
        assert projector.keys.text() == "空格 显示答案 · H 标为难 · P 暂停 · Esc 结束"
        press(projector, Qt.Key.Key_H, Qt.Key.Key_Space)
        assert (projector.mark.text(), projector.keys.text()) == (
            "★ 全班觉得难",
            "空格 下一题 · ← 上一题 · H 标为难 · Esc 结束",
        )
        press(projector, Qt.Key.Key_Space)
        assert projector.summary_title.text() == "练习结束"
    finally:
        install_language(qapp, "en")
        QApplication.processEvents()
    # a window open while the language changes shows its texts in the new one
    assert window.next_button.text() == "Next (Enter)"
    assert projector.summary.text().startswith("Hard for the class:\n1. ")


LONG = [
    DrillTerm(number, chinese, "", (english,))
    for number, chinese, english in [
        (21, "网络空间高效运转",
         "efficient operation and innovation-driven development of cyberspace"),
        (22, "联合国2030年可持续发展议程", "UN 2030 Agenda for Sustainable Development"),
        (23, "文明交流互鉴", "online platform for cultural exchanges and mutual learning"),
        (24, "新技术影响", "thorough studies to examine the impact of new technologies"),
    ]
]  # fmt: skip


@pytest.mark.parametrize("mode", [Mode.MULTIPLE_CHOICE, Mode.MATCHING])
def test_long_options_get_a_smaller_font_not_cut_off(opened: Any, qtbot: Any, mode: Mode) -> None:
    drill = drill_of(mode, [*TERMS[:4], *LONG])
    window, _ = opened(drill)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    widest = 0
    for _ in drill.items if mode is Mode.MULTIPLE_CHOICE else [None]:
        buttons = window.buttons if mode is Mode.MULTIPLE_CHOICE else [*window.left, *window.right]
        shown = [b for b in buttons if b.isVisible()]
        assert len(shown) == (4 if mode is Mode.MULTIPLE_CHOICE else 16)
        for button in shown:
            bounds = button.text_bounds()
            assert button.rect().contains(bounds), button.label_text()
            assert button.label.font().pixelSize() >= 14, button.label_text()
            widest = max(widest, len(button.label_text()))
        if mode is Mode.MULTIPLE_CHOICE:
            press(window, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert widest >= 60  # the longest rendering was among them
    assert window.width() == 1024  # the text did not widen the window


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_right_and_wrong_read_in_either_theme(opened: Any, qapp: Any, theme: str) -> None:
    before = (qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet())
    dark_before = qapp.property("duiyi_dark")
    apply_theme(theme)
    try:
        drill = drill_of(Mode.MULTIPLE_CHOICE, TERMS[:4])
        window, _ = opened(drill)
        one, two = drill.items[:2]
        background = _luminance(window.palette().color(QPalette.ColorRole.Window))
        for index in (one.right, (two.right + 1) % 4):  # right, then wrong
            press(window, number_key(index))
            colour = window.verdict.palette().color(window.verdict.foregroundRole())
            light, dark = sorted((_luminance(colour), background), reverse=True)
            assert (light + 0.05) / (dark + 0.05) >= 4.5, (theme, colour.name())
            press(window, Qt.Key.Key_Return)
    finally:
        qapp.setStyle(before[0])
        qapp.setPalette(before[1])
        qapp.setStyleSheet(before[2])
        qapp.setProperty("duiyi_dark", dark_before)


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        (
            Mode.MULTIPLE_CHOICE,
            "This drill has items without options: build it for multiple choice.",
        ),
        (Mode.MATCHING, "This drill has no pairs to match: build it for matching."),
    ],
)
def test_a_drill_not_built_for_its_mode_is_refused(opened: Any, mode: Mode, message: str) -> None:
    typing = drill_of(Mode.TYPING, TERMS[:4])
    drill = replace(typing, settings=replace(typing.settings, mode=mode))
    with pytest.raises(InvalidInput) as refused:
        opened(drill)
    assert str(refused.value) == message


def test_a_run_window_of_a_screen_is_a_window_of_its_own_and_goes_when_closed(
    qtbot: Any,
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    outcomes: list[DrillRunOutcome] = []
    drill = drill_of(Mode.TYPING, TERMS[:2])
    window = open_drill_run(screen, drill, student=None, on_finished=outcomes.append)
    assert window.isWindow() and window.parent() is screen
    window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    assert shiboken6.isValid(screen)
    assert outcomes == [DrillRunOutcome((), (), finished=False)]


HEADERS = {
    Mode.MULTIPLE_CHOICE: "Li Lei · Item 1 of 4",
    Mode.TYPING: "Li Lei · Item 1 of 4",
    Mode.MATCHING: "Li Lei · Pair each term with its translation",
}


@pytest.mark.parametrize("mode", list(HEADERS))
def test_every_students_window_lays_out_its_labels_alike(opened: Any, mode: Mode) -> None:
    window, _ = opened(drill_of(mode, TERMS[:4]))
    window.resize(900, 700)
    QApplication.processEvents()
    centre = Qt.AlignmentFlag.AlignCenter
    plain = Qt.TextFormat.PlainText
    hints = (window.header, window.keys, window.summary_keys)
    assert window.header.text() == HEADERS[mode]
    assert [(label.objectName(), label.alignment(), label.textFormat()) for label in hints] == [
        ("hint", QLabel().alignment(), plain),
        ("hint", centre, plain),
        ("hint", centre, plain),
    ]
    size = max(11, round(window.height() * 0.022))
    assert [label.font().pixelSize() for label in hints] == [size, size, size]
    names = {Mode.MULTIPLE_CHOICE: ["verdict"], Mode.TYPING: ["verdict", "answers"]}
    messages = [getattr(window, name) for name in names.get(mode, [])]
    assert [(m.alignment(), m.wordWrap(), m.textFormat()) for m in messages] == [
        (centre, True, plain) for _ in messages
    ]
    end = window.pages.widget(1).layout()
    assert window.pages.count() == 2
    assert window.header.window() is window and window.pages.currentIndex() == 0
    assert [end.itemAt(n).widget() for n in range(end.count())] == [
        window.summary_title,
        window.summary,
        window.summary_keys,
    ]
    assert [end.stretch(n) for n in range(end.count())] == [1, 4, 0]


@pytest.mark.parametrize("mode", [Mode.MULTIPLE_CHOICE, Mode.TYPING])
def test_a_students_end_page_speaks_chinese(opened: Any, qapp: Any, mode: Mode) -> None:
    from desktop.gui.app import install_language

    drill = drill_of(mode, TERMS[:2])
    install_language(qapp, "zh_CN")
    try:
        window, outcomes = opened(drill)
        for item in drill.items:  # the first answered wrong, the second right
            if mode is Mode.TYPING:
                type_text(window.edit, "" if item is drill.items[0] else item.answer)
                press(window.edit, Qt.Key.Key_Return, Qt.Key.Key_Return)
            else:
                wrong = (item.right + 1) % len(item.options)
                press(window, letter_key(wrong if item is drill.items[0] else item.right))
                press(window, Qt.Key.Key_Return)
        first = drill.items[0]
        assert (window.summary_title.text(), window.summary_keys.text()) == (
            "练习结束",
            "按 Enter 或 Esc 关闭",
        )
        assert window.summary.text() == (
            f"2 题答对 1 题\n需要再看的：\n{first.number}. {first.prompt} — {first.answer}"
        )
        assert [r.correct for r in outcomes[0].results] == [False, True]
    finally:
        install_language(qapp, "en")
        QApplication.processEvents()
    assert window.summary_title.text() == "End of the drill"
