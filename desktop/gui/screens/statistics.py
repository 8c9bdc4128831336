"""Statistics: reviews per day, due forecast, retention, calendar heatmap, card states."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QScrollArea, QWidget

from db.results import Changes
from desktop.gui.charts import BarChart, CalendarHeatmap, HorizontalBars
from desktop.gui.service import CollectionService
from desktop.gui.widgets import Screen, hint_label, title_label
from desktop.gui.wording import counted_text
from duiyi.counts import number
from duiyi.study.stats import Stats

STATE_COLORS = {
    "new": "#2471a3",
    "learning": "#d35400",
    "review": "#239b56",
    "relearning": "#c0392b",
    "suspended": "#95a5a6",
}


class StatisticsScreen(Screen):
    """Charts of the learner's history and what is coming."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Statistics")))
        header.addStretch(1)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.summary)
        self.outer.addLayout(header)
        self.hint = hint_label(
            self.tr("Your charts fill in as you study: answer some cards under Study (Ctrl+4).")
        )
        self.outer.addWidget(self.hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setSpacing(18)
        self.per_day = BarChart(self.tr("Reviews per day (last 30 days)"), "#c0392b")
        self.forecast = BarChart(self.tr("Due in the next 30 days"), "#2471a3")
        self.retention = HorizontalBars(self.tr("Retention by interval"))
        self.states = HorizontalBars(self.tr("Cards by state"))
        self.heatmap = CalendarHeatmap(self.tr("A year of reviews"))
        for chart in (self.per_day, self.forecast):
            chart.empty_text = self.tr("No data yet")
        self.retention.empty_text = self.tr("No reviews yet")
        self.states.empty_text = self.tr("No cards yet: accept some candidates")
        grid.addWidget(self.per_day, 0, 0)
        grid.addWidget(self.forecast, 0, 1)
        grid.addWidget(self.retention, 1, 0)
        grid.addWidget(self.states, 1, 1)
        grid.addWidget(self.heatmap, 2, 0, 1, 2)
        self.hardest = QListWidget()
        self.hardest.setMaximumHeight(160)
        self.hardest_label = QLabel(self.tr("Hardest terms"))
        bold = self.hardest_label.font()
        bold.setBold(True)
        self.hardest_label.setFont(bold)
        grid.addWidget(self.hardest_label, 3, 0, 1, 2)
        grid.addWidget(self.hardest, 4, 0, 1, 2)
        scroll.setWidget(body)
        self.outer.addWidget(scroll, 1)

    def cares_about(self, changes: Changes) -> bool:
        return changes.reviews or changes.cards

    def reload(self) -> None:
        self.service.op(lambda col: col.study.stats(), on_done=self._show)

    def _show(self, stats: Stats) -> None:
        from datetime import timedelta

        today = stats.today.day
        by_day = {f.day: f.reviews for f in stats.per_day}
        days = [today - timedelta(days=n) for n in range(29, -1, -1)]
        self.per_day.set_data([d.strftime("%m-%d") for d in days], [by_day.get(d, 0) for d in days])
        forecast = list(stats.forecast)
        self.forecast.set_data([d.strftime("%m-%d") for d, _ in forecast], [n for _, n in forecast])
        rows = []
        for r in stats.retention:
            value = r.retention
            if value is None:
                continue
            rows.append((r.label, value, f"{value:.0%} ({number(r.reviews)})", "#239b56"))
        self.retention.set_rows(rows)
        # Retention counts answers to cards back for review; first answers are not such.
        self.retention.empty_text = (
            self.tr("Shown once cards come back for review")
            if stats.reviews
            else self.tr("No reviews yet")
        )
        states = dict(stats.states)
        total = sum(states.values()) or 1
        self.states.set_rows(
            [
                (self.tr(name), count / total, number(count), STATE_COLORS.get(name, "#7f8c8d"))
                for name, count in states.items()
            ]
        )
        self.heatmap.set_counts(stats.heatmap, today)
        reviews, streak = stats.reviews, stats.streak
        today_reviews = stats.today.reviews
        self.summary.setText(
            " · ".join(
                (
                    counted_text(self.tr("{0} review(s) in all", "", reviews), reviews),
                    counted_text(self.tr("today {0}", "", today_reviews), today_reviews),
                    counted_text(self.tr("streak {0} day(s)", "", streak), streak),
                )
            )
        )
        self.hint.setVisible(reviews == 0)
        self.hardest.clear()
        for term in stats.hardest:
            self.hardest.addItem(
                counted_text(
                    self.tr("{1} — {2}  ({0} lapse(s))", "", term.lapses),
                    term.lapses,
                    term.chinese,
                    term.english,
                )
            )
        if not self.hardest.count():
            self.hardest.addItem(self.tr("None yet: terms you forget often will be listed here."))
