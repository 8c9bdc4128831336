"""Confirm candidates with the keyboard; read the seed and make a card from a selected span."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from db.ops.term_info import TermQuery
from desktop.gui.importing import import_path


@pytest.fixture
def seeded(collection: Any, seed_path: Path) -> Any:
    """The seed imported and its candidates extracted, through the facade."""
    return import_path(collection, seed_path).value.summary.document_id


def test_accept_and_reject_candidates_with_keys_and_undo(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    window.go("candidates", seeded)
    idle()
    screen = window.screens["candidates"]
    before = screen.model.rowCount()
    assert before > 5
    first = screen.model.rows[0]
    assert screen.model.index(0, 5).data()  # the context is shown
    screen.table.setFocus()
    screen.table.selectRow(0)
    # The row goes at once; the screen says so once the decision is stored.
    with qtbot.waitSignal(screen.message_requested, timeout=20000):
        QTest.keyClick(screen.table, Qt.Key.Key_A)
    assert screen.model.rowCount() == before - 1
    accepted = collection.terms.search(TermQuery(text=first.chinese, status="accepted"))
    assert [t.chinese for t in accepted] == [first.chinese]
    second = screen.model.rows[0]
    with qtbot.waitSignal(screen.message_requested, timeout=20000):
        QTest.keyClick(screen.table, Qt.Key.Key_R)
    assert all(c.id != second.id for c in collection.candidates.all(document_id=seeded))
    idle()  # the Edit menu asks for the new undo label after the change
    assert window.undo_action.text() == "&Undo Reject 1 candidate"
    # Ctrl+Z is the window's shortcut: it works while the window is active, which no screen
    # may take away (tests/gui/test_no_stray_windows.py).
    assert QApplication.activeWindow() is window
    # Undoing broadcasts the change; the screen reloads its rows from the collection.
    with qtbot.waitSignal(screen.model.modelReset, timeout=20000):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.model.rowCount() == before - 1
    assert second.id in {c.id for c in screen.model.rows}
    idle()
    assert any(c.id == second.id for c in collection.candidates.all(document_id=seeded))


def test_accept_all_above_a_threshold(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    window.go("candidates", seeded)
    idle()
    screen = window.screens["candidates"]
    screen.threshold.setValue(0.8)
    sure = [c for c in screen.model.rows if c.confidence >= 0.8]
    assert sure
    qtbot.mouseClick(screen.accept_all_button, Qt.MouseButton.LeftButton)
    idle()
    assert all(c.confidence < 0.8 for c in screen.model.rows)
    assert collection.terms.count(TermQuery(status="accepted")) == len(sure)


def test_edit_a_candidate_inline(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    window.go("candidates", seeded)
    idle()
    screen = window.screens["candidates"]
    screen.table.setFocus()
    screen.table.selectRow(0)
    term_id = screen.model.rows[0].id
    QTest.keyClick(screen.table, Qt.Key.Key_E)
    editors = [w for w in screen.table.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    assert editor.text() == screen.model.rows[0].english
    editor.selectAll()
    QTest.keyClicks(editor, "my own rendering")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # the view commits the editor's text on its next turn, then the edit is stored
    qtbot.waitUntil(lambda: screen.model.rows[0].english == "my own rendering")
    idle()
    stored = {c.id: c for c in collection.candidates.all(document_id=seeded)}
    assert stored[term_id].english == "my own rendering"


def test_make_a_card_from_a_selected_span(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    assert reader.model.rowCount() == 14
    # the first paragraph row that contains 网络空间
    row = next(r for r in range(reader.model.rowCount()) if "网络空间" in reader.model.text(r, 0))
    reader.table.selectRow(row)
    idle()
    text = reader.zh_edit.toPlainText()
    start = text.index("网络空间")
    reader.zh_edit.setFocus()
    cursor = reader.zh_edit.textCursor()
    cursor.setPosition(start)
    reader.zh_edit.setTextCursor(cursor)
    for _ in range(4):
        QTest.keyClick(reader.zh_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.zh_edit.textCursor().selectedText() == "网络空间"
    qtbot.waitUntil(reader.card_button.isEnabled, timeout=10000)
    idle()
    assert "cyberspace" in reader.suggestion.text().lower()
    lit = reader.en_edit.extraSelections()
    assert lit and "cyberspace" in lit[0].cursor.selectedText().lower()
    qtbot.mouseClick(reader.card_button, Qt.MouseButton.LeftButton)
    dialog = reader.make_card_dialog
    assert dialog.chinese.text() == "网络空间"
    assert "cyberspace" in dialog.english.text().lower()
    assert dialog.pinyin.text()
    dialog.deck.setText("Cyber policy")  # a new deck, named in the dialog
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    idle()
    made = collection.terms.search(TermQuery(text="网络空间", status="accepted"))
    assert any(t.chinese == "网络空间" and "cyberspace" in t.english.lower() for t in made)
    (card,) = [t for t in made if t.deck_name == "Cyber policy"]
    assert card.chinese == "网络空间"
    assert collection.undo_label() == "Add term 网络空间"


def test_reader_from_english_lights_up_chinese(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    row = next(r for r in range(reader.model.rowCount()) if "cyberspace" in reader.model.text(r, 1))
    reader.table.selectRow(row)
    idle()
    text = reader.en_edit.toPlainText()
    start = text.index("cyberspace")
    cursor = reader.en_edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("cyberspace"), QTextCursor.MoveMode.KeepAnchor)
    reader.en_edit.setTextCursor(cursor)
    qtbot.waitUntil(reader.card_button.isEnabled, timeout=10000)
    idle()
    lit = reader.zh_edit.extraSelections()
    assert lit and "网络" in lit[0].cursor.selectedText()


def test_merge_two_pairs_in_the_reader_and_undo(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    assert reader.model.rowCount() == 14
    reader.table.selectRow(2)
    qtbot.mouseClick(reader.merge_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: reader.model.rowCount() == 13)
    assert len(collection.documents.pairs(document_id=seeded)) == 13
    window.undo_action.trigger()
    idle()
    qtbot.waitUntil(lambda: reader.model.rowCount() == 14)
