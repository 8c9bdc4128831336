"""Issue 12 class 7, boundaries of names: a rendering that cuts a capitalised English name
takes the word that completes it when no other Chinese word of the sentence renders it."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms, extract_terms
from duiyi.extract.claims import claimers, number_of
from duiyi.extract.english import words


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _rendering(zh: str, en: str, term: str) -> str | None:
    (found,) = english_for_terms((_pair(zh, en),), [term], with_pinyin=False)
    return found.english if found else None


def test_a_name_cut_by_one_free_word_is_completed() -> None:
    pair = _pair(
        "国家海洋实验室发布了年度报告。",
        "The China National Ocean Laboratory issued its annual report.",
    )
    found = {c.chinese: c.english for c in extract_terms((pair,), with_pinyin=False)}
    assert found["国家海洋实验室"] == "China National Ocean Laboratory"


def test_a_name_gains_at_most_one_word() -> None:
    zh = "海洋实验室发布了年度报告。"
    assert _rendering(
        zh, "The Pacific Ocean Laboratory issued its annual report.", "海洋实验室"
    ) == ("Pacific Ocean Laboratory")
    assert (
        _rendering(zh, "The North Pacific Ocean Laboratory issued its annual report.", "海洋实验室")
        == "Ocean Laboratory"
    )


def test_a_name_in_pinyin_claims_its_english_word() -> None:
    zh, en = "大会在昆明设立了植物基金。", "The congress set up the Kunming Plant Fund."
    english = words(en)
    claims = claimers(zh, english)
    assert [claims[k] for k, w in enumerate(english) if w.text == "Kunming"] == [((3, 5),)]
    assert _rendering(zh, en, "植物基金") == "Plant Fund"


def test_a_chinese_number_claims_its_figure() -> None:
    assert [number_of(w) for w in ("第三代", "十二届", "2003年", "二〇二〇", "政协")] == [
        3,
        12,
        2003,
        2020,
        None,
    ]


def test_a_name_is_completed_on_each_side_apart_and_an_ordinal_goes_with_its_number() -> None:
    pairs = (
        _pair(
            "第五届省政协视察了三家工厂。",
            "The 5th CPPCC Provincial Committee inspected three factories.",
        ),
    )
    found = english_for_terms(pairs, ["省政协", "第五届省政协"], with_pinyin=False)
    assert [c.english if c else None for c in found] == [
        "CPPCC Provincial Committee",
        "5th CPPCC Provincial Committee",
    ]


def test_a_verb_glossed_half_as_a_noun_after_a_name_is_its_predicate_not_its_head() -> None:
    # 视察 "to inspect; an investigation": a predicate here, so the name lacks no head.
    pair = _pair(
        "全国人大视察了三家工厂。", "The National People's Congress inspected three factories."
    )
    found = {c.chinese: c for c in extract_terms((pair,), with_pinyin=False)}
    assert found["全国人大"].english == "National People's Congress"
    assert [r.name for r in found["全国人大"].reasons] == ["recurs"]
