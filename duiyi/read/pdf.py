"""PDFs with a text layer: visual lines per page, joined back into paragraphs.

A line that reaches (nearly) the full text width wraps, so it is joined with the next one in the
same language: English with a space, Chinese without. Page numbers stay blocks of their own (with
their page), and a paragraph that runs over a page break is joined across it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from duiyi.document import Lang, SourceText, TextBlock
from duiyi.errors import UnsupportedFormat
from duiyi.read.pdf_pages import page_texts
from duiyi.script import block_language

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_WIDE = re.compile(f"[{_CJK}]")
_HAN_END = re.compile("[\u3400-\u9fff\uf900-\ufaff]$")
_HAN_START = re.compile("^[\u3400-\u9fff\uf900-\ufaff]")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:\d{1,4}|[ivxlcdm]{1,6}|page\s+\d+(?:\s+of\s+\d+)?|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+)(?:\s*[-–—])?$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?。！？…:：][\"'”’）)]*$")
_SPACE_BEFORE = re.compile(r"[A-Za-z0-9,.;:!?)\"'’”%]$")
_SPACE_AFTER = re.compile(r"^[A-Za-z0-9(\"'‘“]")
# A line this close to the full text width wraps; one ending a sentence must be closer still.
_FULL = 0.8
_FULL_AT_SENTENCE_END = 0.95


def read_pdf(data: bytes, name: str) -> SourceText:
    """The paragraphs of a PDF's text layer, each block with its page number."""
    pages = _page_lines(data, name)
    if not any(line for lines in pages for line in lines):
        raise UnsupportedFormat(
            f"{name}: this PDF has no text layer (a scanned image?); Duiyi reads only PDFs "
            "with selectable text. Run it through OCR first, or paste the text."
        )
    blocks = _Paragraphs(pages).blocks()
    return SourceText(name=name, format="pdf", encoding=None, blocks=tuple(blocks))


def _page_lines(data: bytes, name: str) -> list[list[str]]:
    """Cleaned visual lines of each page; "" marks a vertical gap (a paragraph break)."""
    if b"%PDF-" not in data[:1024]:
        raise UnsupportedFormat(f"{name} is not a PDF file (it has no PDF header).")
    return _drop_repeated_lines([_clean_lines(text) for text in page_texts(data, name)])


def _clean_lines(raw: str) -> list[str]:
    lines: list[str] = []
    for line in raw.translate(_LIGATURES).splitlines():
        text = _CJK_GAP.sub("", _SPACES.sub(" ", line).strip())
        if text or (lines and lines[-1]):
            lines.append(text)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _drop_repeated_lines(pages: list[list[str]]) -> list[list[str]]:
    # Some writers (Qt among them) draw the line cut by a page break on both pages.
    for before, after in itertools.pairwise(pages):
        body = [line for line in before if line and not _PAGE_NUMBER.match(line)]
        first = next((line for line in after if line), None)
        if body and first is not None and first == body[-1]:
            after.remove(first)
            while after and not after[0]:
                after.pop(0)
    return pages


def _width(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


@dataclass
class _Paragraph:
    lines: list[str] = field(default_factory=list)
    page: int = 1
    lang: Lang | None = None


class _Paragraphs:
    """Joins the lines of all pages into paragraph blocks."""

    def __init__(self, pages: list[list[str]]) -> None:
        self.pages = pages
        self.overall = 0.0
        self.full = self._full_widths()
        self.out: list[TextBlock] = []
        self.pending: list[TextBlock] = []

    def _full_widths(self) -> dict[Lang | None, float]:
        by_lang: dict[Lang | None, list[int]] = {}
        for lines in self.pages:
            for line in lines:
                if line and not _PAGE_NUMBER.match(line):
                    by_lang.setdefault(block_language(line), []).append(_width(line))
        self.overall = _percentile(sorted(w for widths in by_lang.values() for w in widths))
        # Mixed or letterless lines (None) are too few and too odd to say what a full line is.
        return {
            lang: _percentile(sorted(widths))
            for lang, widths in by_lang.items()
            if lang is not None and len(widths) >= 5
        }

    def blocks(self) -> list[TextBlock]:
        current = _Paragraph()
        for number, lines in enumerate(self.pages, 1):
            head, body, tail = _split_page_numbers(lines)
            # Page numbers wait until the paragraph running over the page break is complete.
            self.pending.extend(TextBlock(line, page=number) for line in head)
            for index, line in enumerate(body):
                if not line:
                    current = self._flush(current)
                elif current.lines and self._continues(current, line, new_page=index == 0):
                    current.lines.append(line)
                    current.lang = current.lang or block_language(line)
                else:
                    current = self._flush(current)
                    current = _Paragraph([line], number, block_language(line))
            self.pending.extend(TextBlock(line, page=number) for line in tail)
        self._flush(current)
        return self.out

    def _continues(self, paragraph: _Paragraph, line: str, *, new_page: bool) -> bool:
        last = paragraph.lines[-1]
        lang = block_language(line)
        cut_word = _HAN_END.search(last) is not None and _HAN_START.match(line) is not None
        if lang is not None and paragraph.lang not in {None, lang} and not cut_word:
            return False
        # A page break hides the short last line that ends a paragraph: only width can tell.
        ending = _SENTENCE_END.search(last) is not None and not new_page
        share = _FULL_AT_SENTENCE_END if ending else _FULL
        return _width(last) >= share * self.full.get(block_language(last), self.overall)

    def _flush(self, paragraph: _Paragraph) -> _Paragraph:
        if paragraph.lines:
            text = paragraph.lines[0]
            for line in paragraph.lines[1:]:
                space = _SPACE_BEFORE.search(text) and _SPACE_AFTER.match(line)
                text += (" " if space else "") + line
            self.out.append(TextBlock(text, page=paragraph.page))
        self.out.extend(self.pending)
        self.pending.clear()
        return _Paragraph()


def _split_page_numbers(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(page numbers on top, the page's body without blank edges, page numbers at the bottom)."""
    start, end = 0, len(lines)
    head: list[str] = []
    tail: list[str] = []
    while start < min(end, 3) and (not lines[start] or _PAGE_NUMBER.match(lines[start])):
        if lines[start]:
            head.append(lines[start])
        start += 1
    while end > max(start, len(lines) - 3) and (
        not lines[end - 1] or _PAGE_NUMBER.match(lines[end - 1])
    ):
        if lines[end - 1]:
            tail.insert(0, lines[end - 1])
        end -= 1
    body = lines[start:end]
    while body and not body[0]:
        body.pop(0)
    while body and not body[-1]:
        body.pop()
    return head, body, tail


def _percentile(values: list[int]) -> float:
    if not values:
        return 0.0
    return float(values[min(len(values) - 1, int(len(values) * 0.9))])
