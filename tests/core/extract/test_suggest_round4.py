"""Suggestions never cut the English of a term short: a word next to the rendering that the
dictionary ties to an unrendered part of the Chinese (by a gloss of one of its characters, or
as an acronym after a name's initials) belongs to it; a word that renders nothing does not."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english, english_for_terms, suggest_english
from duiyi.extract.lexicon import components
from duiyi.extract.suggest import whole_phrase


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _rendering(zh: str, en: str, term: str) -> str | None:
    (found,) = english_for_terms((_pair(zh, en),), [term], with_pinyin=False)
    return found.english if found else None


def _suggested(zh: str, en: str, term: str) -> str:
    at = zh.find(term)
    return suggest_english(_pair(zh, en), at, at + len(term))[0].text


def _widened(term: str, en: str, first: str, last: str) -> str:
    """The English words first..last of `en` widened by whole_phrase, no word free (another
    Chinese word of the sentence may render each)."""
    words = english.words(en)
    lo = next(k for k, w in enumerate(words) if w.text == first)
    hi = next(k for k, w in enumerate(words) if w.text == last and k >= lo)
    lo, hi = whole_phrase(components(term), words, [False] * len(words), lo, hi)
    return en[words[lo].start : words[hi].end]


# 保障 is glossed "to ensure; to guarantee; to safeguard"; its 保 "to protect". 保护 later in
# the sentence may render "protection" too, so no free word fills the gap.
_ZH = "政府加强水源保障，保护了农田。"


def test_a_head_a_character_of_the_word_glosses_is_taken_across_of() -> None:
    en = "The government stepped up the protection of water sources and protected farmland."
    assert _suggested(_ZH, en, "水源保障") == "protection of water sources"
    assert _rendering(_ZH, en, "水源保障") == "protection of water sources"


def test_a_head_no_gloss_of_the_word_or_its_characters_ties_is_left_out() -> None:
    en = "The government checked the quality of water sources and protected farmland."
    assert _widened("水源保障", en, "water", "sources") == "water sources"


def test_an_acronym_after_the_initials_of_a_name_written_out_is_the_modifier() -> None:
    # 经济特区 "special economic zone": SEZ, after NT of Nova Terra.
    en = "Officials of Nova Terra said the NTSEZ court opened a branch."
    assert _widened("经济特区法院", en, "court", "court") == "NTSEZ court"


def test_an_acronym_whose_first_letters_no_name_spells_is_left_out() -> None:
    en = "Officials said the NTSEZ court opened a branch."
    assert _widened("经济特区法院", en, "court", "court") == "court"


def test_a_modifier_the_chinese_puts_after_the_head_is_not_taken_before_it() -> None:
    # The acronym spells 经济特区, which the Chinese puts after 法院: no modifier before.
    en = "Officials of Nova Terra said the NTSEZ court opened a branch."
    assert _widened("法院经济特区", en, "court", "court") == "court"


def test_every_split_of_the_chinese_widens_a_span_alike() -> None:
    # Split 经济 特区 法院, no acronym spells a part; split 经济特区 法院, NZSEZ spells the first:
    # the bare "court" of either split is widened, and only the later "court" stands alone.
    zh = "新西兰经济特区法院开设了分院，新西兰经济特区法院很忙。"
    en = "Officials of New Zealand said the NZSEZ court opened a branch; the court is busy."
    found = suggest_english(_pair(zh, en), 3, 9)
    assert [s.start for s in found if s.text == "court"] == [en.rindex("court")]
