"""Exact behaviour of the cleaners at their edges: what is removed, under which key and reason,
what is kept, and where lines are cut or joined."""

from __future__ import annotations

import pytest

from duiyi.clean import normalize, rejoin_lines, remove_boilerplate, remove_markup
from duiyi.clean.bilingual import split_languages, two_languages
from duiyi.clean.lines import _glue
from duiyi.clean.pdfcopy import mend_pdf_copy
from duiyi.clean.removals import Removals
from duiyi.document import Removal, TextBlock


def _texts(blocks: tuple[TextBlock, ...]) -> list[str]:
    return [b.text for b in blocks]


# Lines holding both languages


def test_chinese_sentences_by_turns_join_without_a_space() -> None:
    assert split_languages("上茶。喝茶。 Tea is served. Drink it. 好。") == [
        "上茶。喝茶。",
        "Tea is served. Drink it.",
        "好。",
    ]


def test_a_bilingual_heading_is_cut_at_the_language_boundary() -> None:
    assert split_languages("Customs 端午习俗") == ["Customs", "端午习俗"]
    assert split_languages("端午习俗 Customs") == ["端午习俗", "Customs"]
    assert split_languages("三、实践路径 Path to Realization") == [
        "三、实践路径",
        "Path to Realization",
    ]
    # An acronym or a name inside a Chinese sentence is not a second language.
    assert split_languages("由 Google 开发的工具。") == ["由 Google 开发的工具。"]
    assert two_languages("Customs 端午习俗")
    assert not two_languages("推进SARS-2疫苗研发")


# Removal reports


def test_a_report_example_of_exactly_eighty_characters_is_kept_whole() -> None:
    removals = Removals(())
    removals.note("k", "reason", "a" * 80)
    removals.note("k", "reason", "b" * 81)
    removals.note("k", "reason", "a" * 80)
    assert removals.result() == (
        Removal(key="k", reason="reason", examples=("a" * 80, "b" * 77 + "..."), count=3),
    )


def test_a_report_keeps_three_examples_and_counts_all() -> None:
    removals = Removals(("other",))
    for n in range(5):
        removals.note("k", "why", f"example  {n}\n")
    assert not removals.allowed("other") and removals.allowed("k")
    assert removals.result() == (
        Removal(key="k", reason="why", examples=("example 0", "example 1", "example 2"), count=5),
    )


# Boilerplate


def test_a_line_of_two_links_is_removed_as_a_url() -> None:
    kept, removed = remove_boilerplate(
        [TextBlock("第一段。"), TextBlock("https://a.example.com/x https://b.example.org/y")]
    )
    assert _texts(kept) == ["第一段。"]
    assert removed == (
        Removal(
            key="url",
            reason="url",
            examples=("https://a.example.com/x https://b.example.org/y",),
            count=1,
        ),
    )


def test_a_link_glued_after_the_last_sentence_goes_with_its_reason() -> None:
    kept, removed = remove_boilerplate([TextBlock("这是一段话。 http://d1.example.cn/1.gif")])
    assert _texts(kept) == ["这是一段话。"]
    assert removed == (
        Removal(key="url", reason="url", examples=("http://d1.example.cn/1.gif",), count=1),
    )


def test_a_line_repeated_twice_and_glued_once_is_boilerplate() -> None:
    mark = "某某学习网整理"
    kept, removed = remove_boilerplate(
        [TextBlock(mark), TextBlock("正文一段。" + mark), TextBlock("正文二段。"), TextBlock(mark)]
    )
    assert _texts(kept) == ["正文一段。", "正文二段。"]
    assert [(r.reason, r.examples, r.count) for r in removed] == [
        ("watermark (repeated text)", (mark,), 3)
    ]


def test_a_four_character_tail_repeated_three_times_is_removed() -> None:
    blocks = [TextBlock(f"这是第{n}句话。【广告】") for n in range(3)]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [f"这是第{n}句话。" for n in range(3)]
    assert [(r.examples, r.count) for r in removed] == [(("【广告】",), 3)]


def test_each_repeated_tail_goes_from_the_blocks_it_ends() -> None:
    long_mark, short_mark = "（本文来自某某学习网）", "【广告】"
    blocks = [TextBlock(f"第{n}段。{long_mark}") for n in range(3)]
    blocks += [TextBlock(f"第{n}句。{short_mark}") for n in range(3)]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == [f"第{n}段。" for n in range(3)] + [f"第{n}句。" for n in range(3)]
    assert sorted((r.examples, r.count) for r in removed) == sorted(
        [((long_mark,), 3), ((short_mark,), 3)]
    )


def test_a_kept_tail_does_not_stop_a_watermark_at_the_start_going() -> None:
    tail, head = "（本文来自某某学习网）", "某某网"
    blocks = [TextBlock(f"第{n}段。{tail}") for n in range(3)] + [TextBlock(head)] * 3
    blocks.append(TextBlock(f"{head} 正文。{tail}"))
    _, removed = remove_boilerplate(blocks)
    tail_key = next(r.key for r in removed if r.examples == (tail,))
    kept, removed = remove_boilerplate(blocks, keep=[tail_key])
    assert _texts(kept)[-1] == f"正文。{tail}"
    assert [(r.examples, r.count) for r in removed] == [((head,), 4)]


def test_the_longer_of_two_nested_watermarks_goes_whole() -> None:
    inner = "某某学习网"
    outer = "转载自某某学习网"
    blocks = [TextBlock(f"第{n}段。{outer}") for n in range(3)]
    blocks += [TextBlock(f"第{n}句。{inner}") for n in range(3)]
    kept, _ = remove_boilerplate(blocks)
    assert _texts(kept) == [f"第{n}段。" for n in range(3)] + [f"第{n}句。" for n in range(3)]


def test_headers_on_both_pages_of_a_two_page_pdf_go() -> None:
    blocks = [
        TextBlock("中国年度报告 2019", page=1),
        TextBlock("第一页的正文在这里。", page=1),
        TextBlock("中国年度报告 2019", page=2),
        TextBlock("第二页的正文在这里。", page=2),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == ["第一页的正文在这里。", "第二页的正文在这里。"]
    assert [(r.reason, r.count) for r in removed] == [("header/footer", 2)]


def test_a_header_of_two_hundred_characters_is_still_a_header() -> None:
    header = "页眉" * 100
    blocks = [
        block
        for page, body in ((1, "第一页正文。"), (2, "第二页正文。"))
        for block in (TextBlock(header, page=page), TextBlock(body, page=page))
    ]
    kept, _ = remove_boilerplate(blocks)
    assert _texts(kept) == ["第一页正文。", "第二页正文。"]


# Markup


def test_an_html_comment_inside_a_line_goes_under_style_block() -> None:
    kept, removed = remove_markup([TextBlock("正文<!-- 注释 -->继续。")])
    assert _texts(kept) == ["正文继续。"]
    assert removed == (
        Removal(
            key="style-block",
            reason="style or script block",
            examples=("正文<!-- 注释 -->继续。",),
            count=1,
        ),
    )


def test_a_style_block_is_reported_under_its_key() -> None:
    kept, removed = remove_markup(
        [TextBlock("正文。"), TextBlock("<style>\n.a { color: red }\n</style>")]
    )
    assert _texts(kept) == ["正文。"]
    assert [(r.key, r.reason, r.count) for r in removed] == [
        ("style-block", "style or script block", 1)
    ]


def test_table_rows_become_their_cells() -> None:
    kept, removed = remove_markup([TextBlock("| Jinan | 济南 |\n| --- | --- |\n|Wuxi|无锡|")])
    assert _texts(kept) == ["Jinan\n济南\nWuxi\n无锡"]
    assert [(r.key, r.count) for r in removed] == [("markdown-table", 3)]


def test_keeping_tables_leaves_their_rows_as_they_are() -> None:
    text = "| Jinan | 济南 |"
    kept, removed = remove_markup([TextBlock(text)], keep=["markdown-table"])
    assert _texts(kept) == [text]
    assert removed == ()


# Wrapped lines


def test_a_chinese_sentence_cut_by_a_page_break_joins_without_a_space() -> None:
    first = "梅沙港是华南物流网络的关键一环是当地第一个集装箱码头也是区域内规模"
    blocks = [
        TextBlock(f"{first}\n{first}"),
        TextBlock("最大的集装箱码头之一。"),
    ]
    kept, _ = rejoin_lines(blocks)
    assert _texts(kept) == [first + first + "最大的集装箱码头之一。"]


def test_an_english_sentence_cut_on_a_full_line_joins_the_next_block() -> None:
    line = "Meisha Port is a vital link in the South China logistics network and the"
    kept, _ = rejoin_lines([TextBlock(f"{line}\n{line}"), TextBlock("First container port.")])
    assert _texts(kept) == [f"{line} {line} First container port."]


def test_an_english_block_that_stops_on_a_short_line_stays_apart() -> None:
    long = "Meisha Port is a vital link in the South China logistics network and the"
    kept, _ = rejoin_lines([TextBlock(f"{long}\nshort one"), TextBlock("Next paragraph here.")])
    assert _texts(kept) == [f"{long} short one", "Next paragraph here."]


MARKED = [
    ("markdown-box", "::: tip 提示", [], "Markdown box marker (:::)", "::: tip 提示"),
    ("markdown-rule", "* * *", [], "Markdown rule line", "* * *"),
    ("markdown-table", "|---|:---:|", [], "Markdown table lines", "|---|:---:|"),
    ("markdown-link", "[1]: https://example.org", [], "Markdown links and images", None),
    ("markdown-quote", "> > 引文。", ["引文。"], "Markdown quote marks (>)", "> >"),
    ("markdown-heading", "### 标题", ["标题"], "Markdown heading marks (#)", "###"),
    ("html-tags", "上<br/>下", ["上", "下"], "HTML tags", "<br/>"),
    ("html-tags", "<b>粗</b>体", ["粗体"], "HTML tags", "<b>"),
    ("markdown-link", "见![图](a.png)图", ["见图"], "Markdown links and images", "![图](a.png)"),
    (
        "markdown-link",
        "见[官网](https://x.org)。",
        ["见官网。"],
        "Markdown links and images",
        "[官网](https://x.org)",
    ),
    ("markdown-link", "见[官网][1]。", ["见官网。"], "Markdown links and images", "[官网][1]"),
    ("markdown-emphasis", "**粗**和`码`", ["粗和码"], "Markdown emphasis (** _ `)", "**粗**"),
    ("markdown-emphasis", "an *em* word", ["an em word"], "Markdown emphasis (** _ `)", "*em*"),
    ("markdown-emphasis", "~~删~~与__下__", ["删与下"], "Markdown emphasis (** _ `)", "~~删~~"),
]


@pytest.mark.parametrize(("key", "line", "cleaned", "reason", "example"), MARKED)
def test_each_kind_of_markup_is_removed_reported_and_kept_on_request(
    key: str, line: str, cleaned: list[str], reason: str, example: str | None
) -> None:
    kept, removed = remove_markup([TextBlock("正文。"), TextBlock(line)])
    assert _texts(kept) == ["正文。", *(["\n".join(cleaned)] if cleaned else [])]
    assert removed == (Removal(key, reason, (example or line,), 1),)
    kept, removed = remove_markup([TextBlock(line)], keep=[key])
    assert _texts(kept) == [line]
    assert removed == ()


def test_front_matter_goes_only_at_the_top() -> None:
    front = "---\ntitle: 笔记\n---"
    kept, removed = remove_markup([TextBlock(front), TextBlock("正文。"), TextBlock(front)])
    assert _texts(kept) == ["正文。", "title: 笔记"]
    assert [(r.key, r.reason, r.count) for r in removed] == [
        ("front-matter", "front matter (--- block at the top)", 1),
        ("markdown-rule", "Markdown rule line", 2),
    ]


def test_a_code_block_goes_whole_and_an_unclosed_fence_does_not() -> None:
    kept, removed = remove_markup([TextBlock("```\nprint(1)\n```"), TextBlock("```\n正文")])
    assert _texts(kept) == ["```\n正文"]
    assert removed == (Removal("code-block", "code block", ("``` print(1) ```",), 1),)


def test_a_kept_code_block_stays_as_it_is() -> None:
    kept, removed = remove_markup([TextBlock("~~~\nx = 1\n~~~")], keep=["code-block"])
    assert _texts(kept) == ["~~~\nx = 1\n~~~"]
    assert removed == ()


def test_a_line_with_two_kinds_counts_once_per_kind() -> None:
    kept, removed = remove_markup([TextBlock("> **甲**和**乙**\n> **丙**")])
    assert _texts(kept) == ["甲和乙\n丙"]
    assert [(r.key, r.count, r.examples) for r in removed] == [
        ("markdown-quote", 2, (">",)),
        ("markdown-emphasis", 2, ("**甲**", "**丙**")),
    ]


# Traces of a PDF copy


def test_pdf_spaces_between_han_characters_and_round_stops_are_mended() -> None:
    removals = Removals(())
    assert mend_pdf_copy("变化〇二〇二〇年", removals) == "变化。二〇二〇年"
    assert mend_pdf_copy("中 国的 发展 ， 很快 。", removals) == "中国的发展，很快。"
    assert mend_pdf_copy("“ 好” 中\u3000国\t人", removals) == "“好”中国人"
    assert mend_pdf_copy("The eﬃcient ﬁrm ﬂows.", removals) == "The efficient firm flows."
    assert removals.result() == ()


def test_footnote_markers_go_from_english_and_are_reported() -> None:
    removals = Removals(())
    text = "This policy1. Another rule12 applies, as does law³ here."
    assert mend_pdf_copy(text, removals) == "This policy. Another rule applies, as does law here."
    # Chinese text keeps digits after Latin letters: they are no footnotes there.
    assert mend_pdf_copy("中国的政策abc12很好。", removals) == "中国的政策abc12很好。"
    assert removals.result() == (
        Removal("footnote-marker", "footnote markers", ("This policy1",), 1),
    )
    kept = Removals(("footnote-marker",))
    assert mend_pdf_copy(text, kept) == text
    assert kept.result() == ()


# Wrapped lines in page-sized blocks (blank lines do not set off paragraphs)

_PAGE_LINE = "the writers of this page wrapped every line of it at the same width as"


def _page(last: str, lines: int = 19) -> str:
    """A block of `lines` wrapped lines with a short sentence end after the eighth."""
    full = [_PAGE_LINE] * (lines - 2)
    return "\n".join([*full[:8], "A short sentence ends.", *full[8:], last])


@pytest.mark.parametrize("lines", [16, 19])
def test_in_a_page_sized_block_a_short_line_ending_a_sentence_ends_a_paragraph(
    lines: int,
) -> None:
    kept, _ = rejoin_lines(
        [TextBlock(_page("the end of it.", lines)), TextBlock(_page("the end.", lines))]
    )
    first = " ".join([_PAGE_LINE] * 8)
    rest = " ".join([_PAGE_LINE] * (lines - 10))
    assert _texts(kept) == [
        first + " A short sentence ends.",
        rest + " the end of it.",
        first + " A short sentence ends.",
        rest + " the end.",
    ]


def test_in_a_page_sized_block_a_short_line_without_a_stop_is_a_heading() -> None:
    page = "\n".join([_PAGE_LINE, "Short end.", "Short Heading", *[_PAGE_LINE] * 15, "end."])
    kept, _ = rejoin_lines([TextBlock(page), TextBlock(page)])
    body = " ".join([_PAGE_LINE] * 15) + " end."
    assert _texts(kept)[:3] == [f"{_PAGE_LINE} Short end.", "Short Heading", body]


# Boilerplate by shape


def test_normalize_drops_invisible_characters_and_joins_chinese_lines() -> None:
    assert normalize("a\u200bb\n c\u3000 d\u00ad") == "ab c d"
    assert normalize("中文，\n继续") == "中文，继续"
    assert normalize("English\nline") == "English line"


def test_page_numbers_of_pdf_pages_go() -> None:
    blocks = [
        TextBlock("- 12 -", page=1),
        TextBlock("正文一。", page=1),
        TextBlock("第 3 页 共 10 页", page=2),
        TextBlock("正文二。", page=2),
        TextBlock("iv", page=3),
        TextBlock("Page 3 of 10", page=3),
        TextBlock("正文三。", page=3),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == ["正文一。", "正文二。", "正文三。"]
    assert removed == (
        Removal("page-number", "page number", ("- 12 -", "第 3 页 共 10 页", "iv"), 4),
    )
    kept, removed = remove_boilerplate(blocks, keep=["page-number"])
    assert len(kept) == 7 and removed == ()


def test_source_lines_related_links_and_leading_links_go() -> None:
    blocks = [
        TextBlock("来源：新华网"),
        TextBlock("Source: Xinhua"),
        TextBlock("正文。"),
        TextBlock("相关阅读：端午习俗>>"),
        TextBlock("正文。相关推荐：端午三天乐>>"),
        TextBlock("http://x.cn/a.gif 端午期间的食物。"),
        TextBlock("原文链接：https://x.cn/1"),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert _texts(kept) == ["正文。", "正文。", "端午期间的食物。"]
    assert removed == (
        Removal("source-line", "source line", ("来源：新华网", "Source: Xinhua"), 2),
        Removal(
            "related-link",
            "related-reading link",
            ("相关阅读：端午习俗>>", "相关推荐：端午三天乐>>"),
            2,
        ),
        Removal("url", "url", ("http://x.cn/a.gif", "原文链接：https://x.cn/1"), 2),
    )
    kept, removed = remove_boilerplate(blocks, keep=["source-line", "related-link", "url"])
    assert _texts(kept) == [b.text for b in blocks]
    assert removed == ()


def test_a_site_link_glued_mid_sentence_to_several_lines_goes() -> None:
    starts = ["甲乙丙丁没有结束", "戊己庚还没写完", "辛壬癸也未写完"]
    mark = "来自某某网 www.mouwang.com"
    kept, removed = remove_boilerplate([TextBlock(f"{s} {mark}") for s in starts])
    assert _texts(kept) == starts
    assert [(r.reason, r.examples, r.count) for r in removed] == [
        ("watermark (repeated text)", (mark,), 3)
    ]
    # Twice is not enough.
    kept, removed = remove_boilerplate([TextBlock(f"{s} {mark}") for s in starts[:2]])
    assert removed == ()


def test_in_blocks_of_a_few_lines_a_short_line_ending_in_a_comma_stays_a_line() -> None:
    width = "This is a long line of English text that sets the width of the text in this file."
    kept, _ = rejoin_lines([TextBlock(width), TextBlock("Item one, two, three,\nNext line here.")])
    assert _texts(kept) == [width, "Item one, two, three,", "Next line here."]


def test_a_hyphen_at_a_line_end_joins_a_word_after_a_single_letter() -> None:
    assert _glue("send an e-", "mail to us", "en") == "send an email to us"
    assert _glue("well-", "Known", "en") == "well- Known"
    assert _glue("中文", "继续", "zh") == "中文继续"
