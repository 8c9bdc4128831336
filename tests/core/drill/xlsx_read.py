"""Reading the .xlsx files drills export, by the Office Open XML rules, with defusedxml."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def column_index(ref: str) -> int:
    """0-based column of a cell reference (B9 -> 1)."""
    letters = re.match(r"[A-Z]+", ref)
    assert letters
    index = 0
    for letter in letters.group(0):
        index = index * 26 + ord(letter) - 64
    return index - 1


def read_sheet(path: Path, number: int = 1) -> tuple[list[list[str]], set[str]]:
    """A worksheet's rows as text (missing cells empty), and the refs of quote-prefixed cells."""
    with zipfile.ZipFile(path) as archive:
        assert "[Content_Types].xml" in archive.namelist()
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        for sheet_entry in workbook.iterfind("m:sheets/m:sheet", NS):
            name = sheet_entry.get("name")
            assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\")
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
        quoted_styles = {
            str(i)
            for i, xf in enumerate(styles.find("m:cellXfs", NS) or [])
            if xf.get("quotePrefix") == "1"
        }
        sheet = ElementTree.fromstring(archive.read(f"xl/worksheets/sheet{number}.xml"))
    rows: list[list[str]] = []
    quoted: set[str] = set()
    for row in sheet.iterfind("m:sheetData/m:row", NS):
        index = int(row.get("r")) - 1
        while len(rows) <= index:
            rows.append([])
        cells = rows[index]
        for cell in row.iterfind("m:c", NS):
            ref = cell.get("r")
            column = column_index(ref)
            if cell.get("t") == "inlineStr":
                value = "".join(t.text or "" for t in cell.iterfind("m:is/m:t", NS))
            else:
                value = cell.findtext("m:v", default="", namespaces=NS)
            if cell.get("s") in quoted_styles:
                quoted.add(ref)
            while len(cells) <= column:
                cells.append("")
            cells[column] = value
    return rows, quoted
