"""Finding many terms in a text at once, as find_all finds one."""

from __future__ import annotations

from desktop.gui.richtext import TermMatcher, find_all

ZH = "构建网络空间命运共同体，弥合数字鸿沟，推动网络空间治理。"
EN = "We will bridge the digital divide and build a community with a shared future in cyberspace."


def test_chinese_anywhere_longest_first() -> None:
    matcher = TermMatcher(["网络空间", "网络空间命运共同体", "数字鸿沟", "鸿沟", "不在这里"])
    spans = matcher.spans(ZH)
    assert (ZH.index("网络空间命运共同体"), ZH.index("网络空间命运共同体") + 9) in spans
    assert find_all(ZH, "数字鸿沟")[0] in spans
    second = ZH.rindex("网络空间")
    assert (second, second + 4) in spans
    assert not any(ZH[s:e] == "不在这里" for s, e in spans)


def test_english_whole_words_case_insensitive() -> None:
    terms = ["digital divide", "Cyberspace", "un", "a community with a shared future"]
    matcher = TermMatcher(terms)
    found = {EN[s:e] for s, e in matcher.spans(EN)}
    assert found == {"digital divide", "cyberspace", "a community with a shared future"}
    assert TermMatcher([]).spans(EN) == []
