"""Boilerplate removal from repetition and shape, reported and reversible with `keep`."""

from __future__ import annotations

from duiyi.clean import normalize, remove_boilerplate
from duiyi.document import TextBlock

MARK = "本文来自某某学习网-https://www.example-site.cn/a/123.html"


def _texts(blocks: tuple[TextBlock, ...]) -> list[str]:
    return [b.text for b in blocks]


def test_watermark_lines_and_glued_suffixes_go_in_one_report() -> None:
    blocks = [
        TextBlock("标题"),
        TextBlock("Title" + MARK),
        TextBlock(MARK),
        TextBlock("第一段。" + MARK),
        TextBlock(MARK),
        TextBlock("First paragraph." + MARK),
        TextBlock("第二段。"),
        TextBlock("Second paragraph."),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [
        "标题",
        "Title",
        "第一段。",
        "First paragraph.",
        "第二段。",
        "Second paragraph.",
    ]
    (report,) = removed
    assert report.key.startswith("watermark-")
    assert report.count == 5
    assert report.examples == (MARK,)


def test_keep_leaves_a_removal_in() -> None:
    blocks = [TextBlock(f"第{n}段。" + MARK) for n in range(4)]
    _, removed = remove_boilerplate(blocks)
    kept, again = remove_boilerplate(blocks, keep=[removed[0].key])
    assert _texts(kept) == [b.text for b in blocks]
    assert again == ()


def test_a_repeated_suffix_is_found_without_knowing_the_site() -> None:
    tail = "（转载请注明出处）"
    blocks = [TextBlock(f"这是第{n}段中文。{tail}") for n in range(5)]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [f"这是第{n}段中文。" for n in range(5)]
    assert removed[0].examples == (tail,) and removed[0].count == 5


def test_real_repeated_sentences_and_short_headings_stay() -> None:
    lines = ["是的。", "Yes.", "Example", "例子"] * 3 + [f"第{n}句话。" for n in range(30)]
    kept, removed = remove_boilerplate([TextBlock(t) for t in lines])
    assert _texts(kept) == lines
    assert removed == ()


def test_urls_alone_go_and_urls_inside_sentences_stay() -> None:
    blocks = [
        TextBlock("https://www.example.com/article/1"),
        TextBlock("原文链接：http://news.example.cn/2020/a.html"),
        TextBlock("更多信息请访问 www.example.org 了解。"),
        TextBlock("The report is at https://un.org/report and is free."),
        TextBlock("这是一句话。https://example.com/x"),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [
        "更多信息请访问 www.example.org 了解。",
        "The report is at https://un.org/report and is free.",
        "这是一句话。",
    ]
    (report,) = removed
    assert (report.key, report.count) == ("url", 3)


def test_source_lines_go() -> None:
    blocks = [TextBlock("来源：新华社"), TextBlock("Source: Xinhua"), TextBlock("正文。")]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == ["正文。"]
    assert removed[0].key == "source-line" and removed[0].count == 2
    kept, _ = remove_boilerplate(blocks, keep={"source-line"})
    assert len(kept) == 3


def test_page_numbers_headers_and_footers_of_a_pdf() -> None:
    blocks: list[TextBlock] = []
    for page in range(1, 5):
        blocks += [
            TextBlock("年度报告 Annual Report 2024", page=page),
            TextBlock(f"第{page}页正文。", page=page),
            TextBlock(f"Body of page {page}.", page=page),
            TextBlock(f"- {page} -" if page % 2 else f"Page {page} of 4", page=page),
        ]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [
        t for p in range(1, 5) for t in (f"第{p}页正文。", f"Body of page {p}.")
    ]
    reasons = {r.reason: r.count for r in removed}
    assert reasons == {"header/footer": 4, "page number": 4}
    # Without pages, a line that is only a number is text (a year in a table, say).
    kept, removed = remove_boilerplate([TextBlock("2030"), TextBlock("目标。")])
    assert _texts(kept) == ["2030", "目标。"] and removed == ()


def test_normalize_evens_out_spaces_and_invisible_characters() -> None:
    assert normalize("\ufeff  中文\u200b文本\n继续  ") == "中文文本继续"
    assert normalize("English\u00a0 text\nwraps here") == "English text wraps here"
    assert normalize("\u3000\u3000缩进的段落。") == "缩进的段落。"


def test_a_bare_link_before_the_text_goes_and_one_in_a_sentence_stays() -> None:
    blocks = [
        TextBlock("http://ads.example.com/1406739.gif 端午前后的点心别有风味。"),
        TextBlock("www.example.org is the address of the site."),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert [b.text for b in kept] == [
        "端午前后的点心别有风味。",
        "www.example.org is the address of the site.",
    ]
    assert [(r.key, r.examples) for r in removed] == [
        ("url", ("http://ads.example.com/1406739.gif",))
    ]


def test_related_reading_links_go_alone_or_glued_after_the_last_sentence() -> None:
    blocks = [
        TextBlock("这些活动将在五月初五结束。相关推荐：端午三天，天天都有新花样>>"),
        TextBlock("Related: Ten things to do at New Year"),
        TextBlock("相关的研究表明：这是真的。"),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert [b.text for b in kept] == ["这些活动将在五月初五结束。", "相关的研究表明：这是真的。"]
    assert [(r.key, r.count) for r in removed] == [("related-link", 2)]


def test_a_watermark_at_the_start_of_a_block_goes_too() -> None:
    mark = "文章源自英文巴士"
    blocks = [TextBlock(mark), TextBlock(mark + "我们推动人才交流。"), TextBlock(mark)]
    blocks += [TextBlock(mark + " We promote people-to-people exchanges."), TextBlock(mark)]
    blocks += [TextBlock("第二段。")]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [
        "我们推动人才交流。",
        "We promote people-to-people exchanges.",
        "第二段。",
    ]
    assert [(r.examples, r.count) for r in removed] == [((mark,), 5)]


def test_a_repeated_line_longer_than_a_watermark_stays() -> None:
    # Repeated often and not ending like a sentence, but at 176 characters it is text: a
    # watermark or site name is at most 160.
    long_line = ("推动港口智能调度与节能运输" * 16)[:176]
    assert len(long_line) == 176
    lines = [long_line, *(f"第{n}句话。" for n in range(5))] * 4
    kept, removed = remove_boilerplate([TextBlock(t) for t in lines])
    assert _texts(kept) == lines
    assert removed == ()
    short = long_line[:160]
    kept, removed = remove_boilerplate([TextBlock(short if t == long_line else t) for t in lines])
    assert _texts(kept) == [f"第{n}句话。" for n in range(5)] * 4
    assert [(r.key.split("-")[0], r.count) for r in removed] == [("watermark", 4)]
