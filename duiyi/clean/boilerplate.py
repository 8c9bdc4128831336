"""Boilerplate found from repetition and shape: watermarks, headers and footers, URLs, source
lines and page numbers. No list of known sites: a string counts as boilerplate because it
repeats where real text does not, or because of what it looks like."""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import replace

from duiyi.clean.furniture import (
    TOOLS,
    column_label,
    credit_tail,
    furniture,
    furniture_shaped,
    is_body,
    is_keyword_line,
    is_lone_time,
)
from duiyi.clean.removals import Removals as _Removals
from duiyi.document import Removal, TextBlock

# A domain is read from the start of its dotted name only: tried from every label of a long
# "a.b.c..." it backtracks over the rest each time (minutes on a line of 80 kB).
_DOMAIN_START = r"\b(?<![a-z0-9])(?<![a-z0-9-]\.)(?<![a-z0-9.-]-)"
URL = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s\u3000-\u303f\uff01-\uff5e\"'<>（）]+"
    rf"|{_DOMAIN_START}[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|edu|gov|io|info)(?:/[^\s\u3000-\u303f\uff01-\uff5e]*)?",
    re.I,
)
_SOURCE_LINE = re.compile(
    r"^\s*[【\[(（]?\s*(?:source|sources|via|from|原文链接|原文地址|原文|出处|转载自|转自|稿源"
    r"|(?:英文|中文|本文|文章|新闻|内容|图片|视频)?来源)"
    r"\s*[】\])）]?\s*[:：]",
    re.I,
)
_RELATED = re.compile(
    r"^\s*[【\[]?\s*(?:相关推荐|相关阅读|推荐阅读|延伸阅读|相关链接|相关文章|更多阅读|热门推荐|"
    r"related(?: articles| posts| reading| stories)?|read more|see also|recommended)"
    r"\s*[】\]]?\s*[:：>]",
    re.I,
)
_PAGE_NUMBER = re.compile(
    r"^\W*(?:page\s*)?\d{1,4}(?:\s*(?:/|of|共)\s*\d{1,4})?\W*$"
    r"|^\W*第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\W*$"
    r"|^\W*[ivxlc]{1,6}\W*$",
    re.I,
)
# Where a sentence may end; the text after the last one in a block is a candidate suffix.
_SENTENCE_END = re.compile(r"[。！？!?.;；…][”’\"')）」』]*")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_HAN = "\u4e00-\u9fff"
_LINE_BREAK_HAN = re.compile(f"(?<=[{_HAN}，。；、])\\s*\\n\\s*(?=[{_HAN}])")
_LINE_BREAK = re.compile(r"\s*\n\s*")

_MIN_REPEATS = 3
_MAX_BOILERPLATE = 160


def normalize(text: str) -> str:
    """One block's text with invisible characters gone and spaces collapsed to one."""
    text = _ZERO_WIDTH.sub("", text)
    text = _LINE_BREAK_HAN.sub("", text)
    text = _LINE_BREAK.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _key(prefix: str, text: str) -> str:
    return f"{prefix}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]}"


_LINK_AT_END = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s\u3000-\u303f\uff01-\uff5e\"'<>（）]+$"
    rf"|{_DOMAIN_START}[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|edu|gov|io|info)(?:/\S*)?$",
    re.I,
)
_MAYBE_URL = re.compile(r"://|www\.|\.(?:com|cn|net|org|edu|gov|io|info)\b", re.I)


def _mask_urls(text: str) -> str:
    """The text with every URL replaced by as many x's, so its dots do not end sentences."""
    if not _MAYBE_URL.search(text):
        return text  # the full URL pattern is slow on long paragraphs without any link
    return URL.sub(lambda m: "x" * len(m.group()), text)


def _tail(text: str) -> str:
    """What follows the last sentence end of a block ("" if the block ends a sentence)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(_mask_urls(text))]
    if not ends or ends[-1] >= len(text):
        return ""
    return text[ends[-1] :].strip()


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FULL_DATE = re.compile(
    r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!\d)"
    rf"|\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\b",
    re.I,
)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_CLOCK_AFTER = re.compile(rf"^\s*[T,]?\s*{_CLOCK.pattern}")
_CLOCK_BEFORE = re.compile(rf"{_CLOCK.pattern}\s*,?\s*$")
_LABEL_BEFORE = re.compile(r"[:：]\s*$")
# What a page puts beside its date: the site (after a bar) or who wrote, edited or posted it.
_BYLINE = re.compile(
    r"[|｜]|来源|作者|记者|编辑|责编|出处|稿源|发布|更新"
    r"|\b(?:by|source|author|editor|reporter|published|updated|posted)\b"
    # A page's count of readers ("8195次", "阅读 1024") or its unknown source ("未知").
    # Only at the line's end: "第12次会议" is a meeting, "阅读2小时" a diary's hours.
    r"|(?<![第\d])\d+\s*(?:次|人阅读|人浏览|views?|reads?)\s*$"
    r"|(?:阅读|浏览|点击)(?:量|数)?\s*[:：]?\s*\d+\s*(?:次)?\s*$|未知",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_LINE_END = tuple("。！？；，.!?;,")
_MAX_DATE_LINE = 50


def _is_date_line(text: str, listed: bool = False) -> bool:
    """A page's date line: a date (2019-11-17, 2020年08月05日, Sep 27, 2019) after a label
    ending in a colon or with a site or author, or with a time right beside it unless it is
    `listed` (see `_kept_by_neighbours`); short and not a sentence. A date standing alone or
    before an event (a heading, a timeline) stays."""
    if len(text) > _MAX_DATE_LINE or text.endswith(_LINE_END):
        return False
    date = _FULL_DATE.search(text)
    if date is None:
        return False
    before, after = text[: date.start()], text[date.end() :]
    if _LABEL_BEFORE.search(before) or _BYLINE.search(before + " " + after):
        return True
    return not listed and bool(_CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before))


def _script(text: str) -> str:
    """ "zh" for a line with Chinese, "en" for one with Latin letters only, "" otherwise."""
    if re.search(f"[{_HAN}]", text):
        return "zh"
    return "en" if re.search("[A-Za-z]", text) else ""


def _date_year(text: str) -> str | None:
    date = _FULL_DATE.search(text)
    return _YEAR.search(date.group()).group() if date else None  # type: ignore[union-attr]


def _kept_by_neighbours(lines: list[str]) -> tuple[set[int], set[int]]:
    """Lines that look like a date line or a trail but whose neighbours show them to be text:
    a line starting with a date next to another such line (a list, a timeline), a dated line
    beside a line of the other language with the same year, a line with > or » beside a line
    of the other language with the same marks (a translated instruction or comparison)."""
    dated: set[int] = set()
    marked: set[int] = set()
    for index, line in enumerate(lines):
        for other in (index - 1, index + 1):
            if not 0 <= other < len(lines):
                continue
            near = lines[other]
            translated = _script(line) != _script(near) and "" not in (
                _script(line),
                _script(near),
            )
            starts = _FULL_DATE.match(line) and _FULL_DATE.match(near)
            year = _date_year(line)
            if starts or (translated and year is not None and year == _date_year(near)):
                dated.add(index)
            marks = [mark.strip() for mark in _TRAIL_MARK.findall(line)]
            if translated and marks and marks == [m.strip() for m in _TRAIL_MARK.findall(near)]:
                marked.add(index)
    return dated, marked


_DIGIT = re.compile(r"\d")
_TRAIL_MARK = re.compile(r"\s*[>›»]\s*")
_MAX_CRUMB = 16
_MAX_TRAIL = 60


def _is_breadcrumb(text: str) -> bool:
    """A site's navigation trail ("当前位置: 首页 > 英语", "Home » News » World"): short names
    without digits parted by >, › or », three of them or a label ending in a colon first (a
    comparison, "x > 0", is neither)."""
    if len(text) > _MAX_TRAIL or not _TRAIL_MARK.search(text) or text.endswith(_LINE_END):
        return False
    # A digit may be a comparison ("x > 0"), except beside marks no formula uses.
    if any(char.isdigit() for char in text) and ">" in text:
        return False
    crumbs = _TRAIL_MARK.split(text)
    label = re.split("[:：]", crumbs[0], maxsplit=1)
    crumbs[0] = label[-1]
    if not all(2 <= len(crumb.strip()) <= _MAX_CRUMB for crumb in crumbs):
        return False
    # Numbered steps ("Term 1 › Term 2") are text; a site's name may start with digits
    # ("88学堂"), a section may be a year.
    for index, crumb in enumerate(crumbs):
        crumb = crumb.strip()
        if not _DIGIT.search(crumb) or _YEAR.fullmatch(crumb):
            continue
        if index == 0 and re.fullmatch(r"\d+\D+", crumb) and " " not in crumb:
            continue
        return False
    return len(crumbs) >= 3 or len(label) == 2


def _is_url_only(text: str) -> bool:
    match = URL.search(text)
    if match is None or URL.sub("", text[match.end() :]).strip(" .,;。，；/"):
        return False
    # A short label may stand before the link ("原文链接：", "Link:").
    label = text[: match.start()].strip()
    return not label or (len(label) <= 12 and label[-1] in ":：")


def _repeated_strings(texts: list[str], lines: list[str]) -> list[str]:
    """Strings that repeat as whole blocks or as the same tail glued to several blocks, or as
    a link glued to the end of several `lines`."""
    whole = Counter(texts)
    # A line that is neither a link nor glued on must be frequent to count: a short heading
    # such as "Example" may well repeat a few times in real text.
    frequent = max(_MIN_REPEATS, len(texts) // 10)
    tails = Counter(t for t in (_tail(text) for text in texts) if t)
    found: set[str] = set()
    for text, count in whole.items():
        if len(text) > _MAX_BOILERPLATE:
            continue
        # A repeated line is boilerplate when it is a link, or when it is not a sentence (real
        # text that repeats, such as a refrain, ends like one), or when it is also glued on.
        ends_sentence = _tail(text) == "" and bool(_SENTENCE_END.search(text[-2:]))
        if (
            (
                (count >= 2 and URL.search(text) and len(URL.sub("", text)) < len(text))
                and (count >= _MIN_REPEATS or tails[text] >= 1)
            )
            or (tails[text] >= 1 and count >= 2)
            or (count >= frequent and not ends_sentence)
        ):
            found.add(text)
    for text, count in tails.items():
        if count >= _MIN_REPEATS and 4 <= len(text) <= _MAX_BOILERPLATE:
            found.add(text)
    found.update(_glued_links(lines))
    # Strip longer strings first, so a string containing another one goes as a whole.
    return sorted(found, key=len, reverse=True)


def _glued_links(texts: list[str]) -> set[str]:
    """A site's name and link glued to the end of several lines, mid-sentence or not: the
    longest end the lines ending in the same link share."""
    by_link: dict[str, list[str]] = {}
    for text in texts:
        if not _MAYBE_URL.search(text[-80:]):
            continue
        match = _LINK_AT_END.search(text)
        if match is not None:
            by_link.setdefault(match.group(), []).append(text)
    found: set[str] = set()
    for link, lines in by_link.items():
        if len(lines) < _MIN_REPEATS:
            continue
        shared = os.path.commonprefix([line[::-1] for line in lines])[::-1].strip()  # noqa: RUF071
        # Lines alike before the link ("第1段。", "第2段。") do not make their end boilerplate.
        shared = _tail(shared) or shared
        if len(link) <= len(shared) <= _MAX_BOILERPLATE:
            found.add(shared)
    return found


_INNER_MIN_HAN = 10
_SENTENCE_ENDS = tuple('。！？；：.!?;:”’"」』）)')
_INNER_MIN_WORDS = 6
_HAN_CHAR = re.compile(f"[{_HAN}]")


def _repeated_inner_lines(lines: list[list[str]]) -> set[str]:
    """Long lines standing word for word inside three or more paragraphs of wrapped lines: a
    watermark a site put between the lines (a wrapped line of real text never repeats whole)."""
    # Only a line between two others, after a line cut mid-sentence: a text written a sentence
    # a line may repeat a sentence whole, and that is text.
    counts = Counter(
        found[i]
        for found in lines
        for i in range(1, len(found) - 1)
        if not found[i - 1].endswith(_SENTENCE_ENDS)
    )
    return {
        line
        for line, count in counts.items()
        if count >= _MIN_REPEATS
        and len(line) <= _MAX_BOILERPLATE
        and (
            len(_HAN_CHAR.findall(line)) >= _INNER_MIN_HAN or len(line.split()) >= _INNER_MIN_WORDS
        )
    }


def _headers_footers(blocks: list[TextBlock], texts: list[str]) -> set[str]:
    """Lines standing first or last on at least half of the pages (digits ignored)."""
    pages: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.page is not None and texts[index]:
            pages.setdefault(block.page, []).append(index)
    if len(pages) < 2:
        return set()
    shapes: Counter[str] = Counter()
    for indices in pages.values():
        edges = {indices[0], indices[-1]}
        for index in edges:
            shapes[re.sub(r"\d+", "#", texts[index])] += 1
    needed = max(2, (len(pages) + 1) // 2)
    return {shape for shape, count in shapes.items() if count >= needed and len(shape) <= 200}


def _lines(block: TextBlock) -> list[str]:
    """A block's lines, each normalised; a PDF page's block is judged whole, as one line."""
    if block.page is not None or "\n" not in block.text:
        return [normalize(block.text)]
    return [line for line in (normalize(raw) for raw in block.text.split("\n")) if line]


def remove_boilerplate(
    blocks: Iterable[TextBlock], *, keep: Collection[str] = ()
) -> tuple[tuple[TextBlock, ...], tuple[Removal, ...]]:
    """The blocks without boilerplate, and what was removed (each removal keyed for `keep`).

    Lines of a block are judged one by one (a watermark glued to a line of a hard-wrapped
    paragraph goes with that line's end) and kept with their line breaks."""
    originals = list(blocks)
    lines = [_lines(b) for b in originals]
    texts = [" ".join(found) for found in lines]
    removals = _Removals(keep)
    edge_shapes = _headers_footers(originals, texts)
    # Lines inside a paragraph of wrapped lines count only when they carry a link or are long:
    # the end of a wrapped sentence ("of the country.") may well repeat in real text.
    judged = [
        line
        for found in lines
        for line in found
        if line and (len(found) == 1 or _MAYBE_URL.search(line))
    ]
    every_line = [line for found in lines for line in found if line]
    candidates = set(_repeated_strings(judged, every_line)) | _repeated_inner_lines(lines)
    repeated = sorted(
        (text for text in candidates if re.sub(r"\d+", "#", text) not in edge_shapes),
        key=len,
        reverse=True,
    )

    dated, marked = _kept_by_neighbours(every_line)
    page = _Page(every_line)
    previous = ""
    title = ""
    kept: list[TextBlock] = []
    position = 0
    for block, found in zip(originals, lines, strict=True):
        cleaned = []
        for line in found:
            is_text = (position in dated, position in marked)
            where = page.where(position)
            # Half of a wrapped sentence is not furniture at an edge: only a line that could
            # stand alone as furniture is judged by the edge's rules.
            if len(found) > 1 and where in ("top", "bottom") and not furniture_shaped(line):
                where = ""
            player = position in page.players
            position += bool(line)
            text = _clean_line(line, block, repeated, edge_shapes, removals, is_text)
            text = _clean_furniture(text, where, page.keywords_paired, removals, player)
            # A page's title standing twice (its <title>, then its heading) is one title; a
            # line repeated below it (a refrain) is text.
            repeat = text and text == title and previous == title and where == "top"
            if repeat and removals.allowed("repeated-title"):
                removals.note("repeated-title", "title repeated", text)
                text = ""
            previous = text or previous
            title = title or text
            if text:
                cleaned.append(text)
        if cleaned:
            kept.append(replace(block, text="\n".join(cleaned)))
    return tuple(kept), removals.result()


_MIN_HALF = 2


class _Page:
    """Where each line stands, before the text's first sentence or after its last one (where
    pages put their furniture), counted in its own language (a page may give the Chinese whole,
    then the English); whether both languages have keyword lines; which lone times stand
    beside another (a player's)."""

    def __init__(self, lines: list[str]) -> None:
        self.scripts = [_script(line) for line in lines]
        body = [index for index, line in enumerate(lines) if is_body(line)]
        self.bounds: dict[str, tuple[int, int]] = {}
        everywhere = (body[0], body[-1]) if body else (-1, len(lines))
        own = {s: [i for i in body if self.scripts[i] == s] for s in ("zh", "en")}
        # Halves, not pairs: each language has sentences and none stands among the other's.
        halves = all(len(found) >= _MIN_HALF for found in own.values()) and (
            own["zh"][-1] < own["en"][0] or own["en"][-1] < own["zh"][0]
        )
        for script in ("zh", "en", ""):
            found = own.get(script, [])
            self.bounds[script] = (found[0], found[-1]) if halves and found else everywhere
        keywords = {_script(line) for line in lines if is_keyword_line(line)}
        self.keywords_paired = {"zh", "en"} <= keywords
        lone = [is_lone_time(line) for line in lines]
        self.players = {
            index
            for index, alone in enumerate(lone)
            if alone and any(0 <= i < len(lines) and lone[i] for i in (index - 1, index + 1))
        }

    def where(self, position: int) -> str:
        """ "top", "bottom", "first" (the first sentence) or "" for the line at `position`."""
        first, last = self.bounds[self.scripts[position]]
        if position < first:
            return "top"
        if position == first:
            return "first"
        return "bottom" if position > last else ""


def _clean_furniture(
    text: str, where: str, keywords_paired: bool, removals: _Removals, player: bool = False
) -> str:
    """A line without the page furniture it is or carries (see furniture.py): whole lines go,
    a credit glued after the last sentence goes, a column name glued before a title or the
    first paragraph goes. `player`: a lone time beside another (a player's times)."""
    if not text:
        return ""
    edge = where in ("top", "bottom")
    found = furniture(text, edge=edge, keywords_paired=keywords_paired)
    if found is None and edge and player:
        found = TOOLS
    if found is not None and removals.allowed(found[0]):
        removals.note(found[0], found[1], text)
        return ""
    tail = credit_tail(text)
    if tail is not None and removals.allowed("credit-line"):
        removals.note("credit-line", "editor, author or translator line", tail.strip())
        text = text[: -len(tail)].rstrip()
    if where in ("top", "first"):
        label = column_label(text)
        if label is not None and removals.allowed("column-label"):
            removals.note("column-label", "label before a title", label.strip())
            text = text[len(label) :].lstrip()
    return text


def _clean_line(
    text: str,
    block: TextBlock,
    repeated: list[str],
    edge_shapes: set[str],
    removals: _Removals,
    is_text: tuple[bool, bool] = (False, False),
) -> str:
    """One line without its boilerplate ("" when all of it is). `is_text` says its neighbours
    show a timed line or a line with > marks to be text (see `_kept_by_neighbours`)."""
    text = _strip_repeated(text, repeated, removals)
    if not text:
        return ""
    if block.page is not None:
        shape = re.sub(r"\d+", "#", text)
        if _PAGE_NUMBER.match(text) and removals.allowed("page-number"):
            removals.note("page-number", "page number", text)
            return ""
        if shape in edge_shapes:
            key = _key("header-footer", shape)
            if removals.allowed(key):
                removals.note(key, "header/footer", text)
                return ""
    if _is_url_only(text) and removals.allowed("url"):
        removals.note("url", "url", text)
        return ""
    if not is_text[1] and _is_breadcrumb(text) and removals.allowed("breadcrumb"):
        removals.note("breadcrumb", "site navigation trail", text)
        return ""
    if _is_date_line(text, is_text[0]) and removals.allowed("date-line"):
        removals.note("date-line", "date line", text)
        return ""
    source_line = _SOURCE_LINE.match(text) and len(text) <= _MAX_BOILERPLATE
    if source_line and removals.allowed("source-line"):
        removals.note("source-line", "source line", text)
        return ""
    text = _strip_related(text, removals)
    return _strip_leading_url(_strip_trailing_url(text, removals), removals)


def _strip_related(text: str, removals: _Removals) -> str:
    """A "related reading" link line, standing alone or glued after the last sentence."""
    if not removals.allowed("related-link"):
        return text
    if _RELATED.match(text) and len(text) <= _MAX_BOILERPLATE:
        removals.note("related-link", "related-reading link", text)
        return ""
    tail = _tail(text)
    if tail and _RELATED.match(tail) and text.endswith(tail):
        removals.note("related-link", "related-reading link", tail)
        return text[: len(text) - len(tail)].rstrip()
    return text


def _strip_repeated(text: str, repeated: list[str], removals: _Removals) -> str:
    """Take repeated strings off the block: whole, glued to its end, or standing at its start."""
    changed = True
    while changed and text:
        changed = False
        for item in repeated:
            if not (text.endswith(item) or text.startswith(item)):
                continue
            key = _key("watermark", item)
            if not removals.allowed(key):
                continue
            if text == item or text.endswith(item) or text.startswith(item):
                removals.note(key, "watermark (repeated text)", item)
                if text == item:
                    return ""
                text = text[: -len(item)] if text.endswith(item) else text[len(item) :]
                text = text.strip()
                changed = True
                break
    return text


def _strip_trailing_url(text: str, removals: _Removals) -> str:
    """A bare link glued after the last sentence goes; a link inside a sentence stays."""
    tail = _tail(text)
    if tail and _is_url_only(tail) and removals.allowed("url"):
        removals.note("url", "url", tail)
        return text[: len(text) - len(tail)].rstrip() if text.endswith(tail) else text
    return text


_LEADING_URL = re.compile(r"^(?:https?://|www\.)\S+\s+(?=[\u4e00-\u9fffA-Z\u3000])")


def _strip_leading_url(text: str, removals: _Removals) -> str:
    """A bare link standing before the text (an image or ad address pasted with it) goes."""
    match = _LEADING_URL.match(text)
    if match and removals.allowed("url"):
        removals.note("url", "url", match.group().strip())
        return text[match.end() :]
    return text
