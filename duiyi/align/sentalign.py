"""Sentence alignment inside one paragraph pair: Gale–Church-style length costs plus anchors."""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from itertools import accumulate

from duiyi.align.anchors import (
    acronyms,
    dictionary_entries,
    dictionary_words,
    english_words,
    is_rare,
    numbers,
)
from duiyi.align.dp import best_beads
from duiyi.align.lengths import en_length, length_cost, zh_length

# Bead shapes and their prior cost (-log of how often translators do this, roughly).
SHAPES: dict[tuple[int, int], float] = {
    (1, 1): 0.0,
    (1, 2): 1.6,
    (2, 1): 1.6,
    (2, 2): 3.5,
    (1, 3): 3.0,
    (3, 1): 3.0,
    # A Chinese sentence chained with commas is often four English ones (and the reverse).
    (1, 4): 4.5,
    (4, 1): 4.5,
    (1, 0): 0.0,
    (0, 1): 0.0,
}
# Leaving a sentence untranslated costs this much plus a little per character: a short aside
# may go untranslated, a long sentence hardly ever does.
_SKIP = 5.0
_SKIP_PER_CHAR = 0.01
_ANCHOR_BONUS = 1.2
_NUMBER_MISMATCH = 1.5
_DICTIONARY_WEIGHT = 3.0
_MISS = 0.3
# A sentence merged into a bead although its only specific links (a dictionary word whose
# gloss occurs in one sentence of the other side alone, "对联" and the one sentence with
# "couplets") point out of the bead: it belongs with the sentence its link points to, however
# well the lengths fit. A word of few glosses is specific however common; one of many only
# when it is rare.
_STRANDED = 2.5
_FEW_GLOSSES = 3
_BAND = 12


@dataclass(frozen=True)
class SentenceBead:
    """Chinese sentences (by index in their paragraph) paired with English ones, with a score."""

    zh_indices: tuple[int, ...]
    en_indices: tuple[int, ...]
    zh: str
    en: str
    score: float


@dataclass(frozen=True)
class _Side:
    text: str
    length: int
    numbers: frozenset[str]
    acronyms: frozenset[str]


def _zh_side(text: str) -> _Side:
    return _Side(text, zh_length(text), numbers(text), acronyms(text))


def _en_side(text: str) -> _Side:
    return _Side(text, en_length(text), numbers(text), acronyms(text))


def _union(sides: list[_Side], attr: str) -> frozenset[str]:
    result: frozenset[str] = frozenset()
    for side in sides:
        result |= getattr(side, attr)
    return result


def score_from_cost(cost: float) -> float:
    """A 0..1 confidence from a bead cost (0 cost -> 1)."""
    return round(max(0.0, min(1.0, math.exp(-max(cost, 0.0) / 5.0))), 3)


_MANY = -1


def _specific_links(
    zh_entries: list[tuple[tuple[str, frozenset[str]], ...]], en_words: list[frozenset[str]]
) -> list[frozenset[int]]:
    """For each Chinese sentence, the English sentences it has a specific link to: one that
    alone holds a gloss of one of its specific dictionary words (rare, or of few glosses).
    Each English word is indexed by the one sentence it occurs in, or as occurring in many,
    so this stays linear in the paragraph's length."""
    index: dict[str, int] = {}
    for at, words in enumerate(en_words):
        for word in words:
            index[word] = at if index.get(word, at) == at else _MANY
    links: list[frozenset[int]] = []
    for entries in zh_entries:
        targets: set[int] = set()
        for word, gloss in entries:
            if len(gloss) > _FEW_GLOSSES and not is_rare(word):
                # An everyday word of many senses (另外: besides, moreover, other, ...).
                continue
            sentences = {index[english] for english in gloss if english in index}
            if len(sentences) == 1 and _MANY not in sentences:
                targets |= sentences
        links.append(frozenset(targets))
    return links


def _outside(links: Collection[int], start: int, size: int) -> bool:
    """Whether a sentence has specific links and none of them inside start..start+size."""
    return bool(links) and not any(start <= at < start + size for at in links)


def align_sentences(
    zh_sentences: list[str], en_sentences: list[str], ratio: float
) -> list[SentenceBead]:
    """Pair the sentences of one paragraph pair; untranslated sentences get score 0."""
    zh = [_zh_side(s) for s in zh_sentences]
    en = [_en_side(s) for s in en_sentences]
    zh_dict = [dictionary_words(s) for s in zh_sentences]
    en_words = [english_words(s) for s in en_sentences]
    zh_links = _specific_links([dictionary_entries(s) for s in zh_sentences], en_words)
    en_links: list[set[int]] = [set() for _ in en_sentences]
    for k, targets in enumerate(zh_links):
        for at in targets:
            en_links[at].add(k)

    zh_at = list(accumulate((s.length for s in zh), initial=0))
    en_at = list(accumulate((s.length for s in en), initial=0))
    anchored = any(s.numbers or s.acronyms for s in zh) or any(s.numbers or s.acronyms for s in en)
    known: dict[tuple[int, int, int, int], tuple[float, float | None, int]] = {}
    hit_masks: dict[tuple[int, int], int] = {}
    gloss_bits: dict[int, dict[str, int]] = {}

    def hit_mask(k: int, at: int) -> int:
        """Which dictionary words of Chinese sentence k English sentence `at` translates, as
        bits: looked up from the shorter of the two sides, so a very long sentence paired
        with many short ones costs no more than their words."""
        key = (k, at)
        mask = hit_masks.get(key)
        if mask is None:
            words = en_words[at]
            if len(words) < len(zh_dict[k]):
                bits = gloss_bits.get(k)
                if bits is None:
                    bits = gloss_bits[k] = {}
                    for bit, gloss in enumerate(zh_dict[k]):
                        for word in gloss:
                            bits[word] = bits.get(word, 0) | 1 << bit
                mask = 0
                for word in words:
                    mask |= bits.get(word, 0)
            else:
                mask = sum(
                    1 << bit for bit, gloss in enumerate(zh_dict[k]) if not gloss.isdisjoint(words)
                )
            hit_masks[key] = mask
        return mask

    def parts(i: int, j: int, di: int, dj: int) -> tuple[float, float | None, int]:
        """The bead's fit (length, shape, numbers), its share of dictionary hits, and how many
        dictionary words found no translation in it."""
        key = (i, j, di, dj)
        found = known.get(key)
        if found is not None:
            return found
        fit = SHAPES[(di, dj)] + length_cost(
            zh_at[i + di] - zh_at[i], en_at[j + dj] - en_at[j], ratio
        )
        if anchored:
            zs, es = zh[i : i + di], en[j : j + dj]
            zn, en_n = _union(zs, "numbers"), _union(es, "numbers")
            fit -= _ANCHOR_BONUS * len(zn & en_n)
            fit += _NUMBER_MISMATCH * len(zn ^ en_n)
            fit -= _ANCHOR_BONUS * len(_union(zs, "acronyms") & _union(es, "acronyms"))
        glosses = sum(len(zh_dict[k]) for k in range(i, i + di))
        if not glosses:
            result: tuple[float, float | None, int] = (fit, None, 0)
        else:
            hits = 0
            for k in range(i, i + di):
                mask = 0
                for at in range(j, j + dj):
                    mask |= hit_mask(k, at)
                hits += mask.bit_count()
            result = (fit, hits / glosses, glosses - hits)
        known[key] = result
        return result

    def cost(i: int, j: int, di: int, dj: int) -> float:
        # Left unpaired, a sentence with a specific link is as far from it as merged into a
        # bead elsewhere; without this the link would push it out of a bead lengths and its
        # other words pair it in (白鹭 translated "white bird", and "egret" a sentence later).
        if dj == 0:
            return _SKIP + _SKIP_PER_CHAR * zh[i].length * ratio + _STRANDED * bool(zh_links[i])
        if di == 0:
            return _SKIP + _SKIP_PER_CHAR * en[j].length + _STRANDED * bool(en_links[j])
        fit, hits, misses = parts(i, j, di, dj)
        if di + dj > 2:
            fit += _STRANDED * (
                sum(1 for k in range(i, i + di) if _outside(zh_links[k], j, dj))
                + sum(1 for k in range(j, j + dj) if _outside(en_links[k], i, di))
            )
        if hits is None:
            return fit
        # Words left without a translation make a pair costlier, so a sentence whose words
        # find no English anywhere is cheaper left unpaired than merged into a neighbour.
        return fit - _DICTIONARY_WEIGHT * hits + _MISS * misses

    def score(i: int, j: int, di: int, dj: int) -> float:
        if di == 0 or dj == 0:
            return 0.0
        fit, hits, _misses = parts(i, j, di, dj)
        if hits is None:
            return score_from_cost(fit)
        # About half the dictionary words of a good translation are found in it.
        return round(0.5 * score_from_cost(fit) + 0.5 * min(1.0, hits / 0.5), 3)

    beads = best_beads(len(zh), len(en), list(SHAPES), cost, band=_BAND)
    result: list[SentenceBead] = []
    for i, j, di, dj in beads:
        zh_text = "".join(s.text for s in zh[i : i + di])
        en_text = " ".join(s.text for s in en[j : j + dj])
        ids = (tuple(range(i, i + di)), tuple(range(j, j + dj)))
        result.append(SentenceBead(ids[0], ids[1], zh_text, en_text, score(i, j, di, dj)))
    return result
