"""GUI fixtures: a real collection in tmp_path, the real main window, settings kept in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def settings(tmp_path: Path, qapp: Any) -> QSettings:
    """QSettings in tmp_path, so tests never touch the user's own preferences."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "conf"))
    qapp.setOrganizationName("DuiyiTests")
    qapp.setApplicationName("DuiyiTests")
    return QSettings()


@pytest.fixture
def collection(tmp_path: Path) -> Any:
    """A fresh collection file (closed by the window's service at the end)."""
    # Imported here: while conftest files load, tests/db would shadow the db package.
    from db import Collection

    return Collection.open(tmp_path / "collection.duiyi")


@pytest.fixture
def window(qtbot: Any, collection: Any, settings: QSettings) -> Iterator[Any]:
    """The main window on the Library screen, shown; shut down cleanly afterwards."""
    from desktop.gui.app import build_window

    win = build_window(collection, settings)
    qtbot.addWidget(win)
    win.go("library")
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # menu shortcuts (Ctrl+Z, Ctrl+O) go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.service.wait_idle()
    win.close()
    win.service.shutdown()


def _answer_question(asked: list[str], button: QMessageBox.StandardButton) -> None:
    """Answer the next question box with `button`, keeping its text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet
            QTimer.singleShot(20, answer)
            return
        assert box.textFormat() == Qt.TextFormat.PlainText
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, answer)


@pytest.fixture
def answer_question() -> Callable[[list[str], QMessageBox.StandardButton], None]:
    """answer_question(asked, button): answer the next question box with `button`, appending
    its text (plain text, checked) to `asked`."""
    return _answer_question


@pytest.fixture
def idle(qtbot: Any, window: Any) -> Any:
    """idle(): wait until every background task has finished and its result was delivered."""

    def wait(timeout: int = 20000) -> None:
        qtbot.waitUntil(lambda: window.service.idle, timeout=timeout)

    return wait


STUDY_TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("以人为本", "people-centered"),
    ("互联互通", "connectivity"),
    ("人才交流", "people-to-people exchanges"),
    ("命运共同体", "community with a shared future"),
]


@pytest.fixture
def study_terms(collection: Any) -> dict[str, Any]:
    """Six accepted terms (twelve cards) to study, added through the facade: Chinese -> id."""
    return {zh: collection.terms.add(chinese=zh, english=en).value.id for zh, en in STUDY_TERMS}


@pytest.fixture
def program_look(qapp: Any) -> Iterator[None]:
    """The program's light style sheet and base font, as it starts with (their padding and the
    CJK fallback's taller lines decide whether a layout fits); restored afterwards."""
    from PySide6.QtGui import QPalette

    from desktop.gui.theme import apply_base_font, apply_theme

    before = (qapp.font(), qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet())
    dark_before = qapp.property("duiyi_dark")
    apply_theme("light")
    apply_base_font()
    yield
    qapp.setFont(before[0])
    qapp.setStyle(before[1])
    qapp.setPalette(before[2])
    qapp.setStyleSheet(before[3])
    qapp.setProperty("duiyi_dark", dark_before)
