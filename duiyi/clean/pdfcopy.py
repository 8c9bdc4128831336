"""Traces a PDF leaves in copied text, mended: spaces where a line ended between Han
characters, 〇 read for 。, ligatures, footnote numbers glued to words."""

from __future__ import annotations

import re
from functools import cache

from duiyi.cedict import english_words
from duiyi.clean.removals import Removals
from duiyi.script import HAN, block_language

_ZH_MARK = "，。、；：？！“”‘’（）《》「」『』【】—…·"
# A space a PDF left between two Han characters (or a character and Chinese punctuation).
_HAN_GAP = re.compile(f"([{HAN}])[ \\t\\u00a0\\u3000]+(?=[{HAN}{_ZH_MARK}])")
_MARK_GAP = re.compile(f"([{_ZH_MARK}])[ \\t\\u00a0\\u3000]+(?=[{HAN}])")
# 〇 standing for a full stop: a zero right after a character that is not a numeral (a number
# never starts with 〇, so "变化〇二〇二〇年" is a sentence end before a year).
_NUMERALS = "〇零一二三四五六七八九十百千万亿两0-9０-９"


@cache
def _round_stop() -> re.Pattern[str]:
    # Compiled on first use: few texts hold a 〇, and its Han classes take milliseconds.
    return re.compile(f"(?<=[{HAN}])(?<![{_NUMERALS}])〇")


_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
# A footnote number glued to a word ("policy1.") or raised ("policy¹").
_FOOTNOTE = re.compile(r"([a-z]{3})(?:\d{1,2}|[¹²³⁴-⁹⁰]+)(?=[\s.,;:)”’\"]|$)")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
# A word a PDF hyphenated at a line end, the line end copied as a space: "inter- national".
# A hyphen before "and"/"or" is a suspended compound ("short- and long-term") and stays.
_SPLIT_WORD = re.compile(r"\b([A-Za-z]{2,})- (?!(?:and|or|nor|to|as well)\b)([a-z]{2,})")
_SUPERSCRIPT = re.compile(r"[¹²³⁴-⁹⁰]+")


def _rejoined(match: re.Match[str], text: str) -> str:
    """The word a line end cut ("inter- national"), or a compound cut at its own hyphen
    ("long- term"): the hyphen stays when the text writes the word with one, or when both
    halves are English words and the two run together are not."""
    head, tail = match.group(1), match.group(2)
    hyphenated = f"{head}-{tail}"
    if hyphenated in text:
        return hyphenated
    words = english_words()
    if (head + tail).lower() not in words and head.lower() in words and tail in words:
        return hyphenated
    return head + tail


def mend_pdf_copy(text: str, removals: Removals) -> str:
    """Spaces between Han characters, 〇 for 。, ligatures, words cut by a hyphen and a space, and
    footnote markers of a PDF copy."""
    if "〇" in text:
        text = _round_stop().sub("。", text)
    if not text.isascii():
        text = _MARK_GAP.sub(r"\1", _HAN_GAP.sub(r"\1", text))
        if _LIGATURE.search(text):
            text = text.translate(_LIGATURES)
    if "- " in text:
        text = _SPLIT_WORD.sub(lambda m: _rejoined(m, text), text)
    if removals.allowed("footnote-marker"):
        found = _FOOTNOTE.search(text) or _SUPERSCRIPT.search(text)
        if found and block_language(text) == "en":
            start = max(0, found.start() - 17)
            removals.note("footnote-marker", "footnote markers", text[start : found.end()])
            text = _SUPERSCRIPT.sub("", _FOOTNOTE.sub(r"\1", text))
    return text
