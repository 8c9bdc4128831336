"""How common a Chinese word is in general language (jieba's counts), for alignment and
extraction alike."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def general_frequency(word: str) -> int:
    """The word's frequency in jieba's general-language dictionary (1 when absent)."""
    import rjieba  # loaded on first use: a window that aligns nothing never pays for it

    return int(rjieba.suggest_freq(word)) if rjieba.has_word(word) else 1
