"""English words for term alignment: tokens with offsets, light stemming, function words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[A-Z]+&[A-Z]+|[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
"""A word; capitals joined by & are one acronym (R&D)."""

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "in",
        "with",
        "and",
        "to",
        "on",
        "by",
        "at",
        "as",
        "from",
        "or",
        "nor",
        "but",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "this",
        "that",
        "these",
        "those",
        "such",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "will",
        "would",
        "should",
        "shall",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "not",
        "no",
        "so",
        "than",
        "then",
        "thus",
        "also",
        "both",
        "either",
        "neither",
        "each",
        "every",
        "all",
        "any",
        "some",
        "more",
        "most",
        "very",
        "it",
        "they",
        "we",
        "you",
        "he",
        "she",
        "them",
        "us",
        "who",
        "which",
        "what",
        "where",
        "when",
        "while",
        "into",
        "onto",
        "over",
        "under",
        "through",
        "toward",
        "towards",
        "among",
        "between",
        "within",
        "without",
        "about",
        "against",
        "upon",
        "via",
        "per",
        "including",
        "including",
        "there",
        "here",
        "how",
        "why",
        "if",
        "else",
        "around",
        "across",
        "along",
        "beyond",
        "above",
        "below",
        "behind",
        "beside",
        "besides",
        "despite",
        "during",
        "except",
        "since",
        "until",
        "amid",
        "amongst",
        "throughout",
        "whether",
        "although",
        "though",
        "because",
        "unless",
        "whose",
        "whom",
        "thereby",
        "therefore",
        "hence",
    ]
)
"""Words a term's English never starts or ends with."""

LIGHT_WORDS = frozenset(
    [
        "need",
        "needs",
        "needed",
        "become",
        "becomes",
        "make",
        "makes",
        "made",
        "take",
        "takes",
        "taken",
        "give",
        "given",
        "play",
        "serve",
        "work",
        "ensure",
        "enable",
        "provide",
        "promote",
        "enhance",
        "increase",
        "build",
        "improve",
        "further",
        "truly",
        "important",
        "necessary",
        "various",
        "respective",
        "own",
        "new",
        "other",
        "others",
        "efforts",
        "effort",
        "way",
        "ways",
        "role",
        "roles",
        "part",
        "area",
        "areas",
        "field",
        "fields",
        "basis",
        "step",
        "steps",
    ]
)
"""Words too general to render a term's missing piece on their own (they fill no gaps)."""

INTERNAL_WORDS = frozenset(
    {"of", "for", "in", "with", "and", "the", "a", "an", "to", "on", "around", "across"}
)
"""Function words allowed inside a term's English (community with a shared future)."""

_SUFFIXES = (
    "izations",
    "ization",
    "ations",
    "ation",
    "ities",
    "ements",
    "ement",
    "ments",
    "ment",
    "ness",
    "izing",
    "ized",
    "izes",
    "ize",
    "ings",
    "ing",
    "ives",
    "ive",
    "ions",
    "ion",
    "ical",
    "ers",
    "ors",
    "ances",
    "ance",
    "ences",
    "ence",
    "ity",
    "ies",
    "ied",
    "ed",
    "es",
    "er",
    "or",
    "al",
    "ic",
    "iv",
    "ous",
    "ly",
    "y",
    "s",
    "e",
)
_LATER_SUFFIXES = ("ion", "ical", "ic", "iv", "al", "er", "or", "ly", "y", "s", "e")
"""Suffixes stripped after the first: short ones only, so international keeps its "nat"."""


ADVERBS = frozenset(
    [
        "always",
        "never",
        "often",
        "already",
        "still",
        "just",
        "even",
        "ever",
        "again",
        "yet",
        "soon",
        "together",
        "now",
        "once",
        "twice",
        "almost",
        "quite",
        "rather",
        "too",
        "well",
    ]
)
_NOT_ADVERBS = frozenset(
    [
        "supply",
        "family",
        "assembly",
        "monopoly",
        "anomaly",
        "ally",
        "rally",
        "italy",
        "july",
        "friendly",
        "elderly",
        "orderly",
        "costly",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "early",
    ]
)


def is_adverb(lower: str) -> bool:
    """An adverb: a common one (always, already) or a word in -ly (strictly; not family)."""
    return lower in ADVERBS or (
        len(lower) >= 5 and lower.endswith("ly") and lower not in _NOT_ADVERBS
    )


@dataclass(frozen=True)
class Word:
    """One English word of a sentence with its character offsets."""

    text: str
    start: int
    end: int
    stem: str
    joined_before: bool
    """Joined to the previous word by a hyphen (people-to-people): spans never cut here."""
    stop_before: bool
    """Punctuation that ends a phrase (.,;:) stands between this word and the previous one."""

    lower: str = ""
    """The word in lower case."""
    function: bool = False
    """Whether the word is a function word."""


_DOUBLED = re.compile(r"([bgmnprt])\1$")
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lower case, suffixes stripped while at least four letters stay."""
    word = word.lower().replace("’", "'")
    ordinal = _ORDINAL.fullmatch(word)
    if ordinal:
        return ordinal.group(1)  # 13th renders 十三 as 13 does
    if word.endswith("'s"):
        word = word[:-2]
    for round_ in range(3):
        keep = 4 if round_ == 0 else 5
        for suffix in _SUFFIXES if round_ == 0 else _LATER_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= keep:
                word = word[: -len(suffix)]
                if round_ == 0 and suffix in ("ing", "ed", "er") and _DOUBLED.search(word):
                    word = word[:-1]  # the consonant doubled before the ending (setting, planned)
                break
        else:
            break
    return word


def stems_match(a: str, b: str) -> bool:
    """Whether two stems are the same word (equal, or one a long enough prefix of the other)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return False
    return long.startswith(short) and (len(long) - len(short) <= 3 or len(short) >= 6)


def words(text: str) -> list[Word]:
    """The words of an English text with offsets, hyphen joins and phrase breaks."""
    out: list[Word] = []
    last_end = 0
    for match in _WORD.finditer(text):
        between = text[last_end : match.start()]
        joined = bool(out) and between in ("-", "‐", "‑")
        stop = bool(out) and bool(re.search(r"[.,;:!?()\[\]\"“”]|—|–", between))
        text_ = match.group()
        lower = text_.lower()
        out.append(
            Word(
                text_,
                match.start(),
                match.end(),
                stem(text_),
                joined,
                stop,
                lower,
                lower in FUNCTION_WORDS,
            )
        )
        last_end = match.end()
    return out


def normalise(text: str) -> str:
    """Key for comparing renderings: lower case, hyphens as spaces, simple plurals folded."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[-\u2010-\u2015]", " ", text)
    out = []
    for word in text.split():
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        out.append(word)
    return " ".join(out)
