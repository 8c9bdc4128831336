"""Chinese words: rjieba's cut with POS tags, re-cut and joined where CC-CEDICT knows better,
and what the dictionary says a word is (a verb, a name, everyday language).

rjieba keeps 在实践中 ("in practice") as one word and cuts 碳中和 or 时长 apart; the tokens here
cut the first into preposition, noun and place word, and join the others. A bound prefix the
dictionary glosses "anti-" joins the noun after it (反 恐怖主义). A word rjieba tags an adverb
but the dictionary only names as a noun (进步 "progress") is a noun, and so is a word it tags
a verb after 的 or a number that the dictionary reads mostly as a noun (的 象征 "symbol").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from duiyi import cedict

HAN_OR_DIGIT = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff0-9０-９]+$")
STOP_WORDS = frozenset(
    [
        "的",
        "地",
        "得",
        "之",
        "和",
        "与",
        "及",
        "或",
        "等",
        "在",
        "对",
        "为",
        "是",
        "了",
        "将",
        "也",
        "并",
        "而",
        "以",
        "于",
        "把",
        "被",
        "从",
        "由",
        "让",
        "使",
        "其",
        "各",
        "该",
        "这",
        "那",
        "此",
        "每",
        "既",
        "又",
        "均",
        "都",
        "就",
        "则",
        "即",
        "即可",
        "如",
        "若",
        "着",
        "过",
        "所",
        "应",
        "宜",
        "须",
        "需",
        "要",
        "能",
        "会",
        "应当",
        "应该",
        "必须",
        "需要",
        "可以",
        "能够",
        "得以",
        "有权",
        "不仅",
        "而且",
        "还",
        "更",
        "更加",
        "进一步",
        "继续",
    ]
)
"""Function words: particles, prepositions, conjunctions, modal verbs, adverbs of degree."""

NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ure", "ism", "ship")


@dataclass(frozen=True)
class Token:
    """One rjieba word with its part of speech and offsets in the sentence."""

    text: str
    pos: str
    start: int
    end: int
    inner: bool = False
    """The second half of a word cut in two: a term may end before it, not start with it."""


def tokens(text: str) -> list[Token]:
    """rjieba's words of a text with POS tags and character offsets."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    # Cached: a sentence is cut for its candidates, its claims, and each candidate's checks.
    import rjieba

    raw: list[Token] = []
    at = 0
    before = ""
    for word, pos in rjieba.tag(text):
        tag = _verb_retagged(word, _adverb_retagged(word, pos), before)
        for token in _split_framed(Token(word, tag, at, at + len(word))):
            raw.extend(_split_glued(token))
        at += len(word)
        before = pos
    raw = _names_split_from_coordinator(text, raw)
    return tuple(_merge_dictionary_words(text, raw))


def _verb_retagged(word: str, pos: str, before: str) -> str:
    """rjieba's tag, but a word it tags a verb after 的 or a number that the dictionary reads
    mostly as a noun (的 象征 "symbol; to symbolize") is a noun there."""
    if pos != "v" or before not in ("uj", "m") or len(word) < 2 or verb_share(word) >= 0.5:
        return pos
    return "vn"


def _adverb_retagged(word: str, pos: str) -> str:
    """rjieba's tag, but a word it tags an adverb that the dictionary names as a noun (进步
    "progress; improvement"), glosses "to ..." at most half the time (not 合作 "to cooperate",
    an adverb before a verb: 合作 开发) and never as an adverb (分别 "respectively") is a noun."""
    if pos != "d" or len(word) < 2 or not has_nominal_gloss(word) or verb_share(word) > 0.5:
        return pos
    if any(cedict.clean_gloss(g).endswith("ly") for g in cedict.senses(word)):
        return pos
    return "n"


_COORDINATORS = frozenset("及与和")
"""Conjunctions that join two nouns; rjieba glues them to a person's name before them."""


def _names_split_from_coordinator(text: str, raw: list[Token]) -> list[Token]:
    """A name rjieba reads with the conjunction after it (张三及 before 工程师), cut into the
    name and the conjunction when a word follows: "A and B" names two people, never one. A
    name that is a dictionary word with the character (a given name ending in 和) stays."""
    out: list[Token] = []
    for k, token in enumerate(raw):
        name = token.text[:-1]
        after = raw[k + 1].text if k + 1 < len(raw) else ""
        if (
            token.pos.startswith("nr")
            and len(token.text) >= 3
            and token.text[-1] in _COORDINATORS
            and HAN_OR_DIGIT.match(after)
            and not cedict.has_word(token.text)
            and is_person_name(name, token.pos)
        ):
            out.append(Token(name, token.pos, token.start, token.end - 1))
            out.append(Token(token.text[-1], "c", token.end - 1, token.end))
        else:
            out.append(token)
    return out


_PREPOSITIONS = frozenset("在于从当")
_LOCATIVES = frozenset("上中下里内外时前后间")


def _split_framed(token: Token) -> list[Token]:
    """A preposition, a noun and a place or time word that rjieba keeps as one word (在实践中
    "in practice"), cut into the three: an adverbial, never a term."""
    text = token.text
    if (
        len(text) < 3
        or text[0] not in _PREPOSITIONS
        or text[-1] not in _LOCATIVES
        or cedict.has_word(text)
    ):
        return [token]
    import rjieba

    out = [Token(text[0], "p", token.start, token.start + 1)]
    at = token.start + 1
    for word, pos in rjieba.tag(text[1:-1]):
        out.append(Token(word, pos, at, at + len(word)))
        at += len(word)
    out.append(Token(text[-1], "f", token.end - 1, token.end))
    return out


_GLUED_FIRST = {"其": "r", "为": "p", "对": "p", "以": "p"}
"""A pronoun and prepositions rjieba glues to the word after them (其风场, 为强), with the
tag each has alone."""
_WHOLE_POS = ("l", "i", "nr", "ns", "nt", "nz")


def _split_glued(token: Token) -> list[Token]:
    """A pronoun or a preposition and the word after it (a dictionary word, a noun or one
    character) that rjieba keeps as one word the dictionary lacks (其 风场 "its wind field",
    为 强 热带风暴 "into a severe tropical storm"), cut in two: the word after it may begin a
    term. Set phrases and names stay whole."""
    text = token.text
    first = _GLUED_FIRST.get(text[:1])
    rest = text[1:]
    if (
        first is None
        or not rest
        or token.pos.startswith(_WHOLE_POS)
        or not HAN_OR_DIGIT.match(text)
        or cedict.has_word(text)
        or not (len(rest) == 1 or cedict.has_word(rest) or word_pos(rest).startswith("n"))
    ):
        return [token]
    import rjieba

    out = [Token(text[0], first, token.start, token.start + 1)]
    at = token.start + 1
    for word, pos in rjieba.tag(rest):
        out.append(Token(word, pos, at, at + len(word)))
        at += len(word)
    return out


MERGE_MAX_TOKENS = 4


def _merge_dictionary_words(text: str, raw: list[Token]) -> list[Token]:
    """Join tokens rjieba cut apart when together they are a CC-CEDICT word of three or more
    characters (碳/中/和 -> 碳中和)."""
    out: list[Token] = []
    i = 0
    while i < len(raw):
        merged = None
        for size in range(min(MERGE_MAX_TOKENS, len(raw) - i), 1, -1):
            start, end = raw[i].start, raw[i + size - 1].end
            word = text[start:end]
            if (
                end - start >= 3
                and HAN_OR_DIGIT.match(word)
                and not is_locative(raw[i + size - 1])
                and cedict.has_word(word)
            ):
                # A word the dictionary only glosses "to ..." (迅速发展 "to develop rapidly")
                # is a verb phrase, not a noun.
                merged = Token(word, "v" if is_pure_verb(word) else "nz", start, end)
                i += size
                break
        if merged is None and i + 1 < len(raw) and _prefixed(raw[i], raw[i + 1]):
            merged = Token(
                raw[i].text + raw[i + 1].text, raw[i + 1].pos, raw[i].start, raw[i + 1].end
            )
            i += 2
        if merged is None and i + 1 < len(raw) and _split_word(raw[i], raw[i + 1]):
            merged = Token(raw[i].text + raw[i + 1].text, "n", raw[i].start, raw[i + 1].end)
            i += 2
        if merged is None and i + 1 < len(raw) and _glued_function_word(text, raw[i], raw[i + 1]):
            # rjieba glued a function word to a word's last character (中国/城是): re-cut.
            first, second = raw[i], raw[i + 1]
            out.append(
                Token(text[first.start : second.start + 1], "nz", first.start, second.start + 1)
            )
            merged = Token(second.text[1:], "p", second.start + 1, second.end)
            i += 2
        if merged is None:
            merged = raw[i]
            i += 1
        out.append(merged)
    return out


_PREFIX_POS = frozenset({"zg", "h", "b", "j"})


def _prefixed(first: Token, second: Token) -> bool:
    """Whether the first token is a bound prefix (CC-CEDICT glosses it "anti-", "vice-")
    standing before a noun: one word with it (反 + 恐怖主义 "anti-terrorism")."""
    return (
        len(first.text) == 1
        and first.pos in _PREFIX_POS
        and second.pos.startswith("n")
        and len(second.text) >= 2
        and _is_prefix(first.text)
    )


@lru_cache(maxsize=4096)
def _is_prefix(char: str) -> bool:
    return any(cedict.clean_gloss(g).endswith("-") for g in cedict.senses(char))


_LONE_CONTENT_POS = ("n", "a", "b")


def _split_word(first: Token, second: Token) -> bool:
    """Whether two one-character nouns or adjectives are a two-character CC-CEDICT word
    rjieba cut in two (时/长 -> 时长 "duration")."""
    return (
        len(first.text) == 1
        and len(second.text) == 1
        and first.pos.startswith(_LONE_CONTENT_POS)
        and second.pos.startswith(_LONE_CONTENT_POS)
        and cedict.has_word(first.text + second.text)
    )


def is_locative(token: Token) -> bool:
    """A one-character place or time word after a noun (历史 上, 发展 中): the dictionary
    lists some such pairs as words (历史上 "in history"), but they stay an adverbial."""
    return token.pos == "f" and len(token.text) == 1


def _glued_function_word(text: str, first: Token, second: Token) -> bool:
    """Whether the second token is a character that ends a CC-CEDICT word begun by the first
    (three characters or more) followed by a function word (城 + 是 after 中国)."""
    if len(second.text) != 2 or second.text[1] not in STOP_WORDS:
        return False
    word = text[first.start : second.start + 1]
    return len(word) >= 3 and bool(HAN_OR_DIGIT.match(word)) and cedict.has_word(word)


@lru_cache(maxsize=65536)
def is_pure_verb(word: str) -> bool:
    """Whether every CC-CEDICT gloss of the word is a verb ("to ...")."""
    glosses = [g for g in cedict.senses(word) if not g.startswith(("CL:", "variant", "see "))]
    if not glosses:
        return False
    return sum(g.startswith("to ") for g in glosses) / len(glosses) >= 0.9


@lru_cache(maxsize=65536)
def verb_share(word: str) -> float:
    """The share of the word's CC-CEDICT glosses that are verbs ("to ..."); 1.0 if none."""
    glosses = [g for g in cedict.senses(word) if not g.startswith(("CL:", "variant", "see "))]
    if not glosses:
        return 1.0
    return sum(g.startswith("to ") for g in glosses) / len(glosses)


def is_verb(token: Token) -> bool:
    """A predicate verb: tagged v, mostly glossed "to ..." and with no gloss that names the
    action as a noun (推动, 促进; not 治理 "governance", 创新 "innovation")."""
    text = token.text
    if token.pos in ("l", "i") and len(text) == 4 and not cedict.has_word(text):
        # An idiom rjieba knows but the dictionary does not, ending in a verb (积极参与).
        return is_pure_verb(text[2:])
    return token.pos in ("v", "vd", "vi") and verb_share(text) > 0.5 and not has_nominal_gloss(text)


@lru_cache(maxsize=65536)
def has_nominal_gloss(word: str) -> bool:
    """Whether a CC-CEDICT gloss names the word as a noun of action or quality (治理
    "governance", 创新 "innovation")."""
    for gloss in cedict.senses(word):
        text = cedict.clean_gloss(gloss)
        if (
            text
            and " " not in text
            and not gloss.startswith("to ")
            and (text.endswith(NOMINAL_SUFFIXES))
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def names_action(word: str) -> bool:
    """Whether a CC-CEDICT gloss names the word's own action as a noun: a noun of action or
    quality that shares its stem with one of the word's verbs (治理 "to govern; governance"),
    not a noun of another sense (打击 "to strike; percussion")."""
    verbs = [
        cedict.clean_gloss(g).split(" ", 1)[0] for g in cedict.senses(word) if g.startswith("to ")
    ]
    for gloss in cedict.senses(word):
        text = cedict.clean_gloss(gloss)
        if gloss.startswith("to ") or " " in text or not text.endswith(NOMINAL_SUFFIXES):
            continue
        if any(len(v) >= 3 and text.startswith(v[: max(3, len(v) - 1)]) for v in verbs):
            return True
    return False


@lru_cache(maxsize=65536)
def is_proper_name(word: str) -> bool:
    """Whether CC-CEDICT reads the word only as a name (capitalised readings: 黄山 Huang2 shan1,
    宋朝 Song4 chao2), whatever rjieba tags it (a place, a time word);
    a common word that also names a place or a family (白云 "white cloud; Baiyun") is none."""
    readings = cedict.readings(word)
    return bool(readings) and all(r[:1].isupper() for r in readings)


@lru_cache(maxsize=65536)
def word_pos(word: str) -> str:
    """rjieba's tag of a word standing alone."""
    import rjieba

    tagged = rjieba.tag(word)
    return tagged[0][1] if len(tagged) == 1 else ""


PERSON_NAME_CHARS = (2, 3)


@lru_cache(maxsize=65536)
def is_person_name(word: str, pos: str) -> bool:
    """Whether rjieba's word is a person's name: tagged one (nr), and either read only as a
    name by CC-CEDICT or missing from it as a surname and a given name that makes no word
    (rjieba tags common words so too: 福祉, 高水平)."""
    if not pos.startswith("nr"):
        return False
    if is_proper_name(word):
        return True
    low, high = PERSON_NAME_CHARS
    given = word[1:]
    return (
        low <= len(word) <= high
        and not cedict.has_word(word)
        and any(g.startswith("surname ") for g in cedict.glosses(word[0]))
        and not (len(given) >= 2 and cedict.has_word(given))
    )
