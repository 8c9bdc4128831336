"""Theme and language switch live: highlights, legend and icons follow the theme; menus, the
sidebar and the screens follow the language, without a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.gui.importing import import_path
from desktop.gui.resources import icon
from desktop.gui.richtext import HTML_ROLE
from desktop.gui.theme import apply_theme, highlight_colors, icon_color
from desktop.gui.widgets import ElidedLabel


def _settings_ok(qtbot: Any, window: Any, idle: Any, **choices: str) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    idle()
    for name, value in choices.items():
        combo = getattr(dialog, name)
        combo.setCurrentIndex(combo.findData(value))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    idle()


def _image(qicon: Any) -> Any:
    return qicon.pixmap(QSize(20, 20)).toImage()


def test_dark_back_to_light_recolours_the_reader_and_the_icons(
    qtbot: Any, window: Any, idle: Any, collection: Any, seed_path: Any
) -> None:
    document = import_path(collection, seed_path).value.summary.document_id
    collection.terms.add(chinese="网络空间", english="cyberspace")
    try:
        _settings_ok(qtbot, window, idle, theme="dark")
        window.go("reader", document)
        idle()
        reader = window.screens["reader"]
        row = next(
            r for r in range(reader.model.rowCount()) if "网络空间" in reader.model.text(r, 0)
        )
        dark_known = highlight_colors()[0]
        assert dark_known in reader.model.index(row, 0).data(HTML_ROLE)
        _settings_ok(qtbot, window, idle, theme="light")
        light_known, light_candidate = highlight_colors()
        assert light_known != dark_known
        markup = reader.model.index(row, 0).data(HTML_ROLE)
        assert light_known in markup and dark_known not in markup
        assert light_known in reader.legend.text() and light_candidate in reader.legend.text()
        assert dark_known not in reader.legend.text()
        item = window.sidebar.item(0)
        assert _image(item.icon()) == _image(icon("library", icon_color()))
        assert _image(item.icon()) != _image(icon("library", "#c9ced6"))  # the dark stroke
    finally:
        apply_theme("light")


def test_switching_the_language_shows_every_text_in_it_at_once(
    qtbot: Any, window: Any, idle: Any, qapp: Any
) -> None:
    window.go("statistics")
    idle()
    try:
        _settings_ok(qtbot, window, idle, language="zh_CN")
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "文库")
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert window.current_key() == "statistics"
        titles = window.screens["statistics"].findChildren(ElidedLabel)
        assert [title.full_text() for title in titles] == ["统计"]
        # Qt's own texts come in the language too
        window.open_settings()
        dialog = window.settings_dialog
        idle()
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "取消"
        dialog.reject()
        _settings_ok(qtbot, window, idle, language="en")
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Library")
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        from desktop.gui.app import install_language

        install_language(qapp, "en")
        QApplication.processEvents()
