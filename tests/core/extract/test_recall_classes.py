"""Issue 12, recall: classes of right pairs that were found but scored under the threshold."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms
from duiyi.extract.confidence import Facts, everyday_word
from duiyi.extract.english import stem, stems_match
from duiyi.extract.lexicon import components, dictionary_glosses


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
    # CC-CEDICT glosses the abbreviation as "A, B and C": the first name alone is no
    # rendering of it, and choosing it left the other two names unexplained.
    assert dictionary_glosses("云贵川") == (("yunnan", "guizhou", "sichuan"),)
    english, confidence = _found(
        "云贵川山区的铁路很少。\n云贵川山区有许多古村。",
        "The Yunnan-Guizhou-Sichuan Mountain Area has few railways.\n"
        "The Yunnan-Guizhou-Sichuan Mountain Area has many old villages.",
        "云贵川山区",
    )
    assert (english, confidence) == ("Yunnan-Guizhou-Sichuan Mountain Area", 0.774)


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
        assert _found(zh, en, term) == (english, 0.771)


def test_a_two_character_word_built_as_its_english_stays_an_everyday_word() -> None:
    # 月光 moonlight: 月 moon, 光 light, but as everyday as a word gets; a specific sense
    # (足球 football), the word's sound (胡同 hutong) or a name (黄山) is no everyday word.
    pairs = (
        ("火车", "train"),
        ("月光", "moonlight"),
        ("工业化", "industrialization"),
        ("足球", "football"),
        ("胡同", "hutong"),
        ("黄山", "Huangshan"),
    )
    flags = [everyday_word(Facts(zh, en, words=1)) for zh, en in pairs]
    assert flags == [1.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    assert _found("月光照亮了小路。", "Moonlight lit the path.", "月光") == ("moonlight", 0.329)


def test_one_common_word_for_a_person_or_for_synonyms_stays_marked_down() -> None:
    # 研究者 researchers: a person by what they do (研究 research, 者 -er); 小孩子 children:
    # 小孩 and 子 both mean "child", and no two pieces of the word render them.
    zh = "研究者观察了小孩子。"
    en = "The researchers observed children."
    for term, english in (("研究者", "researchers"), ("小孩子", "children")):
        assert _found(zh, en, term) == (english, 0.082)


def test_a_chain_of_one_character_place_abbreviations_renders_the_places_names() -> None:
    # Each character is CC-CEDICT's "abbr. for" or "short name for" a province: read alone
    # it is no guess, and the names it stands for render it.
    weights = [(c.text, c.weight) for c in components("晋皖渝协作区")]
    assert weights == [("晋", 1.0), ("皖", 1.0), ("渝", 1.0), ("协作", 1.0), ("区", 0.8)]
    english, confidence = _found(
        "晋皖渝协作区成立了。\n晋皖渝协作区发展很快。",
        "The Shanxi-Anhui-Chongqing Cooperation Area was set up.\n"
        "The Shanxi-Anhui-Chongqing Cooperation Area grew fast.",
        "晋皖渝协作区",
    )
    assert (english, confidence) == ("Shanxi-Anhui-Chongqing Cooperation Area", 0.772)
