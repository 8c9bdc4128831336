"""Issue 12, round 3: right pairs scored below the shown threshold (a person's conventional
name, a transliterated name) and short nouns never proposed (a rare noun rjieba tags a
verb), each with made-up sentences of the failing shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.confidence import transliterated
from duiyi.extract.lexicon import dictionary_glosses


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


_PHILOSOPHER = (
    _pair("孟子生活在战国时期。", "Mencius lived in the Warring States period."),
    _pair("许多学者研究孟子的思想。", "Many scholars study the thought of Mencius."),
)


def test_a_person_glossed_with_dates_and_a_description_is_rendered_by_the_name_alone() -> None:
    # CC-CEDICT: "Mencius (c. 372-c. 289 BC), Confucian philosopher second only to ...".
    assert ("menciu",) in dictionary_glosses("孟子")


def test_an_organisation_glossed_with_its_acronym_is_not_read_as_a_person() -> None:
    # "China UnionPay (CUP), China's only domestic bank card organization": no dates, so
    # the bracket is no person's; a short abbreviation glossed so would turn into a word.
    assert dictionary_glosses("中国银联") == ()


def test_a_conventional_name_is_shown_with_full_dictionary_evidence() -> None:
    found = {c.chinese: c for c in extract_terms(_PHILOSOPHER, with_pinyin=False)}
    mencius = found["孟子"]
    assert mencius.english == "Mencius"
    assert [r.name for r in mencius.reasons] == ["recurs"]
    assert mencius.confidence == 0.774


def test_a_name_spelt_as_its_pinyin_is_no_conventional_name() -> None:
    # "Li Bai (701-762), famous Tang Dynasty poet": the name is the word's pinyin, which
    # pinyin_spellings reads with the surname apart; no gloss of the name alone is added.
    assert dictionary_glosses("李白") == (("li", "bai", "famou", "tang", "dynast", "poet"),)


def test_a_rendering_by_sound_is_transliterated_so_not_an_everyday_word() -> None:
    assert [transliterated("胡同", "hutong"), transliterated("胡同", "alley")] == [True, False]


def test_a_rare_noun_tagged_a_verb_is_proposed_alone() -> None:
    # rjieba tags 上款 v here; CC-CEDICT's first sense, "addressee", names a thing.
    assert [s.text for s in candidate_spans("上款写在信封正中。")] == ["上款"]


def test_a_noun_tagged_a_verb_where_the_sentence_makes_it_a_predicate_is_not() -> None:
    # 上刑 "severe punishment" after 被, after an adverb, before 了 or 在: the predicate.
    assert [
        [s.text for s in candidate_spans("犯人被上刑。")],
        [s.text for s in candidate_spans("他们经常上刑。")],
        [s.text for s in candidate_spans("他们上刑了。")],
        [s.text for s in candidate_spans("上刑在古代常见。")],
    ] == [["犯人"], ["经常上刑"], [], ["古代常见"]]


def test_a_word_glossed_by_an_ing_form_is_no_noun() -> None:
    # 垂钓 "angling": an activity, the clause's verb.
    assert [s.text for s in candidate_spans("渔民周末垂钓。")] == [
        "渔民",
        "渔民周末",
        "渔民周末垂钓",
        "周末垂钓",
    ]


def test_a_word_glossed_by_a_lone_adjective_is_no_noun_but_an_ive_may_be() -> None:
    # 可燃 "inflammable" is the clause's predicate; 侦探 "detective" names a person.
    assert [
        [s.text for s in candidate_spans("这种木料可燃。")],
        [s.text for s in candidate_spans("侦探走进房间。")],
    ] == [["木料", "木料可燃"], ["侦探", "房间"]]


_VILLAGE = (
    _pair("莫拉卡村位于山谷之中。", "Molaka village lies in a valley."),
    _pair("游客喜欢这里的石头房子。", "Visitors like the stone houses here."),
)


def test_a_name_rjieba_cuts_in_two_unknown_words_is_read_whole_by_its_pinyin() -> None:
    # rjieba cuts 莫拉 卡村; read together, 莫拉卡 spells Molaka and 村 is its village.
    found = {c.chinese: c for c in extract_terms(_VILLAGE, with_pinyin=False)}
    village = found["莫拉卡村"]
    assert village.english == "Molaka village"
    assert [r.name for r in village.reasons] == ["recurs"]
    assert village.confidence == 0.771
