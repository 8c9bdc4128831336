"""What a piece of Chinese may be in English: CC-CEDICT glosses as stems, plus known terms.

A candidate is cut into components (rjieba words; words CC-CEDICT lacks are cut further into
the dictionary words or characters they are made of). Each component carries its glosses, each
gloss as the stems of its content words, so an English span can be scored by how much of each
component it renders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from duiyi import cedict
from duiyi.extract.english import FUNCTION_WORDS, stem
from duiyi.extract.zh_words import is_proper_name, word_pos

_DESCRIPTION = re.compile(
    r"\b(particle|used (before|after|in|to|for)|classifier|interjection|suffix (forming|for))\b"
)
_EXAMPLE = re.compile(r"\b(?:e\.g|i\.e)\b.*")
_SUFFIX_GLOSS = re.compile(r"(?<![A-Za-z])-([a-z]{2,})\b")
"""An English suffix a Chinese morpheme is glossed by (化 -ization, 性 -ness or -ity, 者 -er)."""
MAX_SENSE_WORDS = 6
"""Longer senses describe usage rather than translate."""
_NOISE = frozenset(
    [
        "sth",
        "sb",
        "etc",
        "one",
        "kind",
        "used",
        "also",
        "especially",
        "esp",
        "usu",
        "approx",
        "incl",
        "cf",
        "e.g",
        "i.e",
        "abbr",
        "fig",
        "lit",
        "variant",
        "old",
        "same",
        "form",
    ]
)

# Combining forms of modern English that CC-CEDICT glosses as whole words only.
ENGLISH_PREFIXES = (
    "cyber",
    "counter",
    "under",
    "non",
    "un",
    "dis",
    "in",
    "im",
    "eco",
    "bio",
    "tele",
    "micro",
    "macro",
    "multi",
    "anti",
    "inter",
    "intra",
    "self",
    "socio",
    "geo",
)
"""Tried only when the rest of the word renders a component (cybersecurity, underdeveloped)."""

# Readings CC-CEDICT lacks for very common morphemes of modern prose (network = cyber-, online).
_SUPPLEMENT: dict[str, tuple[str, ...]] = {
    "网络": ("cyber", "cyberspace", "online", "web"),
    "网上": ("online", "cyber", "internet"),
    "网": ("cyber", "online", "internet", "web"),
    "线上": ("online",),
    "数字化": ("digital", "digitalization"),
    "信息化": ("informatization", "digital"),
    "化": (),
    "不": ("un", "under", "non", "not", "in"),
    "非": ("non", "un", "not"),
    "无": ("un", "non", "less", "without"),
    "反": ("counter", "anti"),
    "防": ("counter", "anti", "non"),
}


@dataclass(frozen=True)
class Component:
    """A piece of a Chinese candidate and its possible English, gloss by gloss."""

    text: str
    start: int
    """Offset inside the candidate."""
    glosses: tuple[tuple[str, ...], ...]
    """Each gloss as the stems of its content words."""
    weight: float = 1.0
    """Below 1 when the glosses come from the characters of a word the dictionary lacks."""
    spelled: int = 0
    """How many of the last glosses spell the word in pinyin (Xi'an, Pingyao): an English
    word renders those only when it is spelt exactly so."""

    @property
    def stems(self) -> frozenset[str]:
        """Every stem of every gloss."""
        return frozenset(s for g in self.glosses for s in g)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_WORD_OR_WORD = re.compile(r"([A-Za-z]+) or ([A-Za-z]+)$")
_TONE_NUMBER = re.compile(r"[0-9]")


def _gloss_stems(gloss: str, spelled: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """The stems of each sense in a gloss ("technology; technique" holds two senses)."""
    out: list[tuple[str, ...]] = []
    senses = [
        alt
        for sense in gloss.split(";")
        for part in _comma_parts(sense)
        for alt in _alternatives(part, spelled)
    ]
    for sense in senses:
        if _DESCRIPTION.search(sense):
            continue  # "structural particle: used before a verb": a description, no rendering
        text = _SUFFIX_GLOSS.sub(" ", cedict.clean_gloss(sense))  # suffixes are no words
        text = _EXAMPLE.sub(" ", text)  # "best in its category, e.g. see ..." ends at e.g.
        stems: list[str] = []
        for word in _LATIN_WORD.findall(text):
            lower = word.lower()
            if lower in FUNCTION_WORDS or lower in _NOISE:
                continue
            stems.append(stem(lower))
        if stems and len(stems) <= MAX_SENSE_WORDS:
            out.append(tuple(dict.fromkeys(stems)))
    return out


_PLACE = re.compile(r"^((?:[A-Z][A-Za-z'-]*\s+)+)(?!(?:of|for|on|and|the)\s+[A-Z])[a-z][^,]*\bin\b")
"""A place described where it lies ("Shaanxi province (Shensi) in northwest China"): its
name alone renders it as well; not the first words of a longer name that runs on after "of"
and the like ("Ministry of Foreign Affairs in the Qing Dynasty": Ministry is no rendering)."""


_PART_OF_PLACE = re.compile(r"^((?:[A-Z][A-Za-z'-]*\s+)+[a-z][a-z-]*)\s+of\s+[A-Z]")
"""A place described as part of a larger one ("Maiji district of Tianshui city"): its name
and kind alone render it."""


def _alternatives(sense: str, spelled: frozenset[str] = frozenset()) -> list[str]:
    """A sense and, when " or " joins two words in it, each of them alone ("high and tapered
    peak or summit" -> peak, summit); a place's name alone ("Hunan province in ...": Hunan),
    or with its kind when it is part of a larger place ("X district of Y city": X district);
    a person's conventional name alone ("Confucius (551-479 BC), Chinese thinker")."""
    person = _DESCRIBED_NAME.match(sense.strip())
    if person is not None and spelling_key(person.group(1)).replace(" ", "") not in spelled:
        # The name is the word's English; its pinyin spelling (Zheng He) is read apart,
        # by pinyin_spellings, which knows a surname from a given name.
        return [sense, person.group(1)]
    place = _PLACE.match(cedict.NOTE.sub(" ", sense).strip())
    if place is not None:
        return [sense, place.group(1)]
    part = _PART_OF_PLACE.match(cedict.NOTE.sub(" ", sense).strip())
    if part is not None:
        return [sense, part.group(1)]
    names = _NAME_OR_NAME.fullmatch(cedict.NOTE.sub(" ", sense).strip())
    if names is not None and re.sub(r"[^a-z]", "", names.group(2).lower()) in spelled:
        # An English name and the word's pinyin ("Yellow River or Huang He"): either renders
        # it, the two together never do.
        return [names.group(1), names.group(2)]
    match = _WORD_OR_WORD.search(sense.strip())
    if match is None or sense.strip().startswith("to "):
        # In a verb's gloss the choice is of its object (to offer sacrifices to the gods or
        # ancestors): one of them alone is no rendering of the verb.
        return [sense]
    return [sense, match.group(1), match.group(2)]


_DESCRIBED_NAME = re.compile(r"^((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*)\s*\([^)]*\d[^)]*\)\s*,\s")
"""A capitalised name, brackets holding a number and a description after a comma: how CC-CEDICT
glosses a person with dates (Mencius (c. 372-c. 289 BC), ...), and also a place with its
height, a day with its date or a book with its year; the name alone renders each (not an
organisation, whose brackets hold its acronym and no number: "China UnionPay (CUP), ...")."""
_NAME = r"((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*)"
_NAME_OR_NAME = re.compile(rf"{_NAME},?\s+or\s+{_NAME}")
"""A name and another name of the same thing joined by "or"."""


_NAME_LIST = re.compile(r"^(?:[A-Z][a-z]+, )+[A-Z][\w-]*(?: [A-Z][\w-]*)* and [A-Z]")
"""Names listed ("Shaanxi, Gansu and Ningxia provinces"): the first alone renders a part only."""


def _comma_parts(sense: str) -> list[str]:
    """A sense and, when commas split it, its first part ("Paris, capital of France"), unless
    the commas list names (three provinces together are no one of them)."""
    if ", " not in sense or "(" in sense or _NAME_LIST.match(sense.strip()):
        return [sense]
    return [sense, sense.split(", ", 1)[0]]


@lru_cache(maxsize=65536)
def dictionary_glosses(word: str) -> tuple[tuple[str, ...], ...]:
    """The glosses of a word as stem tuples (CC-CEDICT plus the supplement), none empty."""
    spelled = frozenset("".join(map(_syllable, r.split())) for r in cedict.readings(word))
    found = [g for x in cedict.glosses(word) for g in _gloss_stems(x, spelled)]
    for extra in _SUPPLEMENT.get(word, ()):
        # A combining form stays whole: the Matcher compares it with a word's beginning.
        found.append((extra if extra in ENGLISH_PREFIXES else stem(extra),))
    # A suffix gloss stays a suffix ("-ity"): only the ending of a derived English word
    # renders it (practicality: 实用 practical, 性 -ity), never a word of its own.
    found.extend((f"-{m}",) for x in cedict.glosses(word) for m in _SUFFIX_GLOSS.findall(x))
    for x in cedict.glosses(word):
        found.extend(_abbreviated(word, x))
    if found and len(found[0]) == 1 and found[0][0] in INSTITUTIONS:
        # An official body is named by whichever of these words its translator chose (办公室
        # "office", rendered "Agency"): the head of the name, as the Chinese word heads it.
        found.extend((head,) for head in sorted(INSTITUTIONS))
    return tuple(dict.fromkeys(found))


INSTITUTIONS = frozenset(
    stem(w) for w in ("office", "bureau", "agency", "administration", "authority", "commission")
)
"""Head nouns that name an official body interchangeably in English."""


MAX_NAME_CHARS = 3
"""The longest full form whose pinyin an abbreviation stands for (青海 Qinghai, 内蒙古)."""
_ABBREVIATION = re.compile(r"^(?:abbr\.|short name) for (.*)$")
_HAN_REFERENCE = re.compile(r"[\u3400-\u9fff]+(?:\|([\u3400-\u9fff]+))?(?:\[[^\]]*\])?")


def _abbreviated(word: str, gloss: str) -> list[tuple[str, ...]]:
    """What an abbreviation's full form means, for a gloss that names it ("abbr. for 青海,
    Qinghai Province" gives Qinghai Province, 青海's own glosses and its pinyin; "short name
    for Chongqing 重庆" likewise)."""
    match = _ABBREVIATION.match(gloss)
    if match is None:
        return []
    rest = match.group(1)
    out = _gloss_stems(_HAN_REFERENCE.sub(" ", rest).replace(" ,", ","))
    for found in _HAN_REFERENCE.finditer(rest):
        full = found.group(1) or found.group(0).split("[")[0]
        if full != word:
            out.extend(g for x in cedict.glosses(full) for g in _gloss_stems(x))
            if len(full) <= MAX_NAME_CHARS and cedict.has_word(full):
                out.extend(g for g in pinyin_spellings(full) if len(g) == 1)  # Qinghai
    return out


@lru_cache(maxsize=65536)
def abbreviates_name(char: str) -> bool:
    """Whether CC-CEDICT glosses the character as the abbreviation of a name ("abbr. for
    Hunan 湖南 province", "short name for Anhui Province"): a link in a chain of names."""
    return any(
        (m := _ABBREVIATION.match(gloss)) is not None
        and re.search(r"[A-Z][a-z]", re.sub(r"\[[^\]]*\]", " ", m.group(1))) is not None
        for gloss in cedict.glosses(char)
    )


MAX_SPELLINGS = 4
"""Readings tried for a word CC-CEDICT lacks, one character at a time (polyphones multiply)."""


def _syllable(reading: str) -> str:
    return _TONE_NUMBER.sub("", reading).replace("u:", "u").lower()


@lru_cache(maxsize=65536)
def pinyin_spellings(word: str) -> tuple[tuple[str, ...], ...]:
    """How English may spell a name or coinage of two or more characters by its pinyin, as
    glosses: the syllables run together (西安 Xi'an -> xian, 平遥 Pingyao -> pingyao) and, from
    three syllables on, the first apart (习近平 Xi Jinping -> xi, jinping); two apart for a
    person, a surname and a given name the dictionary lacks or capitalises (王军 Wang Jun),
    and for a doubled syllable (贝贝 Bei Bei). Empty otherwise."""
    if len(word) < 2 or not all("\u3400" <= ch <= "\u9fff" for ch in word):
        return ()
    readings = [r.split() for r in cedict.readings(word)]
    readings = [r for r in readings if len(r) == len(word)]
    if not readings:
        combos: list[list[str]] = [[]]
        for char in word:
            own = [r for r in cedict.readings(char) if " " not in r][:2]
            if not own:
                return ()
            combos = [[*c, r] for c in combos for r in own][:MAX_SPELLINGS]
        readings = combos
    # CEDICT writes a person's given name apart and capitalised (李白 "Li3 Bai2"), a place as
    # one name (平遥 "Ping2 yao2"); it capitalises a place's or a brand's every syllable too
    # (南欧 "Nan2 Ou1" Southern Europe), but glosses only a person by the name spelt apart.
    person = is_surname(word[0]) and (
        not cedict.has_word(word)
        or any(r[1][:1].isupper() and _glossed_apart(word, r) for r in readings)
    )
    # A doubled syllable is a pet name or a nickname, which English spells as two words
    # (a panda's name: "Bao Bao").
    doubled = len(word) == 2 and word[0] == word[1]
    out: list[tuple[str, ...]] = []
    for reading in readings:
        syllables = [_syllable(r) for r in reading]
        out.append(("".join(syllables),))
        if len(syllables) >= 3 or (len(syllables) == 2 and (person or doubled)):
            out.append((syllables[0], "".join(syllables[1:])))
    return tuple(dict.fromkeys(out))


def _glossed_apart(word: str, reading: list[str]) -> bool:
    """Whether a CC-CEDICT gloss of the word spells it as a person's name, its two syllables
    capitalised and apart, in either order (李白 "Li Bai (701-762)", 陈露 "Lu Chen")."""
    if len(reading) != 2:
        return False  # longer words are spelt apart whatever they name
    first, second = (_syllable(r).capitalize() for r in reading)
    name = re.compile(rf"\b(?:{first} {second}|{second} {first})\b")
    return any(name.search(g.replace("ü", "u")) for g in cedict.glosses(word))


def is_surname(char: str) -> bool:
    """Whether the dictionary reads the character as a surname (李 "surname Li")."""
    return any(g.startswith("surname ") for g in cedict.glosses(char))


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


@lru_cache(maxsize=65536)
def chinese_number(word: str) -> int | None:
    """The value of a number written in Chinese characters (十三 13, 二十一 21, 二〇二〇 2020,
    一百零五 105), or None when the word is not one."""
    if not word or any(c not in _DIGITS and c not in _UNITS for c in word):
        return None
    if all(c in _DIGITS for c in word):
        return int("".join(str(_DIGITS[c]) for c in word)) if len(word) > 1 else _DIGITS[word]
    total = section = 0
    digit = None
    for char in word:
        if char in _DIGITS:
            if digit:  # two digits in a row after a unit (十三五) make no number; 零 may
                return None  # be followed by one (一百零五)
            digit = _DIGITS[char]
            continue
        unit = _UNITS[char]
        if unit == 10000:
            total += (section + (digit or 0)) * unit
            section = 0
        else:
            section += (1 if digit is None else digit) * unit
        digit = None
    return total + section + (digit or 0)


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """An English word as pinyin spellings are compared: lower case, apostrophes dropped."""
    return word.lower().replace("'", "").replace("\u2019", "")


def _known(word: str, known: Mapping[str, str]) -> tuple[tuple[str, ...], ...]:
    english = known.get(word)
    if not english:
        return ()
    stems = tuple(
        stem(w)
        for w in re.findall(r"[A-Za-z][A-Za-z']*", english)
        if w.lower() not in FUNCTION_WORDS
    )
    return (stems,) if stems else ()


@lru_cache(maxsize=65536)
def _cut(text: str) -> tuple[str, ...]:
    import rjieba

    return tuple(rjieba.cut(text))


def split_unknown(word: str) -> list[str]:
    """A word the dictionary lacks, as the fewest dictionary words (else characters) it is made
    of, the longer first where cuts tie (北京 人民大会堂, not 北京人 民 大会 堂)."""
    return list(_fewest_pieces(word))


@lru_cache(maxsize=65536)
def _fewest_pieces(word: str) -> tuple[str, ...]:
    # best[at]: the fewest pieces for word[at:], the longest first piece among them.
    best: list[tuple[int, ...]] = [()] * (len(word) + 1)
    for at in range(len(word) - 1, -1, -1):
        choice: tuple[int, ...] | None = None
        for size in range(min(6, len(word) - at), 0, -1):
            piece = word[at : at + size]
            if size == 1 or (size < len(word) and dictionary_glosses(piece)):
                cut = (size, *best[at + size])
                if choice is None or len(cut) < len(choice):
                    choice = cut
        assert choice is not None
        best[at] = choice
    pieces: list[str] = []
    at = 0
    for size in best[0]:
        pieces.append(word[at : at + size])
        at += size
    return tuple(pieces)


@lru_cache(maxsize=65536)
def _in_dictionary(word: str) -> bool:
    return bool(dictionary_glosses(word))


def _dictionary_cut(text: str, known: Mapping[str, str]) -> list[str]:
    """Cut into the longest dictionary (or known) words from the left, where rjieba's cut has
    more pieces: 可再生能源 -> 可再生 能源 (rjieba: 可 再生能源), 不发达地区 -> 不发达 地区."""
    pieces: list[str] = []
    at = 0
    while at < len(text):
        number = _NUMBER.match(text, at)
        if number:
            pieces.append(number.group())
            at = number.end()
            continue
        for size in range(min(MAX_WORD_CHARS, len(text) - at), 0, -1):
            piece = text[at : at + size]
            if size == 1 or piece in known or _in_dictionary(piece):
                pieces.append(piece)
                at += size
                break
    jieba = list(_cut(text))
    return pieces if len(pieces) <= len(jieba) else jieba


MAX_WORD_CHARS = 8
COORDINATORS = frozenset({"与", "和", "及"})
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[年月日号%％]?")
"""A number, with the unit a date or share carries in Chinese (2030年 ~ 2030)."""


def joins_words(candidate: str) -> bool:
    """Whether 与/和/及 stands inside the candidate as a word of its own (和平与安全; not the 和
    of 和平 or 碳中和)."""
    pieces = _dictionary_cut(candidate, {})
    return any(p in COORDINATORS for p in pieces[1:-1])


def _number_cut(words: list[str]) -> list[str]:
    """The words with numbers cut as the English renders them: a number followed by a digit
    in two (十三五, the 13th five-year plan: 十三 13, 五 five), 第 with the number after it
    (第三代 -> 第三 third, 代; the cut gave 第, 三代)."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == ORDINAL_MARK:
            size = _number_prefix(word)
            if size:
                out[-1] += word[:size]
                word = word[size:]
                if not word:
                    continue
        if len(word) > 2 and chinese_number(word) is None and chinese_number(word[:-1]):
            out.extend((word[:-1], word[-1]))
        else:
            out.append(word)
    return out


ORDINAL_MARK = "第"
ORDINALS = (
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
"""English ordinals by value, which render 第 and a number as well as 1st, 2nd do."""


def _number_prefix(word: str) -> int:
    """How many characters at the start of the word write a number (0 for none)."""
    digits = re.match(r"[0-9０-９]+", word)
    if digits:
        return digits.end()
    return next((n for n in range(len(word), 0, -1) if chinese_number(word[:n]) is not None), 0)


def _ordinal(word: str) -> int | None:
    """The value of 第 and a number (第三 3, 第12 12), else None."""
    if not word.startswith(ORDINAL_MARK) or len(word) < 2:
        return None
    rest = word[1:]
    if _number_prefix(rest) != len(rest):
        return None
    return int(rest) if rest.isdigit() else chinese_number(rest)


def _word_glosses(word: str, known: Mapping[str, str]) -> tuple[tuple[str, ...], ...]:
    """A word's glosses: the user's, its value when it is a number, the dictionary's."""
    glosses = _known(word, known) + dictionary_glosses(word)
    value = chinese_number(word)
    if value is not None:
        glosses = ((str(value),), *glosses)  # 十三 "13th" (Five-year Plan)
    rank = _ordinal(word)
    if rank is not None:
        named = ((stem(ORDINALS[rank]),),) if rank < len(ORDINALS) else ()
        glosses = ((str(rank),), *named, *glosses)  # 第三代 "3rd generation"
    return glosses


def components(candidate: str, known: Mapping[str, str] | None = None) -> list[Component]:
    """The components of a Chinese candidate with their glosses."""
    known = known or {}
    out: list[Component] = []
    at = 0
    for word in _number_cut(_dictionary_cut(candidate, known)):
        if word in COORDINATORS and 0 < at < len(candidate) - len(word):
            at += len(word)  # "and" renders it: a function word, never matched (和平与安全)
            continue
        number = _NUMBER.fullmatch(word)
        if number:
            digits = re.sub(r"[^0-9０-９.]", "", word)
            out.append(Component(word, at, ((digits,),)))
            at += len(word)
            continue
        glosses = _word_glosses(word, known)
        spelled = pinyin_spellings(word) if glosses or cedict.has_word(word) else ()
        if glosses or len(word) == 1 or spelled:
            # A dictionary word whose glosses only describe it (昆明 "Kunming prefecture-level
            # city and capital of ...") is still a name, rendered by its pinyin.
            out.append(Component(word, at, glosses + spelled, spelled=len(spelled)))
        else:
            inner = at
            for piece in _number_cut(split_unknown(word)):
                piece_glosses = _word_glosses(piece, known)
                # A character read alone is a guess, but for one that abbreviates a name (湘
                # Hunan, 鄂 Hubei), which is how names are chained (湘鄂赣).
                weight = 1.0 if len(piece) > 1 or abbreviates_name(piece) else 0.8
                out.append(Component(piece, inner, piece_glosses, weight))
                inner += len(piece)
        at += len(word)
    return out


def _name_and_kind(word: str, pieces: Sequence[str]) -> bool:
    """Whether a word is a name and one character for its kind, which the dictionary renders
    by the name alone (天水 市, glossed "Tianshui, prefecture-level city": a translator writes
    "Tianshui city"; not 中国 人, "Chinese person")."""
    return (
        len(pieces) == 2
        and len(pieces[1]) == 1
        and is_proper_name(pieces[0])
        and bool(set(dictionary_glosses(word)) & set(dictionary_glosses(pieces[0])))
    )


def _lone_adjective_first(pieces: Sequence[str]) -> bool:
    """Whether a word is one adjective character before a word (新 时代, whose own gloss "new
    age" a translator may not follow): the adjective modifies the rest, which is glossed
    apart."""
    return (
        len(pieces) == 2
        and len(pieces[0]) == 1
        and len(pieces[1]) > 1
        and word_pos(pieces[0]) == "a"
    )


def component_variants(
    candidate: str, known: Mapping[str, str] | None = None
) -> list[list[Component]]:
    """The components, and when a long dictionary word in them is made of shorter ones (or
    of an adjective character and a word: 新 时代), the finer cut too (生态环境 "natural
    environment" vs 生态 环境 "ecological and environmental"): the aligner keeps whichever
    renders better."""
    coarse = components(candidate, known)
    fine: list[Component] = []
    changed = False
    for comp in coarse:
        pieces = split_unknown(comp.text) if len(comp.text) >= 3 else [comp.text]
        if len(pieces) > 1 and (
            all(len(p) > 1 for p in pieces)
            or _lone_adjective_first(pieces)
            or _name_and_kind(comp.text, pieces)
        ):
            at = comp.start
            for piece in pieces:
                glosses = _word_glosses(piece, known or {})
                fine.append(Component(piece, at, glosses))
                at += len(piece)
            changed = True
        else:
            fine.append(comp)
    variants = [coarse, fine] if changed else [coarse]
    named = _named(candidate, known or {})
    if named is not None:
        variants.append(named)
        # A person's name may end with a character the dictionary knows (蔡旭哲 Cai Xuzhe):
        # the whole word read by its pinyin too, the aligner keeping whichever renders better.
        whole = _named(candidate, known or {}, head=False)
        if whole is not None and whole != named:
            variants.append(whole)
        # rjieba may cut a name it does not know in two (莫拉 卡村 for a village 莫拉卡 村):
        # the unknown words in a row read as one name too.
        joined = _named(candidate, known or {}, join=True)
        if joined is not None and joined not in variants:
            variants.append(joined)
    for read in (_person_read_whole(candidate), _place_and_kind(candidate)):
        if read is not None:
            variants.append(read)
    return variants


PLACE_CHARS = (2, 3)
"""Lengths of a place name read by its pinyin before the character for its kind."""


def _place_and_kind(candidate: str) -> list[Component] | None:
    """A name the dictionary lacks, spelt by its pinyin, and the one character after it for its
    kind (甲乙 市 "Jiayi city"), which rjieba may cut across (甲 乙市)."""
    name, kind = candidate[:-1], candidate[-1]
    if not PLACE_CHARS[0] <= len(name) <= PLACE_CHARS[1] or cedict.has_word(candidate):
        return None
    if any(len(piece) > 1 for piece in split_unknown(name)):
        return None  # words of the dictionary, not a name spelt out (中国 of 中国人)
    spelled = pinyin_spellings(name)
    glosses = dictionary_glosses(kind)
    if not spelled or not glosses:
        return None
    return [
        Component(name, 0, spelled, spelled=len(spelled)),
        Component(kind, len(name), glosses),
    ]


PERSON_CHARS = 3
"""Length of a person's name read whole: a surname and a given name of two characters."""


def _person_read_whole(candidate: str) -> list[Component] | None:
    """The candidate as one person's name spelt by its pinyin, surname apart ("Ding Xuexiang"
    for 丁 and a given name), when it opens with a surname that starts no dictionary word in it
    and is no dictionary word: the surname is a word of its own too (丁 "fourth"), and read so
    it would leave the name cut."""
    if len(candidate) != PERSON_CHARS or not is_surname(candidate[0]):
        return None
    if cedict.has_word(candidate) or cedict.has_word(candidate[:2]):
        return None
    spelled = tuple(form for form in pinyin_spellings(candidate) if len(form) == 2)
    if not spelled:
        return None
    return [Component(candidate, 0, spelled, spelled=len(spelled))]


def _named(
    candidate: str, known: Mapping[str, str], head: bool = True, join: bool = False
) -> list[Component] | None:
    """The components with every word the dictionary lacks read by its pinyin, a last
    character of three or more that the dictionary knows kept as the name's head (洋山港 ->
    洋山 "Yangshan" 港 "Port") unless `head` is False, or None when there is no such word;
    with `join`, words the dictionary lacks in a row read as one."""
    out: list[Component] = []
    at = 0
    changed = False
    words: list[tuple[str, bool]] = []
    for word in _cut(candidate):
        known_word = _in_dictionary(word) or word in known
        if words and (known_word or join) and words[-1][1] == known_word:
            # Dictionary words in a row stay together, cut as components() cuts them.
            words[-1] = (words[-1][0] + word, known_word)
        else:
            words.append((word, known_word))
    for word, known_word in words:
        name, last = word, ""
        if head and len(word) >= 3 and _in_dictionary(word[-1]):
            name, last = word[:-1], word[-1]
        spelled = () if known_word else pinyin_spellings(name)
        if spelled:
            out.append(Component(name, at, spelled, spelled=len(spelled)))
            if last:
                out.append(Component(last, at + len(name), dictionary_glosses(last)))
            changed = True
        else:
            out.extend(replace(c, start=c.start + at) for c in components(word, known))
        at += len(word)
    return out if changed else None


_OWN_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
"""An acronym a gloss gives in brackets (special administrative region (SAR))."""
_ACRONYM_NOISE = _NOISE - {"one", "kind", "form"}
"""Noise in a gloss, but a letter of a name's acronym (One Belt One Road, OBOR)."""


@lru_cache(maxsize=65536)
def initials(word: str) -> frozenset[str]:
    """The acronyms a Chinese word's glosses spell, lower case: their words' initials, with and
    without "of" (商务部 Department of Commerce -> dc, doc), and any the gloss gives itself."""
    out: set[str] = set()
    for gloss in cedict.glosses(word):
        for sense in gloss.split(";"):
            out.update(found.lower() for found in _OWN_ACRONYM.findall(sense))
            if _DESCRIPTION.search(sense):
                continue
            words = [
                w
                for w in re.findall(r"[a-z]+", cedict.clean_gloss(sense))
                if w not in _ACRONYM_NOISE
            ]
            content = [w for w in words if w not in FUNCTION_WORDS]
            if 2 <= len(content) <= MAX_SENSE_WORDS:
                out.add("".join(w[0] for w in content))
                out.add("".join(w[0] for w in words if w == "of" or w not in FUNCTION_WORDS))
    return frozenset(out)


def acronym_components(text: str, comps: Sequence[Component]) -> set[int]:
    """The components an acronym in the English spells (UN, ICT, SOEs), by the initials of
    their glosses; empty when it spells none."""
    letters = text.replace("&", "")  # R&D spells research and development
    if letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # a plural: SOEs, NGOs
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return set()
    letters = letters.lower()
    # One component whose gloss is spelled by the acronym (联合国 United Nations -> UN).
    for index, comp in enumerate(comps):
        for gloss in comp.glosses:
            if len(gloss) == len(letters) >= 2 and all(
                s[:1] == ch for s, ch in zip(gloss, letters, strict=True)
            ):
                return {index}
    # A run of components, one letter each (信息 通信 技术 -> ICT).
    if len(letters) >= 3:
        for first in range(len(comps) - len(letters) + 1):
            run = comps[first : first + len(letters)]
            if any(len(c.text) < 2 for c in run):
                continue
            if all(any(s[:1] == ch for s in c.stems) for c, ch in zip(run, letters, strict=True)):
                return set(range(first, first + len(letters)))
    # A run of components, each spelling a part (信息 I, 通信技术 CT; 商务部 DOC), one of
    # them two letters at least: letters one by one are what chance spells most often.
    for first in range(len(comps)):
        spelled = _spelled_run(letters, comps, first)
        if spelled and len(spelled) < len(letters):
            return spelled
    return set()


def _spelled_run(letters: str, comps: Sequence[Component], first: int) -> set[int]:
    """Components from `first` on whose glosses' initials, one each, spell the letters."""
    if not letters:
        return set()
    if first >= len(comps) or len(comps[first].text) < 2:
        return set()
    comp = comps[first]
    spellings = initials(comp.text) | {
        "".join(s[:1] for s in gloss) for gloss in comp.glosses[: len(comp.glosses) - comp.spelled]
    }
    for spelling in sorted(spellings, key=len, reverse=True):
        if not spelling or not letters.startswith(spelling):
            continue
        if spelling == letters:
            return {first}
        rest = _spelled_run(letters[len(spelling) :], comps, first + 1)
        if rest:
            return {first} | rest
    return set()
