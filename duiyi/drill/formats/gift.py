"""Moodle GIFT: `::Q1:: stem {=right ~wrong ~wrong ~wrong}`, short answers `{=a =b}`, with
GIFT's special characters ~ = # { } : escaped by a backslash in every user text."""

from __future__ import annotations

import re

from duiyi.cells import one_line
from duiyi.drill.build import Drill
from duiyi.drill.formats.common import blank_answers, is_choice, stem, title_of

_SPECIAL = re.compile(r"([~=#{}:])")


def gift_escape(text: str) -> str:
    """`text` on one line with GIFT's special characters escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def gift_text(drill: Drill) -> str:
    """The drill as a GIFT file for Moodle's question import."""
    blocks = [f"// {one_line(title_of(drill))}"]
    for item in drill.items:
        if is_choice(item):
            answers = " ".join(
                ("=" if index == item.right else "~") + gift_escape(option)
                for index, option in enumerate(item.options)
            )
        else:
            answers = " ".join("=" + gift_escape(answer) for answer in blank_answers(item))
        blocks.append(f"::Q{item.number}:: {gift_escape(stem(item))} {{{answers}}}")
    return "\n\n".join(blocks) + "\n"
