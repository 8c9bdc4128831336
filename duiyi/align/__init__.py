"""Alignment: paragraph pairs by layout and length, then sentence pairs inside each of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from duiyi.align.lengths import estimate_ratio, ratio_in_order
from duiyi.align.paragraphs import ParagraphPair, detect_layout, pair_paragraphs, to_units
from duiyi.align.sentalign import align_sentences
from duiyi.align.sentences import split_sentences
from duiyi.document import SegmentPair, TextBlock
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress

LOW_SCORE = 0.4
"""Pairs scoring under this are shown as doubtful: their sides may not translate each other."""


def is_low_scoring(pair: SegmentPair) -> bool:
    """A pair with both sides whose score says the two may not be translations."""
    return bool(pair.zh and pair.en) and pair.score < LOW_SCORE


@dataclass(frozen=True)
class Alignment:
    """The aligner's answer: the layout it saw, the pairs, and the length ratio it used."""

    layout: str
    pairs: tuple[SegmentPair, ...]
    ratio: float


def sentence_pairs(
    pair: ParagraphPair | SegmentPair, parent: int, ratio: float
) -> list[SegmentPair]:
    """The sentence pairs of one heading or paragraph pair, each with `parent` set.

    A heading is one sentence; an unpaired paragraph gives unpaired sentences (score 0).
    """
    if pair.kind == "heading":
        return [SegmentPair("sentence", pair.zh, pair.en, pair.score, parent)]
    zh = split_sentences(pair.zh, "zh") if pair.zh else []
    en = split_sentences(pair.en, "en") if pair.en else []
    return [
        SegmentPair("sentence", bead.zh, bead.en, bead.score, parent)
        for bead in align_sentences(zh, en, ratio)
    ]


def align_blocks(
    blocks: Sequence[TextBlock],
    *,
    source_format: str = "txt",
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Alignment:
    """Pair cleaned blocks into headings and paragraphs, each followed by its sentence pairs.

    The pairs come in document order: a heading or paragraph pair, then the sentence pairs
    whose `parent` is its index.
    """
    units = to_units(blocks)
    layout = detect_layout(units, source_format)
    if any(u.row is not None for u in units):
        # Table rows and translation units are translations cell by cell: the whole holds.
        ratio = estimate_ratio(
            (u.text for u in units if u.lang == "zh"), (u.text for u in units if u.lang == "en")
        )
    else:
        ratio = ratio_in_order([(u.text, u.lang) for u in units])
    paragraphs = pair_paragraphs(units, ratio, cancel=cancel)
    pairs: list[SegmentPair] = []
    for done, paragraph in enumerate(paragraphs, 1):
        cancel.raise_if_set()
        parent = len(pairs)
        pairs.append(SegmentPair(paragraph.kind, paragraph.zh, paragraph.en, paragraph.score))
        pairs.extend(sentence_pairs(paragraph, parent, ratio))
        progress(done, len(paragraphs))
    return Alignment(layout=layout, pairs=tuple(pairs), ratio=ratio)


__all__ = [
    "LOW_SCORE",
    "Alignment",
    "align_blocks",
    "estimate_ratio",
    "is_low_scoring",
    "sentence_pairs",
]
