"""Paragraph pairing: each block's language, the document's layout, and which Chinese block
goes with which English block (or with none)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from duiyi.align.numbering import looks_like_heading
from duiyi.align.pairing import Block, ParagraphPair, pair_blocks
from duiyi.align.sentences import split_chinese
from duiyi.document import Lang, TextBlock
from duiyi.progress import NEVER_CANCELLED, CancelToken
from duiyi.script import block_language, han_ratio, latin_ratio

__all__ = ["ParagraphPair", "Unit", "detect_layout", "pair_paragraphs", "to_units"]

_HAN = re.compile(r"[\u3400-\u9fff]")
_CLOSING = "。，；：！？、”’）》」』!?;:,.)"
_NUMBER_BEFORE = re.compile(r"\s((?:\d{1,3}[.．、)]|[（(]\d{1,3}[)）])\s*)$")
_FINAL = "。！？；.!?;…”’\"'）)"
_SHORT_NEUTRAL = 20
# A neutral line this long with a digit in it is a heading (a date, "- 3 -"), not numbering
# ("1.", "(2)") that belongs at the start of the paragraph after it.
_NEUTRAL_HEADING = 6
_DIGIT = re.compile(r"\d")
_LATIN_WORDS = re.compile(r"[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+")


@dataclass(frozen=True)
class Unit:
    """A block whose language is known."""

    text: str
    lang: Lang
    row: int | None = None
    lead: str = ""
    """A heading in neither language (a date, a number) standing before it: the same in
    both languages, so it becomes a pair of its own rather than part of one side."""


def _ends_unit(text: str, lang: Lang) -> bool:
    """Whether a part of a mixed line is complete: a finished sentence or a heading."""
    return text[-1:] in _FINAL or looks_like_heading(text, lang)


# Words a name rarely holds but a heading's phrase does ("Origins of the Lantern Festival").
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the"}
    | {"to", "with", "without"}
)
_NAME_WORDS = 3


def _parted(text: str, cut: int) -> bool:
    """Whether the English before `cut` stands apart from the Chinese after it: parted by a
    space or a mark, or a phrase; a short name glued to the front of Chinese ("China
    Daily双语新闻") is part of the Chinese, not its translation."""
    if cut <= 0 or cut >= len(text) or not (text[cut - 1].isalnum() and text[cut].isalnum()):
        return True
    words = text[:cut].lower().split()
    return len(words) > _NAME_WORDS or any(word in _FUNCTION_WORDS for word in words)


def _unclosed(text: str) -> bool:
    """Whether a bracket opened in `text` is not closed: a cut there falls inside a gloss."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _split_mixed(text: str, *, strict: bool) -> list[Unit] | None:
    """A block holding Chinese followed by its English ("三、实践路径 Path to Realization"), or
    English followed by its Chinese. `strict` (for blocks that already read as one language)
    also wants the first part complete and the second one at least three words long."""
    spans = [(m.start(), m.end()) for m in _HAN.finditer(text)]
    if not spans:
        return None
    cut = spans[-1][1]
    # Chinese punctuation right after the last character still belongs to the Chinese.
    while cut < len(text) and text[cut] in _CLOSING:
        cut += 1
    zh, en = text[:cut].strip(), text[cut:].strip()
    words = 3 if strict else 2
    if (
        en[:1].isalnum()
        and len(en.split()) >= words
        and (not strict or ((en[:1].isupper() or en[:1].isdigit()) and _ends_unit(zh, "zh")))
        and block_language(en) == "en"
        and block_language(zh) == "zh"
    ):
        return [Unit(zh, "zh"), Unit(en, "en")]
    first = spans[0][0]
    # List numbering just before the first Chinese character ("... space. 1.加快") is Chinese.
    numbering = _NUMBER_BEFORE.search(text[:first])
    if numbering:
        first = numbering.start(1)
    en, zh = text[:first].strip(), text[first:].strip()
    if (
        _parted(text, first)
        and not _unclosed(en)
        and en[:1].isupper()
        and len(en.split()) >= words
        and _ends_unit(en, "en")
        and block_language(en) == "en"
        and block_language(zh) == "zh"
    ):
        return [Unit(en, "en"), Unit(zh, "zh")]
    return None


def _lean(text: str) -> Lang | None:
    """The language a mixed block leans to (a Han character weighs as three letters)."""
    han, latin = han_ratio(text), latin_ratio(text)
    if not han and not latin:
        return None
    return "zh" if 3 * han >= latin else "en"


def _neutral_heading(text: str) -> bool:
    return len(text) >= _NEUTRAL_HEADING and bool(_DIGIT.search(text))


def to_units(blocks: Sequence[TextBlock]) -> list[Unit]:
    """Blocks with their language: from the file's structure, else from the script."""
    units: list[Unit] = []
    pending: list[str] = []
    for block in blocks:
        lang = block.lang or block_language(block.text)
        if block.lang is None and (lang is None or _HAN.search(block.text)):
            mixed = (
                _split_mixed(block.text, strict=lang is not None)
                if lang is None or _LATIN_WORDS.search(block.text)
                else None
            )
            if mixed is not None:
                units.extend(Unit(u.text, u.lang, block.row) for u in mixed)
                continue
            lang = lang or _lean(block.text)
        if lang is None:
            # Neither language (a number, a symbol): it joins its neighbour. A short one on its
            # own (a date or number heading) belongs to what follows it, a long one to the text
            # it ends.
            if units and (len(block.text) > _SHORT_NEUTRAL or block.row is not None):
                last = units[-1]
                sep = "" if last.lang == "zh" else " "
                units[-1] = Unit(last.text + sep + block.text, last.lang, last.row)
            else:
                pending.append(block.text)
            continue
        text, lead = block.text, ""
        if pending:
            if block.row is None and all(_neutral_heading(p) for p in pending):
                lead = " ".join(pending)
            else:
                text = " ".join([*pending, text])
            pending = []
        units.append(Unit(text, lang, block.row, lead))
    if pending and units:
        last = units[-1]
        units[-1] = Unit(" ".join([last.text, *pending]), last.lang, last.row)
    return units


def _runs(units: list[Unit]) -> list[list[Unit]]:
    runs: list[list[Unit]] = []
    for unit in units:
        if runs and runs[-1][0].lang == unit.lang and runs[-1][0].row == unit.row:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def detect_layout(units: list[Unit], source_format: str) -> str:
    """paragraph-interleaved, sentence-interleaved, zh-then-en, en-then-zh, table, tmx, ..."""
    if any(u.row is not None for u in units):
        return source_format if source_format in ("tmx", "xliff") else "table"
    if source_format == "two-files":
        return "two-files"
    runs = [r for r in _runs(units) if r]
    if len(runs) <= 2:
        if len(runs) == 2:
            return f"{runs[0][0].lang}-then-{runs[1][0].lang}"
        return "one-language"
    # Mostly one-sentence Chinese blocks that alternate with English: sentence by sentence.
    zh_blocks = [u.text for u in units if u.lang == "zh" and not looks_like_heading(u.text, "zh")]
    single = sum(1 for t in zh_blocks if len(split_chinese(t)) == 1)
    layout = "paragraph-interleaved"
    if zh_blocks and single >= 0.8 * len(zh_blocks) and len(zh_blocks) >= 3:
        layout = "sentence-interleaved"
    # Which language a pair starts with, told by the first block that is not a heading.
    first = next((u.lang for u in units if not looks_like_heading(u.text, u.lang)), "zh")
    return layout if first == "zh" else f"{layout}, English first"


def pair_paragraphs(
    units: list[Unit], ratio: float, *, cancel: CancelToken = NEVER_CANCELLED
) -> list[ParagraphPair]:
    """Paragraph pairs in document order: rows as given, free blocks by cost over the document."""
    return pair_blocks([Block(u.text, u.lang, u.row, u.lead) for u in units], ratio, cancel=cancel)
