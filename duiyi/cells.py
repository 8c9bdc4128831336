"""Cells of the CSV and TSV files Duiyi writes, made safe to open in a spreadsheet.

A spreadsheet runs a cell that starts with = + - or @ as a formula (`=HYPERLINK(...)`,
`=cmd|...`), and some strip a leading tab or carriage return first. As OWASP advises for CSV
injection, such a cell gets a single quote in front; text that only contains these characters
later is written unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str) -> str:
    """`text` as a cell: with a single quote in front when it could start a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def html_cell(field: str) -> str:
    """An HTML field (Anki's) as a cell: a first character that could start a formula is
    written as a character reference (`&#61;` for =), which Anki shows as the character."""
    if field.startswith(FORMULA_STARTS):
        return f"&#{ord(field[0])};{field[1:]}"
    return field


def one_line(text: str) -> str:
    """`text` with every run of white space (tabs and line breaks too) as one space."""
    return " ".join(text.split())


def tsv_line(cells: Iterable[str]) -> str:
    """One line of a TSV file: each cell on one line and safe, joined by tabs."""
    return "\t".join(text_cell(one_line(cell)) for cell in cells)
