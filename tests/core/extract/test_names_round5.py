"""Issue 12, names cut at the wrong Chinese boundary (probe classes M6, W1): a person's name
spelt in pinyin is found whole beside a title, with a surname the dictionary knows as a word,
and a doubled syllable is spelt as two words. Names and texts are made up."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import DEFAULT_THRESHOLD, extract_terms
from duiyi.extract.lexicon import pinyin_spellings


def _found(zh: str, en: str) -> dict[str, str]:
    pair = SegmentPair("paragraph", zh, en, 1.0)
    found = extract_terms((pair,), with_pinyin=False)
    return {c.chinese: c.english for c in found if c.confidence >= DEFAULT_THRESHOLD}


def _naming(found: dict[str, str], word: str) -> dict[str, str]:
    return {zh: en for zh, en in found.items() if word in en}


def test_names_after_titles_are_whole_names() -> None:
    found = _found(
        "据介绍,上尉邝岳和技师孟川在基地工作三天后返回。",
        "According to the base, Captain Kuang Yue and technician Meng Chuan returned after "
        "three days of work.",
    )
    assert (found.get("邝岳"), found.get("孟川")) == ("Kuang Yue", "Meng Chuan")


def test_a_surname_that_is_a_word_stays_with_its_given_name() -> None:
    found = _found(
        "常委会成员孟川、邝岳、石岚萱在礼堂与记者见面。",
        "Members of the Standing Council Meng Chuan, Kuang Yue and Shi Lanxuan met the press "
        "in the hall.",
    )
    assert _naming(found, "Lanxuan") == {"石岚萱": "Shi Lanxuan"}


def test_a_doubled_syllable_is_spelt_as_two_words() -> None:
    assert ("tang", "tang") in pinyin_spellings("糖糖")
    found = _found(
        "动物园的熊猫糖糖和果果很受欢迎。",
        "Tang Tang and Guo Guo, the zoo's pandas, are very popular.",
    )
    assert _naming(found, "Tang") | _naming(found, "Guo") == {
        "糖糖": "Tang Tang",
        "果果": "Guo Guo",
    }


def test_two_names_joined_by_and_are_two_terms() -> None:
    found = _found(
        "旅欧大熊猫园园和丹丹在柏林动物园的生活很奢侈。",
        "Yuan Yuan and Dan Dan, giant pandas living in Berlin Zoo, live in luxury.",
    )
    assert _naming(found, "Yuan") | _naming(found, "Dan") == {
        "园园": "Yuan Yuan",
        "丹丹": "Dan Dan",
    }


def test_a_surname_cut_off_as_a_word_joins_its_given_name() -> None:
    found = _found(
        "理事孟川、邝岳、马薛岚、梁岑在礼堂与记者见面。",
        "Council members Meng Chuan, Kuang Yue, Ma Xuelan and Liang Cen met the press in the hall.",
    )
    assert _naming(found, "Xuelan") == {"马薛岚": "Ma Xuelan"}


def test_a_name_glued_to_the_preposition_after_it_is_found() -> None:
    found = _found(
        "理事孟川、邝岳、高薛岚、黎希在礼堂与记者见面。",
        "Council members Meng Chuan, Kuang Yue, Gao Xuelan and Li Xi met the press in the hall.",
    )
    assert _naming(found, "Xi") == {"黎希": "Li Xi"}
    assert _naming(found, "Xuelan") == {"高薛岚": "Gao Xuelan"}


def test_a_place_cut_across_its_kind_is_read_whole() -> None:
    found = _found(
        "台风中心位于广东省七沙市东南方向约300公里处。",
        "The storm center was about 300 kilometers southeast of Qisha city, Guangdong province.",
    )
    assert _naming(found, "Qisha") == {"七沙市": "Qisha city"}


def test_an_official_body_is_named_by_any_head_of_its_kind() -> None:
    found = _found(
        "据国家海洋观测署消息,三号浮标周二完成了首次维修。",
        "The third buoy completed its first repair on Tuesday, according to the National Ocean "
        "Observation Agency.",
    )
    assert _naming(found, "Agency") == {"国家海洋观测署": "National Ocean Observation Agency"}
