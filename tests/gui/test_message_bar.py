"""The message bar floats over the screen (nothing moves under the mouse) and closes by a
visible button; info messages fade, errors and the welcome stay."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from desktop.gui.widgets import MessageKind


def _in_window(window: Any, widget: Any) -> Any:
    return widget.geometry().translated(widget.parentWidget().mapTo(window, QPoint(0, 0)))


def test_a_message_does_not_push_the_screen_down(qtbot: Any, window: Any, idle: Any) -> None:
    idle()
    library = window.screens["library"]
    before = _in_window(window, library)
    window.show_message("Imported “x”. Review its term candidates next.", MessageKind.INFO)
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert _in_window(window, library) == before
    bar = _in_window(window, window.message_bar)
    stack = _in_window(window, window.stack)
    assert (bar.top(), bar.left(), bar.width()) == (stack.top(), stack.left(), stack.width())
    assert window.message_bar.fades()
    window.show_message("Something went wrong.", MessageKind.ERROR)
    assert not window.message_bar.fades()


def test_the_close_button_shows_its_sign_and_closes(qtbot: Any, window: Any) -> None:
    window.show_message("A message", MessageKind.ERROR)
    button = window.message_bar.close_button
    qtbot.waitUntil(lambda: button.isVisible())
    assert button.text() == "✕"
    assert button.width() >= button.sizeHint().width()
    assert button.contentsRect().width() >= button.fontMetrics().horizontalAdvance("✕")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.message_bar.isVisible()


def test_the_bar_follows_the_window_size(qtbot: Any, window: Any) -> None:
    window.show_message("A message", MessageKind.ERROR)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.message_bar.width() == window.stack.width())
    assert window.message_bar.height() >= window.message_bar.label.sizeHint().height()
