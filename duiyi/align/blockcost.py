"""What pairing Chinese blocks with English blocks costs: length ratio, headings, and anchors
(numbers, Latin acronyms, dictionary words, names written in pinyin) the two sides share."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from duiyi.align.anchors import (
    acronyms,
    dictionary_words,
    english_words,
    han_readings,
    numbers,
    pinyin_names,
)
from duiyi.align.lengths import en_length, length_cost, zh_length
from duiyi.align.numbering import looks_like_heading
from duiyi.align.sentalign import score_from_cost
from duiyi.align.sentences import split_chinese

_FINAL = "。！？；….!?;”’\"')）"
SKIP = 6.0
_SKIP_PER_CHAR = 0.01
_MERGE = 3.0
_HEADING_MERGE = 6.0
_HEADING_MISMATCH = 2.0
_NUMBER_MISMATCH = 1.0
_ANCHOR_BONUS = 1.2
# Share of a Chinese block's dictionary words whose gloss shows up in its English: about half
# in a translation, a quarter between neighbours that are not (measured on the seed, the
# white paper and Duiyi's own texts).
_EXPECTED_SHARE = 0.38
_DICTIONARY_WEIGHT = 4.0
_ANCHOR_SHARE = 0.1
_FEW_GLOSSES = 3
_NO_MATCH_GLOSSES = 6
_NO_MATCH = 6.0
_TRUSTED_GLOSSES = 10


@dataclass(frozen=True)
class BlockFacts:
    """What the cost needs to know of one block, worked out once."""

    length: int
    heading: bool
    numbers: frozenset[str]
    acronyms: frozenset[str]
    glosses: tuple[frozenset[str], ...]
    """Chinese: the gloss words of each dictionary word in it."""
    words: frozenset[str]
    """English: its lower-case words."""
    names: tuple[tuple[str, ...], ...]
    """English: capitalised words that read as pinyin, as syllables."""
    text: str
    open_end: bool
    """It stops mid-sentence (no full stop at its end)."""


def facts(text: str, lang: str) -> BlockFacts:
    """The facts of a block in `lang`."""
    if lang == "zh":
        return BlockFacts(
            zh_length(text),
            looks_like_heading(text, "zh"),
            numbers(text),
            acronyms(text),
            # Sentence by sentence, so the sentence aligner finds them already looked up.
            tuple(g for sentence in split_chinese(text) for g in dictionary_words(sentence)),
            frozenset(),
            (),
            text,
            text.rstrip()[-1:] not in _FINAL,
        )
    return BlockFacts(
        en_length(text),
        looks_like_heading(text, "en"),
        numbers(text),
        acronyms(text),
        (),
        english_words(text),
        pinyin_names(text),
        text,
        text.rstrip()[-1:] not in _FINAL,
    )


def skip_cost(block: BlockFacts, ratio: float, lang: str) -> float:
    """Leaving one block without a translation."""
    length = block.length * ratio if lang == "zh" else block.length
    return SKIP + _SKIP_PER_CHAR * length


def _or_hits(zh: BlockFacts, en: Sequence[BlockFacts]) -> int:
    mask = 0
    for block in en:
        mask |= gloss_hits(zh, block)
    return mask


@dataclass(frozen=True)
class PairCost:
    """A pair's cost for the aligner, and its 0..1 score for the user."""

    cost: float
    score: float
    unrelated: bool = False
    """Many dictionary words and not one of them translated, no shared anchor either."""


def pair_cost(
    zh: Sequence[BlockFacts],
    en: Sequence[BlockFacts],
    ratio: float,
    hits: Sequence[int] | None = None,
) -> PairCost:
    """Cost and score of pairing these Chinese blocks with these English blocks; `hits` gives,
    per Chinese block, the bits of its dictionary words the English translates (gloss_hits of
    each English block, or-ed), when the caller has them."""
    fit = length_cost(sum(b.length for b in zh), sum(b.length for b in en), ratio)
    if len(zh) + len(en) > 2:
        heads = any(b.heading for b in zh) or any(b.heading for b in en)
        two = zh if len(zh) > 1 else en
        if heads:
            fit += _HEADING_MERGE
        elif not two[0].open_end:
            # Two blocks of one side merged: free when the first stops mid-sentence.
            fit += _MERGE
    elif zh[0].heading != en[0].heading:
        fit += _HEADING_MISMATCH
    zn = frozenset().union(*(b.numbers for b in zh))
    en_n = frozenset().union(*(b.numbers for b in en))
    fit += _NUMBER_MISMATCH * len(zn ^ en_n) - _NUMBER_MISMATCH * len(zn & en_n)
    shared = frozenset().union(*(b.acronyms for b in zh)) & frozenset().union(
        *(b.acronyms for b in en)
    )
    names = sum(1 for b in en for name in b.names if any(_reads_as(z.text, name) for z in zh))
    fit -= _ANCHOR_BONUS * (len(shared) + names)
    score = score_from_cost(fit)
    unrelated = False
    glosses = [g for b in zh for g in b.glosses]
    if glosses and len(glosses) < _FEW_GLOSSES and all(b.heading for b in zh):
        # A term or a short heading: too few words for a share, but a word the English
        # translates tells a list's rows apart where lengths cannot ("峡湾" / "fjords").
        if hits is None:
            hits = [_or_hits(z, en) for z in zh]
        fit -= _ANCHOR_BONUS * sum(mask.bit_count() for mask in hits)
    elif len(glosses) >= _FEW_GLOSSES:
        if hits is None:
            hits = [_or_hits(z, en) for z in zh]
        found = sum(mask.bit_count() for mask in hits)
        share = found / len(glosses)
        fit -= _DICTIONARY_WEIGHT * (share - _EXPECTED_SHARE) * math.sqrt(len(glosses))
        anchored = len(zn & en_n) + len(shared) + names
        if found == 0 and len(glosses) >= _NO_MATCH_GLOSSES and not anchored:
            fit += _NO_MATCH  # not one word translated: not a translation
            unrelated = True
        # Shared numbers, acronyms and names vouch for a pair whose wording is free; a few
        # dictionary words say less than many.
        vouched = min(1.0, (share + _ANCHOR_SHARE * anchored) / _EXPECTED_SHARE)
        weight = min(1.0, len(glosses) / _TRUSTED_GLOSSES)
        score = round(score * (1.0 - weight + weight * vouched), 3)
    return PairCost(fit, score, unrelated)


def gloss_hits(zh: BlockFacts, en: BlockFacts) -> int:
    """Which of the Chinese block's dictionary words the English block translates, as bits."""
    mask = 0
    words = en.words
    for bit, glosses in enumerate(zh.glosses):
        if not glosses.isdisjoint(words):
            mask |= 1 << bit
    return mask


@lru_cache(maxsize=8192)
def _syllable_pairs(text: str) -> frozenset[str]:
    """Every two neighbouring Han characters of a text as their possible pairs of readings."""
    readings = han_readings(text)
    return frozenset(
        f"{a} {b}" for first, second in itertools.pairwise(readings) for a in first for b in second
    )


def _reads_as(text: str, syllables: tuple[str, ...]) -> bool:
    """Whether the Chinese holds characters read as these syllables (pair by pair)."""
    pairs = _syllable_pairs(text)
    return all(f"{a} {b}" in pairs for a, b in itertools.pairwise(syllables))
