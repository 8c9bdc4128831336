"""What term extraction returns: candidates with their occurrences, and span suggestions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Occurrence:
    """Where a candidate occurs: a segment pair (its index in the input) and both spans in it."""

    pair_index: int
    zh_start: int
    zh_end: int
    en_start: int
    """Character offsets of the English counterpart in the pair's English; -1 when none found."""
    en_end: int


GLOSSED_REASON = "glossed in the text"
"""The reason a candidate carries when the writer gave its English in brackets after it."""


@dataclass(frozen=True)
class Reason:
    """A factor that moved a candidate's confidence: its name, its value and its weight."""

    name: str
    value: float
    weight: float

    @property
    def effect(self) -> float:
        """How far the factor moved the log-odds (positive: marked up)."""
        return self.value * self.weight


@dataclass(frozen=True)
class TermCandidate:
    """A proposed term pair: Chinese, its English in this document, and how sure we are."""

    chinese: str
    english: str
    pinyin: str
    """Tone marks, syllables of a word joined, words separated by spaces."""
    confidence: float
    """0..1, calibrated: of candidates at 0.8 or more, at least four in five are right."""
    frequency: int
    """How often the Chinese occurs in the document."""
    occurrences: tuple[Occurrence, ...]
    other_english: tuple[str, ...] = ()
    """Other English renderings seen for the same Chinese in this document."""
    reasons: tuple[Reason, ...] = ()
    """The factors that marked the confidence up or down (duiyi.extract.confidence)."""


@dataclass(frozen=True)
class SpanSuggestion:
    """A possible counterpart of a span the user selected, in the other language of the pair."""

    text: str
    start: int
    end: int
    score: float
    """0..1, higher is likelier."""
