"""English glued to the front of Chinese with no space ("Harbour Daily双语专栏") is a name inside
the Chinese heading, not its translation; parted by a space it is a bilingual heading."""

from __future__ import annotations

from duiyi.pipeline import align_pasted

BODY = """

The ferry now leaves every twenty minutes.

渡轮现在每二十分钟开出一班。
"""


def _tops(text: str) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in align_pasted(text).pairs if p.kind != "sentence"]


def test_a_name_glued_to_a_chinese_heading_stays_in_it() -> None:
    assert _tops("Harbour Daily双语专栏" + BODY) == [
        ("Harbour Daily双语专栏", ""),
        ("渡轮现在每二十分钟开出一班。", "The ferry now leaves every twenty minutes."),
    ]


def test_a_heading_parted_by_a_space_is_still_cut() -> None:
    assert _tops("Harbour News 港口新闻" + BODY) == [
        ("港口新闻", "Harbour News"),
        ("渡轮现在每二十分钟开出一班。", "The ferry now leaves every twenty minutes."),
    ]
