"""Word .docx files: paragraphs and tables in body order, read in memory only.

A paragraph is a block (its manual line breaks kept as lines); in text pasted from a PDF, one
wrapped line a paragraph, the paragraphs between empty ones make a block, as in a text file.
A table is read row by row and every cell becomes a block carrying the row's id, so a
two-column Chinese/English table pairs by row.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from duiyi.document import SourceText, TextBlock
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.files import megabytes
from duiyi.read.glossary import (
    Glossary,
    glossary_of_lines,
    glossary_of_rows,
    has_bilingual_prose,
    looks_like_glossary,
    rows_are_terms,
)
from duiyi.script import block_language

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

# A docx is a zip, and python-docx reads every part into memory and parses its XML there:
# refuse archives that would inflate past these (zip bombs). A thousand-page document has
# well under 32 MB of XML; pictures are stored already compressed.
MAX_XML_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 128 * 1024 * 1024


def _check_archive(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise UnsupportedFormat(
            f"{name} is not a Word .docx file (it is not a valid zip)."
        ) from None
    if "word/document.xml" not in {member.filename for member in members}:
        raise UnsupportedFormat(f"{name} is a zip archive but not a Word .docx document.")
    # Declared sizes can be trusted: zipfile never inflates a member past its declared size.
    xml = sum(member.file_size for member in members if not _is_media(member.filename))
    if xml > MAX_XML_BYTES:
        raise UnsupportedFormat(
            f"{name} unpacks to {megabytes(xml)} of text and markup; Duiyi opens Word "
            f"files with up to {megabytes(MAX_XML_BYTES)} of it (a zip bomb?)."
        )
    total = sum(member.file_size for member in members)
    if total > MAX_UNPACKED_BYTES:
        raise UnsupportedFormat(
            f"{name} unpacks to {megabytes(total)}; Duiyi opens Word files up to "
            f"{megabytes(MAX_UNPACKED_BYTES)} unpacked."
        )


def _is_media(member: str) -> bool:
    """Pictures, fonts and embedded files: kept as bytes, never parsed."""
    return "/media/" in member or "/embeddings/" in member or member.startswith("word/fonts/")


def read_docx(data: bytes, name: str) -> SourceText:
    """The paragraphs (one block per line) and table cells (with row ids) of a .docx."""
    _check_archive(data, name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        items = list(document.iter_inner_content())
        wrapped = _pasted_wrapped_lines(items)
        blocks: list[TextBlock] = []
        lines: list[str] = []  # the paragraphs since the last empty one, as a text's lines
        next_row = 0
        for item in items:
            if isinstance(item, Table):
                _flush(lines, blocks)
                for cells in _table_rows(item):
                    blocks.extend(TextBlock(text, row=next_row) for text in cells)
                    next_row += 1
            elif found := _lines(item.text):
                if _is_heading(item):
                    _flush(lines, blocks)  # a heading starts a block of its own
                lines.extend(found)
                if not wrapped or _is_heading(item):
                    _flush(lines, blocks)
            else:
                _flush(lines, blocks)  # an empty paragraph is a blank line
        _flush(lines, blocks)
    except (PackageNotFoundError, KeyError, ValueError, LxmlError, zipfile.BadZipFile) as error:
        raise UnsupportedFormat(f"{name} is a damaged Word file ({error}).") from None
    if not blocks:
        raise InvalidInput(f"{name} has no text in it.")
    # Study notes whose term lists outnumber their paragraphs are a text, not a glossary.
    if not has_bilingual_prose([line for block in blocks for line in block.text.split("\n")]):
        glossary = _as_glossary(blocks)
        if glossary is not None and (glossary.entries or glossary.notes):
            return glossary.source(name, None)
    return SourceText(name=name, format="docx", encoding=None, blocks=tuple(blocks))


def _flush(lines: list[str], blocks: list[TextBlock]) -> None:
    """The lines gathered become one block; the cleaner tells wrapped lines from paragraphs."""
    if lines:
        blocks.append(TextBlock("\n".join(lines)))
        lines.clear()


_SENTENCE_FINAL = "。！？；….!?;”’\"')）」』"
_MIN_OPEN_ENDS = 4


def _pasted_wrapped_lines(items: list[Paragraph | Table]) -> bool:
    """Whether the document is text pasted from a PDF, one wrapped line a paragraph: most
    paragraphs followed by one in the same language stop mid-sentence. Such paragraphs are
    read as a text file's lines, an empty paragraph as a blank line."""
    from docx.table import Table

    open_ends = closed_ends = 0
    previous: tuple[str, str | None] | None = None
    for item in items:
        text = "" if isinstance(item, Table) else item.text.strip()
        language = block_language(text) if text else None
        if previous is not None and text and language is not None and language == previous[1]:
            if previous[0][-1] in _SENTENCE_FINAL:
                closed_ends += 1
            else:
                open_ends += 1
        previous = (text, language) if text else None
    return open_ends >= _MIN_OPEN_ENDS and open_ends >= closed_ends


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    return name.lower().startswith(("heading", "title"))


def _as_glossary(blocks: list[TextBlock]) -> Glossary | None:
    """The term pairs of a handout typed in Word (term lines, or a table of terms), else None."""
    if all(block.row is None for block in blocks):
        lines = [line for block in blocks for line in block.text.split("\n")]
        if looks_like_glossary(lines):
            return glossary_of_lines(lines, unit="paragraph")
        return None
    if all(block.row is not None for block in blocks):
        rows: dict[int | None, list[str]] = {}
        for block in blocks:
            rows.setdefault(block.row, []).append(block.text)
        table = list(rows.values())
        if rows_are_terms(table):
            return glossary_of_rows(table, unit="table row")
    return None


def _lines(text: str) -> list[str]:
    # A manual line break in a paragraph often separates the Chinese from its English.
    return [line.strip() for line in text.splitlines() if line.strip()]


def _table_rows(table: Table) -> Iterator[list[str]]:
    """The non-empty cell texts of each row; merged cells counted once, nested tables flattened."""
    from docx.table import Table

    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        nested: list[Table] = []
        for cell in row.cells:
            if id(cell._tc) in seen or cell._tc.vMerge == "continue":
                continue
            seen.add(id(cell._tc))
            parts: list[str] = []
            for item in cell.iter_inner_content():
                if isinstance(item, Table):
                    nested.append(item)
                else:
                    parts.extend(_lines(item.text))
            if parts:
                cells.append("\n".join(parts))
        if cells:
            yield cells
        for inner in nested:
            yield from _table_rows(inner)
