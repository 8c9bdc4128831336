"""Counted messages use the right plural form in English and Chinese; stored values, the
reader's legend and Qt's own buttons appear in Chinese; Statistics and Study say what their
figures are."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.gui.charts import BarChart, CalendarHeatmap
from desktop.gui.importing import import_path
from desktop.gui.wording import counted_text


def test_counted_text_writes_separators_and_the_plural_english_needs() -> None:
    assert counted_text("{0} term(s)", 1) == "1 term"
    assert counted_text("{0} term(s)", 1234) == "1,234 terms"
    assert counted_text("streak {0} day(s)", 0) == "streak 0 days"
    assert counted_text("Exported {0} note(s) ({1}) to {2}.", 1, "2 cards", "x") == (
        "Exported 1 note (2 cards) to x."
    )
    assert counted_text("已接受 {0} 个术语。", 12345) == "已接受 12,345 个术语。"


def _language(qapp: Any, idle: Any, language: str) -> None:
    """Switch the interface language and let the window retranslate."""
    from desktop.gui.app import install_language

    install_language(qapp, language)
    QApplication.processEvents()
    idle()


def _accept_and_reject_one(
    qtbot: Any, window: Any, idle: Any, collection: Any, seed_path: Path
) -> list[str]:
    summary = import_path(collection, seed_path).value.summary
    collection.candidates.extract(document_id=summary.document_id)
    window.go("candidates", summary.document_id)
    idle()
    screen = window.screens["candidates"]
    said: list[str] = []
    # The buttons rather than A and R: key clicks need the window active, which the offscreen
    # platform does not always keep in a long run.
    for button in (screen.accept_button, screen.reject_button):
        screen.table.selectRow(0)
        # the message the screen sends once the change is stored (the bar fades: not read there)
        with qtbot.waitSignal(screen.message_requested, timeout=20000) as message:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        said.append(message.args[0])
        idle()
    return said


def test_one_term_reads_as_one_in_english(
    qtbot: Any, window: Any, idle: Any, collection: Any, seed_path: Path
) -> None:
    assert _accept_and_reject_one(qtbot, window, idle, collection, seed_path) == [
        "Accepted 1 term. Ctrl+Z undoes.",
        "Rejected 1 candidate. Ctrl+Z undoes.",
    ]


def test_chinese_counts_values_legend_and_buttons(
    qtbot: Any, window: Any, idle: Any, collection: Any, seed_path: Path, qapp: Any
) -> None:
    _language(qapp, idle, "zh_CN")
    try:
        _chinese_everywhere(qtbot, window, idle, collection, seed_path)
    finally:  # before pytest-qt closes the window
        _language(qapp, idle, "en")


def _chinese_everywhere(
    qtbot: Any, window: Any, idle: Any, collection: Any, seed_path: Path
) -> None:
    assert _accept_and_reject_one(qtbot, window, idle, collection, seed_path) == [
        "已接受 1 个术语。Ctrl+Z 可撤销。",
        "已拒绝 1 个候选术语。Ctrl+Z 可撤销。",
    ]
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.status_filter.setCurrentIndex(browse.status_filter.findData("accepted"))
    qtbot.waitUntil(lambda: browse.model.rowCount() == 1)
    row = [browse.model.index(0, c).data() for c in range(browse.model.columnCount())]
    assert "已接受" in row and "accepted" not in row
    assert "默认" in row  # the deck the collection makes, named in the user's language
    assert browse.count_label.text() == "1 个术语"
    window.go("reader", collection.documents.all()[0].id)
    idle()
    legend = window.screens["reader"].legend.text()
    assert "已学术语" in legend and "known term" not in legend
    window.open_settings()
    dialog = window.settings_dialog
    idle()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    dialog.reject()
    QApplication.processEvents()


def test_statistics_and_study_say_what_their_figures_are(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    window.go("study")
    idle()
    study = window.screens["study"]
    assert "New today" in study.counts.text()
    assert "daily limit" in study.counts.toolTip()
    QTest.keyClick(study, Qt.Key.Key_Space)
    QTest.keyClick(study, Qt.Key.Key_3)
    idle()
    window.go("statistics")
    idle()
    stats = window.screens["statistics"]
    assert stats.summary.text() == "1 review in all · today 1 · streak 1 day"
    # one first answer: no card has come back for review, so no retention yet, said so
    assert stats.retention.rows == []
    assert stats.retention.empty_text == "Shown once cards come back for review"
    assert stats.per_day.ticks() == [0, 1]


def test_count_axes_are_whole_numbers(qtbot: Any) -> None:
    chart = BarChart("Reviews")
    qtbot.addWidget(chart)
    chart.set_data(["a", "b", "c"], [1, 9, 3])
    assert chart.ticks() == [0, 4, 9]
    chart.set_data(["a"], [0.5])
    assert chart.ticks() == [0.0, 0.2, 0.5]


def test_the_heatmap_names_its_months(qtbot: Any) -> None:
    heatmap = CalendarHeatmap("A year")
    qtbot.addWidget(heatmap)
    heatmap.set_counts({}, date(2026, 12, 7))
    labels = heatmap.month_labels()
    names = [name for _week, name in labels]
    assert names == [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ]
    # the column of the week holding 1 December 2026 (a Tuesday)
    start = heatmap.first_day()
    assert labels[-1][0] == (date(2026, 11, 30) - start).days // 7
