"""Four-character set phrases of official texts: two two-character halves side by side that
name one thing (mutual learning, win-win cooperation). Either the halves open with the same
character (互?互?, 共?共?), or a nominal verb and a verb or two adjectives (as rjieba tags
them) are set off alone between punctuation, 的 or 是. Halves that open alike stand as a
unit at a clause start, after 的 or a verb that governs them, and before punctuation, 的, 是
or a noun they modify; before 了 or after a subject they are a passing verb sequence.
"""

from __future__ import annotations

from duiyi import cedict
from duiyi.extract.zh_words import HAN_OR_DIGIT, STOP_WORDS, Token, tokens, word_pos

SET_PHRASE_CHARS = 4
_LINKS_BEFORE = frozenset("的之与和及")
_LINKS_AFTER = frozenset("的之是与和及")
_COORDINATED_POS = frozenset({("vn", "v"), ("a", "a")})
"""rjieba's tags of two halves that make one set phrase: a nominal verb and a verb, or two
adjectives. An adjective or a verb before a nominal verb modifies or governs it (自由贸易)."""


def _han(char: str) -> bool:
    return bool(HAN_OR_DIGIT.match(char)) and not char.isdigit()


def repeated_opening(phrase: str) -> bool:
    """X?X?: four characters whose halves open with one character and differ in the second,
    none a particle (a set phrase a translator may render by one word: connectivity)."""
    if len(phrase) != SET_PHRASE_CHARS or not all(_han(c) for c in phrase):
        return False
    first, second, third, fourth = phrase[0], phrase[1], phrase[2], phrase[3]
    return (
        first == third
        and second != fourth
        and first != second
        and not {first, second, fourth} & STOP_WORDS
    )


def _coordinated_words(phrase: str) -> bool:
    """A nominal verb and a verb, or two adjectives, both dictionary words."""
    left, right = phrase[:2], phrase[2:]
    return (
        cedict.has_word(left)
        and cedict.has_word(right)
        and (word_pos(left), word_pos(right)) in _COORDINATED_POS
    )


def _opens(text: str, start: int) -> bool:
    return start == 0 or not _han(text[start - 1]) or text[start - 1] in _LINKS_BEFORE


def _closes(text: str, end: int) -> bool:
    return end == len(text) or not _han(text[end]) or text[end] in _LINKS_AFTER


def _stands_before(text: str, start: int, toks: list[Token]) -> bool:
    """Opens a clause, follows 的 or a linking word, or is the object of a verb."""
    return _opens(text, start) or any(
        t.end == start and t.pos == "v" and len(t.text) >= 2 for t in toks
    )


def _stands_after(text: str, end: int, toks: list[Token]) -> bool:
    """Ends a clause, comes before 的, 是 or a linking word, or modifies the noun after it."""
    return _closes(text, end) or any(
        t.start == end and t.pos in ("n", "vn") and len(t.text) >= 2 for t in toks
    )


def set_phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence holds a four-character set phrase standing as a unit."""
    toks = tokens(text)
    starts = {t.start for t in toks}
    out: list[tuple[int, int]] = []
    for start in range(len(text) - SET_PHRASE_CHARS + 1):
        end = start + SET_PHRASE_CHARS
        phrase = text[start:end]
        if not all(_han(c) for c in phrase):
            continue
        if repeated_opening(phrase):
            if _stands_before(text, start, toks) and _stands_after(text, end, toks):
                out.append((start, end))
            continue
        # Two dictionary words side by side are as often a verb and its object or a
        # modifier and its head: only a pair set off alone (between a comma and 的) counts.
        whole_words = start in starts and end in starts | {len(text)}
        set_off = whole_words and _opens(text, start) and _closes(text, end)
        if set_off and _coordinated_words(phrase):
            out.append((start, end))
    return out
