"""Benchmark: the development texts in the shapes users bring, scored as run_dev.py scores them.

Each development text (the seed and ../shared/eval/dev/TEXTS.tsv) is read and aligned once as it
is; its paragraph pairs, unpaired blocks and vocabulary are then written out again, by this script
and with the same libraries users' programs use, as:

    docx-table  a Word table, Chinese | English per row (vocabulary as rows)
    docx-paras  a Word document of paragraphs (headings styled, vocabulary in bold + Chinese)
    html        a saved web page: header, nav, cookie banner, footer, related-article lists,
                a site watermark line every few paragraphs, inline <span>, <a>, <strong>
    gb18030     a GB18030 .txt with another site's watermark line every few paragraphs
    two-files   a Chinese .txt and an English .txt (imported with --en)
    en-first    a .txt with each English paragraph before its Chinese
    pdf-wrapped two files copied from PDF: Chinese lines ending in a space, English wrapped at
                70 columns with hyphenated words, a blank line wherever a page ended
and a few more: docx-breaks (Chinese, line break, English in one Word paragraph), html-br (a GBK
blog page, English<br/>Chinese in one <p>, full-width indents), en-first-s (English first by
sentence), md-wrapped (Markdown notes, quoted wrapped Chinese), pdf-spaces (PDF line ends copied
as spaces: "devel- opment", spaces between Han characters), html-wrap (a page with a <br> at
every wrapped line end), docx-wrap (text pasted from a PDF into Word, a paragraph a line),
gb-wrap-wm (a GB18030 text of wrapped lines, a watermark line without a link between lines).

For every text x shape it runs `duiyi extract` (P, R, S) and `duiyi import` + `show` (alignment
coverage, paragraph / sentence) through run_dev.py's own scoring, and prints the figures with the
recall relative to the plain text. It asserts nothing.

    .venv/bin/python bench/shapes.py [--only TEXT] [--shape SHAPE ...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(EVAL))

import run_dev  # type: ignore[import-not-found]  # noqa: E402

from duiyi.pipeline import read_and_align  # noqa: E402


@dataclass(frozen=True)
class Unit:
    """One top-level unit of a text: a heading or paragraph pair, or a one-language block."""

    kind: str
    zh: str
    en: str
    sentences: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Content:
    units: list[Unit]
    vocabulary: list[tuple[str, str]]  # (Chinese, English)


def content_of(path: str, en: str) -> Content:
    """What Duiyi reads in the plain text: its top-level pairs and its vocabulary entries."""
    doc = read_and_align(Path(path), en_path=Path(en) if en else None)
    children: dict[int, list[tuple[str, str]]] = {}
    for pair in doc.pairs:
        if pair.kind == "sentence" and pair.parent is not None:
            children.setdefault(pair.parent, []).append((pair.zh, pair.en))
    units = [
        Unit(p.kind, p.zh, p.en, tuple(children.get(n, ())))
        for n, p in enumerate(doc.pairs)
        if p.kind != "sentence"
    ]
    vocabulary = [(g.chinese, g.english[0]) for g in doc.glossary if g.english]
    return Content(units, vocabulary)


# ---- the shapes -------------------------------------------------------------------------------

WATERMARK_TXT = "本文转载自外语学习网 www.waiyu-xuexi-example.cn 转载请注明出处"
WATERMARK_HTML = "更多双语阅读请访问 双语阅读网 shuangyu-example.com"


def write_docx_table(content: Content, out: Path) -> list[Path]:
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for unit in content.units:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = unit.zh, unit.en
    for zh, en in content.vocabulary:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = zh, en
    path = out / "text.docx"
    document.save(str(path))
    return [path]


def write_docx_paras(content: Content, out: Path) -> list[Path]:
    import docx

    document = docx.Document()
    for unit in content.units:
        for text in (unit.zh, unit.en):
            if not text:
                continue
            if unit.kind == "heading":
                document.add_heading(text, level=2)
            else:
                document.add_paragraph(text)
    for zh, en in content.vocabulary:
        paragraph = document.add_paragraph()
        paragraph.add_run(en).bold = True
        paragraph.add_run(" " + zh)
    path = out / "text.docx"
    document.save(str(path))
    return [path]


def _inline_zh(text: str, rng: random.Random) -> str:
    """Chinese with a <span> and a link around a few characters, no spaces added."""
    if len(text) < 20:
        return html.escape(text)
    a = rng.randrange(2, len(text) // 2 - 4)
    b = rng.randrange(len(text) // 2, len(text) - 4)
    return (
        html.escape(text[:a])
        + f'<span class="hl">{html.escape(text[a : a + 3])}</span>'
        + html.escape(text[a + 3 : b])
        + f'<a href="/tag/{b}.html">{html.escape(text[b : b + 2])}</a>'
        + html.escape(text[b + 2 :])
    )


def _inline_en(text: str, rng: random.Random) -> str:
    """English with one word in <strong> and two words in a link."""
    words = text.split(" ")
    if len(words) < 8:
        return html.escape(text)
    i = rng.randrange(1, len(words) // 2)
    j = rng.randrange(len(words) // 2, len(words) - 2)
    out = [html.escape(w) for w in words]
    out[i] = f"<strong>{out[i]}</strong>"
    out[j] = f'<a href="https://example.org/w/{j}">{out[j]}'
    out[j + 1] = f"{out[j + 1]}</a>"
    return " ".join(out)


def write_html(content: Content, out: Path) -> list[Path]:
    rng = random.Random(5)
    title = "双语阅读 Bilingual Reading"
    body: list[str] = [
        f"<h1>{html.escape(title)}</h1>",
        '<p class="meta">2024-05-01 编辑：小李</p>',
    ]
    for n, unit in enumerate(content.units):
        tag = "h2" if unit.kind == "heading" else "p"
        if unit.zh:
            zh = _inline_zh(unit.zh, rng) if tag == "p" else html.escape(unit.zh)
            body.append(f"<{tag}>{zh}</{tag}>")
        if unit.en:
            en = _inline_en(unit.en, rng) if tag == "p" else html.escape(unit.en)
            body.append(f"<{tag}>{en}</{tag}>")
        if n % 4 == 3:
            body.append(f"<p>{WATERMARK_HTML}</p>")
    if content.vocabulary:
        body.append("<h3>词汇 Vocabulary</h3>")
        body += [f"<p><strong>{html.escape(en)}</strong> {zh}</p>" for zh, en in content.vocabulary]
    related = "".join(
        f'<li><a href="/news/{n}.html">双语新闻第{n}期 Bilingual news, issue {n}</a></li>'
        for n in range(1, 7)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - 双语阅读网</title>
<style>body {{ font-family: sans-serif; }} .hl {{ color: red; }}</style>
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div id="onetrust-banner-sdk" class="otFlat"><p>We use cookies to give you the best experience on
our website. By continuing to browse you agree to our use of cookies.</p>
<button>Accept all</button><button>Cookie settings</button></div>
<header class="site-header"><div class="logo"><a href="/">双语阅读网 Bilingual Reading</a></div>
<nav><ul><li><a href="/">首页 Home</a></li><li><a href="/news">新闻 News</a></li>
<li><a href="/culture">文化 Culture</a></li><li><a href="/exam">考试 Exams</a></li></ul></nav>
</header>
<div class="wrap"><div class="article-content">
{chr(10).join(body)}
</div>
<div class="box"><h3>相关文章 Related articles</h3><ul>{related}</ul></div>
<div class="side-list"><h3>热门推荐</h3><ol>{related}</ol></div>
</div>
<footer><p>Copyright © 2024 双语阅读网 All rights reserved. 京ICP备12345678号-1</p>
<p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a></p></footer>
</body></html>
"""
    path = out / "page.html"
    path.write_text(page, encoding="utf-8")
    return [path]


def _vocabulary_lines(content: Content) -> list[str]:
    return [f"{en} {zh}" for zh, en in content.vocabulary]


def write_gb18030(content: Content, out: Path) -> list[Path]:
    paragraphs: list[str] = []
    for n, unit in enumerate(content.units):
        paragraphs += [t for t in (unit.zh, unit.en) if t]
        if n % 3 == 2:
            paragraphs.append(WATERMARK_TXT)
    paragraphs += _vocabulary_lines(content)
    path = out / "text.txt"
    path.write_bytes("\n\n".join(paragraphs).encode("gb18030") + b"\n")
    return [path]


def write_en_first(content: Content, out: Path) -> list[Path]:
    paragraphs = [t for unit in content.units for t in (unit.en, unit.zh) if t]
    paragraphs += _vocabulary_lines(content)
    path = out / "text.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return [path]


def write_two_files(content: Content, out: Path) -> list[Path]:
    zh = [u.zh for u in content.units if u.zh] + [zh for zh, _ in content.vocabulary]
    en = [u.en for u in content.units if u.en] + [en for _, en in content.vocabulary]
    paths = [out / "zh.txt", out / "en.txt"]
    paths[0].write_text("\n\n".join(zh) + "\n", encoding="utf-8")
    paths[1].write_text("\n\n".join(en) + "\n", encoding="utf-8")
    return paths


def _cut_zh(text: str, width: int = 40) -> list[str]:
    """Lines of exactly `width` characters (the last shorter), cut anywhere: hard-wrapped notes."""
    return [text[i : i + width] for i in range(0, len(text), width)]


def _wrap_zh(text: str, width: int = 36) -> list[str]:
    """Lines of about `width` characters, each ending in a space (a PDF's line end copied);
    as in typesetting, a number or Latin word is never cut."""
    lines: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + width)
        while end < len(text) and (
            (text[end - 1 : end + 1].isascii() and text[end].isalnum())
            or text[end] in "，。、；：）”"
        ):
            end += 1
        lines.append(text[start:end] + " ")
        start = end
    return lines


def _wrap_en(text: str, width: int = 70) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        elif len(word) >= 8 and word.isalpha() and len(line) + 5 < width:
            cut = min(len(word) - 3, width - len(line) - 2)
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _pages(paragraphs: list[list[str]], page_lines: int) -> str:
    """Wrapped paragraphs with blank lines between them and where a page ended, mid-sentence."""
    out: list[str] = []
    count = 0
    for lines in paragraphs:
        if out:
            out.append("")
        for line in lines:
            out.append(line)
            count += 1
            if count % page_lines == 0:
                out.append("")
    return "\n".join(out) + "\n"


def write_pdf_wrapped(content: Content, out: Path) -> list[Path]:
    zh = [_wrap_zh(u.zh) for u in content.units if u.zh]
    zh += [[zh] for zh, _ in content.vocabulary]
    en = [_wrap_en(u.en) for u in content.units if u.en]
    en += [[en] for _, en in content.vocabulary]
    paths = [out / "zh.txt", out / "en.txt"]
    paths[0].write_text(_pages(zh, 38), encoding="utf-8")
    paths[1].write_text(_pages(en, 45), encoding="utf-8")
    return paths


def write_docx_breaks(content: Content, out: Path) -> list[Path]:
    """A Word handout: each paragraph holds the Chinese, a manual line break, the English."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for unit in content.units:
        paragraph = document.add_paragraph()
        paragraph.add_run(unit.zh)
        if unit.zh and unit.en:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        paragraph.add_run(unit.en)
    for zh, en in content.vocabulary:
        document.add_paragraph(f"{zh} {en}")
    path = out / "text.docx"
    document.save(str(path))
    return [path]


def write_html_br(content: Content, out: Path) -> list[Path]:
    """A blog page: each pair in one <p>, English first, a <br> between, full-width indents."""
    rows = []
    for unit in content.units:
        parts = [html.escape(t) for t in (unit.en, unit.zh) if t]
        rows.append("<p>&#12288;&#12288;" + "<br/>\n&#12288;&#12288;".join(parts) + "</p>")
    rows += [f"<p>{html.escape(en)}：{zh}</p>" for zh, en in content.vocabulary]
    page = (
        '<html><head><meta charset="gbk"><title>双语</title></head><body>'
        '<div id="main"><div class="share-bar">'
        '<a href="#">分享到微博</a> <a href="#">微信</a></div>'
        + "\n".join(rows)
        + '</div><div class="copyright">版权所有 © 某某英语网</div></body></html>'
    )
    path = out / "page.htm"
    path.write_bytes(page.encode("gb18030"))
    return [path]


def write_en_first_sentences(content: Content, out: Path) -> list[Path]:
    """English first by sentence: an English line, its Chinese line, a blank line."""
    blocks: list[str] = []
    for unit in content.units:
        for zh, en in unit.sentences or ((unit.zh, unit.en),):
            blocks.append("\n".join(t for t in (en, zh) if t))
    blocks += [f"{en} {zh}" for zh, en in content.vocabulary]
    path = out / "text.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return [path]


def write_markdown_wrapped(content: Content, out: Path) -> list[Path]:
    """Study notes in Markdown: the Chinese quoted and wrapped ("> " on every line), the English
    wrapped at 70 columns."""
    blocks: list[str] = []
    for unit in content.units:
        if unit.kind == "heading":
            blocks += [f"## {t}" for t in (unit.zh, unit.en) if t]
            continue
        if unit.zh:
            lines = _cut_zh(unit.zh)
            blocks.append("\n".join("> " + line for line in lines))
        if unit.en:
            blocks.append("\n".join(_wrap_en(unit.en)))
    blocks += [f"**{en}** {zh}" for zh, en in content.vocabulary]
    path = out / "notes.md"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return [path]


def write_pdf_spaces(content: Content, out: Path) -> list[Path]:
    """Two files copied from PDF where every line end became a space: one line a paragraph,
    Chinese with spaces between characters, English with "devel- opment" halves."""
    zh = [" ".join(_wrap_zh(u.zh)).replace("  ", " ").strip() for u in content.units if u.zh]
    zh += [zh for zh, _ in content.vocabulary]
    en = [" ".join(_wrap_en(u.en)) for u in content.units if u.en]
    en += [en for _, en in content.vocabulary]
    paths = [out / "zh.txt", out / "en.txt"]
    paths[0].write_text("\n\n".join(zh) + "\n", encoding="utf-8")
    paths[1].write_text("\n\n".join(en) + "\n", encoding="utf-8")
    return paths


def write_html_wrapped(content: Content, out: Path) -> list[Path]:
    """A page rendered from hard-wrapped notes: a <br> at every line end, the Chinese quoted,
    blank lines made with <br><br> in the vocabulary part."""
    body: list[str] = []
    for unit in content.units:
        if unit.kind == "heading":
            body += [f"<h2>{html.escape(t)}</h2>" for t in (unit.zh, unit.en) if t]
            continue
        if unit.zh:
            lines = _cut_zh(unit.zh)
            quoted = "<br>\n".join(html.escape(line) for line in lines)
            body.append(f"<blockquote><p>{quoted}</p></blockquote>")
        if unit.en:
            body.append("<p>" + "<br>\n".join(html.escape(x) for x in _wrap_en(unit.en)) + "</p>")
    words = [f"<b>{html.escape(en)}</b> {zh}" for zh, en in content.vocabulary]
    body.append("<div>" + "<br><br>\n".join(words) + "</div>")
    page = "<html><body><main>" + "\n".join(body) + "</main></body></html>"
    path = out / "page.html"
    path.write_text(page, encoding="utf-8")
    return [path]


def write_docx_wrapped(content: Content, out: Path) -> list[Path]:
    """Text pasted from a PDF into Word: every wrapped line a paragraph, an empty paragraph
    between the text's paragraphs."""
    import docx

    document = docx.Document()
    for unit in content.units:
        for text in (unit.zh, unit.en):
            if not text:
                continue
            lines = [text[i : i + 36] for i in range(0, len(text), 36)]
            for line in _wrap_en(text) if " " in text else lines:
                document.add_paragraph(line)
            document.add_paragraph("")
    for zh, en in content.vocabulary:
        document.add_paragraph(f"{en} {zh}")
    path = out / "text.docx"
    document.save(str(path))
    return [path]


WATERMARK_PLAIN = "更多双语内容请关注微信公众号：外语学习园地"


def write_gb18030_wrapped(content: Content, out: Path) -> list[Path]:
    """A GB18030 text of wrapped lines with a site's watermark line (no link) between lines of
    the paragraphs, every ninth line."""
    lines: list[str] = []
    for unit in content.units:
        for text in (unit.zh, unit.en):
            if not text:
                continue
            wrapped = (
                _wrap_en(text)
                if " " in text
                else [text[i : i + 36] for i in range(0, len(text), 36)]
            )
            for line in wrapped:
                lines.append(line)
                if len(lines) % 9 == 0:
                    lines.append(WATERMARK_PLAIN)
            lines.append("")
    lines += _vocabulary_lines(content)
    path = out / "text.txt"
    path.write_bytes("\n".join(lines).encode("gb18030") + b"\n")
    return [path]


SHAPES: dict[str, Callable[[Content, Path], list[Path]]] = {
    "docx-table": write_docx_table,
    "docx-paras": write_docx_paras,
    "html": write_html,
    "gb18030": write_gb18030,
    "two-files": write_two_files,
    "en-first": write_en_first,
    "pdf-wrapped": write_pdf_wrapped,
    "docx-breaks": write_docx_breaks,
    "html-br": write_html_br,
    "en-first-s": write_en_first_sentences,
    "md-wrapped": write_markdown_wrapped,
    "pdf-spaces": write_pdf_spaces,
    "html-wrap": write_html_wrapped,
    "docx-wrap": write_docx_wrapped,
    "gb-wrap-wm": write_gb18030_wrapped,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--duiyi", default=str(REPO / ".venv" / "bin" / "duiyi"))
    ap.add_argument("--only", help="one text by name")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    ap.add_argument("--keep", type=Path, help="write the shaped files into this folder")
    ap.add_argument("--show", type=int, default=0, help="list misses and errors (run_dev --show)")
    args = ap.parse_args()
    rows = [r for r in run_dev.texts() if not args.only or r["name"] == args.only]
    shapes = args.shape or list(SHAPES)
    started = time.perf_counter()
    header = (
        f"{'text':<22}{'shape':<12}{'P':>6}{'R':>6}{'S':>6}{'para':>7}{'sent':>7}{'R/plain':>9}"
    )
    lines = [header]
    with tempfile.TemporaryDirectory() as tmp_name:
        root = args.keep or Path(tmp_name)
        for row in rows:
            results = {"plain": run_dev.score_one(args.duiyi, row, _folder(root, row, "plain"), 0)}
            content = content_of(row["text"], row["en"])
            for shape in shapes:
                folder = _folder(root, row, shape)
                paths = SHAPES[shape](content, folder)
                shaped = {
                    **row,
                    "text": str(paths[0]),
                    "en": str(paths[1]) if len(paths) > 1 else "",
                }
                if args.show:
                    print(f"\n######## {row['name']} as {shape}")
                results[shape] = run_dev.score_one(args.duiyi, shaped, folder, args.show)
            plain_recall = results["plain"].get("recall", 0.0)
            for shape, result in results.items():
                lines.append(_line(row["name"], shape, result, plain_recall))
            print("\n".join(lines[-len(results) :]), flush=True)
    print("\n" + "\n".join(lines))
    print(f"\n{time.perf_counter() - started:.0f} s")


def _folder(root: Path, row: dict[str, str], shape: str) -> Path:
    folder = root / row["name"] / shape
    if folder.exists():
        shutil.rmtree(folder)  # a collection left by an earlier run would keep the old import
    folder.mkdir(parents=True)
    return folder


def _line(name: str, shape: str, r: dict[str, object], plain_recall: float) -> str:
    if "error" in r:
        return f"{name:<22}{shape:<12}  {r['error']}"
    recall = float(r["recall"])  # type: ignore[arg-type]
    relative = recall / plain_recall if plain_recall else 0.0
    return (
        f"{name:<22}{shape:<12}{r['precision']:>6.2f}{recall:>6.2f}{r['suggest_accuracy']:>6.2f}"
        f"{r['paragraph']:>7.2f}{r['sentence']:>7.2f}{relative:>9.2f}"
    )


if __name__ == "__main__":
    main()
