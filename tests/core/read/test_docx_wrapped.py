"""Word documents of wrapped lines: text pasted from a PDF (a paragraph a line, an empty
paragraph between the text's paragraphs) and paragraphs broken by manual line breaks."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from duiyi.pipeline import read_and_align
from tests.library_passage import EN, ZH
from tests.library_passage import SCHOOLS_HOME_EN as EN_2
from tests.library_passage import SCHOOLS_HOME_ZH as ZH_2
from tests.library_passage import wrapped as _wrapped


def _pairs(path: Path) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in read_and_align(path).pairs if p.kind != "sentence"]


def test_text_pasted_from_a_pdf_a_paragraph_a_line(tmp_path: Path) -> None:
    document = docx.Document()
    for text in (ZH, EN, ZH_2, EN_2):
        for line in _wrapped(text):
            document.add_paragraph(line)
        document.add_paragraph("")
    document.save(str(tmp_path / "pasted.docx"))

    assert _pairs(tmp_path / "pasted.docx") == [(ZH, EN), (ZH_2, EN_2)]


def test_paragraphs_wrapped_by_manual_line_breaks(tmp_path: Path) -> None:
    document = docx.Document()
    for text in (ZH, EN, ZH_2, EN_2):
        paragraph = document.add_paragraph()
        for number, line in enumerate(_wrapped(text)):
            if number:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(line)
    document.save(str(tmp_path / "broken.docx"))

    assert _pairs(tmp_path / "broken.docx") == [(ZH, EN), (ZH_2, EN_2)]


def test_paragraphs_of_a_typed_document_stay_apart(tmp_path: Path) -> None:
    # A long paragraph ending in a colon, then a list typed as paragraphs (Word numbers them
    # by style, so no numbering shows in the text): each paragraph stays a paragraph.
    intro_zh = "图书馆的服务包括以下几项内容，每一项都面向小镇的全体居民和周边村庄的访客开放："
    intro_en = "The library offers the following services, each open to every resident of the "
    intro_en += "town and to visitors from the villages around it:"
    items = [("借阅图书和期刊。", "Lending books and journals."), ("举办讲座。", "Holding talks.")]
    document = docx.Document()
    document.add_paragraph(intro_zh)
    for zh, _ in items:
        document.add_paragraph(zh)
    document.add_paragraph(intro_en)
    for _, en in items:
        document.add_paragraph(en)
    document.save(str(tmp_path / "typed.docx"))

    assert _pairs(tmp_path / "typed.docx") == [(intro_zh, intro_en), *items]


def test_a_heading_after_wrapped_lines_starts_a_block_of_its_own(tmp_path: Path) -> None:
    document = docx.Document()
    for text, heading in ((ZH, "小镇书香"), (EN, "Town Reading")):
        for line in _wrapped(text):
            document.add_paragraph(line)
        document.add_heading(heading, level=2)
    for text in (ZH_2, EN_2):
        for line in _wrapped(text):
            document.add_paragraph(line)
        document.add_paragraph("")
    document.save(str(tmp_path / "headed.docx"))

    assert _pairs(tmp_path / "headed.docx") == [
        (ZH, EN), ("小镇书香", "Town Reading"), (ZH_2, EN_2)]  # fmt: skip
