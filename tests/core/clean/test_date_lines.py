"""A saved page's date line (a date in digits with a time, a site or an author beside it) is
removed and reported; it must not pair with a heading of the other language. A date standing
alone is a heading and stays."""

from __future__ import annotations

from duiyi.clean import remove_boilerplate
from duiyi.document import TextBlock
from duiyi.pipeline import align_pasted

PAGE = """\
山区小学迎来新图书馆

发布时间：2021-09-14 08:30 来源：本站编辑

Mountain Schools Get New Libraries

Three village schools opened libraries this week with books donated by readers.

本周，三所乡村学校开放了图书馆，藏书来自读者的捐赠。
"""


def test_a_date_line_is_removed_and_reported() -> None:
    doc = align_pasted(PAGE)
    assert [(r.key, r.examples) for r in doc.removed] == [
        ("date-line", ("发布时间：2021-09-14 08:30 来源：本站编辑",))
    ]
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("山区小学迎来新图书馆", "Mountain Schools Get New Libraries"),
        (
            "本周，三所乡村学校开放了图书馆，藏书来自读者的捐赠。",
            "Three village schools opened libraries this week with books donated by readers.",
        ),
    ]


def test_date_lines_in_both_scripts_and_with_a_time_alone_go() -> None:
    lines = [
        "2020年03月02日 17:45",
        "Updated 2022/11/05 | The Harbour Times",
        "晨报记者 李明 2019.06.01",
    ]
    blocks, removed = remove_boilerplate([TextBlock(line) for line in lines])
    assert blocks == ()
    assert [(r.key, r.count) for r in removed] == [("date-line", 3)]


def test_a_date_alone_a_sentence_with_a_date_and_a_kept_key_stay() -> None:
    lines = ["2024-12-2", "会议于2021年5月8日在北京召开。", "2019年9月"]
    blocks, removed = remove_boilerplate([TextBlock(line) for line in lines])
    assert [b.text for b in blocks] == lines
    assert removed == ()
    kept, removed = remove_boilerplate([TextBlock("日期:2019-11-17 11:19")], keep={"date-line"})
    assert [b.text for b in kept] == ["日期:2019-11-17 11:19"]
    assert removed == ()
