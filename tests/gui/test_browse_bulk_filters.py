"""Browse's Due, Leeches and Suspended filters, the deck filter, and bulk suspend and move with
undo, driven through the real widgets."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from db.ops.term_info import TermQuery
from desktop.gui.screens.browse import COLUMNS

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("以人为本", "people-centered"),
    ("互联互通", "connectivity"),
]


def _rows(browse: Any) -> list[str]:
    model = browse.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def _fill(collection: Any) -> dict[str, Any]:
    return {zh: collection.terms.add(chinese=zh, english=en).value.id for zh, en in TERMS}


def _answer_again(collection: Any, term_id: Any) -> None:
    """Fail every card of one term once, so it is due again today; bury the others."""
    collection.study.start()
    seen: set[Any] = set()
    while (card := collection.study.next_card()) is not None and card.card_id not in seen:
        seen.add(card.card_id)
        if card.term_id == term_id:
            collection.study.answer(card_id=card.card_id, rating=1, duration_ms=1000)
        else:
            collection.study.bury(card_ids=[card.card_id])


def _open_browse(window: Any, idle: Any, qtbot: Any) -> Any:
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    qtbot.waitUntil(lambda: browse.model.rowCount() == len(TERMS), timeout=10000)
    return browse


def _select(browse: Any, names: list[str]) -> None:
    selection = browse.table.selectionModel()
    selection.clearSelection()
    for row in range(browse.model.rowCount()):
        if browse.model.index(row, 0).data() in names:
            selection.select(
                browse.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_due_leech_and_suspended_filters(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    ids = _fill(collection)
    _answer_again(collection, ids["数字鸿沟"])
    collection.tags.add(term_ids=[ids["以人为本"]], tags=["leech"])
    collection.terms.suspend(term_ids=[ids["互联互通"]])
    browse = _open_browse(window, idle, qtbot)
    for box in (browse.due_filter, browse.leech_filter, browse.suspended_filter):
        assert box.isVisible()

    qtbot.mouseClick(browse.due_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(browse) == ["数字鸿沟"], timeout=10000)
    assert browse.count_label.text() == "1 term"
    qtbot.mouseClick(browse.due_filter, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(browse.leech_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(browse) == ["以人为本"], timeout=10000)
    qtbot.mouseClick(browse.leech_filter, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(browse.suspended_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(browse) == ["互联互通"], timeout=10000)
    qtbot.mouseClick(browse.suspended_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_rows(browse)) == len(TERMS), timeout=10000)


def test_bulk_suspend_and_undo(qtbot: Any, window: Any, idle: Any, collection: Any) -> None:
    _fill(collection)
    browse = _open_browse(window, idle, qtbot)
    _select(browse, ["网络空间", "以人为本"])
    assert browse.suspend_button.isVisible() and browse.suspend_button.isEnabled()
    qtbot.mouseClick(browse.suspend_button, Qt.MouseButton.LeftButton)
    idle()
    suspended = sorted(t.chinese for t in collection.terms.search(TermQuery(suspended=True)))
    assert suspended == ["以人为本", "网络空间"]
    assert "Suspend 2 terms" in window.undo_action.text()
    qtbot.mouseClick(browse.suspended_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(browse) == ["以人为本", "网络空间"], timeout=10000)
    status = COLUMNS.index("status")
    model = browse.model
    assert {model.index(r, status).data() for r in range(model.rowCount())} == {"suspended"}
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    window.undo_action.trigger()
    idle()
    assert collection.terms.search(TermQuery(suspended=True)) == []
    qtbot.waitUntil(lambda: _rows(browse) == [], timeout=10000)


def test_bulk_move_to_a_deck_filter_by_it_and_undo(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    deck = collection.decks.create(name="Economy").value
    browse = _open_browse(window, idle, qtbot)
    qtbot.waitUntil(lambda: browse.deck_filter.findText("Economy") > 0, timeout=10000)
    _select(browse, ["数字鸿沟", "互联互通"])

    def choose_economy() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Economy")
        dialog.accept()

    QTimer.singleShot(50, choose_economy)
    qtbot.mouseClick(browse.move_button, Qt.MouseButton.LeftButton)
    idle()
    moved = sorted(t.chinese for t in collection.terms.search(TermQuery(deck_id=deck.id)))
    assert moved == ["互联互通", "数字鸿沟"]
    assert "Move 2 terms to Economy" in window.undo_action.text()
    browse.deck_filter.setCurrentIndex(browse.deck_filter.findText("Economy"))
    qtbot.waitUntil(lambda: _rows(browse) == ["互联互通", "数字鸿沟"], timeout=10000)
    window.undo_action.trigger()
    idle()
    assert collection.terms.search(TermQuery(deck_id=deck.id)) == []
    qtbot.waitUntil(lambda: _rows(browse) == [], timeout=10000)


def test_a_new_search_gives_the_old_rows_back_to_the_garbage_collector(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    for chinese, english in TERMS:
        collection.terms.add(chinese=chinese, english=english)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    assert _rows(browse) == sorted(chinese for chinese, _ in TERMS)
    assert gc.get_freeze_count() != 0  # the loaded page was kept out of full passes
    browse.model.restart()
    assert gc.get_freeze_count() == 0
    idle()
    assert _rows(browse) == sorted(chinese for chinese, _ in TERMS)
