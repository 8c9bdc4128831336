"""Paragraph pairing: each block's language, the document's layout, and which Chinese block
goes with which English block (or with none)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from duiyi.align.anchors import numbers
from duiyi.align.dp import best_beads
from duiyi.align.lengths import en_length, length_cost, zh_length
from duiyi.align.numbering import looks_like_heading
from duiyi.align.sentalign import align_sentences, score_from_cost
from duiyi.align.sentences import split_chinese, split_sentences
from duiyi.document import Lang, SegmentKind, TextBlock
from duiyi.progress import NEVER_CANCELLED, CancelToken
from duiyi.script import block_language, han_ratio, latin_ratio

_HAN = re.compile(r"[\u3400-\u9fff]")
_SKIP = 6.0
_SKIP_PER_CHAR = 0.01
_MERGE = 3.0
_HEADING_MERGE = 6.0
_HEADING_MISMATCH = 2.0
_NUMBER_MISMATCH = 1.0
_BAND = 40
_CLOSING = "。，；：！？、”’）》」』!?;:,.)"
_NUMBER_BEFORE = re.compile(r"\s((?:\d{1,3}[.．、)]|[（(]\d{1,3}[)）])\s*)$")
_FINAL = "。！？；.!?;…”’\"'）)"
_LATIN_WORDS = re.compile(r"[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+")
_CONFIRMED = 0.35
"""Sentence pair score that confirms a merged block is translated."""
SHAPES = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]


@dataclass(frozen=True)
class Unit:
    """A block whose language is known."""

    text: str
    lang: Lang
    row: int | None = None


@dataclass(frozen=True)
class ParagraphPair:
    """A Chinese block and its English (either may be empty when it has no translation)."""

    kind: SegmentKind
    zh: str
    en: str
    score: float


def _ends_unit(text: str, lang: Lang) -> bool:
    """Whether a part of a mixed line is complete: a finished sentence or a heading."""
    return text[-1:] in _FINAL or looks_like_heading(text, lang)


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
        en[:1].isupper()
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
            # Neither language (a number, a symbol): it joins its neighbour.
            if units:
                last = units[-1]
                sep = "" if last.lang == "zh" else " "
                units[-1] = Unit(last.text + sep + block.text, last.lang, last.row)
            else:
                pending.append(block.text)
            continue
        text = block.text
        if pending:
            text = " ".join([*pending, text])
            pending = []
        units.append(Unit(text, lang, block.row))
    return units


def _pair_run(
    zh: list[str], en: list[str], ratio: float
) -> list[tuple[list[str], list[str], float]]:
    """Pair a run of Chinese blocks with the run of English blocks that translates it."""
    zl = [zh_length(t) for t in zh]
    el = [en_length(t) for t in en]
    zhead = [looks_like_heading(t, "zh") for t in zh]
    ehead = [looks_like_heading(t, "en") for t in en]
    znum = [numbers(t) for t in zh]
    enum_ = [numbers(t) for t in en]

    def cost(i: int, j: int, di: int, dj: int) -> float:
        if dj == 0:
            return _SKIP + _SKIP_PER_CHAR * zl[i] * ratio
        if di == 0:
            return _SKIP + _SKIP_PER_CHAR * el[j]
        total = length_cost(sum(zl[i : i + di]), sum(el[j : j + dj]), ratio)
        if di + dj > 2:
            heads = any(zhead[i : i + di]) or any(ehead[j : j + dj])
            total += _HEADING_MERGE if heads else _MERGE
        elif zhead[i] != ehead[j]:
            total += _HEADING_MISMATCH
        zn = frozenset().union(*znum[i : i + di])
        en_n = frozenset().union(*enum_[j : j + dj])
        total += _NUMBER_MISMATCH * len(zn ^ en_n) - _NUMBER_MISMATCH * len(zn & en_n)
        return total

    band = _BAND if len(zh) + len(en) > 2 * _BAND else 0
    beads = best_beads(len(zh), len(en), SHAPES, cost, band=band)
    if any(
        not _merge_is_sound(zh[i : i + di], en[j : j + dj], ratio)
        for i, j, di, dj in beads
        if di + dj > 2
    ):
        # A block merged with its neighbour that its sentences do not confirm is more likely
        # an untranslated block: pair again without merges.
        beads = best_beads(len(zh), len(en), SHAPES[:3], cost, band=band)
    out: list[tuple[list[str], list[str], float]] = []
    for i, j, di, dj in beads:
        score = 0.0 if di == 0 or dj == 0 else score_from_cost(cost(i, j, di, dj))
        out.append((zh[i : i + di], en[j : j + dj], score))
    return out


def _merge_is_sound(zh: list[str], en: list[str], ratio: float) -> bool:
    """Whether two blocks merged into one pair are confirmed by their sentences: each block has
    sentences paired with the other side, and no sentence pair straddles the two blocks."""
    parts, lang = (zh, "zh") if len(zh) > 1 else (en, "en")
    split = [split_sentences(text, lang) for text in parts]
    if any(not sentences for sentences in split):
        return False
    boundary = len(split[0])
    merged = split[0] + split[1]
    other = split_sentences(
        _join(en if lang == "zh" else zh, "en" if lang == "zh" else "zh"),
        "en" if lang == "zh" else "zh",
    )
    beads = (
        align_sentences(merged, other, ratio)
        if lang == "zh"
        else align_sentences(other, merged, ratio)
    )
    covered = [False, False]
    for bead in beads:
        mine, theirs = (
            (bead.zh_indices, bead.en_indices)
            if lang == "zh"
            else (bead.en_indices, bead.zh_indices)
        )
        if not mine:
            continue
        sides = {0 if k < boundary else 1 for k in mine}
        if len(sides) > 1:
            return False
        if theirs and bead.score >= _CONFIRMED:
            covered[sides.pop()] = True
    return all(covered)


def _join(texts: list[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(texts)


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
    if zh_blocks and single >= 0.8 * len(zh_blocks) and len(zh_blocks) >= 3:
        return "sentence-interleaved"
    return "paragraph-interleaved"


def _kind(zh: str, en: str) -> SegmentKind:
    if zh and en:
        heading = looks_like_heading(zh, "zh") and looks_like_heading(en, "en")
    else:
        heading = looks_like_heading(zh, "zh") if zh else looks_like_heading(en, "en")
    return "heading" if heading else "paragraph"


def pair_paragraphs(
    units: list[Unit], ratio: float, *, cancel: CancelToken = NEVER_CANCELLED
) -> list[ParagraphPair]:
    """Paragraph pairs in document order: rows as given, free blocks by run and length."""
    pairs: list[ParagraphPair] = []
    first = units[0].lang if units else "zh"
    runs = _runs(units)
    k = 0
    while k < len(runs):
        cancel.raise_if_set()
        run = runs[k]
        row = run[0].row
        if row is not None:
            # A table row or translation unit: everything sharing the row is one pair.
            same = [run]
            while k + 1 < len(runs) and runs[k + 1][0].row == row:
                k += 1
                same.append(runs[k])
            zh = "".join(u.text for r in same for u in r if u.lang == "zh")
            en = " ".join(u.text for r in same for u in r if u.lang == "en")
            score = (
                0.0
                if not zh or not en
                else score_from_cost(length_cost(zh_length(zh), en_length(en), ratio))
            )
            pairs.append(ParagraphPair(_kind(zh, en), zh, en, score))
            k += 1
            continue
        # A run in the document's first language, and the run in the other one after it.
        following = runs[k + 1] if k + 1 < len(runs) else []
        if run[0].lang != first or not following or following[0].row is not None:
            zh_texts = [u.text for u in run if u.lang == "zh"]
            en_texts = [u.text for u in run if u.lang == "en"]
            k += 1
        else:
            both = run + following
            zh_texts = [u.text for u in both if u.lang == "zh"]
            en_texts = [u.text for u in both if u.lang == "en"]
            k += 2
        for zh_part, en_part, score in _pair_run(zh_texts, en_texts, ratio):
            zh = "".join(zh_part)
            en = " ".join(en_part)
            pairs.append(ParagraphPair(_kind(zh, en), zh, en, score))
    return pairs
