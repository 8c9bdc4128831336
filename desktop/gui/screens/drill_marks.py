"""The Drills screen's Marks tab: a grid of students by items where the teacher marks each
answer right or wrong from the keyboard, then stores the marks with their drill run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops.drills import StudentAnswer
from db.results import RunId
from desktop.gui.service import CollectionService
from desktop.gui.widgets import EmptyState, MessageKind, confirm, hint_label
from desktop.gui.wording import counted_text
from duiyi.drill.build import Drill, DrillItem

if TYPE_CHECKING:
    from db.collection import Collection

Say = Callable[[str, MessageKind], None]

RIGHT, WRONG = "✓", "✗"
_COLORS = {RIGHT: "#239b56", WRONG: "#c0392b"}
_RIGHT_KEYS = {Qt.Key.Key_R, Qt.Key.Key_Y, Qt.Key.Key_1, Qt.Key.Key_Plus}
_WRONG_KEYS = {Qt.Key.Key_W, Qt.Key.Key_N, Qt.Key.Key_0, Qt.Key.Key_Minus}
_CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


class MarkGrid(QTableWidget):
    """Students down, items across; R or 1 marks right, W or 0 wrong, Space switches, Delete
    clears. Each mark moves down to the next student, then on to the next item."""

    marks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)

    def mark(self, row: int, column: int) -> str:
        """The mark in a cell: RIGHT, WRONG or ""."""
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def set_mark(self, row: int, column: int, mark: str) -> None:
        """Put a mark (RIGHT, WRONG or "") in a cell."""
        item = QTableWidgetItem(mark)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if mark:
            item.setForeground(QBrush(QColor(_COLORS[mark])))
        self.setItem(row, column, item)
        self.marks_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Mark the current cell by key, then move on."""
        key = Qt.Key(event.key())
        row, column = self.currentRow(), self.currentColumn()
        if row < 0 or column < 0 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if key in _RIGHT_KEYS or key in _WRONG_KEYS:
            self.set_mark(row, column, RIGHT if key in _RIGHT_KEYS else WRONG)
            self._advance(row, column)
        elif key == Qt.Key.Key_Space:
            now = self.mark(row, column)
            self.set_mark(row, column, {RIGHT: WRONG, WRONG: ""}.get(now, RIGHT))
        elif key in _CLEAR_KEYS:
            self.set_mark(row, column, "")
        else:
            super().keyPressEvent(event)

    def _advance(self, row: int, column: int) -> None:
        if row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, column)
        elif column + 1 < self.columnCount():
            self.setCurrentCell(0, column + 1)


class MarksPanel(QWidget):
    """The grid for one drill given to one class: a new drill (stored with its marks) or a
    stored run (printed, exported or run before) whose marks are typed in."""

    stored = Signal()
    """Marks were stored: the results tab shows them."""

    def __init__(self, service: CollectionService, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.say = say
        self.drill: Drill | None = None
        self.run_id: RunId | None = None
        self.class_name = ""
        self.students: list[str] = []
        self.items: list[DrillItem] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.heading)
        self.empty = EmptyState(
            self.tr(
                "Run a drill for the whole class from Build, or choose a stored run under "
                "Results and Mark This Run, to mark each student's answers here."
            )
        )
        column.addWidget(self.empty, 1)
        self.grid = MarkGrid()
        self.unstored = False
        """Marks were made since the grid was loaded or stored."""
        self.grid.marks_changed.connect(self._on_grid_marks_changed)
        column.addWidget(self.grid, 1)
        column.addWidget(
            hint_label(
                self.tr(
                    "R or 1: right · W or 0: wrong · Space: switch · Delete: clear · each mark "
                    "moves to the next student"
                )
            )
        )
        buttons = QHBoxLayout()
        self.count_label = QLabel()
        self.rest_right_button = QPushButton(self.tr("Mark the Rest &Right"))
        self.rest_right_button.clicked.connect(self.mark_rest_right)
        self.store_button = QPushButton(self.tr("&Store Marks"))
        self.store_button.clicked.connect(self.store)
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.rest_right_button)
        buttons.addWidget(self.store_button)
        column.addLayout(buttons)
        self._show_grid(False)

    def _show_grid(self, shown: bool) -> None:
        self.empty.setVisible(not shown)
        self.grid.setVisible(shown)
        self.rest_right_button.setEnabled(shown)
        self.store_button.setEnabled(shown)

    def load(
        self,
        *,
        class_name: str,
        students: Sequence[str],
        items: Sequence[DrillItem],
        drill: Drill | None = None,
        run_id: RunId | None = None,
        marks: dict[tuple[str, int], bool] | None = None,
    ) -> None:
        """Show the grid for a new drill (`drill`) or a stored run (`run_id`, `marks`)."""
        self.drill, self.run_id, self.class_name = drill, run_id, class_name
        self.students, self.items = list(students), list(items)
        grid = self.grid
        grid.blockSignals(True)
        grid.clear()
        grid.setRowCount(len(self.students))
        grid.setColumnCount(len(self.items))
        grid.setVerticalHeaderLabels(self.students)
        grid.setHorizontalHeaderLabels([str(i.number) for i in self.items])
        for column, item in enumerate(self.items):
            header = grid.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(f"{item.prompt} → {item.answer}")
        given = marks or {}
        for row, student in enumerate(self.students):
            for column, item in enumerate(self.items):
                mark = given.get((student, item.number))
                grid.set_mark(row, column, "" if mark is None else RIGHT if mark else WRONG)
        grid.blockSignals(False)
        self.unstored = False
        # Room for "12 ★" in every column, so starring an item never cuts its number.
        width = grid.fontMetrics().horizontalAdvance("000 ★") + 16
        for column in range(grid.columnCount()):
            grid.setColumnWidth(column, width)
        if self.students and self.items:
            grid.setCurrentCell(0, 0)
        self._show_grid(True)
        self._heading()
        self._count()

    def mark_hard(self, numbers: Sequence[int]) -> None:
        """Star the items the class found hard in the run."""
        for column, item in enumerate(self.items):
            hard = item.number in numbers
            header = self.grid.horizontalHeaderItem(column)
            if header is not None:
                header.setText(f"{item.number}{' ★' if hard else ''}")

    def _heading(self) -> None:
        n = len(self.items)
        if self.run_id is None:
            text = counted_text(
                self.tr("{1}: a new drill of {0} item(s), stored with its marks", "", n),
                n,
                self.class_name,
            )
        else:
            text = counted_text(
                self.tr("{1}: drill run {2}, {0} item(s)", "", n), n, self.class_name, self.run_id
            )
        self.heading.setText(text)

    def _on_grid_marks_changed(self) -> None:
        self.unstored = True
        self._count()

    def may_replace(self, *, closing: bool = False) -> bool:
        """Whether the grid may be loaded with another drill (or the program close): nothing
        unstored, or the teacher agrees to drop it."""
        if not self.unstored or not self.answers():
            return True
        question = (
            self.tr("The marks for {0} are not stored yet. Close Duiyi and drop them?")
            if closing
            else self.tr("The marks for {0} are not stored yet. Drop them?")
        )
        return confirm(self, self.tr("Marks Not Stored"), question.format(self.class_name))

    def _count(self) -> None:
        marked = len(self.answers())
        total = len(self.students) * len(self.items)
        self.count_label.setText(self.tr("{0} of {1} marked").format(marked, total))

    def answers(self) -> list[StudentAnswer]:
        """The marks in the grid, as answers to store (unmarked cells left out)."""
        out = []
        for row, student in enumerate(self.students):
            for column, item in enumerate(self.items):
                mark = self.grid.mark(row, column)
                if mark:
                    out.append(StudentAnswer(student, item.number, "", mark == RIGHT))
        return out

    def mark_rest_right(self) -> None:
        """Mark every answer not yet marked as right."""
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                if not self.grid.mark(row, column):
                    self.grid.set_mark(row, column, RIGHT)

    def store(self) -> None:
        """Store the marks: with a new drill, the drill and its marks as one step."""
        answers = self.answers()
        if not answers:
            self.say(self.tr("Mark at least one answer right or wrong first."), MessageKind.ERROR)
            return
        drill, run_id, klass = self.drill, self.run_id, self.class_name

        def store(col: Collection) -> RunId:
            if run_id is not None:
                col.drills.store_results(run_id=run_id, answers=answers)
                return run_id
            assert drill is not None
            stored: RunId = col.drills.store_class_results(
                drill=drill, class_name=klass, answers=answers
            ).value
            return stored

        def done(stored_run: RunId) -> None:
            self.run_id = stored_run
            self.unstored = False
            self.drill = None
            self._heading()
            n = len(answers)
            self.say(
                counted_text(
                    self.tr("Stored {0} mark(s) for {1} in drill run {2}.", "", n),
                    n,
                    klass,
                    stored_run,
                ),
                MessageKind.INFO,
            )
            self.stored.emit()

        self.service.op(store, on_done=done)
