"""Lexical anchors shared by a Chinese and an English segment: numbers, Latin acronyms and
dictionary words. They pull the right sentences together when lengths alone are ambiguous."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Latin tokens with two capitals or a digit and a letter: UN, ICT, 5G, COVID-19, WeChat is not.
# Edges are "no Latin letter, digit or hyphen next to it", not \b: a Han character counts as a
# word character, so \b never fires where an acronym touches Chinese ("和ICT合作").
_ACRONYM = re.compile(
    r"(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z0-9])[A-Z0-9][A-Za-z0-9-]*(?![A-Za-z0-9-])"
)
_EN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def numbers(text: str) -> frozenset[str]:
    """Numbers written in digits, without thousands separators ("2,030" -> "2030")."""
    found = set()
    for match in _NUMBER.finditer(text):
        value = match.group().replace(",", "")
        # List numbering and single digits are too common to anchor anything.
        if len(value) >= 2:
            found.add(value)
    return frozenset(found)


def acronyms(text: str) -> frozenset[str]:
    """Latin acronyms and codes (UN, ICT, 5G) as they are written."""
    return frozenset(m.group() for m in _ACRONYM.finditer(text) if not m.group().isdigit())


def english_words(text: str) -> frozenset[str]:
    """Lower-case words of an English segment."""
    return frozenset(_EN_WORD.findall(text.lower()))


@cache
def _dictionary() -> Callable[[str], frozenset[str]] | None:
    """CC-CEDICT gloss words of a Chinese word, from duiyi.cedict when it can be loaded."""
    try:
        from duiyi import cedict  # optional: alignment works without the dictionary

        cedict.has_word("中国")
    except (ImportError, AttributeError, OSError):
        return None

    @cache
    def lookup(word: str) -> frozenset[str]:
        return cedict.gloss_words(word) if cedict.has_word(word) else frozenset()

    return lookup


_LONGEST_WORD = 6
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "with",
        "by",
        "as",
        "at",
        "be",
        "is",
        "are",
        "was",
        "were",
        "it",
        "its",
        "this",
        "that",
        "from",
        "sb",
        "sth",
        "one's",
        "oneself",
        "etc",
        "used",
        "also",
    ]
)


def dictionary_words(text: str) -> tuple[frozenset[str], ...]:
    """For each dictionary word found in the Chinese text, the English words that gloss it."""
    lookup = _dictionary()
    if lookup is None:
        return ()
    found: list[frozenset[str]] = []
    for run in _HAN_RUN.findall(text):
        i = 0
        while i < len(run):
            # Greedy longest match; single characters are too ambiguous to anchor anything.
            for size in range(min(_LONGEST_WORD, len(run) - i), 1, -1):
                glosses = lookup(run[i : i + size])
                if glosses:
                    found.append(glosses - _STOP)
                    i += size
                    break
            else:
                i += 1
    return tuple(g for g in found if g)
