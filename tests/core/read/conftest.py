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
