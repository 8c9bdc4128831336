"""Find the English span that renders a Chinese candidate inside one aligned sentence pair.

A span is scored by how much of the Chinese it renders (each component by the best share of one
of its glosses found in the span) and how much of its English the Chinese explains. Spans never
start or end with a function word, never cut a hyphenated word and never cross phrase-ending
punctuation; of/for/in/with/and/the/to/on may stand inside (community with a shared future).
Word order inside the span is free, so reordered renderings (网络空间X -> X in cyberspace) are
found like any other. A span never holds a Latin word the Chinese writes outside the candidate
(IPv6 before 支持度), nor ends with a subject and its bare verb (citizens participate).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, pairwise

from duiyi import cedict
from duiyi.extract import english
from duiyi.extract.chinese import verb_share
from duiyi.extract.claims import number_of, short_plural
from duiyi.extract.english import (
    ADVERBS,
    INTERNAL_WORDS,
    LIGHT_WORDS,
    Word,
    demonym_bases,
    ending_keys,
    is_adverb,
    stem,
    stems_match,
)
from duiyi.extract.lexicon import (
    ENGLISH_PREFIXES,
    Component,
    acronym_components,
    spelling_key,
)

MAX_SPAN_WORDS = 12
_INSIDE_WORDS = INTERNAL_WORDS | {"between"}
"""Function words a span may hold: "between" joins the two nouns a Chinese X与Y renders
(harmony between humanity and nature)."""
_ARTICLES = frozenset({"the", "a", "an"})
FILL_DISCOUNT = 0.1
FREE_REACH = 2


GRAMMATICAL = frozenset("的之了和与及")
"""Chinese particles and conjunctions a rendering needs no content word for (喜庆的红色
"jubilant red"): their dictionary senses (的 target, 和 harmonious) are other words."""


def _rendered_chars(comps: Sequence[Component]) -> int:
    """The characters of the components a rendering must render (at least 1)."""
    return sum(len(c.text) for c in comps if c.text not in GRAMMATICAL) or 1


@dataclass(frozen=True)
class SpanMatch:
    """The best English span for a candidate in one pair."""

    start_word: int
    end_word: int
    """Inclusive word indexes."""
    start: int
    end: int
    """Character offsets in the English text."""
    zh_cover: float
    en_cover: float
    filled: float = 0.0
    """The part of zh_cover that free words filled in rather than the dictionary."""
    fill_strength: float = 1.0
    """How firmly the document ties the filling words to the candidate (the weakest one's
    strength; 1.0 when nothing was filled)."""
    explained: int = 0
    """How many words of the chosen glosses the span holds (a word repeated counts once; a
    near synonym joined by "and", rights and interests, counts too)."""

    @property
    def score(self) -> float:
        """Combined evidence, 0..1; of two spans that cover alike, the one the dictionary
        explains more (carbon neutrality, not peaking carbon, for 碳中和)."""
        return float(self.zh_cover * self.en_cover**0.7 * (1.0 - FILL_DISCOUNT * self.filled))


def _acronym_hits(word: Word, comps: Sequence[Component]) -> set[int]:
    """Components an all-capitals word spells by the initials of their glosses (ICT, UN)."""
    return acronym_components(word.text, comps)


@lru_cache(maxsize=65536)
def _prefix_rests(lower: str) -> tuple[tuple[str, str], ...]:
    """The combining forms a word starts with and the stem of the rest (cybersecurity ->
    cyber, secur), where the rest is long enough to be a word."""
    out = []
    for prefix in ENGLISH_PREFIXES:
        if lower.startswith(prefix):
            rest = lower[len(prefix) :].lstrip("-")
            if len(rest) >= 4:
                out.append((prefix, stem(rest)))
    return tuple(out)


@dataclass
class _WordHits:
    """Which components (and which gloss stems of them) each English word renders."""

    pieces: int
    hits: list[tuple[int, int, int]]
    """(component, gloss, stem index) for every stem the word matches."""
    acronym: set[int]
    explained: int
    """How many of the word's pieces are explained."""


class Matcher:
    """Which components each English word renders, for one candidate; words are looked up once
    (a candidate is aligned in many sentences that share most of their words)."""

    def __init__(self, comps: Sequence[Component]) -> None:
        self.comps = comps
        self._index: dict[str, list[tuple[int, int, int, str]]] = {}
        self._stems: list[tuple[int, int, int, str]] = []
        self._spelled: dict[str, list[tuple[int, int, int]]] = {}
        for ci, comp in enumerate(comps):
            if comp.text in GRAMMATICAL:
                continue
            first_spelled = len(comp.glosses) - comp.spelled
            for gi, gloss in enumerate(comp.glosses):
                for si, s in enumerate(gloss):
                    if gi >= first_spelled:
                        # Pinyin renders a name only spelt exactly so (Xi'an, not Xiang).
                        self._spelled.setdefault(s, []).append((ci, gi, si))
                        continue
                    self._index.setdefault(s[:4], []).append((ci, gi, si, s))
                    self._stems.append((ci, gi, si, s))
        # The stems a word may open with (a stem of four letters or more prefixing it shares
        # its first four) or end with (one of six or more sharing its end shares the last
        # six), in the order of _stems: most words match no gloss and are tried as
        # compounds, which scanning every stem for made long sentences slow.
        self._openers: dict[str, list[tuple[int, int, int, str]]] = {}
        self._enders: dict[str, list[tuple[int, int, int, str]]] = {}
        for found in self._stems:
            s = found[3]
            if len(s) >= 4:
                self._openers.setdefault(s[:4], []).append(found)
            if len(s) >= 6:
                self._enders.setdefault(s[-6:], []).append(found)
        self._numbers: dict[str, set[int]] = {}
        for ci, comp in enumerate(comps):
            value = number_of(comp.text)
            if value is not None:
                self._numbers.setdefault(str(value), set()).add(ci)
        self._cache: dict[tuple[str, bool], _WordHits] = {}
        self.required = frozenset(
            part
            for comp in comps
            if comp.spelled and comp.spelled == len(comp.glosses)
            for gloss in comp.glosses
            for part in gloss
        )
        """Spellings of which one must stand in the sentence: a word read only by its pinyin
        renders nothing else, so without its name the variant is no reading at all."""
        self.phrases = tuple(dict.fromkeys(p for comp in comps for p in _gloss_phrases(comp.text)))
        """The components' glosses of two or more words (internet of things)."""

    def stem_hits(self, piece: str) -> list[tuple[int, int, int]]:
        """(component, gloss, stem index) of every gloss stem matching the piece."""
        # Matching stems share their first four letters (or are equal and shorter).
        return [
            (ci, gi, si)
            for ci, gi, si, s in self._index.get(piece[:4], ())
            if stems_match(piece, s)
        ]

    def _closest(self, piece: str) -> list[tuple[int, int, int]]:
        """The stem hits of a word, without those of a shorter word it derives from when it
        is itself a gloss of another component: one word renders one word ("justice"
        renders 司法 justice, not also 公正 just)."""
        hits = self.stem_hits(piece)
        if len({ci for ci, _, _ in hits}) < 2:
            return hits
        glosses = [(h, self.comps[h[0]].glosses[h[1]][h[2]]) for h in hits]
        exact = {h[0] for h, s in glosses if s == piece}
        return [h for h, s in glosses if h[0] in exact or not exact or len(s) >= len(piece)]

    def _demonym_hits(self, lower: str) -> list[tuple[int, int, int]]:
        """The gloss stems a capitalised adjective of nationality names by its place (Chinese
        ~ China): equal stems only, as a short root prefixes many words, and only a stem
        CC-CEDICT capitalises, a place's name; any word opening a sentence or heading is
        capitalised too (Then is no demonym of 他们 "they")."""
        bases = demonym_bases(lower)
        return [
            (ci, gi, si)
            for ci, gi, si, s in self._stems
            if s in bases
            and any(
                stem(name) == s
                for gloss in cedict.glosses(self.comps[ci].text)
                for name in re.findall(r"\b[A-Z][a-z]+", gloss)
            )
        ]

    def word_hits(self, word: Word) -> _WordHits:
        """What the word renders of the candidate."""
        key = (word.text, word.function)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._word_hits(word)
        return found

    def _word_hits(self, word: Word) -> _WordHits:
        if word.function:
            return _WordHits(0, [], set(), 0)
        comps = self.comps
        hits = self._closest(word.stem) + self._spelled.get(spelling_key(word.text), [])
        short = short_plural(word.lower)
        if not hits and short:
            hits = self.stem_hits(short)
        if not hits and word.text[:1].isupper():
            hits = self._demonym_hits(word.lower)
        acronym = _acronym_hits(word, comps)
        if word.text[:1].isdigit():
            acronym |= self._numbers.get(word.stem, set())  # 十五 renders 15th
        if hits:
            # A derived word renders a suffix morpheme as well (modernization: 现代 and 化).
            base = {ci for ci, _, _ in hits}
            ending = [h for k in ending_keys(word.lower) for h in self.stem_hits(k)]
            ending = [h for h in ending if h[0] not in base]
            if ending:
                return _WordHits(2, hits + ending, acronym, 2)
            # A long combining form may match a gloss by itself (counterterrorism ~ 反
            # "counter"): the rest of the word renders another component.
            for prefix, rest_stem in _prefix_rests(word.lower):
                rest = [h for h in self.stem_hits(rest_stem) if h[0] not in base]
                if rest and base == {ci for ci, _, _, s in self._stems if s == prefix}:
                    return _WordHits(2, hits + rest, acronym, 2)
        if acronym or hits:
            return _WordHits(1, hits, acronym, 1)
        # A compound with a combining form (cybersecurity, underdeveloped): two pieces, the
        # rest rendering one component and the combining form perhaps another.
        for prefix, rest_stem in _prefix_rests(word.lower):
            rest_hits = self.stem_hits(rest_stem)
            if rest_hits:
                prefix_hits = [(ci, gi, si) for ci, gi, si, s in self._stems if s == prefix]
                return _WordHits(2, rest_hits + prefix_hits, set(), 1 + bool(prefix_hits))
        # A closed compound of two glossed words (adaptability ~ adapt + ability) renders two
        # components.
        lower = word.lower
        for ci, gi, si, s in self._openers.get(lower[:4], ()):
            if len(lower) - len(s) < 4 or not lower.startswith(s):
                continue
            rest_hits = [h for h in self.stem_hits(stem(lower[len(s) :])) if h[0] != ci]
            if rest_hits:
                return _WordHits(2, [(ci, gi, si), *rest_hits], set(), 2)
        # The head of any other closed compound (interconnect ~ connect) renders its component.
        own = word.stem
        if len(own) < 6:
            return _WordHits(1, [], set(), 0)
        head_hits = [
            (ci, gi, si)
            for ci, gi, si, s in self._enders.get(own[-6:], ())
            if (len(own) > len(s) and own.endswith(s)) or (len(s) > len(own) and s.endswith(own))
        ]
        if head_hits:
            return _WordHits(1, head_hits, set(), 1)
        return _WordHits(1, [], set(), 0)


def best_span(
    comps: Sequence[Component],
    en_words: Sequence[Word],
    free: Sequence[float] | None = None,
    matcher: Matcher | None = None,
    zh: str = "",
    *,
    noun_after: bool = False,
) -> SpanMatch | None:
    """The best-scoring English span for the candidate's components, or None if nothing fits.

    `free` marks the words no other Chinese word of the sentence renders: they may render a
    component the dictionary does not connect to any word. `zh`, the Chinese sentence, tells
    how often each component occurs in it. `noun_after`: the Chinese names a noun right after
    the candidate (藏族的节日), so the English noun after the rendering may be that one's."""
    best: SpanMatch | None = None
    for match in all_spans(comps, en_words, free, matcher, zh, noun_after=noun_after):
        if best is None or _better(match, best):
            best = match
    return best


def _better(match: SpanMatch, best: SpanMatch) -> bool:
    """A higher score, or the same with fewer words: a word that adds nothing to either cover
    belongs to the sentence, not to the rendering (whole-process monitoring, not "enables
    whole-process monitoring")."""
    if match.score > best.score + 1e-9:
        return True
    if match.score < best.score - 1e-9:
        return False
    # A word that completes a gloss adds no cover (productive forces: "productive" alone is
    # also a gloss of the component) yet belongs to the rendering.
    if match.explained != best.explained:
        return match.explained > best.explained
    return match.end_word - match.start_word < best.end_word - best.start_word


def all_spans(
    comps: Sequence[Component],
    en_words: Sequence[Word],
    free: Sequence[float] | None = None,
    matcher: Matcher | None = None,
    zh: str = "",
    *,
    noun_after: bool = False,
) -> list[SpanMatch]:
    """Every well-formed English span that renders part of the components, with its score
    (`noun_after` as for best_span)."""
    if not comps or not en_words:
        return []
    matcher = matcher or Matcher(comps)
    if matcher.required and not any(spelling_key(w.text) in matcher.required for w in en_words):
        return []
    total_chars = _rendered_chars(comps)
    # A rendering has about as many content words as the Chinese has characters, at most.
    max_content = total_chars + 1
    info = _spelled_once([matcher.word_hits(w) for w in en_words], en_words)
    hit = [i for i, h in enumerate(info) if h.hits or h.acronym]
    renderings = Counter(ci for h in info for ci in {c for c, _, _ in h.hits} | h.acronym)
    # A component is rendered elsewhere when the sentence renders it as often as the Chinese
    # holds it (乡村 twice, "countryside" once: one 乡村 is still free to be filled).
    seen_anywhere = frozenset(
        ci
        for ci, count in renderings.items()
        if count >= max(1, zh.count(comps[ci].text) if zh else 1)
    )
    ends = set(hit)
    if free is not None:
        # Free words next to a rendered one may close the span (digital divide), up to
        # FREE_REACH content words away, across function words (community with a shared
        # future), never across another word or a phrase break.
        for i in hit:
            for step in (-1, 1):
                k, content = i, 0
                while content < FREE_REACH:
                    if (step > 0 and k + 1 < len(en_words) and en_words[k + 1].stop_before) or (
                        step < 0 and en_words[k].stop_before
                    ):
                        break
                    k += step
                    if not 0 <= k < len(en_words):
                        break
                    if en_words[k].function:
                        continue
                    if not free[k]:
                        break
                    ends.add(k)
                    content += 1
    matched = sorted(ends)
    # A Chinese list (和平、稳定与繁荣) is rendered as an English one: its commas and its "and
    # the" stand inside the rendering.
    commas = sum(c.text in LIST_MARKS for c in comps)
    listed = bool(commas) or _coordinates(comps)
    windows = _phrase_windows(en_words, matcher.phrases) if matcher.phrases else []
    elsewhere = _latin_outside(comps, zh)
    places = _gloss_places(info)
    out: list[SpanMatch] = []
    seen: set[tuple[int, int]] = set()
    # Running counts of content words, phrase breaks and breaks other than a comma, so each
    # span's are two lookups (a long sentence has thousands of spans).
    content_upto = list(accumulate((not w.function for w in en_words), initial=0))
    breaks_upto = list(accumulate((w.stop_before for w in en_words), initial=0))
    hard = (w.stop_before and not w.comma_before for w in en_words)
    hard_upto = list(accumulate(hard, initial=0))
    for ai, a in enumerate(matched):
        for b in matched[ai:]:
            if b - a >= MAX_SPAN_WORDS:
                break
            if content_upto[b + 1] - content_upto[a] > max_content:
                break
            breaks = breaks_upto[b + 1] - breaks_upto[a + 1]
            if breaks > commas or hard_upto[b + 1] - hard_upto[a + 1]:
                break
            lo, hi = a, b
            # Never cut a hyphenated word: widen the span to whole compounds.
            lo, hi = english.compound_start(en_words, lo), english.compound_end(en_words, hi)
            if en_words[lo].lower in OPENING_PARTICLES:
                continue
            if _particle_after(en_words, hi):
                hi += 1  # a phrasal verb keeps its particle (opening up, phase out)
            if (lo, hi) in seen or en_words[lo].function or en_words[hi].function:
                continue
            seen.add((lo, hi))
            if any(
                en_words[k].function
                and en_words[k].lower not in _INSIDE_WORDS
                and not en_words[k].joined_before
                for k in range(lo, hi + 1)
            ):
                continue
            if any(
                en_words[k].lower == "and"
                and en_words[k + 1].lower in _ARTICLES
                and not (listed and _joins_renderings(info, k, hi))
                for k in range(lo, hi)
            ):
                continue  # "zones and the Hainan Free Trade Port": two phrases, not one
            if _verb_and_object(comps, info, lo, hi, en_words):
                continue
            if _subject_and_verb(comps, info, lo, hi, en_words):
                continue
            if elsewhere and any(en_words[k].text in elsewhere for k in range(lo, hi + 1)):
                continue  # "IPv6 support" for 支持度 of IPv6支持度: IPv6 is another word's
            if free is not None and _joins_another(info, lo, hi, en_words, free):
                continue
            match = _score(
                comps, en_words, info, lo, hi, total_chars, free, seen_anywhere, noun_after, places
            )
            if match is not None:
                out.append(_with_phrase(match, en_words, windows))
    return out


LIST_MARKS = frozenset("、，,")
"""Marks that list the words of a Chinese candidate (和平、稳定)."""


def _coordinates(comps: Sequence[Component]) -> bool:
    """Whether a coordinator (与, 和, 及) joins two components: components() leaves it out, so
    the next component starts after a gap."""
    return any(b.start > a.start + len(a.text) for a, b in pairwise(comps))


def _joins_renderings(info: Sequence[_WordHits], k: int, hi: int) -> bool:
    """Whether the "and" at k and the article after it join two renderings of the candidate's
    words (China and the World): the word before "and" and the one after the article render
    components."""
    after = k + 2
    return (
        k > 0
        and after <= hi
        and bool(info[k - 1].hits or info[k - 1].acronym)
        and bool(info[after].hits or info[after].acronym)
    )


def _spelled_once(info: list[_WordHits], en_words: Sequence[Word]) -> list[_WordHits]:
    """Drop from an acronym's components the ones the content word next to it renders by the
    dictionary: the acronym spells the rest (a name's initials), the word its own component,
    as "XYZ signals" renders a name and 信号, where XYZ's last letter could also be "signal"."""
    out = list(info)
    for k, h in enumerate(info):
        if len(h.acronym) < 2:
            continue
        beside = {
            ci
            for j in (k - 1, k + 1)
            if 0 <= j < len(info) and not en_words[j].function
            for ci, _, _ in info[j].hits
        }
        kept = h.acronym - beside
        if kept and kept != h.acronym:
            out[k] = replace(h, acronym=kept)
    return out


def _latin_outside(comps: Sequence[Component], zh: str) -> frozenset[str]:
    """Latin words (IPv6, LTE) the Chinese sentence writes outside the candidate: the English
    copies them as they are, so a span holding one renders more than the candidate."""
    if not zh:
        return frozenset()
    own = "".join(c.text for c in comps)
    glossed = set(_own_glosses(own, zh))
    return frozenset(w for w in _LATIN_WORD.findall(zh) if w not in own and w not in glossed)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
_INLINE_GLOSS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]*\s*[(（]([^()（）]*)[)）]")


def _own_glosses(own: str, zh: str) -> list[str]:
    """Latin words the writer puts in brackets after the candidate, or after the word it
    stands in: only abbreviations reach here (传输协议(XTP), the other brackets of English are
    masked out by extract/inline.py), and the English repeats one as the name's rendering."""
    out: list[str] = []
    at = zh.find(own) if own else -1
    while at >= 0:
        found = _INLINE_GLOSS.match(zh, at + len(own))
        if found:
            out += _LATIN_WORD.findall(found.group(1))
        at = zh.find(own, at + 1)
    return out


LEAD_PREPOSITIONS = frozenset(
    {"since", "from", "in", "at", "on", "by", "for", "until", "till", "with", "under", "after"}
)
"""Prepositions that may open a dictionary's rendering of a Chinese word (自古以来 since
ancient times, 事实上 in fact, 按时 on time): part of the rendering, not of the sentence."""
MAX_PHRASE_WORDS = 6

Phrase = tuple[tuple[str, bool], ...]
"""A gloss as (stem or lower-case function word, is a function word) per word."""


@lru_cache(maxsize=65536)
def _gloss_phrases(chinese: str) -> tuple[Phrase, ...]:
    """The word's glosses of two or more words that may stand whole in a rendering: opened
    by a content word or a preposition, closed by a content word (internet of things)."""
    out: list[Phrase] = []
    for gloss in cedict.gloss_phrases(chinese):
        for sense in gloss.split(";"):
            found = english.words(sense)
            while found and found[0].lower in _ARTICLES:
                found = found[1:]
            if not 2 <= len(found) <= MAX_PHRASE_WORDS or found[-1].function:
                continue
            if found[0].function and found[0].lower not in LEAD_PREPOSITIONS:
                continue
            out.append(tuple((w.lower if w.function else w.stem, w.function) for w in found))
    return tuple(dict.fromkeys(out))


def _phrase_windows(en_words: Sequence[Word], phrases: Sequence[Phrase]) -> list[tuple[int, int]]:
    """Where a gloss phrase stands whole in the sentence, as inclusive word indexes."""
    out = []
    for phrase in phrases:
        size = len(phrase)
        first, function = phrase[0]
        for s in range(len(en_words) - size + 1):
            if not _same(en_words[s], first, function):
                continue  # most places: checked before the rest of the phrase
            if all(_same(en_words[s + i], *phrase[i]) for i in range(size)) and not any(
                en_words[k].stop_before for k in range(s + 1, s + size)
            ):
                out.append((s, s + size - 1))
    return out


def _same(word: Word, key: str, function: bool) -> bool:
    if function or word.function:
        return word.lower == key
    return word.stem == key or stems_match(word.stem, key)


def _with_phrase(
    match: SpanMatch, en_words: Sequence[Word], windows: Sequence[tuple[int, int]]
) -> SpanMatch:
    """The span widened to a gloss phrase of the candidate it stands in part of ("since
    ancient times" for 自古以来, "Internet of Things" for 物联网): the dictionary writes the
    rendering whole."""
    lo, hi = match.start_word, match.end_word
    for start, end in windows:
        if start > hi or end < lo or (start >= lo and end <= hi):
            continue
        if any(not en_words[k].function for k in range(max(lo, start), min(hi, end) + 1)):
            lo, hi = min(lo, start), max(hi, end)
    if (lo, hi) == (match.start_word, match.end_word):
        return match
    return replace(
        match,
        start_word=lo,
        end_word=hi,
        start=en_words[lo].start,
        end=rendering_end(en_words[hi]),
    )


def _verb_and_object(
    comps: Sequence[Component], info: Sequence[_WordHits], lo: int, hi: int, words: Sequence[Word]
) -> bool:
    """Whether an "and" inside the span joins the rendering of a Chinese verb to that of the
    noun before it, in reverse order: English coordinates no verb with its own object, so
    the words belong to two phrases (agreement formulation and standards development, not
    "formulation and standards" for 标准制定)."""
    for j in range(lo + 1, hi):
        if words[j].lower != "and":
            continue
        left = {ci for ci, _, _ in info[j - 1].hits}
        right = {ci for ci, _, _ in info[j + 1].hits}
        if not left or not right or left & right or min(left) < max(right):
            continue
        if all(_verb(comps[ci]) for ci in left) and not any(_verb(comps[ci]) for ci in right):
            return True
    return False


_NOUN_ENDINGS = ("ing", "ion", "ment", "ance", "ence", "ure", "al", "s", "ed")
"""Endings of the nouns and participles English makes of a verb (sharing, formulation)."""


def _subject_and_verb(
    comps: Sequence[Component], info: Sequence[_WordHits], lo: int, hi: int, words: Sequence[Word]
) -> bool:
    """Whether the span ends with a plural noun and a bare verb that renders the Chinese verb
    at the candidate's end: a subject and its predicate (farmers cooperate for 农户合作), where
    a term makes a noun of the verb (information sharing)."""
    if hi == lo or words[hi].function or words[hi - 1].function or not _plural(words[hi - 1]):
        return False
    own = {ci for ci, _, _ in info[hi].hits}
    if own != {len(comps) - 1} or not _verb(comps[-1]) or len(comps) < 2:
        return False
    if words[hi].joined_before or words[hi].lower.endswith(_NOUN_ENDINGS):
        return False
    return not any(_verb(comps[ci]) for ci, _, _ in info[hi - 1].hits)


def _joins_another(
    info: Sequence[_WordHits], lo: int, hi: int, words: Sequence[Word], free: Sequence[float]
) -> bool:
    """Whether an "and" inside the span opens on a word that renders nothing of the candidate
    and that another Chinese word of the sentence renders: the span runs on into the other
    phrase of a coordination (cross-border and international submarine cables, for 跨境光缆)."""
    return any(
        words[j].lower == "and"
        and not words[j + 1].function
        and not free[j + 1]
        and not info[j + 1].explained
        for j in range(lo + 1, hi)
    )


def _verb(comp: Component) -> bool:
    return verb_share(comp.text) > 0.5


PARTICLES = frozenset({"up", "out", "off", "down", "away", "forth", "back"})
"""Adverb particles of phrasal verbs: part of the rendering they follow (phase out)."""
OPENING_PARTICLES = PARTICLES | {"forward", "ahead"}
"""Particles no rendering opens with: they end the verb before it (carried forward fine
crafts). Forward and ahead follow their verb's object as often (push the reform forward), so
they join no span as PARTICLES do."""
_AFTER_PARTICLE_PREPOSITIONS = frozenset({"to", "of", "from", "with", "against", "for", "on"})


def _particle_after(en_words: Sequence[Word], hi: int) -> bool:
    """Whether a particle follows word hi as its own (opening up, phase out), not as the start
    of a preposition phrase (up to 2030, out of reach)."""
    k = hi + 1
    if k >= len(en_words) or en_words[k].lower not in PARTICLES or en_words[k].stop_before:
        return False
    if en_words[hi].function or en_words[hi].text[:1].isdigit():
        return False
    after = en_words[k + 1] if k + 1 < len(en_words) else None
    return after is None or after.stop_before or after.lower not in _AFTER_PARTICLE_PREPOSITIONS


def score_selection(
    comps: Sequence[Component], en_words: Sequence[Word], lo: int, hi: int
) -> SpanMatch | None:
    """Score the words lo..hi (inclusive) as the rendering of the components."""
    if not comps or not en_words or not 0 <= lo <= hi < len(en_words):
        return None
    matcher = Matcher(comps)
    info = [matcher.word_hits(w) for w in en_words[lo : hi + 1]]
    total_chars = _rendered_chars(comps)
    return _score(comps, en_words[lo : hi + 1], info, 0, hi - lo, total_chars)


FILL_RATE = 0.7
"""How much a free English word (one no other Chinese word of the sentence renders) next to
the rendered words counts towards a component the dictionary does not connect to it
(鸿沟 ~ divide); FAR_FILL_RATE when a preposition stands between (ecosystem in cyberspace)."""
FAR_FILL_RATE = 0.4
CHARS_PER_FILLER = 2
MODIFIER_FILL_SHARE = 0.5
FILL_TRUST = 0.43
"""How much more a filler counts when the document ties it firmly to the candidate."""
TRUST_FROM = 0.3
"""Strengths up to this earn no trust: the filler is mostly seen without the candidate."""


def _trusted(strength: float) -> float:
    """0..1: how far the strength lies above TRUST_FROM."""
    return max(0.0, (strength - TRUST_FROM) / (1.0 - TRUST_FROM))


def _filler_rates(
    en_words: Sequence[Word],
    info: Sequence[_WordHits],
    lo: int,
    hi: int,
    free: Sequence[float],
    head_gap: bool = False,
    verb_first: bool = False,
    gloss_head_gap: bool = False,
) -> list[tuple[float, float, int]]:
    """Rates, strengths and positions of the free, unexplained content words in lo..hi, best
    first.

    With `head_gap` (the candidate's last component, its head, is unrendered) a word standing
    straight before the rendered ones fills less: English puts the head after its modifiers
    (green lifestyles, not fosters green, for 绿色生活). With `gloss_head_gap` (the head
    component is rendered by the first words of one gloss, "developed" of "developed nation")
    the word straight after them is that gloss's head (developed countries), not a modifier."""
    rates: list[tuple[float, float, int]] = []
    first_explained = next((k for k in range(lo, hi + 1) if info[k].explained), hi + 1)
    last_explained = max((k for k in range(lo, hi + 1) if info[k].explained), default=lo - 1)
    explained = [bool(info[k].explained) for k in range(len(en_words))]
    # The head has a candidate after the rendered words (pilot free trade zones): then a
    # word before them is a modifier's filler, not the head's.
    head_after = any(
        free[k] and not explained[k] and not en_words[k].function
        for k in range(first_explained + 1, hi + 1)
    )
    # Words of the clause around the rendering: they fill nothing, nor lead to a filler.
    clause = {
        k
        for k in range(lo, hi + 1)
        if free[k]
        and not explained[k]
        and not en_words[k].function
        # A candidate that starts with a verb may be rendered starting with one (presented
        # tribute to the emperor for 朝贡皇帝).
        and _predicate_word(
            en_words, k, hi, before_rendering=k < first_explained and not verb_first
        )
        and not (k == first_explained - 1 and not head_gap and _manner_adverb(en_words[k]))
    }
    for k in range(lo, hi + 1):
        word = en_words[k]
        if not free[k] or explained[k] or word.function or word.lower in LIGHT_WORDS:
            continue
        if k in clause or (k > lo and _possessive(en_words[k - 1])):
            continue  # after a possessive stands what it owns (government's proposed revision)
        if word.text[:1].isdigit():
            continue  # a number renders a number (its own component), never a missing word
        if k > lo and explained[k - 1] and _plural(en_words[k - 1]):
            continue  # a plural ends its noun phrase: the clause goes on (parks remain)
        rate = 0.0
        for step in (-1, 1):
            j = k + step
            if lo <= j <= hi and (
                explained[j] or (not en_words[j].function and free[j] and j not in clause)
            ):
                rate = FILL_RATE
                break
            while lo <= j <= hi and en_words[j].function:
                j += step
            if lo <= j <= hi and explained[j]:
                rate = max(rate, FAR_FILL_RATE)
        if rate and head_gap and not head_after and k < first_explained:
            between = en_words[k + 1 : first_explained]
            if not any(w.function for w in between):
                rate *= MODIFIER_FILL_SHARE
        if rate and not head_gap and not gloss_head_gap and k > last_explained:
            # The head is rendered and a modifier is missing: English puts it before the head
            # (placement services), or after it behind a preposition, not straight after it
            # (served people).
            between = en_words[last_explained + 1 : k]
            # After a phrasal verb's particle stands its object (handing over the keys).
            after_particle = en_words[k - 1].lower in PARTICLES and k - 1 <= last_explained + 1
            if not any(w.function for w in between) and not after_particle:
                rate *= MODIFIER_FILL_SHARE
        if rate:
            strength = float(free[k])
            # A word that keeps company with the candidate across the document fills more.
            rate = min(1.0, rate * (1.0 + FILL_TRUST * _trusted(strength)))
            rates.append((rate, strength, k))
    return sorted(rates, reverse=True)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this", "these"})
_VERB_ENDINGS = ("ing", "ed", "es")


def _manner_adverb(word: Word) -> bool:
    """An adverb in -ly that says how (elaborately, strictly): straight before a rendered
    head it renders the Chinese modifier of that head (精心 before 装饰), unlike the adverbs
    of time and degree of the clause around it (always, already)."""
    return word.lower.endswith("ly") and word.lower not in ADVERBS and is_adverb(word.lower)


def rendering_end(word: Word) -> int:
    """Where a rendering ending with the word ends: before a possessive ending, which marks
    the owner's role in the sentence (the government's proposal), not the term."""
    for ending in ("'s", "’s", "'", "’"):
        if word.text.endswith(ending) and len(word.text) > len(ending) + 1:
            return word.end - len(ending)
    return word.end


def _plural(word: Word) -> bool:
    """A plural noun by its ending (ceremonies, policies; not process, status, basis)."""
    lower = word.lower
    return len(lower) > 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _possessive(word: Word) -> bool:
    """A noun in the possessive case (government's, humanity’s, countries')."""
    return word.lower.endswith(("'s", "’s"))


def _predicate_word(en_words: Sequence[Word], k: int, hi: int, *, before_rendering: bool) -> bool:
    """Whether an unexplained word belongs to the clause around a rendering rather than to it,
    so it may fill no gap: an adverb (always served), a verb before its object's article
    (eliminate the ...), an infinitive (to maintain), or a verb form in front of the
    rendered words (pursuing peak carbon, enables whole-process monitoring), where English
    puts modifiers, not verbs."""
    word = en_words[k]
    if is_adverb(word.lower):
        return True
    if k < hi and en_words[k + 1].lower in _DETERMINERS:
        return True
    if k + 1 < len(en_words) and _possessive(en_words[k + 1]) and en_words[k + 1].text.islower():
        return True  # a verb before its object's owner (nonproliferation embody humanity's)
    if (
        before_rendering
        and k > 0
        and en_words[k - 1].lower == "to"
        and not (word.stop_before or word.joined_before or en_words[k - 1].joined_before)
    ):
        return True  # an infinitive before its object (worked to maintain harmony)
    if k + 1 <= hi and en_words[k + 1].lower == "of" and not en_words[k + 1].stop_before:
        return False  # a noun heading an of-phrase (training of talent), where a verb would
        # take its object straight (training talent)
    return before_rendering and word.lower.endswith(_VERB_ENDINGS) and len(word.lower) > 4


def _bound_prefix(en_words: Sequence[Word], k: int, hi: int) -> bool:
    """Whether word k is a short first part hyphenated to the next (co-, ex-, re-)."""
    return k < hi and en_words[k + 1].joined_before and len(en_words[k].text) <= 3


def _missing_side(
    info: Sequence[_WordHits],
    lo: int,
    hi: int,
    ci: int,
    gi: int,
    comp: Component,
    found: dict[tuple[int, int], set[int]],
) -> tuple[int, int]:
    """The words that may fill a component rendered in part by one of its glosses: those on
    the side where the gloss's missing words stand ("next" of "next generation" for the
    missing "new" of "new generation"; not "modern" before "Chinese" of "Chinese style")."""
    have = found[(ci, gi)]
    missing = [si for si in range(len(comp.glosses[gi])) if si not in have]
    anchors = [k for k in range(lo, hi + 1) if any(c == ci and g == gi for c, g, _ in info[k].hits)]
    if not missing or not anchors:
        return lo, hi
    if max(missing) < min(have):
        return lo, min(anchors) - 1
    if min(missing) > max(have):
        return max(anchors) + 1, hi
    return lo, hi


GlossPlaces = dict[tuple[int, int], list[tuple[int, int]]]
"""For each (component, gloss), the (word, stem index) of each stem a word of the sentence
matches."""


def _gloss_places(info: Sequence[_WordHits]) -> GlossPlaces:
    """Where each gloss's stems stand in the sentence (found once a sentence: checking each
    scored span against every word made long sentences slow)."""
    places: GlossPlaces = {}
    for k, h in enumerate(info):
        for c, g, si in h.hits:
            places.setdefault((c, g), []).append((k, si))
    return places


def _gloss_rest_elsewhere(
    places: GlossPlaces,
    lo: int,
    hi: int,
    ci: int,
    gi: int,
    found: dict[tuple[int, int], set[int]],
) -> bool:
    """Whether the sentence holds the gloss's missing words outside lo..hi: the rendering is
    there ("placement services" for 就业服务 "job placement services"), not around "job"."""
    have = found[(ci, gi)]
    return any(si not in have and not lo <= k <= hi for k, si in places.get((ci, gi), ()))


def _doubled(
    en_words: Sequence[Word],
    info: Sequence[_WordHits],
    lo: int,
    hi: int,
    k: int,
    chosen: dict[int, int],
) -> bool:
    """Whether word k and a word joined to it by "and" render the same component, the other
    by its chosen gloss: English often renders one Chinese word by two near synonyms (rights
    and interests for 权益), which is one rendering, not a repetition."""
    own = {ci for ci, _, _ in info[k].hits}
    for j in (k - 2, k + 2):
        if not lo <= j <= hi or en_words[(j + k) // 2].lower != "and":
            continue
        if any(ci in own and chosen.get(ci) == gi for ci, gi, _ in info[j].hits):
            return True
    return False


def _gloss_share(found: set[int], gloss: tuple[str, ...]) -> float:
    """How much of a gloss a span renders: the square root of the share of its words found
    (most of a long gloss found is most of its meaning: "renewable energy" for "renewable
    energy source")."""
    if not found:
        return 0.0
    return math.sqrt(len(found) / len(gloss))


def _score(
    comps: Sequence[Component],
    en_words: Sequence[Word],
    info: Sequence[_WordHits],
    lo: int,
    hi: int,
    total_chars: int,
    free: Sequence[float] | None = None,
    seen_anywhere: frozenset[int] = frozenset(),
    noun_after: bool = False,
    places: GlossPlaces | None = None,
) -> SpanMatch | None:
    found: dict[tuple[int, int], set[int]] = {}
    acronym: set[int] = set()
    pieces = explained = 0
    for k in range(lo, hi + 1):
        h = info[k]
        if not h.explained and (
            en_words[k].joined_before or (k > lo and en_words[k].lower in PARTICLES)
        ):
            # A hyphenated compound is one word ("medium-sized", "people-to-people"): a later
            # part the dictionary does not explain is no piece of its own (it may still fill
            # a gap: "centered" of "people-centered").
            continue
        if not h.explained and _bound_prefix(en_words, k, hi):
            continue  # "co" of "co-governance": it shapes the next part, no word of its own
        pieces += h.pieces
        explained += h.explained
        acronym |= h.acronym
        if free is not None and not free[k] and h.pieces and not h.explained:
            # Another Chinese word of the sentence renders this word: the span overreaches.
            pieces += 1
        for ci, gi, si in h.hits:
            found.setdefault((ci, gi), set()).add(si)
    if not pieces:
        return None
    by_component: dict[int, list[int]] = {}
    for ci, gi in found:
        by_component.setdefault(ci, []).append(gi)
    covered = 0.0
    head_share = 0.0
    gloss_head_gap = False
    gaps: list[tuple[float, int, int]] = []
    """Each gap's size in characters and the first and last word that may fill it."""
    chosen: dict[int, int] = {}
    for ci, comp in enumerate(comps):
        if comp.text in GRAMMATICAL:
            continue  # English renders it by word order or a function word, never a gap
        if ci in acronym:
            share = 1.0
        else:
            # Only glosses with a word found can render anything (the rest share 0).
            # Of glosses rendered alike, the one with more of its words in the span: "high
            # degree" for 高度 in "high degree of automation", not "high" with "degree" left
            # over as a second rendering.
            shares = [
                (_gloss_share(found[(ci, gi)], comp.glosses[gi]), len(found[(ci, gi)]), gi)
                for gi in by_component.get(ci, ())
            ]
            share, _, chosen[ci] = max(shares, default=(0.0, 0, -1))
        covered += len(comp.text) * share * comp.weight
        head_share = share
        # Only a component rendered in part here, or nowhere in the sentence, may be filled:
        # otherwise its rendering is elsewhere and a free word here is something else.
        if share < 1.0 and (ci not in seen_anywhere or share > 0.0):
            first, last = lo, hi
            if share > 0.0:
                first, last = _missing_side(info, lo, hi, ci, chosen[ci], comp, found)
                # The last component's gloss lacks its last words, its own head noun:
                # English puts that noun after the words found (藏族 "Tibetan ethnic group":
                # Tibetan people).
                gloss_head_gap = (
                    not noun_after
                    and first > lo
                    and ci == len(comps) - 1
                    and not _gloss_rest_elsewhere(
                        _gloss_places(info) if places is None else places,
                        lo,
                        hi,
                        ci,
                        chosen[ci],
                        found,
                    )
                )
            gaps.append((len(comp.text) * (1.0 - share), first, last))
    if covered <= 0:
        return None
    doubles = 0
    for k in range(lo, hi + 1):
        h = info[k]
        if h.hits and not h.acronym and all(chosen.get(ci) != gi for ci, gi, _ in h.hits):
            if _doubled(en_words, info, lo, hi, k, chosen):
                doubles += 1
                continue
            # A second translation of a component already rendered ("development" and
            # "build" for 建设): the word repeats, it explains nothing new.
            explained -= h.explained
    fill = used = 0.0
    weakest = 1.0
    head_gap = bool(head_share < 1e-9 and len(comps) > 1)
    # With another gap to fill, a word after the rendered ones may be that gap's (hunting of
    # fugitive offenders for 缉拿逃犯): the modifier's rate stands.
    gloss_head_gap = gloss_head_gap and len(gaps) == 1
    if free is not None and gaps:
        # Free words fill the components the dictionary left unrendered, the largest gap
        # first; a gap takes about one word per character ("shared future" for 命运).
        gaps.sort(reverse=True)
        verb_first = bool(comps) and verb_share(comps[0].text) > 0.5
        rates = _filler_rates(en_words, info, lo, hi, free, head_gap, verb_first, gloss_head_gap)
        lefts = [size for size, _, _ in gaps]
        words: list[set[int]] = [set() for _ in gaps]
        # First every gap its best filler; then more words while a gap allows one word per
        # character, each next to a word the gap already took: it may add no cover in
        # Chinese yet belong to the rendering ("shared future" for 命运).
        order = list(range(len(gaps))) + [
            g for g, (gap, _, _) in enumerate(gaps) for _ in range(1, round(gap))
        ]
        for g in order:
            _, first, last = gaps[g]
            pick = next(
                (
                    n
                    for n, (_, _, k) in enumerate(rates)
                    if first <= k <= last
                    and (not words[g] or any(abs(k - j) == 1 for j in words[g]))
                ),
                None,
            )
            if pick is None:
                continue
            rate, strength, k = rates.pop(pick)
            weakest = min(weakest, strength)
            part = min(lefts[g], CHARS_PER_FILLER if not words[g] else lefts[g])
            fill += rate * part
            lefts[g] -= part
            used += rate
            words[g].add(k)
    zh_cover = min(1.0, (covered + fill) / total_chars)
    en_cover = min(1.0, (explained + used) / pieces)
    return SpanMatch(
        lo,
        hi,
        en_words[lo].start,
        rendering_end(en_words[hi]),
        zh_cover,
        en_cover,
        fill / total_chars,
        weakest,
        doubles + sum(len(found[(ci, gi)]) for ci, gi in chosen.items() if gi >= 0),
    )
