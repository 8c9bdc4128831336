"""Issue 12, round 3: right pairs scored below the shown threshold (a person's conventional
name, a transliterated name) and short nouns never proposed (a rare noun rjieba tags a
verb), each with made-up sentences of the failing shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.confidence import transliterated
from duiyi.extract.extractor import DEFAULT_THRESHOLD
from duiyi.extract.lexicon import dictionary_glosses
from duiyi.extract.sounds import is_transliteration, sounds_like


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
    assert mencius.confidence >= DEFAULT_THRESHOLD


def test_a_name_spelt_as_its_pinyin_is_no_conventional_name() -> None:
    # "Li Bai (701-762), famous Tang Dynasty poet": the name is the word's pinyin, which
    # pinyin_spellings reads with the surname apart; no gloss of the name alone is added.
    assert dictionary_glosses("李白") == (("li", "bai", "famou", "tang", "dynast", "poet"),)


def test_a_foreign_name_sounds_like_its_transliteration() -> None:
    assert [
        sounds_like("柏拉图", "Plato"),
        sounds_like("达尔文", "Darwin"),
        sounds_like("伦敦", "London"),
        sounds_like("嘉措", "Gyatso"),
    ] == [True, True, True, True]


def test_a_different_name_or_a_lower_case_word_does_not() -> None:
    assert [
        sounds_like("柏拉图", "Socrates"),
        sounds_like("柏拉图", "plato"),
        sounds_like("孔子", "Confucius"),
    ] == [False, False, False]


def test_a_word_of_ordinary_characters_is_no_transliteration() -> None:
    assert [is_transliteration("柏拉图"), is_transliteration("经济"), is_transliteration("亚")] == [
        True,
        False,
        False,
    ]


def test_a_rendering_by_sound_is_transliterated_so_not_an_everyday_word() -> None:
    assert [transliterated("柏拉图", "Plato"), transliterated("柏拉图", "philosopher")] == [
        True,
        False,
    ]


def test_a_rare_noun_tagged_a_verb_is_proposed_alone() -> None:
    # rjieba tags 致谢 v here; CC-CEDICT's first sense, "expression of gratitude", names a
    # thing.
    assert [s.text for s in candidate_spans("致谢写在最后。")] == ["致谢"]


def test_a_noun_tagged_a_verb_after_another_verb_is_its_predicate() -> None:
    # 握手 致谢 "shake hands and give thanks": serial verbs, no noun.
    assert [s.text for s in candidate_spans("他们握手致谢。")] == []


_VILLAGE = (
    _pair("莫拉卡村位于山谷之中。", "Molaka village lies in a valley."),
    _pair("游客喜欢这里的石头房子。", "Visitors like the stone houses here."),
)


def test_a_name_rjieba_cuts_in_two_unknown_words_is_read_whole_by_its_pinyin() -> None:
    # rjieba cuts 莫拉 卡村; read together, 莫拉卡 spells Molaka and 村 is its village.
    found = {c.chinese: c for c in extract_terms(_VILLAGE, with_pinyin=False)}
    village = found["莫拉卡村"]
    assert village.english == "Molaka village"
    assert village.confidence >= DEFAULT_THRESHOLD
