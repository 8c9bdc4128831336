"""Safe rich text: user text is escaped; only the highlighting Duiyi adds is markup."""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Span = tuple[int, int]


def _ink(background: str) -> str:
    """Dark or light text, whichever reads on `background` (#rrggbb)."""
    if not (background.startswith("#") and len(background) == 7):
        return "inherit"
    red, green, blue = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    return "#1f2328" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "#f2f2f2"


def ink_on(background: str) -> str:
    """The text colour that reads on `background` (#rrggbb), for legends and chips."""
    return _ink(background)


def highlight_html(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """`text` escaped, with each (start, end, css colour) span wrapped in a highlight."""
    pieces: list[str] = []
    cursor = 0
    for start, end, color in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if start < cursor:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(
            f'<span style="background-color:{color}; color:{_ink(color)}">'
            f"{html.escape(text[start:end])}</span>"
        )
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly: Qt renders a tooltip that looks like markup as
    rich text, so the text goes in escaped, inside markup that keeps its line breaks."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def find_all(text: str, needle: str) -> list[Span]:
    """Every place `needle` stands in `text`: Chinese anywhere, English as whole words only
    (so "un" is not found inside "countries"), case-insensitive."""
    needle = needle.strip()
    if not needle:
        return []
    if needle.isascii():
        pattern = re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", re.IGNORECASE)
        return [m.span() for m in pattern.finditer(text)]
    spans: list[Span] = []
    start = text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans


_WORD = re.compile(r"\w+")


class TermMatcher:
    """Finds many terms in a text in one pass, as find_all finds one: Chinese anywhere,
    English as whole words, case-insensitive. Cost grows with the text, not the term list."""

    def __init__(self, terms: Iterable[str]) -> None:
        cleaned = {term.strip() for term in terms if term and term.strip()}
        self.chinese = {term for term in cleaned if not term.isascii()}
        self.lengths = sorted({len(term) for term in self.chinese}, reverse=True)
        self.english = {" ".join(term.lower().split()) for term in cleaned if term.isascii()}
        self.max_words = max((len(_WORD.findall(term)) for term in self.english), default=0)

    def spans(self, text: str) -> list[Span]:
        """Where the terms stand in `text`, longest first at each place."""
        found: list[Span] = []
        if self.chinese:
            for start in range(len(text)):
                for size in self.lengths:
                    if text[start : start + size] in self.chinese:
                        found.append((start, start + size))
                        break
        if self.english:
            words = [m.span() for m in _WORD.finditer(text)]
            lowered = text.lower()
            for i, (start, _end) in enumerate(words):
                for last in range(min(i + self.max_words, len(words)) - 1, i - 1, -1):
                    end = words[last][1]
                    if " ".join(lowered[start:end].split()) in self.english:
                        found.append((start, end))
                        break
        return found


HTML_ROLE = Qt.ItemDataRole.UserRole + 50
"""Model role holding ready-made (escaped) HTML for HtmlDelegate."""


LAID_OUT_CELLS = 300
"""Cells an HtmlDelegate keeps laid out: a few screens' worth."""


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's HTML_ROLE markup (already escaped) instead of its plain text; with
    wrap=False each line stays one line, cut at the cell's edge."""

    def __init__(self, parent: QObject | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self.wrap = wrap
        # laid-out cells by (font, width, markup): a row is measured and then painted, and
        # repainted on every selection change; long paragraphs are costly to lay out again
        self._laid_out: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, markup: str, width: float) -> QTextDocument:
        key = (option.font.key(), int(width), markup)
        doc = self._laid_out.get(key)
        if doc is not None:
            self._laid_out.move_to_end(key)
            return doc
        doc = self._lay_out(option, markup, width)
        self._laid_out[key] = doc
        if len(self._laid_out) > LAID_OUT_CELLS:
            self._laid_out.popitem(last=False)
        return doc

    def _lay_out(self, option: QStyleOptionViewItem, markup: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        if not self.wrap:
            text_option = QTextOption()
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            doc.setDefaultTextOption(text_option)
        doc.setHtml(markup)
        doc.setTextWidth(width)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, str(markup), opt.rect.width() - 8)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 8, opt.rect.height() - 4))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        markup = index.data(HTML_ROLE)
        if not markup:
            return super().sizeHint(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 400
        doc = self._document(option, str(markup), width - 8)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4)
