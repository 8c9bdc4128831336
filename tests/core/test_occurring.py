"""Cutting a word list down to the words a document mentions."""

from __future__ import annotations

from duiyi.occurring import occurring


def test_finds_words_of_every_length_in_any_text() -> None:
    words = ["数字鸿沟", "网络空间命运共同体", "鸿沟", "未出现", "", "digital"]
    texts = ["弥合数字鸿沟。", "构建网络空间命运共同体", "the digital divide"]
    assert occurring(words, texts) == {"数字鸿沟", "鸿沟", "网络空间命运共同体", "digital"}


def test_words_longer_than_every_text_and_no_texts() -> None:
    assert occurring(["很长的一个词语"], ["短"]) == set()
    assert occurring(["词"], []) == set()
