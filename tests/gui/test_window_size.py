"""The window fits a 1024x700 projector screen with nothing cut off, on every screen and with
long names in it, and never widens itself (the reader's counterpart included)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop.gui.importing import import_path

SMALL = QSize(1024, 700)
LONG = (
    "Report on the Work of the Government delivered at the Second Session of the Fourteenth "
    "National People's Congress"
)


@pytest.fixture
def long_names(collection: Any, seed_path: Path) -> Any:
    """The seed under a long title, a term in a long-named deck with a long tag."""
    summary = import_path(collection, seed_path).value.summary
    collection.candidates.extract(document_id=summary.document_id)
    collection.documents.rename(document_id=summary.document_id, title=LONG)
    deck = collection.decks.create(name=LONG).value
    collection.terms.add(chinese="数字鸿沟", english="digital divide", deck_id=deck.id, tags=[LONG])
    return summary.document_id


def _scrolled(widget: QWidget) -> bool:
    """Whether `widget` sits in a scroll area's viewport (scrolled content may reach past it)."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def _cut_off(window: Any) -> list[str]:
    """Visible widgets of the window reaching outside it."""
    inside = window.rect()
    out = []
    for child in window.findChildren(QWidget):
        if child.isWindow() or not child.isVisible() or _scrolled(child):
            continue
        rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
        if not inside.contains(rect):
            out.append(f"{type(child).__name__} {child.objectName()} {rect} in {inside}")
    return out


def test_every_screen_fits_1024_by_700(qtbot: Any, window: Any, idle: Any, long_names: Any) -> None:
    window.resize(SMALL)
    for key, argument in (
        ("library", None),
        ("candidates", long_names),
        ("browse", None),
        ("study", None),
        ("statistics", None),
        ("reader", long_names),
        ("drills", None),
    ):
        window.go(key, argument)
        idle()
        qtbot.wait(50)  # the layouts settle
        assert window.size() == SMALL, key
        assert window.minimumSizeHint().width() <= SMALL.width(), key
        assert _cut_off(window) == [], key


def test_every_drills_tab_fits_1024_by_700(qtbot: Any, qapp: Any, window: Any, idle: Any) -> None:
    from PySide6.QtGui import QPalette

    from desktop.gui.theme import apply_base_font, apply_theme

    before = (qapp.font(), qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet())
    dark_before = qapp.property("duiyi_dark")
    # As the program starts: its style sheet's padding and the CJK fallback's taller lines.
    apply_theme("light")
    apply_base_font()
    try:
        window.resize(SMALL)
        window.go("drills")
        idle()
        tabs = window.screens["drills"].tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            idle()
            qtbot.wait(50)  # the layouts settle
            assert window.size() == SMALL, tabs.tabText(index)
            assert _cut_off(window) == [], tabs.tabText(index)
    finally:
        qapp.setFont(before[0])
        qapp.setStyle(before[1])
        qapp.setPalette(before[2])
        qapp.setStyleSheet(before[3])
        qapp.setProperty("duiyi_dark", dark_before)


def test_the_reader_counterpart_keeps_the_width(
    qtbot: Any, window: Any, idle: Any, long_names: Any
) -> None:
    window.resize(SMALL)
    window.go("reader", long_names)
    idle()
    reader = window.screens["reader"]
    row = next(r for r in range(reader.model.rowCount()) if len(reader.model.text(r, 0)) > 60)
    reader.table.selectRow(row)
    idle()
    reader.zh_edit.setFocus()
    cursor = reader.zh_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
    reader.zh_edit.setTextCursor(cursor)
    qtbot.waitUntil(reader.card_button.isEnabled, timeout=10000)
    idle()
    assert len(reader.suggestion.text()) > 60  # a long counterpart line
    qtbot.wait(50)
    assert window.size() == SMALL
    assert _cut_off(window) == []


def test_screen_titles_show_in_full_when_there_is_room(qtbot: Any, window: Any, idle: Any) -> None:
    from desktop.gui.widgets import ElidedLabel

    window.resize(SMALL)
    for key in ("library", "candidates", "browse", "study", "statistics", "drills"):
        window.go(key)
        idle()
        qtbot.wait(50)
        (title,) = [
            label
            for label in window.screens[key].findChildren(ElidedLabel)
            if label.objectName() == "screenTitle"
        ]
        assert title.isVisible(), key
        assert title.text() == title.full_text() != "", key
