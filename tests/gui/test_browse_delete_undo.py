"""Deleting many terms in Browse and Edit > Undo: the terms come back with their cards, and the
undo runs on the database thread, never on the GUI thread (a long undo must not freeze it),
saying meanwhile what it undoes and taking no second press."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.ops.term_info import NewTerm

# 150 terms: all loaded at once in Browse (it loads 200 rows a page), so Select All takes them all.
WORDS = [a + b for a in "天地山水风云花草树木" for b in "光影金石东南西北春夏秋冬江河湖"]


def _rows(collection: Any) -> dict[str, int]:
    """How many rows the term tables of the collection's file hold."""
    with sqlite3.connect(collection.path) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("terms", "renderings", "cards", "term_tags")
        }


def test_deleting_terms_in_browse_and_undoing_it(
    qtbot: Any,
    window: Any,
    idle: Any,
    collection: Any,
    answer_question: Callable[[list[str], QMessageBox.StandardButton], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collection.terms.add_many(
        terms=[NewTerm(w, (f"word {n}",), tags=("many",)) for n, w in enumerate(WORDS)]
    )
    before = _rows(collection)
    window.go("browse")
    browse = window.screens["browse"]
    qtbot.waitUntil(lambda: browse.count_label.text() == f"{len(WORDS)} terms", timeout=10000)
    browse.table.selectAll()
    asked: list[str] = []
    answer_question(asked, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(browse.delete_button, Qt.MouseButton.LeftButton)
    idle()
    assert asked == [f"Delete {len(WORDS)} terms and their cards? You can undo this."]
    qtbot.waitUntil(lambda: browse.count_label.text() == "0 terms", timeout=10000)
    assert _rows(collection) == {"terms": 0, "renderings": 0, "cards": 0, "term_tags": 0}
    assert window.undo_action.text() == f"&Undo Delete {len(WORDS)} terms"

    threads: list[threading.Thread] = []
    real_undo = collection.undo

    def undo() -> Any:
        threads.append(threading.current_thread())
        return real_undo()

    monkeypatch.setattr(collection, "undo", undo)
    window.undo_action.trigger()
    # While it runs, the status bar says so, and a second press reverses nothing more.
    assert window.statusBar().currentMessage() == f"Undoing: Delete {len(WORDS)} terms…"
    assert (window.undo_action.isEnabled(), window.redo_action.isEnabled()) == (False, False)
    window.undo()
    idle()
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=10000)
    assert window.undo_action.text() == f"&Undo Add {len(WORDS)} terms"
    assert window.redo_action.text() == f"&Redo Delete {len(WORDS)} terms"
    qtbot.waitUntil(lambda: browse.count_label.text() == f"{len(WORDS)} terms", timeout=10000)
    assert window.statusBar().currentMessage() == f"Undone: Delete {len(WORDS)} terms"
    assert before == {"terms": 150, "renderings": 150, "cards": 300, "term_tags": 150}
    assert _rows(collection) == before

    # Redo says it redoes, and what it did once done.
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == f"Redoing: Delete {len(WORDS)} terms…"
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=10000)
    assert window.statusBar().currentMessage() == f"Redone: Delete {len(WORDS)} terms"
    assert _rows(collection) == {"terms": 0, "renderings": 0, "cards": 0, "term_tags": 0}


def test_an_undo_that_fails_says_why_and_lets_the_next_one_run(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    window.undo()  # nothing to undo yet (the menu item is off; a call still gets an answer)
    idle()
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10000)
    assert window.message_bar.label.text() == "There is nothing to undo."
    assert window.statusBar().currentMessage() == ""
    collection.terms.add(chinese="网络", english="network")
    window.refresh_undo_actions()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=10000)
    window.undo_action.trigger()
    idle()
    assert collection.terms.count() == 0
    assert window.statusBar().currentMessage() == "Undone: Add term 网络"
