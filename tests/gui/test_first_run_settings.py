"""First run imports the bundled sample; Settings change the look and the study options."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox


def test_first_run_imports_the_sample_and_says_what_next(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    from desktop.gui.app import maybe_import_sample

    maybe_import_sample(window, force=False)
    idle(60000)
    documents = collection.documents.all()
    assert len(documents) == 1
    assert collection.candidates.all(document_id=documents[0].id)
    assert "Candidates" in window.message_bar.text()
    assert not window.message_bar.fades()  # the welcome stays until the user closes it
    library = window.screens["library"]
    qtbot.waitUntil(lambda: library.documents.rowCount() == 1)
    # a second start does not import it again
    maybe_import_sample(window, force=True)
    idle(60000)
    assert len(collection.documents.all()) == 1


def test_settings_change_theme_and_retention(
    qtbot: Any, window: Any, idle: Any, collection: Any, settings: Any, qapp: Any
) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    idle()
    assert dialog.retention.value() == 0.9
    dialog.retention.setValue(0.85)
    dialog.new_per_day.setValue(7)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    idle()
    stored = collection.decks.settings(deck_id=None)
    assert stored.desired_retention == 0.85
    assert stored.new_per_day == 7
    assert settings.value("look/theme") == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60  # really dark
    assert "study settings" in window.undo_action.text().lower()
    from desktop.gui.theme import apply_theme

    apply_theme("light")
