"""Sentence beads on free translations: a sentence that lengths would merge into its neighbour's
bead goes with the sentence its rare dictionary word is translated in."""

from __future__ import annotations

from duiyi.align.dp import best_beads
from duiyi.align.sentalign import align_sentences

MARKET_ZH = [
    "周末早上，我们全家一起去市场买菜，买了鸡蛋、牛奶、面包和各种新鲜蔬菜。",
    "另外，妈妈还给弟弟买了一双新鞋。",
    "回家路上，桥边的河水里站着一只白鹭。",
]
MARKET_EN = [
    "On Saturday morning the whole family went to the market, and we came home with eggs, "
    "milk, bread and all sorts of fresh vegetables.",
    "Mother also bought my younger brother a new pair of shoes.",
    "On the way back we noticed a white egret beside the old stone bridge.",
    "It was standing very still in the shallow water, waiting for a fish to swim past.",
]


def _beads(zh: list[str], en: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.zh_indices, b.en_indices) for b in align_sentences(zh, en, 3.5)]


def test_an_english_sentence_joins_the_chinese_whose_rare_word_it_translates() -> None:
    # By length the egret sentence would join the shoes (one short Chinese sentence, two
    # English ones); 白鹭 "egret" is in the next Chinese sentence, and "besides" (a gloss of
    # the everyday 另外) in the egret sentence says nothing.
    assert _beads(MARKET_ZH, MARKET_EN) == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3))]


def test_a_chinese_sentence_joins_the_english_that_translates_its_rare_word() -> None:
    zh = [
        MARKET_ZH[0],
        "另外，妈妈还给弟弟买了新鞋。",
        "路上看到一只白鹭。",
        "它静静地站在浅水里等鱼。",
    ]
    en = [
        MARKET_EN[0],
        "Mother also bought my younger brother a new pair of shoes, because his old ones were "
        "worn through at the toes.",
        "On the way back we noticed a white egret standing very still in the shallow water, "
        "waiting for a fish.",
    ]
    assert _beads(zh, en) == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,))]


def _far_cells(n: int, m: int, limit: float) -> int:
    """How many cells more than `limit` English items off the diagonal the aligner prices."""
    far = 0

    def cost(i: int, j: int, di: int, dj: int) -> float:
        nonlocal far
        far += abs(j - i * m / n) > limit
        return float(di + dj)

    best_beads(n, m, [(1, 1), (1, 4), (1, 0), (0, 1)], cost, band=12)
    return far


def test_many_short_sentences_for_each_long_one_keep_to_a_band() -> None:
    # Sixty English sentences to each Chinese one: a band of twelve left no path, and the
    # whole table (n * m cells) was priced instead.
    assert _far_cells(20, 1200, 60 + 4) == 0


def test_many_chinese_sentences_for_each_english_one_keep_to_a_narrow_band() -> None:
    # Twelve English items either side would be every English sentence in every row.
    assert _far_cells(2400, 40, 12 * 40 / 2400 + 2 + 1) == 0


def test_a_sentence_translated_loosely_stays_in_its_bead_though_its_rare_word_is_later() -> None:
    # 白鹭 is "a white bird" here and "the egret" only a sentence later: left unpaired, the
    # first sentence is no nearer that sentence than merged into the bead lengths give it.
    zh = ["我们在湖边看到了一只白鹭。", "它站在浅水里，一动不动。", "过了很久，它突然飞走了。"]
    en = [
        "By the lake we saw a white bird standing motionless in the shallows.",
        "After a long while the egret suddenly flew away.",
    ]
    assert _beads(zh, en) == [((0, 1), (0,)), ((2,), (1,))]


def test_an_untranslated_run_of_chinese_items_stays_in_the_band() -> None:
    # Sixty untranslated preface paragraphs, then eighty numbered ones, all translated: at the
    # end of the preface the path is 60 * 80 / 140 = 34.3 English items off the diagonal.
    zh: list[int | None] = [None] * 60 + list(range(1, 81))
    en = list(range(1, 81))

    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di == 0 or dj == 0:
            return 1.5
        return 0.0 if zh[i] == en[j] else 10.0

    beads = best_beads(140, 80, [(1, 1), (1, 0), (0, 1)], cost, band=40)
    assert beads == [(i, 0, 1, 0) for i in range(60)] + [(60 + k, k, 1, 1) for k in range(80)]
