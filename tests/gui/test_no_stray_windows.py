"""Building and showing a screen shows no window of its own: on a desktop it would flash and
take the focus from the main window (its keyboard shortcuts then stop working)."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class WindowsShown(QObject):
    """Records every top-level widget shown while installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_no_screen_shows_a_window_of_its_own(qapp: Any, window: Any, idle: Any) -> None:
    spy = WindowsShown()
    qapp.installEventFilter(spy)
    built = []  # kept until the window closes: they listen to the service's changes
    try:
        for factory in window._factories.values():
            module, name = factory.split(":")
            screen_class = getattr(importlib.import_module(f"desktop.gui.screens.{module}"), name)
            built.append(screen_class(window.service))  # as the window builds it, unshown
        for key in window._factories:
            window.go(key)
            idle()
    finally:
        qapp.removeEventFilter(spy)
    assert spy.shown == []
    assert QApplication.activeWindow() is window
