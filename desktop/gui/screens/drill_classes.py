"""The Drills screen's Lessons and Classes tab: lessons made from a tag, a document or the
terms selected in Browse, and released; classes made, students added by hand or from a roster."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.screens.drill_parts import (
    DrillChoices,
    PathRow,
    fill_table,
    plain_table,
    refill,
    selected_data,
)
from desktop.gui.service import CollectionService
from desktop.gui.widgets import MessageKind
from desktop.gui.wording import counted_text
from duiyi.errors import NotFound

if TYPE_CHECKING:
    from db.collection import Collection
    from db.ops.drills import LessonInfo, RosterSummary

Say = Callable[[str, MessageKind], None]


class ClassesPanel(QWidget):
    """Lessons on the left, classes and their students on the right."""

    changed = Signal()
    """A lesson or class was added or changed: the other tabs list it."""

    def __init__(self, service: CollectionService, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.say = say
        self.selection_ids: list[int] = []
        self._choices = DrillChoices()
        self._select_after_reload: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self._build_lessons(), 1)
        row.addWidget(self._build_classes(), 1)

    # -- lessons --------------------------------------------------------------------------------
    def _build_lessons(self) -> QWidget:
        box = QGroupBox(self.tr("Lessons"))
        column = QVBoxLayout(box)
        self.lessons = plain_table(
            [self.tr("Lesson"), self.tr("Date"), self.tr("Terms"), self.tr("Released")]
        )
        column.addWidget(self.lessons, 1)
        self.release_button = QPushButton(self.tr("&Release Lesson"))
        self.release_button.setToolTip(
            self.tr("Its terms may then be drilled and serve as wrong options")
        )
        self.release_button.clicked.connect(self.release_selected)
        column.addWidget(self.release_button)
        form = QFormLayout()
        self.lesson_name = QLineEdit()
        self.lesson_date = QDateEdit(QDate.currentDate())
        self.lesson_date.setCalendarPopup(True)
        self.lesson_date.setDisplayFormat("yyyy-MM-dd")
        self.lesson_source = QComboBox()
        self.lesson_source.addItem(self.tr("A tag"), "tag")
        self.lesson_source.addItem(self.tr("A document"), "document")
        self.lesson_source.addItem(self.tr("The terms selected in Browse"), "selection")
        self.lesson_which = QComboBox()
        self.lesson_source.currentIndexChanged.connect(lambda _i: self._fill_which())
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.lesson_source, 1)
        terms_row.addWidget(self.lesson_which, 1)
        form.addRow(self.tr("Name:"), self.lesson_name)
        form.addRow(self.tr("Date:"), self.lesson_date)
        form.addRow(self.tr("Terms:"), terms_row)
        column.addLayout(form)
        self.add_lesson_button = QPushButton(self.tr("Add &Lesson"))
        self.add_lesson_button.clicked.connect(self.add_lesson)
        column.addWidget(self.add_lesson_button)
        return box

    def _fill_which(self) -> None:
        key = self.lesson_source.currentData()
        if key == "selection":
            n = len(self.selection_ids)
            items: list[tuple[str, object]] = [
                (counted_text(self.tr("{0} term(s) from Browse", "", n), n), None)
            ]
        elif key == "tag":
            items = [(t.name, t.name) for t in self._choices.tags]
        else:
            items = [(d.title, d.id) for d in self._choices.documents]
        refill(self.lesson_which, items)

    def add_lesson(self) -> None:
        """Make a lesson (not yet released) of the terms chosen."""
        name = self.lesson_name.text().strip()
        when = date.fromisoformat(self.lesson_date.date().toString("yyyy-MM-dd"))
        key, which = self.lesson_source.currentData(), self.lesson_which.currentData()
        terms: dict[str, Any] = {
            "tag": {"tag": which},
            "document": {"document_id": which},
            "selection": {"term_ids": list(self.selection_ids)},
        }[key]
        if key != "selection" and which is None:
            self.say(
                self.tr("Choose the tag or document the lesson's terms come from."),
                MessageKind.ERROR,
            )
            return

        def added(info: LessonInfo) -> None:
            self.lesson_name.clear()
            n = info.term_count
            self.say(
                counted_text(
                    self.tr("Added lesson {1} with {0} term(s); release it when taught.", "", n),
                    n,
                    info.name,
                ),
                MessageKind.INFO,
            )
            self.changed.emit()

        self.service.op(
            lambda col: col.drills.add_lesson(name=name, lesson_date=when, **terms).value,
            on_done=added,
        )

    def release_selected(self) -> None:
        """Release the selected lesson to drills."""
        names = selected_data(self.lessons)
        if not names:
            self.say(self.tr("Select the lesson to release."), MessageKind.ERROR)
            return
        name = names[0]

        def released(info: LessonInfo) -> None:
            self.say(self.tr("Released lesson {0}.").format(info.name), MessageKind.INFO)
            self.changed.emit()

        self.service.op(lambda col: col.drills.release_lesson(name=name).value, on_done=released)

    # -- classes --------------------------------------------------------------------------------
    def _build_classes(self) -> QWidget:
        box = QGroupBox(self.tr("Classes"))
        column = QVBoxLayout(box)
        self.classes = plain_table([self.tr("Class"), self.tr("Students")])
        self.classes.itemSelectionChanged.connect(self._load_students)
        column.addWidget(self.classes, 1)
        class_row = QHBoxLayout()
        self.class_name = QLineEdit()
        self.class_name.setPlaceholderText(self.tr("New class name"))
        self.add_class_button = QPushButton(self.tr("&Add Class"))
        self.add_class_button.clicked.connect(self.add_class)
        self.class_name.returnPressed.connect(self.add_class)
        class_row.addWidget(self.class_name, 1)
        class_row.addWidget(self.add_class_button)
        column.addLayout(class_row)
        self.students = QListWidget()
        column.addWidget(self.students, 1)
        student_row = QHBoxLayout()
        self.student_name = QLineEdit()
        self.student_name.setPlaceholderText(self.tr("Student's name"))
        self.add_student_button = QPushButton(self.tr("Add S&tudent"))
        self.add_student_button.clicked.connect(self.add_student)
        self.student_name.returnPressed.connect(self.add_student)
        student_row.addWidget(self.student_name, 1)
        student_row.addWidget(self.add_student_button)
        column.addLayout(student_row)
        roster_row = QHBoxLayout()
        self.roster_path = PathRow("", saving=False, pattern="*.csv")
        self.roster_button = QPushButton(self.tr("&Import Roster"))
        self.roster_button.setToolTip(self.tr("A CSV file with one student's name a row"))
        self.roster_button.clicked.connect(self.import_roster)
        roster_row.addWidget(self.roster_path, 1)
        roster_row.addWidget(self.roster_button)
        column.addLayout(roster_row)
        return box

    def selected_class(self) -> str | None:
        """The class selected in the list."""
        names = selected_data(self.classes)
        return str(names[0]) if names else None

    def add_class(self) -> None:
        """Make a class with the name typed."""
        name = self.class_name.text()

        def add(col: Collection) -> tuple[Any, bool]:
            """The class and whether it was there already (then it is selected, not added)."""
            try:
                return col.drills.class_named(name=name), True
            except NotFound:
                return col.drills.add_class(name=name).value, False

        def added(found: tuple[Any, bool]) -> None:
            info, existed = found
            self.class_name.clear()
            if existed:
                self.say(
                    self.tr("There is already a class named {0}: it is selected.").format(
                        info.name
                    ),
                    MessageKind.INFO,
                )
                self._select_class(info.name)
                return
            self.say(self.tr("Added class {0}.").format(info.name), MessageKind.INFO)
            self._select_after_reload = info.name
            self.changed.emit()

        self.service.op(add, on_done=added)

    def _select_class(self, name: str) -> None:
        for row, klass in enumerate(self._choices.classes):
            if klass.name == name:
                self.classes.selectRow(row)

    def add_student(self) -> None:
        """Add the name typed to the selected class."""
        klass = self.selected_class()
        name = self.student_name.text()
        if klass is None:
            self.say(self.tr("Select the class to add the student to."), MessageKind.ERROR)
            return
        self.service.op(
            lambda col: col.drills.add_students(class_name=klass, names=[name]).value,
            on_done=lambda summary: self._added_students(summary, clear=True),
        )

    def import_roster(self) -> None:
        """Add the names in a roster CSV to the selected class."""
        klass = self.selected_class()
        path = self.roster_path.path()
        if klass is None or path is None:
            self.say(
                self.tr("Select a class and type or choose its roster file."), MessageKind.ERROR
            )
            return
        self.service.op(
            lambda col: col.drills.import_roster(class_name=klass, path=path).value,
            on_done=lambda summary: self._added_students(summary, clear=False),
        )

    def _added_students(self, summary: RosterSummary, *, clear: bool) -> None:
        if clear:
            self.student_name.clear()
        self.say(
            counted_text(
                self.tr("Added {0} student(s) to {1} ({2} already there).", "", summary.added),
                summary.added,
                summary.class_name,
                summary.already,
            ),
            MessageKind.INFO,
        )
        self._select_after_reload = summary.class_name
        self.changed.emit()

    def _load_students(self) -> None:
        klass = self.selected_class()
        self.students.clear()
        if klass is None:
            return

        def show(names: list[str]) -> None:
            if self.selected_class() == klass:
                self.students.clear()
                self.students.addItems(names)

        self.service.op(lambda col: col.drills.students(class_name=klass), on_done=show)

    # -- showing --------------------------------------------------------------------------------
    def set_choices(self, choices: DrillChoices) -> None:
        """Show the lessons and classes the collection holds now."""
        self._choices = choices
        keep_lesson = selected_data(self.lessons)
        keep_class = self._select_after_reload or self.selected_class()
        self._select_after_reload = None
        fill_table(
            self.lessons,
            [(x.name, x.lesson_date.isoformat(), x.term_count,
              self.tr("yes") if x.released else self.tr("no")) for x in choices.lessons],
            [x.name for x in choices.lessons],
        )  # fmt: skip
        for r, lesson in enumerate(choices.lessons):
            if lesson.name in keep_lesson:
                self.lessons.selectRow(r)
        fill_table(
            self.classes,
            [(k.name, k.student_count) for k in choices.classes],
            [k.name for k in choices.classes],
        )
        for r, klass in enumerate(choices.classes):
            if klass.name == keep_class:
                self.classes.selectRow(r)
        self._fill_which()
        self._load_students()

    def set_selection(self, term_ids: list[int]) -> None:
        """Offer the terms selected in Browse as a lesson's terms."""
        self.selection_ids = list(term_ids)
        self.lesson_source.setCurrentIndex(self.lesson_source.findData("selection"))
        self._fill_which()
