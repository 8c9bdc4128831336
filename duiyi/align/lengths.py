"""How long a Chinese and an English text are, and how well two lengths fit a translation.

The Chinese/English length ratio differs from text to text (a Han character stands for about
three to five English characters), so it is estimated from each document.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections.abc import Iterable, Sequence

from duiyi.align.numbering import strip_numbering

_SPACE = re.compile(r"\s+")

DEFAULT_RATIO = 3.5
"""English characters per Chinese character when a document cannot tell."""


def zh_length(text: str) -> int:
    """Characters of a Chinese text, spaces and list numbering left out."""
    return len(_SPACE.sub("", strip_numbering(text)))


def en_length(text: str) -> int:
    """Characters of an English text, with single spaces, list numbering left out."""
    return len(_SPACE.sub(" ", strip_numbering(text)).strip())


def estimate_ratio(zh_texts: Iterable[str], en_texts: Iterable[str]) -> float:
    """English characters per Chinese character over a whole document, kept to a sane range."""
    zh = sum(zh_length(t) for t in zh_texts)
    en = sum(en_length(t) for t in en_texts)
    if zh < 20 or en < 20:
        return DEFAULT_RATIO
    return min(8.0, max(1.5, en / zh))


_MIN_NEIGHBOUR_ZH = 10
_MIN_NEIGHBOURS = 4


def ratio_in_order(blocks: Sequence[tuple[str, str]]) -> float:
    """English characters per Chinese character, from (text, "zh"/"en") blocks in reading order.

    Where the languages take turns, the median over neighbouring Chinese and English blocks:
    untranslated blocks (a site's introduction, an extra paragraph, a side cut short) would
    pull the whole document's ratio far off, but barely move a median. Elsewhere (Chinese then
    English, two files) the whole document's ratio.
    """
    found: list[float] = []
    for (first, first_lang), (second, second_lang) in itertools.pairwise(blocks):
        if first_lang == second_lang:
            continue
        zh, en = (first, second) if first_lang == "zh" else (second, first)
        chinese = zh_length(zh)
        if chinese >= _MIN_NEIGHBOUR_ZH:
            found.append(en_length(en) / chinese)
    if len(found) < _MIN_NEIGHBOURS:
        return estimate_ratio(
            (text for text, lang in blocks if lang == "zh"),
            (text for text, lang in blocks if lang == "en"),
        )
    return min(8.0, max(1.5, statistics.median(found)))


def length_cost(zh_len: int, en_len: int, ratio: float) -> float:
    """Cost of pairing texts of these lengths: 0 when they fit the ratio, growing as they don't.

    The log of the length ratio is compared with the document's, with a spread that shrinks
    for longer texts (short sentences vary more), as in Gale and Church.
    """
    expected = zh_len * ratio
    smooth = 12.0
    deviation = math.log((en_len + smooth) / (expected + smooth))
    size = (expected + en_len) / 2.0
    variance = 0.03 + 6.0 / (size + 1.0)
    return deviation * deviation / (2.0 * variance)
