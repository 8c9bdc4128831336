"""List numbering and heading shape: "三、", "（一）", "1." are kept in the text but not aligned."""

from __future__ import annotations

import re

# Numbering at the start of a block: 三、 / 第三章 / （一） / (1) / 1. / 1、 / 1) / I. / A.
_NUMBERING = re.compile(
    r"""^\s*(?:
        [（(]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]\s*        # （一） (1)
      | 第[一二三四五六七八九十百零〇\d]+[章节条部分篇款项]\s*      # 第三章
      | [一二三四五六七八九十百零〇]+\s*[、.．]\s*                   # 三、
      | \d{1,3}(?:\.\d{1,3})*\s*[、.．)）]\s*(?!\d)                  # 1. 1.2. 1) 1、
      | (?:[IVX]{1,5}|[A-H])[.)]\s+                                  # IV. A)
      | [•·▪●○◦■□◆◇\-–—*]\s+                                       # bullets
    )""",
    re.VERBOSE,
)

_ZH_END = "。！？；!?…"
_EN_END = ".!?;:"


def numbering_prefix(text: str) -> str:
    """The list numbering the text starts with ("三、", "1.", "（一）"), or ""."""
    match = _NUMBERING.match(text)
    if not match:
        return ""
    rest = text[match.end() :]
    # "1.5 million" or "3.5%" is a number, not numbering; a bare "1." with nothing after is text.
    if not rest.strip():
        return ""
    return match.group()


def strip_numbering(text: str) -> str:
    """The text without its leading list numbering (for alignment only)."""
    return text[len(numbering_prefix(text)) :].strip()


def looks_like_heading(text: str, lang: str | None) -> bool:
    """Short, without sentence-final punctuation: a title or a section heading."""
    body = strip_numbering(text).strip()
    if not body:
        return False
    if lang == "zh":
        return len(body) <= 30 and body[-1] not in _ZH_END + "，,"
    words = body.split()
    return len(words) <= 12 and len(body) <= 100 and body[-1] not in _EN_END + ","
