"""A line whose closing bracket translates the text before it ("English（中文）", "中文（English）",
study notes' "**主句**：*English*（中文）" analysis lines) is cut into its two languages; a bracket
that glosses one word of a sentence is not."""

from __future__ import annotations

from pathlib import Path

from duiyi.clean.bilingual import split_languages
from duiyi.pipeline import read_and_align

NOTES = """\
# 第一课

The old mill by the river has been turning for two hundred years, and the village still \
grinds its flour there.

河边的老磨坊已经转了两百年，村里人至今仍在那里磨面粉。

**句子分析**

- **主句**：*The old mill has been turning for two hundred years*（老磨坊已经转了两百年）
- **并列句**：*the village still grinds its flour there*（村里人至今仍在那里磨面粉）
- **状语**：*for two hundred years*（在过去的两百年里）

The miller's daughter keeps the accounts in a green notebook.

磨坊主的女儿用一本绿色的笔记本记账。
"""


def test_a_heading_with_its_translation_in_brackets_is_cut_without_the_brackets() -> None:
    assert split_languages("Chapter Two. The Old Mill（第二章 老磨坊）") == [
        "Chapter Two. The Old Mill",
        "第二章 老磨坊",
    ]
    assert split_languages("第三节 水车（The Water Wheel）") == ["第三节 水车", "The Water Wheel"]


def test_a_bracket_glossing_one_word_of_a_sentence_stays_in_it() -> None:
    line = "我们修好了那架旧水车(the old water wheel)"
    assert split_languages(line) == [line]


def test_study_notes_analysis_lines_pair_and_are_not_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    doc = read_and_align(path)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("第一课", ""),
        (
            "河边的老磨坊已经转了两百年，村里人至今仍在那里磨面粉。",
            "The old mill by the river has been turning for two hundred years, and the village "
            "still grinds its flour there.",
        ),
        ("句子分析", ""),
        ("主句：老磨坊已经转了两百年", "The old mill has been turning for two hundred years"),
        ("并列句：村里人至今仍在那里磨面粉", "the village still grinds its flour there"),
        ("状语：在过去的两百年里", "for two hundred years"),
        (
            "磨坊主的女儿用一本绿色的笔记本记账。",
            "The miller's daughter keeps the accounts in a green notebook.",
        ),
    ]
    assert doc.glossary == ()
