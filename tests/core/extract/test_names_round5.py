"""Issue 12, names cut at the wrong Chinese boundary (probe classes M6, W1): a person's name
spelt in pinyin is found whole beside a title, with a surname the dictionary knows as a word,
and a doubled syllable is spelt as two words. Names and texts are made up."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.lexicon import pinyin_spellings


def _found(zh: str, en: str) -> dict[str, str]:
    pair = SegmentPair("paragraph", zh, en, 1.0)
    return {c.chinese: c.english for c in extract_terms((pair,), with_pinyin=False)}


def test_names_after_titles_are_whole_names() -> None:
    found = _found(
        "据介绍,上尉邝岳和技师孟川在基地工作三天后返回。",
        "Captain Kuang Yue and technician Meng Chuan returned after working at the base for "
        "three days.",
    )
    assert (found.get("邝岳"), found.get("孟川")) == ("Kuang Yue", "Meng Chuan")


def test_a_surname_that_is_a_word_stays_with_its_given_name() -> None:
    found = _found(
        "常委会成员孟川、邝岳、石岚萱在礼堂与记者见面。",
        "Members of the Standing Council Meng Chuan, Kuang Yue and Shi Lanxuan met the press "
        "in the hall.",
    )
    names = {zh: en for zh, en in found.items() if "Shi" in en or "Lanxuan" in en}
    assert names == {"石岚萱": "Shi Lanxuan"}


def test_a_doubled_syllable_is_spelt_as_two_words() -> None:
    assert ("tang", "tang") in pinyin_spellings("糖糖")
    found = _found(
        "动物园的熊猫糖糖和果果很受欢迎。",
        "Tang Tang and Guo Guo, the zoo's pandas, are very popular.",
    )
    names = {zh: en for zh, en in found.items() if "Tang" in en or "Guo" in en}
    assert names == {"糖糖": "Tang Tang", "果果": "Guo Guo"}


def test_two_names_joined_by_and_are_two_terms() -> None:
    found = _found(
        "旅欧大熊猫园园和丹丹在柏林动物园的生活很奢侈。",
        "Yuan Yuan and Dan Dan, giant pandas living in Berlin Zoo, live in luxury.",
    )
    names = {zh: en for zh, en in found.items() if "Yuan" in en or "Dan" in en}
    assert names == {"园园": "Yuan Yuan", "丹丹": "Dan Dan"}
