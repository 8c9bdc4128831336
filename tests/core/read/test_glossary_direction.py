"""Which way round a handout line is written, and English-first lines parsed."""

from __future__ import annotations

import pytest

from duiyi.document import GlossaryEntry
from duiyi.read.glossary import (
    file_direction,
    glossary_of_text,
    line_direction,
    looks_like_glossary,
    parse_glossary_line,
)


@pytest.mark.parametrize(
    ("line", "direction"),
    [
        ("数字鸿沟 digital divide", "zh-en"),
        ("AI技术 AI technology", "zh-en"),
        ("5G网络 5G network", "zh-en"),
        ("translate 翻译", "en-zh"),
        ("5G network 5G网络", "en-zh"),
        ("**digital divide** 数字鸿沟", "en-zh"),
        ("1. annual report（年度报告）", "en-zh"),
        ("只有中文", None),
        ("English only", None),
    ],
)
def test_line_direction(line: str, direction: str | None) -> None:
    assert line_direction(line) == direction


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("translate 翻译", GlossaryEntry("翻译", ("translate",))),
        ("digital divide: 数字鸿沟", GlossaryEntry("数字鸿沟", ("digital divide",))),
        ("annual report（年度报告）", GlossaryEntry("年度报告", ("annual report",))),
        ("5G network 5G网络", GlossaryEntry("5G网络", ("5G network",))),
        (
            "**machine translation** — 机器翻译",
            GlossaryEntry("机器翻译", ("machine translation",)),
        ),
        (
            "connectivity / interconnection 互联互通 [hùlián hùtōng]",
            GlossaryEntry("互联互通", ("connectivity", "interconnection"), pinyin="hùlián hùtōng"),
        ),
        ("to eat 食べる", GlossaryEntry("食べる", ("to eat",))),
    ],
)
def test_english_first_lines(line: str, expected: GlossaryEntry) -> None:
    assert parse_glossary_line(line, "en-zh") == expected


def test_file_direction_is_the_majority() -> None:
    assert file_direction(
        ["translate 翻译", "annual report 年度报告", "数字鸿沟 digital divide"]
    ) == ("en-zh")
    assert file_direction(["数字鸿沟 digital divide", "translate 翻译"]) == "zh-en"  # a tie


def test_lines_shaped_as_pairs_without_chinese_make_no_glossary() -> None:
    # Two of three lines have a pair's shape, but their "Chinese" is Hangul: the text is prose.
    lines = ["A:가", "促进互联互通，共建数字丝绸之路。", "A:가"]
    assert looks_like_glossary(lines) is False
    assert glossary_of_text("\n".join(lines)) is None
    assert looks_like_glossary(["A:数字", "促进互联互通，共建数字丝绸之路。", "B:网络"]) is True
