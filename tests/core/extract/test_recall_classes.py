"""Issue 12, recall: classes of right pairs that were found but scored under the threshold."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms
from duiyi.extract.english import stem, stems_match
from duiyi.extract.extractor import DEFAULT_THRESHOLD
from duiyi.extract.lexicon import dictionary_glosses


def _found(zh: str, en: str, term: str) -> tuple[str, float]:
    """The term's English and confidence in a text of one pair per sentence."""
    pairs = tuple(
        SegmentPair("paragraph", z, e, 1.0)
        for z, e in zip(zh.split("\n"), en.split("\n"), strict=True)
    )
    (found,) = english_for_terms(pairs, [term], with_pinyin=False)
    assert found is not None
    return found.english, found.confidence


def test_a_dictionary_list_of_provinces_renders_them_all_not_the_first_alone() -> None:
    # CC-CEDICT glosses the abbreviation as "A, B and C provinces": the first name alone is
    # no rendering of it, and choosing it left the other two names unexplained.
    english, confidence = _found(
        "陕甘宁边区的首府是延安。\n陕甘宁边区有自己的政府。",
        "The capital of the Shaanxi-Gansu-Ningxia Border Region was Yan'an.\n"
        "The Shaanxi-Gansu-Ningxia Border Region had its own government.",
        "陕甘宁边区",
    )
    assert english == "Shaanxi-Gansu-Ningxia Border Region"
    assert confidence >= DEFAULT_THRESHOLD


def test_a_name_running_on_after_of_gives_no_place_reading_of_its_first_word() -> None:
    # "X province in ..." lets the name X alone render a place; "Ministry of Foreign Affairs
    # in the Qing Dynasty" is one longer name, and Ministry alone renders nothing of it.
    assert ("ministr",) not in dictionary_glosses("外务部")
    assert ("strait",) not in dictionary_glosses("加来海峡")
    assert ("shaanxi",) in dictionary_glosses("陕西")
    assert ("boxer", "protocol") in dictionary_glosses("辛丑条约")


def test_an_ending_kept_on_a_short_root_makes_no_prefix_match() -> None:
    # stem() keeps -ific and -ist on a short root (specific, dentist), so that specific is no
    # species; the prefix match must not undo that.
    pairs = [("specific", "species"), ("dentist", "dent"), ("specify", "spec")]
    assert [p for p in pairs if stems_match(stem(p[0]), stem(p[1]))] == []
    assert stems_match(stem("intensify"), stem("intense"))


def test_one_english_word_built_as_the_chinese_word_is_a_term_not_a_common_word() -> None:
    # A derived word renders the base and the suffix morpheme (化 -ize), a closed compound
    # renders two words (生物 bio-, 燃料 fuel): built as the Chinese is, a term of its own.
    zh = "工业化推动了生物燃料的研究。"
    en = "Industrialization pushed research on biofuels."
    for term, english in (("工业化", "industrialization"), ("生物燃料", "biofuels")):
        found, confidence = _found(zh, en, term)
        assert found == english
        assert confidence >= DEFAULT_THRESHOLD


def test_one_common_word_for_a_person_or_for_synonyms_stays_marked_down() -> None:
    # 研究者 researchers: a person by what they do (研究 research, 者 -er); 小孩子 children:
    # 小孩 and 子 both mean "child", and no two pieces of the word render them.
    zh = "研究者观察了小孩子。"
    en = "The researchers observed children."
    for term, english in (("研究者", "researchers"), ("小孩子", "children")):
        found, confidence = _found(zh, en, term)
        assert found == english
        assert confidence < DEFAULT_THRESHOLD


def test_a_chain_of_one_character_place_abbreviations_renders_the_places_names() -> None:
    # Each character is CC-CEDICT's "abbr. for" or "short name for" a province: read alone
    # it is no guess, and the names it stands for render it.
    english, confidence = _found(
        "晋皖渝协作区成立了。\n晋皖渝协作区发展很快。",
        "The Shanxi-Anhui-Chongqing Cooperation Area was set up.\n"
        "The Shanxi-Anhui-Chongqing Cooperation Area grew fast.",
        "晋皖渝协作区",
    )
    assert english == "Shanxi-Anhui-Chongqing Cooperation Area"
    assert confidence >= DEFAULT_THRESHOLD
