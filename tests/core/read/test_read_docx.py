"""Word files: paragraphs and tables in body order, table cells paired by row."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from duiyi.errors import UnsupportedFormat
from duiyi.read import read_file


def _make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("三、实践路径", level=1)
    document.add_paragraph("加快全球网络基础设施建设,促进互联互通。")
    document.add_paragraph("")  # empty paragraphs are skipped
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "数字鸿沟"
    table.cell(0, 1).text = "digital divide"
    table.cell(1, 0).text = "网络空间命运共同体"
    table.cell(1, 1).text = "a community with a shared future in cyberspace"
    paragraph = document.add_paragraph("四、治理架构")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("Governance Framework")
    second = document.add_table(rows=2, cols=2)
    second.cell(0, 0).merge(second.cell(0, 1)).text = "标题 Title"
    second.cell(1, 0).text = "政府"
    second.cell(1, 1).text = "Governments"
    document.add_paragraph("The end.")
    document.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    source = read_file(_make_docx(tmp_path / "lesson.docx"))
    assert source.format == "docx"
    assert [block.text for block in source.blocks] == [
        "三、实践路径",
        "加快全球网络基础设施建设,促进互联互通。",
        "数字鸿沟",
        "digital divide",
        "网络空间命运共同体",
        "a community with a shared future in cyberspace",
        "四、治理架构\nGovernance Framework",  # a manual line break inside one paragraph
        "标题 Title",
        "政府",
        "Governments",
        "The end.",
    ]


def test_docx_table_rows_share_an_id_unique_in_the_document(tmp_path: Path) -> None:
    source = read_file(_make_docx(tmp_path / "lesson.docx"))
    rows = [(block.row, block.text) for block in source.blocks if block.row is not None]
    assert rows == [
        (0, "数字鸿沟"),
        (0, "digital divide"),
        (1, "网络空间命运共同体"),
        (1, "a community with a shared future in cyberspace"),
        (2, "标题 Title"),  # merged cell read once
        (3, "政府"),
        (3, "Governments"),
    ]
    paragraphs = [block for block in source.blocks if block.row is None]
    assert len(paragraphs) == 4


def test_docx_is_read_in_memory_only(tmp_path: Path) -> None:
    path = _make_docx(tmp_path / "lesson.docx")
    before = sorted(p.name for p in tmp_path.iterdir())
    read_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_zip_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormat, match=r"sheet\.docx is a zip archive"):
        read_file(path)


def test_a_word_handout_of_terms_is_a_glossary(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("词汇表 Glossary", level=1)
    document.add_paragraph("1. 数字鸿沟：digital divide")
    document.add_paragraph("2. 互联互通 [hùlián hùtōng]: connectivity / interconnection")
    document.add_paragraph("3. 人才交流people-to-people exchanges")
    document.save(str(tmp_path / "terms.docx"))
    source = read_file(tmp_path / "terms.docx")
    assert source.format == "glossary"
    assert [(e.chinese, e.english) for e in source.glossary] == [
        ("数字鸿沟", ("digital divide",)),
        ("互联互通", ("connectivity", "interconnection")),
        ("人才交流", ("people-to-people exchanges",)),
    ]


def test_a_word_table_of_terms_is_a_glossary(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for row in [
        ("中文", "English", "备注"),
        ("数字鸿沟", "digital divide", "IT"),
        ("网络空间", "cyberspace", ""),
    ]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(str(tmp_path / "table-terms.docx"))
    source = read_file(tmp_path / "table-terms.docx")
    assert source.format == "glossary"
    assert [(e.chinese, e.english, e.notes) for e in source.glossary] == [
        ("数字鸿沟", ("digital divide",), "IT"),
        ("网络空间", ("cyberspace",), ""),
    ]
