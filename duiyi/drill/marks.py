"""Marks typed in from paper: a CSV of student, item number, answer and right/wrong, read into
plain rows. A header row is optional; with one, its columns may come in any order."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from duiyi.cells import one_line
from duiyi.errors import InvalidInput

MARKS_LIMIT = 5_000_000
"""Bytes a marks file may hold: a class of 150 students on 100 items is about half a megabyte."""

_HEADERS = {
    "student": ("student", "name", "姓名", "学生", "名字"),
    "item": ("item", "number", "question", "题号", "题目", "序号"),
    "answer": ("answer", "response", "答案", "回答"),
    "right": ("right", "correct", "mark", "对错", "正确", "判分"),
}
_RIGHT = frozenset({"yes", "y", "1", "true", "right", "correct", "✓", "✔", "对", "是", "正确"})
_WRONG = frozenset(
    {"no", "n", "0", "false", "wrong", "incorrect", "✗", "✘", "x", "错", "否", "错误"}
)


@dataclass(frozen=True)
class Mark:
    """One student's answer to one item; `correct` None leaves grading to the drill."""

    student: str
    item: int
    answer: str
    correct: bool | None
    line: int = 0
    """The line of the file it came from."""


def read_marks(path: Path) -> list[Mark]:
    """The marks in a CSV file (UTF-8 or GB18030); InvalidInput names the file, the line and
    the problem, and nothing is kept from a file with one bad line."""
    text = _text(path)
    rows = list(csv.reader(io.StringIO(text)))
    columns = {"student": 0, "item": 1, "answer": 2, "right": 3}
    header = _header(rows[0]) if rows else None
    if header is not None:
        columns = header
    start = 0 if header is None else 1
    marks = []
    for number, row in enumerate(rows[start:], start + 1):
        cells = [one_line(c) for c in row]
        if not any(cells):
            continue
        marks.append(_mark(path, number, cells, columns))
    if not marks:
        raise InvalidInput(f"{path}: no marks (columns: student, item, answer, right).")
    return marks


def _text(path: Path) -> str:
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file.")
    if path.stat().st_size > MARKS_LIMIT:
        raise InvalidInput(f"{path}: a marks file can be 5 MB at most.")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(f"{path}: not UTF-8 or GB18030 text.")


def _header(row: list[str]) -> dict[str, int] | None:
    """The columns a header row names; None when the row is data (it names no student and
    item columns)."""
    cells = [one_line(c).lower() for c in row]
    found = {}
    for key, names in _HEADERS.items():
        for index, cell in enumerate(cells):
            if cell in names:
                found[key] = index
                break
    if "student" not in found or "item" not in found:
        return None
    return found


def _cell(cells: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return cells[index] if index is not None and index < len(cells) else ""


def _mark(path: Path, number: int, cells: list[str], columns: dict[str, int]) -> Mark:
    student = _cell(cells, columns, "student")
    if not student:
        raise InvalidInput(f"{path}, line {number}: no student name.")
    item_text = _cell(cells, columns, "item")
    if not item_text.isdigit() or int(item_text) < 1:
        raise InvalidInput(f"{path}, line {number}: the item must be a number, not '{item_text}'.")
    answer = _cell(cells, columns, "answer")
    right = _cell(cells, columns, "right").lower()
    if right in _RIGHT:
        correct: bool | None = True
    elif right in _WRONG:
        correct = False
    elif right:
        raise InvalidInput(
            f"{path}, line {number}: '{right}' is not a mark (yes/no, 1/0, right/wrong, 对/错)."
        )
    elif answer:
        correct = None
    else:
        raise InvalidInput(f"{path}, line {number}: neither an answer nor a mark.")
    return Mark(student, int(item_text), answer, correct, number)
