"""Which Chinese words of a sentence could render each English word of its translation.

An English word that no Chinese word outside a candidate renders is free: if it stands next to
the candidate's rendering, it probably belongs to it (数字鸿沟 -> digital divide, where CC-CEDICT
glosses 鸿沟 only as gulf, chasm, gap).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from duiyi.extract.chinese import tokens
from duiyi.extract.english import NOT_PLURAL, Word, stem, stems_match
from duiyi.extract.lexicon import (
    ENGLISH_PREFIXES,
    chinese_number,
    dictionary_glosses,
    pinyin_spellings,
    spelling_key,
    split_unknown,
)
from duiyi.extract.titles import spelled_names

Span = tuple[int, int]


def claimers(zh: str, words: Sequence[Word]) -> list[tuple[Span, ...]]:
    """For each English word, the (start, end) of every Chinese word in `zh` that may render it."""
    index: dict[str, list[tuple[str, Span]]] = defaultdict(list)
    spelled: dict[str, list[Span]] = defaultdict(list)
    # The words as candidates are cut, dictionary words rjieba splits joined (碳 中 和 -> 碳中和).
    for piece in tokens(zh):
        token, start, end = piece.text, piece.start, piece.end
        if not any("\u3400" <= ch <= "\u9fff" for ch in token):
            continue
        stems = {s for gloss in dictionary_glosses(token) for s in gloss}
        if not stems and len(token) > 1:
            # Only the dictionary words inside: single characters gloss too widely to claim.
            stems = {
                s
                for piece in split_unknown(token)
                if len(piece) > 1
                for gloss in dictionary_glosses(piece)
                for s in gloss
            }
        for s in stems:
            index[s[:4]].append((s, (start, end)))
        # A name renders the English word that spells its pinyin (昆明 Kunming), which the
        # dictionary's description of it (prefecture-level city ...) does not hold.
        for form in pinyin_spellings(token):
            for part in form:
                spelled[part].append((start, end))
        value = number_of(token)
        if value is not None:
            spelled[str(value)].append((start, end))  # 十二届 renders 12th, 第三代 3rd
    # A name whose pinyin the English spells though rjieba cuts it apart (甲 乙丙) renders it.
    for name in spelled_names(zh, words):
        for form in pinyin_spellings(name.text):
            for part in form:
                spelled[part].append((name.start, name.end))
    out: list[tuple[Span, ...]] = []
    for word in words:
        if word.function:
            out.append(())
            continue
        keys = [word.stem]
        lower = word.lower
        if short_plural(lower):
            keys.append(short_plural(lower))
        for prefix in ENGLISH_PREFIXES:
            if lower.startswith(prefix) and len(lower) - len(prefix) >= 4:
                keys.append(stem(lower[len(prefix) :]))
        found: set[Span] = set(spelled.get(spelling_key(word.text), ()))
        if word.text[:1].isdigit():
            found.update(spelled.get(word.stem, ()))
        for key in keys:
            for gloss_stem, span in index.get(key[:4], ()):
                if stems_match(key, gloss_stem):
                    found.add(span)
        out.append(tuple(sorted(found)))
    return out


@lru_cache(maxsize=65536)
def short_plural(lower: str) -> str:
    """The singular of a plural too short for the stemmer to strip (laws -> law, taxes ->
    tax), "" for any other word (news, bias)."""
    if lower in NOT_PLURAL:
        return ""
    for ending in ("es", "s"):
        base = lower[: -len(ending)]
        if lower.endswith(ending) and len(base) == 3 and base.isalpha() and not base.endswith("s"):
            return base
    return ""


@lru_cache(maxsize=65536)
def number_of(word: str) -> int | None:
    """The number a Chinese word counts, with 第 before it or a measure word after it (第三代
    3, 十二届 12, 2003年 2003); None when it counts none."""
    core = word.removeprefix("第")
    for body in (core, core[:-1]):
        if body.isdigit():
            return int(body)
        value = chinese_number(body)
        if value is not None:
            return value
    return None


def free_words(claims: Sequence[tuple[Span, ...]], start: int, end: int) -> list[bool]:
    """Which words no Chinese word reaching outside zh[start:end] renders (a word the
    candidate ends inside, 基础 of 基础设施, renders "infrastructure" for the whole word)."""
    return [all(start <= s_start and s_end <= end for s_start, s_end in spans) for spans in claims]
