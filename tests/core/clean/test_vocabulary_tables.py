"""A vocabulary table in study notes: the row naming the columns is not text, word class labels
("n. 灯塔") stay out of the terms, and the rows pair by what their words mean, not by turns."""

from __future__ import annotations

from pathlib import Path

from duiyi.pipeline import read_and_align

NOTES = """\
# 第三课 港口

The harbour was rebuilt after the storm, and the fishing boats came back in the spring.

风暴过后，港口重建了，渔船在春天回来了。

## 词汇

| Eng | Chi |
|-----|-----|
| breakwater | 防波堤 |
| lighthouse | n. 灯塔 |
| moor | v. 停泊 |
| tidal | adj. 潮汐的 |
"""


def test_a_vocabulary_table_gives_its_rows_as_terms(tmp_path: Path) -> None:
    path = tmp_path / "lesson.md"
    path.write_text(NOTES, encoding="utf-8")
    doc = read_and_align(path)
    assert [(g.chinese, g.english) for g in doc.glossary] == [
        ("防波堤", ("breakwater",)),
        ("灯塔", ("lighthouse",)),
        ("停泊", ("moor",)),
        ("潮汐的", ("tidal",)),
    ]
    tops = [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"]
    assert tops[:3] == [
        ("第三课港口", ""),
        (
            "风暴过后，港口重建了，渔船在春天回来了。",
            "The harbour was rebuilt after the storm, and the fishing boats came back in the "
            "spring.",
        ),
        ("词汇", ""),
    ]
    assert ("", "Eng") not in tops and ("", "Chi") not in tops
