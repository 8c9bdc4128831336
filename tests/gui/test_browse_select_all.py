"""Browse's Select All (Ctrl+A) selects every term the search finds, not only the 200 rows
loaded so far, and a bulk action then acts on all of them; driven through the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from db.ops.term_info import NewTerm, TermQuery
from desktop.gui.screens.browse_model import PAGE

FOUND = 450
"""More than two pages of rows: the table loads PAGE at a time."""
OTHERS = 30


def _fill(collection: Any) -> None:
    """FOUND terms whose English says "harbour", OTHERS that the search leaves out."""
    terms = [
        NewTerm(chr(0x4E00 + n) + chr(0x5200 + n), (f"harbour {n}",)) for n in range(FOUND)
    ] + [NewTerm(chr(0x6000 + n) + chr(0x6200 + n), (f"meadow {n}",)) for n in range(OTHERS)]
    collection.terms.add_many(terms=terms)


def _search(browse: Any, qtbot: Any, text: str) -> None:
    browse.search.setText(text)
    qtbot.waitUntil(lambda: browse.model.total == FOUND, timeout=10000)
    qtbot.waitUntil(lambda: browse.model.rowCount() == PAGE, timeout=10000)


def _press_ctrl_a(browse: Any, qtbot: Any) -> None:
    """Ctrl+A in the table, then Ctrl let go (QTest leaves the application thinking Ctrl is
    still held, which would turn the next click into a Ctrl+click)."""
    browse.table.setFocus()
    qtbot.keyClick(browse.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(browse.table, Qt.Key.Key_Control)


def _answer_tag(name: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(name)
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_ctrl_a_selects_every_found_term_and_tag_reaches_all_of_them(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    _search(browse, qtbot, "harbour")
    assert browse.count_label.text() == "450 terms"

    _press_ctrl_a(browse, qtbot)
    idle()
    assert len(browse.selected_ids()) == FOUND
    assert browse.count_label.text() == "450 of 450 terms selected"
    assert browse.tag_button.isEnabled()

    _answer_tag("harbours")
    qtbot.mouseClick(browse.tag_button, Qt.MouseButton.LeftButton)
    idle()
    tagged = collection.terms.search(TermQuery(tag="harbours"))
    assert len(tagged) == FOUND
    assert {t.english for t in tagged} == {f"harbour {n}" for n in range(FOUND)}
    assert collection.terms.count(TermQuery(text="meadow", tag="harbours")) == 0


def test_choosing_one_row_after_select_all_acts_on_that_row_only(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    _search(browse, qtbot, "harbour")
    _press_ctrl_a(browse, qtbot)
    idle()
    assert len(browse.selected_ids()) == FOUND

    cell = browse.table.visualRect(browse.model.index(3, 0)).center()
    qtbot.mouseClick(browse.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    chosen = browse.model.term_id(3)
    assert browse.selected_ids() == [chosen]
    assert browse.count_label.text() == "450 terms"
    _answer_tag("one")
    qtbot.mouseClick(browse.tag_button, Qt.MouseButton.LeftButton)
    idle()
    assert [t.id for t in collection.terms.search(TermQuery(tag="one"))] == [chosen]


def test_a_new_search_ends_select_all(qtbot: Any, window: Any, idle: Any, collection: Any) -> None:
    _fill(collection)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    _search(browse, qtbot, "harbour")
    _press_ctrl_a(browse, qtbot)
    idle()
    assert len(browse.selected_ids()) == FOUND

    browse.search.setText("meadow")
    qtbot.waitUntil(lambda: browse.model.total == OTHERS, timeout=10000)
    idle()
    # the first row of the new search is chosen, as after any search
    assert browse.selected_ids() == [browse.model.term_id(0)]
    assert browse.count_label.text() == "30 terms"


def test_delete_after_select_all_deletes_every_found_term_and_no_other(
    qtbot: Any, window: Any, idle: Any, collection: Any, answer_question: Any
) -> None:
    _fill(collection)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    _search(browse, qtbot, "harbour")
    _press_ctrl_a(browse, qtbot)
    idle()
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(browse.delete_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == ["Delete 450 terms and their cards? You can undo this."]
    assert collection.terms.count(TermQuery(text="harbour")) == 0
    assert collection.terms.count(TermQuery(text="meadow")) == OTHERS
