"""A <br> is a line break inside a paragraph, as in a text file; <br><br> sets paragraphs apart.
Pages rendered from hard-wrapped notes have a <br> at every line end."""

from __future__ import annotations

import textwrap
from pathlib import Path

from duiyi.pipeline import read_and_align
from duiyi.read import read_file

ZH = (
    "这座小镇的图书馆建于一百多年前，如今已经成为居民读书、聊天和学习的公共空间。"
    "每逢周末，志愿者会为孩子们举办故事会，并教老人使用手机查阅电子书。"
)
EN = (
    "The town library was built more than a century ago and has become a public space where "
    "residents read, talk and learn together. Every weekend volunteers hold story hours for "
    "children and teach older people how to find electronic books on their phones."
)
ZH_2 = "图书馆还与附近的学校合作，把阅读课搬进了阅览室，让学生在书架之间上课。"
EN_2 = (
    "The library also works with nearby schools, moving reading classes into its reading room "
    "so that students have their lessons among the shelves."
)


def _wrapped(text: str) -> list[str]:
    """Chinese cut every 20 characters, English wrapped at 50 columns."""
    if " " not in text:
        return [text[i : i + 20] for i in range(0, len(text), 20)]
    return textwrap.wrap(text, 50)


def _lines(text: str) -> str:
    return "<br>\n".join(_wrapped(text))


def _page(tmp_path: Path) -> Path:
    paragraphs = [
        f"<blockquote><p>{_lines(ZH)}</p></blockquote>",
        f"<p>{_lines(EN)}</p>",
        f"<div>{_lines(ZH_2)}<br><br>\n{_lines(EN_2)}</div>",
    ]
    path = tmp_path / "notes.html"
    path.write_text("<html><body><main>" + "\n".join(paragraphs) + "</main></body></html>", "utf-8")
    return path


def test_br_breaks_a_line_and_two_of_them_a_paragraph(tmp_path: Path) -> None:
    source = read_file(_page(tmp_path))

    assert [block.text for block in source.blocks] == [
        "\n".join(_wrapped(text)) for text in (ZH, EN, ZH_2, EN_2)
    ]


def test_a_page_wrapped_with_br_pairs_whole_paragraphs(tmp_path: Path) -> None:
    aligned = read_and_align(_page(tmp_path))

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"] == [
        (ZH, EN),
        (ZH_2, EN_2),
    ]
