"""How long a Chinese and an English text are, and how well two lengths fit a translation.

The Chinese/English length ratio differs from text to text (a Han character stands for about
three to five English characters), so it is estimated from each document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

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
