"""Pairs that are no terms for a translation student, however well they align.

A date, a time or a quantity (周三下午 "Wednesday afternoon", 19世纪 "19th century", 六公里
"six kilometres") is rendered by rule, not learnt: a span made only of numerals with their
units (of time, or measure words as rjieba tags them or CC-CEDICT glosses them), weekdays,
times of day and era words, whose English is only numbers and such words and at most one
unit, is none. A name that holds numbers (“十四五”, 正月十五, 两个一百年
"Two Centenary Goals") keeps a word outside these classes in one language or the other.

A phrase that opens with a word pointing at the text (以下 "the following", 上述 "the
above") is the text's reference to a term, and a modifier with 的 over two terms joined by 和
(…的甲和乙) is a description of a list, unless the English is a title in capitals; a verb with
a potential complement (买不起 "can't afford") makes a clause. None of these is one term.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duiyi import cedict
from duiyi.extract.zh_words import tokens, verb_share, word_pos

__all__ = ["is_not_term", "is_time_or_quantity"]

_NUMERAL = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万亿两几半]+(?:多|余)?")
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")
_TIME_UNITS = frozenset(
    {"世纪", "年代", "年", "月", "日", "号", "天", "周", "星期", "小时", "钟头", "分钟", "分"}
    | {"秒", "刻", "点", "点钟", "个月", "个小时", "个星期", "岁"}
)
"""Units of time: rjieba tags some of them nouns (小时/n, 世纪/n), so they are listed."""
_DAY_PARTS = frozenset(
    {"上午", "下午", "中午", "早上", "早晨", "清晨", "凌晨", "晚上", "傍晚", "夜间", "夜里"}
    | {"午夜", "白天", "黄昏", "今天", "昨天", "明天", "今年", "去年", "明年", "今晚", "当天"}
)
"""Times of day and days named from today: a closed class of time words."""
_ERAS = ("公元前", "公元后", "公元")
_APPROXIMATE = ("大约", "将近", "约", "近")
_AROUND = ("左右", "前后")
_ORDINAL = "第"
_LONGEST_UNIT = 3

_UNIT_FREE_WORDS = """
a an the of on in at about around nearly almost over some approximately this last next
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million billion half dozen first second third fourth fifth sixth
seventh eighth ninth tenth eleventh twelfth monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december morning afternoon evening night noon midnight dawn dusk today tonight
tomorrow yesterday bc ad bce ce
"""
_UNIT_FREE_ENGLISH = frozenset(_UNIT_FREE_WORDS.split())
"""English words that only say a number, an ordinal, a day or a time of day."""
_ENGLISH_WORD = re.compile(r"[a-z]+|[0-9]+(?:st|nd|rd|th|s)?")
_NUMBER_WORD = re.compile(r"[0-9]+(?:st|nd|rd|th|s)?")

_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "for", "to"})
_DEICTICS = frozenset({"如下", "以下", "下列", "下述", "上述", "前述", "上面", "下面"})
"""Words that point at the text around them ("the following", "the above")."""
_CONJUNCTIONS = frozenset({"和", "与", "及", "以及", "或", "或者"})
_MODAL = re.compile(r"\b(?:can|cannot|can't|could|couldn't|unable|able)\b")
_COMPLEMENTS = frozenset("到了起见出动住完懂清下开")
"""Result complements that 不 or 得 turn into a potential (找得到, 看不清): a predicate."""


def is_not_term(chinese: str, english: str) -> bool:
    """Whether a pair is a date, time or quantity, a reference to the text, a described list
    or a clause rather than a term."""
    # English in capitals names the thing (Three Kingdoms, Eight Immortals), whatever its shape.
    if _title_cased(english):
        return False
    return (
        is_time_or_quantity(chinese, english)
        or _points_at_text(chinese)
        or _describes_list(chinese)
        or _potential_clause(chinese, english)
    )


def is_time_or_quantity(chinese: str, english: str) -> bool:
    """Whether both sides say only a date, a time, a duration or a quantity."""
    return _chinese_time_or_quantity(chinese) and _english_time_or_quantity(english)


@lru_cache(maxsize=4096)
def _chinese_time_or_quantity(text: str) -> bool:
    # Each piece must be a time word or a numeral with its unit: a bare number (十四五) or a
    # word of another class (正月) leaves the span alone.
    text = text.removeprefix(_ORDINAL)
    for prefix in _APPROXIMATE:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix) :]
            break
    for suffix in _AROUND:
        text = text.removesuffix(suffix)
    at = 0
    while at < len(text):
        step = _piece(text, at)
        if not step:
            return False
        at += step
    return at > 0


def _piece(text: str, at: int) -> int:
    """How many characters the time word or numeral with its unit at `at` spans (0: none)."""
    weekday = _WEEKDAY.match(text, at)
    if weekday:
        return weekday.end() - at
    for word in (*_DAY_PARTS, *_ERAS):
        if text.startswith(word, at):
            return len(word)
    start = at + 1 if text.startswith(_ORDINAL, at) else at
    number = _NUMERAL.match(text, start)
    if not number:
        return 0
    end = number.end()
    for size in range(_LONGEST_UNIT, 0, -1):
        unit = text[end : end + size]
        if len(unit) == size and _is_unit(unit):
            return end + size - at
    return 0


@lru_cache(maxsize=4096)
def _is_unit(word: str) -> bool:
    """A unit of time, or a measure word: tagged one by rjieba (公里/q) or glossed as a
    classifier by CC-CEDICT."""
    if word in _TIME_UNITS:
        return True
    if word_pos(word) == "q":
        return True
    return any(g.startswith("classifier") for g in cedict.senses(word))


def _english_time_or_quantity(english: str) -> bool:
    # A unit is rendered by one word (hours, kilometres, century); a name with numbers says more.
    words = _ENGLISH_WORD.findall(english.lower())
    rest = [w for w in words if w not in _UNIT_FREE_ENGLISH and not _NUMBER_WORD.fullmatch(w)]
    return bool(words) and len(rest) <= 1


def _title_cased(english: str) -> bool:
    # A title in capitals names a work or a body (The Town and the Country in a New Age),
    # whatever the shape of its Chinese.
    words = [w for w in re.findall(r"[A-Za-z]+", english) if w.lower() not in _FUNCTION_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _points_at_text(chinese: str) -> bool:
    toks = tokens(chinese)
    return len(toks) > 1 and toks[0].text in _DEICTICS


def _describes_list(chinese: str) -> bool:
    # 的 before a conjunction: the modifier stands over both terms (…的 甲 和 乙); a conjunction
    # before 的 joins the modifiers of one head (甲与乙的丙) and the phrase may be a term.
    words = [t.text for t in tokens(chinese)]
    if "的" not in words:
        return False
    after = words[words.index("的") + 1 :]
    return any(0 < k < len(after) - 1 for k, w in enumerate(after) if w in _CONJUNCTIONS)


def _potential_clause(chinese: str, english: str) -> bool:
    # 找不到 工作: a verb, 不 or 得, a result complement, then its object; alone, the verb is
    # a clause where the English says what one can or cannot do (了不起 "amazing" is none).
    # Before 的 the potential describes a head noun: a set phrase, not a clause.
    toks = tokens(chinese)
    modal = bool(_MODAL.search(english.lower()))
    return any(
        len(t.text) == 3
        and t.text[1] in "不得"
        and t.text[2] in _COMPLEMENTS
        and verb_share(t.text[0]) > 0
        and ((k < len(toks) - 1 and toks[k + 1].text != "的") or modal)
        for k, t in enumerate(toks)
    )
