"""The candidates' context (the sentence pair each was found in) keeps a quarter of the table at
the window's smallest size and when the window is made smaller later."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize

from desktop.gui.importing import import_path


@pytest.fixture
def seeded(collection: Any, seed_path: Path) -> Any:
    """The seed imported and its candidates extracted, through the facade."""
    return import_path(collection, seed_path).value.summary.document_id


def _context_share_ok(screen: Any) -> bool:
    table = screen.table
    context = screen.model.columnCount() - 1
    return table.columnWidth(context) >= table.viewport().width() // 4


@pytest.mark.parametrize("first", [QSize(1024, 700), QSize(1360, 860)])
def test_the_context_keeps_a_quarter_of_the_table(
    qtbot: Any, window: Any, idle: Any, seeded: Any, first: QSize
) -> None:
    window.resize(first)
    window.go("candidates", seeded)
    idle()
    screen = window.screens["candidates"]
    assert screen.model.rowCount() > 20
    qtbot.wait(50)  # the layouts settle
    assert _context_share_ok(screen)
    window.resize(QSize(1024, 700))
    qtbot.wait(50)
    assert _context_share_ok(screen)
