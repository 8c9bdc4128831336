"""Untranslated material (a long English paragraph with no Chinese, a site's Chinese
introduction) must not shift the pairs around it: the length ratio is taken from the blocks that
take turns, not from the whole page."""

from __future__ import annotations

from duiyi.align.lengths import ratio_in_order
from duiyi.pipeline import align_pasted

EXTRA_ENGLISH_FIRST = """\
Readers have written to us all week about the old pier. Some want the board to rebuild it next \
spring; others say the money would be better spent on the school, the library or the roads, and \
a few think the pier should simply be left to the sea. We print a selection of these letters on \
page six, and we thank everyone who took the time to write.

The landing stage will get a second life: reconstruction was approved on Thursday.

董事会投票决定明年春天重建码头。

Work will start in March and should take about eight months.

工程将于三月开工，预计耗时约八个月。

The old planks will be kept and used to build benches along the shore.

旧木板将被保留下来，用来在岸边建造长椅。
"""


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(p.zh, p.en[:30]) for p in align_pasted(text).pairs if p.kind != "sentence"]


def test_an_extra_english_paragraph_before_the_pairs_stays_alone() -> None:
    assert _pairs(EXTRA_ENGLISH_FIRST) == [
        ("", "Readers have written to us all"),
        ("董事会投票决定明年春天重建码头。", "The landing stage will get a s"),
        ("工程将于三月开工，预计耗时约八个月。", "Work will start in March and s"),
        ("旧木板将被保留下来，用来在岸边建造长椅。", "The old planks will be kept an"),
    ]


def test_the_ratio_comes_from_neighbouring_blocks_when_languages_take_turns() -> None:
    blocks = [("中" * 10, "zh"), ("a" * 30, "en")] * 4 + [("b" * 900, "en")]
    assert ratio_in_order(blocks) == 3.0


def test_the_whole_document_ratio_serves_a_text_in_two_runs() -> None:
    blocks = [("中" * 10, "zh")] * 4 + [("a" * 50, "en")] * 4
    assert ratio_in_order(blocks) == 5.0
