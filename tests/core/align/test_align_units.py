"""Exact values of the aligner's small parts: anchors, lengths, scores, the bead programme,
block facts and costs, numbering and headings, sentence splitting."""

from __future__ import annotations

import math

import pytest

from duiyi.align import is_low_scoring, sentence_pairs
from duiyi.align.anchors import han_readings, numbers, pinyin_names
from duiyi.align.blockcost import PairCost, facts, pair_cost, skip_cost
from duiyi.align.dp import best_beads
from duiyi.align.lengths import DEFAULT_RATIO, en_length, estimate_ratio, length_cost, zh_length
from duiyi.align.numbering import looks_like_heading, numbering_prefix
from duiyi.align.pairing import ParagraphPair
from duiyi.align.sentalign import align_sentences, score_from_cost
from duiyi.align.sentences import split_english
from duiyi.document import SegmentPair


def test_numbers_drop_separators_trailing_zeros_and_single_digits() -> None:
    assert numbers("2,030年和5.90%以及1和12，还有3.0") == frozenset({"2030", "5.9", "12"})


def test_pinyin_names_are_cut_into_syllables() -> None:
    # "Qi'an" without its apostrophe reads as the one syllable "qian", which is no name
    found = pinyin_names("Meisha and Qi'an met Nanjing, Hello and Taoping.")
    assert sorted(found) == [("mei", "sha"), ("nan", "jing"), ("qi", "an"), ("tao", "ping")]
    assert han_readings("启安") == (frozenset({"qi"}), frozenset({"an"}))


def test_lengths_leave_out_spaces_and_numbering() -> None:
    assert zh_length("1. 中 文") == 2
    assert zh_length("三、实践 路径") == 4
    assert en_length("1. Hello   world ") == 11


def test_the_ratio_is_the_documents_within_bounds() -> None:
    assert estimate_ratio(["中文"], ["English"]) == DEFAULT_RATIO
    assert estimate_ratio(["中" * 100], ["a" * 350]) == 3.5
    assert estimate_ratio(["中" * 100], ["a" * 1000]) == 8.0
    assert estimate_ratio(["中" * 100], ["a" * 100]) == 1.5
    assert estimate_ratio(["中" * 100], ["a b" * 100]) == 3.0


def test_length_cost_is_zero_at_the_ratio_and_grows_away_from_it() -> None:
    assert length_cost(10, 35, 3.5) == 0.0
    assert length_cost(10, 70, 3.5) == pytest.approx(1.0896, abs=1e-4)
    assert length_cost(100, 200, 3.5) == pytest.approx(2.7666, abs=1e-4)


def test_score_from_cost() -> None:
    assert score_from_cost(0) == 1.0
    assert score_from_cost(5) == 0.368
    assert score_from_cost(-3) == 1.0
    assert score_from_cost(100) == 0.0


def test_the_bead_programme_finds_the_cheapest_cover() -> None:
    shapes = [(1, 1), (1, 0), (0, 1)]

    def diagonal(i: int, j: int, di: int, dj: int) -> float:
        return 0.0 if di == dj == 1 else 1.0

    assert best_beads(2, 2, shapes, diagonal) == [(0, 0, 1, 1), (1, 1, 1, 1)]
    assert best_beads(0, 0, shapes, diagonal) == []

    def last_pairs(i: int, j: int, di: int, dj: int) -> float:
        return 0.0 if (di, dj) == (1, 1) and i == 2 else 1.0

    assert best_beads(3, 1, shapes, last_pairs, band=1) == [
        (0, 0, 1, 0),
        (1, 0, 1, 0),
        (2, 0, 1, 1),
    ]

    def forbid_diagonal(i: int, j: int, di: int, dj: int) -> float:
        return math.inf if di == dj == 1 else 1.0

    # Equal totals: the path found first is kept.
    assert best_beads(1, 1, shapes, forbid_diagonal) == [(0, 0, 0, 1), (0, 1, 1, 0)]


def test_sentence_pairs_of_a_heading_and_of_an_unpaired_paragraph() -> None:
    assert sentence_pairs(ParagraphPair("heading", "标题", "Title", 0.9), 3, 3.5) == [
        SegmentPair("sentence", "标题", "Title", 0.9, 3)
    ]
    assert sentence_pairs(ParagraphPair("paragraph", "第一句。第二句。", "", 0.0), 0, 3.5) == [
        SegmentPair("sentence", "第一句。", "", 0.0, 0),
        SegmentPair("sentence", "第二句。", "", 0.0, 0),
    ]


def test_low_scoring_pairs_are_those_under_the_threshold_with_both_sides() -> None:
    assert is_low_scoring(SegmentPair("paragraph", "中", "en", 0.39))
    assert not is_low_scoring(SegmentPair("paragraph", "中", "en", 0.4))
    assert not is_low_scoring(SegmentPair("paragraph", "中", "", 0.0))


def test_block_facts_and_the_cost_of_a_pair_sharing_anchors() -> None:
    zh = facts("中国和UN在2030年合作。", "zh")
    en = facts("China and the UN cooperate in 2030.", "en")
    assert (zh.length, zh.heading, zh.numbers, zh.acronyms, zh.open_end) == (
        14,
        False,
        frozenset({"2030"}),
        frozenset({"UN"}),
        False,
    )
    assert (en.length, en.heading, en.open_end, en.names) == (35, False, False, (("chi", "na"),))
    assert en.words == frozenset({"and", "china", "cooperat", "in", "th", "un"})
    assert pair_cost([zh], [en], 3.5) == PairCost(
        cost=pytest.approx(-1.9995, abs=1e-4), score=1.0, unrelated=False
    )
    assert skip_cost(zh, 3.5, "zh") == pytest.approx(6.49)
    assert skip_cost(en, 3.5, "en") == pytest.approx(6.35)
    heading = facts("网络空间治理", "zh")
    assert heading.heading and heading.open_end


def test_many_dictionary_words_and_none_translated_make_an_unrelated_pair() -> None:
    zh = facts("中国坚持低碳发展，推动经济社会全面低碳转型，大力发展可再生能源。", "zh")
    en = facts("The weather was cold and the children stayed at home all day long.", "en")
    assert pair_cost([zh], [en], 3.5).unrelated


def test_numbering_and_headings_at_their_limits() -> None:
    assert numbering_prefix("（一）总体要求") == "（一）"
    assert numbering_prefix("第三章 治理") == "第三章 "
    assert numbering_prefix("IV. Governance") == "IV. "
    assert numbering_prefix("• item") == "• "
    assert numbering_prefix("1.") == ""
    assert looks_like_heading("治" * 30, "zh")
    assert not looks_like_heading("治" * 31, "zh")
    assert not looks_like_heading("治理，", "zh")
    assert looks_like_heading(" ".join(["Word"] * 12), "en")
    assert not looks_like_heading(" ".join(["Word"] * 13), "en")
    assert not looks_like_heading("Governance:", "en")
    assert not looks_like_heading("1. ", "en")


def test_english_splitting_keeps_initials_and_quoted_abbreviations() -> None:
    assert split_english("J. Smith met (Dr. Li) here. Then “Mr. Wang” left.") == [
        "J. Smith met (Dr. Li) here.",
        "Then “Mr. Wang” left.",
    ]
    assert split_english("It was in the U.S.A. Next year too.") == [
        "It was in the U.S.A. Next year too."
    ]


def test_different_years_keep_sentences_apart() -> None:
    zh = ["2019年，我们开始了这个项目。", "2021年，项目完成了。"]
    en = ["In 2019, we started the project.", "In 2021, the project was finished."]
    beads = align_sentences(zh, en, 3.5)
    assert [(b.zh_indices, b.en_indices) for b in beads] == [((0,), (0,)), ((1,), (1,))]
    assert [b.score for b in beads] == [1.0, 1.0]


def test_the_bead_programme_leaves_its_band_when_the_only_path_is_outside() -> None:
    def around(i: int, j: int, di: int, dj: int) -> float:
        # Only English first, then Chinese: far from the diagonal.
        return (
            0.0 if (i == 0 and (di, dj) == (0, 1)) or (j == 2 and (di, dj) == (1, 0)) else math.inf
        )

    assert best_beads(2, 2, [(1, 0), (0, 1)], around, band=1) == [
        (0, 0, 0, 1),
        (0, 1, 0, 1),
        (0, 2, 1, 0),
        (1, 2, 1, 0),
    ]


def test_a_shape_too_big_for_the_rest_does_not_stop_the_others_being_tried() -> None:
    def diagonal(i: int, j: int, di: int, dj: int) -> float:
        return 0.0 if di == dj == 1 else 1.0

    assert best_beads(1, 1, [(2, 1), (1, 1), (1, 0), (0, 1)], diagonal) == [(0, 0, 1, 1)]


def test_the_ratio_needs_twenty_characters_on_each_side() -> None:
    assert estimate_ratio(["中" * 20], ["a" * 20]) == 1.5
    assert estimate_ratio(["中" * 19], ["a" * 100]) == DEFAULT_RATIO
    assert estimate_ratio(["中" * 20], ["a" * 19]) == DEFAULT_RATIO


def test_merging_two_blocks_costs_unless_the_first_stops_mid_sentence() -> None:
    zh = facts("中国坚持低碳发展，推动经济社会全面低碳转型。", "zh")
    long = "China adheres to low-carbon growth and to the ideas behind it in every single field"
    whole, open_first = facts(long + ".", "en"), facts(long + " and", "en")
    rest = facts("promotes an all-round low-carbon transformation.", "en")
    merged = pair_cost([zh], [whole, rest], 3.5).cost
    free = pair_cost([zh], [open_first, rest], 3.5).cost
    lengths = length_cost(22, whole.length + rest.length, 3.5) - length_cost(
        22, open_first.length + rest.length, 3.5
    )
    assert merged - free == pytest.approx(3.0 + lengths)
    second = facts("我们大力发展可再生能源。", "zh")
    assert pair_cost([zh, second], [whole], 3.5) == PairCost(
        cost=pytest.approx(4.2686, abs=1e-4), score=0.432, unrelated=False
    )


def test_layouts_of_three_runs_and_of_headings_only() -> None:
    from duiyi.align.paragraphs import Unit, detect_layout

    three = [Unit("第一段。第二句。", "zh"), Unit("First. Second.", "en"), Unit("第三段。", "zh")]
    assert detect_layout(three, "txt") == "paragraph-interleaved"
    headings = [Unit("标题", "zh"), Unit("Title", "en"), Unit("小标题", "zh"), Unit("Sub", "en")]
    assert detect_layout(headings, "txt") == "paragraph-interleaved"


def test_shared_acronyms_lower_a_sentence_pairs_cost() -> None:
    en = "We support the work of the WHO and the WTO in every country of the world today."
    (bead,) = align_sentences(["WHO和WTO。"], [en], 3.5)
    # Too short for its English, yet two shared acronyms vouch for it.
    assert bead.score == 0.998
