"""Counts the program shows carry thousands separators (Browse, the Edit menu's undo)."""

from __future__ import annotations

from typing import Any

MANY = 1234


def test_program_counts(qtbot: Any, window: Any, idle: Any, collection: Any) -> None:
    from db.ops.term_info import NewTerm

    collection.terms.add_many(
        terms=[NewTerm(chinese=f"第{i}号词", english=(f"term {i}",)) for i in range(MANY)]
    )
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    qtbot.waitUntil(lambda: browse.count_label.text() == "1,234 terms", timeout=10000)
    window.refresh_undo_actions()
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Add 1,234 terms", timeout=10000)
