"""Typing for one student at the machine: the answer typed, graded as the drill grades (lenient
English, either spelling, pinyin or characters), the right answers shown after each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.gui.drill_run.base import (
    RunWindow,
    answers_text,
    hint_line,
    message_label,
    set_pixel_size,
    set_verdict,
    stack_pages,
)
from desktop.gui.drill_run.fitted import FittedText
from desktop.gui.drill_run.outcome import DrillRunOutcome, ItemResult
from desktop.gui.screens.study import AnswerEdit
from duiyi.drill.build import Drill, DrillItem
from duiyi.drill.grading import grade_typed
from duiyi.drill.terms import Direction


class TypingWindow(RunWindow):
    """One item at a time: Enter checks what was typed, Enter again goes on."""

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
        self.checked = False
        self.header = hint_line()
        self.prompt = FittedText(0.09, bold=True, align=Qt.AlignmentFlag.AlignBottom)
        self.pinyin = FittedText(0.035, align=Qt.AlignmentFlag.AlignTop)
        self.edit = AnswerEdit()
        self.edit.submitted.connect(self._on_edit_submitted)
        self.verdict = message_label()
        self.answers = message_label()
        self.keys = hint_line(centred=True)
        run_page = QWidget()
        run = QVBoxLayout(run_page)
        run.addWidget(self.header)
        run.addWidget(self.prompt, 4)
        run.addWidget(self.pinyin, 1)
        run.addWidget(self.edit)
        run.addWidget(self.verdict)
        run.addWidget(self.answers)
        run.addStretch(2)
        run.addWidget(self.keys)
        self.pages, self.summary_title, self.summary, self.summary_keys = stack_pages(
            self, run_page
        )
        self._show_item(0)

    @property
    def item(self) -> DrillItem:
        """The item on screen."""
        return self.drill.items[self.index]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ends = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if key == Qt.Key.Key_Escape or (self.outcome is not None and key in ends):
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def check(self, typed: str) -> None:
        """Grade `typed` and show whether it is right, with the right answers."""
        if self.checked or self.outcome is not None:
            return
        self.checked = True
        item = self.item
        grade = grade_typed(item, typed)
        self.results[item.number] = ItemResult(item.number, typed.strip(), grade.correct)
        self.edit.setReadOnly(True)
        self._show_verdict()

    def next_item(self) -> None:
        """Go to the next item, or to the summary after the last."""
        if not self.checked:
            return
        if self.index + 1 < len(self.drill.items):
            self._show_item(self.index + 1)
        else:
            self._show_summary()

    def _on_edit_submitted(self, text: str) -> None:
        if self.checked:
            self.next_item()
        else:
            self.check(text)

    def _show_item(self, index: int) -> None:
        self.index = index
        self.checked = False
        item = self.item
        self.prompt.setText(item.prompt)
        self.pinyin.setText(item.pinyin)
        self.edit.clear()
        self.edit.setReadOnly(False)
        self.edit.setFocus()
        self._retranslate()

    def _show_verdict(self) -> None:
        if not self.checked:
            self.verdict.setText("")
            self.answers.setText("")
            set_verdict(self.verdict, "")
            return
        item = self.item
        correct = self.results[item.number].correct
        self.verdict.setText(self.tr("Right.") if correct else self.tr("Not right."))
        set_verdict(self.verdict, "right" if correct else "wrong")
        self.answers.setText(self.tr("Answer: {0}").format(answers_text(item)))

    def _show_summary(self) -> None:
        self.setFocus()  # from the answer field, so Enter closes the window
        self.show_end(self.score_lines())

    def _retranslate(self) -> None:
        item = self.item
        position = self.tr("Item {0} of {1}").format(self.index + 1, len(self.drill.items))
        self.header.setText(self.with_student(position))
        if item.direction is Direction.ZH_EN:
            self.edit.setPlaceholderText(self.tr("Type the English, then Enter"))
        else:
            self.edit.setPlaceholderText(
                self.tr("Type the Chinese (characters or pinyin), then Enter")
            )
        self.keys.setText(self.tr("Enter check, Enter again next · Esc stop"))
        self._show_verdict()
        if self.outcome is not None:
            self._show_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = round(self.height() * 0.034)
        for widget in (self.edit, self.verdict, self.answers):
            set_pixel_size(widget, size)
        self.fit_texts((self.header, self.keys, self.summary_keys))
