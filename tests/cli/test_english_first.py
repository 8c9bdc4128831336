"""English-first handouts and glossaries (`translate 翻译`, OmegaT's tab-separated files,
vocabulary boxes inside a text) give pairs the right way round in `import` and `extract`."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from db import Collection
from db.ops.term_info import TermQuery
from desktop.main import main

HANDOUT_LINES = [
    "Vocabulary",
    "1. translate 翻译",
    "2. digital divide: 数字鸿沟",
    "3. annual report（年度报告）",
    "4. 5G network 5G网络",
    "5. connectivity 互联互通 [hùlián hùtōng]",
    "6. **machine translation** — 机器翻译",
]
PAIRS = [
    ("翻译", "translate"),
    ("数字鸿沟", "digital divide"),
    ("年度报告", "annual report"),
    ("5G网络", "5G network"),
    ("互联互通", "connectivity"),
    ("机器翻译", "machine translation"),
]
OMEGAT = (
    "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
    "translate\t翻译\tverb\n"
    "digital divide\t数字鸿沟\t\n"
    "annual report\t年度报告\tofficial report\n"
)
TEXT_WITH_BOX = """数字鸿沟正在扩大，我们必须共同应对。

The digital divide is widening, and we must respond together.

机器翻译将改变翻译行业。

Machine translation will transform the translation industry.

**digital divide** 数字鸿沟
翻译行业 **translation industry**
"""


def _files(folder: Path) -> dict[str, Path]:
    text = folder / "handout.txt"
    text.write_text("\n".join(HANDOUT_LINES) + "\n", encoding="utf-8")
    word = folder / "handout.docx"
    document = docx.Document()
    for line in HANDOUT_LINES:
        document.add_paragraph(line)
    document.save(str(word))
    omegat = folder / "glossary.txt"
    omegat.write_text(OMEGAT, encoding="utf-8")
    return {"txt": text, "docx": word, "omegat": omegat}


def _terms(db: Path) -> list[tuple[str, str]]:
    col = Collection.open(db)
    try:
        return [
            (t.chinese, t.english)
            for t in sorted(col.terms.search(TermQuery(text="")), key=lambda t: t.id)
        ]
    finally:
        col.close()


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_an_english_first_handout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = _files(tmp_path)[kind]
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    assert "  glossary terms: 6\n" in capsys.readouterr().out
    assert _terms(db) == PAIRS
    assert main(["extract", str(path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"{zh}\t{en}\t1.000" for zh, en in PAIRS]


@pytest.mark.parametrize("header", ["", "Source\tTarget\tComment\n"])
def test_an_omegat_english_first_glossary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str
) -> None:
    path = _files(tmp_path)["omegat"]
    path.write_text(header + OMEGAT, encoding="utf-8")  # "source" names no language
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    assert _terms(db) == [("翻译", "translate"), ("数字鸿沟", "digital divide"),
                          ("年度报告", "annual report")]  # fmt: skip
    capsys.readouterr()
    assert main(["extract", str(path), "--format", "tsv"]) == 0
    assert (
        capsys.readouterr().out == "翻译\ttranslate\t1.000\n数字鸿沟\tdigital divide\t1.000\n"
        "年度报告\tannual report\t1.000\n"
    )


def test_vocabulary_boxes_inside_a_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lesson.md"
    path.write_text(TEXT_WITH_BOX, encoding="utf-8")
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  pairs: 2 (0 headings, 2 paragraphs)" in out
    assert "  unpaired blocks: 0\n" in out
    assert _terms(db) == [("数字鸿沟", "digital divide"), ("翻译行业", "translation industry")]
    assert main(["extract", str(path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[:2] == [
        "数字鸿沟\tdigital divide\t1.000",
        "翻译行业\ttranslation industry\t1.000",
    ]


def test_a_line_the_wrong_way_round_gives_no_pair(tmp_path: Path) -> None:
    path = tmp_path / "mostly-chinese-first.txt"
    path.write_text(
        "数字鸿沟 digital divide\n年度报告 annual report\nAI技术 AI technology\n"
        "互联互通 connectivity\ntranslate 翻译\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    assert _terms(db) == [("数字鸿沟", "digital divide"), ("年度报告", "annual report"),
                          ("AI技术", "AI technology"), ("互联互通", "connectivity")]  # fmt: skip


def test_import_cards_reads_a_handout_either_way_round(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _files(tmp_path)["txt"]
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import-cards", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Read 6 terms from handout.txt: 6 new candidates,")
    assert _terms(db) == PAIRS


def test_suggestions_take_a_vocabulary_box_of_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 翻译行业 occurs only in a box and in the text; the box's rendering is the one suggested,
    # with and without a collection.
    path = tmp_path / "lesson.md"
    path.write_text(TEXT_WITH_BOX + "**drought-resistant** 抗旱\n", encoding="utf-8")
    listed = tmp_path / "zh.txt"
    listed.write_text("抗旱\n翻译行业\n机器翻译\n", encoding="utf-8")
    expected = [
        "抗旱\tdrought-resistant",
        "翻译行业\ttranslation industry",
        "机器翻译\tmachine translation",
    ]
    assert main(["extract", str(path), "--zh-terms", str(listed), "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines() == expected
    db = ["--db", str(tmp_path / "c.duiyi")]
    assert main([*db, "extract", str(path), "--zh-terms", str(listed), "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines() == expected
