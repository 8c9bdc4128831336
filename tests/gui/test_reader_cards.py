"""Make a Card in the reader keeps the pair it was made in: the context sentence on the card and
in the exported Anki note, and the term highlighted as known, also after reopening."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

from db.ops.term_info import TermQuery
from desktop.gui.importing import import_path
from desktop.gui.richtext import HTML_ROLE
from desktop.gui.theme import highlight_colors
from duiyi.anki.fields import plain_text

SENTENCE_START = "共同推进跨境光缆"


@pytest.fixture
def seeded(collection: Any, seed_path: Path) -> Any:
    """The seed imported and its candidates extracted, through the facade."""
    return import_path(collection, seed_path).value.summary.document_id


def _select(reader: Any, idle: Any, chinese: str) -> int:
    """Select `chinese` in the Chinese editor of the first row holding it; returns the row."""
    row = next(r for r in range(reader.model.rowCount()) if chinese in reader.model.text(r, 0))
    reader.table.selectRow(row)
    idle()
    start = reader.zh_edit.toPlainText().index(chinese)
    cursor = reader.zh_edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(chinese), QTextCursor.MoveMode.KeepAnchor)
    reader.zh_edit.setTextCursor(cursor)
    return row


def _make_card(qtbot: Any, reader: Any, idle: Any, chinese: str, english: str) -> None:
    qtbot.waitUntil(reader.card_button.isEnabled, timeout=10000)
    idle()
    qtbot.mouseClick(reader.card_button, Qt.MouseButton.LeftButton)
    dialog = reader.make_card_dialog
    assert dialog.chinese.text() == chinese
    dialog.english.setText(english)
    dialog.deck.setText("Cables")
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    idle()


def _known_markup(reader: Any, row: int, chinese: str) -> bool:
    known, _candidate = highlight_colors()
    markup = reader.model.index(row, 0).data(HTML_ROLE)
    return f'<span style="background-color:{known}; color:' in markup and (
        f">{chinese}</span>" in markup
    )


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = AnkiCollection(str(folder / "collection.anki2"))
    yield col
    col.close()


def test_a_card_made_in_the_reader_keeps_its_sentence(
    qtbot: Any,
    window: Any,
    idle: Any,
    collection: Any,
    seeded: Any,
    tmp_path: Path,
    anki: AnkiCollection,
    settings: QSettings,
) -> None:
    assert all(c.chinese != "跨境光缆" for c in collection.candidates.all(document_id=seeded))
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    row = _select(reader, idle, "跨境光缆")
    assert not _known_markup(reader, row, "跨境光缆")
    _make_card(qtbot, reader, idle, "跨境光缆", "cross-border optical cables")

    (term,) = collection.terms.search(TermQuery(text="跨境光缆", status="accepted"))
    assert (term.chinese, term.english, term.deck_name) == (
        "跨境光缆",
        "cross-border optical cables",
        "Cables",
    )
    # the context is the sentence it was selected in, not the whole paragraph
    sentence = next(
        p
        for p in collection.documents.pairs(document_id=seeded, sentences=True)
        if p.kind == "sentence" and "跨境光缆" in p.zh
    )
    assert sentence.zh.startswith(SENTENCE_START)
    collection.study.start(deck="Cables")
    card = collection.study.next_card()
    assert card is not None and card.context is not None
    assert card.context.zh == sentence.zh
    assert card.context.zh[card.context.zh_span[0] : card.context.zh_span[1]] == "跨境光缆"

    # the exported note carries the sentence, with the term marked
    out = tmp_path / "cables.apkg"
    collection.exchange.export_apkg(path=out)
    anki.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(out), options=ImportAnkiPackageOptions())
    )
    (note,) = [anki.get_note(n) for n in anki.find_notes("跨境光缆")]
    assert plain_text(note["ContextZh"]) == sentence.zh
    assert '<span class="duiyi-term">跨境光缆</span>' in note["ContextZh"]

    # known in the reader now, and after reopening the collection in a new window
    qtbot.waitUntil(lambda: _known_markup(reader, row, "跨境光缆"))
    path = collection.path
    window.service.wait_idle()
    window.close()
    window.service.shutdown()

    from db import Collection
    from desktop.gui.app import build_window

    reopened = Collection.open(path)
    again = build_window(reopened, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        again.go("reader", seeded)
        qtbot.waitUntil(lambda: again.service.idle, timeout=20000)
        qtbot.waitUntil(lambda: _known_markup(again.screens["reader"], row, "跨境光缆"))
    finally:
        again.service.wait_idle()
        again.close()
        again.service.shutdown()
    QApplication.processEvents()


def test_a_card_made_for_a_candidate_accepts_it(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any
) -> None:
    (candidate,) = [
        c for c in collection.candidates.all(document_id=seeded) if c.chinese == "多边开发银行"
    ]
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    row = _select(reader, idle, "多边开发银行")
    _make_card(qtbot, reader, idle, "多边开发银行", "multilateral development banks")
    # the candidate itself became the term: no duplicate, nothing left to review for it
    (term,) = collection.terms.search(TermQuery(text="多边开发银行"))
    assert (term.id, term.status, term.english) == (
        candidate.id,
        "accepted",
        "multilateral development banks",
    )
    assert all(c.chinese != "多边开发银行" for c in collection.candidates.all(document_id=seeded))
    qtbot.waitUntil(lambda: _known_markup(reader, row, "多边开发银行"))
    assert collection.undo_label() == "Add term 多边开发银行"
    window.undo_action.trigger()
    idle()
    (back,) = [
        c for c in collection.candidates.all(document_id=seeded) if c.chinese == "多边开发银行"
    ]
    assert back.id == candidate.id


def _colours_shown(reader: Any) -> tuple[bool, bool]:
    """(any known highlight, any candidate highlight) over every row of the reader."""
    known, candidate = highlight_colors()
    markup = "".join(
        reader.model.index(row, column).data(HTML_ROLE)
        for row in range(reader.model.rowCount())
        for column in (0, 1)
    )
    return f"background-color:{known};" in markup, f"background-color:{candidate};" in markup


def test_the_reader_shows_known_terms_candidates_both_or_neither(
    qtbot: Any, window: Any, idle: Any, collection: Any, seeded: Any, settings: QSettings
) -> None:
    waiting = collection.candidates.all(document_id=seeded)
    collection.candidates.accept(term_ids=[c.id for c in waiting if c.chinese == "网络空间"])
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    assert _colours_shown(reader) == (True, True)
    reader.show_candidates.click()
    assert _colours_shown(reader) == (True, False)
    assert "candidate" not in reader.legend.text()
    reader.show_known.click()
    assert _colours_shown(reader) == (False, False)
    reader.show_candidates.click()
    assert _colours_shown(reader) == (False, True)
    assert "known term" not in reader.legend.text()

    # remembered: a reader made later (the next start) shows the same
    from desktop.gui.screens.reader import ReaderScreen

    later = ReaderScreen(window.service)
    qtbot.addWidget(later)
    assert (later.show_known.isChecked(), later.show_candidates.isChecked()) == (False, True)
    later.activated(seeded)
    idle()
    qtbot.waitUntil(lambda: later.model.rowCount() == reader.model.rowCount())
    assert _colours_shown(later) == (False, True)


def _cell_editors(reader: Any) -> list[Any]:
    return [w for w in reader.table.viewport().findChildren(QTextEdit) if w.isVisible()]


def _visible(edit: Any, start: int) -> bool:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    return edit.viewport().rect().contains(edit.cursorRect(cursor).center())


def test_counterparts_from_the_table_scroll_into_view_and_replace_old_marks(
    qtbot: Any, window: Any, idle: Any, seeded: Any
) -> None:
    window.resize(1024, 700)
    window.go("reader", seeded)
    idle()
    reader = window.screens["reader"]
    reader.splitter.setSizes([560, 110])  # a small editor: the English does not fit in it
    row = next(r for r in range(reader.model.rowCount()) if "知识产权" in reader.model.text(r, 0))
    reader.table.selectRow(row)
    idle()
    # a span selected in the table's own cell, not in the editors below
    index = reader.model.index(row, 0)
    reader.table.scrollTo(index)
    rect = reader.table.visualRect(index)
    qtbot.mouseClick(reader.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # a click on the selected row opens its text (after the double-click interval)
    qtbot.waitUntil(lambda: _cell_editors(reader) != [])
    (cell,) = _cell_editors(reader)
    start = cell.toPlainText().index("知识产权")
    cursor = cell.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    cell.setTextCursor(cursor)
    assert reader.zh_edit.textCursor().selectedText() == "知识产权"
    qtbot.waitUntil(lambda: bool(reader.en_edit.extraSelections()), timeout=10000)
    (mark,) = reader.en_edit.extraSelections()
    assert "intellectual property" in mark.cursor.selectedText().lower()
    assert reader.suggestion.text() == f"Counterpart: {mark.cursor.selectedText()}"
    # the match lies far down the English: the editor scrolled to it
    assert reader.en_edit.verticalScrollBar().value() > 0
    assert _visible(reader.en_edit, mark.cursor.selectionStart())

    # a new selection on the other side: the old mark goes at once, the new one comes
    english = reader.en_edit.toPlainText()
    at = english.index("connectivity")
    cursor = reader.en_edit.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len("connectivity"), QTextCursor.MoveMode.KeepAnchor)
    reader.en_edit.setTextCursor(cursor)
    assert reader.en_edit.extraSelections() == []
    assert reader.suggestion.text() == ""
    qtbot.waitUntil(lambda: bool(reader.zh_edit.extraSelections()), timeout=10000)
    (mark,) = reader.zh_edit.extraSelections()
    assert mark.cursor.selectedText() == "互联互通"
    assert reader.en_edit.extraSelections() == []
