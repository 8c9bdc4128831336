"""Counterparts of a span the user selects: English for a Chinese span, Chinese for English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from duiyi.document import SegmentPair
from duiyi.extract import english
from duiyi.extract.align import SpanMatch, all_spans, rendering_end, score_selection
from duiyi.extract.chinese import tokens
from duiyi.extract.claims import claimers, free_words
from duiyi.extract.lexicon import Component, component_variants, components
from duiyi.extract.types import SpanSuggestion
from duiyi.extract.verb_terms import object_after, verb_left_out, verb_object_spans

MAX_CHINESE_WORDS = 8


def suggest_english(
    pair: SegmentPair,
    zh_start: int,
    zh_end: int,
    *,
    known: Mapping[str, str] | None = None,
    limit: int = 5,
) -> list[SpanSuggestion]:
    """English spans of the pair that may render pair.zh[zh_start:zh_end], best first."""
    chinese = pair.zh[max(0, zh_start) : max(0, zh_end)].strip()
    if not chinese or not pair.en:
        return []
    if known and chinese in known:
        at = pair.en.lower().find(known[chinese].lower())
        if at >= 0:
            end = at + len(known[chinese])
            first = SpanSuggestion(pair.en[at:end], at, end, 1.0)
            rest = [s for s in _english_spans(pair, zh_start, zh_end, known) if s.start != at]
            return [first, *rest][:limit]
    return _english_spans(pair, zh_start, zh_end, known)[:limit]


SENTENCE_STRENGTH = 0.05
"""How firmly a free word is tied to the selection when only its sentence is known (as the
extractor rates a word the document never shows with the candidate): no trust earned."""


def _english_spans(
    pair: SegmentPair, zh_start: int, zh_end: int, known: Mapping[str, str] | None
) -> list[SpanSuggestion]:
    chinese = pair.zh[max(0, zh_start) : max(0, zh_end)].strip()
    words = english.words(pair.en)
    # Words no other Chinese word of the sentence renders may complete the rendering, as
    # in extraction (数字鸿沟 "digital divide", where the dictionary gives only "gulf").
    free = [
        SENTENCE_STRENGTH if is_free and not word.function else 0.0
        for is_free, word in zip(
            free_words(claimers(pair.zh, words), zh_start, zh_end), words, strict=True
        )
    ]
    flags = [f > 0.0 for f in free]
    verb_end = next((v.verb_end for v in verb_object_spans(chinese) if v.text == chinese), 0)
    matches = sorted(
        (
            _with_verb_and_object(chinese, verb_end, comps, words, flags, m)
            for comps in component_variants(chinese, known)
            for m in all_spans(comps, words, free, zh=pair.zh)
        ),
        key=lambda m: (-m.score, -m.explained),
    )
    out: list[SpanSuggestion] = []
    for match in matches:
        text = pair.en[match.start : match.end]
        if any(s.start == match.start and s.end == match.end for s in out):
            continue
        out.append(SpanSuggestion(text, match.start, match.end, round(match.score, 3)))
    return out


def _with_verb_and_object(
    chinese: str,
    verb_end: int,
    comps: list[Component],
    words: list[english.Word],
    free: list[bool],
    match: SpanMatch,
) -> SpanMatch:
    """The span of a verb-object selection widened, as extraction widens it, back to a verb
    the glosses missed ("Building a ...", scored as the span it widens) and on to an object
    across "to his" ("presents tribute to his emperor", when that scores better). `verb_end`
    is where the verb ends in a selection that is a verb-object unit, else 0."""
    at = verb_left_out(comps, words, free, match.start_word, match.end_word)
    if at is not None:
        match = replace(match, start_word=at, start=words[at].start)
    if verb_end:
        end = object_after(chinese, verb_end, words, match.end_word)
        wider = score_selection(comps, words, match.start_word, end)
        if end != match.end_word and wider is not None and wider.score > match.score:
            match = replace(
                wider,
                start_word=match.start_word,
                end_word=end,
                start=match.start,
                end=rendering_end(words[end]),
            )
    return match


def suggest_chinese(
    pair: SegmentPair,
    en_start: int,
    en_end: int,
    *,
    known: Mapping[str, str] | None = None,
    limit: int = 5,
) -> list[SpanSuggestion]:
    """Chinese spans of the pair that pair.en[en_start:en_end] may render, best first."""
    words = english.words(pair.en)
    selected = [k for k, w in enumerate(words) if w.start < en_end and w.end > en_start]
    if not selected or not pair.zh:
        return []
    lo, hi = selected[0], selected[-1]
    selection = pair.en[words[lo].start : words[hi].end].lower()
    toks = [t for t in tokens(pair.zh)]
    scored: list[SpanSuggestion] = []
    for i, first in enumerate(toks):
        if not first.text.strip() or not _is_text(first.text):
            continue
        for j in range(i, min(len(toks), i + MAX_CHINESE_WORDS)):
            if not _is_text(toks[j].text):
                break
            chinese = pair.zh[first.start : toks[j].end]
            if known and known.get(chinese, "").lower() == selection:
                score = 1.0
            else:
                match = score_selection(components(chinese, known), words, lo, hi)
                if match is None:
                    continue
                score = match.score
            scored.append(SpanSuggestion(chinese, first.start, toks[j].end, round(score, 3)))
    # Best score first; among equals the shorter span, which adds nothing unexplained.
    scored.sort(key=lambda s: (-s.score, s.end - s.start))
    return scored[:limit]


def _is_text(token: str) -> bool:
    return any(ch.isalnum() for ch in token)
