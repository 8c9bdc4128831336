"""Matching against the clock: each group's prompts on the left, their answers shuffled on the
right; pick one from each column (click, or 1-8 and A-H), right pairs lock, wrong ones flash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.drill_run.base import (
    RunWindow,
    hint_line,
    set_verdict,
    stack_pages,
)
from desktop.gui.drill_run.fitted import FittedButton, FittedText
from desktop.gui.drill_run.outcome import DrillRunOutcome, ItemResult
from duiyi.drill.build import Drill, MatchingGroup


def clock_text(seconds: int) -> str:
    """Seconds as m:ss."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class MatchingWindow(RunWindow):
    """Group after group of pairs; an item is right when matched without a wrong attempt
    (a wrong pair counts against the item picked on the left)."""

    tick_ms = 1000
    """Milliseconds per second on the clock; 0 runs no timer (tests call tick() themselves)."""
    flash_ms = 600
    """How long a wrong pair stays red."""

    def __init__(
        self,
        drill: Drill,
        *,
        student: str | None,
        on_finished: Callable[[DrillRunOutcome], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(drill, student=student, on_finished=on_finished, parent=parent)
        self.group_index = 0
        self.elapsed = 0
        self.left_pick: int | None = None
        self.right_pick: int | None = None
        self.matched: set[int] = set()
        """Rows of the left column matched in this group."""
        self.timer = QTimer(self)
        self.timer.setInterval(self.tick_ms)
        self.timer.timeout.connect(self.tick)
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(self.flash_ms)
        self.flash_timer.timeout.connect(self._end_flash)
        self.flashing: tuple[int, int] | None = None

        self.header = hint_line()
        self.clock = FittedText(0.06, bold=True)
        most = max(len(group.items) for group in drill.groups)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.left: list[FittedButton] = []
        self.right: list[FittedButton] = []
        for row in range(most):
            for column, buttons in enumerate((self.left, self.right)):
                button = FittedButton()
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setCheckable(True)
                side = "left" if column == 0 else "right"
                button.clicked.connect(lambda _c=False, s=side, r=row: self.pick(s, r))
                grid.addWidget(button, row, column)
                buttons.append(button)
        self.keys = hint_line(centred=True)
        run_page = QWidget()
        run = QVBoxLayout(run_page)
        top = QHBoxLayout()
        top.addWidget(self.header, 4)
        top.addWidget(self.clock, 1)
        run.addLayout(top)
        run.addStretch(1)
        run.addLayout(grid)
        run.addStretch(1)
        run.addWidget(self.keys)
        self.pages, self.summary_title, self.summary, self.summary_keys = stack_pages(
            self, run_page
        )
        self.setFocus()
        self._show_group(0)
        if self.tick_ms:
            self.timer.start()

    @property
    def group(self) -> MatchingGroup:
        """The group on screen."""
        return self.drill.groups[self.group_index]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        size = len(self.group.items)
        ends = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if key == Qt.Key.Key_Escape or (self.outcome is not None and key in ends):
            self.close()
        elif 0 <= key - int(Qt.Key.Key_1) < size:
            self.pick("left", key - int(Qt.Key.Key_1))
        elif 0 <= key - int(Qt.Key.Key_A) < size:
            self.pick("right", key - int(Qt.Key.Key_A))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def tick(self) -> None:
        """One second more on the clock."""
        if self.outcome is None:
            self.elapsed += 1
            self._show_clock()

    def pick(self, side: str, row: int) -> None:
        """Pick a prompt (left) or an answer (right); with one of each, try them as a pair."""
        if self.outcome is not None:
            return
        self._end_flash()  # a quick student picks again before the red fades
        if side == "left":
            if row in self.matched:
                return
            self.left_pick = row
        else:
            if self._right_matched(row):
                return
            self.right_pick = row
        self._show_picks()
        if self.left_pick is not None and self.right_pick is not None:
            self._try(self.left_pick, self.right_pick)

    def _right_matched(self, row: int) -> bool:
        group = self.group
        return any(group.items[r].answer == group.column[row] for r in self.matched)

    def _try(self, left: int, right: int) -> None:
        group = self.group
        item = group.items[left]
        chosen = group.column[right]
        self.left_pick = self.right_pick = None
        # The first pair tried for an item decides it; a run closed early keeps wrong tries.
        if item.number not in self.results:
            self.results[item.number] = ItemResult(item.number, chosen, chosen == item.answer)
        if chosen == item.answer:
            self.matched.add(left)
            for button in (self.left[left], self.right[right]):
                set_verdict(button, "done")
                button.setEnabled(False)
                button.setChecked(False)
            if len(self.matched) == len(group.items):
                self._group_done()
            return
        self.flashing = (left, right)
        for button in (self.left[left], self.right[right]):
            button.setChecked(False)
            set_verdict(button, "wrong")
        self.flash_timer.start()

    def _end_flash(self) -> None:
        self.flash_timer.stop()
        if self.flashing is None:
            return
        left, right = self.flashing
        self.flashing = None
        for button in (self.left[left], self.right[right]):
            set_verdict(button, "")

    def _group_done(self) -> None:
        if self.group_index + 1 < len(self.drill.groups):
            self._show_group(self.group_index + 1)
        else:
            self._show_summary()

    def _show_group(self, index: int) -> None:
        self.group_index = index
        self.matched = set()
        self.left_pick = self.right_pick = None
        group = self.group
        for row, (left, right) in enumerate(zip(self.left, self.right, strict=True)):
            shown = row < len(group.items)
            for button in (left, right):
                button.setVisible(shown)
                button.setEnabled(True)
                button.setChecked(False)
                set_verdict(button, "")
            if shown:
                left.set_label(f"{row + 1}   {group.items[row].prompt}")
                right.set_label(f"{chr(ord('A') + row)}   {group.column[row]}")
        self._retranslate()

    def _show_picks(self) -> None:
        for row, button in enumerate(self.left):
            button.setChecked(row == self.left_pick)
        for row, button in enumerate(self.right):
            button.setChecked(row == self.right_pick)

    def _show_clock(self) -> None:
        self.clock.setText(clock_text(self.elapsed))

    def _show_summary(self) -> None:
        self.timer.stop()
        first_time = sum(r.correct for r in self.results.values())
        lines = [
            self.tr("Time: {0}").format(clock_text(self.elapsed)),
            self.tr("{0} of {1} matched at the first try").format(
                first_time, len(self.drill.items)
            ),
        ]
        self.show_end(lines)

    def _retranslate(self) -> None:
        groups = len(self.drill.groups)
        parts = []
        if groups > 1:
            parts.append(self.tr("Group {0} of {1}").format(self.group_index + 1, groups))
        parts.append(self.tr("Pair each term with its translation"))
        self.header.setText(self.with_student(" · ".join(parts)))
        size = len(self.group.items)
        self.keys.setText(
            self.tr("1–{0} pick on the left · A–{1} pick on the right · Esc stop").format(
                size, chr(ord("A") + size - 1)
            )
        )
        self._show_clock()
        if self.outcome is not None:
            self._show_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = max(13, round(self.height() * 0.034))
        for button in (*self.left, *self.right):
            button.set_pixel_size(size)
        self.clock.setFixedHeight(round(self.height() * 0.08))
        self.fit_texts((self.header, self.keys, self.summary_keys))
