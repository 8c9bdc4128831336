"""Paragraphs of both languages glued into one line by a web page's copy: no space after an
English full stop before the Chinese, backslashes before quotes, a title at the end of a line
of the other language."""

from __future__ import annotations

from duiyi.clean import remove_markup
from duiyi.clean.bilingual import split_languages
from duiyi.document import TextBlock
from duiyi.pipeline import align_pasted

GLUED = (
    "The river rose overnight and covered the lower fields. "
    "河水一夜之间上涨，淹没了低处的田地。"
    "Farmers moved their cattle to the hills before dawn."
    "农民们在天亮前把牛群赶到了山上。"
    "By noon the water had begun to fall again.”"
    "到中午，水位又开始回落。"
)


def _pairs(text: str) -> list[tuple[str, str]]:
    doc = align_pasted(text)
    return [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"]


def test_a_full_stop_touching_chinese_ends_the_english_sentence() -> None:
    assert split_languages("The boat left at dawn.船在黎明时出发。It came back at dusk.") == [
        "The boat left at dawn.",
        "船在黎明时出发。",
        "It came back at dusk.",
    ]


def test_paragraphs_glued_without_spaces_are_paired_one_by_one() -> None:
    assert _pairs(GLUED) == [
        (
            "河水一夜之间上涨，淹没了低处的田地。",
            "The river rose overnight and covered the lower fields.",
        ),
        (
            "农民们在天亮前把牛群赶到了山上。",
            "Farmers moved their cattle to the hills before dawn.",
        ),
        ("到中午，水位又开始回落。", "By noon the water had begun to fall again.”"),
    ]


def test_backslashes_before_quotes_are_removed_and_reported() -> None:
    blocks, removed = remove_markup([TextBlock('She called it \\\\\\"a small step.\\\\\\" 她说。')])
    assert [b.text for b in blocks] == ['She called it "a small step." 她说。']
    assert [(r.key, r.count) for r in removed] == [("escaped-quotes", 1)]


def test_backslashes_are_kept_when_the_user_keeps_them() -> None:
    blocks, removed = remove_markup([TextBlock('It said \\"no\\".')], keep={"escaped-quotes"})
    assert [b.text for b in blocks] == ['It said \\"no\\".']
    assert removed == ()


def test_a_title_at_the_end_of_a_chinese_line_stays_apart_from_the_english_under_it() -> None:
    text = (
        "欢迎阅读本站每天更新的双语短文。A Quiet Harbour\n"
        "Boats rest in the bay at dusk while fishermen mend their nets on the shore."
        "傍晚时分，小船停泊在海湾里，渔民在岸边补网。"
    )
    english = [en for _zh, en in _pairs(text) if en]
    assert english == [
        "A Quiet Harbour",
        "Boats rest in the bay at dusk while fishermen mend their nets on the shore.",
    ]
