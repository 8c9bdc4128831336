"""Bilingual term extraction: candidates with English, pinyin, confidence and contexts."""

from __future__ import annotations

from duiyi.extract.extractor import (
    DEFAULT_THRESHOLD,
    check_bilingual,
    english_for_terms,
    extract_terms,
    glossed_in_brackets,
)
from duiyi.extract.suggest import guessed, suggest_chinese, suggest_english
from duiyi.extract.types import Occurrence, SpanSuggestion, TermCandidate

__all__ = [
    "DEFAULT_THRESHOLD",
    "Occurrence",
    "SpanSuggestion",
    "TermCandidate",
    "check_bilingual",
    "english_for_terms",
    "extract_terms",
    "glossed_in_brackets",
    "guessed",
    "suggest_chinese",
    "suggest_english",
]
