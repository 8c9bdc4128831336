"""问卷星 (wjx.cn) text import: the title on the first line, a blank line between questions,
`1. 题干[单选题]` with one option a line, `[填空题]` for a blank; the answer key beside it as a
sheet, since the pasted text cannot carry exam answers reliably."""

from __future__ import annotations

from duiyi.cells import one_line
from duiyi.drill.build import Drill
from duiyi.drill.formats.common import blank_answers, is_choice, stem, title_of
from duiyi.drill.formats.xlsx import Sheet, xlsx_bytes

# 问卷星 reads [...] as the question type: brackets in user text become full-width ones.
_BRACKETS = str.maketrans({"[": "［", "]": "］"})
KEY_HEADER = ("题号", "题型", "题目", "正确答案", "答案内容")


def _text(text: str) -> str:
    return one_line(text).translate(_BRACKETS)


def wjx_text(drill: Drill) -> str:
    """The questions as 问卷星's 文本导入 takes them."""
    blocks = [_text(title_of(drill))]
    for item in drill.items:
        if is_choice(item):
            lines = [f"{item.number}. {_text(stem(item))}[单选题]"]
            lines += [_text(option) for option in item.options]
        else:
            lines = [f"{item.number}. {_text(stem(item))}[填空题]"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def wjx_key(drill: Drill) -> bytes:
    """The answer key as an .xlsx sheet: number, type, question, answer letter, answer text."""
    rows: list[list[str | int]] = [list(KEY_HEADER)]
    for item in drill.items:
        if is_choice(item):
            rows.append([item.number, "单选题", stem(item), item.right_letter, item.answer])
        else:
            rows.append([item.number, "填空题", stem(item), "", " / ".join(blank_answers(item))])
    return xlsx_bytes([Sheet("答案", rows)])
