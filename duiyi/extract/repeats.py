"""English phrases that recur exactly where a Chinese candidate recurs: a set phrase's fixed
rendering, found when the dictionary cannot explain it (绿水青山 "lucid waters and lush
mountains" in every sentence that holds it, and nowhere else).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from duiyi.extract.english import Word, normalise

MIN_WORDS = 2
MAX_WORDS = 7
MIN_DICE = 0.8
"""How exclusively the phrase keeps company with the candidate: 2|both| / (|candidate's
sentences| + |phrase's sentences|)."""


@dataclass(frozen=True)
class Rendering:
    """A recurring phrase and where it stands in each sentence that holds the candidate."""

    dice: float
    spans: dict[int, tuple[int, int]]
    """Sentence (its position in the document's list) -> inclusive word indexes."""


class Repeats:
    """The document's English word sequences, looked up by the sentences they stand in."""

    def __init__(self, sentences: Sequence[Sequence[Word]]) -> None:
        self._words = sentences
        self._keys: dict[int, list[str]] = {}
        self._texts: list[str] | None = None
        self._grams: dict[int, dict[str, tuple[int, int]]] = {}
        self._counts: dict[str, int] = {}

    def _key_words(self, at: int) -> list[str]:
        found = self._keys.get(at)
        if found is None:
            found = self._keys[at] = [normalise(w.text) for w in self._words[at]]
        return found

    def _text(self, at: int) -> str:
        if self._texts is None:
            self._texts = [f" {' '.join(self._key_words(i))} " for i in range(len(self._words))]
        return self._texts[at]

    def phrases(self, at: int) -> dict[str, tuple[int, int]]:
        """Every phrase of the sentence a rendering may be (no function word at either end,
        no phrase break or cut hyphenated word inside), by its normalised text."""
        found = self._grams.get(at)
        if found is not None:
            return found
        words, keys = self._words[at], self._key_words(at)
        found = {}
        for lo in range(len(words)):
            if words[lo].function or words[lo].joined_before:
                continue
            for hi in range(lo + 1, min(len(words), lo + MAX_WORDS)):
                if words[hi].stop_before:
                    break
                if words[hi].function or (hi + 1 < len(words) and words[hi + 1].joined_before):
                    continue
                if hi - lo + 1 >= MIN_WORDS:
                    found.setdefault(" ".join(keys[lo : hi + 1]), (lo, hi))
        self._grams[at] = found
        return found

    def _count(self, text: str) -> int:
        """How many sentences hold the phrase."""
        found = self._counts.get(text)
        if found is None:
            needle = f" {text} "
            found = sum(needle in self._text(i) for i in range(len(self._words)))
            self._counts[text] = found
        return found

    def word_dice(self, word: Word, sentences: int) -> float:
        """How exclusively the word keeps company with a candidate standing in `sentences`
        sentences, all of which hold the word: 2 * sentences / (sentences + its sentences)."""
        return 2 * sentences / (sentences + max(sentences, self._count(normalise(word.text))))

    def rendering(self, sentences: Sequence[int]) -> Rendering | None:
        """The phrase standing in all the given sentences (two or more) and seldom elsewhere,
        the longest of the most exclusive; None when none is exclusive enough."""
        wanted = sorted(set(sentences))
        if len(wanted) < 2:
            return None
        first, second = self.phrases(wanted[0]), self.phrases(wanted[1])
        best: tuple[float, int, str] | None = None
        for text in first.keys() & second.keys():
            if not all(text in self.phrases(at) for at in wanted[2:]):
                continue
            everywhere = self._count(text)
            dice = 2 * len(wanted) / (len(wanted) + everywhere)
            rank = (dice, len(text.split()), text)
            if dice >= MIN_DICE and (best is None or rank > best):
                best = rank
        if best is None:
            return None
        text = best[2]
        return Rendering(best[0], {at: self.phrases(at)[text] for at in wanted})
