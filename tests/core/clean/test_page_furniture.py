"""Page furniture copied with a bilingual article (share and print tools, players, credits,
notices, tags, menus, a column name before the title) is removed and reported under its own
key, so it pairs with nothing; real sentences, headings and bilingual titles stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.main import main
from duiyi.clean import remove_boilerplate
from duiyi.clean.bilingual import split_languages
from duiyi.document import TextBlock
from duiyi.pipeline import align_pasted

PAGE = """\
河畔小镇办起读书节

分享到：微信 微博 QQ空间

【字体：大 中 小】 打印本页 关闭窗口

责任编辑：李青 审校：赵华

点击播放

Riverside Town Holds Its First Reading Festival

Share this:

Font size: A A A

Editor: Mary Cole

The small town of Willowbend held its first reading festival on Saturday, drawing families.

周六，柳湾小镇举办了首届读书节，吸引了附近村庄的许多家庭前来参加。

Volunteers set up tables of donated books along the river. [Photo/Lakeside Daily]

志愿者们沿河摆放了捐赠图书的书桌。

标签：读书节 小镇 志愿者

Tags: reading, festival, community

本文来自湖滨日报客户端，转载请注明出处

声明：本文仅代表作者观点，不代表本站立场。

扫一扫在手机打开当前页
"""


def _removed(doc_removed: tuple[object, ...]) -> list[tuple[str, int]]:
    return [(r.key, r.count) for r in doc_removed]  # type: ignore[attr-defined]


def test_the_furniture_of_a_page_goes_and_the_article_pairs() -> None:
    doc = align_pasted(PAGE)
    assert [(r.key, r.examples) for r in doc.removed] == [
        (
            "page-tools",
            ("分享到：微信 微博 QQ空间", "【字体：大 中 小】 打印本页 关闭窗口", "点击播放"),
        ),
        (
            "credit-line",
            ("责任编辑：李青 审校：赵华", "Editor: Mary Cole", "[Photo/Lakeside Daily]"),
        ),
        ("tag-line", ("标签：读书节 小镇 志愿者", "Tags: reading, festival, community")),
        ("source-line", ("本文来自湖滨日报客户端，转载请注明出处",)),
        ("page-notice", ("声明：本文仅代表作者观点，不代表本站立场。",)),
    ]
    assert _removed(doc.removed) == [
        ("page-tools", 6),
        ("credit-line", 3),
        ("tag-line", 2),
        ("source-line", 1),
        ("page-notice", 1),
    ]
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("河畔小镇办起读书节", "Riverside Town Holds Its First Reading Festival"),
        (
            "周六，柳湾小镇举办了首届读书节，吸引了附近村庄的许多家庭前来参加。",
            "The small town of Willowbend held its first reading festival on Saturday, "
            "drawing families.",
        ),
        (
            "志愿者们沿河摆放了捐赠图书的书桌。",
            "Volunteers set up tables of donated books along the river.",
        ),
    ]


def test_sentences_headings_and_words_like_furniture_stay() -> None:
    text = [
        "Share Your Story",
        "来源于生活的艺术更能打动人心。",
        "Source of the river lies high in the mountains.",
        "编辑：edit",
        "Editor's note: this story was first told by a reader.",
        "中 小",
        "Print and Share",
        "Share this moment with your family",
        "关键词的选择很重要。",
        "Translator: reading festival",
    ]
    kept, removed = remove_boilerplate([TextBlock(line) for line in text])
    assert [b.text for b in kept] == text
    assert removed == ()


def test_a_word_a_text_could_hold_goes_only_at_an_edge() -> None:
    lines = [
        "Print",
        "The mayor opened the festival with a short speech to the crowd by the river.",
        "作者：王明",
        "市长在河边向人群发表简短讲话，为读书节揭幕，现场气氛十分热烈。",
        "作者：王明",
    ]
    kept, removed = remove_boilerplate([TextBlock(line) for line in lines])
    assert [b.text for b in kept] == [lines[1], lines[2], lines[3]]
    assert [(r.key, r.count) for r in removed] == [("page-tools", 1), ("credit-line", 1)]


def test_keyword_lines_in_both_languages_are_an_abstracts_and_stay() -> None:
    lines = [
        "本文讨论乡村图书馆的建设，以及志愿者在其中发挥的作用和面临的困难。",
        "This paper discusses village libraries and the part volunteers play in them.",
        "关键词：乡村图书馆；志愿者",
        "Keywords: village library; volunteer",
    ]
    kept, removed = remove_boilerplate([TextBlock(line) for line in lines])
    assert [b.text for b in kept] == lines
    assert removed == ()


def test_menus_lists_of_posts_and_a_post_header_go() -> None:
    lines = [
        "学习站-首页-听力-口语-阅读",
        "小镇新闻、乡村图书馆与志愿者的年度排名。",
        "2020-05-06 湖滨双语 小周",
        "湖滨日报 · 小镇新闻 · 3 天前",
        "相关阅读",
        "Willowbend opened its first library in a converted grain store last spring.",
        "去年春天，柳湾镇在一座改建的粮仓里开设了第一家图书馆，深受居民欢迎。",
        "run-of-the-mill",
    ]
    kept, removed = remove_boilerplate([TextBlock(line) for line in lines])
    assert [b.text for b in kept] == [lines[1], lines[5], lines[6], lines[7]]
    assert [(r.key, r.count) for r in removed] == [
        ("site-menu", 1),
        ("date-line", 1),
        ("related-link", 2),
    ]


def test_a_column_name_before_the_title_goes_and_the_title_pairs() -> None:
    doc = align_pasted(
        "【双语】小镇读书节 / Town Reading Festival\n\n"
        "热词 | 周六，柳湾小镇举办了首届读书节，吸引了许多家庭。\n\n"
        "On Saturday, Willowbend held its first reading festival, drawing many families.\n"
    )
    assert [(r.key, r.examples) for r in doc.removed] == [("column-label", ("【双语】", "热词 |"))]
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("小镇读书节", "Town Reading Festival"),
        (
            "周六，柳湾小镇举办了首届读书节，吸引了许多家庭。",
            "On Saturday, Willowbend held its first reading festival, drawing many families.",
        ),
    ]


def test_a_title_and_its_translation_parted_by_a_slash_are_cut() -> None:
    assert split_languages("小镇读书节 / Town Reading Festival (2024年5月)") == [
        "小镇读书节",
        "Town Reading Festival (2024年5月)",
    ]
    assert split_languages("km / h") == ["km / h"]


def test_a_players_times_a_promotion_and_a_title_standing_twice_go() -> None:
    doc = align_pasted(
        "小镇读书节 Town Reading Festival\n\n"
        "小镇读书节 Town Reading Festival\n\n"
        "00:00\n03:25\n\n"
        "湖滨双语课程重磅上线，更多精彩课程了解详情》》\n\n"
        "周六，柳湾小镇举办了首届读书节，吸引了附近村庄的许多家庭前来参加。\n\n"
        "On Saturday, Willowbend held its first reading festival, drawing many families.\n"
    )
    assert _removed(doc.removed) == [("repeated-title", 1), ("page-tools", 2), ("promotion", 1)]
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("小镇读书节", "Town Reading Festival"),
        (
            "周六，柳湾小镇举办了首届读书节，吸引了附近村庄的许多家庭前来参加。",
            "On Saturday, Willowbend held its first reading festival, drawing many families.",
        ),
    ]


def test_a_kept_key_keeps_its_lines() -> None:
    kept, removed = remove_boilerplate([TextBlock("Editor: Mary Cole")], keep={"credit-line"})
    assert [b.text for b in kept] == ["Editor: Mary Cole"]
    assert removed == ()


def test_page_headers_with_counts_columns_and_numbered_sites_go() -> None:
    lines = [
        "88学堂 › 专栏 › 双语阅读",
        "湖滨学堂 2015-01-09 未知 1024次",
        "专栏名称: 湖滨双语",
        "英文来源：湖滨日报",
        "Willowbend opened its first library in a converted grain store last spring.",
        "去年春天，柳湾镇在一座改建的粮仓里开设了第一家图书馆，深受居民欢迎。",
        "2019-11-17 第3次全体会议",
    ]
    kept, removed = remove_boilerplate([TextBlock(line) for line in lines])
    assert [b.text for b in kept] == [lines[4], lines[5], lines[6]]
    assert [(r.key, r.count) for r in removed] == [
        ("breadcrumb", 1),
        ("date-line", 1),
        ("column-label", 1),
        ("source-line", 1),
    ]


def test_the_import_report_lists_the_furniture_and_keep_brings_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "festival.html"
    page.write_text(
        "<html><body><div class='article'>"
        "<h1>河畔小镇办起读书节</h1><p>分享到：微信 微博</p><p>责任编辑：李青</p>"
        "<h2>Riverside Town Holds Its First Reading Festival</h2>"
        "<p>The small town of Willowbend held its first reading festival on Saturday.</p>"
        "<p>周六，柳湾小镇举办了首届读书节，吸引了附近村庄的许多家庭前来参加。</p>"
        "<p>标签：读书节 小镇</p></div></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(page)]) == 0
    out = capsys.readouterr().out.splitlines()
    start = out.index("  removed markup and boilerplate (keep one with --keep KEY):") + 1
    assert out[start : start + 3] == [
        "    page-tools: share, print or player controls, 1x, e.g. '分享到：微信微博'",
        "    credit-line: editor, author or translator line, 1x, e.g. '责任编辑：李青'",
        "    tag-line: tag or keyword line, 1x, e.g. '标签：读书节小镇'",
    ]
    assert "  unpaired blocks: 0" in out
    args = ["--db", str(db), "import", str(page), "--keep", "credit-line", "--title", "Kept"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "show", "Kept"]) == 0
    assert "责任编辑：李青" in capsys.readouterr().out
