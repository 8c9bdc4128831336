"""Saved web pages: the article text only, in the page's own encoding."""

from __future__ import annotations

from pathlib import Path

from duiyi.read import read_file

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>网站标题 Site title</title>
<style>.menu { color: red }</style><script>var tracking = "TRACKER";</script></head>
<body>
<header><div class="logo">英文巴士 LOGO</div></header>
<nav><ul><li><a href="/">首页 Home</a></li><li><a href="/a">MENUITEM 学习</a></li></ul></nav>
<div class="wrapper">
  <div id="sidebar-left" class="sidebar"><p>SIDEBAR 热门文章 popular posts</p></div>
  <div class="content">
    <h1>三、实践路径</h1>
    <!-- COMMENTED 注释掉的段落 -->
    <p>加快全球网络基础设施建设,促进互联互通。</p>
    <p>Accelerating the building of global <a href="/x">Internet</a> infrastructure.</p>
    <p>第一行<br>Second line<br/>第三行</p>
    <noscript>NOSCRIPT 请启用脚本</noscript>
    <table><tr><td>数字鸿沟</td><td>digital divide</td></tr>
           <tr><td>网络空间</td><td>cyberspace</td></tr></table>
    <div class="related"><a href="/1">RELATED 相关文章一</a> <a href="/2">相关文章二</a></div>
    <ul class="links"><li><a href="/p">PREV 上一篇</a></li>
      <li><a href="/n">NEXT 下一篇</a></li></ul>
    <form><label>COMMENTFORM 评论</label><textarea>x</textarea></form>
  </div>
  <aside>ASIDE 广告 advertisement</aside>
</div>
<footer>FOOTER 版权所有 Copyright 2024</footer>
<script>document.write("SCRIPT2")</script>
</body></html>
"""


def test_article_text_without_page_furniture(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gb18030"))
    source = read_file(path)
    assert source.format == "html"
    assert source.encoding == "gb2312"
    texts = [block.text for block in source.blocks]
    assert texts == [
        "三、实践路径",
        "加快全球网络基础设施建设,促进互联互通。",
        "Accelerating the building of global Internet infrastructure.",
        "第一行\nSecond line\n第三行",  # <br> breaks a line inside the paragraph
        "数字鸿沟",
        "digital divide",
        "网络空间",
        "cyberspace",
    ]
    everything = " ".join(texts)
    for junk in (
        "TRACKER",
        "LOGO",
        "MENUITEM",
        "SIDEBAR",
        "COMMENTED",
        "NOSCRIPT",
        "RELATED",
        "PREV",
        "COMMENTFORM",
        "ASIDE",
        "FOOTER",
        "SCRIPT2",
        "color",
        "Site title",
    ):
        assert junk not in everything


def test_html_table_rows_pair_cells(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.encode("gb18030"))
    rows = [(b.row, b.text) for b in read_file(path).blocks if b.row is not None]
    assert rows == [(0, "数字鸿沟"), (0, "digital divide"), (1, "网络空间"), (1, "cyberspace")]


def test_utf8_page_without_charset_and_a_title_above_the_article(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>第{i}段：构建网络空间命运共同体。</p><p>Paragraph {i}: a shared future.</p>"
        for i in range(1, 6)
    )
    page = (
        "<html><body><div class='top'><h1>标题 The Title</h1></div>"
        f"<div class='main-column'><div>{paragraphs}</div></div>"
        "<div><a href='/a'>链接一</a><a href='/b'>链接二</a></div></body></html>"
    )
    path = tmp_path / "saved.html"
    path.write_bytes(page.encode("utf-8"))
    source = read_file(path)
    texts = [block.text for block in source.blocks]
    assert source.encoding == "utf-8"
    assert texts[0] == "标题 The Title"
    assert texts[1] == "第1段：构建网络空间命运共同体。"
    assert texts[-1] == "Paragraph 5: a shared future."
    assert len(texts) == 11
    assert not any("链接" in text for text in texts)
