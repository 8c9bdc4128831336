"""Quizlet's import text: one term a line, the term and its definition separated by a tab."""

from __future__ import annotations

from duiyi.cells import tsv_line
from duiyi.drill.build import Drill
from duiyi.drill.terms import Direction


def quizlet_text(drill: Drill) -> str:
    """Chinese TAB English (every right answer, `; ` between them), one item a line, each cell on
    one line and safe to open in a spreadsheet."""
    lines = []
    for item in drill.items:
        answers = "; ".join(a.text for a in item.accepted)
        if item.direction is Direction.ZH_EN:
            lines.append(tsv_line((item.prompt, answers)))
        else:
            lines.append(tsv_line((answers, item.prompt)))
    return "\n".join(lines) + "\n"
