"""Search in Browse by Chinese, English and pinyin; edit a term; export a deck from the dialog."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.ops.term_info import TermQuery

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("以人为本", "people-centered"),
    ("互联互通", "connectivity"),
]


def _type_chinese(widget: Any, text: str) -> None:
    """Type Chinese as a user does: through the input method, committed in one go."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _rows(browse: Any) -> list[str]:
    model = browse.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_in_browse(qtbot: Any, window: Any, idle: Any, collection: Any) -> None:
    for chinese, english in TERMS:
        collection.terms.add(chinese=chinese, english=english)
    window.go("browse", "focus-search")
    idle()
    browse = window.screens["browse"]
    assert sorted(_rows(browse)) == sorted(c for c, _ in TERMS)
    assert browse.count_label.text() == "4 terms"
    _type_chinese(browse.search, "鸿沟")
    qtbot.waitUntil(lambda: _rows(browse) == ["数字鸿沟"], timeout=10000)
    browse.search.clear()
    QTest.keyClicks(browse.search, "divide")
    qtbot.waitUntil(lambda: _rows(browse) == ["数字鸿沟"], timeout=10000)
    browse.search.clear()
    QTest.keyClicks(browse.search, "wangluo")  # pinyin without tones
    qtbot.waitUntil(lambda: _rows(browse) == ["网络空间"], timeout=10000)
    browse.search.clear()
    QTest.keyClicks(browse.search, "nothing-like-this")
    qtbot.waitUntil(lambda: browse.count_label.text() == "0 terms", timeout=10000)
    assert _rows(browse) == []


def test_edit_a_term_in_the_panel_and_undo(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital gap")
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.table.selectRow(0)
    assert browse.edit_english.text() == "digital gap"
    browse.edit_english.clear()
    QTest.keyClicks(browse.edit_english, "digital divide")
    qtbot.mouseClick(browse.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert collection.terms.search(TermQuery(text="数字鸿沟"))[0].english == "digital divide"
    qtbot.waitUntil(lambda: browse.model.rowCount() == 1)
    assert browse.model.index(0, 2).data() == "digital divide"
    assert "Edit term" in window.undo_action.text()
    window.undo_action.trigger()
    idle()
    assert collection.terms.search(TermQuery(text="数字鸿沟"))[0].english == "digital gap"


def test_export_a_deck(qtbot: Any, window: Any, idle: Any, collection: Any, tmp_path: Path) -> None:
    for chinese, english in TERMS:
        collection.terms.add(chinese=chinese, english=english)
    window.open_export()
    dialog = window.export_dialog
    idle()
    assert [dialog.decks.item(i).text() for i in range(dialog.decks.count())] == ["Default"]
    target = tmp_path / "terms.apkg"
    dialog.path_edit.clear()
    QTest.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "4 notes" in signal.args[0]
    assert zipfile.is_zipfile(target)
    idle()
    assert "4 notes" in window.message_bar.text()


def test_export_basic_notes_for_any_anki(
    qtbot: Any, window: Any, idle: Any, collection: Any, tmp_path: Path
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    window.open_export(csv=True)
    dialog = window.export_dialog
    idle()
    labels = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    dialog.format_combo.setCurrentIndex(
        labels.index("CSV for Anki's Basic note type, for any Anki (.csv)")
    )
    target = tmp_path / "basic.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == f"Exported 1 note (1 card) to {target}."
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[2] == "#notetype:Basic"
    assert lines[-1].startswith("数字鸿沟,<div>shùzì hónggōu</div><div>digital divide</div>,")


def test_export_to_a_missing_folder_says_so(
    qtbot: Any, window: Any, idle: Any, collection: Any, tmp_path: Path
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    window.open_export(csv=True)
    dialog = window.export_dialog
    idle()
    dialog.path_edit.setText(str(tmp_path / "missing" / "terms.csv"))
    dialog.export_button.click()
    idle()
    assert "missing" in dialog.status.text()
    assert dialog.isVisible()
    dialog.reject()


def test_sort_by_clicking_a_column_header(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    for chinese, english in TERMS:
        collection.terms.add(chinese=chinese, english=english)
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    header = browse.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    idle()
    english = [browse.model.index(r, 2).data() for r in range(browse.model.rowCount())]
    assert english == ["connectivity", "cyberspace", "digital divide", "people-centered"]
    assert (browse.model.order, browse.model.descending) == ("english", False)
    # A second click on the same header turns the order round.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    idle()
    english = [browse.model.index(r, 2).data() for r in range(browse.model.rowCount())]
    assert english == ["people-centered", "digital divide", "cyberspace", "connectivity"]
    assert (browse.model.order, browse.model.descending) == ("english", True)


def _home(monkeypatch: Any, tmp_path: Path) -> Path:
    """A fresh home folder without Documents (and no XDG folder settings pointing elsewhere)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def test_export_makes_the_missing_documents_folder(
    qtbot: Any, window: Any, idle: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    home = _home(monkeypatch, tmp_path)
    window.open_export()
    dialog = window.export_dialog
    idle()
    assert dialog.path_edit.text() == str(home / "Documents" / "duiyi.apkg")
    assert (home / "Documents").is_dir()
    dialog.reject()


def test_export_falls_back_to_home_when_documents_cannot_be_made(
    qtbot: Any, window: Any, idle: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    home = _home(monkeypatch, tmp_path)
    (home / "Documents").write_text("a file, not a folder", encoding="utf-8")
    window.open_export(csv=True)
    dialog = window.export_dialog
    idle()
    assert dialog.path_edit.text() == str(home / "duiyi.csv")
    dialog.reject()


def test_export_label_save_to_has_a_working_mnemonic(qtbot: Any, window: Any, idle: Any) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    window.open_export()
    dialog = window.export_dialog
    idle()
    qtbot.waitExposed(dialog)
    form = dialog.findChild(QFormLayout)
    items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    labels = [item.widget() for item in items if item is not None]
    save_to = next(
        label for label in labels if isinstance(label, QLabel) and "Save to" in label.text()
    )
    assert save_to.buddy() is dialog.path_edit
    dialog.format_combo.setFocus()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.path_edit.hasFocus())
    dialog.reject()
