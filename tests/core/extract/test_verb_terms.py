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
    verb_form,
    verb_object_spans,
    whole_verb_object,
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
        "新年时，各国使臣朝贡皇帝，然后一起吃饭。",
        "At New Year, envoys present tribute to the emperor and then they eat together.",
        1.0,
    ),
    SegmentPair(
        "paragraph",
        "村民们还要修建道路。",
        "The villagers also need to build roads.",
        1.0,
    ),
]

TRIBUTE = SegmentPair(
    "paragraph",
    "新年时，各国使臣朝贡皇帝，然后一起吃饭。",
    "At New Year, every envoy presents tribute to his emperor, then they eat.",
    1.0,
)


def _found() -> dict[str, tuple[str, list[str]]]:
    # The English and the factors that moved the confidence: no "verb phrase" among them.
    return {c.chinese: (c.english, [r.name for r in c.reasons]) for c in extract_terms(CUSTOMS)}


def _english(*lines: tuple[str, str]) -> dict[str, str]:
    """The English extraction proposes for each Chinese term of the (Chinese, English) pairs."""
    pairs = [SegmentPair("paragraph", zh, en, 1.0) for zh, en in lines]
    return {c.chinese: c.english for c in extract_terms(pairs)}


def test_a_custom_the_dictionary_holds_whole_keeps_its_verb() -> None:
    english, reasons = _found()["赛龙舟"]
    assert english == "race dragon boats"
    assert reasons == ["recurs"]


def test_a_verb_whose_gloss_names_the_object_keeps_it_with_its_verb() -> None:
    english, reasons = _found()["朝贡皇帝"]
    assert english == "present tribute to the emperor"
    assert reasons == ["recurs"]


def test_a_passing_predicate_is_not_proposed() -> None:
    found = _found()
    assert "修建道路" not in found


def test_the_verb_and_its_object_are_cut_from_the_sentence() -> None:
    spans = {
        (v.text, v.verb_end - v.start, v.whole) for v in verb_object_spans("各国使臣朝贡皇帝。")
    }
    assert spans == {("朝贡皇帝", 2, False)}


def test_an_object_ends_at_a_conjunction() -> None:
    spans = {(v.text, v.verb_end - v.start) for v in verb_object_spans("使臣朝贡皇帝和王后。")}
    assert spans == {("朝贡皇帝", 2)}


def test_the_english_must_start_with_the_verb_and_end_with_the_object_its_gloss_names() -> None:
    assert renders_in_order("朝贡皇帝", 2, "present tribute to the emperor")
    assert not renders_in_order("朝贡皇帝", 2, "emperor")
    assert not renders_in_order("朝贡皇帝", 2, "presents tribute")
    assert not renders_in_order("朝贡皇帝", 2, "serve the emperor")
    assert not renders_in_order("修建道路", 2, "build roads")


def test_a_phrasal_verb_alone_renders_no_object() -> None:
    # 上坟 "to visit a grave"; its verb 上 is glossed "to go up".
    assert renders_in_order("上坟", 1, "visit a grave")
    assert not renders_in_order("上坟", 1, "go up")


def test_a_verb_object_rendered_by_a_verb_the_dictionary_does_not_name_is_not_proposed() -> None:
    found = _english(
        (
            "新年时，各国使臣朝贡皇帝，然后一起吃饭。",
            "At New Year, envoys honour emperors and then they eat.",
        )
    )
    assert "朝贡皇帝" not in found  # to present tribute: "honour" is a passing predicate's verb


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
    found = _english((TRIBUTE.zh, TRIBUTE.en))
    assert found["朝贡皇帝"] == "presents tribute to his emperor"


def test_a_one_character_verb_whose_gloss_names_the_object_keeps_it() -> None:
    found = _english(
        (
            "客人来了，孩子们沏绿茶，大人们挂灯笼。",
            "When guests come, children steep green tea and adults hang lanterns.",
        )
    )
    assert found["沏绿茶"] == "steep green tea"
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


def test_an_everyday_three_character_verb_object_word_is_no_unit() -> None:
    assert (whole_verb_object("赛龙舟"), whole_verb_object("打电话")) == (1, 0)
    found = _english(
        ("他每天给妈妈打电话。", "He makes a telephone call to his mother every day."),
        ("他喜欢开玩笑。", "He likes to crack jokes."),
    )
    assert "打电话" not in found
    assert "开玩笑" not in found


def test_a_dictionary_unit_rendered_by_another_verb_before_its_object_is_kept_whole() -> None:
    # The dictionary's gloss races the boats; the translator rows them.
    found = _english(
        (
            "端午节那天，村民们赛龙舟，孩子们也很高兴。",
            "On the Dragon Boat Festival, villagers row dragon boats and the children are happy.",
        )
    )
    assert found["赛龙舟"] == "row dragon boats"
    assert verb_by_synonym("赛龙舟", english.words("row dragon boats"), 0, 2)
    assert verb_by_synonym("赛龙舟", english.words("row the dragon boats"), 0, 3)
    assert not verb_by_synonym("赛龙舟", english.words("dragon boats"), 0, 1)
    assert not verb_by_synonym("赛龙舟", english.words("race dragon boats"), 0, 2)


def test_only_a_verb_form_right_before_the_object_stands_for_the_dictionary_verb() -> None:
    words = english.words
    assert not verb_by_synonym("赛龙舟", words("colourful dragon boats"), 0, 2)  # by its ending
    assert not verb_by_synonym("赛龙舟", words("new dragon boats"), 0, 2)  # never glossed a verb
    assert not verb_by_synonym("赛龙舟", words("a clean dragon boat"), 1, 3)  # after an article
    assert not verb_by_synonym("赛龙舟", words("watched clean dragon boats"), 1, 3)
    assert not verb_by_synonym("赛龙舟", words("cheered as dragon boats"), 0, 3)
    assert verb_by_synonym("赛龙舟", words("like rowing dragon boats"), 1, 3)
    assert [verb_form(w) for w in words("rows rowed colourful new famous")] == [
        True,
        True,
        False,
        False,
        False,
    ]


def test_an_adjective_before_the_object_does_not_make_the_unit_rendered() -> None:
    found = _english(
        ("村民们赛龙舟。", "Villagers watched colourful dragon boats."),
        (
            "端午节那天，村民们赛龙舟，孩子们也很高兴。",
            "On that day villagers watched new dragon boats.",
        ),
    )
    assert "赛龙舟" not in found


def test_a_word_that_renders_another_chinese_word_is_not_the_units_verb() -> None:
    # "watch" renders 观看: the race itself goes unrendered.
    found = _english(("村民们观看赛龙舟。", "Villagers watch dragon boats."))
    assert "赛龙舟" not in found


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
    rows = SpanMatch(1, 3, words[1].start, words[3].end, zh_cover=0.8, en_cover=1.0)
    claimed = _with_synonym_verb(unit, rows, "赛龙舟", [True, False, True, True])
    assert (claimed.zh_cover, claimed.en_cover) == (0.8, 1.0)  # "row" renders another word


def test_a_verb_phrase_subject_with_three_object_words_keeps_its_verb() -> None:
    found = _english(
        (
            "构建绿色低碳家园是我们的共同责任。",
            "Building a green low-carbon homeland is our shared duty.",
        )
    )
    assert found["构建绿色低碳家园"] == "building a green low-carbon homeland"


def test_a_verb_and_object_are_gathered_only_when_the_verb_gloss_names_the_object() -> None:
    assert gloss_names_object("朝贡", "皇帝")
    assert not gloss_names_object("修建", "道路")
    assert verb_object_spans("村民们还要修建道路。") == []


def test_the_reader_suggests_a_verb_object_selection_with_its_verb_and_object() -> None:
    home = SegmentPair(
        "paragraph",
        "构建绿色家园是我们的共同责任。",
        "Building a green homeland is our shared duty.",
        1.0,
    )
    assert suggest_english(home, 0, 6)[0].text == "Building a green homeland"
    assert suggest_english(TRIBUTE, 8, 12)[0].text == "presents tribute to his emperor"


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
