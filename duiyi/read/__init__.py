"""Readers: every kind of file a learner brings, turned into the same SourceText.

`read_file` looks at the content as well as the extension (a .txt that is really a web page is
read as one), `read_pasted` reads text from the clipboard, `read_two_files` a Chinese file and
its English translation. Every problem with the input is a DuiyiError naming the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from duiyi.document import SourceText, TextBlock
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.encoding import decode, looks_binary
from duiyi.read.files import MAX_FILE_BYTES, check_row_widths, load_bytes, megabytes
from duiyi.read.glossary import glossary_of_rows, rows_are_terms, split_delimited_numbered
from duiyi.read.text import source_from_text
from duiyi.read.webpage import decode_page, has_markup, is_page, source_from_html
from duiyi.script import block_language

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "read_bytes",
    "read_file",
    "read_pasted",
    "read_two_files",
]

_TEXT = frozenset({".txt", ".text", ".md", ".markdown", ""})
_BY_EXTENSION = {
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".pdf": "pdf",
    ".tmx": "tmx",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".sdlxliff": "xliff",
    ".mxliff": "xliff",
    ".mqxliff": "xliff",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".xml": "xml",
    **dict.fromkeys(_TEXT, "text"),
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(ext for ext in _BY_EXTENSION if ext))
"""File name endings the file dialog offers."""

_OLD_OFFICE = {
    ".doc": "an old Word .doc file: save it as .docx in Word or LibreOffice",
    ".wps": "a WPS document: save it as .docx",
    ".rtf": "an RTF file: save it as .docx or .txt",
    ".xls": "an Excel sheet: save it as CSV",
    ".xlsx": "an Excel sheet: save it as CSV",
    ".odt": "an OpenDocument text: save it as .docx",
    ".pptx": "a PowerPoint file: save its text as .docx or .txt",
    ".epub": "an e-book: save its text as .txt or .html",
}
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"BM",
    b"\x7fELF",
    b"MZ",
    b"II*\x00",
    b"MM\x00*",
    b"OggS",
    b"ID3",
    b"fLaC",
    b"RIFF",
    b"SQLite format 3",
)


def read_file(path: Path, *, encoding: str | None = None) -> SourceText:
    """Read any supported file (by extension and content); `encoding` overrides detection."""
    path = Path(path)
    data = load_bytes(path)
    return read_bytes(data, name=path.name or str(path), suffix=path.suffix, encoding=encoding)


def read_bytes(
    data: bytes, *, name: str, suffix: str = "", encoding: str | None = None
) -> SourceText:
    """Read a file's content already in memory; `suffix` (".docx") is its extension."""
    if not data:
        raise InvalidInput(f"{name} is empty.")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(
            f"{name} is {megabytes(len(data))}; Duiyi reads files up to "
            f"{megabytes(MAX_FILE_BYTES)}."
        )
    ext = suffix.lower()
    kind = _sniff(data) or _BY_EXTENSION.get(ext)
    if kind is None:
        if ext in _OLD_OFFICE:
            raise UnsupportedFormat(f"{name} is {_OLD_OFFICE[ext]}.")
        known = ", ".join(SUPPORTED_EXTENSIONS)
        raise UnsupportedFormat(f"Duiyi does not read {ext} files like {name} (it reads {known}).")
    try:
        return _read_kind(kind, data, name, ext, encoding)
    except RecursionError:
        raise UnsupportedFormat(f"{name} is nested too deeply to read.") from None


def _read_kind(kind: str, data: bytes, name: str, ext: str, encoding: str | None) -> SourceText:
    from duiyi.anki.kinds import card_file_kind, is_anki_package, use_import_cards

    if kind == "zip" and is_anki_package(data, ext):
        raise UnsupportedFormat(use_import_cards(name, "an Anki package"))
    if kind == "zip":
        described = _OLD_OFFICE.get(ext, "a zip archive, not a Word .docx document")
        raise UnsupportedFormat(f"{name} is {described}.")
    if kind == "ole":
        described = _OLD_OFFICE.get(ext, "an old Office file (.doc or .xls)")
        raise UnsupportedFormat(f"{name} is {described}; save it as .docx or CSV.")
    if kind == "rtf":
        raise UnsupportedFormat(f"{name} is {_OLD_OFFICE['.rtf']}.")
    if kind == "binary":
        raise UnsupportedFormat(
            f"{name} is a binary file (an image, archive or program), not text."
        )
    if kind == "docx":
        from duiyi.read.word import read_docx

        return read_docx(data, name)
    if kind == "pdf":
        from duiyi.read.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "tmx":
        from duiyi.read.tmx import read_tmx

        return read_tmx(data, name)
    if kind == "xliff":
        from duiyi.read.xliff import read_xliff

        return read_xliff(data, name)
    if kind == "xml":
        raise UnsupportedFormat(f"{name} is XML but neither TMX nor XLIFF, which Duiyi reads.")
    if kind == "html":
        page, used = decode_page(data, name, encoding)
        if not has_markup(page):  # plain text saved under an .html name
            return source_from_text(page, name=name, format="txt", encoding=used)
        return source_from_html(page, name, used)
    text, used = decode(data, name, encoding)
    cards = card_file_kind(data, text, ext)
    if cards is not None:
        raise UnsupportedFormat(use_import_cards(name, cards))
    if kind in {"csv", "tsv"}:
        return _read_table(text, name, used, tab=kind == "tsv")
    if is_page(text):
        return source_from_html(text, name, used)  # a saved web page with a .txt name
    return source_from_text(text, name=name, format="txt", encoding=used)


def _sniff(data: bytes) -> str | None:
    """The format the content itself declares, whatever the file is called."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or b"[Content_Types].xml" in head else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_BINARY_MAGIC) or looks_binary(data):
        return "binary"
    markup = _head_text(head).lstrip().lower()
    root = _first_element(markup)
    if root in {"tmx", "xliff"}:
        return root
    if markup.startswith("<?xml") and "<html" not in markup:
        # A prolog longer than the head hides the root: the extension decides.
        return "xml" if root is not None else None
    if markup.startswith("<!--") or (markup.startswith("<") and has_markup(markup)):
        return "html"
    return None


# What may come before an XML document's first element: a declaration or other processing
# instruction, a comment, a DOCTYPE (with or without an internal subset), and white space.
_PROLOG_PART = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!doctype(?:[^\[>]|\[.*?\])*>", re.S)
_ELEMENT = re.compile(r"<(?:[\w.-]+:)?([\w.-]+)[\s/>]")


def _first_element(markup: str) -> str | None:
    """The name (without a namespace prefix) of the first element when `markup` starts as an
    XML document does, else None: a tag further on in a text makes no document of it."""
    at = 0
    while (part := _PROLOG_PART.match(markup, at)) is not None and part.end() > at:
        at = part.end()
    element = _ELEMENT.match(markup, at)
    return element.group(1) if element is not None else None


def _head_text(head: bytes) -> str:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, "ignore")
    return head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")


def _read_table(text: str, name: str, encoding: str, *, tab: bool) -> SourceText:
    check_row_widths(text, name)
    numbered = split_delimited_numbered(text, tab=tab)
    rows = [row for _, row in numbered]
    if not rows:
        raise InvalidInput(f"{name} has no text in it.")
    format = "tsv" if tab else "csv"
    if rows_are_terms(rows):
        glossary = glossary_of_rows(rows, numbers=[n for n, _ in numbered])
        if not glossary.entries:
            raise InvalidInput(
                " ".join(
                    (
                        f"{name} has no rows with both a Chinese term and its English.",
                        *glossary.notes,
                    )
                )
            )
        return glossary.source(name, encoding)
    # Sentence-sized cells: a bilingual text laid out as a table, paired by row.
    blocks = [TextBlock(cell, row=index) for index, row in enumerate(rows) for cell in row if cell]
    return SourceText(name=name, format=format, encoding=encoding, blocks=tuple(blocks))


def read_pasted(text: str) -> SourceText:
    """Read text pasted by the user: line blocks, or a glossary when the lines are term pairs."""
    name = "pasted text"
    if len(text) > MAX_FILE_BYTES:
        raise InvalidInput(f"The pasted text is over {megabytes(MAX_FILE_BYTES)}; paste less.")
    if not text.strip():
        raise InvalidInput("The pasted text is empty.")
    if is_page(text):
        return source_from_html(text, name, None)
    return source_from_text(text, name=name, format="pasted", encoding=None)


def read_two_files(zh_path: Path, en_path: Path, *, encoding: str | None = None) -> SourceText:
    """A Chinese file and its English translation as one source; blocks carry their language."""
    zh_source = read_file(zh_path, encoding=encoding)
    en_source = read_file(en_path, encoding=encoding)
    zh_blocks, en_blocks = _plain_blocks(zh_source), _plain_blocks(en_source)
    if _mostly(en_blocks, "zh") and _mostly(zh_blocks, "en"):
        zh_source, en_source = en_source, zh_source  # given the other way round
        zh_blocks, en_blocks = en_blocks, zh_blocks
    blocks = [TextBlock(block.text, lang="zh", page=block.page) for block in zh_blocks]
    blocks += [TextBlock(block.text, lang="en", page=block.page) for block in en_blocks]
    encodings = {zh_source.encoding, en_source.encoding}
    if len(encodings) == 1:
        used = zh_source.encoding
    else:
        used = f"zh: {zh_source.encoding or 'n/a'}, en: {en_source.encoding or 'n/a'}"
    return SourceText(
        name=f"{zh_source.name} + {en_source.name}",
        format="two-files",
        encoding=used,
        blocks=tuple(blocks),
    )


def _plain_blocks(source: SourceText) -> tuple[TextBlock, ...]:
    if source.blocks:
        return source.blocks
    # A one-language file whose lines happen to look like terms: take the lines back.
    return tuple(
        TextBlock(entry.chinese + " " + " / ".join(entry.english)) for entry in source.glossary
    )


def _mostly(blocks: tuple[TextBlock, ...], lang: str) -> bool:
    langs = [block_language(block.text) for block in blocks[:200]]
    return bool(langs) and sum(1 for found in langs if found == lang) > 0.6 * len(langs)
