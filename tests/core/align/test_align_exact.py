"""Exact behaviour of paragraph pairing at its edges: mixed blocks, table rows, runs of one
language, merges that sentences confirm or not, and the kind each pair is given."""

from __future__ import annotations

import pytest

from duiyi.align.paragraphs import to_units
from duiyi.document import SourceText, TextBlock
from duiyi.pipeline import align_source


def _tops(blocks: list[TextBlock]) -> list[tuple[str, str, str]]:
    doc = align_source(SourceText("t.txt", "txt", "utf-8", tuple(blocks)))
    return [(p.kind, p.zh, p.en) for p in doc.pairs if p.kind != "sentence"]


LONG_ZH = "实践路径很重要，意义重大，影响深远，值得我们认真研究和推进。"
ZH_A = "中国坚持低碳发展，推动经济社会全面低碳转型。"
EN_A = "China adheres to low-carbon growth and promotes an all-round low-carbon transformation."
ZH_B = "我们大力发展可再生能源，减少煤炭消费，森林覆盖率持续提高。"
EN_B = (
    "We vigorously develop renewable energy and reduce coal consumption, and forest coverage "
    "continues to rise."
)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "The Dragon Boat Festival is here. 端午节到了。",
            [("en", "The Dragon Boat Festival is here."), ("zh", "端午节到了。")],
        ),
        ("Opening Hours 营业时间", [("en", "Opening Hours"), ("zh", "营业时间")]),
        # List numbering just before the Chinese belongs to the Chinese.
        (
            "Cyberspace is a common space. 1.加快全球网络基础设施建设。",
            [("en", "Cyberspace is a common space."), ("zh", "1.加快全球网络基础设施建设。")],
        ),
        (
            "实践路径很重要，意义重大，影响深远，值得我们认真研究和推进。Path to realization.",
            [
                ("zh", "实践路径很重要，意义重大，影响深远，值得我们认真研究和推进。"),
                ("en", "Path to realization."),
            ],
        ),
        # A Chinese block with lower-case English after it: not a translation of its own.
        (
            LONG_ZH + "path to realization.",
            [
                (
                    "zh",
                    LONG_ZH + "path to realization.",
                )
            ],
        ),
        # Too evenly mixed to split: the block leans to the language with more weight.
        ("中国 GDP per capita rose 中文", [("en", "中国 GDP per capita rose 中文")]),
        ("UN 中国 EU", [("zh", "UN 中国 EU")]),
    ],
)
def test_mixed_blocks_are_split_or_given_the_language_they_lean_to(
    text: str, units: list[tuple[str, str]]
) -> None:
    assert [(u.lang, u.text) for u in to_units([TextBlock(text)])] == units


def test_an_unpaired_chinese_sentence_is_a_paragraph_and_an_english_title_a_heading() -> None:
    blocks = [
        TextBlock(t) for t in ("Low-Carbon Growth", ZH_A, EN_A, ZH_B, EN_B, "这是没有翻译的句子。")
    ]
    assert _tops(blocks) == [
        ("heading", "", "Low-Carbon Growth"),
        ("paragraph", ZH_A, EN_A),
        ("paragraph", ZH_B, EN_B),
        ("paragraph", "这是没有翻译的句子。", ""),
    ]


def test_table_rows_pair_as_given_and_free_blocks_after_them_pair_on_their_own() -> None:
    doc = align_source(
        SourceText(
            "t.csv",
            "csv",
            "utf-8",
            (
                TextBlock("我们同意。", row=0),
                TextBlock("We agree", row=0),
                TextBlock("他们也同意这个看法。", row=1),
                TextBlock("They agree with this view too, and say so at some length.", row=1),
                TextBlock("后面的自由段落在这里。"),
                TextBlock("A free paragraph follows here."),
            ),
        )
    )
    tops = [(p.kind, p.zh, p.en, p.score) for p in doc.pairs if p.kind != "sentence"]
    assert tops == [
        ("paragraph", "我们同意。", "We agree", 0.963),
        (
            "paragraph",
            "他们也同意这个看法。",
            "They agree with this view too, and say so at some length.",
            0.924,
        ),
        ("paragraph", "后面的自由段落在这里。", "A free paragraph follows here.", 0.976),
    ]


def test_an_english_block_before_its_chinese_pairs_after_a_chinese_first_pair() -> None:
    # Chinese first for A, English first for B: the English run is cut between the two.
    blocks = [TextBlock(t) for t in (ZH_A, EN_A, EN_B, ZH_B)]
    assert _tops(blocks) == [("paragraph", ZH_A, EN_A), ("paragraph", ZH_B, EN_B)]


def test_a_chinese_paragraph_in_two_blocks_is_merged_when_its_sentences_confirm_it() -> None:
    blocks = [TextBlock(t) for t in (ZH_A, ZH_B, f"{EN_A} {EN_B}")]
    assert _tops(blocks) == [("paragraph", ZH_A + ZH_B, f"{EN_A} {EN_B}")]


def test_an_untranslated_chinese_block_is_not_merged_into_its_neighbour() -> None:
    extra = "这一段没有英文翻译，只是作者写给自己的笔记，内容与上文无关。"
    blocks = [TextBlock(t) for t in (ZH_A, extra, EN_A, ZH_B, EN_B)]
    assert _tops(blocks) == [
        ("paragraph", ZH_A, EN_A),
        ("paragraph", extra, ""),
        ("paragraph", ZH_B, EN_B),
    ]
