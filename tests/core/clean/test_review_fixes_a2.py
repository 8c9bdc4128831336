"""Review fixes to the cutting of lines in both languages (issue 12): a label or a quotation
glued to a Chinese sentence stays in it; an English phrase glued before a Chinese heading is
its translation; English phrases inside a Chinese sentence are not subtitles; a bracket glossing
a word of a sentence whose translation is beside it is not the sentence's translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.clean.bilingual import split_languages
from duiyi.clean.lines import rejoin_lines
from duiyi.document import TextBlock
from duiyi.pipeline import read_and_align


def _tops(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "lesson.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.zh, p.en) for p in read_and_align(path).pairs if p.kind != "sentence"]


@pytest.mark.parametrize(
    "line",
    [
        "Lesson 3.我的家",
        "Unit 5.我们的学校",
        "Step 1.打开电脑的电源。",
        "Python 3.是一种常用的编程语言。",
        "Moon Phone 15 Pro.是一款新手机。",
        "e.g.苹果和香蕉",
        "Dr.王是我的老师，她很好。",
        "“Thank you very much.”她笑着说。",
    ],
)
def test_a_label_or_quotation_glued_to_chinese_stays_in_it(line: str) -> None:
    assert split_languages(line) == [line]


def test_a_chinese_heading_with_a_glued_label_pairs_with_its_english(tmp_path: Path) -> None:
    text = (
        "Lesson 3. My Home\n\nLesson 3.我的家\n\n"
        "My family lives in a small flat near the station.\n\n"
        "我家住在车站附近的一套小公寓里。\n"
    )
    assert _tops(tmp_path, text) == [
        ("Lesson 3.我的家", "Lesson 3. My Home"),
        ("我家住在车站附近的一套小公寓里。", "My family lives in a small flat near the station."),
    ]


def test_a_quotation_opening_a_chinese_paragraph_stays_in_it(tmp_path: Path) -> None:
    text = (
        "“Thank you very much.” she said with a smile, and closed the door behind her.\n\n"
        "“Thank you very much.”她笑着说，然后随手关上了门。\n\n"
        "The street was quiet again.\n\n街上又安静了下来。\n"
    )
    assert _tops(tmp_path, text) == [
        (
            "“Thank you very much.”她笑着说，然后随手关上了门。",
            "“Thank you very much.” she said with a smile, and closed the door behind her.",
        ),
        ("街上又安静了下来。", "The street was quiet again."),
    ]


def test_glued_english_sentences_before_chinese_are_still_cut() -> None:
    assert split_languages("The boat left at dawn. It was cold.船在黎明时出发。天很冷。") == [
        "The boat left at dawn. It was cold.",
        "船在黎明时出发。天很冷。",
    ]


BODY = "\n\nThe ferry now leaves every twenty minutes.\n\n渡轮现在每二十分钟开出一班。\n"


def test_an_english_heading_glued_before_its_chinese_pairs_with_it(tmp_path: Path) -> None:
    assert _tops(tmp_path, "Origins of the Lantern Festival元宵节的由来" + BODY) == [
        ("元宵节的由来", "Origins of the Lantern Festival"),
        ("渡轮现在每二十分钟开出一班。", "The ferry now leaves every twenty minutes."),
    ]


def test_a_short_name_glued_before_a_chinese_heading_stays_in_it(tmp_path: Path) -> None:
    assert _tops(tmp_path, "Harbour Daily双语专栏" + BODY) == [
        ("Harbour Daily双语专栏", ""),
        ("渡轮现在每二十分钟开出一班。", "The ferry now leaves every twenty minutes."),
    ]


PHRASES = (
    "我们将使用 machine learning and deep neural networks 来分析数据，"
    "然后 build a simple model for the future 并测试它。"
)
PHRASES_TRANSLATED = (
    "We will use machine learning and deep neural networks to analyse the data, "
    "then build a simple model for the future and test it."
)
# Two phrases, two Chinese parts: by count alone it could be clauses by turns.
TWO_PHRASES = (
    "我们将使用 machine learning and deep neural networks 来分析这些数据，"
    "然后我们会 build a simple model for the future"
)


def test_two_english_phrases_inside_a_chinese_sentence_stay_in_it() -> None:
    assert split_languages(PHRASES) == [PHRASES]


def test_a_line_translated_on_the_next_line_is_one_sentence() -> None:
    blocks, _removed = rejoin_lines(
        [TextBlock(TWO_PHRASES), TextBlock(PHRASES_TRANSLATED), TextBlock("这个项目明年结束。")]
    )
    assert [b.text for b in blocks] == [TWO_PHRASES, PHRASES_TRANSLATED, "这个项目明年结束。"]


def test_the_phrases_line_gets_no_wrong_pairs(tmp_path: Path) -> None:
    text = (
        f"{PHRASES}\n\n{PHRASES_TRANSLATED}\n\n这个项目明年结束。\n\nThe project ends next year.\n"
    )
    assert [pair for pair in _tops(tmp_path, text) if pair[0] and pair[1]] == [
        ("这个项目明年结束。", "The project ends next year.")
    ]


def test_a_bracket_glossing_a_place_in_a_sentence_translated_above_stays(
    tmp_path: Path,
) -> None:
    text = (
        "我们步行去了鼓楼。\n\nWe walked to the Drum Tower（鼓楼）.\n\n"
        "我们参观了人民大会堂。\n\nWe saw the Great Hall（人民大会堂）.\n\n"
        "那天下午下雨了。\n\nIt rained that afternoon.\n"
    )
    assert _tops(tmp_path, text) == [
        ("我们步行去了鼓楼。", "We walked to the Drum Tower（鼓楼）."),
        ("我们参观了人民大会堂。", "We saw the Great Hall（人民大会堂）."),
        ("那天下午下雨了。", "It rained that afternoon."),
    ]


def test_a_bracketed_heading_standing_alone_is_still_cut() -> None:
    assert split_languages("Harbour Office（港务局）", ["The ferry leaves at noon."]) == [
        "Harbour Office",
        "港务局",
    ]


def test_a_bracket_much_shorter_than_the_sentence_is_a_gloss() -> None:
    line = "We walked to the Drum Tower（鼓楼）."
    assert split_languages(line) == [line]


def test_a_study_note_beside_a_label_of_a_fitting_length_is_still_cut() -> None:
    blocks, _removed = rejoin_lines(
        [
            TextBlock("主句：The old mill has been turning（老磨坊一直在转）"),
            TextBlock("并列的短语（描述村里人的做法）：1."),
        ]
    )
    assert [b.text for b in blocks] == [
        "The old mill has been turning",
        "主句：老磨坊一直在转",
        "并列的短语（描述村里人的做法）：1.",
    ]
