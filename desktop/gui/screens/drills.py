"""Drills: classroom vocabulary drills from the terms a class has studied. Build a drill and
preview it; run it for one student or the whole class; print sheets with keys; export it to
quiz tools; keep lessons, classes and rosters; mark answers and see results (issue 16).

Class results never change a review schedule: only "Add Selected to My Review" touches cards,
and only the teacher's own cards of the terms chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from db.ops.drills import StudentAnswer
from db.results import Changes
from desktop.gui.screens.drill_build import BuildPanel
from desktop.gui.screens.drill_classes import ClassesPanel
from desktop.gui.screens.drill_marks import MarksPanel
from desktop.gui.screens.drill_parts import DrillChoices, load_choices
from desktop.gui.screens.drill_results import ResultsPanel
from desktop.gui.service import CollectionService
from desktop.gui.widgets import MessageKind, Screen, title_label
from desktop.gui.wording import counted_text
from duiyi.drill.build import Drill
from duiyi.errors import DuiyiError

if TYPE_CHECKING:
    from db.ops.class_results import StoredRun
    from desktop.gui.drill_run.outcome import DrillRunOutcome

RunOpener = Callable[..., QWidget]
"""open_drill_run(parent, drill, *, student, on_finished) -> the run window."""


def open_run_window(
    parent: QWidget | None,
    drill: Drill,
    *,
    student: str | None,
    on_finished: Callable[[DrillRunOutcome], None],
) -> QWidget:
    """The run window for the drill's mode (projector, multiple choice, typing, matching)."""
    from desktop.gui import drill_run

    window: QWidget = drill_run.open_drill_run(
        parent, drill, student=student, on_finished=on_finished
    )
    return window


class DrillsScreen(Screen):
    """Tabs: Build (and run, print, export), Lessons and Classes, Marks, Results."""

    def __init__(
        self,
        service: CollectionService,
        parent: QWidget | None = None,
        *,
        run_opener: RunOpener = open_run_window,
    ) -> None:
        super().__init__(service, parent)
        self.run_opener = run_opener
        self.run_window: QWidget | None = None
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Drills")))
        header.addStretch(1)
        self.outer.addLayout(header)
        self.tabs = QTabWidget()
        self.build = BuildPanel(service, self.say)
        self.classes = ClassesPanel(service, self.say)
        self.marks = MarksPanel(service, self.say)
        self.results = ResultsPanel(service, self.say)
        self.tabs.addTab(self.build, self.tr("&Build"))
        self.tabs.addTab(self.classes, self.tr("&Lessons and Classes"))
        self.tabs.addTab(self.marks, self.tr("&Marks"))
        self.tabs.addTab(self.results, self.tr("&Results"))
        self.outer.addWidget(self.tabs, 1)
        self.build.class_run_requested.connect(self._on_build_class_run_requested)
        self.build.student_run_requested.connect(self._on_build_student_run_requested)
        self.build.runs_changed.connect(self.results.reload)
        self.classes.changed.connect(self.reload)
        self.marks.stored.connect(self.results.reload)
        self.results.mark_requested.connect(self._on_results_mark_requested)

    def activated(self, argument: object = None) -> None:
        """Shown: reload if needed; a list of term ids (Browse's "Drill These") is drilled."""
        super().activated(argument)
        if isinstance(argument, list) and argument:
            ids = [int(i) for i in argument]
            self.build.set_selection(ids)
            self.classes.set_selection(ids)
            self.tabs.setCurrentWidget(self.build)

    def cares_about(self, changes: Changes) -> bool:
        return changes.terms or changes.decks or changes.tags or changes.documents

    def reload(self) -> None:
        """Read the decks, tags, documents, lessons and classes the tabs offer."""
        self.service.op(load_choices, on_done=self._show_choices)

    def may_close(self) -> bool:
        """Unstored marks are dropped only if the teacher says so (No keeps everything open);
        then a run still open is ended, so a student's answers given so far are stored."""
        from shiboken6 import isValid

        if not self.marks.may_replace(closing=True):
            return False
        window = self.run_window
        if window is not None and isValid(window) and window.isVisible():
            window.close()
        return True

    def _show_choices(self, choices: DrillChoices) -> None:
        self.build.set_choices(choices)
        self.classes.set_choices(choices)
        self.results.set_choices(choices)

    # -- runs -----------------------------------------------------------------------------------
    def _on_build_student_run_requested(self, drill: Drill, klass: str, student: str) -> None:
        def finished(outcome: DrillRunOutcome) -> None:
            self._store_student_run(drill, klass, student, outcome)

        self._open_run(drill, student, finished)

    def _open_run(
        self, drill: Drill, student: str | None, finished: Callable[[DrillRunOutcome], None]
    ) -> None:
        try:
            self.run_window = self.run_opener(self, drill, student=student, on_finished=finished)
        except DuiyiError as error:  # a drill the window cannot run: say why
            self.say(str(error), MessageKind.ERROR)

    def _store_student_run(
        self, drill: Drill, klass: str, student: str, outcome: DrillRunOutcome
    ) -> None:
        answers = [StudentAnswer(student, r.item_number, r.answer, r.correct)
                   for r in outcome.results]  # fmt: skip
        if not answers:
            self.say(self.tr("{0} gave no answer: nothing was stored.").format(student))
            return
        right = sum(r.correct for r in outcome.results)
        n = len(answers)

        def stored(run_id: int) -> None:
            self.say(
                counted_text(
                    self.tr("Stored {0} answer(s) of {1} ({2} right) in drill run {3}.", "", n),
                    n,
                    student,
                    right,
                    run_id,
                )
            )
            self.results.reload()

        self.service.op(
            lambda col: (
                col.drills.store_class_results(drill=drill, class_name=klass, answers=answers).value
            ),
            on_done=stored,
        )

    def _on_build_class_run_requested(self, drill: Drill, klass: str) -> None:
        if not self.marks.may_replace():
            return

        def start(students: list[str]) -> None:
            if not students:
                self.say(
                    self.tr("{0} has no students yet: add them under Lessons and Classes.").format(
                        klass
                    ),
                    MessageKind.ERROR,
                )
                return
            self.marks.load(class_name=klass, students=students, items=drill.items, drill=drill)
            self.tabs.setCurrentWidget(self.marks)
            self._open_run(drill, None, self._class_run_ended)

        self.service.op(lambda col: col.drills.students(class_name=klass), on_done=start)

    def _class_run_ended(self, outcome: DrillRunOutcome) -> None:
        self.marks.mark_hard(outcome.hard_items)
        self.tabs.setCurrentWidget(self.marks)
        self.marks.grid.setFocus()
        if outcome.hard_items:
            hard = ", ".join(str(n) for n in outcome.hard_items)
            self.say(
                self.tr("The class found items {0} hard (★). Mark each student's answers.").format(
                    hard
                )
            )
        else:
            self.say(self.tr("Mark each student's answers, then Store Marks."))

    def _on_results_mark_requested(self, stored: StoredRun) -> None:
        if not self.marks.may_replace():
            return
        self.marks.load(
            class_name=stored.info.class_name,
            students=stored.students,
            items=stored.items,
            run_id=stored.info.id,
            marks=stored.marks,
        )
        self.tabs.setCurrentWidget(self.marks)
        self.marks.grid.setFocus()
