"""After Browse's Select All, a Ctrl+click takes one row off (or puts it back) and keeps the
rest of every found term selected, loaded or not, as Anki's browser does; driven through the
real widgets on a search of more than one page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from db.ops.term_info import NewTerm, TermQuery
from desktop.gui.screens.browse_model import PAGE

FOUND = 450
"""More than two pages of rows: the table loads PAGE at a time."""


def _fill(collection: Any) -> None:
    terms = [
        NewTerm(chr(0x4E00 + n) + chr(0x5200 + n), (f"harbour {n}",)) for n in range(FOUND)
    ] + [NewTerm(chr(0x6000 + n) + chr(0x6200 + n), (f"meadow {n}",)) for n in range(20)]
    collection.terms.add_many(terms=terms)


def _browse_harbours(window: Any, qtbot: Any, idle: Any) -> Any:
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.search.setText("harbour")
    qtbot.waitUntil(lambda: browse.model.total == FOUND, timeout=10000)
    qtbot.waitUntil(lambda: browse.model.rowCount() == PAGE, timeout=10000)
    return browse


def _press_ctrl_a(browse: Any, qtbot: Any) -> None:
    browse.table.setFocus()
    qtbot.keyClick(browse.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(browse.table, Qt.Key.Key_Control)


def _click_row(browse: Any, qtbot: Any, row: int, ctrl: bool) -> None:
    cell = browse.table.visualRect(browse.model.index(row, 0)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(browse.table.viewport(), Qt.MouseButton.LeftButton, modifier, cell)


def _tag_selected(browse: Any, qtbot: Any, idle: Any, name: str) -> None:
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


def test_ctrl_click_after_select_all_leaves_out_that_row_only(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    browse = _browse_harbours(window, qtbot, idle)
    _press_ctrl_a(browse, qtbot)
    idle()
    left_out = browse.model.term_id(5)

    _click_row(browse, qtbot, 5, ctrl=True)
    assert browse.count_label.text() == "449 of 450 terms selected"
    _tag_selected(browse, qtbot, idle, "harbours")
    tagged = {t.id for t in collection.terms.search(TermQuery(tag="harbours"))}
    assert len(tagged) == FOUND - 1
    assert left_out not in tagged
    assert collection.terms.count(TermQuery(text="meadow", tag="harbours")) == 0


def test_rows_loaded_later_stay_selected_and_the_left_out_row_stays_out(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    browse = _browse_harbours(window, qtbot, idle)
    _press_ctrl_a(browse, qtbot)
    idle()
    _click_row(browse, qtbot, 7, ctrl=True)
    while browse.model.rowCount() < FOUND:
        # as scrolling down does: the next page of rows
        browse.model.fetchMore()
        idle()
    shown = {i.row() for i in browse.table.selectionModel().selectedRows()}
    assert shown == set(range(FOUND)) - {7}
    assert browse.count_label.text() == "449 of 450 terms selected"


def test_a_second_ctrl_click_puts_the_row_back(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    browse = _browse_harbours(window, qtbot, idle)
    _press_ctrl_a(browse, qtbot)
    idle()
    _click_row(browse, qtbot, 5, ctrl=True)
    _click_row(browse, qtbot, 5, ctrl=True)
    assert browse.count_label.text() == "450 of 450 terms selected"
    _tag_selected(browse, qtbot, idle, "all")
    assert collection.terms.count(TermQuery(tag="all")) == FOUND


def test_a_plain_click_after_leaving_one_out_chooses_that_row_alone(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    browse = _browse_harbours(window, qtbot, idle)
    _press_ctrl_a(browse, qtbot)
    idle()
    _click_row(browse, qtbot, 5, ctrl=True)
    _click_row(browse, qtbot, 9, ctrl=False)
    assert browse.selected_ids() == [browse.model.term_id(9)]
    assert browse.count_label.text() == "450 terms"


def test_delete_key_while_select_all_gathers_says_why_nothing_happens(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    browse = _browse_harbours(window, qtbot, idle)
    browse.table.setFocus()
    browse.select_all()
    assert browse._waiting_for_all()
    qtbot.keyClick(browse.table, Qt.Key.Key_Delete)
    assert window.message_bar.text() == (
        "Still finding every selected term; press Delete again in a moment."
    )
    idle()
    assert collection.terms.count(TermQuery(text="harbour")) == FOUND
