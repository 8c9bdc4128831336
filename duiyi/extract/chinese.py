"""Chinese term candidates in a sentence: runs of content words cut by rjieba with POS tags.

A candidate is a sequence of one to six words inside a run that punctuation, particles,
prepositions, conjunctions and pronouns do not break (网络空间命运共同体, 互联互通,
联合国2030年可持续发展议程). It may not start with a predicate verb (推动, 加强: mostly
glossed "to ...") nor end with an adverb, a measure word or a number; a verb stands inside
only after a noun (网络空间治理规范). A single word must be rare in general language (jieba's
dictionary frequency) or long to be proposed with full confidence; an institution's name
(国务院) is proposed however common.

Edges stay on word boundaries: no candidate is half of a word (中华 of 中华民族) or ends inside
one before its head noun (特色 of 特色产业), ends with a lone adjective or character that
belongs to the next word (新 of 新要求), with a word that only modifies before its noun
(县级 of 县级医院), with a place word (历史 上), or with a verb that a particle, 于 or a
quoted object marks as a predicate (维护 了, 应用 于, 发现 “…”); nor does one start after the
lone adjective that opens its phrase (行业 of 全行业). A place name
followed by a verb or an adjective is a subject and its predicate (…分布广泛); a one-character
verb (有, 看) makes a clause. A bound prefix (反 "anti-") joins the noun after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duiyi import cedict
from duiyi.extract.set_phrases import set_phrase_spans
from duiyi.extract.zh_words import (
    HAN_OR_DIGIT,
    NOMINAL_SUFFIXES,
    STOP_WORDS,
    Token,
    has_nominal_gloss,
    is_locative,
    is_person_name,
    is_proper_name,
    is_pure_verb,
    is_verb,
    names_action,
    tokens,
    verb_share,
    word_pos,
)
from duiyi.word_counts import general_frequency

__all__ = [
    "NOMINAL_SUFFIXES",
    "ChineseSpan",
    "Token",
    "candidate_spans",
    "coinages",
    "general_frequency",
    "is_proper_name",
    "is_pure_verb",
    "is_rare_word",
    "is_verb",
    "tokens",
    "verb_share",
]

MAX_WORDS = 6
MIN_CHARS = 2
MAX_CHARS = 16
COMMON_WORD_FREQUENCY = 3000
"""A single word more frequent than this in jieba's dictionary is everyday language."""

_STOP_POS = frozenset(
    {"x", "uj", "ul", "uv", "ud", "ug", "uz", "u", "p", "c", "y", "e", "o", "w", "zg"}
)
_PRONOUN_START = tuple("各其本该这那我他她它此每自彼")
_NEGATIONS = frozenset({"不", "非", "未", "无", "没", "没有"})
"""A word right after a negation is not a candidate on its own: the negation belongs to it."""
_NO_START_POS = frozenset({"m", "q", "f", "uj"})
_INNER_BREAK_POS = frozenset({"d", "ad", "vd", "dg"})
"""Adverbs begin a candidate (共同繁荣) but never stand inside one: they mark a predicate."""
_NOUN_POS = ("n", "vn", "j", "l", "i", "b", "an", "eng")
RARE_WORD_FREQUENCY = 100
"""A single word at most this frequent in general language (or missing from it) is domain
vocabulary (网络空间, 行为体); more frequent single words are proposed with less confidence."""
_NO_END_POS = frozenset({"m", "q", "f", "d", "ad", "vd", "r"})
_SINGLE_POS_PREFIXES = ("n", "vn", "l", "i", "j", "an", "eng", "b")


@dataclass(frozen=True)
class ChineseSpan:
    """A candidate's text and where it stands in the sentence."""

    text: str
    start: int
    end: int
    words: int
    verb_object: bool = False
    """A verb with its object used as a noun (消除贫困是…, "eradicating poverty is …")."""
    marked: bool = False
    """The writer marks it as a name: a title in 《》 or a coinage in quotation marks."""


def _breaks(token: Token) -> bool:
    if not HAN_OR_DIGIT.match(token.text):
        return True
    if token.pos in _STOP_POS or token.text in STOP_WORDS:
        return True
    return token.pos == "r" and token.text.startswith(_PRONOUN_START)


def _runs(toks: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in toks:
        if _breaks(token):
            if current:
                runs.append(current)
            current = []
        else:
            current.append(token)
    if current:
        runs.append(current)
    return runs


def _is_noun(token: Token) -> bool:
    # rjieba tags some nouns as verbs (知识/v): a word never glossed "to ..." is no verb.
    return token.pos.startswith(_NOUN_POS) or (
        token.pos not in _NOT_NOUN_POS
        and bool(cedict.senses(token.text))
        and verb_share(token.text) == 0.0
    )


def _lone_verb(token: Token) -> bool:
    # A one-character verb (有, 看, 做) at a span's edge is a predicate's, not a term's.
    return token.pos == "v" and len(token.text) == 1


def _clause_verb(run: list[Token], j: int) -> bool:
    """Whether the token is a one-character verb that begins no word with the next one: a
    predicate (有 空余时间), where 可 再生能源 begins 可再生."""
    after = run[j + 1].text if j + 1 < len(run) else ""
    return _lone_verb(run[j]) and not _starts_word_with(run[j].text, after)


def _verb_before_name(run: list[Token], i: int) -> bool:
    """Whether the token is a verb (glossed "to ..." at least half the time: 研究 "research; to
    research") with a place or a person's name straight after it: the name is its object (访问
    青藏高原), the two are no term, nor is anything running on through them."""
    return (
        i + 1 < len(run)
        and run[i].pos in ("v", "vn")
        and run[i + 1].pos in ("ns", "nr", "nrt")
        and verb_share(run[i].text) >= 0.5
    )


_MODIFIER_POS = ("r", "b", "a", "n")
"""rjieba's tags of words that modify a noun after them (某些/r, 新型/b, 高/a, 海绵/n)."""


def _noun_word_head(run: list[Token], i: int) -> bool:
    """Whether the token is the first half of a noun _finer cut in two (吸收 of 吸收能力
    "absorbency"): a verb there modifies the noun's second half, so the word may start, unless
    a modifier stands right before it (新型 吸收能力): the word is then the rest of a term."""
    return (
        i + 1 < len(run)
        and run[i + 1].inner
        and run[i].pos.startswith("n")
        and (i == 0 or not run[i - 1].pos.startswith(_MODIFIER_POS))
    )


def _verb_and_object(run: list[Token], k: int) -> bool:
    """Whether the token is a verb with a noun after it, the dictionary naming no action of
    the verb as a noun (打击 "to strike", its noun gloss "percussion" another sense;
    治理 "to govern; governance" names it): the verb takes the noun as its object."""
    token = run[k]
    return (
        token.pos == "v"
        and k + 1 < len(run)
        and run[k + 1].pos.startswith("n")
        and not run[k + 1].pos.startswith("vn")
        and verb_share(token.text) > 0.5
        and not names_action(token.text)
    )


def _head_noun_after(run: list[Token], j: int) -> bool:
    """Whether a whole noun follows the verb that ends a noun and its verb (病历 追踪 | 系统,
    "record tracking system"): the three may name a thing, which the English then shows. Only after
    a single noun: before a longer run of nouns the verb mostly heads a clause."""
    if j + 1 >= len(run):
        return False
    head = run[j + 1]
    # A noun there is never the second half of a word _finer cut: both halves keep the word's
    # tag, and the verb before it is tagged a verb. A noun of one character is the verb's
    # object (捕捞 鱼); the first half of a noun cut in two would end the span inside that noun
    # (购买 机械|设备).
    return head.pos == "n" and len(head.text) >= 2 and not (j + 2 < len(run) and run[j + 2].inner)


def _adverb_before_predicate(run: list[Token], i: int) -> bool:
    """Whether the token is an adverb before a word tagged a verb here that the dictionary
    mostly glosses "to ..." (共同 期待 "jointly expect"): a predicate, where an adverb before a
    noun or a verb used as one begins a term (共同 繁荣, 共同 挑战)."""
    return (
        run[i].pos in _INNER_BREAK_POS
        and i + 1 < len(run)
        and run[i + 1].pos == "v"
        and verb_share(run[i + 1].text) > 0.5
    )


def _numbered_name(run: list[Token], i: int) -> bool:
    """A number straight before a noun with no measure word between: a name's number
    (1540 委员会, "the 1540 Committee"), not a count."""
    return (
        run[i].text.isdigit()
        and i + 1 < len(run)
        and run[i + 1].pos.startswith("n")
        and len(run[i + 1].text) >= 2
    )


_NUMERAL = "0-9０-９〇零一二三四五六七八九十百千两"
_ORDINAL = re.compile(rf"^(?:第[{_NUMERAL}]+(?P<unit>[^\W\d])|[{_NUMERAL}]+届)$")
"""An ordinal: 第, a number and a measure word (第十三届, 第五次, 第一缕), or a number and 届
(十二届 "12th", a session's number without 第)."""
_TIME_UNITS = frozenset("年月日天号周时分秒")
"""Measure words of time after 第 (第二天 "the next day"): an adverbial, no name's number."""
_RANK_UNITS = frozenset("名位个")
"""Measure words of people and of anything after 第 (第二名 队员 "the second member"): a
rank in a list, no name's number."""


def _ordinal_opening(run: list[Token], i: int) -> bool:
    """Whether the token is an ordinal with a noun straight after it (第十三届 全国人大 "the 13th
    National People's Congress", 第一缕 阳光 "the first ray of sunshine"): the ordinal is part
    of the name or phrase it numbers, so a span may open with it. Not after a noun: the
    ordinal is then inside a longer name (中国共产党 第十八次 全国代表大会), which opens there."""
    found = _ORDINAL.match(run[i].text)
    return (
        found is not None
        and run[i].pos == "m"
        and (i == 0 or not _is_noun(run[i - 1]))
        and found.group("unit") not in _TIME_UNITS | _RANK_UNITS
        and i + 1 < len(run)
        and len(run[i + 1].text) >= 2
        and (run[i + 1].pos.startswith(("n", "j")) or _is_noun(run[i + 1]))
        and not is_verb(run[i + 1])
    )


def _noun_follows(run: list[Token], j: int) -> bool:
    """Whether a noun of two characters or more follows the token in the run: a span ending
    there may lack its head noun."""
    if j + 1 >= len(run):
        return False
    after = run[j + 1]
    return len(after.text) >= 2 and _is_noun(after) and not is_verb(after)


_PART = re.compile(r"\bpart\b")


def _region_word(token: Token) -> bool:
    """Whether rjieba tags the word a place word that the dictionary reads as a part of a
    whole (南部 "southern part", 内部 "inside (part, section)"): before a noun it says which
    part (southern coastal areas), where 以上 or 之间 close an adverbial."""
    return (
        token.pos == "f"
        and len(token.text) >= 2
        and any(_PART.search(sense) for sense in cedict.senses(token.text)[:2])
    )


def _may_start(token: Token) -> bool:
    if _region_word(token):
        return True
    if token.pos in _NO_START_POS or token.text.isdigit():
        return False
    # rjieba tags some verbs as nouns (利用/n); words in -化 (数字化) are nouns in use.
    return not is_verb(token) and (
        token.pos == "vn" or token.text.endswith("化") or not is_pure_verb(token.text)
    )


def _starts_word_with(char: str, word: str) -> bool:
    """Whether the character and the start of the word make a dictionary word that ends on a
    boundary inside it (可 + 再生|能源), not in the middle of one (有 + 空|余 of 空余)."""
    for k in range(1, len(word) + 1):
        rest = word[k:]
        if cedict.has_word(char + word[:k]) and (
            not rest or (len(rest) >= 2 and cedict.has_word(rest))
        ):
            return True
    return False


def _may_end(token: Token) -> bool:
    return not (token.pos in _NO_END_POS or token.text.isdigit() or _lone_verb(token))


def is_rare_word(word: str) -> bool:
    """Whether a single word is domain vocabulary rather than everyday language."""
    return len(word) >= 4 or general_frequency(word) <= RARE_WORD_FREQUENCY


def _single_ok(token: Token, predicate_context: bool = False) -> bool:
    if len(token.text) < MIN_CHARS:
        return False
    if (
        not token.pos.startswith(_SINGLE_POS_PREFIXES)
        and not is_proper_name(token.text)
        # Where the sentence makes it a predicate (after an adverb, 被 or 地, before 了 or 在)
        # a word tagged v is one, whatever the dictionary names first.
        and (predicate_context or not _noun_tagged_verb(token))
    ):
        return False
    if token.pos == "nt":
        # an institution's name (国务院, 外交部) is a term however often it is met; a generic
        # word rjieba also tags so (联合会 "federation"), which CC-CEDICT writes small, is
        # only part of one
        return is_proper_name(token.text) or not cedict.has_word(token.text)
    return is_rare_word(token.text) or general_frequency(token.text) <= COMMON_WORD_FREQUENCY


_BEFORE_PREDICATE = frozenset({"被", "遭", "地"})
"""Words after which a verb is the predicate: the passive markers, and 地 ending an adverbial."""
_AFTER_PREDICATE = frozenset({"了", "着", "过", "在", "于", "到"})
"""Words a predicate verb takes after it: an aspect particle, or the preposition of where or
to what its action goes (存放 在 库房)."""


def _predicate_context(before: Token | None, after: Token | None) -> bool:
    """Whether a word's neighbours make it the clause's predicate: an adverb, a verb, a passive
    marker or 地 before it, an aspect particle or 在/于/到 after it."""
    if before is not None and (
        before.pos.startswith(("v", "d")) or before.text in _BEFORE_PREDICATE
    ):
        return True
    return after is not None and after.text in _AFTER_PREDICATE


_ADJECTIVE_ENDINGS = ("ous", "ful", "able", "ible", "less")
"""Endings of adjectives alone (-ive and -ed end nouns too: detective, seed)."""
_GERUND = re.compile(r"[a-z]*[aeiouy][a-z]*ing")
"""An -ing form (angling, remaining), not a word that merely ends so (king, spring)."""


def _names_a_thing(sense: str) -> bool:
    """Whether a dictionary sense reads as a noun: not a verb ("to ...", "sth ..."), not an
    -ing form, not a lone adjective ("unwilling", "tenacious")."""
    text = re.sub(r"^\([^)]*\)\s*", "", sense.strip())
    words = text.split()
    if not words or text.startswith(("to ", "sth", "sb ")):
        return False
    if _GERUND.fullmatch(words[0].lower()):
        return False
    return not (len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDINGS))


def _noun_tagged_verb(token: Token) -> bool:
    """Whether rjieba tags a rare word a verb that the dictionary names first as a thing (a word
    glossed "ancestral rite; to worship"): a noun, proposed alone as any rare noun is."""
    senses = cedict.senses(token.text)
    return (
        token.pos == "v"
        and is_rare_word(token.text)
        and bool(senses)
        and _names_a_thing(senses[0])
        and not is_verb(token)
    )


_NAME_POS = ("ns", "nr", "nt", "r")
_NOT_NOUN_POS = frozenset({"d", "ad", "a", "c", "p", "u", "r", "m", "q", "f"})


def _finer(toks: list[Token]) -> list[Token]:
    """Four-character words made of two dictionary words, cut in two (经济繁荣 -> 经济 繁荣) so
    that terms may end inside them (沿海地区经济 in 沿海地区经济繁荣发展); idioms and verb phrases
    (迅速发展 "to develop rapidly") stay."""
    out: list[Token] = []
    for token in toks:
        text = token.text
        if (
            len(text) == 4
            and token.pos not in ("i", "l")
            and not is_verb(token)
            and HAN_OR_DIGIT.match(text)
            and cedict.has_word(text[:2])
            and cedict.has_word(text[2:])
        ):
            # Both halves keep the word's tag: a noun's half is no verb (开发银行 -> 开发 银行).
            pos = token.pos
            out.append(Token(text[:2], pos, token.start, token.start + 2))
            out.append(Token(text[2:], pos, token.start + 2, token.end, inner=True))
        else:
            out.append(token)
    return out


_NOT_SENSES = ("surname ", "variant ", "old variant", "see ", "CL:", "abbr")
"""How dictionary senses begin that say nothing of a character's meaning."""


def _first_sense(char: str) -> str:
    """The dictionary's first sense of a character that is no surname, variant or note."""
    for gloss in cedict.senses(char):
        if not gloss.startswith(_NOT_SENSES):
            return gloss
    return ""


def _noun_suffixes(toks: list[Token]) -> list[Token]:
    """A character rjieba tags a verb that ends a clause straight after a noun, and that the
    dictionary glosses first as a thing (站 "station" of 高铁 站), is that noun's head: a noun."""
    out = list(toks)
    for k in range(1, len(toks)):
        token, before = toks[k], toks[k - 1]
        after = toks[k + 1] if k + 1 < len(toks) else None
        if (
            token.pos == "v"
            and len(token.text) == 1
            and before.pos.startswith(("n", "vn"))
            and len(before.text) >= 2
            and (after is None or not HAN_OR_DIGIT.match(after.text))
            and _first_sense(token.text)
            and not _first_sense(token.text).startswith("to ")
        ):
            out[k] = Token(token.text, "n", token.start, token.end, token.inner)
    return out


def _leans_on_next(run: list[Token], j: int) -> bool:
    """Whether the token is a lone adjective with a word after it in the run (新 of 新要求,
    大 of 大流行): it modifies that word, so a span ending there cuts the phrase after it."""
    return len(run[j].text) == 1 and run[j].pos == "a" and j + 1 < len(run)


def _attributive_before_noun(run: list[Token], j: int) -> bool:
    """Whether the token is a word that only modifies (rjieba's "b": 县级, 大型) with a noun
    after it in the run: it heads nothing, so a span ending there lacks its head noun."""
    return run[j].pos == "b" and j + 1 < len(run) and run[j + 1].pos.startswith(_NOUN_POS)


def _name_then_predicate(run: list[Token], i: int, j: int) -> bool:
    """Whether the span opens with a place name and the word after it is an adjective or a
    verb (rjieba's tag, or a word the dictionary only glosses "to ..."): a subject and its
    predicate, not one name. A verb the dictionary mostly reads as a noun (协定 "agreement")
    stays in the name."""
    if j == i or run[i].pos != "ns" or not all(run[k].inner for k in range(i + 1, j)):
        return False
    readings = cedict.readings(run[i].text)
    if readings and not any(r[:1].isupper() for r in readings):
        return False  # a common noun rjieba tags as a place (海洋 "ocean"): it heads a name
    second = run[j]
    if second.pos in ("a", "ad"):
        return True
    if second.pos in ("v", "vd", "vi"):
        return verb_share(second.text) > 0.5 or not has_nominal_gloss(second.text)
    return is_pure_verb(second.text) and not second.text.endswith("化")


def _titled_name(run: list[Token], j: int) -> bool:
    """Whether the token is a person's name straight after a common noun: a title and the
    name of its holder (部长 张三 "Minister Zhang San"), where a name after a modifier belongs
    to a longer name (大 香格里拉 经济圈). A noun after the name continues it into a longer
    name that the word before modifies (国际 安徒生 奖), no title and holder."""
    before = run[j - 1]
    return (
        is_person_name(run[j].text, run[j].pos)
        and before.pos.startswith("n")
        and not before.pos.startswith("nr")
        and not (j + 1 < len(run) and _names_noun(run[j + 1]))
    )


def _names_noun(token: Token) -> bool:
    """Whether the token is a common noun that may end a name (奖 "prize", 大学 "university"):
    not a name itself, nor a verb rjieba tags a noun."""
    return (
        token.pos in ("n", "nz")
        and not is_person_name(token.text, token.pos)
        and not is_pure_verb(token.text[:2])
    )


def _governed(run: list[Token], j: int) -> bool:
    """Whether the verb at j follows a word rjieba reads as a verb used as a noun that the
    dictionary mostly glosses "to ..." (有关 "to relate to") and has an object after it: the
    word governs the verb phrase (有关 转让 土地), where two verbs alone pair up (升级改造)."""
    before = run[j - 1]
    return j + 1 < len(run) and before.pos == "vn" and verb_share(before.text) > 0.5


def _plain_noun_after(token: Token) -> bool:
    """Whether a word after a place word continues a name (政府 间 国际组织), not a clause
    (发展 中 解决问题, which rjieba tags a noun though it opens with a verb)."""
    return token.pos.startswith("n") and not is_pure_verb(token.text[:2])


def _cut_after(run: list[Token], j: int) -> bool:
    """Whether the token ends the first half of a word _finer cut in two: that half alone is
    no term here (中华 of 中华民族), only a longer span may end inside the word."""
    return j + 1 < len(run) and run[j + 1].inner


def _cuts_head(run: list[Token], j: int) -> bool:
    """Whether a span ending here cuts a word whose second half is its head noun (特色 of
    特色产业): only a predicate may be left outside (沿海地区经济 before 繁荣 of 经济繁荣)."""
    return _cut_after(run, j) and word_pos(run[j + 1].text).startswith(_NOUN_POS)


def _bound_to_previous(run: list[Token], i: int) -> bool:
    """A lone character after a word that starts no dictionary word with what follows is a
    suffix of that word (排放 权 交易: 权 belongs to 排放权; 可 再生 is 可再生 and stays)."""
    char = run[i].text
    if len(char) != 1 or not HAN_OR_DIGIT.match(run[i - 1].text):
        return False
    if run[i].pos in _INNER_BREAK_POS or char in _NEGATIONS:
        return False  # an adverb (不) starts something new
    if run[i - 1].pos in ("l", "i"):
        return False  # a set phrase takes no suffix (开发利用 竹 资源: 竹 starts 竹资源)
    after = run[i + 1].text if i + 1 < len(run) else ""
    return not any(cedict.has_word(char + after[:k]) for k in range(1, len(after) + 1))


_COORDINATORS = frozenset({"与", "和", "及"})


def _plain_noun(token: Token) -> bool:
    return (
        len(token.text) >= 2
        and not _breaks(token)
        and _is_noun(token)
        and not is_verb(token)
        and not token.text.isdigit()
    )


def _coordinations(text: str, toks: list[Token]) -> list[ChineseSpan]:
    """Two nouns joined by 与/和/及 inside a nominal phrase (网络空间和平与安全: a noun before
    them, or a head noun after them), with and without the noun before them; with the head
    noun after them only (农业和渔业 of 农业和渔业合作 lacks its head), unless the second is a
    place name, which is whole (东亚和东南亚地区 before the next clause's subject)."""
    out: list[ChineseSpan] = []
    for at in range(1, len(toks) - 1):
        if toks[at].text not in _COORDINATORS:
            continue
        left, right = toks[at - 1], toks[at + 1]
        if not (_plain_noun(left) and _plain_noun(right)) or left.inner:
            continue
        start = at - 2
        while start > 0 and toks[start].inner:
            start -= 1  # back to the start of a word _finer cut in two (网络 空间)
        before = toks[start] if start >= 0 and _plain_noun(toks[at - 2]) else None
        after = toks[at + 2] if at + 2 < len(toks) and _plain_noun(toks[at + 2]) else None
        if after is not None and after.inner:
            continue  # the right noun is half of a word (网络 of 网络文明)
        if after is not None and at + 3 < len(toks) and toks[at + 3].inner:
            after = None  # the head noun is half of a word: leave it out
        if before is None and after is None:
            continue  # a coordination standing alone is two terms, not one
        lasts = (right, after) if after is None or right.pos == "ns" else (after,)
        for first in (left, before):
            for last in lasts:
                if first is not None and last is not None and not first.inner:
                    words = sum(1 for t in toks if first.start <= t.start and t.end <= last.end)
                    span = text[first.start : last.end]
                    out.append(ChineseSpan(span, first.start, last.end, words))
    return out


_OBJECT_POS = ("n", "vn", "l", "i", "j", "a", "b", "eng")


def _verbal_subjects(text: str, toks: list[Token]) -> list[ChineseSpan]:
    """A verb and its object standing at the start of a clause as the subject of 是 (消除贫困
    是人类的共同使命): a verb phrase used as a noun, often a term (eradicating poverty)."""
    out: list[ChineseSpan] = []
    for at, token in enumerate(toks):
        if token.text != "是" or at < 2:
            continue
        first = at - 1
        while first > 0 and not _breaks(toks[first - 1]):
            first -= 1
        if first > 0 and HAN_OR_DIGIT.match(toks[first - 1].text):
            continue  # not at the start of a clause
        verb, objects = toks[first], toks[first + 1 : at]
        if (
            verb.pos == "v"
            and len(verb.text) >= 2
            and 0 < len(objects) <= 3
            and all(o.pos.startswith(_OBJECT_POS) and o.pos != "v" for o in objects)
        ):
            end = objects[-1].end
            out.append(ChineseSpan(text[verb.start : end], verb.start, end, len(objects) + 1, True))
    return out


_ATTRIBUTE_OPENERS = ("d", "ad", "a", "v", "vd", "p", "c")
"""rjieba's tags of words after which an adjective opens a noun phrase of its own (实施 稳健的
货币政策), where after a noun it is a predicate of a relative clause (政策 稳健 的 国家)."""
MAX_ATTRIBUTE_NOUNS = 3


def _adjective(token: Token) -> bool:
    """Whether the word is an adjective of two characters, also where rjieba tags it a name
    the dictionary does not read as one (辛勤/nr "hardworking"), and no everyday one (重要):
    a learner notes the phrase it makes with its noun, not the adjective alone."""
    text = token.text
    if len(text) != 2 or not HAN_OR_DIGIT.match(text) or text.isdigit():
        return False
    if token.pos != "a" and not (
        # rjieba tags some adjectives adverbs or state words (正直/d "upright", 笔直/z); before
        # 的 no adverb stands, so the dictionary's reading as a quality decides.
        token.pos in ("nr", "ns", "d", "z")
        and cedict.has_word(text)
        and not is_proper_name(text)
        and verb_share(text) == 0.0
    ):
        return False
    return general_frequency(text) <= COMMON_WORD_FREQUENCY


def _time_noun(token: Token) -> bool:
    """Whether the noun names a time (rjieba's "t", or glossed "time" first: 时候)."""
    senses = cedict.senses(token.text)
    return token.pos == "t" or word_pos(token.text) == "t" or (bool(senses) and senses[0] == "time")


def _counted_thing(token: Token) -> bool:
    """Whether the word is 一 and a noun borrowed as a measure word (一页 "a page", 一员 "a
    member": the dictionary has no classifier sense of it, and reads one of its first two
    senses as a thing): after 的 it is the phrase's head noun, not a count (一次 "once")."""
    text = token.text
    if token.pos != "m" or len(text) != 2 or text[0] != "一" or text[1] in _TIME_UNITS:
        return False
    if word_pos(text[1]) == "f":
        return False  # 一下 "a while", 一旁 "aside": a place word, no thing
    senses = [s for s in cedict.senses(text[1]) if not s.startswith(_NOT_SENSES)]
    return not any("classifier" in s for s in senses) and any(_names_a_thing(s) for s in senses[:2])


def _attributive_phrases(text: str, toks: list[Token]) -> list[ChineseSpan]:
    """An adjective, 的 and the nouns after it (稳健的货币政策 "prudent monetary policy",
    辛勤的劳动): a modified noun phrase rendered as one, the 的 left unrendered. Only where
    the adjective opens the phrase (after a verb, an adverb or a break)."""
    out: list[ChineseSpan] = []
    for at in range(1, len(toks) - 1):
        if toks[at].text != "的" or not _adjective(toks[at - 1]):
            continue
        if at >= 2 and not (_breaks(toks[at - 2]) or toks[at - 2].pos in _ATTRIBUTE_OPENERS):
            continue
        nouns: list[Token] = []
        for token in toks[at + 1 : at + 1 + MAX_ATTRIBUTE_NOUNS]:
            if not _plain_noun(token) or token.pos in _NAME_POS:
                break
            nouns.append(token)
        if not nouns and _counted_thing(toks[at + 1]):
            nouns.append(toks[at + 1])
        after = toks[at + 1 + len(nouns)] if at + 1 + len(nouns) < len(toks) else None
        if not nouns or _time_noun(nouns[-1]):
            continue  # …的时候 "when …" is an adverbial clause
        if after is not None and not (_breaks(after) or after.pos.startswith(("v", "d", "ad"))):
            continue  # the nouns run on into a word they modify (…的中式 浪漫)
        start, end = toks[at - 1].start, nouns[-1].end
        if end - start <= MAX_CHARS:
            out.append(ChineseSpan(text[start:end], start, end, len(nouns) + 1))
    return out


_QUOTED_WORD = re.compile(r"[“”\"「『]([\u3400-\u4dbf\u4e00-\u9fff]{2,8})[”\"」』]")
MAX_QUOTED_HEAD_NOUNS = 2
_PREDICATE_POS = ("v", "a", "d", "l", "i")
"""rjieba's tags of a word that opens a predicate after a subject (圆满, 稳步, 圆满完成)."""


def _named(token: Token) -> bool:
    """Whether the word is a name or a pronoun (rjieba's tag), not a common noun it tags a
    place (城市/ns), which the dictionary reads in lower case."""
    return token.pos in _NAME_POS and not (token.pos == "ns" and not is_proper_name(token.text))


def _quoted_heads(text: str, toks: list[Token]) -> list[ChineseSpan]:
    """A word in quotation marks and the nouns straight after it (“智慧”城市 "smart city",
    ”X”生活): the writer stresses the modifier, the phrase is one term. Its text leaves the
    marks out; its place in the sentence spans them."""
    out: list[ChineseSpan] = []
    at_start = {t.start: k for k, t in enumerate(toks)}
    for match in _QUOTED_WORD.finditer(text):
        k = at_start.get(match.end())
        if k is None:
            continue
        nouns: list[Token] = []
        for token in toks[k : k + MAX_QUOTED_HEAD_NOUNS]:
            if not _plain_noun(token) or _named(token) or is_verb(token):
                break
            nouns.append(token)
        after = toks[k + len(nouns)] if k + len(nouns) < len(toks) else None
        if not nouns or (
            after is not None and not (_breaks(after) or after.pos.startswith(_PREDICATE_POS))
        ):
            continue  # no noun, or the nouns modify a word after them (not a predicate's)
        quoted = match.group(1)
        words = len(tokens(quoted)) + len(nouns)
        phrase = quoted + text[nouns[0].start : nouns[-1].end]
        out.append(ChineseSpan(phrase, match.start(1), nouns[-1].end, words))
    return out


_DESIGNATIONS = frozenset("号型")
"""Measure words that end a name with a number before them (a craft's 7号, a model's 3型)."""


def _designation(run: list[Token], i: int, j: int) -> bool:
    """Whether the span is a name, a number and a designation word (神舟 7 号)."""
    return (
        j - i >= 2
        and j < len(run)
        and run[j].text in _DESIGNATIONS
        and run[j - 1].text.isdigit()
        and (run[j - 2].pos in ("ns", "nr", "nz", "nt") or is_proper_name(run[j - 2].text))
    )


_ASPECT_POS = frozenset({"ul", "uz", "ug"})
"""rjieba's tags of 了, 着 and 过 after a verb."""


_OPENING_QUOTES = frozenset("“「『《‘")


def _predicate_marker(token: Token) -> bool:
    return (
        (token.pos in _ASPECT_POS and len(token.text) == 1)
        or (token.text == "于" and token.pos == "p")
        or token.text in _OPENING_QUOTES
    )


def _predicate_before(token: Token, markers: set[int]) -> bool:
    """Whether a verb or an adjective stands before 了, 着, 过, 于 or a quoted object (发现
    “…”); a noun there is a subject (空间站 于 2022年) or a modifier (创新发展 “快车道”)."""
    return token.end in markers and not token.pos.startswith(("n", "vn"))


def candidate_spans(text: str) -> list[ChineseSpan]:
    """Every candidate span of a Chinese sentence."""
    out: list[ChineseSpan] = []
    out.extend(_verbal_subjects(text, tokens(text)))
    finer = _noun_suffixes(_finer(tokens(text)))
    out.extend(_coordinations(text, finer))
    out.extend(_attributive_phrases(text, finer))
    out.extend(_quoted_heads(text, finer))
    out.extend(ChineseSpan(text[a:b], a, b, 2) for a, b in set_phrase_spans(text))
    # A word before an aspect particle (维护 了), before 于 (应用 于, "applied to") or before a
    # quoted object is a predicate: no span ends with it.
    predicates = {t.start for t in finer if _predicate_marker(t)}
    position = {t.start: at for at, t in enumerate(finer)}
    for run in _runs(finer):
        for i, first in enumerate(run):
            if first.inner or _clause_verb(run, i) or _verb_before_name(run, i):
                continue
            if not (
                _may_start(first)
                or _numbered_name(run, i)
                or _noun_word_head(run, i)
                or _ordinal_opening(run, i)
            ):
                continue
            if _adverb_before_predicate(run, i):
                continue  # 共同 期待: an adverb and the predicate it modifies
            if i > 0 and run[i - 1].text in _NEGATIONS:
                continue  # 发达国家 in 不发达国家 means the opposite of what it says alone
            if i > 0 and _bound_to_previous(run, i):
                continue
            if i == 1 and _leans_on_next(run, 0):
                continue  # 行业 of 全 行业: the lone adjective opening the run is the phrase's
            # A modifier alone before a predicate verb is its adverbial (准确 鉴定 "identify
            # accurately"); a term's own verb follows a noun (信息共享).
            nominal = _is_noun(first)
            # An ordinal opening a name (第十三届 …) numbers it: the name's own length counts.
            numbered = len(first.text) if _ordinal_opening(run, i) else 0
            for j in range(i, min(len(run), i + MAX_WORDS + (1 if numbered else 0))):
                last = run[j]
                chars = last.end - first.start
                if chars - numbered > MAX_CHARS or (j > i and last.pos in _INNER_BREAK_POS):
                    break
                if _name_then_predicate(run, i, j) or (j > i and _clause_verb(run, j)):
                    break
                if j > i and _titled_name(run, j):
                    break  # 部长 张三: the name says who holds the title, no term reaches it
                if j > i + 1 and _verb_and_object(run, j - 1):
                    break  # 海关 打击 | 走私: the noun is the verb's object
                if j > i and _verb_before_name(run, j - 1):
                    break  # 专家 研究 青海湖: the name is the verb's object, the span a clause
                if j > i and is_locative(run[j - 1]) and not _plain_noun_after(last):
                    break  # 改革中 逐步完善: the place word closed an adverbial
                if j > i and is_verb(last):
                    # A predicate verb makes a clause, not a term; only a noun's own verb may
                    # end one (信息共享, 标准制定), not a name's (中国支持: a subject and verb).
                    if (
                        nominal
                        and first.pos not in _NAME_POS
                        and not _governed(run, j)
                        and _may_end(last)
                        and not _predicate_before(last, predicates)
                    ):
                        out.append(
                            ChineseSpan(
                                text[first.start : last.end], first.start, last.end, j - i + 1
                            )
                        )
                        if j == i + 1 and _head_noun_after(run, j):
                            head = run[j + 1]
                            out.append(
                                ChineseSpan(text[first.start : head.end], first.start, head.end, 3)
                            )
                    break
                nominal = nominal or _is_noun(last)
                if chars < MIN_CHARS or _predicate_before(last, predicates):
                    continue
                if not _may_end(last) and not _designation(run, i, j):
                    continue
                if _leans_on_next(run, j) or _cuts_head(run, j) or _designation(run, j, j + 2):
                    continue  # 天宫 before 2号: the number and 号 belong to the name
                if _attributive_before_noun(run, j):
                    continue
                if numbered and _noun_follows(run, j):
                    continue  # 第七届 全国 青年 | 运动会: the ordinal numbers the whole name
                if i == j:
                    at = position[first.start]
                    context = _predicate_context(
                        finer[at - 1] if at > 0 else None,
                        finer[at + 1] if at + 1 < len(finer) else None,
                    )
                    if not _single_ok(first, context) or _cut_after(run, j):
                        continue
                out.append(
                    ChineseSpan(text[first.start : last.end], first.start, last.end, j - i + 1)
                )
    return out


COINAGE_CHARS = (2, 4)


def coinages(text: str) -> list[ChineseSpan]:
    """Words of two to four characters CC-CEDICT lacks (放管服, whatever rjieba tags them), and
    runs of single characters no particle or function word breaks: abbreviations and coinages
    the dictionary cannot explain, worth a look when they recur."""
    out: list[ChineseSpan] = []
    run: list[Token] = []
    low, high = COINAGE_CHARS
    for token in [*tokens(text), Token("", "x", len(text), len(text))]:
        if (
            low <= len(token.text) <= high
            and HAN_OR_DIGIT.match(token.text)
            and not token.text.isdigit()
            and not cedict.has_word(token.text)
            and not _breaks(token)
        ):
            out.append(ChineseSpan(token.text, token.start, token.end, 1))
        if len(token.text) == 1 and not _breaks(token) and not token.text.isdigit():
            run.append(token)
            continue
        if low <= len(run) <= high:
            out.append(ChineseSpan(text[run[0].start : run[-1].end], run[0].start, run[-1].end, 1))
        run = []
    return out
