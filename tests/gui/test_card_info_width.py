"""Card Info's tables fill the dialog's width, when it opens and when it is made wider: every
column as wide as its contents, the room left to the card's name and to the typed answer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget


def _widths(table: QTableWidget) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(c) for c in range(table.columnCount())]


def _fits(table: QTableWidget, stretched: int) -> None:
    header = table.horizontalHeader()
    widths = _widths(table)
    assert sum(widths) == table.viewport().width()
    needed = [
        max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
        for c in range(table.columnCount())
    ]
    # Every other column exactly as wide as it needs; the stretched one gets the rest.
    assert [w for c, w in enumerate(widths) if c != stretched] == [
        n for c, n in enumerate(needed) if c != stretched
    ]
    assert widths[stretched] >= needed[stretched]


def test_card_info_tables_use_the_whole_width(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    now = datetime.now(UTC)
    card = collection.study.next_card(now=now)
    collection.study.answer(card_id=card.card_id, rating=3, duration_ms=2500, now=now, typed="gap")
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.table.selectRow(0)
    qtbot.mouseClick(browse.info_button, Qt.MouseButton.LeftButton)
    dialog = browse.card_info_dialog
    idle()
    qtbot.waitUntil(lambda: dialog.reviews.rowCount() == 1)
    qtbot.waitExposed(dialog)
    assert dialog.cards.rowCount() == 2
    for width in (dialog.width(), dialog.width() + 320):
        dialog.resize(width, dialog.height())
        qtbot.waitUntil(lambda w=width: dialog.width() == w)
        _fits(dialog.cards, stretched=0)
        _fits(dialog.reviews, stretched=5)
    dialog.close()
