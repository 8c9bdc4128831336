"""Cells of CSV/TSV files: a spreadsheet never runs one as a formula."""

from __future__ import annotations

import pytest

from duiyi.cells import html_cell, text_cell, tsv_line


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://evil.example","点击")', '\'=HYPERLINK("http://evil.example","点击")'),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+86 10 1234", "'+86 10 1234"),
        ("-based", "'-based"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
    ],
)
def test_cell_that_could_start_a_formula_gets_a_quote(text: str, cell: str) -> None:
    assert text_cell(text) == cell


@pytest.mark.parametrize(
    "text", ["数字鸿沟=digital divide", "people-to-people", "a+b", "e@mail", "", "'quoted"]
)
def test_text_containing_formula_characters_later_is_unchanged(text: str) -> None:
    assert text_cell(text) == text
    assert html_cell(text) == text


def test_html_field_starts_with_a_character_reference() -> None:
    assert html_cell("=1+1") == "&#61;1+1"
    assert html_cell("+86") == "&#43;86"
    assert html_cell("-based") == "&#45;based"
    assert html_cell("@x") == "&#64;x"
    assert html_cell("\tx") == "&#9;x"


def test_tsv_line_keeps_each_cell_on_one_line() -> None:
    assert tsv_line(["人才\t交流", "=1+1\nnext", " \t-2"]) == "人才 交流\t'=1+1 next\t'-2"
