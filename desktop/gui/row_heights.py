"""Row heights for a table of wrapped rich text, fitted only where the user is looking.

Qt's ResizeToContents lays out every row's text before the table is shown: for a document of a
thousand paragraph pairs that froze the window for a second. Here each row first gets a height
estimated from its text's length (cheap), and the rows in view are then fitted exactly, as they
scroll into view.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

MARGIN_ROWS = 4
"""Rows fitted beyond each edge of the view, so short scrolls find them ready."""
PADDING = 12
"""Cell padding and grid line, in pixels, around the text's lines."""


class LazyRowHeights(QObject):
    """Keeps a table's row heights: estimated for all rows, exact for the rows in view."""

    def __init__(self, table: QTableView, texts: Callable[[int], Sequence[str]]) -> None:
        super().__init__(table)
        self.table = table
        self.texts = texts
        self.fitted: set[int] = set()
        self._lengths: list[list[tuple[int, int]]] | None = None  # per row: (wide, narrow) chars
        self._estimate = QTimer(self)
        self._estimate.setSingleShot(True)
        self._estimate.setInterval(0)
        self._estimate.timeout.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_visible)
        table.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        # a reset and the column stretching after it come in a burst: estimate once after it
        table.horizontalHeader().sectionResized.connect(lambda *_args: self._estimate.start())
        table.viewport().installEventFilter(self)  # a taller view shows rows not yet fitted
        model = table.model()
        model.modelReset.connect(self._texts_changed)
        model.rowsInserted.connect(lambda *_args: self._texts_changed())
        model.rowsRemoved.connect(lambda *_args: self._texts_changed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit newly visible rows when the view grows."""
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def _texts_changed(self) -> None:
        self._lengths = None
        self.refresh()  # now, before the first paint lays out rows at the default height

    def _measure(self) -> list[list[tuple[int, int]]]:
        if self._lengths is None:
            self._lengths = []
            for row in range(self.table.model().rowCount()):
                counts = []
                for text in self.texts(row):
                    # CJK takes three bytes in UTF-8, Latin one: counted in C, not char by char
                    wide = (len(text.encode("utf-8")) - len(text)) // 2
                    counts.append((wide, len(text) - wide))
                self._lengths.append(counts)
        return self._lengths

    def refresh(self) -> None:
        """Estimate every row again (new rows or column widths), then fit those in view."""
        self._estimate.stop()
        self.fitted.clear()
        header = self.table.verticalHeader()
        metrics = QFontMetrics(self.table.font())
        wide_px = max(metrics.horizontalAdvance("中"), 1)
        narrow_px = max(metrics.averageCharWidth(), 1)
        widths = [
            max(self.table.columnWidth(c) - PADDING, 40)
            for c in range(self.table.model().columnCount())
        ]
        line = metrics.lineSpacing()
        for row, counts in enumerate(self._measure()):
            lines = 1
            for width, (wide, narrow) in zip(widths, counts, strict=False):
                lines = max(lines, math.ceil((wide * wide_px + narrow * narrow_px) / width))
            header.resizeSection(row, lines * line + PADDING)
        self._timer.start()

    def fit_visible(self) -> None:
        """Fit the rows in view (and a few around them) to their laid-out text."""
        count = self.table.model().rowCount()
        if not count:
            return
        viewport = self.table.viewport().height()
        first = self.table.rowAt(0)
        last = self.table.rowAt(viewport - 1)
        first = 0 if first < 0 else first
        last = count - 1 if last < 0 else last
        changed = False
        for row in range(max(first - MARGIN_ROWS, 0), min(last + MARGIN_ROWS, count - 1) + 1):
            if row not in self.fitted:
                self.fitted.add(row)
                self.table.resizeRowToContents(row)
                changed = True
        if changed and self.table.rowAt(viewport - 1) not in (last, -1):
            self._timer.start()  # fitted rows came out shorter: more rows are now in view
