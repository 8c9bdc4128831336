"""Which Chinese block goes with which English block, or with none.

Free blocks are paired by a dynamic programme over the document in reading order: at each
block it may leave the block without a translation, or pair the rest of its one-language run
with the start of the run after it (1-1, 2-1, 1-2 beads, blocks left over either side). Costs
come from lengths and shared anchors (blockcost.py), so one extra or missing block on either
side costs one unpaired block, not a shift of every pair after it. Table rows and translation
units are paired as given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from duiyi.align.blockcost import PairCost, facts, gloss_hits, pair_cost, skip_cost
from duiyi.align.dp import best_beads
from duiyi.align.lengths import length_cost
from duiyi.align.numbering import looks_like_heading
from duiyi.align.sentalign import align_sentences, score_from_cost
from duiyi.align.sentences import split_sentences
from duiyi.document import Lang, SegmentKind
from duiyi.progress import NEVER_CANCELLED, CancelToken

_BAND = 40
_CONFIRMED = 0.35
"""Sentence pair score that confirms a merged block is translated."""
_LONGEST_FOLLOWER = 12
"""How many blocks of the next run a run may be paired with, short of the whole run."""
SHAPES = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]


@dataclass(frozen=True)
class Block:
    """A block whose language is known (the aligner's view of a Unit)."""

    text: str
    lang: Lang
    row: int | None = None
    lead: str = ""
    """A heading in neither language before the block, paired with itself."""


@dataclass(frozen=True)
class ParagraphPair:
    """A Chinese block and its English (either may be empty when it has no translation)."""

    kind: SegmentKind
    zh: str
    en: str
    score: float


def _kind(zh: str, en: str) -> SegmentKind:
    if zh and en:
        heading = looks_like_heading(zh, "zh") and looks_like_heading(en, "en")
    else:
        heading = looks_like_heading(zh, "zh") if zh else looks_like_heading(en, "en")
    return "heading" if heading else "paragraph"


_Bead = tuple[list[int], list[int], float]
"""Chinese block indices, English block indices, score."""


class _Pairer:
    """Pairs free blocks; facts and run pairings are worked out once each."""

    def __init__(self, blocks: Sequence[Block], ratio: float) -> None:
        self.blocks = blocks
        self.ratio = ratio
        self.facts = [facts(b.text, b.lang) for b in blocks]
        self.masks: dict[tuple[int, int], int] = {}
        self.known: dict[tuple[tuple[int, ...], tuple[int, ...]], PairCost] = {}
        self.skips = [skip_cost(f, ratio, b.lang) for f, b in zip(self.facts, blocks, strict=True)]

    def _hits(self, zh: int, en: list[int]) -> int:
        mask = 0
        for block in en:
            key = (zh, block)
            found = self.masks.get(key)
            if found is None:
                found = self.masks[key] = gloss_hits(self.facts[zh], self.facts[block])
            mask |= found
        return mask

    def _cost(self, zh: list[int], en: list[int]) -> PairCost:
        key = (tuple(zh), tuple(en))
        known = self.known.get(key)
        if known is None:
            hits = [self._hits(k, en) for k in zh]
            known = self.known[key] = pair_cost(
                [self.facts[k] for k in zh], [self.facts[k] for k in en], self.ratio, hits
            )
        return known

    def pair_runs(self, zh: list[int], en: list[int]) -> tuple[float, list[_Bead]]:
        """The best beads between a run of Chinese blocks and a run of English ones."""

        def cost(i: int, j: int, di: int, dj: int) -> float:
            if dj == 0:
                return self.skips[zh[i]]
            if di == 0:
                return self.skips[en[j]]
            return self._cost(zh[i : i + di], en[j : j + dj]).cost

        band = _BAND if len(zh) + len(en) > 2 * _BAND else 0
        beads = best_beads(len(zh), len(en), SHAPES, cost, band=band)
        if any(
            not self._merge_is_sound(zh[i : i + di], en[j : j + dj])
            for i, j, di, dj in beads
            if di + dj > 2
        ):
            # A block merged with its neighbour that its sentences do not confirm is more likely
            # an untranslated block: pair again without merges.
            beads = best_beads(len(zh), len(en), SHAPES[:3], cost, band=band)
        out: list[_Bead] = []
        total = 0.0
        for i, j, di, dj in beads:
            total += cost(i, j, di, dj)
            if di == 0 or dj == 0:
                out.append((zh[i : i + di], en[j : j + dj], 0.0))
                continue
            found = self._cost(zh[i : i + di], en[j : j + dj])
            if found.unrelated:
                # Nothing in the two sides vouches for each other: not a pair, two blocks
                # without a translation.
                out += [(zh[i : i + di], [], 0.0), ([], en[j : j + dj], 0.0)]
                continue
            out.append((zh[i : i + di], en[j : j + dj], found.score))
        return total, out

    def _merge_is_sound(self, zh: list[int], en: list[int]) -> bool:
        """Whether two blocks merged into one pair are confirmed by their sentences: each block
        has sentences paired with the other side, and no sentence pair straddles the two."""
        zh_texts = [self.blocks[k].text for k in zh]
        en_texts = [self.blocks[k].text for k in en]
        parts, lang = (zh_texts, "zh") if len(zh) > 1 else (en_texts, "en")
        split = [split_sentences(text, lang) for text in parts]
        if any(not sentences for sentences in split):
            return False
        boundary = len(split[0])
        merged = split[0] + split[1]
        other_lang = "en" if lang == "zh" else "zh"
        other_texts = en_texts if lang == "zh" else zh_texts
        other = split_sentences(("" if other_lang == "zh" else " ").join(other_texts), other_lang)
        beads = (
            align_sentences(merged, other, self.ratio)
            if lang == "zh"
            else align_sentences(other, merged, self.ratio)
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

    def pair_free(self, indices: list[int], cancel: CancelToken = NEVER_CANCELLED) -> list[_Bead]:
        """Beads over a stretch of free blocks in reading order."""
        langs = [self.blocks[k].lang for k in indices]
        n = len(indices)
        run_end = [0] * n
        end = n
        for k in range(n - 1, -1, -1):
            if k + 1 < n and langs[k + 1] != langs[k]:
                end = k + 1
            run_end[k] = end
        if len({k for k in run_end}) <= 2:
            # One run in each language (Chinese then English, two files): pair them whole.
            zh = [indices[k] for k in range(n) if langs[k] == "zh"]
            en = [indices[k] for k in range(n) if langs[k] == "en"]
            return self.pair_runs(zh, en)[1]
        inf = float("inf")
        best: list[tuple[float, int, list[_Bead]]] = [(inf, -1, [])] * (n + 1)
        best[0] = (0.0, -1, [])
        for k in range(n):
            if k % 256 == 0:
                cancel.raise_if_set()
            base = best[k][0]
            if base == inf:
                continue
            here = indices[k]
            skipped = base + self.skips[here]
            if skipped < best[k + 1][0]:
                zh_side = [here] if langs[k] == "zh" else []
                en_side = [] if langs[k] == "zh" else [here]
                best[k + 1] = (skipped, k, [(zh_side, en_side, 0.0)])
            first_end = run_end[k]
            run_start = k == 0 or langs[k - 1] != langs[k]
            if first_end >= n or (not run_start and first_end - k > _LONGEST_FOLLOWER):
                # Inside a long run, only its start and its last blocks may open a pairing:
                # the run pairings inside it have already left blocks unpaired where needed.
                continue
            second_end = run_end[first_end]
            mine = [indices[x] for x in range(k, first_end)]
            sizes = set(range(1, min(second_end - first_end, _LONGEST_FOLLOWER) + 1))
            sizes.add(second_end - first_end)
            for size in sorted(sizes):
                theirs = [indices[x] for x in range(first_end, first_end + size)]
                zh, en = (mine, theirs) if langs[k] == "zh" else (theirs, mine)
                cost, beads = self.pair_runs(zh, en)
                stop = first_end + size
                if base + cost < best[stop][0]:
                    best[stop] = (base + cost, k, beads)
        out: list[list[_Bead]] = []
        at = n
        while at > 0:
            _, start, beads = best[at]
            out.append(beads)
            at = start
        out.reverse()
        return [bead for beads in out for bead in beads]


def pair_blocks(
    blocks: Sequence[Block], ratio: float, *, cancel: CancelToken = NEVER_CANCELLED
) -> list[ParagraphPair]:
    """Paragraph pairs in document order: rows as given, free blocks by the programme above."""
    pairer = _Pairer(blocks, ratio)
    pairs: list[ParagraphPair] = []
    k = 0
    while k < len(blocks):
        cancel.raise_if_set()
        row = blocks[k].row
        if row is not None:
            # A table row or translation unit: everything sharing the row is one pair.
            end = k
            while end < len(blocks) and blocks[end].row == row:
                end += 1
            zh = "".join(b.text for b in blocks[k:end] if b.lang == "zh")
            en = " ".join(b.text for b in blocks[k:end] if b.lang == "en")
            score = (
                0.0
                if not zh or not en
                else score_from_cost(
                    length_cost(
                        sum(
                            pairer.facts[x].length for x in range(k, end) if blocks[x].lang == "zh"
                        ),
                        sum(
                            pairer.facts[x].length for x in range(k, end) if blocks[x].lang == "en"
                        ),
                        ratio,
                    )
                )
            )
            pairs.append(ParagraphPair(_kind(zh, en), zh, en, score))
            k = end
            continue
        end = k
        while end < len(blocks) and blocks[end].row is None:
            end += 1
        for zh_ids, en_ids, score in pairer.pair_free(list(range(k, end)), cancel):
            leads = [blocks[x].lead for x in sorted(zh_ids + en_ids) if blocks[x].lead]
            pairs.extend(ParagraphPair("heading", lead, lead, 1.0) for lead in leads)
            zh = "".join(blocks[x].text for x in zh_ids)
            en = " ".join(blocks[x].text for x in en_ids)
            pairs.append(ParagraphPair(_kind(zh, en), zh, en, score))
        k = end
    return pairs
