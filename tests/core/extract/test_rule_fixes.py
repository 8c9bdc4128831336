"""Fixes to the round-two extraction rules that cut real terms short or threw them out: a
number joined into a hyphenated compound, numerals of other scripts, postposed participles
and homographs read as a clause's verb, the pronoun "one" inside a compound, adjectives of
nationality found in any capitalised word. Each with a small made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english, extract_terms
from duiyi.extract.align import Matcher
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.english import demonym_bases
from duiyi.extract.lexicon import component_variants
from duiyi.extract.phrases import ends_with_adjective, ends_with_predicate
from duiyi.extract.types import TermCandidate


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _by_chinese(*pairs: tuple[str, str]) -> dict[str, TermCandidate]:
    found = extract_terms([_pair(zh, en) for zh, en in pairs], with_pinyin=False)
    return {c.chinese: c for c in found}


def _rendered(by_zh: dict[str, TermCandidate], zh: str) -> tuple[str, float]:
    return (by_zh[zh].english, by_zh[zh].confidence)


def test_a_number_joined_by_a_hyphen_stays_in_the_compound() -> None:
    by_zh = _by_chinese(("中场休息时球员喝水。", "At half-time the players drank water."))
    assert _rendered(by_zh, "中场") == ("half-time", 0.329)


def test_traditional_numerals_count_as_numbers() -> None:
    by_zh = _by_chinese(("兩國簽署了貿易協議。", "The two countries signed a trade agreement."))
    assert _rendered(by_zh, "兩國") == ("two countries", 0.771)


def test_a_postposed_participle_ends_a_term_not_a_clause() -> None:
    by_zh = _by_chinese(
        (
            "会议呼吁有关各方保持克制。",
            "The meeting called on the parties concerned to exercise restraint.",
        )
    )
    assert _rendered(by_zh, "有关各方") == ("parties concerned", 0.771)
    assert ends_with_predicate("countries involved") is False
    assert ends_with_predicate("provinces agreed") is True


def test_a_name_or_a_homograph_of_a_past_tense_is_no_predicate() -> None:
    assert ends_with_predicate("Trading Company Limited") is False
    assert ends_with_predicate("Leeds United") is False
    assert ends_with_predicate("Harbour Reclaimed") is False
    assert ends_with_predicate("white LED") is False
    assert ends_with_predicate("red rose") is False
    assert ends_with_predicate("Korean won") is False
    assert ends_with_predicate("chain saw") is False
    assert ends_with_predicate("the minister said") is True


def test_a_one_hyphened_into_a_compound_or_counted_is_no_pronoun() -> None:
    by_zh = _by_chinese(
        ("这款洗发水是二合一的。", "This shampoo is a two-in-one."),
        ("他是球队的头号射手。", "He is the team's number one scorer."),
        ("安全是头号任务。", "Safety is task number one."),
    )
    assert _rendered(by_zh, "二合一") == ("two-in-one", 0.771)
    assert _rendered(by_zh, "头号任务") == ("task number one", 0.771)
    assert ends_with_adjective("twenty one") is False
    assert ends_with_adjective("a cheaper one") is True


def _renders(zh: str, en: str) -> list[tuple[str, list[str]]]:
    comps = component_variants(zh)[0]
    matcher = Matcher(comps)
    return [
        (w.text, sorted({comps[ci].text for ci, _, _ in matcher.word_hits(w).hits}))
        for w in english.words(en)
    ]


def test_a_capitalised_word_renders_a_place_only_as_its_demonym() -> None:
    assert _renders("男性", "Mali") == [("Mali", [])]
    assert _renders("矿山", "Mini Mines") == [("Mini", []), ("Mines", ["矿山"])]
    assert _renders("韩国企业", "Korean firms") == [("Korean", ["韩国"]), ("firms", ["企业"])]
    assert demonym_bases("then") == ()
    assert demonym_bases("korean") == ("korea", "koreo", "koreia")


def test_a_name_a_noun_continues_stays_in_the_longer_name_a_modifier_opens() -> None:
    by_zh = _by_chinese(
        (
            "这位作家去年获得国际安徒生奖。",
            "Last year the writer received the International Andersen Award.",
        ),
    )
    assert _rendered(by_zh, "国际安徒生奖") == ("International Andersen Award", 0.331)
    spans = [s.text for s in candidate_spans("财政部长王小明出席论坛。")]
    assert spans == ["财政部长", "王小明"]
