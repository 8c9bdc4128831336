"""Aiken (Moodle, and the LMSs that copied it): the question on one line, `A. ` options, then
`ANSWER: B`; multiple choice only."""

from __future__ import annotations

import re

from duiyi.cells import one_line
from duiyi.drill.build import Drill
from duiyi.drill.formats.common import require_choices, stem

# A question line shaped like an option or an answer line would be read as one.
_LOOKS_LIKE_SYNTAX = re.compile(r"^(?:[A-Z][.)]\s|ANSWER:)", re.IGNORECASE)


def _question(text: str) -> str:
    text = one_line(text)
    return f"“{text}”" if _LOOKS_LIKE_SYNTAX.match(text) else text


def aiken_text(drill: Drill) -> str:
    """The drill's multiple-choice items in Aiken format."""
    require_choices(drill, "Aiken")
    blocks = []
    for item in drill.items:
        lines = [_question(stem(item))]
        lines += [
            f"{chr(ord('A') + i)}. {one_line(option)}" for i, option in enumerate(item.options)
        ]
        lines.append(f"ANSWER: {item.right_letter}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
