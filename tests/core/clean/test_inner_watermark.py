"""A site's watermark line (no link in it) put between the wrapped lines of paragraphs: taken
out before the lines are joined, and reported."""

from __future__ import annotations

from pathlib import Path

from duiyi.pipeline import read_and_align
from tests.library_passage import EN, ZH, wrapped

MARK = "扫码关注公众号获取更多学习资料"


def _with_mark(lines: list[str]) -> list[str]:
    return [*lines[:2], MARK, *lines[2:]]


def test_a_watermark_between_wrapped_lines_goes(tmp_path: Path) -> None:
    zh_lines, en_lines = wrapped(ZH), wrapped(EN)
    blocks = ["\n".join(_with_mark(zh_lines)), "\n".join(_with_mark(en_lines))] * 2
    (tmp_path / "notes.txt").write_bytes("\n\n".join(blocks).encode("gb18030"))

    aligned = read_and_align(tmp_path / "notes.txt")

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"] == [(ZH, EN), (ZH, EN)]
    assert [(r.reason, r.examples, r.count) for r in aligned.removed] == [
        ("watermark (repeated text)", (MARK,), 4)
    ]


def test_a_short_line_repeated_between_wrapped_lines_stays(tmp_path: Path) -> None:
    # The same few characters ending several wrapped lines are text, not a watermark.
    line = "阅览室开放。"
    blocks = [f"每逢周末，志愿者为孩子们举办故事会，{n}号\n{line}" for n in range(3)]
    blocks += [f"Every weekend volunteers hold story hours, room {n}\nopen." for n in range(3)]
    (tmp_path / "notes.txt").write_text("\n\n".join(blocks), encoding="utf-8")

    aligned = read_and_align(tmp_path / "notes.txt")

    assert aligned.removed == ()


def test_a_sentence_repeated_in_a_text_written_a_sentence_a_line_stays(tmp_path: Path) -> None:
    zh = "我们要坚持以人民为中心的发展思想。"
    en = "We must adhere to the people-centered philosophy of development."
    other = [
        ("图书馆周末开放到晚上九点。", "The library stays open until nine on weekends."),
        ("孩子们可以免费借书。", "Children may borrow books for free."),
        ("志愿者每天整理书架。", "Volunteers tidy the shelves every day."),
    ]
    lines = [x for o in other for x in (zh, en, *o)]
    (tmp_path / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    aligned = read_and_align(tmp_path / "lines.txt")

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind != "sentence"] == [
        pair for o in other for pair in ((zh, en), o)
    ]
    assert aligned.removed == ()
