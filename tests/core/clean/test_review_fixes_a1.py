"""Review fixes to import cleaning (issue 12): dated lines that are text, table rows that name
no columns, trails that are instructions, and lines that made the patterns backtrack."""

from __future__ import annotations

from duiyi.clean import remove_boilerplate, remove_markup
from duiyi.document import TextBlock


def _kept(lines: list[str]) -> tuple[list[str], list[tuple[str, int]]]:
    kept, removed = remove_boilerplate([TextBlock(line) for line in lines])
    return [b.text for b in kept], [(r.key, r.count) for r in removed]


def test_a_timeline_of_dated_events_stays() -> None:
    lines = [
        "1949年10月1日 中华人民共和国成立",
        "1 October 1949 The People's Republic of China is founded",
        "2021-07-01 庆祝建党一百周年",
        "2021-07-01 The centenary of the Party is celebrated",
    ]
    assert _kept(lines) == (lines, [])


def test_a_run_of_dated_lines_with_times_is_a_list_and_stays() -> None:
    lines = ["2023-05-01 09:00 开幕式", "2023-05-01 14:30 分组讨论"]
    assert _kept(lines) == (lines, [])


def test_a_diary_heading_keeps_its_translation() -> None:
    lines = ["2019年11月17日星期日 晴", "Sunday, 17 November 2019, sunny"]
    assert _kept(lines) == (lines, [])


def test_a_dated_line_paired_with_a_dated_translation_stays() -> None:
    lines = ["2019-11-17 10:30 出发", "2019-11-17 10:30 Departure"]
    assert _kept(lines) == (lines, [])


def test_a_sentence_with_a_time_and_a_date_stays() -> None:
    lines = ["The meeting is at 14:30 on 2023-05-01"]
    assert _kept(lines) == (lines, [])


def test_page_date_lines_still_go() -> None:
    lines = [
        "日期:2019-11-17 11:19",
        "发布时间：2019年09月27日",
        "Published on Sep 27, 2019",
        "2021-03-05 10:21 来源：中国日报网",
    ]
    assert _kept(lines) == ([], [("date-line", 4)])


def test_table_rows_below_the_header_stay_even_when_they_name_columns() -> None:
    table = (
        "| 术语 | 说明 |\n|---|---|\n| 原文 | source text |\n| 译文 | target text |\n"
        "| 直译 | literal translation |\n| 注释 | note |"
    )
    kept, removed = remove_markup([TextBlock(table)])
    assert [b.text for b in kept] == [
        "原文\nsource text\n译文\ntarget text\n直译\nliteral translation\n注释\nnote"
    ]
    assert [(r.key, r.count) for r in removed] == [("markdown-table", 6)]


def test_a_row_naming_columns_without_a_rule_below_stays() -> None:
    kept, _ = remove_markup([TextBlock("| 原文 | source text |\n| 译文 | target text |")])
    assert [b.text for b in kept] == ["原文\nsource text\n译文\ntarget text"]


def test_instructions_and_comparisons_with_their_translation_stay() -> None:
    lines = [
        "Choose File » Save As » PDF",
        "选择 文件 » 另存为 » PDF",
        "结果：成功 > 失败",
        "Result: success > failure",
    ]
    assert _kept(lines) == (lines, [])


def test_trails_still_go() -> None:
    assert _kept(["当前位置：首页 > 双语 > 阅读", "Home » News » China"]) == (
        [],
        [("breadcrumb", 2)],
    )


def test_long_runs_of_backslashes_and_dots_are_read() -> None:
    backslashes = "\\" * 20_000
    kept, _ = remove_markup([TextBlock(backslashes + '"引号" ' + backslashes)])
    assert [b.text for b in kept] == ['"引号" ' + backslashes]
    dots = "a." * 10_000
    assert _kept([dots]) == ([dots], [])
    assert _kept(["原文链接：www.example.com/a.b", "see example.com"]) == (
        ["see example.com"],
        [("url", 1)],
    )
