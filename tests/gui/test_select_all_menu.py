"""Edit > Select All: on Browse it selects every term the search finds wherever the focus is,
while Ctrl+A typed in a text field selects that field's text; driven through the real window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from db.ops.term_info import NewTerm, TermQuery
from desktop.gui.screens.browse_model import PAGE

FOUND = 320
"""More than the PAGE rows the table loads at first."""
OTHERS = 12


def _fill(collection: Any) -> None:
    """FOUND terms whose English says "lantern", OTHERS that the search leaves out."""
    terms = [
        NewTerm(chr(0x4E00 + n) + chr(0x5600 + n), (f"lantern {n}",)) for n in range(FOUND)
    ] + [NewTerm(chr(0x6000 + n) + chr(0x6400 + n), (f"pebble {n}",)) for n in range(OTHERS)]
    collection.terms.add_many(terms=terms)


def _browse_searching(qtbot: Any, window: Any, idle: Any, collection: Any) -> Any:
    """Browse showing the FOUND lantern terms (PAGE of them loaded), focus in the search box."""
    _fill(collection)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.search.setText("lantern")
    qtbot.waitUntil(lambda: browse.model.total == FOUND, timeout=10000)
    qtbot.waitUntil(lambda: browse.model.rowCount() == PAGE, timeout=10000)
    idle()
    browse.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.search)
    return browse


def _answer_tag(name: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(name)
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_the_menu_entry_selects_every_found_term_with_the_focus_in_the_search_box(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    browse = _browse_searching(qtbot, window, idle, collection)
    action = window.select_all_action
    assert action.text() == "Select &All"
    assert action.isEnabled()

    action.trigger()
    idle()
    assert len(browse.selected_ids()) == FOUND
    assert browse.count_label.text() == "320 of 320 terms selected"

    _answer_tag("lanterns")
    qtbot.mouseClick(browse.tag_button, Qt.MouseButton.LeftButton)
    idle()
    tagged = collection.terms.search(TermQuery(tag="lanterns"))
    assert sorted(t.english for t in tagged) == sorted(f"lantern {n}" for n in range(FOUND))
    assert collection.terms.count(TermQuery(tag="lanterns")) == FOUND


def test_ctrl_a_typed_in_the_search_box_selects_its_text_and_no_terms(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    browse = _browse_searching(qtbot, window, idle, collection)
    chosen = browse.selected_ids()
    assert chosen == [browse.model.term_id(0)]  # the first row, as after any search

    qtbot.keyClick(browse.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(browse.search, Qt.Key.Key_Control)
    idle()
    assert browse.search.selectedText() == "lantern"
    assert browse.selected_ids() == chosen
    assert browse.count_label.text() == "320 terms"


def test_elsewhere_the_menu_entry_selects_the_focused_fields_text_or_is_off(
    qtbot: Any, window: Any, idle: Any
) -> None:
    window.go("drills")
    idle()
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
    assert window.select_all_action.isEnabled() is False

    title = window.screens["drills"].build.title
    title.setText("Week two")
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    assert window.select_all_action.isEnabled() is True
    window.select_all_action.trigger()
    assert title.selectedText() == "Week two"
