"""Multiple choice for one student at the machine: the options as buttons, chosen by 1-4, A-D or
a click; right and wrong shown at once, Enter goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.drill_run.base import (
    RunWindow,
    hint_line,
    message_label,
    set_pixel_size,
    set_verdict,
    stack_pages,
)
from desktop.gui.drill_run.fitted import FittedButton, FittedText
from desktop.gui.drill_run.outcome import DrillRunOutcome, ItemResult
from duiyi.drill.build import Drill, DrillItem
from duiyi.drill.grading import grade_choice

_NEXT = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Right)


def chosen_index(key: int, options: int) -> int | None:
    """The option a key picks (1-8 or A-H), None for any other key."""
    for first in (Qt.Key.Key_1, Qt.Key.Key_A):
        index = key - int(first)
        if 0 <= index < options:
            return index
    return None


class ChoiceWindow(RunWindow):
    """One item at a time with its options; the outcome has the letter chosen for each item."""

    def __init__(
        self,
        drill: Drill,
        *,
        student: str | None,
        on_finished: Callable[[DrillRunOutcome], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(drill, student=student, on_finished=on_finished, parent=parent)
        self.index = 0
        self.answered = False
        self.header = hint_line()
        self.prompt = FittedText(0.09, bold=True, align=Qt.AlignmentFlag.AlignBottom)
        self.pinyin = FittedText(0.035, align=Qt.AlignmentFlag.AlignTop)
        self.buttons: list[FittedButton] = []
        grid = QGridLayout()
        most = max(len(item.options) for item in drill.items)
        for index in range(most):
            button = FittedButton()
            # Keys choose; a focused button would take Space and Enter for itself.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, i=index: self.choose(i))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons.append(button)
        self.verdict = message_label()
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.next_item)
        self.keys = hint_line(centred=True)
        run_page = QWidget()
        run = QVBoxLayout(run_page)
        run.addWidget(self.header)
        run.addWidget(self.prompt, 4)
        run.addWidget(self.pinyin, 1)
        run.addLayout(grid, 3)
        run.addWidget(self.verdict)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addStretch(1)
        run.addLayout(row)
        run.addWidget(self.keys)
        self.pages, self.summary_title, self.summary, self.summary_keys = stack_pages(
            self, run_page
        )
        self.setFocus()
        self._show_item(0)

    @property
    def item(self) -> DrillItem:
        """The item on screen."""
        return self.drill.items[self.index]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        picked = chosen_index(key, len(self.item.options))
        if key == Qt.Key.Key_Escape or (self.outcome is not None and key in _NEXT):
            self.close()
        elif picked is not None and not self.answered:
            self.choose(picked)
        elif key in _NEXT and self.answered:
            self.next_item()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def choose(self, index: int) -> None:
        """Answer the item with option `index`: it turns green or red, the right one green."""
        if self.answered or self.outcome is not None:
            return
        self.answered = True
        item = self.item
        grade = grade_choice(item, index)
        letter = chr(ord("A") + index)
        self.results[item.number] = ItemResult(item.number, letter, grade.correct)
        set_verdict(self.buttons[index], "right" if grade.correct else "wrong")
        set_verdict(self.buttons[item.right], "right")
        self._show_verdict()
        self.next_button.setEnabled(True)

    def next_item(self) -> None:
        """Go to the next item, or to the summary after the last."""
        if not self.answered:
            return
        if self.index + 1 < len(self.drill.items):
            self._show_item(self.index + 1)
        else:
            self._show_summary()

    def _show_item(self, index: int) -> None:
        self.index = index
        self.answered = False
        item = self.item
        self.prompt.setText(item.prompt)
        self.pinyin.setText(item.pinyin)
        for number, button in enumerate(self.buttons):
            button.setVisible(number < len(item.options))
            set_verdict(button, "")
        self.verdict.setText("")
        set_verdict(self.verdict, "")
        self.next_button.setEnabled(False)
        self._retranslate()

    def _show_verdict(self) -> None:
        if not self.answered:
            self.verdict.setText("")
            return
        item = self.item
        correct = self.results[item.number].correct
        if correct:
            self.verdict.setText(self.tr("Right."))
        else:
            self.verdict.setText(
                self.tr("Not right. The answer is {0}. {1}").format(item.right_letter, item.answer)
            )
        set_verdict(self.verdict, "right" if correct else "wrong")

    def _show_summary(self) -> None:
        self.show_end(self.score_lines())

    def _retranslate(self) -> None:
        item = self.item
        for number, button in enumerate(self.buttons[: len(item.options)]):
            letter = chr(ord("A") + number)
            button.set_label(f"{letter}   {item.options[number]}")
            button.setToolTip(self.tr("Key {0} or {1}").format(number + 1, letter))
        position = self.tr("Item {0} of {1}").format(self.index + 1, len(self.drill.items))
        self.header.setText(self.with_student(position))
        self.next_button.setText(self.tr("Next (Enter)"))
        last = len(item.options)
        self.keys.setText(
            self.tr("1–{0} or A–{1} choose · Enter next · Esc stop").format(
                last, chr(ord("A") + last - 1)
            )
        )
        self._show_verdict()
        if self.outcome is not None:
            self._show_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = max(14, round(self.height() * 0.034))
        for button in self.buttons:
            button.set_pixel_size(size)
        set_pixel_size(self.verdict, round(self.height() * 0.03))
        set_pixel_size(self.next_button, round(self.height() * 0.026))
        self.fit_texts((self.header, self.keys, self.summary_keys))
