"""Fixtures for the reader tests: the seed's lines, and real PDFs written by Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must not look for a screen; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    """The seed as text."""
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture
def seed_lines(seed_text: str) -> list[str]:
    """The seed's non-empty lines, stripped: what a line reader must give back."""
    return [line.strip() for line in seed_text.splitlines() if line.strip()]


def write_qt_pdf(path: Path, text: str) -> Path:
    """A PDF with a real text layer, laid out by QTextDocument (needs a QGuiApplication)."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)
    return path


def write_blank_pdf(path: Path) -> Path:
    """A PDF whose only page holds a drawn rectangle and no text, like a scanned image."""
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawRect(100, 100, 2000, 2000)
    painter.end()
    return path


def write_type3_pdf(path: Path, lines: list[str], *, helvetica: tuple[str, ...] = ()) -> Path:
    """A PDF whose text is drawn in a Type3 font as METAFONT bitmap fonts in LaTeX PDFs are.

    The font has no ToUnicode map and one glyph whose name is outside Adobe's glyph list, so
    pypdf's layout mode cannot measure it and leaves it out, while plain mode reads the text.
    `helvetica` lines come first, in a standard font that layout mode reads.
    """
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
    )

    def stream(data: bytes) -> DecodedStreamObject:
        made = DecodedStreamObject()
        made.set_data(data)
        return made

    def glyph(char: str) -> str:
        return {" ": "space", ".": "period", ",": "comma"}.get(char, char)

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    chars = sorted(set("".join(lines)))
    procs = DictionaryObject(
        {
            NameObject("/" + glyph(char)): writer._add_object(
                stream(b"500 0 0 0 450 700 d1 0 0 450 700 re f")
            )
            for char in chars
        }
    )
    procs[NameObject("/ch127")] = writer._add_object(stream(b"500 0 d0"))
    differences = ArrayObject()
    for char in chars:
        differences += [NumberObject(ord(char)), NameObject("/" + glyph(char))]
    scale = FloatObject(0.001)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type3"),
            NameObject("/FontBBox"): ArrayObject([NumberObject(n) for n in (0, 0, 500, 700)]),
            NameObject("/FontMatrix"): ArrayObject(
                [scale, *[NumberObject(0)] * 2, scale] + [NumberObject(0)] * 2
            ),
            NameObject("/CharProcs"): procs,
            NameObject("/Encoding"): DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Encoding"),
                    NameObject("/Differences"): differences,
                }
            ),
            NameObject("/FirstChar"): NumberObject(32),
            NameObject("/LastChar"): NumberObject(127),
            NameObject("/Widths"): ArrayObject([NumberObject(500)] * 96),
        }
    )
    helv = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject(
        {NameObject("/T3"): writer._add_object(font), NameObject("/H"): writer._add_object(helv)}
    )
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    drawn = [(b"/H", line) for line in helvetica] + [(b"/T3", line) for line in lines]
    shows = b"".join(
        b"BT %s 10 Tf 72 %d Td (%s) Tj ET\n" % (font, 720 - 14 * row, line.encode("ascii"))
        for row, (font, line) in enumerate(drawn)
    )
    page[NameObject("/Contents")] = writer._add_object(stream(shows))
    writer.write(path)
    return path
