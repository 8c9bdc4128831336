"""What may stand in a term: the Chinese side holds Han characters, and no field holds control
characters (a NUL from a damaged file would end up in Anki and in every search)."""

from __future__ import annotations

import re

from duiyi.counts import counted, number

# CJK unified ideographs with extensions, compatibility ideographs and 〇.
_HAN = re.compile(
    "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U0003134f]"
)
# Kana and Hangul: a cell holding them is Japanese or Korean, even with a kanji/hanja in it.
_KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
# C0 and C1 controls other than the line and tab characters (those become spaces elsewhere).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """The text without control characters (NUL and the like); tabs and line breaks stay."""
    return _CONTROL.sub("", text)


def has_han(text: str) -> bool:
    """Whether the text holds a Han character."""
    return _HAN.search(text) is not None


def is_chinese_term(text: str) -> bool:
    """Whether the text can be a term's Chinese side: Han characters, and no kana or Hangul."""
    return has_han(text) and _KANA_HANGUL.search(text) is None


def skipped_rows(count: int, unit: str, where: int, example: str) -> str:
    """The report of rows left out for want of Chinese: "Skipped 3 rows without Chinese
    characters, e.g. line 7: 'to eat'" (`unit` names the row kind: row, note)."""
    rows = counted(count, unit)
    shown = example if len(example) <= 40 else example[:39] + "…"
    place = f"{'line' if unit == 'row' else unit} {number(where)}"
    return f"Skipped {rows} without Chinese characters, e.g. {place}: {shown!r}"
