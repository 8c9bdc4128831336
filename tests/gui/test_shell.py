"""The main window: sidebar, empty screens that say how to fill them, errors as messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.gui.crash import CrashDialog
from desktop.gui.service import Failure
from duiyi.errors import InvalidInput


def test_sidebar_lists_the_screens_and_keys_switch_them(qtbot: Any, window: Any) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Library", "Candidates", "Browse", "Study", "Statistics", "Drills"]
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "study"
    qtbot.mouseClick(
        window.sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.sidebar.visualItemRect(window.sidebar.item(2)).center(),
    )
    assert window.current_key() == "browse"


def test_empty_screens_say_how_to_fill_them(qtbot: Any, window: Any, idle: Any) -> None:
    idle()
    library = window.screens["library"]
    assert library.documents_empty.isVisible()
    assert "Ctrl+O" in library.documents_empty.text()
    window.go("candidates")
    idle()
    assert "Import" in window.screens["candidates"].empty.text()
    assert window.screens["candidates"].empty.isVisible()
    window.go("study")
    idle()
    assert "No cards are due" in window.screens["study"].empty.text()
    window.go("statistics")
    idle()
    assert window.screens["statistics"].hint.isVisible()


def test_a_user_error_is_a_plain_message_in_the_window(qtbot: Any, window: Any, idle: Any) -> None:
    # Nothing done yet: Edit > Undo is disabled, and asking anyway gives a plain message.
    assert not window.undo_action.isEnabled()
    window.undo()
    idle()
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert "nothing to undo" in window.message_bar.text().lower()


def test_a_bug_opens_a_crash_dialog_that_saves_its_report(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    def broken(_task: Any) -> None:
        raise RuntimeError("boom in a task")

    window.service.run(broken)
    qtbot.waitUntil(
        lambda: any(isinstance(w, CrashDialog) for w in window.findChildren(CrashDialog))
    )
    dialog = window.findChildren(CrashDialog)[0]
    assert "boom in a task" in dialog.text.toPlainText()
    target = tmp_path / "report.txt"
    dialog.save_to(target)
    assert "RuntimeError" in target.read_text(encoding="utf-8")
    dialog.close()


def test_failure_of_a_user_error_is_not_a_bug() -> None:
    assert Failure(InvalidInput("x"), "").is_user_error
    assert not Failure(RuntimeError("x"), "").is_user_error


def test_an_unreadable_file_is_explained_in_the_import_dialog(
    qtbot: Any, window: Any, idle: Any, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.open_import(path=empty)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: "empty.txt" in dialog.error.text(), timeout=20000)
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_interface_speaks_simplified_chinese(
    qtbot: Any, qapp: Any, collection: Any, settings: Any
) -> None:
    from desktop.gui.app import build_window, install_language

    translator = install_language(qapp, "zh_CN")
    assert translator is not None
    try:
        win = build_window(collection, settings)
        qtbot.addWidget(win)
        names = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
        assert names == ["文库", "候选术语", "浏览", "学习", "统计", "练习"]
        win.go("study")
        qtbot.waitUntil(lambda: win.service.idle)
        assert "没有到期的卡片" in win.screens["study"].empty.text()
        win.service.shutdown()
    finally:
        install_language(qapp, "en")  # removes Qt's own translation too
