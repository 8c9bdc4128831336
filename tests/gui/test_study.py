"""Review five cards with the keyboard only, undo one; the typed-answer field and the IME."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_review_five_cards_with_the_keyboard_and_undo_one(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    window.go("study")
    idle()
    study = window.screens["study"]
    assert study.card is not None
    assert "New" in study.counts.text()
    shown_ids: list[int] = []
    for answered in range(1, 6):
        shown = study.card.card_id
        shown_ids.append(shown)
        assert not study.back.isVisible()
        QTest.keyClick(study, Qt.Key.Key_Space)
        assert study.back.isVisible()
        assert "Good" in study.rate_buttons[3].text()
        assert study.rate_buttons[3].text().count("\n") == 1  # the interval under the name
        QTest.keyClick(study, Qt.Key.Key_3)
        idle()
        # The answer was stored, and the next new card (another term's) is shown.
        assert collection.study.stats().reviews == answered
        assert study.card is not None and study.card.state == "new"
        assert study.card.card_id not in shown_ids
    assert collection.study.stats().reviews == 5
    QTest.keyClick(study, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert collection.study.stats().reviews == 4
    assert "Undone" in window.message_bar.text()


def test_the_end_of_a_session_shows_a_summary(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    window.go("study")
    idle()
    study = window.screens["study"]
    answered = 0
    while study.card is not None and answered < 20:
        QTest.keyClick(study, Qt.Key.Key_Space)
        QTest.keyClick(study, Qt.Key.Key_4)  # Easy: the card leaves today's queue
        idle()
        answered += 1
    assert study.card is None
    assert "cards reviewed" in study.empty.text()


def test_enter_that_confirms_an_input_method_candidate_never_submits(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    window.go("study")
    idle()
    study = window.screens["study"]
    field = study.answer_edit
    field.setFocus()
    submitted: list[str] = []
    field.submitted.connect(submitted.append)
    composing = QInputMethodEvent("shuzi", [])
    QApplication.sendEvent(field, composing)
    QTest.keyClick(field, Qt.Key.Key_Return)  # the IME's Enter while composing
    assert submitted == []
    commit = QInputMethodEvent("", [])
    commit.setCommitString("数字")
    QApplication.sendEvent(field, commit)
    QTest.keyClick(field, Qt.Key.Key_Return)  # same turn as the commit: still the IME's
    assert submitted == []
    qtbot.waitUntil(lambda: not field._just_committed)
    QTest.keyClick(field, Qt.Key.Key_Return)  # a real Enter afterwards submits
    assert submitted == [field.text()]
    idle()
    qtbot.waitUntil(lambda: study.revealed)
    assert study.diff.text()  # the comparison is shown


def test_a_typed_answer_is_stored_with_the_review(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    window.go("study")
    idle()
    study = window.screens["study"]
    study.answer_edit.setFocus()
    QTest.keyClicks(study.answer_edit, "digital divid")
    QTest.keyClick(study.answer_edit, Qt.Key.Key_Return)
    idle()
    qtbot.waitUntil(lambda: study.revealed)
    QTest.keyClick(study, Qt.Key.Key_3)
    idle()
    with sqlite3.connect(collection.path) as conn:
        stored = [
            json.loads(after)["typed"]
            for (after,) in conn.execute("SELECT state_after FROM reviews")
        ]
    assert stored == ["digital divid"]
