"""Translations written into the Chinese: 中文(English) in study notes and bilingual news.

A writer who glosses a phrase or a clause in brackets right after it ("加强交往(increase
exchanges)") gives its English where the text's own English may not have it at all. Each such
bracket is read as a small sentence pair: the Chinese before it, back to the start of its
sentence or the previous bracket, with the English inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duiyi.extract.english import Word

# English inside ASCII or full-width brackets: starts with a letter, holds no Han and no other
# bracket. The Chinese it follows may be separated from it by spaces only. The English ends
# with a non-space so that it and the spaces after it split one way only (linear time).
_BRACKET = re.compile(
    r"[（(]\s*([A-Za-z](?:[^()（）\u3400-\u9fff\n]*[^()（）\u3400-\u9fff\n\s])?)\s*[)）]"
)
# A reference, not a translation: an address, a citation, dates (Company, 1998-2003).
_REFERENCE = re.compile(
    r"://|www\.|\bet al\b|\d+\s*[-–—~]\s*\d+|\b(?:1[0-9]|20)\d\d\b", re.IGNORECASE
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LETTERS = re.compile(r"[A-Za-z]")
# Where the Chinese glossed by a bracket can start at the latest: after a sentence's end or a
# semicolon (a clause glossed whole runs back over its commas).
_SENTENCE_END = re.compile(r"[。！？；!?;]")
# No "^": `match(text, pos)` anchors at pos, where "^" would never match.
_LEADING = re.compile(r"[\s,，、:：\"'“”‘’]+")
# One token in capitals or with a digit (EAS, IPv6, 5G): the name's abbreviation.
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&.-]*|\S*\d\S*)$")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+$")
MIN_LETTERS = 3
"""Fewer letters are a label or a list mark ("(a)", "(I)"), not a translation."""
MIN_HAN = 2
TERM_WORDS = 3
"""A gloss of this many words or fewer names a term, not a clause."""
TERM_HAN = 8
"""The most Chinese characters a term's gloss is read with (the term is at their end)."""


@dataclass(frozen=True)
class InlineTranslation:
    """A bracket of English written after the Chinese it translates, with offsets into the text."""

    zh_start: int
    zh_end: int
    english: str
    term: bool
    """The English is a term's few words, the Chinese the characters before it."""


def masked(zh: str) -> str:
    """The Chinese with each bracket of English after Chinese blanked out, offsets kept: Latin
    inside a Chinese sentence would cut its terms apart."""
    if "(" not in zh and "（" not in zh:
        return zh
    return _BRACKET.sub(lambda m: _mask(zh, m), zh)


# Closing quotes and title marks a gloss may follow, with their opening marks: the gloss is
# of the name or saying inside them (《论语》(The Analects)).
_CLOSERS = {"”": "“", "」": "「", "』": "『", "》": "《", '"': '"', "'": "'", "’": "‘"}


def _quoted(zh: str, before: str, floor: int) -> tuple[int, int] | None:
    """Where the Chinese inside the quotes or title marks `before` ends with starts and ends."""
    opener = _CLOSERS.get(before[-1:])
    if opener is None:
        return None
    at = before.rfind(opener, floor, len(before) - 1)
    if at < 0 or not _HAN.match(before[-2:-1]):
        return None
    return at + 1, len(before) - 1


def _glossable(before: str) -> bool:
    return bool(before) and (_HAN.match(before[-1]) is not None or before[-1] in _CLOSERS)


def _mask(zh: str, match: re.Match[str]) -> str:
    before = zh[: match.start()].rstrip()
    if not _glossable(before) or _ACRONYM.match(match.group(1)):
        # An abbreviation (IPv6) stays: the English copies it, and alignment reads it there.
        return match.group(0)
    return "，" * len(match.group(0))


def inline_translations(zh: str) -> list[InlineTranslation]:
    """The brackets of English in a Chinese text, each with the Chinese it follows."""
    found: list[InlineTranslation] = []
    floor = 0
    for match in _BRACKET.finditer(zh):
        end = match.start()
        before = zh[:end].rstrip()
        english = match.group(1).strip()
        if (
            not _glossable(before)
            or len(_LETTERS.findall(english)) < MIN_LETTERS
            or _REFERENCE.search(english)
        ):
            floor = match.end()
            continue
        quoted = _quoted(zh, before, floor)
        if quoted is not None or not _HAN.match(before[-1]):
            floor = match.end()
            if (
                quoted is not None
                and not _ACRONYM.match(english)
                and len(_HAN.findall(zh, *quoted)) >= MIN_HAN
            ):
                found.append(
                    InlineTranslation(*quoted, english, len(english.split()) <= TERM_WORDS)
                )
            continue
        stops = [m.end() for m in _SENTENCE_END.finditer(zh, floor, len(before))]
        start = max([floor, *stops])
        lead = _LEADING.match(zh, start)
        if lead is not None:
            start = lead.end()
        floor = match.end()
        if _ACRONYM.match(english):
            continue  # an abbreviation of the name, not its translation
        term = len(english.split()) <= TERM_WORDS
        if term:
            # A term's gloss: the Chinese it glosses is the run of Han characters before it.
            run = _HAN_RUN.search(zh, start, len(before))
            start = max(start, run.start() if run else len(before), len(before) - TERM_HAN)
        if len(_HAN.findall(zh, start, len(before))) >= MIN_HAN:
            found.append(InlineTranslation(start, len(before), english, term))
    return found


# The other direction: English prose whose terms carry their Chinese in brackets ("public
# transit (公共交通)"). A gloss is a Chinese term alone, or after a word class label the
# learner wrote (n. 公共交通), one or more of its meanings; a bracket may follow inside it,
# of English giving the Chinese term's English in turn (公共交通 (mass transit)), or of Chinese.
_ZH_GLOSS = re.compile(
    r"[（(][ \t]*(?:([a-z]{1,5})\.[ \t]*)?"
    r"([\u3400-\u9fff]{2,12}(?:[ \t]*[，、；;,/][ \t]*[\u3400-\u9fff]{1,12})*)[ \t]*"
    r"(?:[（(][ \t]*([^()（）\n]*[^()（）\n\s])[ \t]*[)）][ \t]*)?[)）]"
)
_MEANINGS = re.compile(r"[ \t]*[，、；;,/][ \t]*")
# What may stand between a glossed term and its bracket: spaces, a closing quote.
_GAP = re.compile(r"[\s\"'”’]*")
MAX_TERM_WORDS = 6
"""The most English words a term glossed in Chinese is read with."""
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’]?\s+)$")


@dataclass(frozen=True)
class ChineseGloss:
    """A Chinese term written in brackets after the English it renders, with that English's
    offsets in the text (or, for a bracket of English inside the gloss, that English's)."""

    chinese: str
    english: str
    en_start: int
    en_end: int


def chinese_glosses(en: str) -> list[ChineseGloss]:
    """The terms of an English text glossed by their Chinese in brackets, in text order; the
    English of each is the noun phrase before its bracket that the Chinese renders."""
    if "(" not in en and "（" not in en:
        return []
    found: list[ChineseGloss] = []
    floor = 0
    for match in _ZH_GLOSS.finditer(en):
        labelled, meanings, inner = match.group(1), match.group(2), match.group(3)
        parts = _MEANINGS.split(meanings)
        # Without a word class a bracket glosses with one term: "李华，班长" is a name and more.
        chinese = parts[0] if labelled or len(parts) == 1 else ""
        span = _glossed_span(en, floor, match.start(), chinese) if len(chinese) >= MIN_HAN else None
        floor = match.end()
        if span is not None:
            found.append(ChineseGloss(chinese, _cased(en, *span, chinese), *span))
        if (
            chinese
            and inner
            and len(_LETTERS.findall(inner)) >= MIN_LETTERS
            and not _REFERENCE.search(inner)
            and not _ACRONYM.match(inner)
        ):
            # English glossing the Chinese in turn, as in Chinese notes: a pair of its own.
            at = match.start(3)
            found.append(ChineseGloss(chinese, inner, at, at + len(inner)))
    return found


def _glossed_span(en: str, floor: int, bracket: int, chinese: str) -> tuple[int, int] | None:
    """Where the English the bracket at `bracket` glosses starts and ends: back from the word
    before it to the farthest word the Chinese renders (CC-CEDICT's glosses, its pinyin),
    across words it does not render only while they may be modifiers (not a function word, an
    adverb or a verb) and never across punctuation. None when the Chinese renders none of
    those words: then it glosses no term there (见下文, a note in brackets)."""
    from duiyi.cedict import english_verbs
    from duiyi.extract.english import compound_start, is_adverb, stems_match, words
    from duiyi.extract.lexicon import components, pinyin_spellings

    before = en[floor:bracket]
    found = words(before)
    if not found:
        return None
    head = found[-1]
    if _GAP.fullmatch(before, head.end) is None or head.function or not head.text.isalpha():
        return None
    stems = {s for c in components(chinese) for s in c.stems}
    spelled = {s for g in pinyin_spellings(chinese) for s in g}

    def rendered(word: Word) -> bool:
        return word.lower.replace("'", "") in spelled or any(
            stems_match(word.stem, s) for s in stems
        )

    start = len(found) - 1 if rendered(head) else -1
    k = len(found) - 2
    while k >= 0 and len(found) - k <= MAX_TERM_WORDS and not found[k + 1].stop_before:
        word = found[k]
        if rendered(word):
            start = k
        elif not found[k + 1].joined_before and (
            word.function or is_adverb(word.lower) or _verb(word.lower, english_verbs())
        ):
            break
        k -= 1
    if start < 0:
        return None
    # A hyphenated compound goes whole (people-to-people), and so does the head's.
    start = compound_start(found, start)
    return floor + found[start].start, floor + head.end


def _verb(lower: str, verbs: frozenset[str]) -> bool:
    """A verb CC-CEDICT glosses, as written or inflected (improves, expanded, building)."""
    if lower in verbs:
        return True
    for ending, back in (("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        root = lower[: -len(ending)]
        if lower.endswith(ending) and len(root) >= 3 and root + back in verbs:
            return True
    return False


def _cased(en: str, start: int, end: int, chinese: str) -> str:
    """The term as a glossary writes it: the capital a sentence gives its first word lowered,
    unless the words are a name (spelt in the Chinese's pinyin, or all capitalised)."""
    from duiyi.extract.lexicon import pinyin_spellings

    term = en[start:end]
    words = term.split()
    spelled = {s for g in pinyin_spellings(chinese) for s in g}
    name = words[0].lower().replace("'", "") in spelled or (
        len(words) > 1 and all(w[:1].isupper() for w in words)
    )
    if _SENTENCE_START.search(en[:start]) and not name:
        return term[:1].lower() + term[1:]
    return term
