"""A small .xlsx writer (Office Open XML through zipfile), enough for question-bank sheets.

Text goes in as inline strings, XML-escaped, with the characters XML 1.0 forbids dropped. A text
cell that a spreadsheet could run as a formula once edited (see duiyi.cells) gets Excel's
"quote prefix" style: it is stored exactly as written and stays text when a teacher edits it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from duiyi.cells import FORMULA_STARTS

Cell = str | int
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same drill gives the same bytes
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PACKAGE_NS = "http://schemas.openxmlformats.org/package/2006"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

_CONTENT_TYPES = (
    _XML + f'<Types xmlns="{_PACKAGE_NS}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OFFICE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_OFFICE}.styles+xml"/>'
    "{sheets}</Types>"
)
_SHEET_TYPE = (
    f'<Override PartName="/xl/worksheets/sheet{{n}}.xml" ContentType="{_OFFICE}.worksheet+xml"/>'
)
_ROOT_RELS = (
    _XML + f'<Relationships xmlns="{_PACKAGE_NS}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    _XML + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL}"><sheets>{{sheets}}</sheets></workbook>'
)
_WORKBOOK_RELS = (
    _XML + f'<Relationships xmlns="{_PACKAGE_NS}/relationships">'
    "{sheets}"
    f'<Relationship Id="rIdStyles" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"{extra}/>'
# Style 0: normal; style 1: quote prefix (text that must stay text).
_STYLES = (
    _XML + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2">'
    + _XF.format(extra="")
    + _XF.format(extra=' quotePrefix="1"')
    + "</cellXfs></styleSheet>"
)
_SHEET = _XML + f'<worksheet xmlns="{_MAIN_NS}"><sheetData>{{rows}}</sheetData></worksheet>'


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its name and its rows of text or whole numbers."""

    name: str
    rows: Sequence[Sequence[Cell]]


def column_name(index: int) -> str:
    """The letters of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def xml_text(text: str) -> str:
    """`text` escaped for an XML element, without the characters XML cannot hold."""
    return escape(_NOT_XML.sub("", text))


def _cell(ref: str, value: Cell) -> str:
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    style = ' s="1"' if value.startswith(FORMULA_STARTS) else ""
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f'<c r="{ref}" t="inlineStr"{style}><is><t{space}>{xml_text(value)}</t></is></c>'


def _sheet_xml(rows: Sequence[Sequence[Cell]]) -> str:
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            _cell(f"{column_name(c)}{r}", value) for c, value in enumerate(row) if value != ""
        )
        out.append(f'<row r="{r}">{cells}</row>')
    return _SHEET.format(rows="".join(out))


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """A workbook holding `sheets`, as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def put(name: str, text: str) -> None:
            archive.writestr(
                zipfile.ZipInfo(name, _FIXED_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED
            )

        numbers = range(1, len(sheets) + 1)
        put(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(sheets="".join(_SHEET_TYPE.format(n=n) for n in numbers)),
        )
        put("_rels/.rels", _ROOT_RELS)
        names = "".join(
            f'<sheet name={quoteattr(_sheet_name(s.name))} sheetId="{n}" r:id="rId{n}"/>'
            for n, s in zip(numbers, sheets, strict=True)
        )
        put("xl/workbook.xml", _WORKBOOK.format(sheets=names))
        rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in numbers
        )
        put("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(sheets=rels))
        put("xl/styles.xml", _STYLES)
        for n, sheet in zip(numbers, sheets, strict=True):
            put(f"xl/worksheets/sheet{n}.xml", _sheet_xml(sheet.rows))
    return buffer.getvalue()


def _sheet_name(name: str) -> str:
    # Excel refuses names over 31 characters or holding []:*?/\ .
    return _NOT_XML.sub("", _SHEET_NAME_BAD.sub(" ", name))[:31] or "Sheet1"
