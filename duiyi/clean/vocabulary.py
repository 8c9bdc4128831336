"""Vocabulary lists inside a bilingual text: runs of term lines (or two-cell table rows) between
the paragraphs of a text that has prose in both languages.

Study notes and lesson handouts put a list of terms after each passage ("smart port 智能港口",
one a line or one a table row). Paired as paragraphs, the list shifts the alignment and its
terms are lost; read as a glossary, the whole text is lost. A term line standing alone is a
bilingual heading ("Customs 习俗"), so only runs of them count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from duiyi.document import GlossaryEntry, SegmentPair, TextBlock
from duiyi.read.glossary import (
    explained,
    has_bilingual_prose,
    line_direction,
    parse_glossary_line,
    vocabulary_sized,
)

_MIN_RUN = 3


def _term(line: str) -> GlossaryEntry | None:
    """The term pair a line holds when it is vocabulary-sized, else None."""
    direction = line_direction(line)
    if direction is None:
        return None
    entry = parse_glossary_line(line, direction)
    entry = explained(entry) if entry is not None else None
    return entry if entry is not None and vocabulary_sized(entry) else None


def _units(blocks: Sequence[TextBlock]) -> list[tuple[list[int], str]]:
    """Lines in reading order, each with the blocks it stands for: a block's lines one by one,
    a table row's two cells as one line."""
    units: list[tuple[list[int], str]] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.row is not None:
            end = index
            while end < len(blocks) and blocks[end].row == block.row:
                end += 1
            cells = [b.text for b in blocks[index:end]]
            line = " ".join(cells) if len(cells) == 2 and "\n" not in "".join(cells) else ""
            units.append((list(range(index, end)), line))
            index = end
            continue
        units.extend(([index], line) for line in block.text.split("\n"))
        index += 1
    return units


def take_vocabulary(
    blocks: tuple[TextBlock, ...],
) -> tuple[tuple[TextBlock, ...], tuple[GlossaryEntry, ...]]:
    """The blocks without the vocabulary lists of the text, and those lists' term pairs."""
    lines = [line for block in blocks for line in block.text.split("\n")]
    if len(lines) < _MIN_RUN or not has_bilingual_prose(lines):
        return blocks, ()
    units = _units(blocks)
    terms = [_term(line) if line else None for _, line in units]
    taken = [False] * len(units)
    start = 0
    while start < len(units):
        end = start
        while end < len(units) and terms[end] is not None:
            end += 1
        if end - start >= _MIN_RUN:
            taken[start:end] = [True] * (end - start)
        start = end + 1
    if not any(taken):
        return blocks, ()
    kept_lines: dict[int, list[str]] = {}
    for (indices, line), gone in zip(units, taken, strict=True):
        for index in indices:
            kept_lines.setdefault(index, [])
            if not gone and blocks[index].row is None:
                kept_lines[index].append(line)
            elif not gone:
                kept_lines[index].append(blocks[index].text)
    kept = tuple(
        replace(block, text="\n".join(lines))
        for block, lines in ((blocks[index], kept_lines[index]) for index in range(len(blocks)))
        if lines
    )
    return kept, tuple(entry for entry, gone in zip(terms, taken, strict=True) if gone and entry)


# A gloss a learner wrote into an English text: a word, then in brackets its word class and
# its Chinese ("acquired（v.取得）", "reputation (n. 名声)").
_INLINE_GLOSS = re.compile(
    r"([A-Za-z][A-Za-z'-]*)\s*[（(]\s*[a-z]{1,5}\.\s*"
    r"([\u3400-\u9fff][\u3400-\u9fff，、；;,/ ]{0,15})\s*[）)]"
)


_SENTENCE_START = re.compile(r"(?:^|[.!?。！？][\"'”’]?\s+)$")


def _ungloss(match: re.Match[str]) -> str:
    # A full-width bracket needs no space around it ("rail（n.轻轨）line"): its word keeps one.
    after = match.string[match.end() : match.end() + 1]
    return match.group(1) + (" " if after.isalnum() else "")


def take_inline_glosses(
    blocks: tuple[TextBlock, ...],
) -> tuple[tuple[TextBlock, ...], tuple[GlossaryEntry, ...]]:
    """The blocks without the glosses written into their English, and those glosses as term
    pairs (the word and the first of its Chinese meanings)."""
    found: dict[str, GlossaryEntry] = {}
    kept: list[TextBlock] = []
    for block in blocks:
        if "." not in block.text or _INLINE_GLOSS.search(block.text) is None:
            kept.append(block)
            continue
        for match in _INLINE_GLOSS.finditer(block.text):
            chinese = re.split(r"[，、；;,/ ]", match.group(2).strip())[0]
            word = match.group(1)
            if _SENTENCE_START.search(block.text[: match.start()]):
                word = word[:1].lower() + word[1:]  # capitalised only as a sentence's first word
            found.setdefault(chinese, GlossaryEntry(chinese, (word,)))
        kept.append(replace(block, text=_INLINE_GLOSS.sub(_ungloss, block.text)))
    return tuple(kept), tuple(found.values())


def paired_vocabulary(pairs: Sequence[SegmentPair]) -> tuple[GlossaryEntry, ...]:
    """The term pairs of a vocabulary list the aligner paired item by item (a list of Chinese
    terms and a list of their English, in two files or on alternate lines): runs of term-sized
    pairs, most of whose English is in lower case (a run of headings is capitalised)."""
    entries: list[GlossaryEntry] = []
    run: list[GlossaryEntry] = []
    for pair in [*(p for p in pairs if p.kind != "sentence"), None]:
        entry = _term_pair(pair.zh, pair.en) if pair is not None else None
        if entry is not None:
            run.append(entry)
            continue
        lower = sum(1 for found in run if found.english[0][:1].islower())
        if len(run) >= _MIN_RUN and 3 * lower >= 2 * len(run):
            entries.extend(run)
        run = []
    return tuple(entries)


# A word class label a vocabulary table writes beside a gloss ("adj. 普遍", "hyperbole n."):
# one to five lower-case letters and a full stop, at the start of a side or at its end.
_LEADING_CLASS = re.compile(r"^[a-z]{1,5}\.\s+")
_TRAILING_CLASS = re.compile(r"\s+[a-z]{1,5}\.$")


def _term_pair(zh: str, en: str) -> GlossaryEntry | None:
    """The pair as a term when both sides are vocabulary-sized, else None."""
    if not zh or not en or "\n" in zh or "\n" in en:
        return None
    chinese = _LEADING_CLASS.sub("", zh.strip())
    english = _TRAILING_CLASS.sub("", _LEADING_CLASS.sub("", en.strip()))
    entry = GlossaryEntry(chinese, (english,))
    return entry if vocabulary_sized(entry) else None
