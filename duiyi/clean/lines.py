"""Hard-wrapped lines: lines re-joined into paragraphs (blocks a page break cut, too), lines in
two languages split apart (bilingual.py), PDF traces mended (pdfcopy.py).

A line break inside a block is a paragraph end only when the text says so: the language
changes, a list item or heading starts, or (in a document whose paragraphs are not set off by
blank lines) a short line ends a sentence. Chinese lines join without a space, English ones with
one; a hyphen at the end of a line joins a word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from functools import cached_property, lru_cache

from duiyi.align.numbering import looks_like_heading, numbering_prefix
from duiyi.clean.bilingual import language_runs, split_languages, two_languages
from duiyi.clean.markup import starts_with_bullet
from duiyi.clean.pdfcopy import mend_pdf_copy
from duiyi.clean.removals import Removals
from duiyi.document import Lang, Removal, TextBlock
from duiyi.script import HAN, block_language

_OPEN_END = re.compile(f"[，、{HAN}]$")
_WRITTEN = re.compile(f"[A-Za-z{HAN}]")
_WORD = re.compile("[a-z]+", re.I)
_LAST_WORD = re.compile("[a-z]+$", re.I)
_FINAL = "。！？；….!?;”’\"')）」』"
_NARROWEST = {"zh": 16, "en": 40}
_WIDTH_SHARE = 0.75
_MIN_WRAPPED_LINES = 4


def _length(line: str) -> int:
    return len(line.replace(" ", ""))


def _ends_sentence(line: str) -> bool:
    return line[-1:] in _FINAL


@lru_cache(maxsize=4096)
def _language(line: str) -> Lang | None:
    return None if two_languages(line) else block_language(line)


class _Widths:
    """The width each language's text is wrapped at, whether the document is wrapped, and the
    English words it uses (to tell a word a line end hyphenated from a hyphenated compound)."""

    def __init__(self, blocks: Sequence[list[str]]) -> None:
        lengths: dict[str, list[int]] = {"zh": [], "en": []}
        open_ends = closed_ends = 0
        self._blocks = blocks
        for lines in blocks:
            for k, line in enumerate(lines):
                lang = _language(line)
                if lang is not None:
                    lengths[lang].append(_length(line))
                if k + 1 < len(lines) and lang is not None and _language(lines[k + 1]) == lang:
                    if _ends_sentence(line):
                        closed_ends += 1
                    else:
                        open_ends += 1
        self.width = {lang: self._wide(found) for lang, found in lengths.items()}
        # Most line ends inside paragraphs fall mid-sentence: the text was wrapped, and blank
        # lines (where there are any) are what separates its paragraphs.
        self.wrapped = open_ends >= _MIN_WRAPPED_LINES and open_ends >= closed_ends

    @cached_property
    def words(self) -> set[str]:
        """The English words the document writes whole, lower case: a line's first word and the
        word before a line-end hyphen may be halves, so they do not count."""
        found: set[str] = set()
        for lines in self._blocks:
            for line in lines:
                words = _WORD.findall(line.lower())
                found.update(words[1:-1] if line.endswith("-") else words[1:])
        return found

    @staticmethod
    def _wide(lengths: list[int]) -> int:
        if not lengths:
            return 0
        ordered = sorted(lengths)
        return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]

    def full(self, line: str, lang: Lang) -> bool:
        """Whether a line reaches (about) the width the text is wrapped at."""
        width = self.width[lang]
        # Nobody wraps text this narrow: such lines are headings or list items.
        return width >= _NARROWEST[lang] and _length(line) >= _WIDTH_SHARE * width


def _starts_item(line: str) -> bool:
    return bool(numbering_prefix(line)) or starts_with_bullet(line)


def _joins(
    previous: str, last_line: str, line: str, lang: Lang, widths: _Widths, many_lines: bool
) -> bool:
    """Whether `line` continues the paragraph `previous` (whose last line is `last_line`)
    ended on, both in `lang`."""
    if _starts_item(line):
        return False
    if not _ends_sentence(previous):
        if widths.full(last_line, lang):
            return True
        # A short line without a full stop is a heading, unless paragraphs are blocks of wrapped
        # lines, where it is the text before a break the writer made mid-sentence.
        return widths.wrapped and not many_lines and not looks_like_heading(previous, lang)
    # A sentence ending at a line end: a paragraph ends here unless blank lines mark them, or
    # (in page-sized blocks) unless the line runs to the full width.
    return widths.wrapped and (not many_lines or widths.full(last_line, lang))


def _glue(previous: str, line: str, lang: Lang, words: Collection[str] = frozenset()) -> str:
    if lang == "zh":
        return previous + line
    if previous.endswith("-") and previous[-2:-1].isalpha() and line[:1].islower():
        first = _LAST_WORD.search(previous[:-1])
        second = _WORD.match(line)
        if first is not None and second is not None:
            head, tail = first.group().lower(), second.group().lower()
            # A compound broken at its own hyphen ("long-" / "term"): both halves are words the
            # text uses, the two run together are not.
            if head + tail not in words and head in words and tail in words:
                return previous + line
        return previous[:-1] + line
    return previous + " " + line


def _paragraphs(lines: list[str], widths: _Widths, many_lines: bool) -> list[str]:
    """The lines of one block as paragraphs."""
    out: list[str] = []
    last_lang: Lang | None = None
    last_line = ""
    # A line whose sentences change language is cut first, so each part joins the lines of its
    # own language ("...的双语社评。A Title" then "Its text ..." gives the title its text).
    parts = [
        part
        for i, whole in enumerate(lines)
        for part in language_runs(whole, [*lines[max(i - 1, 0) : i], *lines[i + 1 : i + 2]])
    ]
    for line in parts:
        lang = _language(line)
        if lang is None and not _WRITTEN.search(line) and out and last_lang is not None:
            # Digits or symbols only: a wrap inside a number or a date. A line in both scripts
            # is no such wrap, even when it cannot be cut into its languages.
            out[-1] = _glue(out[-1], line, last_lang, widths.words)
            last_line = line
            continue
        if (
            out
            and lang is not None
            and lang == last_lang
            and _joins(out[-1], last_line, line, lang, widths, many_lines)
        ):
            out[-1] = _glue(out[-1], line, lang, widths.words)
            last_line = line
            continue
        out.append(line)
        last_lang = lang
        last_line = line
    return out


_LIST_ITEM_WORDS = 8
_TITLE_SHARE = 0.6


def _is_heading_line(line: str, lang: Lang) -> bool:
    """A one-line block in a heading's shape: numbered, or (in English) in title case. A line a
    page break cut from its sentence is neither, however wide it is."""
    if not looks_like_heading(line, lang):
        return False
    if numbering_prefix(line):
        return True
    words = [word for word in line.split() if len(word) > 3 and word[:1].isalpha()]
    capitalised = sum(1 for word in words if word[:1].isupper())
    return lang == "en" and bool(words) and capitalised >= _TITLE_SHARE * len(words)


def _list_item(block: str, last_line: str, widths: _Widths) -> bool:
    """Whether a block is one short English line: a term or a list item."""
    return (
        block == last_line
        and len(block.split()) <= _LIST_ITEM_WORDS
        and not widths.full(last_line, "en")
    )


def _continues(
    previous: str, last_line: str, following: str, lang: Lang | None, widths: _Widths
) -> bool:
    """Whether a block is the rest of a sentence a page break or blank line cut off: the block
    before it stops mid-sentence, on a line as wide as the text's, or the block runs on in
    lower case."""
    if lang is None or _ends_sentence(previous):
        return False
    if _language(following) != lang or _language(previous[-200:]) != lang:
        return False
    if previous == last_line and _is_heading_line(previous, lang):
        return False
    if _starts_item(following):
        return False
    if lang == "en" and following[:1].islower():
        # Two short lines, each a block of its own, are items of a list (terms), not the two
        # halves of a sentence a page break cut (that break follows a full line).
        return not (
            _list_item(previous, last_line, widths) and _list_item(following, following, widths)
        )
    # Only wrapped lines have a width to reach: where paragraphs are one line each, the longest
    # are "full", and one that ends in a colon is followed by a list, not by its own rest.
    if (previous == last_line and not widths.wrapped) or not widths.full(last_line, lang):
        return False
    if lang == "en":
        return True
    return bool(_OPEN_END.search(previous)) and not looks_like_heading(following, lang)


# Sites that share documents cut a PDF into numbered chunks ("1、...", "2、...") wherever its
# pages fall, mid-sentence: a chunk number before the full stop that ends the sentence of the
# chunk before, or before English that carries on its unfinished sentence (in lower case, or
# after a comma), is no list number. A list's items start sentences, and their numbers run on
# from one short block to the next; the first chunk has no sentence before it to carry on.
_CHUNK_NUMBER = re.compile(r"^(\d{1,3})、\s*(?=[A-Za-z.!?;:,])")
_STOPS = ".!?;:,"
_PAUSES = ",;:，；："


def _unchunked(before: Sequence[TextBlock], text: str, removals: Removals) -> str:
    """A block's first paragraph without the chunk number a sharing site put before it;
    `before` are the blocks before it, the last one nearest."""
    mark = _CHUNK_NUMBER.match(text)
    if mark is None or not before or not removals.allowed("chunk-number"):
        return text
    number = int(mark.group(1))
    item_before = f"{number - 1}、"
    if number == 1 or any(block.text.startswith(item_before) for block in before[-2:]):
        return text
    rest = text[mark.end() :]
    previous = before[-1].text
    carries_on = rest[:1].islower() or previous.rstrip()[-1:] in _PAUSES
    runs_on = carries_on and not _ends_sentence(previous) and block_language(rest) == "en"
    if not (runs_on or rest[:1] in _STOPS):
        return text
    removals.note("chunk-number", "chunk numbers a document site put into the text", mark.group())
    return rest


def rejoin_lines(
    blocks: Iterable[TextBlock], *, keep: Collection[str] = ()
) -> tuple[tuple[TextBlock, ...], tuple[Removal, ...]]:
    """Blocks as paragraphs: wrapped lines joined, lines in another language split off, the
    marks of a PDF copy mended; footnote markers removed are reported."""
    removals = Removals(keep)
    originals = list(blocks)
    split = [[line for line in b.text.split("\n") if line.strip()] for b in originals]
    widths = _Widths(split)
    lines_per_block = sorted(len(lines) for lines in split if len(lines) > 1)
    # Blank lines set off paragraphs when multi-line blocks are paragraph-sized, not pages.
    many_lines = bool(lines_per_block) and lines_per_block[len(lines_per_block) // 2] > 15
    out: list[TextBlock] = []
    last_lines: list[str] = []
    paragraphs: list[list[str]] = []
    for block, lines in zip(originals, split, strict=True):
        if len(lines) == 1 and "\n" not in block.text:
            texts = [lines[0]]
        else:
            texts = _paragraphs([line.strip() for line in lines], widths, many_lines)
        paragraphs.append([mend_pdf_copy(text, removals) for text in texts])
    # The paragraphs beside each one, across blocks: a translation there means a line in both
    # scripts is one sentence with a gloss or a phrase, not a pair.
    flat = [text for texts in paragraphs for text in texts]
    start = 0
    for block, lines, texts in zip(originals, split, paragraphs, strict=True):
        mended = texts
        if block.lang is None:
            mended = [
                part
                for k, text in enumerate(texts, start)
                for part in split_languages(text, [*flat[max(k - 1, 0) : k], *flat[k + 1 : k + 2]])
            ]
        start += len(texts)
        for number, text in enumerate(mended, 1):
            previous = out[-1] if out else None
            if number == 1 and previous is not None:
                text = _unchunked(out, text, removals)
                if text != mended[0] and text[:1] in _STOPS:
                    # The full stop of the sentence the chunk break cut off.
                    out[-1] = previous = replace(previous, text=previous.text + text[0])
                    text = text[1:].lstrip()
            lang = block.lang or _language(text)
            # Only a block's first paragraph may continue the block before it: the paragraphs
            # inside a block were told apart by its own line ends.
            if (
                number == 1
                and previous is not None
                and previous.page == block.page
                and previous.lang == block.lang
                and previous.row is None
                and block.row is None
                and _continues(previous.text, last_lines[-1], text, lang, widths)
            ):
                glued = _glue(previous.text, text, lang or "en", widths.words)
                out[-1] = replace(previous, text=glued)
                last_lines[-1] = lines[-1].strip()
                continue
            out.append(replace(block, text=text))
            last_lines.append(lines[-1].strip() if number == len(mended) else text)
    return tuple(out), removals.result()
