"""Recall, round 2: classes of renderings in the aligned sentence that extraction missed."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms
from duiyi.extract.english import demonym_bases
from duiyi.extract.lexicon import dictionary_glosses


def _found(zh: str, en: str, term: str) -> tuple[str, float] | None:
    """The term's English and confidence in a text of one pair per line (None: no English)."""
    pairs = tuple(
        SegmentPair("paragraph", z, e, 1.0)
        for z, e in zip(zh.split("\n"), en.split("\n"), strict=True)
    )
    (found,) = english_for_terms(pairs, [term], with_pinyin=False)
    return None if found is None else (found.english, found.confidence)


def test_the_writers_own_gloss_in_brackets_is_the_rendering_not_another_words() -> None:
    # Study notes gloss a term in brackets after it, or after the word it stands in; the
    # English sentence repeats that gloss, which is then the term's rendering (lifted as the
    # writer's own pair where the gloss follows the term itself).
    zh = "他们住在铁器时代(Iron Age)的村庄里。"
    en = "They lived in villages of the Iron Age."
    assert _found(zh, en, "铁器时代") == ("Iron Age", 0.891)
    zh = "这里的碳酸钙粉末(calcium carbonate)很细。"
    en = "The calcium carbonate powder here is fine."
    assert _found(zh, en, "碳酸钙") == ("calcium carbonate", 0.771)


def test_latin_words_of_another_word_of_the_sentence_still_bar_a_span() -> None:
    # A Latin word the Chinese writes elsewhere (not as the candidate's gloss) is another
    # word's: "IPv6 support" is no rendering of 支持度.
    zh = "IPv6支持度正在提高。"
    en = "IPv6 support is rising."
    assert _found(zh, en, "支持度") == ("support", 0.066)


def test_a_country_inside_a_term_is_rendered_by_its_adjective() -> None:
    # English renders the country of a longer term by its adjective (Chinese enterprises for
    # 中国企业, Mexican dishes for 墨西哥菜肴): the adjective renders the name, even where its
    # stem is no prefix of the name's (chine- of china, mexic- of mexico).
    zh = "这里有许多中国企业。"
    en = "There are many Chinese enterprises here."
    assert _found(zh, en, "中国企业") == ("Chinese enterprises", 0.771)
    zh = "这家餐馆的墨西哥菜肴很受欢迎。"
    en = "The restaurant's Mexican dishes are popular."
    assert _found(zh, en, "墨西哥菜肴") == ("Mexican dishes", 0.771)


def test_an_adjective_of_nationality_names_no_word_its_short_root_spells() -> None:
    # Chinese ~ China, never chin: a bare root of four letters is mostly another word.
    assert demonym_bases("chinese") == ("china", "chino", "chinia")
    assert demonym_bases("tibetan")[:1] == ("tibet",)


def test_two_names_of_one_thing_joined_by_or_are_two_glosses() -> None:
    # CC-CEDICT gives "Yellow River or Huang He": as one gloss of three words its rendering
    # lacked a word, and a free word after the name ("down") was taken to fill it.
    assert dictionary_glosses("黄河") == (("yellow", "river"), ("huang",))
    zh = "我们从黄河边一路走到了海边。"
    en = "We walked from the Yellow River down to the sea."
    assert _found(zh, en, "黄河") == ("Yellow River", 0.771)
