"""Printed drill sheets: a worksheet and its answer key as PDF, through Qt's QTextDocument and
QPdfWriter (which embed the CJK font they render with). Every user text is escaped.

Needs a QGuiApplication (the offscreen platform is enough).
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
)

from duiyi.anki.atomic import check_target
from duiyi.drill.build import Drill, DrillItem, MatchingGroup
from duiyi.drill.formats.export import write_whole
from duiyi.drill.terms import Direction

# Fonts that hold simplified Chinese, best first; any other CJK family the system has comes next.
_CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                 "PingFang SC", "SimSun")  # fmt: skip
_MARGIN_MM = 15.0
_BLANK = "_" * 28
_GAP = "<p style='font-size:5pt'>&nbsp;</p>"
# Qt's rich text takes table spacing from attributes, not from CSS.
_FULL = "width='100%' cellspacing='0' cellpadding='4'"


class PaperSize(enum.Enum):
    """The paper the school prints on."""

    A4 = "a4"
    LETTER = "letter"


class SheetKind(enum.Enum):
    """What the students do on paper: fill blanks, circle a letter, or match two columns."""

    BLANKS = "blanks"
    CHOICE = "mc"
    MATCHING = "matching"


@dataclass(frozen=True)
class SheetHeader:
    """The top of the sheet: the title, the class, the date and the version (A, B, ...)."""

    title: str = "Vocabulary drill 词汇练习"
    class_name: str = ""
    date: str = ""
    version: str = "A"


def _e(text: str) -> str:
    return html.escape(" ".join(text.split()))


_STYLE = """
<style>
  body { font-size: 11pt; }
  h1 { font-size: 16pt; margin-bottom: 2pt; }
  td { vertical-align: top; }
  .prompt { font-size: 13pt; }
  .dir { color: #555555; font-size: 9pt; }
</style>
"""


def _header(header: SheetHeader, *, key: bool) -> str:
    title = _e(header.title) + (" — answer key 答案" if key else "")
    meta = (
        f"<td width='45%'>Class 班级: {_e(header.class_name) or '_' * 16}</td>"
        f"<td width='35%'>Date 日期: {_e(header.date) or '_' * 12}</td>"
        f"<td width='20%'>Version 卷: {_e(header.version)}</td>"
    )
    name = "" if key else "<p>Name 姓名: " + "_" * 30 + "</p>"
    return f"<h1>{title}</h1><table {_FULL}><tr>{meta}</tr></table>{name}<hr/>"


def _ask(item: DrillItem) -> str:
    if item.direction is Direction.ZH_EN:
        return "<span class='dir'>English:</span>"
    return "<span class='dir'>中文:</span>"


def _blanks(items: Iterable[DrillItem]) -> str:
    rows = "".join(
        f"<tr><td width='7%' nowrap>{item.number}.</td>"
        f"<td width='43%' class='prompt'>{_e(item.prompt)}</td>"
        f"<td width='50%'>{_ask(item)} {_BLANK}</td></tr>"
        for item in items
    )
    return f"<table {_FULL.replace('4', '7')}>{rows}</table>"


def _choices(items: Iterable[DrillItem]) -> str:
    parts = []
    for item in items:
        options = [f"{chr(65 + i)}. {_e(option)}" for i, option in enumerate(item.options)]
        rows = [f"<tr><td colspan='2' class='prompt'>{item.number}. {_e(item.prompt)}</td></tr>"]
        for start in range(0, len(options), 2):  # two options a row
            pair = options[start : start + 2]
            rows.append("<tr>" + "".join(f"<td width='50%'>{o}</td>" for o in pair) + "</tr>")
        parts.append(f"<table {_FULL}>{''.join(rows)}</table>{_GAP}")
    return "".join(parts)


def _matching(groups: Iterable[MatchingGroup]) -> str:
    parts = []
    for group in groups:
        rows = []
        for index, item in enumerate(group.items):
            right = group.column[index]
            rows.append(
                f"<tr><td width='7%' nowrap>{item.number}.</td>"
                f"<td width='36%' class='prompt'>{_e(item.prompt)}</td>"
                f"<td width='9%'>(&nbsp;&nbsp;&nbsp;&nbsp;)</td>"
                f"<td width='48%'>{chr(65 + index)}. {_e(right)}</td></tr>"
            )
        parts.append(f"<table {_FULL}>{''.join(rows)}</table>{_GAP}")
    return "".join(parts)


def worksheet_html(drill: Drill, kind: SheetKind, header: SheetHeader) -> str:
    """The worksheet as the HTML given to QTextDocument (user text escaped)."""
    if kind is SheetKind.CHOICE:
        body = _choices(drill.items)
    elif kind is SheetKind.MATCHING:
        body = _matching(drill.groups)
    else:
        body = _blanks(drill.items)
    return f"<html><head>{_STYLE}</head><body>{_header(header, key=False)}{body}</body></html>"


def key_html(drill: Drill, kind: SheetKind, header: SheetHeader) -> str:
    """The answer key as HTML: each item's number, prompt and answer (its letter, when lettered)."""
    rows = []
    if kind is SheetKind.MATCHING:
        for group in drill.groups:
            for item in group.items:
                rows.append((item.number, item.prompt, f"{group.letter_of(item)}. {item.answer}"))
    elif kind is SheetKind.CHOICE:
        rows = [(i.number, i.prompt, f"{i.right_letter}. {i.answer}") for i in drill.items]
    else:
        rows = [(i.number, i.prompt, " / ".join(a.text for a in i.accepted)) for i in drill.items]
    cells = "".join(
        f"<tr><td nowrap>{number}.</td><td>{_e(prompt)}</td><td>{_e(answer)}</td></tr>"
        for number, prompt, answer in rows
    )
    body = f"<table cellspacing='0' cellpadding='4'>{cells}</table>"
    return f"<html><head>{_STYLE}</head><body>{_header(header, key=True)}{body}</body></html>"


def cjk_family() -> str:
    """A font family that holds simplified Chinese, so the PDF shows (and embeds) it."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for family in _CJK_FAMILIES:
        if family in families:
            return family
    return families[0] if families else QFont().family()


def _keep_tables_whole(document: QTextDocument) -> None:
    """Start a table (an item with its options, a matching group) on a new page rather than
    split it, unless it is taller than a page."""
    page = document.pageSize().height()
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if rect.height() < page and int(rect.top() // page) != int((rect.bottom() - 1) // page):
            frame_format = frame.frameFormat()
            frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(frame_format)


def pdf_bytes(markup: str, paper: PaperSize, *, title: str) -> bytes:
    """`markup` laid out on `paper` with 15 mm margins, as the bytes of a PDF."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size = QPageSize.PageSizeId.A4 if paper is PaperSize.A4 else QPageSize.PageSizeId.Letter
    writer.setPageSize(QPageSize(size))
    writer.setPageMargins(QMarginsF(*[_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Duiyi")
    document = QTextDocument()
    # Laid out on the writer itself, so the page breaks seen here are the printed ones.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(cjk_family(), 11))
    document.setHtml(markup)
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    _keep_tables_whole(document)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def print_drill(
    drill: Drill,
    kind: SheetKind,
    *,
    sheet: Path,
    key: Path,
    header: SheetHeader,
    paper: PaperSize = PaperSize.A4,
) -> None:
    """Write the worksheet and its answer key as two PDFs, each whole or not at all."""
    for path in (sheet, key):
        check_target(path)
    sheet_pdf = pdf_bytes(worksheet_html(drill, kind, header), paper, title=header.title)
    key_pdf = pdf_bytes(key_html(drill, kind, header), paper, title=header.title)
    write_whole(sheet, sheet_pdf)
    write_whole(key, key_pdf)
