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
    "宗嘉措次仁玛旦思顿文柏黎"
)
"""Characters of the Xinhua English-Chinese transliteration table (英汉译音表, as used by the
Names of the World's Peoples dictionary) and of Tibetan names in Chinese (嘉措 -tso, 次仁,
卓玛): the characters a translator picks for their sound."""

MOSTLY = 0.6
"""The share of a word's characters that must be transliteration characters."""
MIN_CONSONANTS = 2
"""Fewer consonants match too many names by chance."""

_PINYIN_INITIALS: tuple[tuple[str, str], ...] = (
    ("zh", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("b", "P"),
    ("p", "P"),
    ("d", "T"),
    ("t", "T"),
    ("g", "K"),
    ("k", "K"),
    ("j", "K"),
    ("q", "K"),
    ("x", "S"),
    ("z", "TS"),
    ("c", "TS"),
    ("s", "S"),
    ("l", "L"),
    ("r", "L"),
    ("f", "F"),
    ("w", "F"),
    ("h", "H"),
    ("m", "M"),
    ("n", "N"),
)
"""A pinyin initial's class; y and a vowel start none."""

_ENGLISH_LETTERS: tuple[tuple[str, str], ...] = (
    ("ph", "F"),
    ("th", "T"),
    ("sh", "S"),
    ("ch", "S"),
    ("ck", "K"),
    ("qu", "K"),
    ("x", "KS"),
    ("ng", "N"),
    ("b", "P"),
    ("p", "P"),
    ("d", "T"),
    ("t", "T"),
    ("g", "K"),
    ("k", "K"),
    ("c", "K"),
    ("q", "K"),
    ("j", "K"),
    ("s", "S"),
    ("z", "S"),
    ("l", "L"),
    ("r", "L"),
    ("f", "F"),
    ("v", "F"),
    ("w", "F"),
    ("h", "H"),
    ("m", "M"),
    ("n", "N"),
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


def _english_keys(word: str) -> frozenset[str]:
    """The consonant skeletons of an English spelling: as written, and without what Chinese
    leaves out (an r after a vowel, a final s, an h)."""
    # A doubled letter is one sound (Mississippi); two syllables' consonants are two (基卡 ji ka).
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
    written = "".join(out)
    keys = {written.replace("r", "L"), written.replace("r", "")}
    keys |= {k[:-1] for k in keys if k.endswith("S")}
    keys |= {k.replace("H", "") for k in keys}
    return frozenset(keys)


def is_transliteration(chinese: str) -> bool:
    """Whether most characters of a word of two or more are transliteration characters."""
    if len(chinese) < 2:
        return False
    return sum(ch in TRANSLITERATION_CHARS for ch in chinese) >= MOSTLY * len(chinese)


def sounds_like(chinese: str, english_word: str) -> bool:
    """Whether a capitalised English word sounds like the transliterated Chinese word: their
    consonant skeletons, two consonants at least, agree (苏格拉底 Socrates, 基卡依 Jikayi)."""
    if not english_word[:1].isupper() or not is_transliteration(chinese):
        return False
    pinyin = {k for k in _pinyin_keys(chinese) if len(k) >= MIN_CONSONANTS}
    return bool(pinyin & _english_keys(english_word))
