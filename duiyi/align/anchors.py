"""Lexical anchors shared by a Chinese and an English segment: numbers, Latin acronyms and
dictionary words. They pull the right sentences together when lengths alone are ambiguous."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from duiyi.word_counts import general_frequency

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Latin tokens with two capitals or a digit and a letter: UN, ICT, 5G, COVID-19, WeChat is not.
# Edges are "no Latin letter, digit or hyphen next to it", not \b: a Han character counts as a
# word character, so \b never fires where an acronym touches Chinese ("和ICT合作").
_ACRONYM = re.compile(
    r"(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z0-9])[A-Z0-9][A-Za-z0-9-]*(?![A-Za-z0-9-])"
)
_EN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HAN_RUN_CHARS = re.compile(r"[^\u4e00-\u9fff]+")


def numbers(text: str) -> frozenset[str]:
    """Numbers written in digits, without thousands separators ("2,030" -> "2030")."""
    found = set()
    for match in _NUMBER.finditer(text):
        value = match.group().replace(",", "")
        if "." in value:
            value = value.rstrip("0").rstrip(".")  # 5.90 and 5.9 are the same number
        # List numbering and single digits are too common to anchor anything.
        if len(value) >= 2:
            found.add(value)
    return frozenset(found)


def acronyms(text: str) -> frozenset[str]:
    """Latin acronyms and codes (UN, ICT, 5G) as they are written."""
    return frozenset(m.group() for m in _ACRONYM.finditer(text) if not m.group().isdigit())


_DOUBLED = re.compile(r"([bdgmnprt])\1$")
_VOWEL = re.compile("[aeiouy]")


@lru_cache(maxsize=65536)
def base_form(word: str) -> str:
    """A lower-case word without its inflection, so "couplets", "pasted" and "setting" meet
    the dictionary's "couplet", "paste" and "set" (a final e is dropped on both sides)."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("ses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif len(word) > 5 and word.endswith("ing") and _VOWEL.search(word[:-3]):
        word = _DOUBLED.sub(r"\1", word[:-3])
    elif len(word) > 3 and word.endswith("ed") and not word.endswith("eed"):
        word = _DOUBLED.sub(r"\1", word[:-2])
    return word[:-1] if len(word) > 2 and word.endswith("e") else word


def english_words(text: str) -> frozenset[str]:
    """Base forms of the words of an English segment; a hyphenated word also gives its parts."""
    found: set[str] = set()
    for word in _EN_WORD.findall(text.lower()):
        found.add(base_form(word))
        if "-" in word:
            found.update(base_form(part) for part in word.split("-"))
    return frozenset(found)


@cache
def _dictionary() -> Callable[[str], frozenset[str]] | None:
    """CC-CEDICT gloss words of a Chinese word, from duiyi.cedict when it can be loaded."""
    try:
        from duiyi import cedict  # optional: alignment works without the dictionary

        cedict.has_word("中国")
    except (ImportError, AttributeError, OSError):
        return None

    @cache
    def lookup(word: str) -> frozenset[str]:
        return cedict.gloss_words(word) if cedict.has_word(word) else frozenset()

    return lookup


_LONGEST_WORD = 6
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "with",
        "by",
        "as",
        "at",
        "be",
        "is",
        "are",
        "was",
        "were",
        "it",
        "its",
        "this",
        "that",
        "from",
        "sb",
        "sth",
        "one's",
        "oneself",
        "etc",
        "used",
        "also",
    ]
)


@lru_cache(maxsize=65536)
def dictionary_entries(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each dictionary word found in the Chinese text, with the English words that gloss it."""
    lookup = _dictionary()
    if lookup is None:
        return ()
    found: list[tuple[str, frozenset[str]]] = []
    for run in _HAN_RUN.findall(text):
        i = 0
        while i < len(run):
            # Greedy longest match; single characters are too ambiguous to anchor anything.
            for size in range(min(_LONGEST_WORD, len(run) - i), 1, -1):
                word = run[i : i + size]
                glosses = lookup(word)
                if glosses:
                    found.append((word, frozenset(base_form(g) for g in glosses - _STOP)))
                    i += size
                    break
            else:
                i += 1
    return tuple((word, g) for word, g in found if g)


@lru_cache(maxsize=65536)
def dictionary_words(text: str) -> tuple[frozenset[str], ...]:
    """For each dictionary word found in the Chinese text, the English words that gloss it."""
    return tuple(g for _word, g in dictionary_entries(text))


_RARE = 1500
"""jieba counts at most this often a word of a specific thing (对联 431, 白鹭 40); everyday
words (另外 10240, 回家 3197) are counted more often and their glosses (besides, home) turn up
in sentences that do not translate them."""


@lru_cache(maxsize=65536)
def is_rare(word: str) -> bool:
    """Whether a Chinese word is rare in general language, so that its translation marks the
    sentence that holds it."""
    return general_frequency(word) <= _RARE


_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:['’][a-z]+)?(?![a-z])")
_MAX_SYLLABLE = 6
_MAX_NAME_SYLLABLES = 4


# Every syllable of Mandarin pinyin, without tones (ü as v).
_SYLLABLE_TEXT = (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong "
    "bu ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong "
    "chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai "
    "dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui dun "
    "duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei "
    "gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng "
    "hm hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing "
    "jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan "
    "kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin "
    "ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi "
    "mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nia "
    "nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang "
    "pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing "
    "qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo "
    "sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou "
    "shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan "
    "tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang "
    "wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya "
    "yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen "
    "zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan "
    "zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo "
)
_SYLLABLES = frozenset(_SYLLABLE_TEXT.split())


@cache
def _char_readings(char: str) -> frozenset[str]:
    """A Han character's readings without tones, from CC-CEDICT (empty when unknown)."""
    try:
        from duiyi import cedict

        found = cedict.readings(char)
    except (ImportError, AttributeError, OSError):
        return frozenset()
    return frozenset(re.sub(r"\d", "", r).lower().replace("u:", "v") for r in found)


def _as_syllables(word: str) -> tuple[str, ...] | None:
    """A word cut into pinyin syllables, longest first ("yangshan" -> yang, shan), or None."""
    known = _SYLLABLES
    parts: list[str] = []
    for piece in re.split(r"['’]", word.lower()):
        i = 0
        while i < len(piece):
            for size in range(min(_MAX_SYLLABLE, len(piece) - i), 0, -1):
                if piece[i : i + size] in known:
                    parts.append(piece[i : i + size])
                    i += size
                    break
            else:
                return None
    return tuple(parts)


@cache
def _name_syllables(word: str) -> tuple[str, ...] | None:
    parts = _as_syllables(word)
    if parts is None or not 2 <= len(parts) <= _MAX_NAME_SYLLABLES:
        return None
    return parts


def pinyin_names(text: str) -> tuple[tuple[str, ...], ...]:
    """Capitalised words of an English text that read as pinyin (Yangshan, Xi'an), as syllables."""
    found = []
    for word in set(_NAME.findall(text)):
        parts = _name_syllables(word)
        if parts is not None:
            found.append(parts)
    return tuple(found)


@lru_cache(maxsize=4096)
def han_readings(text: str) -> tuple[frozenset[str], ...]:
    """The toneless readings of each Han character of a text, in order."""
    return tuple(_char_readings(ch) for ch in _HAN_RUN_CHARS.sub("", text))
