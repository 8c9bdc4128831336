"""Verb-object terms: a verb with its object that the dictionary shows is one unit (a custom
named by its action) is proposed with its verb; a passing predicate is not."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english
from duiyi.extract.align import SpanMatch
from duiyi.extract.extractor import Unit, _with_synonym_verb, english_for_terms, extract_terms
from duiyi.extract.suggest import suggest_english
from duiyi.extract.verb_terms import (
    gloss_names_object,
    renders_in_order,
    verb_by_synonym,
    verb_object_spans,
)

CUSTOMS = [
    SegmentPair(
        "paragraph",
        "端午节那天，村民们赛龙舟，孩子们也很高兴。",
        "On the Dragon Boat Festival, villagers race dragon boats and the children are happy.",
        1.0,
    ),
    SegmentPair(
        "paragraph",
        "清明节时，家家户户祭拜祖先，然后一起吃饭。",
        "At Qingming, families offer sacrifice to ancestors and then they eat together.",
        1.0,
    ),
    SegmentPair(
        "paragraph",
        "村民们还要修建道路。",
        "The villagers also need to build roads.",
        1.0,
    ),
]


def _found() -> dict[str, tuple[str, float]]:
    # The English and the factors that moved the confidence: no "verb phrase" among them.
    return {c.chinese: (c.english, [r.name for r in c.reasons]) for c in extract_terms(CUSTOMS)}


def test_a_custom_the_dictionary_holds_whole_keeps_its_verb() -> None:
    english, reasons = _found()["赛龙舟"]
    assert english == "race dragon boats"
    assert reasons == ["recurs"]


def test_a_verb_whose_gloss_names_the_object_keeps_it_with_its_verb() -> None:
    english, reasons = _found()["祭拜祖先"]
    assert english == "offer sacrifice to ancestors"
    assert reasons == ["recurs"]


def test_a_passing_predicate_is_not_proposed() -> None:
    found = _found()
    assert "修建道路" not in found


def test_the_verb_and_its_object_are_cut_from_the_sentence() -> None:
    spans = {
        (v.text, v.verb_end - v.start, v.whole) for v in verb_object_spans("家家户户祭拜祖先。")
    }
    assert spans == {("祭拜祖先", 2, False)}


def test_the_english_must_start_with_the_verb_and_end_with_the_object_its_gloss_names() -> None:
    assert renders_in_order("祭拜祖先", 2, "offer sacrifice to the ancestors")
    assert not renders_in_order("祭拜祖先", 2, "ancestors")
    assert not renders_in_order("祭拜祖先", 2, "offers sacrifice")
    assert not renders_in_order("祭拜祖先", 2, "worship the ancestors")
    assert not renders_in_order("修建道路", 2, "build roads")


def test_a_suggestion_for_a_verb_object_term_keeps_a_verb_the_glosses_miss() -> None:
    # The dictionary glosses 构建 "to construct" only; the English builds.
    pairs = [
        SegmentPair(
            "paragraph",
            "构建绿色家园是我们的共同责任。",
            "Building a green homeland is our shared duty.",
            1.0,
        )
    ]
    found = english_for_terms(pairs, ["构建绿色家园", "绿色家园"], with_pinyin=False)
    assert [c.english if c else None for c in found] == [
        "building a green homeland",
        "green homeland",
    ]


def test_a_verb_object_rendering_reaches_its_object_across_a_possessive() -> None:
    pairs = [
        SegmentPair(
            "paragraph",
            "清明节时，家家户户祭拜祖先，然后一起吃饭。",
            "At Qingming, every family offers sacrifice to its ancestors, then they eat.",
            1.0,
        )
    ]
    found = {c.chinese: c.english for c in extract_terms(pairs)}
    assert found["祭拜祖先"] == "offers sacrifice to its ancestors"


def test_a_one_character_verb_whose_gloss_names_the_object_keeps_it() -> None:
    pairs = [
        SegmentPair(
            "paragraph",
            "除夕夜，孩子们放烟花，大人们挂灯笼。",
            "On New Year's Eve, children set off fireworks and adults hang lanterns.",
            1.0,
        )
    ]
    found = {c.chinese: c.english for c in extract_terms(pairs)}
    assert found["放烟花"] == "set off fireworks"
    assert "挂灯笼" not in found  # to hang: the dictionary names no object with the verb


def test_a_rare_two_character_custom_is_a_unit_an_everyday_one_is_not() -> None:
    pairs = [
        SegmentPair(
            "paragraph",
            "中秋节晚上，人们赏月，然后回家。",
            "On the night of the Mid-Autumn Festival, people admire the full moon, then go home.",
            1.0,
        ),
        SegmentPair(
            "paragraph",
            "客人来了要喝茶。",
            "When guests come they drink tea.",
            1.0,
        ),
    ]
    found = {c.chinese: c for c in extract_terms(pairs)}
    assert found["赏月"].english == "admire the full moon"
    assert [r.name for r in found["赏月"].reasons] == ["recurs"]
    assert "喝茶" not in found  # as common in general language as everyday verbs are


def test_a_dictionary_unit_rendered_by_another_verb_before_its_object_is_kept_whole() -> None:
    # The dictionary's gloss races the boats; the translator rows them.
    pairs = [
        SegmentPair(
            "paragraph",
            "端午节那天，村民们赛龙舟，孩子们也很高兴。",
            "On the Dragon Boat Festival, villagers row dragon boats and the children are happy.",
            1.0,
        )
    ]
    found = {c.chinese: c for c in extract_terms(pairs)}
    assert found["赛龙舟"].english == "row dragon boats"
    assert verb_by_synonym("赛龙舟", english.words("row dragon boats"), 0, 2)
    assert not verb_by_synonym("赛龙舟", english.words("dragon boats"), 0, 1)
    assert not verb_by_synonym("赛龙舟", english.words("race dragon boats"), 0, 2)


def test_the_verb_before_the_object_a_gloss_names_is_taken_in_as_rendering_the_verb() -> None:
    en = "Villagers row dragon boats."
    words = english.words(en)
    unit = Unit(0, "村民们赛龙舟。", en, words)
    boats = SpanMatch(2, 3, words[2].start, words[3].end, zh_cover=0.8, en_cover=1.0)
    found = _with_synonym_verb(unit, boats, "赛龙舟", [True] * len(words))
    assert (en[found.start : found.end], found.zh_cover, found.en_cover) == (
        "row dragon boats",
        1.0,
        1.0,
    )


def test_a_verb_phrase_subject_with_three_object_words_keeps_its_verb() -> None:
    pairs = [
        SegmentPair(
            "paragraph",
            "构建绿色低碳家园是我们的共同责任。",
            "Building a green low-carbon homeland is our shared duty.",
            1.0,
        )
    ]
    found = {c.chinese: c.english for c in extract_terms(pairs)}
    assert found["构建绿色低碳家园"] == "building a green low-carbon homeland"


def test_a_verb_and_object_are_gathered_only_when_the_verb_gloss_names_the_object() -> None:
    assert gloss_names_object("祭拜", "祖先")
    assert not gloss_names_object("修建", "道路")
    assert verb_object_spans("村民们还要修建道路。") == []


def test_the_reader_suggests_a_verb_object_selection_with_its_verb_and_object() -> None:
    home = SegmentPair(
        "paragraph",
        "构建绿色家园是我们的共同责任。",
        "Building a green homeland is our shared duty.",
        1.0,
    )
    rites = SegmentPair(
        "paragraph",
        "清明节时，家家户户祭拜祖先，然后一起吃饭。",
        "At Qingming, every family offers sacrifice to its ancestors, then they eat.",
        1.0,
    )
    assert suggest_english(home, 0, 6)[0].text == "Building a green homeland"
    assert suggest_english(rites, 9, 13)[0].text == "offers sacrifice to its ancestors"


def test_a_bare_verb_after_to_or_a_modal_is_given_back_too() -> None:
    pairs = [
        SegmentPair(
            "paragraph",
            "各方努力构建绿色家园。",
            "All parties work to build a green homeland.",
            1.0,
        ),
        SegmentPair("paragraph", "我们要构建绿色家园。", "We must build a green homeland.", 1.0),
        SegmentPair("paragraph", "构建绿色家园需要时间。", "A green homeland needs time.", 1.0),
    ]
    found = [english_for_terms([pair], ["构建绿色家园"], with_pinyin=False)[0] for pair in pairs]
    assert [c.english if c else None for c in found] == [
        "build a green homeland",
        "build a green homeland",
        "green homeland",
    ]
