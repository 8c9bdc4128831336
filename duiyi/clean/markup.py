"""Markup inside text files: front matter, code, style blocks, HTML tags and Markdown syntax.

Blog posts and study notes saved as .md or .txt carry it; left in, it is paired as text and
its line-start markers ("> ", "## ") hide the language of a line. Each kind is removed under
its own key, reported with examples, and kept in when the user passes that key back.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable
from dataclasses import replace

from duiyi.clean.removals import Removals
from duiyi.document import Removal, TextBlock
from duiyi.read.glossary import is_header

_FRONT_MATTER = re.compile(r"^(---|\+\+\+)\n(?:.*\n)*?\1$")
_FENCE = re.compile(r"^(```|~~~)")
_STYLE = re.compile(r"^<(style|script)\b.*</\1\s*>$", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_BOX = re.compile(r"^:::")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_TABLE_ROW = re.compile(r"^\|.*\|$")
# A table row saved as text may lose one of its edge pipes ("中文 | English | |"); it is still a
# row when a pipe stands at either edge and two cells hold text. Under a |---| rule, a row needs
# no edge pipe at all ("中文 | English").
_EDGE_PIPE = re.compile(r"^\||\|$")
_MIN_CELLS = 2
_HEADING = re.compile(r"^#{1,6}\s+")
_QUOTE = re.compile(r"^(?:>\s?)+")
_REFERENCE = re.compile(r"^\[[^\]\n]+\]:\s*\S+")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_EMPHASIS = re.compile(
    r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
    r"|`([^`\n]+)`"
)
# Tags that end a line of text where they stand; other tags just vanish.
_BLOCK_TAG = re.compile(
    r"</?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|hr)\b[^<>]*>",
    re.I,
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
# Backslashes a web page's script put before quotes (\" \\\' \’) and that a save or copy kept.
# Matched from the first backslash of a run only: from every one, a long run backtracks.
_ESCAPED_QUOTE = re.compile(r"(?<!\\)\\+(?=[\"'“”‘’])")

_BLOCK_KINDS = {
    "front-matter": "front matter (--- block at the top)",
    "code-block": "code block",
    "style-block": "style or script block",
}
_LINE_KINDS = {
    "html-tags": "HTML tags",
    "markdown-box": "Markdown box marker (:::)",
    "markdown-rule": "Markdown rule line",
    "markdown-table": "Markdown table lines",
    "markdown-heading": "Markdown heading marks (#)",
    "markdown-quote": "Markdown quote marks (>)",
    "markdown-link": "Markdown links and images",
    "markdown-emphasis": "Markdown emphasis (** _ `)",
    "escaped-quotes": "backslashes before quotes",
}


def _whole_block(block: TextBlock, first: bool) -> str | None:
    """The key of the kind of markup the whole block is, or None."""
    text = block.text
    if first and _FRONT_MATTER.match(text):
        return "front-matter"
    if _FENCE.match(text) and text.rstrip().endswith(text[:3]) and "\n" in text:
        return "code-block"
    if _STYLE.match(text) or _COMMENT.fullmatch(text):
        return "style-block"
    return None


class _Line:
    """One line's markup taken off, each kind only when the user allows it."""

    def __init__(self, removals: Removals) -> None:
        self.removals = removals
        self.touched: set[str] = set()

    def _note(self, key: str, text: str) -> None:
        # Counted once per line and kind, so the report says how many lines carried it.
        if key not in self.touched:
            self.touched.add(key)
            self.removals.note(key, _LINE_KINDS.get(key) or _BLOCK_KINDS[key], text)

    def _take(self, key: str, pattern: re.Pattern[str], text: str, into: str | None = None) -> str:
        if not self.removals.allowed(key):
            return text
        match = pattern.search(text)
        if match is None:
            return text
        self._note(key, match.group())
        return pattern.sub(into if into is not None else "", text)

    def clean(
        self, line: str, above_rule: bool = False, in_table: bool = False, columns: int = 0
    ) -> list[str]:
        """The line without markup: no line, the line, or several (a table row, a <br/>).
        `above_rule` says the next line is a table's |---| rule, so this row may name columns;
        `in_table` that the line is in a table with a rule, so a line with a pipe is a row,
        when it parts as many cells as the rule's `columns`."""
        self.touched = set()
        if "<!--" in line and self.removals.allowed("style-block"):
            stripped = _COMMENT.sub("", line)
            if stripped != line:
                self._note("style-block", line)
                line = stripped
        for key, pattern in (
            ("markdown-box", _BOX),
            ("markdown-rule", _RULE),
            ("markdown-table", _TABLE_RULE),
            ("markdown-link", _REFERENCE),
        ):
            if pattern.match(line) and self.removals.allowed(key):
                self._note(key, line)
                return []
        line = self._take("markdown-quote", _QUOTE, line)
        line = self._take("markdown-heading", _HEADING, line)
        if "<" in line and ">" in line:
            line = self._take("html-tags", _BLOCK_TAG, line, "\n")
            line = self._take("html-tags", _TAG, line)
        if "&" in line and self.removals.allowed("html-tags") and _ENTITY.search(line):
            line = html.unescape(line).replace("\u00a0", " ")
        if "\\" in line:
            line = self._take("escaped-quotes", _ESCAPED_QUOTE, line)
        if "[" in line:
            line = self._take("markdown-link", _IMAGE, line)
            line = self._take("markdown-link", _LINK, line, r"\1")
        if any(mark in line for mark in "*_~`"):
            line = self._emphasis(line)
        parts = [line]
        row = _table_row(line, above_rule or in_table, columns)
        if row and self.removals.allowed("markdown-table"):
            self._note("markdown-table", line)
            parts = line.strip().strip("|").split("|")
            if above_rule and is_header(parts):
                return []  # the row that names the columns ("| 中文 | English |") is not text
        elif self.removals.allowed("list-marks"):
            parts = _list_items(line)
        return [
            stripped for part in parts for piece in part.split("\n") if (stripped := piece.strip())
        ]

    def _emphasis(self, line: str) -> str:
        if not self.removals.allowed("markdown-emphasis"):
            return line

        def inner(match: re.Match[str]) -> str:
            return next(group for group in match.groups()[1:] if group is not None)

        result = _EMPHASIS.sub(inner, line)
        if result != line:
            match = _EMPHASIS.search(line)
            assert match is not None
            self._note("markdown-emphasis", match.group())
        return result


# Pipes around a short term inside a sentence ("|x| 表示x的绝对值"), no cells of a row.
_AROUND_TERM = re.compile(r"\|(?=[^\s|])[^|]{1,12}(?<=[^\s|])\|(?=\s*[^\s|])")
# A pipe parting cells stands at an edge or has a space beside it; "grep a|b" parts none.
_CELL_PIPE = re.compile(r"^\||\|$|\s\||\|\s")


def _cells(line: str) -> int:
    """How many cells of text a row holds."""
    return sum(1 for cell in line.strip().strip("|").split("|") if cell.strip())


def _table_row(line: str, ruled: bool, columns: int = 0) -> bool:
    """Whether a line is a row of a table: pipes at both edges, or at one edge with two pipes
    and two cells of text (or, in a table, a pipe parting as many cells as its rule has)."""
    line = line.strip()
    if _TABLE_ROW.match(line):
        return True
    if "|" not in line or _AROUND_TERM.search(line) or not _CELL_PIPE.search(line):
        return False
    if ruled:
        return _cells(line) >= max(columns, _MIN_CELLS)
    return bool(_EDGE_PIPE.search(line)) and line.count("|") >= _MIN_CELLS and _cells(line) >= 2


# Bullets a copy ran together on one line ("➤ 粮食产量Grain output➤ 赤字率..."): a line that
# starts with a bullet character and has the same one again after some text is a list, one
# item per bullet. A middle dot (·) parts names, and a row of marks with no text between them
# ("★★★") is a rating, so neither cuts a line. A star also rates inside a sentence ("四★酒店",
# "评分：四★"): only a star with a space after it, as a bullet has, starts an item.
_ITEM_BULLETS = "•▪●◆■➤►▶"
_STAR_ITEM = re.compile(r"(?<=[^★])(?=★\s)")


def _list_items(line: str) -> list[str]:
    """The line cut before each bullet when it is a run of list items; else the line."""
    stripped = line.strip()
    mark = stripped[:1]
    if mark == "★" and stripped[1:2].isspace():
        items = _STAR_ITEM.split(stripped)
    elif mark in _ITEM_BULLETS and stripped.count(mark) >= _MIN_CELLS:
        items = [mark + item for item in stripped[1:].split(mark)]
    else:
        return [line]
    if len(items) < _MIN_CELLS:
        return [line]
    if any(not item[1:].strip() for item in items):
        return [line]
    return items


# A list item's bullet at the start of a paragraph: a Markdown "- ", "+ ", "* " (a space after
# it, so "-3" and "*args" stay) or a bullet character.
_LIST_MARK = re.compile(r"^(?:[-+*]\s+|[•·▪●◆■➤►▶]\s*|★(?!★)\s*)(?=\S)")


def starts_with_bullet(line: str) -> bool:
    """Whether the line starts a list item with a bullet character ("• ", "➤", "★ ")."""
    return line[:1] in _ITEM_BULLETS or line[:2] in ("★ ", "★\u3000")


def remove_list_marks(
    blocks: Iterable[TextBlock], *, keep: Collection[str] = ()
) -> tuple[tuple[TextBlock, ...], tuple[Removal, ...]]:
    """The paragraphs without the bullet they start with, and what was removed. Run after
    wrapped lines are joined: before, a bullet is what tells one list item from the next."""
    removals = Removals(keep)
    kept: list[TextBlock] = []
    for block in blocks:
        match = _LIST_MARK.match(block.text) if removals.allowed("list-marks") else None
        if match is not None and block.text[match.end() :].strip():
            removals.note(
                "list-marks",
                "bullets before list items (- + * • ■ ➤ ★ and the like)",
                match.group().strip(),
            )
            block = replace(block, text=block.text[match.end() :])
        kept.append(block)
    return tuple(kept), removals.result()


def remove_markup(
    blocks: Iterable[TextBlock], *, keep: Collection[str] = ()
) -> tuple[tuple[TextBlock, ...], tuple[Removal, ...]]:
    """The blocks without markup (line breaks kept), and what was removed, keyed for `keep`."""
    removals = Removals(keep)
    cleaner = _Line(removals)
    kept: list[TextBlock] = []
    for index, block in enumerate(blocks):
        whole = _whole_block(block, index == 0)
        if whole is not None:
            if removals.allowed(whole):
                removals.note(whole, _BLOCK_KINDS[whole], block.text)
            else:
                kept.append(block)  # kept as it stands, markup and all
            continue
        raw = [line.strip() for line in block.text.split("\n")]
        lines: list[str] = []
        in_table = False
        columns = 0  # cells per row, as the table's |---| rule has them
        for index, line in enumerate(raw):
            below = raw[index + 1] if index + 1 < len(raw) else ""
            above_rule = bool(_TABLE_RULE.match(below))
            if above_rule and "|" in below:
                columns = _cells(below.replace("-", "x"))
            # A table's rows are the line above its |---| rule and the lines below it, until a
            # line that is no row (no pipe parting cells, fewer cells than the rule) ends it.
            ruled = in_table or (above_rule and "|" in below)
            lines.extend(cleaner.clean(line, above_rule, ruled, columns))
            # A row with an edge pipe starts a table too: the rows after it may have lost theirs.
            in_table = bool(_TABLE_RULE.match(line)) or _table_row(line, ruled, columns)
            if not in_table:
                columns = 0
        if lines:
            kept.append(replace(block, text="\n".join(lines)))
    return tuple(kept), removals.result()
