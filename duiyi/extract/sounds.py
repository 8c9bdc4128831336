"""Whether an English name sounds like a transliterated Chinese word (苏格拉底 Socrates): the
consonants of its pinyin and of its spelling, each folded into the class a transliteration
confuses (p/b, t/d, k/g/c/q/j, s/x/z/sh, l/r, f/v/w), read the same.

Transliterated foreign names are written with a small set of characters chosen for their
sound; a word made mostly of them is read by its sound, not its meaning.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from duiyi import cedict

TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼宾波伯博布查彻达戴丹道德登迪蒂底丁东杜敦多厄恩尔"
    "法范菲芬丰弗福富盖甘冈戈格贡古瓜圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库"
    "夸奎拉莱赖兰朗劳勒雷里利莉连林琳隆卢鲁伦罗洛马迈曼芒茂梅门蒙米明莫姆穆纳奈南内尼宁纽"
    "努诺欧帕潘庞佩彭皮珀普奇乔切钦琼丘屈让热茹瑞若萨塞桑瑟森沙莎尚舍什施史舒斯松苏索塔泰"
    "坦汤唐特滕提廷通图托瓦万旺威韦维温沃乌伍西希谢辛休许亚扬耶伊依因英尤于约扎泽詹朱卓兹"
)
"""Characters of the Xinhua English-Chinese transliteration table (英汉译音表 of 英语姓名译名
手册, the standard set a translator picks for a name's sound); characters outside it (柏 of a
conventional rendering, Tibetan names' own) are left out rather than listed one by one."""

MOSTLY = 0.6
"""The share of a word's characters that must be transliteration characters."""
MIN_CONSONANTS = 3
"""Fewer consonants match too many English words by chance (西南 xi nan and China); a shorter
skeleton counts only when it is the English word's whole, nothing left out."""

_SHARED_LETTERS: tuple[tuple[str, str], ...] = (
    ("sh", "S"),
    ("ch", "S"),
    ("b", "P"),
    ("p", "P"),
    ("d", "T"),
    ("t", "T"),
    ("g", "K"),
    ("k", "K"),
    ("j", "K"),
    ("q", "K"),
    ("s", "S"),
    ("z", "S"),
    ("l", "L"),
    ("r", "L"),
    ("f", "F"),
    ("w", "F"),
    ("h", "H"),
    ("m", "M"),
    ("n", "N"),
)
"""The letters pinyin and English spell alike, each with its class (z is an s to both: 泽 ze
for Ze-)."""

_PINYIN_INITIALS: tuple[tuple[str, str], ...] = (
    ("zh", "S"),
    *_SHARED_LETTERS,
    ("x", "S"),
    ("c", "S"),
)
"""A pinyin initial's class (pinyin c and x are sibilants); y and a vowel start none."""

_ENGLISH_LETTERS: tuple[tuple[str, str], ...] = (
    ("ph", "F"),
    ("th", "T"),
    ("ck", "K"),
    ("qu", "K"),
    ("ng", "N"),
    *_SHARED_LETTERS,
    ("x", "KS"),
    ("c", "K"),
    ("v", "F"),
)
"""An English letter's (or pair's) class, tried in this order; vowels and y have none."""

MAX_READINGS = 8
"""Readings tried for a word of polyphones (their combinations multiply)."""


def _syllable_key(syllable: str) -> tuple[str, ...]:
    """A syllable's consonants: its initial's class, and a nasal ending's or none (安 an
    renders "an" and "a"); 尔 er renders an r or nothing."""
    if syllable == "er":
        return ("L", "")
    initial = next((cls for start, cls in _PINYIN_INITIALS if syllable.startswith(start)), "")
    if syllable.endswith(("n", "ng")) and len(syllable) > 2:
        return (initial + "N", initial)
    return (initial,)


@lru_cache(maxsize=8192)
def _pinyin_keys(word: str) -> frozenset[str]:
    """Every consonant skeleton the word's readings give."""
    choices: list[tuple[str, ...]] = []
    for char in word:
        readings = [r for r in cedict.readings(char) if " " not in r][:2]
        if not readings:
            return frozenset()
        keys = {
            key
            for reading in readings
            for key in _syllable_key(re.sub(r"[0-9]", "", reading).lower().replace("u:", "u"))
        }
        choices.append(tuple(sorted(keys)))
    combos = itertools.islice(itertools.product(*choices), MAX_READINGS * 4)
    return frozenset("".join(c) for c in combos)


def _written_skeleton(word: str) -> str:
    """An English spelling's consonant classes as written, an r after a vowel marked "r"."""
    # A doubled letter is one sound (Mississippi); two syllables' consonants are two
    # (莫拉卡 mo la ka).
    text = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", word.lower()))
    out: list[str] = []
    at = 0
    while at < len(text):
        for letters, cls in _ENGLISH_LETTERS:
            if text.startswith(letters, at):
                silent_r = (
                    letters == "r"
                    and at > 0
                    and text[at - 1] in "aeiou"
                    and (at + 1 == len(text) or text[at + 1] not in "aeiouy")
                )
                out.append("r" if silent_r else cls)
                at += len(letters)
                break
        else:
            at += 1
    return "".join(out)


def _english_keys(written: str) -> frozenset[str]:
    """The consonant skeletons of an English spelling: as written, and without what Chinese
    leaves out (an r after a vowel, a final s, an h)."""
    keys = {written.replace("r", "L"), written.replace("r", "")}
    keys |= {k[:-1] for k in keys if k.endswith("S")}
    keys |= {k.replace("H", "") for k in keys}
    # An m before a b or p is pinyin's n (Zambia 赞比亚 zan bi ya).
    keys |= {k.replace("MP", "NP") for k in keys}
    return frozenset(keys)


def is_transliteration(chinese: str) -> bool:
    """Whether most characters of a word of two or more are transliteration characters."""
    if len(chinese) < 2:
        return False
    return sum(ch in TRANSLITERATION_CHARS for ch in chinese) >= MOSTLY * len(chinese)


def sounds_like(chinese: str, english_word: str) -> bool:
    """Whether a capitalised English word sounds like the transliterated Chinese word, which
    the dictionary knows by no sense but a name's: their consonant skeletons agree, three
    consonants at least or the English word's whole (苏格拉底 Socrates, 赞比亚 Zambia)."""
    if not english_word[:1].isupper() or not is_transliteration(chinese):
        return False
    if any(not sense[:1].isupper() for sense in cedict.senses(chinese)):
        return False  # 西南 "southwest": a word of its own that happens to sound like China
    written = _written_skeleton(english_word)
    english = _english_keys(written)
    whole = written.replace("r", "L")
    return any(
        key in english and (len(key) >= MIN_CONSONANTS or key == whole)
        for key in _pinyin_keys(chinese)
    )
