"""Charts drawn with QPainter (PySide6-Essentials has no QtCharts): bars and a calendar heatmap."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Vertical bars with a title, a value axis and sparse labels underneath."""

    def __init__(self, title: str, color: str = "#c0392b", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.color = QColor(color)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.value_format = "{:,g}"
        self.empty_text = ""
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], values: list[float]) -> None:
        """Bars to draw, one per label."""
        self.labels, self.values = labels, values
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def ticks(self) -> list[float]:
        """The values marked on the axis: 0, the middle and the top; whole numbers when every
        value is one (a count never reads 4.5)."""
        top = max(self.values, default=0)
        if top <= 0:
            return []
        if all(float(v).is_integer() for v in self.values):
            return sorted({0, int(top) // 2, int(top)})
        return [0.0, round(top / 2, 1), top]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(110)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QPointF(4, line), self.title)
        painter.setFont(self.font())
        area = QRectF(40, line * 2, self.width() - 48, self.height() - line * 4)
        if not self.values or max(self.values) <= 0:
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        top = max(self.values)
        painter.setPen(QPen(muted, 1))
        for tick in self.ticks():
            y = area.bottom() - tick / top * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(
                QRectF(0, y - line / 2, 36, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.value_format.format(tick),
            )
        count = len(self.values)
        slot = area.width() / count
        bar = max(1.0, slot * 0.72)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        for index, value in enumerate(self.values):
            height = area.height() * (value / top) if top else 0
            x = area.left() + index * slot + (slot - bar) / 2
            painter.drawRoundedRect(QRectF(x, area.bottom() - height, bar, height), 2, 2)
        painter.setPen(muted)
        step = max(1, count // 6)
        for index in range(0, count, step):
            x = area.left() + index * slot
            painter.drawText(
                QRectF(x - slot, area.bottom() + 2, slot * 3, line),
                Qt.AlignmentFlag.AlignHCenter,
                self.labels[index] if index < len(self.labels) else "",
            )


class HorizontalBars(QWidget):
    """Labelled horizontal bars (card states, retention by interval)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, float, str, str]] = []  # label, fraction, value text, colour
        self.empty_text = ""
        self.setMinimumSize(320, 180)

    def set_rows(self, rows: list[tuple[str, float, str, str]]) -> None:
        """(label, fraction 0..1, value text, colour) per bar."""
        self.rows = rows
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(110)
        line = QFontMetrics(self.font()).height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QPointF(4, line), self.title)
        painter.setFont(self.font())
        if not self.rows:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        label_width = max(QFontMetrics(self.font()).horizontalAdvance(r[0]) for r in self.rows) + 12
        bar_left = label_width + 4
        bar_width = max(40, self.width() - bar_left - 70)
        y = float(line * 2)
        height = min(26.0, (self.height() - y - 4) / len(self.rows))
        track = QColor(muted)
        track.setAlpha(40)
        for label, fraction, value, color in self.rows:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(bar_left, y + 4, bar_width, height - 8), 4, 4)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(
                QRectF(bar_left, y + 4, bar_width * max(0.0, min(1.0, fraction)), height - 8), 4, 4
            )
            painter.setPen(text)
            painter.drawText(
                QRectF(bar_left + bar_width + 6, y, 64, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                value,
            )
            y += height


class CalendarHeatmap(QWidget):
    """A year of days as squares, darker for more reviews (weeks as columns, Monday on top)."""

    WEEKS = 53

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.counts: dict[date, int] = {}
        self.today = date.today()
        self.color = QColor("#c0392b")
        self.setMinimumSize(600, 170)

    def set_counts(self, counts: dict[date, int], today: date | None = None) -> None:
        """Reviews per day."""
        self.counts = counts
        self.today = today or date.today()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(860, 160)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        line = QFontMetrics(self.font()).height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QPointF(4, line), self.title)
        weeks = self.WEEKS
        start = self.first_day()
        cell = max(6.0, min((self.width() - 8) / weeks, (self.height() - line * 3) / 7))
        top = max(self.counts.values(), default=0)
        empty = QColor(text)
        empty.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        for week in range(weeks):
            for weekday in range(7):
                day = start + timedelta(days=week * 7 + weekday)
                if day > self.today:
                    continue
                count = self.counts.get(day, 0)
                if count and top:
                    color = QColor(self.color)
                    color.setAlphaF(0.25 + 0.75 * count / top)
                else:
                    color = empty
                painter.setBrush(color)
                painter.drawRoundedRect(
                    QRectF(4 + week * cell, line * 2.6 + weekday * cell, cell - 2, cell - 2), 2, 2
                )
        muted = QColor(text)
        muted.setAlpha(150)
        painter.setPen(muted)
        painter.setFont(self.font())
        for week, name in self.month_labels():
            painter.drawText(QPointF(4 + week * cell, line * 2.3), name)

    def first_day(self) -> date:
        """The Monday of the first column."""
        return self.today - timedelta(days=self.today.weekday() + 7 * (self.WEEKS - 1))

    def month_labels(self) -> list[tuple[int, str]]:
        """(column, short month name) above each column where a month begins."""
        start = self.first_day()
        out: list[tuple[int, str]] = []
        for week in range(self.WEEKS):
            monday = start + timedelta(days=week * 7)
            sunday = monday + timedelta(days=6)
            if monday.day != 1 and sunday.day >= 7:
                continue  # no 1st of a month in this column
            first = sunday.replace(day=1)
            if first <= self.today:
                name = QLocale().monthName(first.month, QLocale.FormatType.ShortFormat)
                out.append((week, name))
        return out
