"""Browse with more terms than one page of rows: fill a collection, search it, press Ctrl+A,
click rows and tag the selection, all through the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from db.ops.term_info import NewTerm
from desktop.gui.screens.browse_model import PAGE


def fill(collection: Any, word: str, found: int, other: str, others: int) -> None:
    """`found` terms whose English says `word`, `others` whose English says `other`."""
    terms = [NewTerm(chr(0x4E00 + n) + chr(0x5200 + n), (f"{word} {n}",)) for n in range(found)] + [
        NewTerm(chr(0x6000 + n) + chr(0x6200 + n), (f"{other} {n}",)) for n in range(others)
    ]
    collection.terms.add_many(terms=terms)


def browse_found(window: Any, qtbot: Any, idle: Any, word: str, found: int) -> Any:
    """The Browse screen searching `word`: `found` terms, the first PAGE of them loaded."""
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.search.setText(word)
    qtbot.waitUntil(lambda: browse.model.total == found, timeout=10000)
    qtbot.waitUntil(lambda: browse.model.rowCount() == PAGE, timeout=10000)
    idle()
    return browse


def press_ctrl_a(browse: Any, qtbot: Any) -> None:
    """Ctrl+A in the table, then Ctrl let go (QTest leaves the application thinking Ctrl is
    still held, which would turn the next click into a Ctrl+click)."""
    browse.table.setFocus()
    qtbot.keyClick(browse.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(browse.table, Qt.Key.Key_Control)


def click_row(browse: Any, qtbot: Any, row: int, ctrl: bool) -> None:
    """Click a loaded row, with Ctrl held or not."""
    cell = browse.table.visualRect(browse.model.index(row, 0)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(browse.table.viewport(), Qt.MouseButton.LeftButton, modifier, cell)


def tag_selected(browse: Any, qtbot: Any, idle: Any, name: str) -> None:
    """Tag the selected terms `name` with the Tag button, answering its dialog."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(name)
        dialog.accept()

    QTimer.singleShot(20, answer)
    qtbot.mouseClick(browse.tag_button, Qt.MouseButton.LeftButton)
    idle()
