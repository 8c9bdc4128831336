"""Counted messages: `self.tr("{0} term(s)", "", n)` picks the translation's plural form for n
(Qt's numerus forms, as %n does); `counted_text` then writes n with thousands separators and
settles an English "(s)" left by a missing translation ("1 term", "2 terms")."""

from __future__ import annotations

import re

from duiyi.counts import number

_PLURAL_MARK = re.compile(r"(\w+)\((s|es)\)")


def counted_text(translated: str, n: int, *more: object) -> str:
    """`translated` with {0} as n (separators) and {1}… as `more`; "word(s)" as n needs."""
    text = _PLURAL_MARK.sub(lambda m: m[1] + ("" if n == 1 else m[2]), translated)
    return text.format(number(n), *more)
