"""Candidates, round 3: Chinese terms never proposed on unseen texts though their English is in
the aligned sentence. Each class with a small made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.types import TermCandidate


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _by_chinese(*pairs: tuple[str, str]) -> dict[str, tuple[str, float]]:
    found: list[TermCandidate] = extract_terms(
        [_pair(zh, en) for zh, en in pairs], with_pinyin=False
    )
    return {c.chinese: (c.english, c.confidence) for c in found}


def test_an_adjective_with_de_and_its_noun_is_one_term() -> None:
    # 审慎的信贷政策 "prudent credit policy": the adjective opens the phrase after a verb.
    zh = "银行坚持审慎的信贷政策，支持实体企业。"
    en = "The banks keep to a prudent credit policy and support real businesses."
    assert [s.text for s in candidate_spans(zh)] == [
        "审慎的信贷政策",
        "银行坚持",
        "信贷政策",
        "实体",
        "实体企业",
    ]
    assert _by_chinese((zh, en)) == {
        "信贷政策": ("credit policy", 0.771),
        "审慎的信贷政策": ("prudent credit policy", 0.771),
        "实体企业": ("real businesses", 0.23),
    }


def test_an_adjective_with_de_makes_no_term_after_a_noun_nor_before_a_time() -> None:
    # After a noun the adjective is a relative clause's predicate (政策审慎的国家); 的时候
    # makes an adverbial clause; an everyday adjective (重要) makes a phrase, not a term; a
    # noun that modifies a word after it (中式 of 中式 浪漫) lacks its head.
    assert [s.text for s in candidate_spans("这个政策审慎的国家")] == ["政策审慎"]
    assert [s.text for s in candidate_spans("每到最热闹的时候，")] == ["最热闹"]
    assert [s.text for s in candidate_spans("这是重要的作用。")] == []
    assert [s.text for s in candidate_spans("体验独特而美好的中式浪漫")] == ["中式", "中式浪漫"]


def test_a_character_tagged_a_verb_that_ends_a_clause_after_a_noun_is_its_head() -> None:
    # 站 "station" (first of its senses) after 城际, before the full stop: the noun's head.
    zh = "沿线将修建城际站。"
    en = "Intercity stations will be built along the line."
    assert [s.text for s in candidate_spans(zh)] == ["城际", "城际站"]
    assert _by_chinese((zh, en)) == {"城际站": ("intercity stations", 0.626)}


def test_a_quoted_word_and_the_noun_after_it_are_one_term_without_the_marks() -> None:
    # The writer stresses the modifier (“慢节奏”生活, or with two closing marks ”简朴”生活):
    # the quoted word and its head noun are the term; the marks are no part of its text.
    zh = "年轻人喜欢“慢节奏”生活。"
    en = "Young people like a slow-paced life."
    assert [(s.text, s.start, s.end) for s in candidate_spans(zh)] == [
        ("慢节奏生活", 6, 12),
        ("年轻人", 0, 3),
        ("慢节奏", 6, 9),
    ]
    assert _by_chinese((zh, en)) == {
        "慢节奏生活": ("slow-paced life", 0.758),
        "年轻人": ("young people", 0.329),
    }
    zh = "他们过上了”简朴”生活。"
    en = "They came to live a simple life."
    assert _by_chinese((zh, en)) == {"简朴生活": ("simple life", 0.578)}
