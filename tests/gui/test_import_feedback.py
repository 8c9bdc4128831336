"""The import dialog as the user feels it: progress at once with a working Cancel, the preview
given the room, rows as tall as their text, errors plain with Import off; the first run shows
the sample's import in the Library rather than "Your library is empty"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _previewed(qtbot: Any, window: Any, path: Path) -> Any:
    window.open_import(path=path)
    dialog = window.import_dialog
    dialog.resize(900, 640)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    return dialog


def test_enter_shows_progress_at_once_and_cancel_stops_the_import(
    qtbot: Any, window: Any, idle: Any, seed_path: Path, collection: Any
) -> None:
    dialog = _previewed(qtbot, window, seed_path)
    assert not dialog.progress_bar.isVisible()
    dialog.path_edit.setFocus()  # it loses the focus as the import disables it
    qtbot.waitUntil(dialog.path_edit.hasFocus)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    # at once, in the dialog itself: no waiting for a delayed progress window
    assert dialog.progress_bar.isVisible()
    assert dialog.status.text() == "Importing: storing the text…"
    assert not dialog.tabs.isEnabled() and not dialog.import_button.isEnabled()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Import cancelled; nothing was stored.")
    idle()
    assert dialog.isVisible()  # Cancel stopped the import, not the dialog
    assert not dialog.progress_bar.isVisible()
    assert dialog.import_button.isEnabled() and dialog.tabs.isEnabled()
    assert collection.documents.all() == []
    # and the import still works afterwards
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    idle()
    assert len(collection.documents.all()) == 1


def test_the_preview_gets_the_room_and_rows_fit_their_text(
    qtbot: Any, window: Any, seed_path: Path
) -> None:
    dialog = _previewed(qtbot, window, seed_path)
    # the file page is three rows: the tabs do not keep the pasting page's height
    assert dialog.pairs.height() > dialog.tabs.height()
    on_file_page = dialog.tabs.height()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.tabs.height() > on_file_page)
    dialog.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.tabs.height() == on_file_page)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    qtbot.waitUntil(lambda: not dialog.fit_rows.isActive())
    table = dialog.pairs
    assert table.rowCount() == 14
    for row in range(table.rowCount()):
        height = table.rowHeight(row)
        table.resizeRowToContents(row)  # what the text needs at the width shown
        assert table.rowHeight(row) == height


def _fill_colour(button: Any) -> str:
    """The colour of a button's face, left of its text."""
    image = button.grab().toImage()
    return str(image.pixelColor(8, image.height() // 2).name())


def test_errors_are_plain_and_keep_import_off(
    qtbot: Any, window: Any, idle: Any, seed_path: Path, tmp_path: Path
) -> None:
    from desktop.gui.theme import apply_theme

    apply_theme("light")  # the program's style sheet, as it starts with
    dialog = _previewed(qtbot, window, seed_path)
    assert not dialog.error.isVisible()
    enabled_look = _fill_colour(dialog.import_button)
    missing = tmp_path / "missing.txt"
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    QTest.keyClicks(dialog.path_edit, str(missing))
    # typing another file: the preview shown is not of it, so it cannot be imported
    assert not dialog.import_button.isEnabled()
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=30000)
    idle()
    assert dialog.error.objectName() == "error"
    assert str(missing) in dialog.error.text()
    # nothing of the file read before is shown as if it were this one's
    assert dialog.pairs.rowCount() == 0 and dialog.removals.count() == 0
    assert dialog.format_label.text() == "—"
    assert dialog.title_edit.text() == ""
    assert not dialog.import_button.isEnabled()
    assert _fill_colour(dialog.import_button) != enabled_look  # and it looks it
    assert dialog.status.text() == ""
    # Enter does nothing while there is an error
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    idle()
    assert dialog.isVisible()
    # the right file again: the error goes, Import comes back
    dialog.path_edit.setText(str(seed_path))
    dialog.preview()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    assert not dialog.error.isVisible()


def test_first_run_shows_the_sample_import_in_the_library(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    from desktop.gui.app import maybe_import_sample

    library = window.screens["library"]
    idle()  # the library's first load, which finds no document
    assert library.documents_stack.currentWidget() is library.documents_empty
    seen: list[Any] = []
    library.documents_stack.currentChanged.connect(
        lambda _i: seen.append(library.documents_stack.currentWidget())
    )
    maybe_import_sample(window, force=False)
    qtbot.waitUntil(lambda: library.documents_stack.currentWidget() is library.importing)
    assert library.importing_label.text() == "Importing the sample text…"
    assert library.importing_bar.isVisible()
    idle(60000)
    qtbot.waitUntil(lambda: library.documents.rowCount() == 1)
    assert library.documents_stack.currentWidget() is library.documents
    # never "Your library is empty" between the progress and the document
    assert library.documents_empty not in seen[seen.index(library.importing) :]


def test_first_run_speaks_the_language_chosen(
    qtbot: Any, qapp: Any, window: Any, idle: Any, collection: Any
) -> None:
    from desktop.gui.app import install_language, maybe_import_sample

    assert install_language(qapp, "zh_CN") is not None
    try:
        idle()
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "文库")
        maybe_import_sample(window, force=False)
        library = window.screen_for("library")
        qtbot.waitUntil(lambda: library.documents_stack.currentWidget() is library.importing)
        assert library.importing_label.text() == "正在导入示例文本…"
        idle(60000)
        assert window.message_bar.text().startswith("欢迎使用对译！")
    finally:
        install_language(qapp, "en")
        idle()
