"""Kahoot's quiz spreadsheet (.xlsx) as its template lays it out: instructions above, the header on
row 8 from column B, one question a row from row 9 with its number in column A."""

from __future__ import annotations

from duiyi.cells import one_line
from duiyi.drill.build import Drill
from duiyi.drill.formats.common import require_choices, stem, title_of
from duiyi.drill.formats.xlsx import Sheet, xlsx_bytes
from duiyi.errors import InvalidInput

HEADER = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
HEADER_ROW = 8
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
MAX_QUESTION, MAX_ANSWER = 120, 75


def time_limit(seconds: int) -> int:
    """The shortest time limit Kahoot offers that gives at least `seconds` (240 at most)."""
    return next((limit for limit in TIME_LIMITS if limit >= seconds), TIME_LIMITS[-1])


def kahoot_xlsx(drill: Drill) -> bytes:
    """The drill as a Kahoot quiz spreadsheet; refuses items longer than Kahoot takes."""
    require_choices(drill, "Kahoot's quiz spreadsheet")
    rows: list[list[str | int]] = [
        [],
        ["", one_line(title_of(drill))],
        [],
        ["", "Made by Duiyi. Questions: up to 120 characters; answers: up to 75."],
        [],
        [],
        [],
        ["", *HEADER],
    ]
    for item in drill.items:
        if len(item.options) > 4:
            raise InvalidInput(
                f"item {item.number} has {len(item.options)} options; Kahoot takes 4"
            )
        question = one_line(stem(item))
        if len(question) > MAX_QUESTION:
            raise InvalidInput(
                f"item {item.number}: the question is longer than Kahoot's {MAX_QUESTION} "
                f"characters: {question[:40]}…"
            )
        answers = [one_line(option) for option in item.options]
        for answer in answers:
            if len(answer) > MAX_ANSWER:
                raise InvalidInput(
                    f"item {item.number}: an answer is longer than Kahoot's {MAX_ANSWER} "
                    f"characters: {answer[:40]}…"
                )
        answers += [""] * (4 - len(answers))
        rows.append([item.number, question, *answers, time_limit(item.seconds), item.right + 1])
    return xlsx_bytes([Sheet("Sheet1", rows)])
