"""Counterparts of a span the user selects: English for a Chinese span, Chinese for English."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from duiyi import cedict
from duiyi.document import SegmentPair
from duiyi.extract import english
from duiyi.extract.align import (
    GRAMMATICAL,
    Matcher,
    SpanMatch,
    all_spans,
    rendering_end,
    score_selection,
)
from duiyi.extract.chinese import NOMINAL_SUFFIXES, tokens
from duiyi.extract.claims import claimers, free_words
from duiyi.extract.english import LIGHT_WORDS, demonym_bases, is_adverb
from duiyi.extract.lexicon import (
    Component,
    component_variants,
    components,
    dictionary_glosses,
    initials,
    spelling_key,
)
from duiyi.extract.phrases import ends_with_adjective, ends_with_predicate
from duiyi.extract.types import Occurrence, SpanSuggestion, TermCandidate
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
            free_words(_claimers(pair.zh, pair.en), zh_start, zh_end), words, strict=True
        )
    ]
    flags = [f > 0.0 for f in free]
    verb_end = next((v.verb_end for v in verb_object_spans(chinese) if v.text == chinese), 0)
    variants = component_variants(chinese, known)
    matches = sorted(
        (
            _widened(
                variants,
                words,
                flags,
                _with_verb_and_object(chinese, verb_end, comps, words, flags, m),
            )
            for comps in variants
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


def _widened(
    variants: Sequence[list[Component]],
    words: list[english.Word],
    free: list[bool],
    match: SpanMatch,
) -> SpanMatch:
    """The match widened to its whole phrase (whole_phrase), scored as the span it widens:
    the narrowest widening any split of the Chinese asks for, as completed() widens, so a
    span found by one split is widened alike by another (an acronym spells a whole word)."""
    here = (match.start_word, match.end_word)
    wider = [
        span
        for span in (whole_phrase(comps, words, free, *here) for comps in variants)
        if span != here
    ]
    if not wider:
        return match
    lo, hi = min(wider, key=lambda span: span[1] - span[0])
    return replace(
        match, start_word=lo, end_word=hi, start=words[lo].start, end=rendering_end(words[hi])
    )


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


REORDER_PREPOSITIONS = frozenset({"of", "in", "for", "against", "on"})
"""Prepositions English puts between a Chinese word's rendering and its modifier's, in the
reverse order (台湾同胞 compatriots in Taiwan, 反腐败斗争 fight against corruption)."""
_ARTICLES = frozenset({"the", "a", "an"})
MAX_WIDENINGS = 4


def whole_phrase(
    comps: Sequence[Component],
    words: Sequence[english.Word],
    free: Sequence[bool],
    lo: int,
    hi: int,
) -> tuple[int, int]:
    """Words lo..hi (inclusive) widened to the whole phrase they start: across a preposition to
    a word rendering a part the span misses (fight against corruption), through a name's next
    capitalised word (Zheng He), and on to the noun a modifier needs (New Year greetings,
    global dilemma) when the Chinese head is unrendered or the span ends with an adjective."""
    matcher = Matcher(comps)
    for _ in range(MAX_WIDENINGS):
        wider = _across_preposition(matcher, words, lo, hi)
        if wider is None:
            wider = _modifier_before(matcher, words, lo, hi)
        if wider is None:
            wider = _name_goes_on(matcher, words, lo, hi)
        if wider is None:
            wider = _head_after(matcher, words, free, lo, hi)
        if wider is None:
            break
        lo, hi = wider
    return lo, hi


def _rendered(matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int) -> set[int]:
    """The components the words lo..hi render."""
    out: set[int] = set()
    for word in words[lo : hi + 1]:
        hits = matcher.word_hits(word)
        out |= {ci for ci, _, _ in hits.hits} | hits.acronym
    return out


def _missing(matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int) -> set[int]:
    """The components (particles aside) the words lo..hi render nothing of."""
    rendered = _rendered(matcher, words, lo, hi)
    return {
        ci
        for ci, comp in enumerate(matcher.comps)
        if comp.text not in GRAMMATICAL and ci not in rendered
    }


def _across_preposition(
    matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int
) -> tuple[int, int] | None:
    """The span reaching across a preposition (and an article) to a word that renders a
    component the span misses: English renders the Chinese parts in reverse order."""
    missing = _missing(matcher, words, lo, hi)
    if not missing or not _rendered(matcher, words, lo, hi):
        return None
    # After the span: head + preposition + what the Chinese put first.
    k = hi + 1
    if k < len(words) and words[k].lower in REORDER_PREPOSITIONS and not words[k].stop_before:
        k += 1
        if k < len(words) and words[k].lower in _ARTICLES and not words[k].stop_before:
            k += 1
        if (
            k < len(words)
            and not words[k].stop_before
            and _renders(matcher, words[k], missing, words)
        ):
            return lo, english.compound_end(words, k)
    # Before the span: what the Chinese put last + preposition (+ article) + the span.
    k = lo - 1
    if k >= 1 and words[k].lower in _ARTICLES and not words[lo].stop_before:
        k -= 1
    if k >= 1 and words[k].lower in REORDER_PREPOSITIONS and not words[k + 1].stop_before:
        j = k - 1
        if not words[k].stop_before and _renders(matcher, words[j], missing, words):
            return english.compound_start(words, j), hi
    return None


def _renders(
    matcher: Matcher,
    word: english.Word,
    missing: set[int],
    words: Sequence[english.Word] = (),
) -> bool:
    """Whether the word renders a missing component: by a gloss of the component, by one of
    one of its characters (保障 protection, as 保 "to protect"), or as an acronym spelling
    it (after the initials of a name the sentence writes out: HK of Hong Kong)."""
    return not word.function and bool(_ties(matcher, word, missing, words))


def _ties(
    matcher: Matcher,
    word: english.Word,
    missing: set[int],
    words: Sequence[english.Word] = (),
) -> set[int]:
    """The missing components the word renders (as _renders tells)."""
    if word.function or not missing:
        return set()
    hits = matcher.word_hits(word)
    tied = ({ci for ci, _, _ in hits.hits} | hits.acronym) & missing
    if tied:
        return tied
    chars, owners = _character_matcher(tuple(matcher.comps[ci] for ci in sorted(missing)))
    found = chars.word_hits(word)
    tied = {sorted(missing)[owners[ci]] for ci, _, _ in found.hits}
    return tied | _named_acronym(matcher, word, missing, words)


@lru_cache(maxsize=4096)
def _character_matcher(comps: tuple[Component, ...]) -> tuple[Matcher, tuple[int, ...]]:
    """A Matcher over the characters of the components of two characters or more, each
    glossed alone by its one-word glosses, and the component (its place in `comps`) each
    character comes from: English often renders a word by a morpheme's sense (保 protect)."""
    chars: list[Component] = []
    owners: list[int] = []
    for n, comp in enumerate(comps):
        if len(comp.text) < 2:
            continue
        for at, char in enumerate(comp.text):
            # One-word glosses only: a character's longer ones describe it as a written
            # sign or name a rare use (a stroke in Chinese characters).
            glosses = tuple(g for g in dictionary_glosses(char) if len(g) == 1)
            if glosses:
                chars.append(Component(char, comp.start + at, glosses, CHARACTER_WEIGHT))
                owners.append(n)
    return Matcher(chars), tuple(owners)


CHARACTER_WEIGHT = 0.5
"""The weight of a component read from one character of a longer word: a weaker reading."""
MIN_ACRONYM_REST = 2


def _named_acronym(
    matcher: Matcher, word: english.Word, missing: set[int], words: Sequence[english.Word]
) -> set[int]:
    """The missing component an acronym spells after the initials of a name the sentence
    writes out in full (a place and its office: the name's initials, then the office's)."""
    letters = word.text.replace("&", "")
    if not (letters.isupper() and letters.isalpha()) or len(letters) <= MIN_ACRONYM_REST:
        return set()
    names = _name_initials(words, word)
    for cut in range(1, len(letters) - MIN_ACRONYM_REST + 1):
        if letters[:cut].lower() not in names:
            continue
        rest = letters[cut:].lower()
        for ci in missing:
            comp = matcher.comps[ci]
            spelled = initials(comp.text) | {"".join(s[:1] for s in g) for g in comp.glosses}
            if len(comp.text) >= 2 and rest in spelled:
                return {ci}
    return set()


def _name_initials(words: Sequence[english.Word], other_than: english.Word) -> set[str]:
    """The initials of every run of two capitalised words or more in the words (a name
    written out), the given word aside."""
    out: set[str] = set()
    run: list[str] = []
    for word in [*words, None]:
        if (
            word is not None
            and word is not other_than
            and _capitalised(word)
            and not word.function
            and not (run and word.stop_before)
        ):
            run.append(word.text[0].lower())
            continue
        for a in range(len(run)):
            for b in range(a + 2, len(run) + 1):
                out.add("".join(run[a:b]))
        run = [word.text[0].lower()] if word is not None and _capitalised(word) else []
    return out


def _modifier_before(
    matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int
) -> tuple[int, int] | None:
    """The span reaching back to the word straight before it when that word renders a
    component the span misses, one the Chinese puts before those the span renders: a
    modifier English keeps before its head, as the Chinese does."""
    k = lo - 1
    if k < 0 or words[lo].stop_before or words[lo].joined_before or words[k].function:
        return None
    rendered = _rendered(matcher, words, lo, hi)
    missing = _missing(matcher, words, lo, hi)
    if not rendered or not missing:
        return None
    tied = _ties(matcher, words[k], missing, words)
    if tied and min(tied) < min(rendered):
        return english.compound_start(words, k), hi
    return None


def _name_goes_on(
    matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int
) -> tuple[int, int] | None:
    """The span reaching on to the next capitalised word when it ends in a capitalised one
    and a gloss of the Chinese spells that word too (Zheng He, where "He" looks like a
    function word) or the Chinese head is still unrendered: a name goes on, while a title
    whose head is rendered stops before the name after it."""
    k = english.compound_end(words, hi) + 1
    if k >= len(words) or words[k].stop_before or not _capitalised(words[hi]):
        return None
    if not _capitalised(words[k]):
        return None
    key = spelling_key(words[k].text)
    if any(key in gloss for comp in matcher.comps for gloss in comp.glosses):
        return lo, english.compound_end(words, k)
    if _can_be_verb(words[hi], words[k]):
        return None  # a heading's verb after its subject (... Congress Opens Session)
    if not words[k].function and _head_missing(matcher, words, lo, hi):
        return lo, english.compound_end(words, k)  # the name's last word renders its head (Day)
    return None


def _can_be_verb(before: english.Word, word: english.Word) -> bool:
    """Whether the word may be the verb of a subject ending with `before`: a past tense, or
    a bare verb with -s after a singular word (Opens, Reopened, Said)."""
    if ends_with_predicate(f"{before.lower} {word.lower}"):
        return True
    singular = english.normalise(before.lower) == before.lower
    bases = _verb_bases(word.lower) if word.lower.endswith("s") else set()
    return singular and bool(bases & cedict.english_verbs())


def _capitalised(word: english.Word) -> bool:
    return word.text[:1].isupper() and not word.text.isupper()


def _head_after(
    matcher: Matcher,
    words: Sequence[english.Word],
    free: Sequence[bool],
    lo: int,
    hi: int,
) -> tuple[int, int] | None:
    """The span reaching on to the free noun after it when its own last word cannot end the
    phrase: an adjective needs its noun (global dilemma), and the words rendering only the
    Chinese modifiers need the head the dictionary does not connect (New Year greetings)."""
    hi = english.compound_end(words, hi)
    k = hi + 1
    if k >= len(words) or words[k].stop_before or words[k].function or not free[k]:
        return None
    after = words[k]
    if after.text[:1].isdigit() or is_adverb(after.lower) or after.lower in LIGHT_WORDS:
        return None
    if _capitalised(after) and not _capitalised(words[hi]) and not _noun_after_plural(after):
        return None  # a name after a common word starts a phrase of its own (a people's
        # adjective used as a noun may end it: overseas Chinese)
    if _capitalised(after) and _can_be_verb(words[hi], after):
        return None  # a heading's verb after its subject, both capitalised
    if words[hi].lower.endswith("s") and not _noun_after_plural(after):
        return None  # a plural ends its noun phrase: the clause goes on (ceremonies remain)
    if _gloss_rest_elsewhere(matcher, words, lo, hi):
        return None  # the sentence writes the gloss's head later (medical ... insurance)
    span_text = " ".join(w.text for w in words[lo : hi + 1])
    end = english.compound_end(words, k)
    if ends_with_predicate(" ".join(w.text for w in words[lo : end + 1])):
        return None  # a subject and its verb (reform launched)
    if words[hi].lower.endswith("ed") and matcher.word_hits(after).hits:
        return lo, end  # a participle and the noun it qualifies, both glossed (unified provisions)
    if ends_with_adjective(span_text):
        # The adjective's noun is the term's head only when the sentence renders that head
        # nowhere else (medical preferences ... provides insurance), and a one-word term's
        # only when the adjective leaves it unrendered (社会 social media is no term).
        if len(_heads(matcher)) == 1 and not _missing(matcher, words, lo, hi):
            return None
        return None if _head_rendered_outside(matcher, words, lo, hi) else (lo, end)
    # Only a span ending in a word the dictionary ties to the Chinese lacks its head: one
    # ending in a word filled in may end in the head itself (space debris).
    if matcher.word_hits(words[hi]).hits and _head_missing(matcher, words, lo, hi):
        return lo, end
    return None


def _heads(matcher: Matcher) -> list[int]:
    """The components that are words of their own, particles aside."""
    return [ci for ci, c in enumerate(matcher.comps) if c.text not in GRAMMATICAL]


def _head_missing(matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int) -> bool:
    """Whether the Chinese head (its last component) is unrendered, or rendered by the first
    words of a gloss without the last ("developed" of "developed nation"), while the span
    renders some other component: the English head noun comes after the words found."""
    heads = [ci for ci, c in enumerate(matcher.comps) if c.text not in GRAMMATICAL]
    if not heads:
        return False
    head = heads[-1]
    found: dict[int, set[int]] = {}
    for word in words[lo : hi + 1]:
        for ci, gi, si in matcher.word_hits(word).hits:
            if ci == head:
                found.setdefault(gi, set()).add(si)
    if not found:
        return bool(_rendered(matcher, words, lo, hi) - {head})
    glosses = matcher.comps[head].glosses
    # A gloss's closing particle is no head of its own (opening up).
    return all(
        len(glosses[gi]) - 1 not in have and glosses[gi][-1] not in english.FUNCTION_WORDS
        for gi, have in found.items()
    )


FALLBACK_SHARE = 0.3
"""The share of its score a suggestion keeps as the confidence of a term extraction found no
English for: the dictionary evidence the extractor asks for is missing."""


def completed(
    term: str,
    candidate: TermCandidate | None,
    pairs: Sequence[SegmentPair],
    known: Mapping[str, str] | None = None,
) -> TermCandidate | None:
    """A listed term's candidate with its English widened to the whole phrase in the pairs
    (whole_phrase); with no candidate, the best suggestion for the term's occurrences, at a
    low confidence, as the reader would light it up."""
    if candidate is None:
        return _suggested(term, pairs, known)
    variants = component_variants(term, known)
    wanted = english.normalise(candidate.english)
    widened: Counter[tuple[str, str]] = Counter()
    occurrences = list(candidate.occurrences)
    for n, occ in enumerate(occurrences):
        if occ.en_start < 0 or not 0 <= occ.pair_index < len(pairs):
            continue
        pair = pairs[occ.pair_index]
        if english.normalise(pair.en[occ.en_start : occ.en_end]) != wanted:
            continue
        if _bracketed(candidate.english, pair.zh):
            return candidate  # the writer glosses the term in the Chinese: that is its English
        words = english.words(pair.en)
        inside = [k for k, w in enumerate(words) if occ.en_start <= w.start < occ.en_end]
        if not inside:
            continue
        flags = free_words(_claimers(pair.zh, pair.en), occ.zh_start, occ.zh_end)
        # The narrowest widening any split asks for: a finer split may leave a part unrendered
        # (圣诞 节 Christmas Day), but what one split runs on to another need not.
        spans = [whole_phrase(comps, words, flags, inside[0], inside[-1]) for comps in variants]
        wider = [span for span in spans if span != (inside[0], inside[-1])]
        if wider:
            lo, hi = min(wider, key=lambda span: span[1] - span[0])
            start, end = words[lo].start, rendering_end(words[hi])
            before, after = pair.en[start : occ.en_start], pair.en[occ.en_end : end]
            if pair.en[occ.en_start : occ.en_end] != candidate.english:
                # The candidate lowers a heading's case: the words it is widened by too.
                before, after = before.lower(), after.lower()
            widened[(before, after)] += 1
            occurrences[n] = replace(occ, en_start=start, en_end=end)
    if not widened:
        return candidate
    (before, after), _ = widened.most_common(1)[0]
    return replace(
        candidate,
        english=before + candidate.english + after,
        occurrences=tuple(occurrences),
        other_english=(candidate.english, *candidate.other_english),
    )


def _suggested(
    term: str, pairs: Sequence[SegmentPair], known: Mapping[str, str] | None
) -> TermCandidate | None:
    """The suggestion most of the term's occurrences agree on, as a low-confidence candidate;
    sentences are read before the paragraphs holding them."""
    parents = {p.parent for p in pairs if p.parent is not None}
    for chosen in (
        [k for k in range(len(pairs)) if k not in parents],
        sorted(k for k in parents if k is not None and 0 <= k < len(pairs)),
    ):
        votes: dict[str, float] = {}
        texts: dict[str, str] = {}
        places: list[tuple[int, int, SpanSuggestion | None]] = []
        for index in chosen:
            pair = pairs[index]
            at = pair.zh.find(term) if pair.en else -1
            while at >= 0:
                if len(places) >= MAX_PLACES:
                    # Beyond those read, an occurrence shows the English most agree on.
                    places.append((index, at, None))
                    at = pair.zh.find(term, at + len(term))
                    continue
                found = suggest_english(pair, at, at + len(term), known=known, limit=1)
                places.append((index, at, found[0] if found else None))
                if found:
                    key = english.normalise(found[0].text)
                    votes[key] = votes.get(key, 0.0) + found[0].score
                    texts.setdefault(key, found[0].text)
                at = pair.zh.find(term, at + len(term))
        if not votes:
            continue
        best = max(votes, key=lambda k: votes[k])
        right = [s for _, _, s in places if s is not None and english.normalise(s.text) == best]
        occurrences = tuple(
            Occurrence(index, at, at + len(term), s.start, s.end)
            if s is not None and english.normalise(s.text) == best
            else Occurrence(
                index,
                at,
                at + len(term),
                *(_found_in(pairs[index].en, texts[best]) if n >= MAX_PLACES else (-1, -1)),
            )
            for n, (index, at, s) in enumerate(places)
        )
        return TermCandidate(
            chinese=term,
            english=texts[best],
            pinyin="",
            confidence=round(FALLBACK_SHARE * sum(s.score for s in right) / len(right), 3),
            frequency=len(places),
            occurrences=occurrences,
        )
    return _left_over(term, pairs)


LEFTOVER_CONFIDENCE = 0.05
"""The confidence of English found only as what the sentence leaves unexplained."""
RECURRENCE_WEIGHT = 2
MAX_PLACES = 40
"""The most occurrences of a term read for its English: more agree as these do, and reading
every one costs time in proportion to their number squared."""


def guessed(candidate: TermCandidate) -> bool:
    """Whether the candidate's English was guessed from what its sentences leave unexplained
    (_left_over), with no dictionary evidence at all."""
    return candidate.confidence == LEFTOVER_CONFIDENCE


def _left_over(term: str, pairs: Sequence[SegmentPair]) -> TermCandidate | None:
    """English the dictionary cannot tie to the term, found as what is left of its sentences:
    a run of words no other Chinese word of the sentence renders, standing between the
    renderings of the term's Chinese neighbours in most of its sentences (recurring in
    them weighs more)."""
    parents = {p.parent for p in pairs if p.parent is not None}
    places: list[tuple[int, int]] = []
    for index, pair in enumerate(pairs):
        if index in parents or not pair.en:
            continue
        at = pair.zh.find(term)
        while at >= 0:
            places.append((index, at))
            at = pair.zh.find(term, at + len(term))
    read = places[:MAX_PLACES]
    runs = {(i, a): _free_runs(pairs[i], a, a + len(term)) for i, a in read}
    # Each run's words once per sentence, so a run recurs only as whole words (like, not likely).
    keys_in: dict[int, set[str]] = {}
    for (index, _), found_runs in runs.items():
        keys_in.setdefault(index, set()).update(
            english.normalise(pairs[index].en[start:end]) for start, end, _, _ in found_runs
        )
    votes: Counter[str] = Counter()
    inside_at: dict[str, set[int]] = {}
    nearness: dict[str, float] = {}
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    for index, at in read:
        pair = pairs[index]
        window, share = _between_neighbours(pair, at, at + len(term))
        if window is None:
            continue
        for start, end, run_start, run_end in runs[(index, at)]:
            if not window[0] <= start or not end <= window[1]:
                continue
            key = english.normalise(pair.en[start:end])
            recurs = sum(key in keys for other, keys in keys_in.items() if other != index)
            # Recurring with the term in its other sentences weighs more than a place.
            votes[key] += 1 + RECURRENCE_WEIGHT * recurs
            found.setdefault(key, []).append((index, at, start, end))
            inside_at.setdefault(key, set()).add(index)
            # As far into the stretch as the term stands between its neighbours; the whole
            # run's place: its parts stand or fall with it.
            place = ((run_start + run_end) / 2 - window[0]) / max(1, window[1] - window[0])
            nearness[key] = max(nearness.get(key, -1.0), -abs(place - share))
    # Only a run standing between the neighbours in half the sentences read or more is the
    # term's (a name English puts first stands elsewhere in the other half).
    standing = [k for k in votes if 2 * len(inside_at[k]) >= len(keys_in)]
    if not standing:
        return None
    # Of runs alike, the one nearest where the term stands, then the whole run (critical
    # juncture, not critical).
    best = max(standing, key=lambda k: (votes[k], nearness.get(k, -1.0), len(k)))
    index, _, start, end = found[best][0]
    text = pairs[index].en[start:end]
    chosen = {(i, a): (s, e) for i, a, s, e in found[best]}
    return TermCandidate(
        chinese=term,
        english=text,
        pinyin="",
        confidence=LEFTOVER_CONFIDENCE,
        frequency=len(places),
        occurrences=tuple(
            Occurrence(i, a, a + len(term), *chosen.get((i, a), _found_in(pairs[i].en, text)))
            for i, a in places
        ),
    )


def _found_in(en: str, text: str) -> tuple[int, int]:
    """Where the English holds the text as whole words (any case), else (-1, -1)."""
    hit = re.search(r"\b" + re.escape(text) + r"\b", en, re.IGNORECASE)
    return (hit.start(), hit.end()) if hit else (-1, -1)


def _free_runs(pair: SegmentPair, zh_start: int, zh_end: int) -> list[tuple[int, int, int, int]]:
    """Character spans of the runs of content words of pair.en that no Chinese word outside
    zh_start..zh_end may render, and of their parts, as many words long as the term has
    characters at most (two at least), each with the span of its whole run."""
    words = english.words(pair.en)
    claims = _claims(pair.zh, pair.en)
    free = [
        not w.function and not c and not w.text[:1].isdigit()
        for w, c in zip(words, claims, strict=True)
    ]
    runs: list[tuple[int, int, int, int]] = []
    k = 0
    while k < len(words):
        if not free[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(words) and free[j + 1] and not words[j + 1].stop_before:
            j += 1
        # Every part of the run may be the rendering ("Gyatso" of "Gyatso smiled").
        longest = max(2, zh_end - zh_start)
        runs += [
            (words[a].start, rendering_end(words[b]), words[k].start, rendering_end(words[j]))
            for a in range(k, j + 1)
            for b in range(a, min(j, a + longest - 1) + 1)
            if not words[a].joined_before and not (b + 1 <= j and words[b + 1].joined_before)
        ]
        k = j + 1
    return runs


@lru_cache(maxsize=512)
def _claimers(zh: str, en: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """claimers of the English's words, kept: every listed term reads the same sentences."""
    return tuple(claimers(zh, english.words(en)))


@lru_cache(maxsize=512)
def _claims(zh: str, en: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """claimers, with a verb's forms claimed by the Chinese verb rendering it: an irregular
    past tense by the word glossing its bare verb (说 say, said), and an inflected form by a
    single character glossing it inside a longer word (说些 ... says)."""
    words = english.words(en)
    out = list(_claimers(zh, en))
    by_character: list[tuple[tuple[int, int], ...]] | None = None
    for k, word in enumerate(words):
        if out[k] or word.function:
            continue
        base = english.IRREGULAR_PAST.get(word.lower)
        if base is not None:
            out[k] = claimers(zh, english.words(base))[0]
        elif _verb_bases(word.lower) & cedict.english_verbs():
            if by_character is None:
                # Each character alone, spaced: its offset in zh is half that in the spacing.
                by_character = claimers(" ".join(zh), words)
            out[k] = tuple((s // 2, s // 2 + 1) for s, _ in by_character[k])
    return tuple(out)


def _verb_bases(lower: str) -> set[str]:
    """The bare verbs an inflected form may come from (says say, agreed agree, making make)."""
    if lower.endswith("ing") and len(lower) > 5:
        return {lower[:-3], lower[:-3] + "e"}
    if lower.endswith("ed") and len(lower) > 4:
        return {lower[:-1], lower[:-2], lower[:-3]}
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return {lower[:-1], lower[:-2]}
    return set()


def _between_neighbours(
    pair: SegmentPair, zh_start: int, zh_end: int
) -> tuple[tuple[int, int] | None, float]:
    """The stretch of pair.en between the renderings of the nearest Chinese words before and
    after the term (in either order), where the term's own rendering stands, and how far into
    the Chinese between those words the term stands (0..1)."""
    words = english.words(pair.en)
    claims = _claims(pair.zh, pair.en)
    before = [(s[1], k) for k, c in enumerate(claims) for s in c if s[1] <= zh_start]
    after = [(-s[0], k) for k, c in enumerate(claims) for s in c if s[0] >= zh_end]
    if not before and not after:
        return None, 0.0
    # With no neighbour on one side, the sentence's edge bounds the stretch.
    near_before = max(before)[0] if before else 0
    near_after = -max(after)[0] if after else len(pair.zh)
    lo = min(k for end, k in before if end == near_before) if before else -1
    hi = min(k for start, k in after if -start == near_after) if after else len(words)
    share = ((zh_start + zh_end) / 2 - near_before) / max(1, near_after - near_before)
    if lo > hi:
        lo, hi, share = hi, lo, 1.0 - share
    if hi - lo < 2:
        return None, share
    start = words[lo].end if lo >= 0 else 0
    end = words[hi].start if hi < len(words) else len(pair.en)
    return (start, end), share


def _noun_after_plural(word: english.Word) -> bool:
    """Whether a word after one ending in s may still be the phrase's noun: a people named
    by its adjective (overseas Chinese) or a noun by its ending (overseas investment), not a
    verb of the clause (ceremonies remain)."""
    if _capitalised(word):
        return bool(demonym_bases(word.lower.removesuffix("s")))
    return word.lower.endswith(NOMINAL_SUFFIXES)


def _outside_hits(
    matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int
) -> dict[tuple[int, int], set[int]]:
    """For each (component, gloss), the stems words outside lo..hi match."""
    outside: dict[tuple[int, int], set[int]] = {}
    for k, word in enumerate(words):
        if not lo <= k <= hi:
            for ci, gi, si in matcher.word_hits(word).hits:
                outside.setdefault((ci, gi), set()).add(si)
    return outside


def _gloss_rest_elsewhere(
    matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int
) -> bool:
    """Whether the span holds part of a gloss whose missing words stand elsewhere in the
    sentence ("medical" of "medical insurance", with "insurance" later): the rendering's head
    is there, and the noun after the span belongs to the clause."""
    found: dict[tuple[int, int], set[int]] = {}
    for word in words[lo : hi + 1]:
        for ci, gi, si in matcher.word_hits(word).hits:
            found.setdefault((ci, gi), set()).add(si)
    outside = _outside_hits(matcher, words, lo, hi)
    return any(key in found and stems - found[key] for key, stems in outside.items())


def _head_rendered_outside(
    matcher: Matcher, words: Sequence[english.Word], lo: int, hi: int
) -> bool:
    """Whether a whole gloss of the Chinese head stands outside lo..hi (provides insurance,
    for 保险); a word of a longer gloss ("wish" of "wish well") may be the sentence's own."""
    heads = [ci for ci, c in enumerate(matcher.comps) if c.text not in GRAMMATICAL]
    return bool(heads) and any(
        ci == heads[-1] and len(stems) == len(matcher.comps[ci].glosses[gi])
        for (ci, gi), stems in _outside_hits(matcher, words, lo, hi).items()
    )


def _bracketed(english_text: str, zh: str) -> bool:
    """Whether the Chinese writes the English in brackets, as a gloss (甲烷(methane))."""
    pattern = r"[(（]\s*" + re.escape(english_text) + r"\s*[)）]"
    return re.search(pattern, zh, re.IGNORECASE) is not None
