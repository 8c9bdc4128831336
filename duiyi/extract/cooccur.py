"""How strongly a Chinese word and an English word go together across a whole document.

When the dictionary does not connect a Chinese word to the English word next to a candidate's
rendering (鸿沟 ~ divide), the document still can: a pair that renders each other occurs in the
same sentence pairs, and only there. The Dice coefficient of their sentence sets says how well
they keep company (1.0: always together; low: the English word is mostly elsewhere).
"""

from __future__ import annotations

from collections.abc import Sequence

from duiyi.extract.english import Word


class Cooccurrence:
    """Sentence sets of Chinese strings and English stems in one document."""

    def __init__(self, pairs: Sequence[tuple[str, Sequence[Word]]]) -> None:
        self._zh = [zh for zh, _ in pairs]
        self._en: dict[str, set[int]] = {}
        for index, (_, words) in enumerate(pairs):
            for word in words:
                if not word.function:
                    self._en.setdefault(word.stem, set()).add(index)
        self._zh_cache: dict[str, frozenset[int]] = {}
        self._dice: dict[tuple[str, str], float] = {}

    def _zh_units(self, text: str) -> frozenset[int]:
        found = self._zh_cache.get(text)
        if found is None:
            found = self._zh_cache[text] = frozenset(
                i for i, zh in enumerate(self._zh) if text in zh
            )
        return found

    def dice(self, chinese: str, stem: str) -> float:
        """2|both| / (|chinese| + |english|) over the document's sentence pairs, 0..1."""
        key = (chinese, stem)
        value = self._dice.get(key)
        if value is None:
            zh = self._zh_units(chinese)
            en = self._en.get(stem, set())
            value = 2 * len(zh & en) / (len(zh) + len(en)) if zh and en else 0.0
            self._dice[key] = value
        return value
