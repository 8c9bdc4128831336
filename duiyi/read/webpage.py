"""Saved web pages: the article's text, without menus, scripts, comments, sidebars or footers.

Readability-style: page furniture is dropped by tag, role and class name, link lists by link
density; then the reader walks down from <body> into whichever child holds most of the remaining
text, and takes the blocks of the container where the text stops being in one child.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from duiyi.document import SourceText, TextBlock
from duiyi.errors import InvalidInput, UnsupportedFormat
from duiyi.read.encoding import decode

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_DROP_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "math",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "menu",
        "menuitem",
        "button",
        "select",
        "input",
        "textarea",
        "label",
        "dialog",
        "audio",
        "video",
        "map",
    ]
)
_DROP_ROLES = frozenset(
    [
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "menu",
        "menubar",
        "search",
        "dialog",
        "alert",
    ]
)
# Class and id words of page furniture, and of the article (which wins when both appear).
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|header|masthead|sidebar|side|breadcrumbs?|comments?|"
    r"share|sharing|social|ads?|advert\w*|sponsor\w*|related|recommend\w*|cookies?|popup|modal|"
    r"login|signup|subscribe|newsletter|copyright|toolbar|pagination|pager|tags|widget)"
    r"(?:$|[\s_-])",
    re.I,
)
_ARTICLE = re.compile(r"article|content|main|post|entry|text|body|story", re.I)
_BLOCK_TAGS = frozenset(
    [
        "html",
        "body",
        "div",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "pre",
        "blockquote",
        "section",
        "article",
        "main",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "address",
        "hr",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
    ]
)
# Containers the walk stops at: below them there is one paragraph, not an article.
_LEAF_BLOCKS = frozenset(
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dt", "dd", "a", "span"]
)
_LINK_DENSE_TAGS = frozenset(["div", "ul", "ol", "dl", "section", "table", "p", "li", "td"])
_MAIN_SHARE = 0.7
_HAN_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")
_SPACES = re.compile(r"\s+")
# Where a <br> stood while the text is gathered (the page's own line ends are spaces).
_BREAK = "\x00"
_BLANK_LINE = re.compile(f"{_BREAK}\\s*{_BREAK}")
_CJK_GAP = re.compile(
    "(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Whole tags only: "<body" alone, not closed before the next "<", is text ("<BODY 正文").
_PAGE = re.compile(r"<\s*(?:!doctype\s+html|html|body)\b[^<>]*>", re.I)
_MARKUP = re.compile(r"<\s*(?:!doctype|html|head|body|p|div|br|span|table|h[1-6])\b[^<>]*>", re.I)
# What browsers do with the labels pages use: GB2312 and GBK pages are really GB18030.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}


def is_page(text: str) -> bool:
    """True when a text file is really a saved web page: it opens with markup or names <html>."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return _PAGE.search(head) is not None or (head.startswith("<") and has_markup(head))


def has_markup(text: str) -> bool:
    """True when `text` looks like HTML (a page saved with a .txt name, for instance)."""
    return _MARKUP.search(text[:4096]) is not None


def decode_page(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    """The page's text and encoding: the user's choice, a BOM, <meta charset>, or detection."""
    if encoding is None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:8192])
        if declared is not None:
            label = declared.group(1).decode("ascii", "replace").lower()
            codec = _CHARSET_ALIASES.get(label, label)
            try:
                return data.decode(codec), label
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown label: detect as for any text
    return decode(data, name, encoding)


def read_html(data: bytes, name: str, encoding: str | None = None) -> SourceText:
    """The article text of a saved web page, one block per paragraph, line or table cell."""
    text, used = decode_page(data, name, encoding)
    return source_from_html(text, name, used)


def source_from_html(text: str, name: str, encoding: str | None) -> SourceText:
    """The SourceText of a page's decoded markup."""
    blocks = html_blocks(text, name)
    if not blocks:
        raise InvalidInput(f"{name} has no article text in it.")
    return SourceText(name=name, format="html", encoding=encoding, blocks=tuple(blocks))


def html_blocks(text: str, name: str) -> list[TextBlock]:
    """The blocks of the page's main text."""
    import lxml.html
    from lxml.etree import LxmlError, ParserError

    if not text.strip():
        return []
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except ParserError:
        return []  # "Document is empty": nothing but whitespace or markup
    except (LxmlError, ValueError) as error:
        raise UnsupportedFormat(f"{name} is not a readable web page ({error}).") from None
    try:
        _drop_furniture(root)
        totals, links = _weights(root)
        if _drop_link_lists(root, totals, links):
            totals, links = _weights(root)
        body = root.find("body")
        container = _main_container(body if body is not None else root, totals, links)
        return _Extractor().blocks(container, root)
    except RecursionError:
        raise UnsupportedFormat(f"{name} is nested too deeply to read.") from None


def _tag(element: HtmlElement) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _drop_furniture(root: HtmlElement) -> None:
    doomed = []
    for element in root.iter():
        tag = _tag(element)
        if not tag:
            doomed.append(element)  # comments and processing instructions left by the parser
            continue
        if tag in {"html", "body"}:
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}".strip()
        style = element.get("style", "").replace(" ", "").lower()
        if tag == "header" and any(
            _tag(up) in {"article", "main"} for up in element.iterancestors()
        ):
            continue  # an article's own header holds its title
        if (
            tag in _DROP_TAGS
            or element.get("role", "").lower() in _DROP_ROLES
            or element.get("hidden") is not None
            or element.get("aria-hidden", "").lower() == "true"
            or "display:none" in style
            or "visibility:hidden" in style
            or (names and _FURNITURE.search(names) and not _ARTICLE.search(names))
        ):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _weight(text: str | None) -> int:
    if not text:
        return 0
    # Han characters count double, so a Chinese paragraph weighs about as much as its English.
    return 2 * len(text) - text.count(" ") - text.count("\n") - len(_HAN_RUN.sub("", text))


def _weights(root: HtmlElement) -> tuple[dict[HtmlElement, int], dict[HtmlElement, int]]:
    """Text weight of every element's subtree, and how much of it is inside links."""
    totals: dict[HtmlElement, int] = {}
    links: dict[HtmlElement, int] = {}
    for element in reversed(list(root.iter())):
        total = _weight(element.text)
        linked = 0
        for child in element:
            total += totals.get(child, 0) + _weight(child.tail)
            linked += links.get(child, 0)
        totals[element] = total
        links[element] = total if _tag(element) == "a" else linked
    return totals, links


def _drop_link_lists(
    root: HtmlElement, totals: dict[HtmlElement, int], links: dict[HtmlElement, int]
) -> bool:
    doomed = [
        element
        for element in root.iter()
        if _tag(element) in _LINK_DENSE_TAGS
        and totals.get(element, 0) > 0
        and links.get(element, 0) > 0.5 * totals[element]
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return bool(doomed)


def _main_container(
    node: HtmlElement, totals: dict[HtmlElement, int], links: dict[HtmlElement, int]
) -> HtmlElement:
    def plain(element: HtmlElement) -> int:
        return totals.get(element, 0) - links.get(element, 0)

    while True:
        children = [child for child in node if _tag(child)]
        if not children:
            return node
        best = max(children, key=plain)
        if _tag(best) in _LEAF_BLOCKS or plain(best) < _MAIN_SHARE * plain(node):
            return node
        node = best


class _Extractor:
    """Walks a container: block elements end blocks, <br> ends a line inside one; table rows
    become paired cells."""

    def __init__(self) -> None:
        self.blocks_found: list[TextBlock] = []
        self.parts: list[str] = []
        self.next_row = 0

    def blocks(self, container: HtmlElement, root: HtmlElement) -> list[TextBlock]:
        title = self._title_outside(container, root)
        if title:
            self.blocks_found.append(TextBlock(title))
        self._walk(container, top=True)
        self._flush()
        return self.blocks_found

    @staticmethod
    def _title_outside(container: HtmlElement, root: HtmlElement) -> str:
        # The article's <h1> often sits above the container that holds its paragraphs.
        if container.find(".//h1") is not None:
            return ""
        for heading in root.iter("h1"):
            if container in heading.iterancestors():
                return ""
            return _clean(heading.text_content())
        return ""

    def _flush(self) -> None:
        gathered = "".join(self.parts)
        self.parts.clear()
        # <br><br> sets paragraphs apart, as a blank line does in a text file.
        for chunk in _BLANK_LINE.split(gathered):
            text = _clean(chunk)
            if text:
                self.blocks_found.append(TextBlock(text))

    def _walk(self, element: HtmlElement, *, top: bool = False) -> None:
        tag = _tag(element)
        if tag == "br":
            # A line break inside a paragraph, as in a text file: the cleaner decides whether
            # it ends a paragraph, changes language or only wraps a line.
            self.parts.append(_BREAK)
        elif tag == "tr" and self._paired_row(element):
            pass
        elif tag == "pre":
            self._flush()
            for line in element.text_content().splitlines():
                self.parts.append(line)
                self._flush()
        else:
            block = tag in _BLOCK_TAGS
            if block:
                self._flush()
            if element.text:
                self.parts.append(element.text)
            for child in element:
                self._walk(child)
            if block:
                self._flush()
        if not top and element.tail:
            self.parts.append(element.tail)

    def _paired_row(self, row: HtmlElement) -> bool:
        cells = [cell for cell in row if _tag(cell) in {"td", "th"}]
        if len(cells) < 2 or any(cell.find(".//table") is not None for cell in cells):
            return False
        texts = [self._cell_text(cell) for cell in cells]
        texts = [text for text in texts if text]
        if len(texts) < 2:
            return False
        self._flush()
        self.blocks_found.extend(TextBlock(text, row=self.next_row) for text in texts)
        self.next_row += 1
        return True

    @staticmethod
    def _cell_text(cell: HtmlElement) -> str:
        inner = _Extractor()
        inner._walk(cell, top=True)
        inner._flush()
        return "\n".join(block.text for block in inner.blocks_found)


def _clean(text: str) -> str:
    """The text with runs of spaces and source line ends as one space; <br> a line break."""
    if _BREAK in text:
        lines = (_clean_line(line) for line in text.split(_BREAK))
        return "\n".join(line for line in lines if line)
    return _clean_line(text)


def _clean_line(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return _CJK_GAP.sub("", text) if " " in text else text
