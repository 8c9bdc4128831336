"""Verb-object terms: a verb with its object that learners drill as a unit (race dragon
boats, present tribute to the emperor), where most verb phrases are passing predicates.

Two shapes are gathered: a word CC-CEDICT holds whole and glosses "to ..." that is a verb
and a noun the dictionary also holds (a custom named by its action), and a verb of one or two
characters with its object noun in the sentence. Either is kept only when its English starts
with the verb and ends with the object that the verb's own gloss names (`renders_in_order`):
the dictionary records the two together. `verb_left_out` gives back the verb a rendering
lost; `object_after` the object a rendering stopped short of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from duiyi import cedict
from duiyi.extract import english
from duiyi.extract.align import PARTICLES, Matcher
from duiyi.extract.chinese import RARE_WORD_FREQUENCY
from duiyi.extract.lexicon import Component, dictionary_glosses
from duiyi.extract.zh_words import (
    HAN_OR_DIGIT,
    STOP_WORDS,
    Token,
    tokens,
    verb_share,
)
from duiyi.word_counts import general_frequency

MIN_WHOLE_CHARS = 3
"""A dictionary word shorter than this is a verb-object unit only when its object character is
a noun alone (赏|月). At any length a unit drilled is rare in general language (a custom's
name: a festival's own activity); an everyday one (吃饭, 打电话) is a passing predicate."""


@dataclass(frozen=True)
class VerbObject:
    """A verb-object span of a sentence and where its verb ends."""

    text: str
    start: int
    end: int
    verb_end: int
    whole: bool
    """CC-CEDICT holds the whole span as one word."""


def _verb_gloss(word: str) -> bool:
    return any(g.startswith("to ") for g in cedict.senses(word))


def _object_word(word: str) -> bool:
    """A noun by the dictionary: at least half its glosses are no verb ("to ...")."""
    return bool(cedict.senses(word)) and verb_share(word) <= 0.5


def whole_verb_object(word: str) -> int:
    """Where the verb ends inside a dictionary word, rare in general language, glossed "to ..."
    that is a verb and a noun the dictionary both holds (赛|龙舟); 0 when the word is no such
    unit."""
    if not cedict.has_word(word) or verb_share(word) < 0.5:
        return 0
    if general_frequency(word) > RARE_WORD_FREQUENCY:
        return 0  # an everyday verb phrase (吃饭, 打电话, 开玩笑), not a unit drilled
    if len(word) < MIN_WHOLE_CHARS:
        if len(word) != 2:
            return 0
        # A lone character's glosses mix verbs and nouns: its object must be a noun only.
        only_noun = bool(cedict.senses(word[1])) and verb_share(word[1]) == 0.0
        return 1 if only_noun and _verb_gloss(word[0]) else 0
    for cut in range(1, len(word)):
        verb, noun = word[:cut], word[cut:]
        if len(noun) >= 2 and _verb_gloss(verb) and _object_word(noun):
            return cut
    return 0


def _breaks(token: Token) -> bool:
    return not HAN_OR_DIGIT.match(token.text) or token.text in STOP_WORDS


MAX_OBJECT_WORDS = 2


def verb_object_spans(text: str) -> list[VerbObject]:
    """The verb-object spans of a sentence: whole dictionary units, and a verb word of one or
    two characters with one or two noun words straight after it that end the phrase."""
    toks = tokens(text)
    out: list[VerbObject] = []
    for i, token in enumerate(toks):
        cut = whole_verb_object(token.text)
        if cut:
            out.append(VerbObject(token.text, token.start, token.end, token.start + cut, True))
            continue
        if len(token.text) > 2 or not cedict.senses(token.text) or verb_share(token.text) <= 0.5:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + MAX_OBJECT_WORDS)):
            if _breaks(toks[j]) or len(toks[j].text) < 2 or not _object_word(toks[j].text):
                break
            if j + 1 < len(toks) and not _breaks(toks[j + 1]):
                continue  # the object runs on (not ended by 的, 和): its head noun is further on
            end = toks[j].end
            if gloss_names_object(token.text, text[toks[i + 1].start : end]):
                out.append(VerbObject(text[token.start : end], token.start, end, token.end, False))
    return out


def _verb_senses(verb: str) -> list[list[str]]:
    """The verb's "to ..." glosses as lists of word stems, "to" left out (to present tribute
    (to the emperor) -> present, tribut, to, the, emperor)."""
    out: list[list[str]] = []
    for gloss in cedict.senses(verb):
        if gloss.startswith("to "):
            words = re.findall(r"[A-Za-z][A-Za-z']*", gloss.replace("(", " ").replace(")", " "))
            out.append([english.stem(w) for w in words[1:]])
    return out


@lru_cache(maxsize=65536)
def gloss_names_object(verb: str, obj: str) -> bool:
    """Whether one of the verb's "to ..." glosses names a word that the object's glosses give
    (朝贡 to present tribute (to the emperor), 皇帝 emperor): the dictionary records the
    verb with this object, the first condition of `renders_in_order`, checked before any
    alignment is spent on a passing predicate."""
    pieces = [piece for gloss in dictionary_glosses(obj) for piece in gloss]
    return any(
        english.stems_match(word, piece)
        for sense in _verb_senses(verb)
        for word in sense[1:]
        for piece in pieces
    )


def renders_in_order(chinese: str, verb_end: int, rendering: str) -> bool:
    """Whether the English renders a verb-object unit as the dictionary records it: it starts
    with the verb of one of the verb's "to ..." glosses and ends with a word that renders the
    object (by its own glosses, unless the dictionary holds the unit whole) and that the same
    gloss names (present tribute to ... emperor; race dragon boats for a word held whole).
    A dictionary that names the object with the verb shows the two go together; a
    passing predicate's verb names none (to increase)."""
    words = [w for w in english.words(rendering) if not w.function]
    if len(words) < 2:
        return False
    if words[-1].lower in PARTICLES:
        return False  # a phrasal verb alone ("open up"): no object
    first, last = words[0].stem, words[-1].stem
    if not cedict.has_word(chinese) and not any(
        english.stems_match(piece, last)
        for gloss in dictionary_glosses(chinese[verb_end:])
        for piece in gloss
    ):
        return False  # the object is left unrendered ("presents tribute")
    for sense in _verb_senses(chinese[:verb_end]) + _verb_senses(chinese):
        if (
            len(sense) >= 2
            and english.stems_match(sense[0], first)
            and any(english.stems_match(s, last) for s in sense[1:])
        ):
            return True
    return False


_ARTICLES = frozenset({"a", "an", "the"})
_VERB_FORMS = ("ing", "ed")
_BEFORE_BARE_VERB = frozenset(
    {"to", "must", "should", "will", "shall", "can", "could", "would", "may", "might"}
)
"""Words after which a word is a bare verb (to build, must build)."""


def verb_left_out(
    comps: Sequence[Component],
    words: Sequence[english.Word],
    free: Sequence[bool],
    start_word: int,
    end_word: int,
) -> int | None:
    """The word to start the rendering at when a candidate that opens with a verb is
    rendered without it: the span leaves the verb unexplained and a free verb form (-ing,
    -ed, or a word after "to" or a modal) stands right before it, across an article at most
    ("Building a community ...", "to build a community ..." where the dictionary glosses the
    verb by a synonym only). None when nothing is left out."""
    if len(comps) < 2 or not cedict.senses(comps[0].text) or verb_share(comps[0].text) <= 0.5:
        return None
    matcher = Matcher(comps)
    for word in words[start_word : end_word + 1]:
        if any(ci == 0 for ci, _, _ in matcher.word_hits(word).hits):
            return None  # the verb is rendered
    k = start_word - 1
    while k >= 0 and words[k].lower in _ARTICLES and not words[k + 1].stop_before:
        k -= 1
    if k < 0 or words[k + 1].stop_before or words[k].function or not free[k]:
        return None
    if words[k].lower.endswith(_VERB_FORMS):
        return k
    bare = k > 0 and words[k - 1].lower in _BEFORE_BARE_VERB and not words[k].stop_before
    return k if bare else None


MAX_FUNCTION_GAP = 3
"""Function words that may stand between a verb's rendering and its object's (to their)."""


def object_after(chinese: str, verb_end: int, words: Sequence[english.Word], end_word: int) -> int:
    """The word that renders the object when the span stops before it, across a preposition
    and a possessive or article ("presents tribute" + "to his emperor"), which a term's
    English otherwise never holds; end_word itself when none does."""
    glosses = dictionary_glosses(chinese[verb_end:])
    k = end_word + 1
    while (
        k < len(words)
        and k - end_word <= MAX_FUNCTION_GAP
        and words[k].function
        and not words[k].stop_before
    ):
        k += 1
    if k == end_word + 1 or k >= len(words) or words[k].stop_before or words[k].function:
        return end_word
    if any(english.stems_match(piece, words[k].stem) for gloss in glosses for piece in gloss):
        return k
    return end_word


_MODIFIER_AFTER = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "your", "my"})
"""Articles and possessives: the only words that may stand between a verb and its object
(makes a call), and a word right after one is inside a noun phrase (a new call)."""
_VERB_PREPOSITIONS = frozenset({"to", "for", "at", "on", "with"})
"""A preposition a verb may take before its object (prays to, asks for)."""


def _bases(lower: str) -> set[str]:
    """The word and the bare verbs its ending may come from (rowed, raced, stopped, racing,
    rows, goes -> row, race, stop, go)."""
    found = {lower}
    for ending in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            root = lower[: -len(ending)]
            found |= {root, root + "e"}
            if len(root) >= 3 and root[-1] == root[-2]:
                found.add(root[:-1])  # stopped -> stop
    return found


def verb_form(word: english.Word) -> bool:
    """Whether an English word can be a verb: CC-CEDICT glosses it, or the bare verb its
    ending comes from, as a verb ("to row"; rows, rowed). An adjective, by its ending or by
    its gloss, is never so glossed (colourful, new)."""
    if word.function:
        return False
    verbs = cedict.english_verbs()
    return word.lower in verbs or bool(_bases(word.lower) & verbs)


_INFLECTED = ("ing", "ed", "s")


def _modifies(words: Sequence[english.Word], k: int) -> bool:
    """Whether word k stands inside a noun phrase: after an article or possessive (a new
    call), or a bare word after a verb form (watched clean boats; not "like rowing")."""
    if k == 0 or words[k].stop_before:
        return False
    before = words[k - 1]
    if before.lower in _MODIFIER_AFTER:
        return True
    return not words[k].lower.endswith(_INFLECTED) and verb_form(before)


def _up_to_object(words: Sequence[english.Word], lo: int, hi: int) -> int | None:
    """The first word after the verb at lo that is not an article or possessive, across one
    preposition the verb takes (makes a call, prays to the gods); None when the object does
    not follow the verb so."""
    k = lo + 1
    if k <= hi and words[k].lower in _VERB_PREPOSITIONS:
        k += 1
    while k <= hi and words[k].lower in _MODIFIER_AFTER:
        k += 1
    if k > hi or words[k].function or any(w.stop_before for w in words[lo + 1 : k + 1]):
        return None
    return k


def verb_by_synonym(chinese: str, words: Sequence[english.Word], lo: int, hi: int) -> bool:
    """Whether the words lo..hi render a dictionary word of three or more characters glossed
    "to <verb> <object>" by another verb right before that very object ("row dragon boats"
    for "to race dragon boats"): the object the dictionary names with the verb is all there,
    in order, and the word at lo is a verb form (`verb_form`), not a modifier inside a noun
    phrase (`_modifies`), with at most a preposition, an article or a possessive after it."""
    if len(chinese) < MIN_WHOLE_CHARS or not cedict.has_word(chinese):
        return False
    verb = words[lo]
    if verb.function or verb.joined_before:
        return False
    first = _up_to_object(words, lo, hi)
    if first is None:
        return False
    content = [w for w in words[first : hi + 1] if not w.function]
    if any(w.joined_before for w in content):
        return False
    stems = [w.stem for w in content]
    for sense in _verb_senses(chinese):
        objects = [s for s in sense[1:] if s not in english.FUNCTION_WORDS]
        if len(objects) == len(stems) and all(
            english.stems_match(a, b) for a, b in zip(objects, stems, strict=True)
        ):
            # The verb checks last: they read every verb of the dictionary once.
            return (
                not english.stems_match(sense[0], verb.stem)
                and verb_form(verb)
                and not _modifies(words, lo)
            )
    return False
