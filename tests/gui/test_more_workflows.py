"""Cancel an import; split a pair and move a sentence in the reader, then undo; suspend and edit
a card in Study; the statistics after reviews done with the keyboard."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.ops.term_info import TermQuery
from duiyi.pipeline import read_and_align

RATING_KEYS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4}
CTRL = Qt.KeyboardModifier.ControlModifier


def _undo_with_the_keyboard(qtbot: Any, window: Any, widget: Any) -> None:
    """Ctrl+Z as the user presses it, in the active main window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)


# -- import: Cancel ----------------------------------------------------------------------------


def test_cancelling_an_import_stores_nothing(
    qtbot: Any, window: Any, idle: Any, collection: Any, seed_path: Path
) -> None:
    window.open_import(path=seed_path)
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    undo_before = collection.undo_label()
    reported: list[object] = []
    dialog.imported.connect(lambda *args: reported.append(args))
    # Hold the database thread, so the import waits in its queue until Cancel is pressed:
    # the import can never finish first, however fast the machine.
    gate = threading.Event()
    window.service.run(lambda _task: gate.wait(30))
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.progress_bar.isVisible()  # at once, in the dialog
        assert dialog.status.text().startswith("Importing")
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        gate.set()
    idle(30000)  # the import has ended, one way or the other
    assert reported == []  # had Cancel not worked, the dialog would report an import and close
    assert dialog.status.text() == "Import cancelled; nothing was stored."
    assert dialog.isVisible()  # the dialog stays open: the user may import after all
    assert dialog.import_button.isEnabled()
    assert not dialog.progress_bar.isVisible()
    assert collection.documents.all() == []
    assert collection.terms.count() == 0
    assert collection.undo_label() == undo_before  # no undo step was recorded either
    dialog.reject()


# -- reader: split at the cursors, move a sentence, undo ---------------------------------------


@pytest.fixture
def imported(collection: Any, seed_path: Path) -> Any:
    """The seed imported through the facade (without candidates); its document id."""
    return collection.documents.add(document=read_and_align(seed_path)).value.document_id


def _pairs(collection: Any, document_id: Any) -> list[tuple[str, str, str]]:
    return [
        (p.kind, p.zh, p.en)
        for p in collection.documents.pairs(document_id=document_id, sentences=True)
    ]


def _put_cursor(edit: Any, position: int) -> None:
    """Move the text cursor with the keys: to the start, then right `position` times."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Home, CTRL)
    for _ in range(position):
        QTest.keyClick(edit, Qt.Key.Key_Right)
    assert edit.textCursor().position() == position


def test_split_a_pair_and_move_a_sentence_in_the_reader_then_undo(
    qtbot: Any, window: Any, idle: Any, collection: Any, imported: Any
) -> None:
    window.go("reader", imported)
    idle()
    reader = window.screens["reader"]
    before = _pairs(collection, imported)
    tops = collection.documents.pairs(document_id=imported)
    assert reader.model.rowCount() == len(tops)
    # a paragraph with several sentences on both sides
    row = next(
        r
        for r, p in enumerate(tops)
        if p.kind == "paragraph" and p.zh.count("。") >= 3 and p.en.count(". ") >= 3
    )
    original = tops[row]
    reader.table.selectRow(row)
    idle()
    assert reader.zh_edit.toPlainText() == original.zh
    zh_at = original.zh.index("。") + 1
    en_at = original.en.index(". ") + 1
    _put_cursor(reader.zh_edit, zh_at)
    _put_cursor(reader.en_edit, en_at)
    QTest.keyClick(  # Ctrl+Shift+M, from the English editor where the cursor was put
        reader.en_edit,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    idle()
    qtbot.waitUntil(lambda: reader.model.rowCount() == len(tops) + 1)
    split = collection.documents.pairs(document_id=imported)
    assert len(split) == len(tops) + 1
    assert (split[row].zh, split[row].en) == (original.zh[:zh_at], original.en[:en_at])
    assert (split[row + 1].zh, split[row + 1].en) == (
        original.zh[zh_at:].strip(),
        original.en[en_at:].strip(),
    )
    assert "Split" in window.undo_action.text()

    # the second half's first English sentence goes up to the first half
    reader.table.selectRow(row + 1)
    idle()
    assert reader.en_edit.toPlainText() == split[row + 1].en
    reader.table.setFocus()
    QTest.keyClick(reader.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    idle()
    moved = collection.documents.pairs(document_id=imported)
    assert len(moved) == len(split)
    first, second = moved[row], moved[row + 1]
    assert (first.zh, second.zh) == (split[row].zh, split[row + 1].zh)  # Chinese untouched
    assert first.en.startswith(split[row].en + " ") and len(first.en) > len(split[row].en) + 1
    assert split[row + 1].en.endswith(second.en) and len(second.en) < len(split[row + 1].en)
    assert f"{first.en} {second.en}" == f"{split[row].en} {split[row + 1].en}"
    qtbot.waitUntil(lambda: reader.model.text(row, 1) == first.en)
    assert "Move a sentence" in window.undo_action.text()

    reader.table.setFocus()
    _undo_with_the_keyboard(qtbot, window, reader.table)
    idle()
    assert [(p.zh, p.en) for p in collection.documents.pairs(document_id=imported)] == [
        (p.zh, p.en) for p in split
    ]
    assert "Split" in window.undo_action.text()
    _undo_with_the_keyboard(qtbot, window, reader.table)
    idle()
    assert _pairs(collection, imported) == before
    qtbot.waitUntil(lambda: reader.model.rowCount() == len(tops))
    assert reader.model.text(row, 1) == original.en


# -- study: S suspends -----------------------------------------------------------------------


def test_s_suspends_the_card_and_ctrl_z_takes_it_back(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    window.go("study")
    idle()
    study = window.screens["study"]
    shown = study.card
    assert shown is not None
    assert collection.terms.get(term_id=shown.term_id).suspended_cards == 0
    QTest.keyClick(study, Qt.Key.Key_S)
    idle()
    assert collection.terms.get(term_id=shown.term_id).suspended_cards == 1
    assert [t.id for t in collection.terms.search(TermQuery(suspended=True))] == [shown.term_id]
    assert study.card is not None and study.card.card_id != shown.card_id  # moved on
    assert "suspended" in window.message_bar.text()
    assert "Suspend 1 card" in window.undo_action.text()
    _undo_with_the_keyboard(qtbot, window, study)
    idle()
    assert collection.terms.get(term_id=shown.term_id).suspended_cards == 0
    assert collection.terms.search(TermQuery(suspended=True)) == []
    assert "Undone" in window.message_bar.text()
    qtbot.waitUntil(lambda: study.card is not None and study.card.card_id == shown.card_id)


# -- statistics after reviews ------------------------------------------------------------------


def test_statistics_count_the_reviews_given_in_study(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    window.go("statistics")
    idle()
    stats = window.screens["statistics"]
    assert stats.hint.isVisible()  # nothing studied yet: the empty hint
    assert stats.summary.text().startswith("0 reviews in all · today 0")
    assert not any(stats.per_day.values)

    window.go("study")
    idle()
    study = window.screens["study"]
    ratings = [3, 1, 4, 3, 2]
    for rating in ratings:
        assert study.card is not None
        QTest.keyClick(study, Qt.Key.Key_Space)
        QTest.keyClick(study, RATING_KEYS[rating])
        idle()
    answered = len(ratings)
    assert collection.study.stats().reviews == answered

    window.go("statistics")
    idle()
    assert stats.hint.isHidden()
    assert stats.summary.text().startswith(f"{answered} reviews in all · today {answered} ·")
    assert stats.per_day.values[-1] == answered  # today's bar, the last of 30 days
    assert sum(stats.per_day.values) == answered
    assert stats.heatmap.counts.get(stats.heatmap.today) == answered
    cards = sum(t.card_count for t in collection.terms.search())
    assert stats.states.rows and sum(int(r[2]) for r in stats.states.rows) == cards
    assert stats.hardest.count() == 1
