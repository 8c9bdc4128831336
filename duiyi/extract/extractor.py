"""Term extraction: Chinese candidates, their English in the aligned pairs, a confidence.

The steps: cut each Chinese sentence into candidate spans (chinese.py); for every candidate and
every sentence pair it occurs in, find the English span that renders it best (align.py); keep,
per candidate, the rendering that most occurrences agree on; score a confidence from how fully
the Chinese and the English explain each other, how consistent the occurrences are and how often
the term recurs; drop a longer candidate whose English is no more than a shorter one's.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from duiyi import cedict
from duiyi.document import SegmentPair
from duiyi.errors import InvalidInput
from duiyi.extract import confidence, english, not_terms, phrases, titles
from duiyi.extract.align import (
    GRAMMATICAL,
    Matcher,
    SpanMatch,
    _better,
    _trusted,
    best_span,
    rendering_end,
    score_selection,
)
from duiyi.extract.chinese import (
    ChineseSpan,
    candidate_spans,
    coinages,
    is_proper_name,
    tokens,
    verb_share,
)
from duiyi.extract.claims import claimers, free_words
from duiyi.extract.cooccur import Cooccurrence
from duiyi.extract.inline import InlineTranslation, inline_translations, masked
from duiyi.extract.lexicon import (
    Component,
    chinese_number,
    component_variants,
    components,
    joins_words,
    pinyin_spellings,
    spelling_key,
)
from duiyi.extract.repeats import Repeats
from duiyi.extract.suggest import completed
from duiyi.extract.types import Occurrence, TermCandidate
from duiyi.extract.verb_terms import (
    object_after,
    renders_in_order,
    verb_by_synonym,
    verb_left_out,
    verb_object_spans,
)
from duiyi.extract.zh_words import word_pos
from duiyi.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress

DEFAULT_THRESHOLD = 0.4
"""The confidence the GUI preselects and `duiyi extract --format tsv` prints from."""

MIN_RAW_SCORE = math.log(0.15)
"""Candidates whose factors sum below this are not returned at all (they would show at about
0.02: the evidence is against them)."""

EVIDENCE_POWER = 1.5
FILL_PENALTY = 0.8
FILL_TRUST = 0.6
"""The share of FILL_PENALTY lifted when the document ties the fillers firmly to the term."""

MIN_STRENGTH = 0.05
"""A free word's strength when the document never shows it with the candidate's pieces in one
sentence (found in the neighbouring sentence of the paragraph)."""

MAX_OCCURRENCES_ALIGNED = 12
PARENT_TRY_BELOW = 0.5
"""Below this score in its sentence, a candidate is also looked for in the whole paragraph."""
"""Occurrences beyond this many are located but not aligned again (same evidence, more time)."""

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Unit:
    """A pair the extractor reads: its index in the input, its texts, its paragraph's English."""

    index: int
    zh: str
    en: str
    words: list[english.Word]
    position: int = -1
    """Its place among the units read (Repeats counts sentences by it)."""
    parent: int | None = None
    parent_zh_offset: int = 0
    parent_words: list[english.Word] | None = None
    parent_en: str = ""
    parent_zh: str = ""
    zh_offset: int = 0
    """Where this unit's Chinese starts in its pair's (an inline translation's piece)."""
    inline: bool = False
    """Read from a bracket of English written into the Chinese (extract/inline.py)."""
    term_gloss: bool = False
    """That bracket glosses a term (a few words), not a clause."""
    en_in_pair: int = -1
    """Where the bracket's English stands in the pair's own English (-1: not there)."""
    _claims: list[tuple[tuple[int, int], ...]] | None = None
    _starts: dict[int, str] | None = None

    def word_at(self, start: int) -> str:
        """The rjieba word of the Chinese that starts at `start` ("" if none does)."""
        if self._starts is None:
            self._starts = {t.start: t.text for t in tokens(self.zh)}
            self._verbs = {t.start for t in tokens(self.zh) if t.pos == "v"}
            self._verb_ends = {t.end for t in tokens(self.zh) if t.pos == "v"}
            self._nouns = {
                t.start for t in tokens(self.zh) if t.pos.startswith(("n", "vn", "j", "l", "i"))
            }
            self._rests = {
                at: t.text[at - t.start :]
                for t in tokens(self.zh)
                for at in range(t.start + 1, t.end)
            }
        return self._starts.get(start, "")

    def rest_of_word(self, at: int) -> str:
        """The rest of the rjieba word that `at` falls inside ("" at a word boundary)."""
        self.word_at(at)
        return self._rests.get(at, "")

    _rests: dict[int, str] = field(default_factory=dict)
    _verbs: set[int] = field(default_factory=set)

    _verb_ends: set[int] = field(default_factory=set)
    _nouns: set[int] = field(default_factory=set)

    def verb_takes_object(self, end: int) -> bool:
        """Whether a verb ends at `end` and a noun follows it straight away (扩大 对外开放):
        the verb governs that noun, so a span ending with the verb is a predicate cut off."""
        self.word_at(end)
        return end in self._verb_ends and end in self._nouns

    def verb_at(self, start: int) -> bool:
        """Whether the word starting at `start` is tagged a verb in this sentence."""
        self.word_at(start)
        return start in self._verbs

    _parent_claims: list[tuple[tuple[int, int], ...]] | None = None
    parents_claims: dict[int, list[tuple[tuple[int, int], ...]]] = field(default_factory=dict)
    """The claims of each paragraph, shared by the units of its sentences (units_of)."""

    def free(self, start: int, end: int) -> list[bool]:
        """The English words free to render zh[start:end] (no other Chinese word renders them)."""
        if self._claims is None:
            self._claims = claimers(self.zh, self.words)
        return free_words(self._claims, start, end)

    def parent_free(self, start: int, end: int) -> list[bool]:
        """The same in the parent paragraph (offsets in this sentence's Chinese)."""
        if self._parent_claims is None:
            key = -1 if self.parent is None else self.parent
            found = self.parents_claims.get(key)
            if found is None:
                found = claimers(self.parent_zh, self.parent_words or [])
                self.parents_claims[key] = found
            self._parent_claims = found
        offset = self.parent_zh_offset
        return free_words(self._parent_claims, start + offset, end + offset)


@dataclass
class _Seen:
    """One occurrence of a candidate with the English span found for it."""

    unit: Unit
    zh_start: int
    zh_end: int
    match: SpanMatch | None
    in_parent: bool = False
    continued: bool = False
    """The English after the span renders the Chinese word after the candidate: the candidate
    is the head-less start of a longer term here (全球数字 before 经济 ~ economy)."""
    glossed: bool = False
    """The writer's bracket glosses it with this English (kept for the pair's own place)."""


@dataclass
class _Gathered:
    text: str
    seen: list[_Seen] = field(default_factory=list)
    words: int = 1
    verb_object: bool = False
    spelled: frozenset[str] = frozenset()
    verb_end: int = 0
    """Where the verb ends when the candidate is a verb with its object (verb_terms.py),
    proposed only when its English shows it a unit; 0 for any other candidate."""
    marked: bool = False
    """The writer marks it as a name somewhere (《…》, “…”): rendered by the whole name."""
    quoted_head: bool = False
    """A quoted word with the head noun after the closing mark (“十三五”规划): the whole term,
    which the quoted word alone is a piece of."""
    """The pinyin spellings of the candidate's words: names, kept capitalised in English."""
    """Found only as a verb phrase used as a noun (消除贫困是…)."""


def units_of(pairs: Sequence[SegmentPair]) -> list[Unit]:
    """The pairs to read: sentences where a paragraph has them, else the paragraph itself."""
    has_children = {p.parent for p in pairs if p.kind == "sentence" and p.parent is not None}
    cache: dict[int, list[english.Word]] = {}

    def words_of(index: int) -> list[english.Word]:
        if index not in cache:
            cache[index] = english.words(pairs[index].en)
        return cache[index]

    out: list[Unit] = []
    parents_claims: dict[int, list[tuple[tuple[int, int], ...]]] = {}
    for index, pair in enumerate(pairs):
        if index in has_children or not pair.zh or not pair.en:
            continue
        unit = Unit(index, masked(pair.zh), pair.en, words_of(index), position=len(out))
        unit.parents_claims = parents_claims  # a paragraph's words are claimed once
        parent = pair.parent
        if pair.kind == "sentence" and parent is not None and 0 <= parent < len(pairs):
            offset = pairs[parent].zh.find(pair.zh)
            if offset >= 0 and pairs[parent].en:
                unit.parent = parent
                unit.parent_zh_offset = offset
                unit.parent_words = words_of(parent)
                unit.parent_en = pairs[parent].en
                unit.parent_zh = masked(pairs[parent].zh)
        out.append(unit)
    # Brackets' units first: a term met more often than MAX_OCCURRENCES_ALIGNED is still
    # aligned where the writer glossed it (positions keep the pairs' order for Repeats).
    return _inline_units(pairs, has_children, out) + out


def _inline_units(
    pairs: Sequence[SegmentPair], has_children: Collection[int], units: Sequence[Unit]
) -> list[Unit]:
    """Units of the brackets of English written into the Chinese (bilingual news, study
    notes): a term's gloss always, a clause's where the pair's own English does not hold it."""
    out: list[Unit] = []
    for index, pair in enumerate(pairs):
        if index in has_children or not pair.zh:
            continue
        own = english.normalise(pair.en)
        for found in inline_translations(pair.zh):
            said = _as_words(english.normalise(found.english)).search(own) is not None
            if said and not found.term:
                continue  # the pair's English says the clause already: read it there
            piece = pair.zh[found.zh_start : found.zh_end]
            unit = Unit(
                index,
                piece,
                found.english,
                english.words(found.english),
                position=len(units) + len(out),
                zh_offset=found.zh_start,
                inline=True,
                term_gloss=found.term,
                en_in_pair=_place_in_english(pair, found) if said else -1,
            )
            out.append(unit)
    return out


def _as_words(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)


def _place_in_english(pair: SegmentPair, found: InlineTranslation) -> int:
    """Where the bracket's English stands as whole words in the pair's English (-1: not
    there); of several, the one nearest the bracket's place in the Chinese, relatively."""
    starts = [m.start() for m in _as_words(found.english).finditer(pair.en)]
    near = found.zh_end / max(1, len(pair.zh)) * len(pair.en)
    return min(starts, key=lambda at: abs(at - near), default=-1)


def glossed_in_brackets(pairs: Sequence[SegmentPair]) -> bool:
    """Whether the Chinese of the pairs holds brackets of English glossing it (study notes
    in Chinese only that give their terms' English): term pairs even with no English side."""
    return any(inline_translations(p.zh) for p in pairs if p.kind != "sentence")


def check_bilingual(pairs: Sequence[SegmentPair]) -> None:
    """Raise InvalidInput unless the pairs hold both Chinese and English text, or Chinese
    with English glosses in brackets."""
    has_zh = any(_HAN.search(p.zh) for p in pairs)
    has_en = any(_LATIN.search(p.en) for p in pairs) or glossed_in_brackets(pairs)
    if not has_zh and not has_en:
        raise InvalidInput(
            "The document holds no aligned Chinese and English text to extract terms from."
        )
    if not has_zh:
        raise InvalidInput("The document holds no Chinese text, so it has no terms to extract.")
    if not has_en:
        raise InvalidInput(
            "The document holds no English text aligned with its Chinese, so no term pairs "
            "can be extracted."
        )


def extract_terms(
    pairs: Sequence[SegmentPair],
    *,
    known: Mapping[str, str] | None = None,
    exclude: Collection[str] = (),
    with_pinyin: bool = True,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[TermCandidate]:
    """Term candidates of an aligned document, best first.

    `known` maps Chinese terms the user accepted (in any document) to their English: strong
    evidence for alignment. Chinese in `exclude` (accepted or rejected before) is not proposed.
    `with_pinyin=False` leaves pinyin empty (quicker when only Chinese and English are shown).
    """
    check_bilingual(pairs)
    known = dict(known or {})
    units = units_of(pairs)
    gathered = _gather(units, cancel)
    proper = _proper_words(units)
    cooc, repeats = _evidence_of(units)
    total = len(gathered)
    results: list[tuple[TermCandidate, float]] = []
    for done, item in enumerate(gathered.values(), 1):
        cancel.raise_if_set()
        if item.text not in exclude:
            scored = _score_candidate(item, known, proper, cooc, repeats)
            if scored is not None:
                results.append(scored)
        if done % 50 == 0 or done == total:
            progress(done, total)
    # Dates, quantities and clauses align as well as terms do: only the pair shows them.
    results = [r for r in results if not not_terms.is_not_term(r[0].chinese, r[0].english)]
    marked = {item.text for item in gathered.values() if item.marked or item.quoted_head}
    kept = _drop_contested(_drop_fragments(_drop_dominated(results, marked)))
    kept.sort(key=lambda c: (-c.confidence, -c.frequency, c.chinese))
    kept = [c for c in kept if confidence.raw_score(c.reasons) >= MIN_RAW_SCORE]
    if with_pinyin:
        from duiyi.pinyin import pinyin_marks

        kept = [replace(c, pinyin=pinyin_marks(c.chinese)) for c in kept]
    return kept


def _gather(units: Sequence[Unit], cancel: CancelToken) -> dict[str, _Gathered]:
    gathered: dict[str, _Gathered] = {}
    recurring = _recurring_coinages(units)
    for unit in units:
        cancel.raise_if_set()
        spans = candidate_spans(unit.zh)
        taken = {(s.start, s.end) for s in spans}
        spans += _spelled_spans(unit, taken)
        # Only where the English numbers the name (Shenzhou XII) is the name with its number
        # one thing, and the name before its number (神舟 of 神舟七号) none: elsewhere 3号 is
        # a date (on the 3rd) and the name stands alone.
        numbered = [n for n in _numbered_names(unit.zh) if _numbered_in_english(unit, n)]
        spans = [s for s in spans if s.end not in {n.start + n.words for n in numbered}]
        spans += [n for n in numbered if (n.start, n.end) not in taken]
        spans += _glossed_piece(unit, taken)
        spans += [
            s for s in coinages(unit.zh) if s.text in recurring and (s.start, s.end) not in taken
        ]
        for marked in titles.marked_spans(unit.zh):
            same = [s for s in spans if (s.start, s.end) == (marked.start, marked.end)]
            spans = [s for s in spans if s not in same] + [marked]
        spans = [
            s
            for s in spans
            if s.marked
            or not (titles.chains_people(unit.zh, s.start, s.end) or _ends_modifying(unit.zh, s))
        ]
        taken = {(s.start, s.end) for s in spans}
        # A verb and its object count as two words whether or not the dictionary joins them.
        verb_objects = [vo for vo in verb_object_spans(unit.zh) if (vo.start, vo.end) not in taken]
        spans += [ChineseSpan(vo.text, vo.start, vo.end, 2) for vo in verb_objects]
        verb_ends = {vo.text: vo.verb_end - vo.start for vo in verb_objects}
        for span in spans:
            item = gathered.get(span.text)
            if item is None:
                item = gathered[span.text] = _Gathered(
                    span.text,
                    words=span.words,
                    verb_object=span.verb_object,
                    verb_end=verb_ends.get(span.text, 0),
                )
            item.verb_object = item.verb_object and span.verb_object
            item.marked = item.marked or span.marked
            # A quoted word and its head noun (“十三五”规划): its text leaves the marks out.
            # Inside a title (《…“十三五”发展规划》) the head is the title's, not the word's.
            item.quoted_head = item.quoted_head or (
                span.text != unit.zh[span.start : span.end]
                and not titles.nested(unit.zh, span.start, span.end)
            )
            if verb_ends.get(span.text, 0) != item.verb_end:
                item.verb_end = 0  # a term elsewhere: scored as any other candidate
            item.seen.append(_Seen(unit, span.start, span.end, None))
    return gathered


def _evidence_of(units: Sequence[Unit]) -> tuple[Cooccurrence, Repeats]:
    """What the sentences tell of words kept together. A bracket whose pair has English of
    its own is no sentence of its own (its English stands in its pair's or not at all), so
    it holds no words here; a bracket in Chinese left without English is the only one."""
    paired = {u.index for u in units if not u.inline}
    counted = [u for u in units if not (u.inline and u.index in paired)]
    kept = {id(u) for u in counted}
    by_position = sorted(units, key=lambda u: u.position)  # Repeats looks sentences up by it
    return (
        Cooccurrence([(u.zh, u.words) for u in counted]),
        Repeats([u.words if id(u) in kept else [] for u in by_position]),
    )


def _one_per_place(seen: list[_Seen]) -> list[_Seen]:
    """One occurrence per place in the text: where a bracket's unit and its pair's unit both
    hold the Chinese, the one that found English; the bracket's when both did, unless it
    cannot be placed in the pair's English and the pair's renders the same."""
    if not any(s.unit.inline for s in seen):
        return seen
    places: dict[tuple[int, int], list[_Seen]] = defaultdict(list)
    for s in seen:
        places[(s.unit.index, s.zh_start + s.unit.zh_offset)].append(s)
    kept: set[int] = set()
    for group in places.values():
        found = [s for s in group if s.match is not None] or group
        inline = [s for s in found if s.unit.inline and s.match is not None]
        own = [s for s in found if not s.unit.inline]
        choice = inline[0] if inline else found[0]
        if (
            inline
            and own
            and choice.unit.en_in_pair < 0
            and english.normalise(_span_text(choice)) == english.normalise(_span_text(own[0]))
        ):
            own[0].glossed = _glossed_here(choice)  # the gloss, placed in the pair's English
            choice = own[0]
        kept.add(id(choice))
    return [s for s in seen if id(s) in kept]


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _glossed_here(seen: _Seen) -> bool:
    """Whether this occurrence is the Chinese right before a term's bracketed gloss, rendered
    by the whole gloss (an article aside), with every character of it rendered."""
    if seen.glossed:
        return True
    unit, match = seen.unit, seen.match
    if not unit.inline or not unit.term_gloss or seen.zh_end != len(unit.zh) or not match:
        return False
    if not match.explained or (match.zh_cover < 1.0 and not match.filled):
        # Found by repeats, not the dictionary; or Chinese left unrendered by any word of the
        # gloss (新型 of 新型冠状病毒 "coronavirus"): the gloss names less than the candidate.
        return False
    gloss = _ARTICLE.sub("", unit.en.strip())
    if english.normalise(_ARTICLE.sub("", _span_text(seen))) != english.normalise(gloss):
        return False
    # A clause glossed (物价上涨 "prices rise") ends with its verb, a term with its noun.
    chinese = unit.zh[seen.zh_start : seen.zh_end]
    return not _ends_with_verb(chinese) or phrases.nominal_ending(gloss) or gloss.endswith("ing")


def _ends_with_verb(chinese: str) -> bool:
    """Whether rjieba tags the Chinese's last word a verb, or the last two characters of a
    locution or idiom it keeps whole (物价上涨)."""
    last = tokens(chinese)[-1]
    if last.pos in ("l", "i") and len(last.text) > 2:
        last = tokens(last.text[-2:])[-1]
    return last.pos == "v"


def _recurring_coinages(units: Sequence[Unit]) -> set[str]:
    """Coinages (runs of characters rjieba leaves single) found in two sentences or more."""
    count: Counter[str] = Counter()
    for unit in units:
        count.update({s.text for s in coinages(unit.zh)})
    return {text for text, n in count.items() if n >= 2}


def _ends_modifying(zh: str, span: ChineseSpan) -> bool:
    """Whether the span ends with an adjective after a noun of its own and a word follows
    straight on (规划 圆满 收官): the adjective modifies that word, the predicate's, so the
    span swallowed the start of the clause after its noun."""
    toks = tokens(zh)
    at = {t.end: k for k, t in enumerate(toks)}.get(span.end)
    if at is None or at == 0 or at + 1 >= len(toks) or toks[at - 1].start < span.start:
        return False
    last, before, after = toks[at], toks[at - 1], toks[at + 1]
    return (
        last.pos == "a"
        and len(last.text) >= 2
        and before.pos.startswith("n")
        and bool(_HAN.match(after.text))
        and after.pos not in ("uj", "x")
    )


_NUMBER_WORD = re.compile(r"^[0-9０-９〇零一二三四五六七八九十百]+$")
_NUMBERED = re.compile(r"[0-9０-９〇零一二三四五六七八九十百]+[号型期]")
"""A number and the word that makes it a designation (a craft's 七号, a model's 3型), as
one word or two (十二号, 十二 号)."""
_NAME_TAGS = ("ns", "nr", "nz", "nt")


def _numbered_names(zh: str) -> list[ChineseSpan]:
    """A name, a number in Chinese or digits and 号/型/期 after it (神舟 十二 号 "Shenzhou
    XII"): one name with its number. The span's `words` counts the characters of the name,
    so the caller knows where the number starts."""
    toks = tokens(zh)
    ends = {t.end for t in toks}
    out: list[ChineseSpan] = []
    for k in range(len(toks) - 1):
        name, number = toks[k], toks[k + 1]
        if not _NUMBER_WORD.match(number.text[:1]) or len(name.text) < 2:
            continue
        numbered = _NUMBERED.match(zh, number.start)
        if numbered is None or numbered.end() not in ends or not _HAN.match(name.text):
            # 号 starting a word of its own (七 号召) makes no designation
            continue
        if name.pos.startswith("nr") or not (
            name.pos.startswith(_NAME_TAGS) or is_proper_name(name.text)
        ):
            continue
        end = numbered.end()
        out.append(ChineseSpan(zh[name.start : end], name.start, end, len(name.text)))
    return out


def _numbered_in_english(unit: Unit, span: ChineseSpan) -> bool:
    """Whether the English numbers the name as the Chinese does: its number as a numeral or a
    Roman numeral (not an ordinal: "the 3rd" is a date) right after a capitalised word, and
    right after the name's pinyin where the English spells it (Hangzhou Apartment 9 numbers
    the apartment, not 杭州)."""
    name, digits = span.text[: span.words], span.text[span.words : -1]
    value = str(int(digits)) if digits.isdigit() else str(chinese_number(digits) or "")
    spelled = [
        form[-1]
        for form in pinyin_spellings(name)
        if all(any(spelling_key(w.text) == part for w in unit.words) for part in form)
    ]
    for before, word in zip(unit.words, unit.words[1:], strict=False):
        if (
            word.stem == value
            and not _ORDINAL_TEXT.fullmatch(word.text)
            and not word.stop_before
            and before.text[:1].isupper()
            and (not spelled or spelling_key(before.text) in spelled)
        ):
            return True
    return False


_ORDINAL_TEXT = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _glossed_piece(unit: Unit, taken: set[tuple[int, int]]) -> list[ChineseSpan]:
    """The whole Chinese a term's gloss follows, when the cutter proposes no such span: the
    bracket marks where the term ends, and the cutter may have split it at a word it does
    not take for a term's (侧 of 供给侧结构性改革). Only when it opens with a noun-like word:
    a verb or a word cut in two there belongs to the sentence around the term."""
    if not unit.inline or not unit.term_gloss or (0, len(unit.zh)) in taken:
        return []
    words = tokens(unit.zh)
    if len(words) < 2 or words[0].start != 0 or not words[0].pos.startswith(_NOUN_LIKE):
        return []
    return [ChineseSpan(unit.zh, 0, len(unit.zh), len(words))]


_NOUN_LIKE = ("n", "vn", "j", "l", "i", "b")
"""Parts of speech a term may open with (nouns, verbal nouns, abbreviations, set phrases)."""


def _spelled_spans(unit: Unit, taken: set[tuple[int, int]]) -> list[ChineseSpan]:
    """Words of the Chinese whose pinyin the English spells (平遥 "Pingyao", 西安 "Xi'an"):
    names and coinages, candidates whatever their part of speech."""
    keys = {spelling_key(w.text) for w in unit.words if not w.function}
    out: list[ChineseSpan] = []
    for token in tokens(unit.zh):
        if (token.start, token.end) in taken:
            continue
        if any(all(part in keys for part in form) for form in pinyin_spellings(token.text)):
            out.append(ChineseSpan(token.text, token.start, token.end, 1))
            taken = taken | {(token.start, token.end)}
    return out + [
        s for s in titles.spelled_names(unit.zh, unit.words) if (s.start, s.end) not in taken
    ]


def _title_case(text: str, words: Sequence[english.Word]) -> bool:
    """A heading in title case: most words capitalised and no full stop at the end."""
    if text.rstrip().endswith((".", "!", "?", ";")):
        return False
    content = [w for w in words if not w.function]
    return bool(content) and sum(w.text[:1].isupper() for w in content) >= 0.6 * len(content)


def _proper_words(units: Sequence[Unit]) -> set[str]:
    """Capitalised words seen inside sentences (Internet, UN), not in title-case headings:
    kept capitalised in renderings."""
    proper: set[str] = set()
    for unit in units:
        if _title_case(unit.en, unit.words):
            continue
        for k, word in enumerate(unit.words):
            if k > 0 and not unit.words[k].stop_before and word.text[:1].isupper():
                proper.add(word.text)
                # A rendering ends before a possessive ending (Laboratory's -> Laboratory).
                proper.add(word.text[: rendering_end(word) - word.start])
    return proper


def _surface(text: str, proper: set[str], spelled: Collection[str] = ()) -> str:
    """The rendering as a learner writes it: sentence and heading capitals lowered, names and
    acronyms kept (Internet, UN, and a word spelt in pinyin: Yangshan)."""
    out = []
    for word in text.split(" "):
        head = word.split("-")[0]
        if (
            head[:1].isupper()
            and not head.isupper()
            and head not in proper
            and spelling_key(head) not in spelled
        ):
            word = word[:1].lower() + word[1:]
        out.append(word)
    return " ".join(out)


def _strengths(
    free: list[bool], words: Sequence[english.Word], pieces: Sequence[str], cooc: Cooccurrence
) -> list[float]:
    """For each free word, how firmly the document ties it to a piece of the candidate (0 for
    a word another Chinese word renders)."""
    return [
        max([MIN_STRENGTH, *(cooc.dice(p, w.stem) for p in pieces)])
        if f and not w.function
        else 0.0
        for f, w in zip(free, words, strict=True)
    ]


def _number_kept_whole(chinese: str, known: Mapping[str, str]) -> list[Component] | None:
    """The components of a numbered name (神舟二十一号) with its number read as one number
    (21), where the dictionary's cut may take part of it into the next word (一号 "first
    day"), and no component for 号; None for any other candidate."""
    found = _numbered_names(chinese)
    if not found or (found[0].start, found[0].end) != (0, len(chinese)):
        return None
    name_end = found[0].words
    number_end = len(chinese) - 1
    out = components(chinese[:name_end], known)
    spelled = pinyin_spellings(chinese[:name_end])
    if len(out) > 1 and spelled:
        # A name the dictionary lacks (a craft's), read by its pinyin, not character by
        # character: the English spells it.
        out = [Component(chinese[:name_end], 0, spelled, spelled=len(spelled))]
    # 号 after the number is left out, as "and" is of a coordination: the numbering renders it.
    for comp in components(chinese[name_end:number_end], known):
        out.append(replace(comp, start=comp.start + name_end))
    return out


def _align(item: _Gathered, known: Mapping[str, str], cooc: Cooccurrence) -> None:
    variants = [(comps, Matcher(comps)) for comps in component_variants(item.text, known)]
    numbered = _number_kept_whole(item.text, known)
    if numbered is not None:
        variants.append((numbered, Matcher(numbered)))
    item.spelled = frozenset(
        part
        for comps, _ in variants
        for c in comps
        for gloss in c.glosses[len(c.glosses) - c.spelled :]
        for part in gloss
    )
    pieces = sorted({c.text for comps, _ in variants for c in comps})
    seen_units: set[tuple[int, int]] = set()
    for n, seen in enumerate(item.seen):
        if n >= MAX_OCCURRENCES_ALIGNED:
            break
        # By unit, not pair: a bracket's unit holds the same place as its pair's, and both are
        # aligned before _one_per_place chooses between them.
        key = (seen.unit.position, seen.zh_start)
        if key in seen_units:
            continue
        seen_units.add(key)
        unit = seen.unit
        own_free = unit.free(seen.zh_start, seen.zh_end)  # read only, by every step below
        free = _strengths(own_free, unit.words, pieces, cooc)
        noun_after = _noun_after(unit.zh, seen.zh_end)
        match = _best(variants, unit.words, free, unit.zh, noun_after)
        if (match is None or match.score < PARENT_TRY_BELOW) and unit.parent_words is not None:
            # The sentence alignment may have put the rendering in a neighbouring sentence.
            parent_free = _strengths(
                unit.parent_free(seen.zh_start, seen.zh_end), unit.parent_words, pieces, cooc
            )
            wider = _best(variants, unit.parent_words, parent_free, unit.parent_zh, noun_after)
            if wider is not None and (match is None or wider.score > match.score + 0.2):
                match = wider
                seen.in_parent = True
        if match is not None and not seen.in_parent:
            match = (
                _whole_name(
                    unit, match, titles.nested(unit.zh, seen.zh_start, seen.zh_end), variants
                )
                if item.marked
                else _free_name(unit, match, own_free, variants)
            )
        if match is not None and not seen.in_parent:
            match = _whole_line(unit, match, item.text)
            if unit.verb_at(seen.zh_start):  # the sentence uses its first word as a verb
                match = _with_verb(unit, match, own_free, variants)
            if item.verb_end:
                match = _with_object(unit, match, item.text, item.verb_end, variants)
            match = _with_synonym_verb(unit, match, item.text, own_free)
        if match is not None and variants and _place_put_last(variants[0][0], unit.words, match):
            match = None  # the place is where the thing stands, not part of its name
        if match is not None and not _ZH_NUMERAL.search(item.text):
            words = unit.parent_words if seen.in_parent else unit.words
            match = _without_leading_number(words or [], match)
        if match is not None:
            words = unit.parent_words if seen.in_parent else unit.words
            match = _without_leading_owner(words or [], match, variants)
            if _crosses_clauses(item.text, words or [], match, variants):
                match = None
        seen.match = match
        if match is not None and not seen.in_parent and numbered is None:
            # A numbered name is whole (神舟七号 before 乘组 "crew"): the number ends it.
            seen.continued = (
                _continues(unit, seen.zh_end, match, known)
                or _head_left_out(unit, seen.zh_end, match, variants)
                or _first_word_shared(unit, seen.zh_start, match, known)
            )


# Financial and traditional numerals, and the characters that count as numbers (单程 "one-way",
# 双边 "two-sided", 俩 "the two of them").
_ZH_NUMERAL = re.compile(
    r"[0-9０-９〇零一二三四五六七八九十百千万亿两半双首第兩萬億廿卅"
    r"壹贰貳叁參肆伍陆陸柒捌玖拾佰仟单單独獨俩倆雙]"
)


_EN_FRACTION = re.compile(
    r"(?:fif|six|seven|eigh|nin|ten|eleven|twelf|twentie|thirtie|fortie|fiftie|hundred|thousand)"
    r"ths?"
)
"""The fractions spelled as ordinals after a hyphen (two-fifths, one-tenth)."""


def _number_word(word: english.Word) -> bool:
    """A number, an ordinal in digits (19th) or a spelled number or fraction."""
    return (
        bool(re.fullmatch(r"\d+(?:st|nd|rd|th)?", word.lower)) or word.lower in english.NUMBER_WORDS
    )


def _without_leading_number(words: Sequence[english.Word], match: SpanMatch) -> SpanMatch:
    """The span without the number it starts with when the Chinese holds none (东亚峰会, "19th
    East Asia Summit"; 毕业生, "two-thirds of graduates"): the count or the session's number
    belongs to the words around the candidate."""
    k = match.start_word
    while k < match.end_word and (
        _number_word(words[k])
        or (
            k > match.start_word
            and words[k].joined_before
            and _EN_FRACTION.fullmatch(words[k].lower) is not None
        )
    ):
        k += 1
    if k == match.start_word or words[k].joined_before:
        return match  # a hyphen joins the number into a compound (one-way, half-time)
    while k < match.end_word and words[k].function:
        k += 1
    if words[k].function or words[k].stop_before:
        return match
    return replace(match, start_word=k, start=words[k].start)


_AND_WORDS = frozenset({"与", "和", "及", "、", "并", "且", "同"})


def _crosses_clauses(
    chinese: str,
    words: Sequence[english.Word],
    match: SpanMatch,
    variants: Sequence[tuple[list[Component], Matcher]],
) -> bool:
    """Whether the span of a candidate with a verb holds an "and" the Chinese does not say,
    with the words after it rendering only Chinese that comes before what the words ahead of
    it render ("can't find a job and students" for 学生找不到工作): two clauses, the second's
    subject taken in."""
    if not variants or joins_words(chinese):
        return False
    if any(c.text in _AND_WORDS for comps, _ in variants for c in comps):
        return False  # a reading of the Chinese holds "and" (人 与 自然)
    toks = tokens(chinese)
    if len(toks) == 2 and all(t.pos.startswith("n") for t in toks):
        return False  # two nouns side by side may be listed in either order (水果糖果)
    _, matcher = variants[0]
    for at in range(match.start_word + 1, match.end_word):
        if words[at].lower != "and":
            continue
        ahead = {ci for w in words[match.start_word : at] for ci, _, _ in matcher.word_hits(w).hits}
        after = {
            ci for w in words[at + 1 : match.end_word + 1] for ci, _, _ in matcher.word_hits(w).hits
        }
        if ahead and after and max(after) < min(ahead):
            return True
    return False


_POSSESSIVE = re.compile(r"\w['’]s$")


def _without_leading_owner(
    words: Sequence[english.Word],
    match: SpanMatch,
    variants: Sequence[tuple[list[Component], Matcher]],
) -> SpanMatch:
    """The span without the possessive it opens with when no reading of the candidate
    explains it ("China's gross domestic product" for 国内生产总值): the owner is the
    sentence's, a determiner of the term, not part of it."""
    k = match.start_word
    if k >= match.end_word or words[k + 1].stop_before or words[k + 1].joined_before:
        return match
    if not _POSSESSIVE.search(words[k].text) or not variants:
        return match
    if any(m.word_hits(words[k]).hits or m.word_hits(words[k]).acronym for _, m in variants):
        return match
    return replace(match, start_word=k + 1, start=words[k + 1].start)


def _place_put_last(
    comps: Sequence[Component], words: Sequence[english.Word], match: SpanMatch
) -> bool:
    """Whether the candidate opens with a place name that the English puts last, after "in"
    (北京图书馆 "the Library in Beijing"): a thing and where it stands, whose name the
    dictionary gives without the place. Other words may move behind "in" (网络空间治理
    "governance in cyberspace"); a place does not belong to the thing it locates."""
    if len(comps) < 2 or word_pos(comps[0].text) != "ns":
        return False
    span = words[match.start_word : match.end_word + 1]
    at = max((k for k, w in enumerate(span) if w.lower == "in"), default=-1)
    after = span[at + 1 :]
    if at < 1 or not after or not all(w.text[:1].isupper() for w in after):
        return False
    return best_span(comps[:1], after) is not None


def _with_verb(
    unit: Unit,
    match: SpanMatch,
    free: Sequence[bool],
    variants: Sequence[tuple[list[Component], Matcher]],
) -> SpanMatch:
    """The span widened back to the verb a verb-object candidate opens with, when the
    dictionary's glosses missed it (verb_terms.verb_left_out)."""
    comps = variants[0][0] if variants else []
    at = verb_left_out(comps, unit.words, free, match.start_word, match.end_word)
    if at is None:
        return match
    return replace(match, start_word=at, start=unit.words[at].start)


def _with_object(
    unit: Unit,
    match: SpanMatch,
    chinese: str,
    verb_end: int,
    variants: Sequence[tuple[list[Component], Matcher]],
) -> SpanMatch:
    """A verb-object unit's span widened to its object across "to their" and the like
    (verb_terms.object_after), when the wider span renders the candidate better."""
    at = object_after(chinese, verb_end, unit.words, match.end_word)
    if at == match.end_word or not variants:
        return match
    wider = score_selection(variants[0][0], unit.words, match.start_word, at)
    if wider is None or wider.score <= match.score:
        return match
    words = unit.words
    return replace(
        wider,
        start_word=match.start_word,
        end_word=at,
        start=match.start,
        end=rendering_end(words[at]),
    )


MAX_VERB_GAP = 2
"""Function words that may stand between a verb and its object (prays to, pays tribute to)."""


def _with_synonym_verb(
    unit: Unit, match: SpanMatch, chinese: str, free: Sequence[bool]
) -> SpanMatch:
    """The span of a dictionary verb-object word rendered by another verb before the very
    object its gloss names (verb_terms.verb_by_synonym), taking in that verb when the span
    left it out, and scored as fully rendered: the word before the object renders the verb,
    whatever verb the translator chose."""
    words = unit.words
    starts = [match.start_word]
    k = match.start_word - 1
    while k >= 0 and match.start_word - k <= MAX_VERB_GAP + 1 and not words[k + 1].stop_before:
        if not words[k].function:
            if free[k]:
                starts.append(k)
            break
        k -= 1
    for start in starts:
        if free[start] and verb_by_synonym(chinese, words, start, match.end_word):
            return replace(
                match, start_word=start, start=words[start].start, zh_cover=1.0, en_cover=1.0
            )
    return match


def _whole_name(
    unit: Unit,
    match: SpanMatch,
    nested: bool,
    variants: Sequence[tuple[list[Component], Matcher]] = (),
) -> SpanMatch:
    """The span of a name the Chinese marks, widened to the whole quotation or capitalised
    name it stands in; a name marked inside another (“十三五” in a plan's 《title》) is not
    the whole quotation. (Other candidates are not widened: most are pieces of names.)"""
    words = unit.words
    quotation = None if nested else titles.quotation_around(unit.en, match.start, match.end)
    found: tuple[int, int] | None = None
    if quotation is not None:
        inside = [
            k for k, w in enumerate(words) if quotation[0] <= w.start and w.end <= quotation[1]
        ]
        found = (inside[0], inside[-1]) if inside else None
    if found is None:
        run = titles.capitalised_within(words, match.start_word, match.end_word)
        found = titles.name_around(words, *run) if run else None
    if found is None:
        return match
    lo, hi = found
    if quotation is not None and _head_after_quote(unit, hi, variants):
        hi += 1  # "China threat" theory: the quotation is the modifier, the head follows
    return replace(match, start_word=lo, end_word=hi, start=words[lo].start, end=words[hi].end)


_CLOSING_QUOTE = re.compile(r"\s*[\"”’']\s*")
_DOUBLE_QUOTES = re.compile(r"[\"“”]")


def _head_after_quote(
    unit: Unit, hi: int, variants: Sequence[tuple[list[Component], Matcher]]
) -> bool:
    """Whether the word right after the closing quote that ends at word `hi` renders a part
    of the candidate no word inside the quotation renders (威胁论, "China threat" theory):
    the writer quoted only the modifier."""
    words = unit.words
    after = hi + 1
    if after >= len(words) or words[after].function or not variants:
        return False
    if not _CLOSING_QUOTE.fullmatch(unit.en[words[hi].end : words[after].start]):
        return False
    lo = hi
    while lo > 0 and not words[lo].stop_before:
        lo -= 1  # back to the opening quote
    _, matcher = variants[0]
    inside = {ci for w in words[lo : hi + 1] for ci, _, _ in matcher.word_hits(w).hits}
    return any(ci not in inside for ci, _, _ in matcher.word_hits(words[after]).hits)


def _whole_line(unit: Unit, match: SpanMatch, chinese: str) -> SpanMatch:
    """The span widened to the whole English line when the candidate is the whole Chinese
    line (numbering and punctuation aside) and the span already holds half its words: a
    heading or list line is the term and its rendering (大国外交 "major country diplomacy",
    where the dictionary explains "diplomacy" alone)."""
    if _NUMBERING.sub("", unit.zh) != _NUMBERING.sub("", chinese):
        return match
    words = unit.words
    lo, hi = 0, len(words) - 1
    if words and _EN_NUMBERING.fullmatch(words[0].text):
        lo = 1  # I. Introduction
    while lo <= hi and words[lo].function:
        lo += 1
    while hi >= lo and words[hi].function and not words[hi].joined_before:
        hi -= 1  # but "well-being" ends with its "being"
    if not lo <= match.start_word <= match.end_word <= hi or hi - lo >= MAX_LINE_WORDS:
        return match
    if (match.start_word, match.end_word) == (lo, hi):
        return match
    if any(words[k].stop_before and not words[k].comma_before for k in range(lo + 1, hi + 1)):
        return match  # a line of more than one phrase (Part One: Preface)
    content = sum(not w.function for w in words[lo : hi + 1])
    held = sum(not w.function for w in words[match.start_word : match.end_word + 1])
    if 2 * held < content:
        return match
    return replace(
        match, start_word=lo, end_word=hi, start=words[lo].start, end=rendering_end(words[hi])
    )


MAX_LINE_WORDS = 12
"""The longest English line read whole as a term's rendering."""


MAX_NAME_GAIN = 1
"""Words a rendering may gain on either side to complete a name (Force, Committee): more free
words beside it are the translator's own (UN -> UN Security Council Resolution)."""


def _free_name(
    unit: Unit,
    match: SpanMatch,
    free: Sequence[bool],
    variants: Sequence[tuple[list[Component], Matcher]] = (),
) -> SpanMatch:
    """The span widened to the whole run of capitalised words it cuts into, when no other
    Chinese word of the sentence renders the words it gains, or the candidate's own glosses
    do ("People's Armed Police" -> "... Force" for 武警部队; not "Kunming" -> "Kunming
    Biodiversity Fund" for 昆明)."""
    found = titles.name_around(unit.words, match.start_word, match.end_word)
    if found is None or found == (match.start_word, match.end_word):
        return match
    lo, hi = found

    def takes(gained: range, lo: int, hi: int) -> bool:
        return len(gained) <= MAX_NAME_GAIN and (
            all(free[k] for k in gained) or _covers_more(variants, unit.words, match, lo, hi)
        )

    start, end = match.start_word, match.end_word
    lo = lo if takes(range(lo, start), lo, end) else start
    hi = hi if takes(range(end + 1, hi + 1), start, hi) else end
    if (lo, hi) == (match.start_word, match.end_word):
        return match
    words = unit.words
    return replace(
        match, start_word=lo, end_word=hi, start=words[lo].start, end=rendering_end(words[hi])
    )


def _covers_more(
    variants: Sequence[tuple[list[Component], Matcher]],
    words: Sequence[english.Word],
    match: SpanMatch,
    lo: int,
    hi: int,
) -> bool:
    """Whether the words lo..hi render more of the candidate by its dictionary glosses than
    the match does, by any reading of the candidate (Force of 部队 after People's Armed
    Police)."""
    for comps, _ in variants:
        now = score_selection(comps, words, match.start_word, match.end_word)
        wider = score_selection(comps, words, lo, hi)
        if wider is not None and wider.zh_cover > (now.zh_cover if now else 0.0) + 1e-9:
            return True
    return False


def _best(
    variants: list[tuple[list[Component], Matcher]],
    words: list[english.Word],
    free: list[float],
    zh: str,
    noun_after: bool = False,
) -> SpanMatch | None:
    best: SpanMatch | None = None
    for comps, matcher in variants:
        match = best_span(comps, words, free, matcher, zh, noun_after=noun_after)
        if match is not None and (best is None or _better(match, best)):
            best = match
    return best


def _noun_after(zh: str, end: int) -> bool:
    """Whether a noun starts where the candidate ends, or after a 的 there (藏族的节日):
    the candidate modifies it, so it heads the phrase the English renders."""
    following = {t.start: t for t in tokens(zh)}
    token = following.get(end)
    if token is not None and token.text == "的":
        token = following.get(token.end)
    return token is not None and token.pos.startswith(("n", "vn"))


def _head_left_out(
    unit: Unit,
    zh_end: int,
    match: SpanMatch,
    variants: Sequence[tuple[list[Component], Matcher]],
) -> bool:
    """Whether a capitalised name ends the span with a head noun no reading of the candidate
    explains, and a noun follows the candidate in the Chinese (中国航天 before 办公室, "China
    Space Agency"): that noun is the head the name's last word renders, left out here."""
    words = unit.words
    last = words[match.end_word]
    if match.end_word == match.start_word or not last.text[:1].isupper() or last.function:
        return False
    if not all(w.text[:1].isupper() for w in words[match.start_word : match.end_word + 1]):
        return False
    following = {t.start: t for t in tokens(unit.zh)}.get(zh_end)
    if following is None or not following.pos.startswith("n") or following.pos.startswith("nr"):
        return False
    head = components(following.text)
    outside = [w for k, w in enumerate(words) if not match.start_word <= k <= match.end_word]
    if any(best_span(head, [w]) is not None for w in outside if not w.function):
        return False  # the noun after is rendered elsewhere (同胞 "compatriots in ..."): no head
    return not any(hits.hits or hits.acronym for hits in (m.word_hits(last) for _, m in variants))


MAX_SHARED_LOOK = 4
"""How far into the candidate a character shared with the word before it is looked for."""


def _first_word_shared(
    unit: Unit, zh_start: int, match: SpanMatch, known: Mapping[str, str]
) -> bool:
    """Whether the span's first English word also renders the Chinese word right before the
    candidate ("spaceflight" of 航天 飞行 for 飞行工程师): one English word renders both, so
    the candidate cuts the term the word renders."""
    before = next((t for t in tokens(unit.zh) if t.end == zh_start), None)
    if before is None or len(before.text) < 2 or not _HAN.search(before.text):
        return False
    if set(before.text) & set(unit.zh[zh_start : zh_start + MAX_SHARED_LOOK]):
        return False  # 碳达峰 碳中和 "carbon ...": each word's own 碳 renders "carbon"
    if before.pos.startswith(("r", "p", "c", "u", "d", "m")):
        return False  # a function word or a count renders nothing of the term
    first = unit.words[match.start_word]
    return not first.function and best_span(components(before.text, known), [first]) is not None


def _continues(unit: Unit, zh_end: int, match: SpanMatch, known: Mapping[str, str]) -> bool:
    """Whether the word right after the English span renders the Chinese word after the
    candidate. (A head before "of" does not count: 公共产品 in 公共产品供给, "supply of public
    goods", is a whole term.)"""
    words = unit.words
    rest = unit.rest_of_word(zh_end)
    if rest and _HAN.search(rest):
        # The candidate ends inside a word (交易 of 交易市场): a span that also renders the
        # rest of that word ("trading market") reaches past the candidate.
        rest_comps = components(rest, known)
        inside = words[match.start_word : match.end_word + 1]
        if any(best_span(rest_comps, [w]) is not None for w in inside if not w.function):
            return True
    following = unit.word_at(zh_end)
    if not following or not _HAN.search(following):
        return False
    if unit.verb_at(zh_end) and verb_share(following) >= 0.5 and cedict.senses(following):
        return False  # a predicate after its subject (命运共同体 需要 "... requires")
    comps = components(following, known)
    after = match.end_word + 1
    if (
        after < len(words)
        and not words[after].stop_before
        and not words[after].function
        and best_span(comps, [words[after]]) is not None
    ):
        return True
    # Or a coordination cut in two: 繁荣 of 繁荣发展, "growth and prosperity of ...".
    before = match.start_word - 1
    return (
        before >= 1
        and words[before].lower == "and"
        and not words[match.start_word].stop_before
        and not words[before].stop_before
        and best_span(comps, [words[before - 1]]) is not None
    )


def _score_candidate(
    item: _Gathered,
    known: Mapping[str, str],
    proper: set[str],
    cooc: Cooccurrence,
    repeats: Repeats,
) -> tuple[TermCandidate, float] | None:
    _align(item, known, cooc)
    _use_repeats(item, repeats)
    item.seen = _one_per_place(item.seen)
    votes: dict[str, float] = defaultdict(float)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    scores: dict[str, list[float]] = defaultdict(list)
    aligned = [s for s in item.seen if s.match is not None]
    for seen in aligned:
        assert seen.match is not None
        text = _span_text(seen)
        key = english.normalise(text)
        votes[key] += seen.match.score
        shown = _DOUBLE_QUOTES.sub("", text)  # "China threat" theory: a quoted part inside
        forms[key][shown if item.marked else _surface(shown, proper, item.spelled)] += 1
        scores[key].append(seen.match.score)
    if not votes:
        return None
    best_key = max(votes, key=lambda k: (votes[k], len(scores[k])))
    best_scores = scores[best_key]
    quality = sum(best_scores) / len(best_scores)
    chosen_matches = [
        s.match for s in aligned if s.match and english.normalise(_span_text(s)) == best_key
    ]
    chosen = [s for s in aligned if s.match and english.normalise(_span_text(s)) == best_key]
    surface = forms[best_key].most_common(1)[0][0]
    rendered = english.words(surface)
    if (
        item.verb_end
        and not renders_in_order(item.text, item.verb_end, surface)
        and not verb_by_synonym(item.text, rendered, 0, len(rendered) - 1)
    ):
        return None  # a passing predicate: its dictionary names no object with the verb
    # The same filled-in rendering in several sentences confirms the filling.
    sentences = len({s.unit.index for s in chosen})
    facts = confidence.Facts(
        chinese=item.text,
        english=surface,
        words=item.words,
        evidence=_mean(_evidence(m, sentences) for m in chosen_matches),
        agreement=len(best_scores) / max(1, len(aligned)),
        frequency=len(item.seen),
        verb_object=item.verb_object,
        predicate_cut=bool(chosen)
        and all(s.unit.verb_takes_object(s.zh_end) for s in chosen)
        and not phrases.nominal_ending(surface)
        and not (surface.lower().endswith("ing") and not any(_object_follows(s) for s in chosen)),
        headless=bool(chosen) and all(s.continued or _headless(s) for s in chosen),
        name_piece=bool(chosen) and all(_name_piece(s) for s in chosen),
        named=bool(chosen) and all(_named_alone(s) for s in chosen),
        heading=any(_heading_of(item.text, s) for s in chosen),
        name_rendering=bool(chosen) and _names_it(item.text, chosen),
        compound=bool(chosen) and _one_word_renders_parts(item.text, chosen),
        known=item.text in known and english.normalise(known[item.text]) == best_key,
        glossed=any(_glossed_here(s) for s in chosen),
        marked=item.marked,
        fixed_verb_object=bool(item.verb_end),
    )
    value, reasons = confidence.score(facts)
    frequency = facts.frequency
    english_text = forms[best_key].most_common(1)[0][0]
    others = tuple(
        forms[k].most_common(1)[0][0]
        for k in sorted(votes, key=lambda k: -votes[k])
        if k != best_key
    )
    occurrences = tuple(_occurrence(s, best_key) for s in item.seen)
    candidate = TermCandidate(
        chinese=item.text,
        english=english_text,
        pinyin="",
        confidence=round(value, 3),
        frequency=frequency,
        occurrences=occurrences,
        other_english=others,
        reasons=reasons,
    )
    return candidate, quality


REPEAT_TRY_BELOW = 0.6
"""Below this mean score of its occurrences, a recurring candidate's rendering is also looked
for as a phrase recurring with it (a set phrase the dictionary cannot explain)."""


def _use_repeats(item: _Gathered, repeats: Repeats) -> None:
    """Render the candidate by the English phrase that stands in every sentence holding it
    and seldom elsewhere, when the dictionary explains less than that phrase's exclusiveness
    and no other Chinese word of those sentences renders any of its words."""
    seen = item.seen[:MAX_OCCURRENCES_ALIGNED]
    positions = {s.unit.position for s in seen}
    if len(positions) < 2:
        return
    mean = sum(s.match.score if s.match else 0.0 for s in seen) / len(seen)
    if mean >= REPEAT_TRY_BELOW:
        return
    found = repeats.rendering(sorted(positions))
    if found is None or found.dice <= mean:
        return
    cut = _core_of(item, seen, found.spans, repeats, len(positions))
    if cut is None:
        return
    for s in seen:
        lo, hi = found.spans[s.unit.position]
        lo, hi = lo + cut[0], hi - cut[1]
        free = s.unit.free(s.zh_start, s.zh_end)
        if not all(free[k] or s.unit.words[k].function for k in range(lo, hi + 1)):
            return
    for s in seen:
        lo, hi = found.spans[s.unit.position]
        lo, hi = lo + cut[0], hi - cut[1]
        words = s.unit.words
        s.match = SpanMatch(lo, hi, words[lo].start, words[hi].end, found.dice, 1.0)
        s.in_parent = False


def _core_of(
    item: _Gathered,
    seen: Sequence[_Seen],
    spans: Mapping[int, tuple[int, int]],
    repeats: Repeats,
    sentences: int,
) -> tuple[int, int] | None:
    """How many words to cut from the start and the end of a recurring phrase: the words at
    its edges that belong to the sentences around the candidate, not to its rendering (first
    Chinese of "first Chinese taikonaut" for 航天员): another Chinese word there renders them,
    or they render nothing of the candidate and stand in many other sentences. None when
    nothing is left."""
    first = seen[0]
    lo, hi = spans[first.unit.position]
    words = first.unit.words
    comps = components(item.text)
    matcher = Matcher(comps) if comps else None

    def belongs(k: int) -> bool:
        word = words[k]
        if word.function:
            return False
        for s in seen:
            a, _ = spans[s.unit.position]
            if not s.unit.free(s.zh_start, s.zh_end)[a + k - lo]:
                return False
        hits = matcher.word_hits(word) if matcher is not None else None
        return bool(hits and (hits.hits or hits.acronym)) or (
            repeats.word_dice(word, sentences) >= REPEAT_WORD_DICE
        )

    start, end = lo, hi
    while start <= end and not belongs(start):
        start += 1
    while end >= start and not belongs(end):
        end -= 1
    if start > end:
        return None
    return start - lo, hi - end


REPEAT_WORD_DICE = 0.8
"""How exclusively an edge word of a recurring phrase must keep company with the candidate to
stay in its rendering when the dictionary links it to nothing of the candidate."""

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this", "these"})


def _object_follows(seen: _Seen) -> bool:
    """Whether an object follows the English span straight away ("expanding its opening up"):
    a gerund at the end of the span then acts as a verb, not as a noun ("mutual learning.")."""
    match = seen.match
    if match is None:
        return False
    words = (seen.unit.parent_words if seen.in_parent else seen.unit.words) or []
    after = match.end_word + 1
    if after >= len(words) or words[after].stop_before:
        return False
    return words[after].lower in _DETERMINERS or not words[after].function


_MODIFIER_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ed", "able", "ible", "ary", "less")


def _headless(seen: _Seen) -> bool:
    """Whether the span ends with a modifier (an adjective by its ending) and the English runs
    on straight into another content word: the head noun was left out ("system of protected
    natural" before "areas")."""
    match = seen.match
    if match is None or (match.filled == 0.0 and match.zh_cover >= 0.999):
        return False  # the dictionary explains it all (创业投资 "venture capital" investment)
    words = (seen.unit.parent_words if seen.in_parent else seen.unit.words) or []
    last = words[match.end_word].lower.split("-")[-1]
    after = match.end_word + 1
    return (
        last.endswith(_MODIFIER_ENDINGS)
        and after < len(words)
        and not words[after].stop_before
        and not words[after].function
        and not words[after].joined_before
    )


def _evidence(match: SpanMatch, sentences: int = 1) -> float:
    """How well one span renders the candidate, steeply: a term pair explains itself fully in
    both languages; anything left over, or filled in without the dictionary, is a warning,
    the less so the more sentences agree on the same rendering."""
    value = float((match.zh_cover * match.en_cover) ** EVIDENCE_POWER)
    penalty = FILL_PENALTY * (1.0 - FILL_TRUST * _trusted(match.fill_strength))
    penalty /= max(1, sentences)
    return max(0.0, value * (1.0 - penalty * match.filled))


def _one_word_renders_parts(chinese: str, chosen: Sequence[_Seen]) -> bool:
    """Whether every rendering is one English word whose pieces the dictionary ties to two or
    more parts of the Chinese (counterterrorism for 反恐怖主义): a closed compound, a phrase
    written as one word."""
    for seen in chosen:
        match = seen.match
        assert match is not None
        words = (seen.unit.parent_words if seen.in_parent else seen.unit.words) or []
        span = [w for w in words[match.start_word : match.end_word + 1] if not w.function]
        if len(span) != 1 or not confidence.renders_its_parts(chinese, span[0].text):
            return False
    return True


MIN_NAME_WORDS = 2
"""A capitalised rendering of fewer content words may be any word at a sentence's start."""


def _names_it(chinese: str, chosen: Sequence[_Seen]) -> bool:
    """Whether every rendering is a capitalised name of two or more words whose words the
    dictionary leaves unexplained (Khaganate), one or more, are as many as the parts of the
    Chinese it leaves unrendered (汗国), and which no capitalised word continues: a whole name
    the dictionary lacks, not a phrase with words or parts to spare."""
    comps = components(chinese)
    if not comps:
        return False
    matcher = Matcher(comps)
    for seen in chosen:
        match = seen.match
        assert match is not None
        words = (seen.unit.parent_words if seen.in_parent else seen.unit.words) or []
        rendered: set[int] = set()
        content = unexplained = 0
        for word in words[match.start_word : match.end_word + 1]:
            if word.function:
                continue
            hits = matcher.word_hits(word)
            found = {ci for ci, _, _ in hits.hits} | hits.acronym
            rendered |= found
            if word.joined_before and not found:
                continue  # a later part of a hyphenated word is no word of its own
            if not word.text[:1].isupper():
                return False
            content += 1
            unexplained += not found
        unrendered = sum(
            1
            for ci, c in enumerate(comps)
            if c.text not in GRAMMATICAL
            and ci not in rendered
            and any(ch.isalnum() for ch in c.text)
        )
        if (
            content < MIN_NAME_WORDS
            or not rendered
            or not unexplained
            or unexplained != unrendered
            or _name_runs_on(words, match)
        ):
            return False
    return True


def _name_runs_on(words: Sequence[english.Word], match: SpanMatch) -> bool:
    """Whether a capitalised word stands next to the span, or one function word away from it
    (Reform and Development Plan of Spoken and Written Languages): the span is part of a
    longer name."""

    def capitalised(k: int) -> bool:
        while k > 0 and words[k].joined_before:
            k -= 1  # the head of a hyphenated word (Medium-term)
        return not words[k].function and words[k].text[:1].isupper()

    before, after = match.start_word - 1, match.end_word + 1
    if before >= 0 and not words[before + 1].stop_before:
        if not words[before].function:
            return capitalised(before)
        if before >= 1 and not words[before].stop_before and capitalised(before - 1):
            return True
    if after < len(words) and not words[after].stop_before:
        if words[after].joined_before or not words[after].function:
            return words[after].joined_before or capitalised(after)
        if after + 1 < len(words) and not words[after + 1].stop_before:
            return capitalised(after + 1)
    return False


_NUMERAL = "[一二三四五六七八九十〇0-9０-９]+"
_NUMBERING = re.compile(rf"^(?:[(（]{_NUMERAL}[)）]|{_NUMERAL}[、.．])|[^\w]+")
"""A heading's numbering (一、 （二） 3.) and any punctuation or space."""
_EN_NUMBERING = re.compile(r"[IVXLC]+|[0-9]+")
"""An English heading's numbering (IV, 3)."""


def _heading_of(chinese: str, seen: _Seen) -> bool:
    """Whether the candidate is the whole of its line, numbering aside, and the English line is
    as short (前言 / Preface): a heading that names a part of the document."""
    match = seen.match
    if match is None or seen.in_parent or _NUMBERING.sub("", seen.unit.zh) != chinese:
        return False
    content = [w for w in seen.unit.words if not w.function]
    if content and _EN_NUMBERING.fullmatch(content[0].text):
        content = content[1:]  # I. Introduction
    spanned = [w for w in seen.unit.words[match.start_word : match.end_word + 1] if not w.function]
    return len(content) == len(spanned)


def _named_alone(seen: _Seen) -> bool:
    """Whether every word of the rendering is capitalised inside its sentence (not a
    hyphened modifier: Chinese-style) and no capitalised word
    stands beside it or one function word away: a name in its own right (Mars), not a
    heading's capitals nor a piece of a longer name (Kindergarten of Peixin Kindergarten)."""
    match = seen.match
    if match is None or match.start_word == 0 or _title_case(seen.unit.en, seen.unit.words):
        return False
    words = (seen.unit.parent_words if seen.in_parent else seen.unit.words) or []
    inside = [w for w in words[match.start_word : match.end_word + 1] if not w.function]
    return (
        bool(inside)
        and not words[match.start_word].stop_before
        and all(w.text[:1].isupper() for w in inside)
        and not _name_runs_on(words, match)
        and not _name_piece(seen)
    )


def _name_piece(seen: _Seen) -> bool:
    """Whether the rendering is capitalised mid-sentence and a capitalised word stands right
    before or after it: a piece cut out of a longer name (Narcotics Laboratory of China
    National Narcotics Laboratory)."""
    match = seen.match
    if match is None:
        return False
    words = (seen.unit.parent_words if seen.in_parent else seen.unit.words) or []
    inside = [w for w in words[match.start_word : match.end_word + 1] if not w.function]
    if match.start_word == 0 or not inside or not all(w.text[:1].isupper() for w in inside):
        return False
    before, after = match.start_word - 1, match.end_word + 1
    # A name runs on across "of" and "for" (Reform and Development Plan of Spoken ..., Office
    # for Disarmament Affairs), not across a phrase break.
    while before >= 1 and _joins_name(words, before) and not words[before + 1].stop_before:
        before -= 1
    while after < len(words) - 1 and _joins_name(words, after) and not words[after].stop_before:
        after += 1
    # A title before a person's whole name (Major Wang Wu) is no part of the name.
    titled = titles.whole_person(seen.unit.zh[seen.zh_start : seen.zh_end], inside)
    return (
        before >= 1
        and not titled
        and not words[before + 1].stop_before
        and not words[before].function
        and words[before].text[:1].isupper()
    ) or (
        after < len(words)
        and not words[after].stop_before
        and not words[after].function
        and words[after].text[:1].isupper()
    )


_NAME_JOINERS = frozenset({"of", "for"})


def _joins_name(words: Sequence[english.Word], at: int) -> bool:
    """Whether the word is a lower-case "of" or "for", which a name may run on across ("and"
    more often lists names than joins one)."""
    return words[at].lower in _NAME_JOINERS and words[at].text.islower()


def _mean(values: Iterable[float]) -> float:
    found = list(values)
    return sum(found) / len(found) if found else 0.0


def _span_text(seen: _Seen) -> str:
    assert seen.match is not None
    text = seen.unit.parent_en if seen.in_parent else seen.unit.en
    return text[seen.match.start : seen.match.end]


def _occurrence(seen: _Seen, best_key: str) -> Occurrence:
    match = seen.match
    index = seen.unit.index
    zh_start, zh_end = seen.zh_start, seen.zh_end
    if seen.unit.inline:
        shift, at = seen.unit.zh_offset, seen.unit.en_in_pair
        if match is None or at < 0 or english.normalise(_span_text(seen)) != best_key:
            return Occurrence(index, zh_start + shift, zh_end + shift, -1, -1)
        return Occurrence(index, zh_start + shift, zh_end + shift, at + match.start, at + match.end)
    if match is not None and english.normalise(_span_text(seen)) == best_key:
        en_start, en_end = match.start, match.end
        if seen.in_parent and seen.unit.parent is not None:
            index = seen.unit.parent
            zh_start += seen.unit.parent_zh_offset
            zh_end += seen.unit.parent_zh_offset
    else:
        en_start = en_end = -1
    return Occurrence(index, zh_start, zh_end, en_start, en_end)


def _drop_dominated(
    results: list[tuple[TermCandidate, float]], marked: Collection[str] = ()
) -> list[TermCandidate]:
    """Drop a candidate whose English a shorter candidate inside it already renders as well,
    or a longer candidate around it renders better. A name the writer marks (《…》) is
    never dominated by a piece of it: the piece is, when both have the same English."""
    by_english: dict[str, list[tuple[TermCandidate, float]]] = defaultdict(list)
    for candidate, quality in results:
        by_english[english.normalise(candidate.english)].append((candidate, quality))
    kept: list[TermCandidate] = []
    for candidate, quality in results:
        rivals = by_english[english.normalise(candidate.english)]
        dominated = any(
            other.chinese != candidate.chinese
            and (
                (candidate.chinese in other.chinese and other.chinese in marked)
                or (
                    other.chinese in candidate.chinese
                    and candidate.chinese not in marked
                    and other_quality >= quality - 0.05
                    and _whole_words(other.chinese, candidate.chinese)
                    and not _cut(other)
                )
                # A piece cut out of a word of a longer candidate with the same English
                # (再生能源 inside 可再生能源, both "renewable energy") is no term of its own.
                or (
                    candidate.chinese in other.chinese
                    and other_quality >= quality - 0.02
                    and not _whole_words(candidate.chinese, other.chinese)
                )
                # A shorter candidate the longer one around it renders clearly better with
                # the same English (联络点 in 国家联络点, "Points of Contact") lacks a word.
                or (
                    candidate.chinese in other.chinese
                    and other_quality > quality + 0.05
                    and candidate.chinese not in marked
                )
            )
            for other, other_quality in rivals
        )
        if not dominated:
            kept.append(candidate)
    return kept


def _cut(candidate: TermCandidate) -> bool:
    """Whether the confidence factors found the candidate cut from a longer term (its head or
    the start of its first English word left outside): it renders no better than that term."""
    return any(r.name == "headless" for r in candidate.reasons)


def _drop_contested(candidates: list[TermCandidate]) -> list[TermCandidate]:
    """Drop a candidate whose English, wherever it has one, a candidate at least as sure takes
    in the same pair for other Chinese words: one English phrase renders one Chinese term
    (生物多样性挑战 "global biodiversity conservation" where 生物多样性保护 renders that
    phrase); two that claim it equally are both in doubt."""
    by_pair: dict[int, list[tuple[TermCandidate, Occurrence]]] = defaultdict(list)
    for candidate in candidates:
        for occurrence in candidate.occurrences:
            if occurrence.en_start >= 0:
                by_pair[occurrence.pair_index].append((candidate, occurrence))

    def taken(candidate: TermCandidate, own: Occurrence) -> bool:
        return any(
            other.confidence >= candidate.confidence
            and other.chinese != candidate.chinese
            and (own.zh_end <= at.zh_start or at.zh_end <= own.zh_start)
            and at.en_start <= own.en_start
            and own.en_end <= at.en_end
            for other, at in by_pair[own.pair_index]
        )

    kept: list[TermCandidate] = []
    for candidate in candidates:
        found = [o for o in candidate.occurrences if o.en_start >= 0]
        if not found or not all(taken(candidate, o) for o in found):
            kept.append(candidate)
    return kept


def _whole_words(part: str, whole: str) -> bool:
    """Whether `part` stands in `whole` on the boundaries of its dictionary words (生活 in
    绿色生活方式 does not: it cuts 生活方式)."""
    at = whole.find(part)
    bounds = {c.start for c in components(whole)} | {len(whole)}
    return at in bounds and at + len(part) in bounds


def _overlaps(candidate: TermCandidate, longer: TermCandidate) -> bool:
    """Whether, wherever the candidate has English, the longer candidate's English in the same
    pair overlaps it (人类命运 "mankind free" and 人类命运共同体 "... for mankind")."""
    spans = {(o.pair_index, o.en_start, o.en_end) for o in longer.occurrences if o.en_start >= 0}
    found = [o for o in candidate.occurrences if o.en_start >= 0]
    return bool(found) and all(
        any(i == o.pair_index and s < o.en_end and o.en_start < e for i, s, e in spans)
        for o in found
    )


def _crossed(
    candidate: TermCandidate, longer: TermCandidate, by_chinese: Mapping[str, TermCandidate]
) -> bool:
    """Whether a candidate about as good as `candidate` ends `longer` and starts inside
    `candidate`: the two overlap, so `candidate` is no constituent of `longer`."""
    for start in range(1, len(candidate.chinese)):
        other = by_chinese.get(longer.chinese[start:])
        if other is not None and other.confidence >= candidate.confidence * 0.8:
            return True
    return False


def _predicate(candidate: TermCandidate) -> bool:
    """Whether the confidence factors found the candidate a clause, not a term: no longer
    term whose start another candidate could be a fragment of."""
    return any(r.name in ("verb phrase", "predicate cut off") for r in candidate.reasons)


def _drop_fragments(candidates: list[TermCandidate]) -> list[TermCandidate]:
    """Drop a candidate that only occurs as the start of a longer one whose English merely
    continues its own (全球数字 "global digital" inside 全球数字经济 "global digital economy"):
    it lacks its head in both languages. The same when the longer one's English holds or
    overlaps the candidate's and a candidate about as good ends the longer one from inside
    the candidate (网络空间命运 "shared future in cyberspace" across 网络空间 + 命运共同体)."""
    by_start: dict[str, list[TermCandidate]] = defaultdict(list)
    for candidate in candidates:
        by_start[candidate.chinese[:1]].append(candidate)
    by_chinese = {c.chinese: c for c in candidates}
    kept: list[TermCandidate] = []
    for candidate in candidates:
        key = english.normalise(candidate.english)
        fragment = False
        for longer in by_start[candidate.chinese[:1]]:
            if (
                len(longer.chinese) > len(candidate.chinese)
                and longer.chinese.startswith(candidate.chinese)
                and longer.frequency >= candidate.frequency
                and longer.confidence >= candidate.confidence * 0.8
                and not _predicate(longer)
            ):
                other = english.normalise(longer.english)
                if other.startswith(key + " ") or (
                    (f" {key} " in f" {other} " or _overlaps(candidate, longer))
                    and _crossed(candidate, longer, by_chinese)
                ):
                    fragment = True
                    break
        if not fragment:
            kept.append(candidate)
    return kept


def english_for_terms(
    pairs: Sequence[SegmentPair],
    terms: Sequence[str],
    *,
    known: Mapping[str, str] | None = None,
    with_pinyin: bool = True,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[TermCandidate | None]:
    """For each given Chinese term, its English in the document (None when not found)."""
    check_bilingual(pairs)
    known = dict(known or {})
    units = units_of(pairs)
    proper = _proper_words(units)
    cooc, repeats = _evidence_of(units)
    out: list[TermCandidate | None] = []
    for term in terms:
        cancel.raise_if_set()
        term = term.strip()
        if not term:
            out.append(None)
            continue
        item = _Gathered(term, words=len(components(term)))
        wanted = titles.folded(term)[0]
        for unit in units:
            text, where = titles.folded(unit.zh)
            marked = {(s.start, s.end) for s in titles.marked_spans(unit.zh)}
            at = text.find(wanted) if wanted else -1
            while at >= 0:
                start, end = where[at], where[at + len(wanted) - 1] + 1
                item.seen.append(_Seen(unit, start, end, None))
                item.marked = item.marked or (start, end) in marked
                at = text.find(wanted, at + len(wanted))
        scored = _score_candidate(item, known, proper, cooc, repeats) if item.seen else None
        # The user names the term: its English is a whole phrase, found even where the
        # dictionary evidence falls short (extract/suggest.py).
        found = completed(term, scored[0] if scored else None, pairs, known)
        if found is not None and with_pinyin:
            from duiyi.pinyin import pinyin_marks

            out.append(replace(found, pinyin=pinyin_marks(term)))
        else:
            out.append(found)
    return out
