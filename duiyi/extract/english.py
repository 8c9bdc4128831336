"""English words for term alignment: tokens with offsets, light stemming, function words."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    "entially",
    "ential",
    "ifically",
    "ific",
    "fully",
    "ful",
    "ships",
    "ship",
    "isms",
    "ism",
    "ists",
    "ist",
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
_LATER_SUFFIXES = ("ion", "ical", "ic", "iv", "if", "al", "er", "or", "ly", "y", "s", "e")
"""Suffixes stripped after the first: short ones only, so international keeps its "nat"."""
_LONGER_KEEP = {
    "entially": 5,
    "ential": 5,
    "ifically": 5,
    "ific": 5,
    "ists": 5,
    "ist": 5,
    "if": 6,
}
"""Suffixes that leave more letters: specific is no species, dentist no dent, stratified
no strategy."""
_LAST_SUFFIXES = frozenset({"if", "ism", "isms", "ist", "ists"})
"""Suffixes after which nothing more is stripped."""
_SHORT_ROOT_ENDINGS = ("ing", "ed")
"""Endings stripped down to a three-letter root that starts with a vowel and cannot have
lost an e (aided ~ aid, armed ~ arm; not edged ~ edg, rated ~ rat, speeding ~ spe)."""
_BRITISH_OUR = re.compile(r"^([a-z]{2,}[bdgilmnrv])our(s|ed|ing|ite|able|ably|ful|less|ers?|)$")
_BRITISH_RE = re.compile(r"^([a-z]{2,}[bt])re(s?)$")
_BRITISH_RED = re.compile(r"^([a-z]{3,}[bt])r(ed|ing)$")
_ABILITY = re.compile(r"([ai])bilit(?:y|ies)$")


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
    comma_before: bool = False
    """The phrase break before it is a comma alone: a list may run on across it (peace,
    stability and prosperity)."""


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
    word = _ABILITY.sub(r"\1ble", word)  # adaptability ~ adaptable, disability ~ disabled
    # British spellings as CC-CEDICT's American ones (colour ~ color, centre ~ center).
    word = _BRITISH_OUR.sub(r"\1or\2", word)
    word = _BRITISH_RED.sub(r"\1er\2", _BRITISH_RE.sub(r"\1er\2", word))
    for round_ in range(3):
        keep = 4 if round_ == 0 else 5
        for suffix in _SUFFIXES if round_ == 0 else _LATER_SUFFIXES:
            if not word.endswith(suffix):
                continue
            root = word[: -len(suffix)]
            if len(root) >= _LONGER_KEEP.get(suffix, keep):
                word = root
                if round_ == 0 and suffix in ("ing", "ed", "er") and _DOUBLED.search(word):
                    word = word[:-1]  # the consonant doubled before the ending (setting, planned)
                if suffix in _LAST_SUFFIXES:
                    # scientif -> scient, intensif -> intens (not inten); terrorism ->
                    # terror, which counterterrorism ends with too (not terr)
                    return word
                break
            if round_ == 0 and suffix in _SHORT_ROOT_ENDINGS and _short_root(root):
                word = root
                break
        else:
            break
    if len(word) == 4 and word[-1] == "s" and word[-2] not in "sui" and word not in NOT_PLURAL:
        word = word[:-1]  # the plural of a three-letter word (laws ~ law, arms ~ arm)
    return word


NOT_PLURAL = frozenset({"news", "lens", "thus", "plus", "this", "does", "goes", "bias"})
"""Four-letter words in -s that are no plural of a three-letter one."""


def _short_root(root: str) -> bool:
    """A three-letter root that kept its spelling before -ed/-ing (aid, arm, act, add)."""
    return len(root) == 3 and root[0] in "aeiou" and root[2] not in "aeiouycgvzs"


_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("izations", ("-ization", "-ize")),
    ("ization", ("-ization", "-ize")),
    ("isation", ("-ization", "-ize")),
    ("izing", ("-ize",)),
    ("ized", ("-ize",)),
    ("izes", ("-ize",)),
    ("ize", ("-ize",)),
    ("abilities", ("-ity", "able")),
    ("ibilities", ("-ity", "able")),
    ("ability", ("-ity", "able")),
    ("ibility", ("-ity", "able")),
    ("ities", ("-ity",)),
    ("ity", ("-ity",)),
    ("ness", ("-ness",)),
    ("isms", ("-ism",)),
    ("ism", ("-ism",)),
    ("ists", ("-ist",)),
    ("ist", ("-ist",)),
    ("ians", ("-ian",)),
    ("ian", ("-ian",)),
    ("ers", ("-er",)),
    ("er", ("-er",)),
    ("ors", ("-er", "-or")),
    ("or", ("-er", "-or")),
)
"""Endings of derived words and what may gloss them in CC-CEDICT: a suffix ("-ity" for 性)
or a word (ability, "able" as stemmed, for 能力)."""


@lru_cache(maxsize=65536)
def ending_keys(lower: str) -> tuple[str, ...]:
    """What the ending of a derived word may render besides its base, as gloss stems:
    modernization -> -ization, -ize (化); adaptability -> -ity, able (性, 能力)."""
    for ending, keys in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            return keys
    return ()


_DEMONYM_ENDINGS = ("ese", "ian", "an", "i")
_PLACE_ENDINGS = ("", "a", "y", "e", "o", "ia")


@lru_cache(maxsize=65536)
def demonym_bases(lower: str) -> tuple[str, ...]:
    """The stems of the place names an adjective of nationality may be made from (chinese ->
    china, italian -> italy, european -> europe, pakistani -> pakistan): English renders a
    country inside a longer term by its adjective (Chinese characteristics for 中国特色)."""
    out: list[str] = []
    for ending in _DEMONYM_ENDINGS:
        root = lower[: -len(ending)]
        if lower.endswith(ending) and len(root) >= 3:
            # A bare root of four letters is mostly another word (chin, germ).
            names = [root + place for place in _PLACE_ENDINGS if place or len(root) >= 5]
            out += [stem(n) for n in names if stem(n) == n or len(stem(n)) >= 5]
    return tuple(dict.fromkeys(b for b in out if len(b) >= 4 and b != stem(lower)))


@lru_cache(maxsize=65536)  # ~10 MB; a text of 20,000 characters fills 5,000
def stems_match(a: str, b: str) -> bool:
    """Whether two stems are the same word (equal, or one a long enough prefix of the other),
    allowing the consonant changes of English derivation (science ~ scientific, decide ~
    decision) and an -able between them (adapt ~ adaptable)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return False
    if _prefix_match(short, long):
        return True
    if (
        long.endswith(("abl", "ibl"))
        and long[:-3].startswith(short)
        and len(long) - len(short) <= 4
    ):
        return True
    return any(
        _near(*sorted((x[: -len(old)] + new, y), key=len))
        for x, y in ((a, b), (b, a))
        for old, new, least in _ALTERNATIONS
        if len(x) >= least and x.endswith(old) and not x.endswith(("ead", "ed"))
    )


def _prefix_match(short: str, long: str) -> bool:
    if not long.startswith(short):
        return False
    rest = long[len(short) :]
    if any(rest == s and len(short) < keep for s, keep in _LONGER_KEEP.items()):
        return False  # the ending stem() leaves on a short root (specif ~ spec, dentist ~ dent)
    return len(rest) <= 3 or len(short) >= 6


def _near(short: str, long: str) -> bool:
    """The same word but for one more letter at most (a derived pair is close)."""
    return long.startswith(short) and len(long) - len(short) <= 1


_ALTERNATIONS = (
    ("nc", "nt", 6),
    ("ac", "at", 6),
    ("ec", "et", 6),
    ("id", "is", 5),
    ("ud", "us", 5),
    ("nd", "ns", 5),
    ("ad", "as", 5),
    ("od", "os", 5),
    ("mit", "mis", 5),
    ("rib", "ript", 6),
)
"""Stem endings English derivation turns into others (science ~ scientific, democracy ~
democratic, secrecy ~ secret, decide ~ decision, expand ~ expansion, admit ~ admission,
describe ~ description), with the least stem length each is tried at: the first four letters
never change, so the Matcher's index by them holds."""


_ROMAN = re.compile(r"(X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_UNITS = {"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_ROMAN_UNITS.update({"VI": 6, "VII": 7, "VIII": 8, "IX": 9})


def _roman(text: str) -> int:
    """The value of a Roman numeral of two letters or more up to 39 (XXI, IV), else 0: after
    a name it numbers it (Shenzhou XXI), as 二十一号 does in Chinese."""
    found = _ROMAN.fullmatch(text) if len(text) >= 2 else None
    if found is None:
        return 0
    return 10 * len(found.group(1)) + _ROMAN_UNITS[found.group(2)]


_BREAK = re.compile(r"[.,;:!?()\[\]\"“”]|—|–")
"""What breaks a phrase between two words."""
_HYPHENS = re.compile(r"[-\u2010-\u2015]")


def compound_start(found: Sequence[Word], k: int) -> int:
    """The first word of the hyphenated compound holding word k (Medium of Medium-term)."""
    while k > 0 and found[k].joined_before:
        k -= 1
    return k


def compound_end(found: Sequence[Word], k: int) -> int:
    """The last word of the hyphenated compound holding word k (term of Medium-term)."""
    while k + 1 < len(found) and found[k + 1].joined_before:
        k += 1
    return k


def words(text: str) -> list[Word]:
    """The words of an English text with offsets, hyphen joins and phrase breaks."""
    return list(_short_words(text) if len(text) <= _CACHED_TEXT else _words(text))


_CACHED_TEXT = 200
"""The longest text whose words are cached: a whole paragraph held 8,192 times costs
hundreds of MB in the long-lived extraction helper, and is rarely read twice."""


def _words(text: str) -> tuple[Word, ...]:
    out: list[Word] = []
    last_end = 0
    for match in _WORD.finditer(text):
        between = text[last_end : match.start()]
        joined = bool(out) and between in ("-", "‐", "‑")
        stop = bool(out) and bool(_BREAK.search(between))
        text_ = match.group()
        lower = text_.lower()
        numeral = out and not stop and out[-1].text[:1].isupper() and _roman(text_)
        out.append(
            Word(
                text_,
                match.start(),
                match.end(),
                str(numeral) if numeral else stem(text_),
                joined,
                stop,
                lower,
                lower in FUNCTION_WORDS,
                stop and between.strip() in (",", "，"),
            )
        )
        last_end = match.end()
    return tuple(out)


# Cached: a rendering is read again by each check of its candidate (words are frozen).
_short_words = lru_cache(maxsize=8192)(_words)


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Key for comparing renderings: lower case, hyphens as spaces, simple plurals folded."""
    text = text.lower().replace("’", "'")
    text = _HYPHENS.sub(" ", text)
    out = []
    for word in text.split():
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        out.append(word)
    return " ".join(out)


IRREGULAR_PAST = {
    "said": "say",
    "told": "tell",
    "went": "go",
    "came": "come",
    "made": "make",
    "took": "take",
    "gave": "give",
    "grew": "grow",
    "spent": "spend",
    "became": "become",
    "began": "begin",
    "held": "hold",
    "built": "build",
    "wore": "wear",
    "met": "meet",
    "sent": "send",
    "brought": "bring",
    "thought": "think",
    "wrote": "write",
    "spoke": "speak",
    "chose": "choose",
    "kept": "keep",
    "stood": "stand",
}
"""Common irregular English past tenses and their bare verbs (grammar, as the function words
are), none of them a noun or adjective as well (rose, won, led, saw, left)."""


NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
    ]
)
"""Spelled numbers and fractions (grammar, as the determiners are)."""
