"""Pinyin of words and normalisation of typed pinyin."""

from __future__ import annotations

import pytest

from duiyi.pinyin import (
    normalise_pinyin,
    numbers_to_marks,
    pinyin_marks,
    pinyin_numbers,
    pinyin_plain,
    strip_tones,
)


def test_marks_join_syllables_of_a_word_and_separate_words() -> None:
    assert pinyin_marks("网络空间命运共同体") == "wǎngluò kōngjiān mìngyùn gòngtóngtǐ"


def test_polyphones_read_by_word() -> None:
    assert pinyin_marks("银行行长") == "yínháng hángzhǎng"


def test_numbers_and_plain() -> None:
    assert pinyin_numbers("数字鸿沟").split() == ["shu4zi4", "hong2gou1"]
    assert pinyin_plain("绿色") == "lüse"


def test_digits_kept() -> None:
    assert "2030" in pinyin_marks("联合国2030年可持续发展议程").split()


@pytest.mark.parametrize(
    ("typed", "tones", "expected"),
    [
        ("Wang3 luo4", True, "wǎngluò"),
        ("lv4se4", True, "lǜsè"),
        ("nu:3", True, "nǚ"),
        ("xi'an1", True, "xiān"),
        ("ma5", True, "ma"),
        ("gou3", True, "gǒu"),
        ("hong2gou1", False, "honggou"),
        ("wǎng luò", False, "wangluo"),
        ("LÜ4", False, "lü"),
    ],
)
def test_normalise_pinyin(typed: str, tones: bool, expected: str) -> None:
    assert normalise_pinyin(typed, keep_tones=tones) == expected


def test_marks_and_numbers_agree() -> None:
    word = "包容共生"
    assert normalise_pinyin(pinyin_numbers(word), keep_tones=True) == normalise_pinyin(
        pinyin_marks(word), keep_tones=True
    )
    assert strip_tones(numbers_to_marks("zhong1guo2")) == "zhongguo"
