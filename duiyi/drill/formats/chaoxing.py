"""超星学习通 question-bank workbook (.xlsx): one row a question under the bank template's header;
a blank's answers go in the option columns, with 选项数 the number of blanks."""

from __future__ import annotations

from duiyi.cells import one_line
from duiyi.drill.build import Drill
from duiyi.drill.formats.common import blank_answers, is_choice, stem, title_of
from duiyi.drill.formats.xlsx import Sheet, xlsx_bytes

OPTION_COLUMNS = tuple(f"选项{chr(ord('A') + i)}" for i in range(8))
HEADER = (
    "目录", "题目类型", "大题题干", "小题题型", "小题题干", "正确答案", "答案解析", "难易度",
    "知识点", "标签", "选项数", *OPTION_COLUMNS,
)  # fmt: skip
ALTERNATIVES = ";"
"""Separates the accepted answers of one blank (学习通's documented separator is unconfirmed)."""


def chaoxing_xlsx(drill: Drill) -> bytes:
    """The drill as a 学习通 question-bank workbook."""
    folder = title_of(drill)
    rows: list[list[str | int]] = [list(HEADER)]
    for item in drill.items:
        explanation = item.pinyin
        if is_choice(item):
            options = [one_line(option) for option in item.options]
            row: list[str | int] = [
                folder,
                "单选题",
                stem(item),
                "",
                "",
                item.right_letter,
                explanation,
                "",
                "",
                "",
                len(options),
                *options,
            ]
        else:
            blank = ALTERNATIVES.join(blank_answers(item))
            row = [folder, "填空题", stem(item), "", "", "", explanation, "", "", "", 1, blank]
        rows.append(row)
    return xlsx_bytes([Sheet("题库", rows)])
