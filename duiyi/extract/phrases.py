"""What the wording of a candidate pair says about it, from the Chinese and English alone:
a predicate rather than a term, a description, a fragment of a coordination."""

from __future__ import annotations

import re

from duiyi.extract import english
from duiyi.extract.chinese import general_frequency, tokens
from duiyi.extract.english import is_adverb

EVALUATIVE_FREQUENCY = 8000
"""An everyday evaluative adjective first in the Chinese (重要平台 "important platforms",
严重干旱 "serious drought") marks a phrase, not a term; rarer adjectives name a kind (健康饮食
"healthy diet", 大型机械 "large machinery")."""

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this", "these"})


def coordination_unrendered(chinese: str, english_text: str) -> bool:
    """Whether the Chinese joins two words with 与/和/及 but the English holds no "and" (科技与
    人文交汇 "technology with cultural progress"): not a coordination in this sentence."""
    from duiyi.extract.lexicon import joins_words

    text = english_text.lower()
    # Names joined by a hyphen or a slash are coordinated too (Asia-Pacific, China-Africa).
    joined = " and " in text or "/" in text or re.search(r"[A-Z]\w*-[A-Z]", english_text)
    return joins_words(chinese) and not joined


def plural_noun_start(english_text: str) -> bool:
    """Whether the English starts with a plural noun rather than a verb in -s: "exchanges and
    mutual learning", "challenges" (but "enforces ecological ...", "develops e-commerce")."""
    words = english_text.lower().split()
    if not words or not words[0].endswith("s") or words[0].endswith("ss"):
        return False
    return len(words) == 1 or (words[1] in english.INTERNAL_WORDS and words[1] not in _DETERMINERS)


def nominal_start(english_text: str) -> bool:
    """Whether the English starts with a gerund or a noun made from a verb (eradicating
    poverty, eradication of poverty): the verb phrase is named, not stated."""
    from duiyi.extract.chinese import NOMINAL_SUFFIXES

    first = english.normalise(english_text).split(" ", 1)[0]
    return len(first) > 5 and first.endswith(("ing", *NOMINAL_SUFFIXES))


def nominal_ending(english_text: str) -> bool:
    """Whether the English ends with a noun made from a verb (protection, development): the
    Chinese verb before a noun modifies it here (防护 意识 "protection awareness")."""
    from duiyi.extract.chinese import NOMINAL_SUFFIXES

    last = english.normalise(english_text).rsplit(" ", 1)[-1]
    return last.endswith(NOMINAL_SUFFIXES)


def refers_definitely(english_text: str) -> bool:
    """Whether "the" stands inside the rendering before a common noun (development of the
    culture): it describes something in this text rather than naming a concept, as a term's
    English does. Before a short name that ends it, it names (leadership of the CPC)."""
    words = english_text.split()
    for k, word in enumerate(words[1:-1], 1):
        if word.lower() != "the":
            continue
        name = words[k + 1 :]
        if len(name) > 3 or not all(w[:1].isupper() for w in name):
            return True
    return False


def _degree_predicate(chinese: str) -> bool:
    """Whether the Chinese is an adverb and an adjective (相当成熟 "fairly mature"): a
    predicate saying how much, unless the English names the quality (共同繁荣 "common
    prosperity")."""
    toks = tokens(chinese)
    return len(toks) == 2 and toks[0].pos in ("d", "ad") and toks[1].pos in ("a", "ad")


_QUALITY_ENDINGS = ("ity", "ness", "ance", "ence", "tion", "ment", "ism")
"""Endings of nouns naming a quality or state (prosperity, readiness); not -ure, which ends
adjectives as often (mature, secure)."""


def _names_quality(english_text: str) -> bool:
    """Whether the English ends with a noun naming a quality (common prosperity)."""
    return english.normalise(english_text).endswith(_QUALITY_ENDINGS)


def _is_adverb(word: str) -> bool:
    """An adverb made from an adjective (conscientiously, actively; not orderly, early)."""
    return word.endswith("ly") and word[:-2].endswith(_ADJECTIVE_ENDINGS)


_NOUNS_IN_LY = frozenset({"supply", "family", "assembly", "monopoly", "anomaly", "ally", "rally"})


def _ends_with_adverb(word: str) -> bool:
    """A last word in -ly (strictly, effectively): a term's English ends with its head noun."""
    return len(word) >= 6 and word.endswith("ly") and word not in _NOUNS_IN_LY


def idiom(chinese: str) -> bool:
    """A four-character set phrase (以人为本): often rendered by an adjective."""
    toks = tokens(chinese)
    return len(toks) == 1 and len(chinese) == 4 and toks[0].pos in ("i", "l")


_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "al", "ent", "ant", "ic", "ed", "ing", "ble", "ate")


def _first_word(chinese: str) -> tuple[str, str]:
    """The first word of the Chinese and its tag; a four-character phrase rjieba keeps whole
    but the dictionary lacks (重要途径 "important channel", 重大进展) gives its first half."""
    from duiyi import cedict
    from duiyi.extract.zh_words import word_pos

    toks = tokens(chinese)
    if not toks:
        return "", ""
    text, pos = toks[0].text, toks[0].pos
    if (
        len(text) == 4
        and not cedict.has_word(text)
        and cedict.has_word(text[:2])
        and cedict.has_word(text[2:])
    ):
        return text[:2], word_pos(text[:2])
    return text, pos


def modifies_only(chinese: str, english_text: str) -> bool:
    """Whether an adverb stands at an edge of the English, or an everyday evaluative adjective
    opens the Chinese, or the Chinese is an adverb and an adjective the English keeps as
    one: a phrase built around the term, or a predicate, not a term."""
    words = english_text.lower().split()
    if any(_is_adverb(w) for w in (words[:1] + words[-1:])):
        return True
    if words and _ends_with_adverb(words[-1]):
        return True
    if _degree_predicate(chinese) and not _names_quality(english_text):
        return True
    first, pos = _first_word(chinese)
    return (
        len(first) >= 2
        and pos in ("a", "b")
        and general_frequency(first) >= EVALUATIVE_FREQUENCY
        and len(first) < len(chinese)
    )


def renders_verb(chinese: str, english_text: str) -> bool:
    """Whether the English holds the plain verb a predicate verb of the Chinese glosses
    (人群提供 -> "provide accessible"): a clause, not a term."""
    from duiyi import cedict

    # The plain verb ("provide"), not its nominal forms ("sharing", "abuses"), nor a word
    # joined to the next by and/of/or (reform and opening up), nor the last word after a
    # modifier (remote control): a noun there. Its past only after its subject (Laboratory
    # issued), not after an adverb (widely distributed): an adjective there.
    found = english.words(english_text)
    plain: set[str] = set()
    past: set[str] = set()
    for k, w in enumerate(found):
        if k + 1 < len(found) and found[k + 1].lower in ("and", "of", "or"):
            continue
        if k == 0 or k + 1 < len(found) or found[k - 1].function:
            plain.add(w.lower)  # but "ceremonies to welcome": a verb after "to"
        if k > 0 and not found[k - 1].function and not is_adverb(found[k - 1].lower):
            past.add(w.lower)
    for word in tokens(chinese):
        for gloss in cedict.senses(word.text):
            verb = cedict.clean_gloss(gloss).split(" ", 1)[0] if gloss.startswith("to ") else ""
            if verb in english.FUNCTION_WORDS:
                continue  # "to the south of": a place, not a verb ("the")
            if verb and (verb in plain or f"{verb}d" in past or f"{verb}ed" in past):
                return True
    return False


def verb_guessed(chinese: str, english_text: str) -> bool:
    """Whether the candidate starts with a verb (打击, "to hit; to strike") and the English starts
    with a word its glosses do not give ("combat cyberterrorism"): a filled-in predicate."""
    from duiyi.extract.chinese import verb_share
    from duiyi.extract.lexicon import dictionary_glosses

    toks = tokens(chinese)
    # An adverb first is the verb's own modifier moved before it (widely distributed).
    first_words = [
        w for w in english.words(english_text) if not w.function and not is_adverb(w.lower)
    ][:1]
    if len(toks) < 2 or not first_words or toks[0].pos != "v":
        return False
    if not dictionary_glosses(toks[0].text) or verb_share(toks[0].text) <= 0.5:
        return False
    first = first_words[0].stem
    return not any(
        english.stems_match(piece, first)
        for gloss in dictionary_glosses(toks[0].text)
        for piece in gloss
    )


def verb_unrendered(chinese: str, english_text: str) -> bool:
    """Whether the candidate ends with a predicate verb that no word of the English renders
    (全球网络基础设施加快, "Internet infrastructure around the globe"): the verb belongs to the
    clause, so the English was filled in around it."""
    from duiyi import cedict
    from duiyi.extract.chinese import is_verb
    from duiyi.extract.lexicon import dictionary_glosses

    toks = tokens(chinese)
    if len(toks) < 2:
        return False
    last = toks[-1]
    verb = is_verb(last) or (
        last.pos == "v" and any(g.startswith("to ") for g in cedict.senses(last.text))
    )
    if not verb:
        return False
    if not dictionary_glosses(last.text):
        return False  # nothing to tell whether the English renders it (互鉴)
    if nominal_ending(english_text):
        return False  # the verb named as the head noun (生物多样性保护 biodiversity conservation)
    stems = [w.stem for w in english.words(english_text) if not w.function]
    if any(
        english.stems_match(piece, s)
        for gloss in dictionary_glosses(last.text)
        for piece in gloss
        for s in stems
    ):
        return False
    # The head word the other words of the Chinese do not explain renders the verb, as a noun
    # the dictionary does not give (生物多样性丧失 "biodiversity loss"); one they explain is
    # theirs ("Internet infrastructure around the globe": globe is 全球).
    if len(stems) < 2:
        return True
    others = [
        piece for tok in toks[:-1] for gloss in dictionary_glosses(tok.text) for piece in gloss
    ]
    return any(english.stems_match(piece, stems[-1]) for piece in others)


def starts_with_verb(chinese: str, english_key: str) -> bool:
    """Whether the English begins with a verb that a Chinese word glosses as "to ..." (完善对话
    -> "improve dialogue", 生态环境执法 -> "enforce ecological ..."): a predicate."""
    from duiyi import cedict
    from duiyi.extract.lexicon import components as comps_of

    first_word = english_key.split(" ", 1)[0]
    if not first_word:
        return False
    first_stem = english.stem(first_word)
    for comp in comps_of(chinese):
        for gloss in cedict.senses(comp.text):
            if not gloss.startswith("to "):
                continue
            verb = cedict.clean_gloss(gloss).split(" ", 1)[0]
            if verb and (
                first_word == verb
                or (first_word.endswith(("ing", "ed")) and english.stem(verb) == first_stem)
            ):
                return True
    return False


_ADJECTIVE_LAST = ("al", "ic", "ous", "ful", "ical")
_NOUNS_LIKE_ADJECTIVES = frozenset(
    [
        "proposal",
        "approval",
        "capital",
        "principal",
        "potential",
        "material",
        "official",
        "criminal",
        "individual",
        "rival",
        "arrival",
        "survival",
        "renewal",
        "removal",
        "referral",
        "terminal",
        "hospital",
        "signal",
        "journal",
        "animal",
        "festival",
        "ritual",
        "manual",
        "interval",
        "portal",
        "metal",
        "canal",
        "total",
        "general",
        "professional",
        "chemical",
        "rational",
        "arsenal",
        "tribunal",
        "memorial",
        "pedal",
        "crystal",
        "spiritual",
        "sequel",
        "appraisal",
        "disposal",
        "logic",
        "music",
        "topic",
        "republic",
        "clinic",
        "traffic",
        "mechanic",
        "public",
        "graphic",
        "fabric",
        "panic",
        "critic",
        "characteristic",
        "epidemic",
        "pandemic",
        "academic",
        "plastic",
        "electronic",
        "arithmetic",
        "rhetoric",
        "tactic",
        "statistic",
        "ethic",
        "mosaic",
        "relic",
        "tropic",
        "magic",
        "comic",
        "classic",
    ]
)


def ends_with_adjective(english_text: str) -> bool:
    """Whether the rendering ends with an adjective (national economic, CPPCC National): the
    head noun of the phrase is missing, so it is no name of anything."""
    words = english.normalise(english_text).replace("'", " ").split()
    if not words:
        return False
    last = words[-1]
    if last == "one" and len(words) > 1 and _pronoun_one(english_text, words[-2]):
        return True  # a nearby one: the pronoun stands for a head noun said before
    return len(last) > 4 and last.endswith(_ADJECTIVE_LAST) and last not in _NOUNS_LIKE_ADJECTIVES


_COUNTING = english.NUMBER_WORDS | {"number", "no"}
"""The words before a "one" that is the number itself (number one, twenty one: grammar)."""


def _pronoun_one(english_text: str, before: str) -> bool:
    """Whether a final "one" is the pronoun standing for a noun: in lower case, not hyphened
    into a compound (two-in-one) and not counted (number one)."""
    raw = english_text.split()[-1].rstrip(".,;:!?)]\"'’”")
    if raw != "one":
        return False
    return before not in _COUNTING and not before.isdigit()


def joined_first(english_text: str) -> bool:
    """Whether "and" or "of" follows the first word (reform and opening up, protection of
    rights): the first word is a noun there, not a verb taking an object."""
    words = english_text.lower().split()
    return len(words) > 1 and words[1] in ("and", "of", "or")


_IRREGULAR_PAST = frozenset(english.IRREGULAR_PAST)
"""The past tense of common irregular English verbs (grammar, as the determiners are), but
none that is a noun or adjective as well (rose, won, led, saw, left): those end real terms."""


def _past_tense(lower: str) -> bool:
    """Whether the word is a verb's past tense: an irregular one, or a bare verb CC-CEDICT
    glosses ("to agree") with -d or -ed (agreed, rebounded, stopped, applied)."""
    if lower in _IRREGULAR_PAST:
        return True
    if not lower.endswith("ed") or len(lower) < 5:
        return False
    from duiyi import cedict

    if cedict.sense_sharers(lower) > 1:
        return False  # glossed alone, an adjective too: postposed (parties concerned)
    root = lower[:-2]
    bases = {lower[:-1], root}
    if len(root) >= 3 and root[-1] == root[-2]:
        bases.add(root[:-1])  # stopped -> stop
    if root.endswith("i"):
        bases.add(root[:-1] + "y")  # applied -> apply
    return bool(bases & cedict.english_verbs())


def ends_with_predicate(english_text: str) -> bool:
    """Whether the English ends with a verb in the past tense straight after a noun (economy
    rebounded, the minister said): a subject and its predicate, a clause rather than a term.
    After an adverb the form is a participle naming a state (widely distributed); hyphened, it
    is part of a modifier (people-centred)."""
    found = english.words(english_text)
    if len(found) < 2:
        return False
    last, before = found[-1], found[-2]
    if last.joined_before or last.stop_before or before.function or is_adverb(before.lower):
        return False
    if last.text[:1].isupper():
        return False  # a capitalised rendering is a name (Manchester United, Company Limited)
    return _past_tense(last.lower)
