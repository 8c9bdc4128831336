"""Browse's Select All (Ctrl+A) selects every term the search finds, not only the 200 rows
loaded so far, and a bulk action then acts on all of them; after it a Ctrl+click takes one row
off (or puts it back) and keeps the rest selected, as Anki's browser does. Driven through the
real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.ops.term_info import TermQuery
from tests.gui.browse_terms import browse_found, click_row, fill, press_ctrl_a, tag_selected

FOUND = 450
"""More than two pages of rows: the table loads 200 at a time."""
OTHERS = 30


@pytest.fixture
def harbours(qtbot: Any, window: Any, idle: Any, collection: Any) -> Any:
    """Browse searching "harbour": FOUND terms, the first page of them loaded."""
    fill(collection, "harbour", FOUND, "meadow", OTHERS)
    return browse_found(window, qtbot, idle, "harbour", FOUND)


@pytest.fixture
def all_selected(harbours: Any, qtbot: Any, idle: Any) -> Any:
    """The harbours Browse after Ctrl+A, every found id come back."""
    press_ctrl_a(harbours, qtbot)
    idle()
    return harbours


def test_ctrl_a_selects_every_found_term_and_tag_reaches_all_of_them(
    qtbot: Any, window: Any, idle: Any, collection: Any, harbours: Any
) -> None:
    browse = harbours
    assert browse.count_label.text() == "450 terms"

    press_ctrl_a(browse, qtbot)
    idle()
    assert len(browse.selected_ids()) == FOUND
    assert browse.count_label.text() == "450 of 450 terms selected"
    assert browse.tag_button.isEnabled()

    tag_selected(browse, qtbot, idle, "harbours")
    tagged = collection.terms.search(TermQuery(tag="harbours"))
    assert len(tagged) == FOUND
    assert {t.english for t in tagged} == {f"harbour {n}" for n in range(FOUND)}
    assert collection.terms.count(TermQuery(text="meadow", tag="harbours")) == 0


def test_choosing_one_row_after_select_all_acts_on_that_row_only(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any
) -> None:
    browse = all_selected
    assert len(browse.selected_ids()) == FOUND

    click_row(browse, qtbot, 3, ctrl=False)
    chosen = browse.model.term_id(3)
    assert browse.selected_ids() == [chosen]
    assert browse.count_label.text() == "450 terms"
    tag_selected(browse, qtbot, idle, "one")
    assert [t.id for t in collection.terms.search(TermQuery(tag="one"))] == [chosen]


def test_a_new_search_ends_select_all(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any
) -> None:
    browse = all_selected
    assert len(browse.selected_ids()) == FOUND

    browse.search.setText("meadow")
    qtbot.waitUntil(lambda: browse.model.total == OTHERS, timeout=10000)
    idle()
    # the first row of the new search is chosen, as after any search
    assert browse.selected_ids() == [browse.model.term_id(0)]
    assert browse.count_label.text() == "30 terms"


def test_delete_after_select_all_deletes_every_found_term_and_no_other(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any, answer_question: Any
) -> None:
    browse = all_selected
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(browse.delete_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == ["Delete 450 terms and their cards? You can undo this."]
    assert collection.terms.count(TermQuery(text="harbour")) == 0
    assert collection.terms.count(TermQuery(text="meadow")) == OTHERS


def test_ctrl_click_after_select_all_leaves_out_that_row_only(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any
) -> None:
    browse = all_selected
    left_out = browse.model.term_id(5)

    click_row(browse, qtbot, 5, ctrl=True)
    assert browse.count_label.text() == "449 of 450 terms selected"
    tag_selected(browse, qtbot, idle, "harbours")
    tagged = {t.id for t in collection.terms.search(TermQuery(tag="harbours"))}
    assert len(tagged) == FOUND - 1
    assert left_out not in tagged
    assert collection.terms.count(TermQuery(text="meadow", tag="harbours")) == 0


def test_rows_loaded_later_stay_selected_and_the_left_out_row_stays_out(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any
) -> None:
    browse = all_selected
    click_row(browse, qtbot, 7, ctrl=True)
    while browse.model.rowCount() < FOUND:
        # as scrolling down does: the next page of rows
        browse.model.fetchMore()
        idle()
    shown = {i.row() for i in browse.table.selectionModel().selectedRows()}
    assert shown == set(range(FOUND)) - {7}
    assert browse.count_label.text() == "449 of 450 terms selected"


def test_a_second_ctrl_click_puts_the_row_back(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any
) -> None:
    browse = all_selected
    click_row(browse, qtbot, 5, ctrl=True)
    click_row(browse, qtbot, 5, ctrl=True)
    assert browse.count_label.text() == "450 of 450 terms selected"
    tag_selected(browse, qtbot, idle, "all")
    assert collection.terms.count(TermQuery(tag="all")) == FOUND


def test_a_plain_click_after_leaving_one_out_chooses_that_row_alone(
    qtbot: Any, window: Any, idle: Any, collection: Any, all_selected: Any
) -> None:
    browse = all_selected
    click_row(browse, qtbot, 5, ctrl=True)
    click_row(browse, qtbot, 9, ctrl=False)
    assert browse.selected_ids() == [browse.model.term_id(9)]
    assert browse.count_label.text() == "450 terms"


def test_delete_key_while_select_all_gathers_says_why_nothing_happens(
    qtbot: Any, window: Any, idle: Any, collection: Any, harbours: Any
) -> None:
    browse = harbours
    browse.table.setFocus()
    browse.select_all()
    assert browse._waiting_for_all()
    qtbot.keyClick(browse.table, Qt.Key.Key_Delete)
    assert window.message_bar.text() == (
        "Still finding every selected term; press Delete again in a moment."
    )
    idle()
    assert collection.terms.count(TermQuery(text="harbour")) == FOUND
