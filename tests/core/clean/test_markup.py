"""Class 1: markup in text files is removed (reported under a key) and not paired as text."""

from __future__ import annotations

from pathlib import Path

from duiyi.clean import remove_markup
from duiyi.document import AlignedDocument, TextBlock
from duiyi.pipeline import read_and_align

NOTES = """---
title: 低碳发展笔记
date: 2024-05-01
---

# 低碳发展 Low-Carbon Growth

> 本文介绍低碳发展的基本理念和主要成就。

![封面](cover.png)

中国坚持**低碳发展**，推动经济社会全面低碳转型。

China adheres to **low-carbon growth** and promotes an all-round low-carbon transformation of \
the economy and society.

<p class="note">我们大力发展<a href="https://example.org">可再生能源</a>，减少煤炭消费。</p>
<p class="note">We vigorously develop <a href="https://example.org">renewable energy</a> and \
reduce coal consumption.</p>

::: tip 提示
森林覆盖率持续提高。<br/>Forest coverage continues to rise.
:::

```python
print("不是正文 not text")
```

<style>
.note { color: red; }

p { margin: 0; }
</style>
"""


def _tops(document: AlignedDocument) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in document.pairs if p.kind != "sentence"]


def test_a_markdown_note_pairs_its_text_and_reports_its_markup(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    document = read_and_align(path)
    assert _tops(document) == [
        ("低碳发展", "Low-Carbon Growth"),
        ("本文介绍低碳发展的基本理念和主要成就。", ""),
        (
            "中国坚持低碳发展，推动经济社会全面低碳转型。",
            "China adheres to low-carbon growth and promotes an all-round low-carbon "
            "transformation of the economy and society.",
        ),
        (
            "我们大力发展可再生能源，减少煤炭消费。",
            "We vigorously develop renewable energy and reduce coal consumption.",
        ),
        ("森林覆盖率持续提高。", "Forest coverage continues to rise."),
    ]
    assert {r.key: r.count for r in document.removed} == {
        "front-matter": 1,
        "markdown-heading": 1,
        "markdown-quote": 1,
        "markdown-link": 1,
        "markdown-emphasis": 2,
        "html-tags": 3,
        "markdown-box": 2,
        "code-block": 1,
        "style-block": 1,
    }


def test_a_kept_kind_of_markup_stays_in_the_text() -> None:
    blocks = [TextBlock("---\ntitle: 笔记\n---"), TextBlock("## 标题\n**粗体**文字")]
    kept, removed = remove_markup(blocks, keep={"markdown-emphasis", "front-matter"})
    assert [b.text for b in kept] == ["---\ntitle: 笔记\n---", "标题\n**粗体**文字"]
    assert [r.key for r in removed] == ["markdown-heading"]


def test_markdown_tables_give_one_line_per_cell() -> None:
    blocks = [TextBlock("| 中文 | English |\n|---|---|\n| 合作 | cooperation |")]
    kept, removed = remove_markup(blocks)
    assert [b.text for b in kept] == ["合作\ncooperation"]
    assert [(r.key, r.count) for r in removed] == [("markdown-table", 3)]


def test_text_that_only_looks_like_markup_is_left_alone() -> None:
    text = "5 * 3 * 2 = 30, and a < b > c; snake_case_name stays."
    kept, removed = remove_markup([TextBlock(text)])
    assert [b.text for b in kept] == [text]
    assert removed == ()


def test_html_entities_are_read_as_the_characters_they_stand_for() -> None:
    kept, _ = remove_markup([TextBlock("R&amp;D&nbsp;staff &lt;5%\n研发&#22242;队")])
    assert [b.text for b in kept] == ["R&D staff <5%\n研发团队"]
