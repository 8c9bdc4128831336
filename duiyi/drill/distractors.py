"""Wrong options for a multiple-choice item: plausible (same document, lesson or deck, similar
length and form, sharing characters or words), never right, never alike."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from duiyi.drill.answers import are_twins, near_duplicates
from duiyi.drill.terms import DrillTerm

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ing", "ed", "al", "ic", "ive", "ly")
_ARTICLES = frozenset({"a", "an", "the", "of", "and", "to", "in", "for", "on", "with"})
# How much chance varies the choice between seeds: enough that version B differs from A, too
# little to let an unrelated term beat one from the same document.
_NOISE = 1.5


def _suffix(word: str) -> str:
    return next((s for s in _SUFFIXES if word.endswith(s)), "")


def _english_likeness(answer: str, option: str) -> float:
    a_words, o_words = answer.lower().split(), option.lower().split()
    score = -abs(len(a_words) - len(o_words)) - abs(len(answer) - len(option)) / 8
    if a_words and o_words and _suffix(a_words[-1]) == _suffix(o_words[-1]):
        score += 1.0  # the same kind of head word: a noun phrase for a noun phrase
    if a_words[:1] == ["to"] and o_words[:1] == ["to"]:
        score += 1.0  # both verbs
    shared = (set(a_words) & set(o_words)) - _ARTICLES
    return score + 1.5 * min(len(shared), 2)


def _chinese_likeness(answer: str, option: str) -> float:
    a_chars, o_chars = _HAN.findall(answer), _HAN.findall(option)
    score = -abs(len(a_chars) - len(o_chars)) * 1.0
    if a_chars and o_chars and a_chars[-1] == o_chars[-1]:
        score += 1.0  # the same head character: 化 for 化, 性 for 性
    return score + 1.0 * min(len(set(a_chars) & set(o_chars)), 3)


def plausibility(term: DrillTerm, other: DrillTerm, *, chinese_options: bool) -> float:
    """How good a wrong option `other` makes for `term`: shared material first, then likeness."""
    score = 0.0
    if term.document_ids & other.document_ids:
        score += 3.0
    if term.lesson_ids & other.lesson_ids:
        score += 2.0
    if term.deck_id is not None and term.deck_id == other.deck_id:
        score += 1.0
    if term.tags & other.tags:
        score += 0.5
    if chinese_options:
        return score + _chinese_likeness(term.chinese, other.chinese)
    return score + _english_likeness(term.preferred, other.preferred)


def choose_distractors(
    term: DrillTerm,
    *,
    pool: Sequence[DrillTerm],
    known: Sequence[DrillTerm],
    chinese_options: bool,
    wanted: int,
    rng: random.Random,
) -> list[str]:
    """Up to `wanted` wrong options for `term`, drawn from `pool` only.

    Never a right answer: no term in `known` (the drill's terms and the pool) that is a twin of
    `term` (same Chinese, or an English in common) lends an option, and no option is alike to
    any right answer or to another option.
    """
    rights = [k for k in known if are_twins(term, k)]
    right_texts = [text for k in rights for text in _texts(k, chinese_options)]
    scored: list[tuple[float, int, DrillTerm]] = []
    for other in sorted(pool, key=lambda t: t.term_id):
        if not other.english or not other.chinese:
            continue
        if any(are_twins(other, right) for right in rights):
            continue
        noise = rng.random() * _NOISE
        scored.append(
            (
                plausibility(term, other, chinese_options=chinese_options) + noise,
                other.term_id,
                other,
            )
        )
    scored.sort(key=lambda s: (-s[0], s[1]))
    chosen: list[str] = []
    for _score, _id, other in scored:
        option = other.chinese if chinese_options else other.preferred
        if any(near_duplicates(option, r, chinese=chinese_options) for r in right_texts):
            continue
        if any(near_duplicates(option, c, chinese=chinese_options) for c in chosen):
            continue
        chosen.append(option)
        if len(chosen) == wanted:
            break
    return chosen


def _texts(term: DrillTerm, chinese: bool) -> tuple[str, ...]:
    return (term.chinese,) if chinese else term.english
