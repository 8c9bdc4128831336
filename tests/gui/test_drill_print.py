"""Printed drill sheets: real PDFs read back with pypdf (items and key match, Chinese present,
the CJK font embedded, paper size, versions A and B, user text shown as text)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.drill_print import PaperSize, SheetHeader, SheetKind, cjk_family, print_drill
from duiyi.drill.build import Drill, build_drill
from duiyi.drill.terms import Direction, DrillSettings, DrillTerm, Mode

TERMS = [
    DrillTerm(i, zh, "", tuple(en.split("|")), frozenset({1 + i % 2}))
    for i, (zh, en) in enumerate(
        [("网络安全", "cybersecurity|network security"), ("数字经济", "digital economy"),
         ("数字鸿沟", "digital divide"), ("人才交流", "people-to-people exchanges"),
         ("网络空间", "cyberspace"), ("数据安全", "data security"),
         ("互联网治理", "internet governance"), ("标准化", "standardisation"),
         ("现代化", "modernisation"), ("国防", "national defence"), ("市中心", "city centre"),
         ("劳动力", "labour force")],
        1,
    )
]  # fmt: skip
KIND_MODE = {SheetKind.BLANKS: Mode.TYPING, SheetKind.CHOICE: Mode.MULTIPLE_CHOICE,
             SheetKind.MATCHING: Mode.MATCHING}  # fmt: skip


def text_of(path: Path) -> str:
    """The PDF's text with every run of white space as one space."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def make(kind: SheetKind, tmp_path: Path, *, seed: int = 1, version: str = "A",
         paper: PaperSize = PaperSize.A4, direction: Direction = Direction.ZH_EN,
         ) -> tuple[Drill, str, str]:  # fmt: skip
    drill = build_drill(TERMS, DrillSettings(direction=direction, count=10, seed=seed,
                                             mode=KIND_MODE[kind]))  # fmt: skip
    sheet, key = (
        tmp_path / f"{kind.value}-{version}.pdf",
        tmp_path / f"{kind.value}-{version}-key.pdf",
    )
    header = SheetHeader(class_name="<b>翻译2班</b> & co", date="2026-12-07", version=version)
    print_drill(drill, kind, sheet=sheet, key=key, header=header, paper=paper)
    return drill, text_of(sheet), text_of(key)


def in_order(text: str, pieces: list[str]) -> bool:
    """Whether every piece is in `text`, each after the one before."""
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def test_blanks_sheet_has_every_prompt_and_no_answer_and_the_key_has_them_all(
    qapp: Any, tmp_path: Path
) -> None:
    drill, sheet, key = make(SheetKind.BLANKS, tmp_path)
    assert in_order(sheet, [f"{i.number}. {i.prompt} English:" for i in drill.items])
    assert [a.text for i in drill.items for a in i.accepted if a.text in sheet] == []
    assert in_order(key, [f"{i.number}. {i.prompt} {' / '.join(a.text for a in i.accepted)}"
                          for i in drill.items])  # fmt: skip


def test_blanks_both_ways_ask_for_chinese_too(qapp: Any, tmp_path: Path) -> None:
    drill, sheet, key = make(SheetKind.BLANKS, tmp_path, direction=Direction.EN_ZH)
    assert in_order(sheet, [f"{i.number}. {i.prompt} 中文:" for i in drill.items])
    assert in_order(key, [f"{i.number}. {i.prompt} {i.answer}" for i in drill.items])


def test_choice_sheet_options_and_key_letters_match(qapp: Any, tmp_path: Path) -> None:
    drill, sheet, key = make(SheetKind.CHOICE, tmp_path)
    expected = []
    for item in drill.items:
        expected.append(f"{item.number}. {item.prompt}")
        expected += [f"{chr(65 + i)}. {option}" for i, option in enumerate(item.options)]
    assert in_order(sheet, expected)
    assert in_order(key, [f"{i.number}. {i.prompt} {i.right_letter}. {i.answer}"
                          for i in drill.items])  # fmt: skip


def test_matching_sheet_and_key_match(qapp: Any, tmp_path: Path) -> None:
    drill, sheet, key = make(SheetKind.MATCHING, tmp_path)
    for group in drill.groups:
        rows = [f"{item.number}. {item.prompt} ( ) {chr(65 + n)}. {group.column[n]}"
                for n, item in enumerate(group.items)]  # fmt: skip
        assert in_order(sheet, rows)
        assert in_order(key, [f"{i.number}. {i.prompt} {group.letter_of(i)}. {i.answer}"
                              for i in group.items])  # fmt: skip


def test_header_shows_class_date_name_line_and_user_text_as_text(qapp: Any, tmp_path: Path) -> None:
    _drill, sheet, key = make(SheetKind.CHOICE, tmp_path)
    # pypdf puts spaces where Qt positions glyphs apart ("< b>"): compare without spaces.
    assert "Class班级:<b>翻译2班</b>&coDate日期:2026-12-07Version卷:A" in sheet.replace(" ", "")
    assert "Name 姓名: ______________________________" in sheet
    assert "Name 姓名" not in key and "answer key 答案" in key


def test_versions_a_and_b_come_from_two_seeds(qapp: Any, tmp_path: Path) -> None:
    a, sheet_a, _ = make(SheetKind.CHOICE, tmp_path, seed=1, version="A")
    b, sheet_b, _ = make(SheetKind.CHOICE, tmp_path, seed=2, version="B")
    assert [i.prompt for i in a.items] != [i.prompt for i in b.items]
    assert "Version 卷: A" in sheet_a and "Version 卷: B" in sheet_b
    assert in_order(sheet_a, [f"{i.number}. {i.prompt}" for i in a.items])
    assert in_order(sheet_b, [f"{i.number}. {i.prompt}" for i in b.items])


@pytest.mark.parametrize(
    ("paper", "size"), [(PaperSize.A4, (595, 842)), (PaperSize.LETTER, (612, 792))]
)
def test_paper_size_and_embedded_chinese_font(
    qapp: Any, tmp_path: Path, paper: PaperSize, size: tuple[int, int]
) -> None:
    make(SheetKind.BLANKS, tmp_path, paper=paper)
    page = PdfReader(tmp_path / "blanks-A.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    embedded = set()
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(re.sub(r"^[A-Z]{6}\+", "", str(descendant.get_object()["/BaseFont"])))
    assert cjk_family().replace(" ", "") in {name.lstrip("/") for name in embedded}


LONG_TITLE = (
    "Unit 3: the terms of the white papers on cyberspace governance and the digital economy"
)


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.LETTER])
@pytest.mark.parametrize("options", [4, 6, 8])
@pytest.mark.parametrize("title", ["Unit 3", LONG_TITLE])
def test_a_question_and_its_options_stay_on_one_page(
    qapp: Any, tmp_path: Path, paper: PaperSize, options: int, title: str
) -> None:
    # Each combination puts page ends elsewhere; several fall inside a question unless kept.
    drill = build_drill(TERMS, DrillSettings(count=12, seed=1, options=options))
    sheet = tmp_path / "sheet.pdf"
    print_drill(drill, SheetKind.CHOICE, sheet=sheet, key=tmp_path / "key.pdf",
                header=SheetHeader(title=title), paper=paper)  # fmt: skip
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(sheet).pages]
    for item in drill.items:
        opening = f"{item.number}. {item.prompt}"
        page = next(p for p in pages if opening in p)
        rest = page[page.index(opening) :]
        assert in_order(rest, [f"{chr(65 + i)}. {o}" for i, o in enumerate(item.options)]), opening
