"""Dates in the charts follow the interface language chosen in Settings, not the system's locale,
and switch with it live."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def _choose_language(qtbot: Any, window: Any, idle: Any, language: str) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    idle()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    idle()


def _month_names(window: Any) -> list[str]:
    heatmap = window.screens["statistics"].heatmap
    return [name for _week, name in heatmap.month_labels()]


def _months(window: Any) -> list[int]:
    """The month of each label, worked out from the heatmap's own columns."""
    heatmap = window.screens["statistics"].heatmap
    start = heatmap.first_day()
    return [(start + timedelta(days=week * 7 + 6)).month for week, _ in heatmap.month_labels()]


def test_the_heatmap_months_follow_the_chosen_language_live(
    qtbot: Any, window: Any, idle: Any, qapp: Any
) -> None:
    before = QLocale()
    window.go("statistics")
    idle()
    try:
        _choose_language(qtbot, window, idle, "zh_CN")
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "文库")
        idle()
        months = _months(window)
        assert set(months) == set(range(1, 13))  # a year: every month begins once or twice
        assert _month_names(window) == [f"{month}月" for month in months]
        _choose_language(qtbot, window, idle, "en")
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Library")
        idle()
        english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
        english += ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        assert _month_names(window) == [english[month - 1] for month in months]
    finally:
        from desktop.gui.app import install_language

        install_language(qapp, "en")
        QLocale.setDefault(before)
        QApplication.processEvents()
