"""Edit > Select All: on Browse it selects every term the search finds wherever the focus is,
while Ctrl+A typed in a text field selects that field's text; driven through the real window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.ops.term_info import TermQuery
from tests.gui.browse_terms import browse_found, fill, tag_selected

FOUND = 320
"""More than the 200 rows the table loads at first."""
OTHERS = 12


def _browse_searching(qtbot: Any, window: Any, idle: Any, collection: Any) -> Any:
    """Browse showing the FOUND lantern terms (the first page loaded), focus in the search box."""
    fill(collection, "lantern", FOUND, "pebble", OTHERS)
    browse = browse_found(window, qtbot, idle, "lantern", FOUND)
    browse.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.search)
    return browse


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

    tag_selected(browse, qtbot, idle, "lanterns")
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
