"""Marks typed in from paper: CSV files with and without a header, in either encoding, and the
one-line message that names the file and line of a bad row."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.drill.marks import Mark, read_marks
from duiyi.errors import InvalidInput


def _file(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "marks.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_rows_without_a_header_are_student_item_answer_right(tmp_path: Path) -> None:
    path = _file(tmp_path, "王芳,1,cyberspace,\n王芳,2,,对\n\nLi Lei,1,x,no\nLi Lei,2, ,1\n")
    assert read_marks(path) == [
        Mark("王芳", 1, "cyberspace", None, 1),
        Mark("王芳", 2, "", True, 2),
        Mark("Li Lei", 1, "x", False, 4),
        Mark("Li Lei", 2, "", True, 5),
    ]


def test_a_header_names_the_columns_in_any_order(tmp_path: Path) -> None:
    path = _file(tmp_path, "题号,姓名,对错\r\n3,王芳,错\r\n4,王芳,✓\r\n", "gb18030")
    assert read_marks(path) == [Mark("王芳", 3, "", False, 2), Mark("王芳", 4, "", True, 3)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("王芳,one,x,\n", "line 1: the item must be a number, not 'one'."),
        ("student,item,answer,right\n王芳,1,,\n", "line 2: neither an answer nor a mark."),
        ("王芳,1,x,maybe\n", "line 1: 'maybe' is not a mark (yes/no, 1/0, right/wrong, 对/错)."),
        (",1,x,yes\n", "line 1: no student name."),
        ("student,item\n\n", "no marks (columns: student, item, answer, right)."),
    ],
)
def test_a_bad_row_is_named_by_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(InvalidInput) as raised:
        read_marks(path)
    expected = f"{path}, {message}" if message.startswith("line") else f"{path}: {message}"
    assert str(raised.value) == expected


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        read_marks(tmp_path / "none.csv")
    assert str(raised.value) == f"{tmp_path / 'none.csv'}: no such file."
