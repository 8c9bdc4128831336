"""Which script a text is written in: Han characters or Latin letters, simplified or traditional.

These helpers run on whole documents, so they count with regular expressions (C speed) instead
of looping over characters in Python.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from importlib import resources

from duiyi.document import Lang

HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Han characters of the Basic Multilingual Plane (unified, extension A, compatibility, 〇), for
a regular expression's character class."""
# CJK unified ideographs with extensions A..H, plus compatibility ideographs and 〇.
_HAN_CLASS = HAN + "\U00020000-\U0002ebef\U00030000-\U0003134f"
_HAN_RUN = re.compile(f"[{_HAN_CLASS}]+")
# Latin letters: ASCII plus the accented letters of Latin-1 and Latin Extended-A/B.
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
# What is neither Han nor Latin nor plain ASCII nor CJK/full-width punctuation: usually nothing,
# so the letters of other scripts are counted in a short leftover string.
_COMMON_RUN = re.compile(
    f"[\\x00-\\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u2000-\u206f"
    f"\u3000-\u303f\uff00-\uffef{_HAN_CLASS}]+"
)
# Any letter of any script (word characters that are neither digits nor underscore).
_LETTER = re.compile(r"[^\W\d_]")
# URLs and e-mail addresses are Latin letters that say nothing about the text's language.
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s\u3000-\u303f\uff00-\uffef]*", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_BRACKETED = re.compile(r"[（(\[【][^（）()\[\]【】]{1,200}[）)\]】]")

# A Han character carries about as much text as three Latin letters of its translation, so
# letters are weighed against characters 1:3 when deciding a block's language.
_HAN_WEIGHT = 3.0
_LANGUAGE_SHARE = 0.7


def _count_chars(pattern: re.Pattern[str], text: str) -> int:
    # Deleting runs and comparing lengths is the quickest count Python's re offers.
    return len(text) - len(pattern.sub("", text))


def _script_counts(text: str) -> tuple[int, int, int]:
    """(Han characters, Latin letters, letters of other scripts), URLs and e-mails left out."""
    if "://" in text or "www." in text or "WWW." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    han = _count_chars(_HAN_RUN, text)
    latin = _count_chars(_LATIN_RUN, text)
    rest = _COMMON_RUN.sub("", text)
    other = _LETTER.subn("", rest)[1] if rest else 0
    return han, latin, other


def han_ratio(text: str) -> float:
    """Share of the letters in `text` (URLs, digits and punctuation ignored) that are Han."""
    han, latin, other = _script_counts(text)
    letters = han + latin + other
    return han / letters if letters else 0.0


def latin_ratio(text: str) -> float:
    """Share of the letters in `text` (URLs, digits and punctuation ignored) that are Latin."""
    han, latin, other = _script_counts(text)
    letters = han + latin + other
    return latin / letters if letters else 0.0


def block_language(text: str) -> Lang | None:
    """ "zh" or "en" by script, or None when the text has neither or mixes them too evenly.

    Words in brackets are glosses ("倡议（Belt and Road Initiative）"): when the text outside
    them decides, they do not count.
    """
    if _BRACKETED.search(text):
        outside = _language_by_counts(_BRACKETED.sub(" ", text))
        if outside is not None:
            return outside
    return _language_by_counts(text)


def _language_by_counts(text: str) -> Lang | None:
    han_count, latin, _other = _script_counts(text)
    han = han_count * _HAN_WEIGHT
    total = han + latin
    if not total:
        return None
    if han / total >= _LANGUAGE_SHARE:
        return "zh"
    if latin / total >= _LANGUAGE_SHARE:
        return "en"
    return None


def _opencc_table(name: str) -> dict[str, list[str]]:
    data = resources.files("opencc").joinpath("dictionary", f"{name}.txt")
    table: dict[str, list[str]] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key:
            table[key] = values.split()
    return table


def _changing_keys(table: dict[str, list[str]]) -> frozenset[str]:
    # A character mapped to a list that includes itself is shared by both scripts.
    return frozenset(key for key, values in table.items() if key not in values)


@cache
def _traditional_only() -> frozenset[str]:
    return _changing_keys(_opencc_table("TSCharacters"))


@cache
def _simplified_only() -> frozenset[str]:
    return _changing_keys(_opencc_table("STCharacters"))


@cache
def _characters_in(*names: str) -> frozenset[str]:
    chars: set[str] = set()
    for name in names:
        for key in _opencc_table(name):
            chars.update(key)
    return frozenset(chars)


def is_traditional(text: str) -> bool:
    """True when the Han text uses more traditional-only than simplified-only characters."""
    counts = Counter("".join(_HAN_RUN.findall(text)))
    trad_only, simp_only = _traditional_only(), _simplified_only()
    trad = sum(n for char, n in counts.items() if char in trad_only)
    simp = sum(n for char, n in counts.items() if char in simp_only)
    return trad > simp


@cache
def _converter(config: str) -> Callable[[str], str]:
    from opencc import OpenCC  # the dictionaries load on first use, not when Duiyi starts

    convert: Callable[[str], str] = OpenCC(config).convert
    return convert


def _convert_runs(text: str, config: str, relevant: frozenset[str]) -> str:
    # OpenCC is slow pure Python; only Han runs that hold a character it could change go through
    # it (its dictionary keys are all Han, so no phrase spans a non-Han character).
    convert = _converter(config)

    def one_run(match: re.Match[str]) -> str:
        run = match.group()
        return convert(run) if not relevant.isdisjoint(run) else run

    return _HAN_RUN.sub(one_run, text)


def to_simplified(text: str) -> str:
    """The text with traditional characters converted to simplified (OpenCC t2s)."""
    return _convert_runs(text, "t2s", _characters_in("TSCharacters", "TSPhrases"))


def to_traditional(text: str) -> str:
    """The text with simplified characters converted to traditional (OpenCC s2t)."""
    return _convert_runs(text, "s2t", _characters_in("STCharacters", "STPhrases"))
