"""Issue 12 class 7: pairs a learner wants that the dictionary alone does not find (names in
pinyin, set phrases fixed across a text) and the boundaries of a rendering."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms, extract_terms
from duiyi.extract.lexicon import pinyin_spellings


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _english(pairs: tuple[SegmentPair, ...]) -> dict[str, str]:
    return {c.chinese: c.english for c in extract_terms(pairs, with_pinyin=False)}


def test_pinyin_spellings_run_syllables_together_and_set_a_surname_apart() -> None:
    assert pinyin_spellings("西安") == (("xian",),)
    assert pinyin_spellings("习近平") == (("xijinping",), ("xi", "jinping"))
    assert pinyin_spellings("安") == ()


def test_names_rendered_in_pinyin_are_paired_whatever_their_tag() -> None:
    pairs = (
        _pair("我们春天去了西安和平遥。", "In spring we went to Xi'an and Pingyao."),
        _pair("平遥的城墙比西安的更古老。", "The walls of Pingyao are older than those of Xian."),
    )
    found = _english(pairs)
    assert found["平遥"] == "Pingyao"
    assert found["西安"] in ("Xi'an", "Xian")
    assert [c.english if c else None for c in english_for_terms(pairs, ["平遥"])] == ["Pingyao"]


def test_a_word_the_dictionary_lacks_is_matched_by_its_pinyin() -> None:
    pairs = (_pair("洋山港是一个深水港。", "Yangshan Port is a deep-water port."),)
    (found,) = english_for_terms(pairs, ["洋山港"], with_pinyin=False)
    assert found is not None
    assert found.english == "Yangshan Port"
