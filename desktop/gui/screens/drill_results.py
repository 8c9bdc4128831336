"""The Drills screen's Results tab: accuracy per student and per term, the stored runs (one
reopened for marking), every answer as a spreadsheet-safe CSV, and the terms a class missed
tagged or put into the teacher's own review."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.results import RunId, TermId
from desktop.gui.screens.drill_parts import (
    DrillChoices,
    PathRow,
    fill_table,
    plain_table,
    refill,
    selected_data,
)
from desktop.gui.service import CollectionService
from desktop.gui.widgets import MessageKind, confirm
from desktop.gui.wording import counted_text

if TYPE_CHECKING:
    from db.collection import Collection
    from db.ops.class_results import RunInfo, StoredRun, TermAccuracy
    from db.ops.drills import Accuracy

Say = Callable[[str, MessageKind], None]
Report = tuple[list["Accuracy"], list["TermAccuracy"], list["RunInfo"]]


class ResultsPanel(QWidget):
    """Reports of a class (or all classes), the runs, CSV export and missed-term actions."""

    mark_requested = Signal(object)
    """(StoredRun): mark this run's answers in the Marks tab."""

    def __init__(self, service: CollectionService, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.say = say
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.klass = QComboBox()
        self.klass.addItem(self.tr("All classes"), None)
        self.klass.currentIndexChanged.connect(lambda _i: self.reload())
        class_label = QLabel(self.tr("&Class:"))
        class_label.setBuddy(self.klass)
        top.addWidget(class_label)
        top.addWidget(self.klass)
        top.addStretch(1)
        self.csv_path = PathRow("drill-results.csv", pattern="*.csv")
        self.csv_button = QPushButton(self.tr("Export Results &CSV"))
        self.csv_button.clicked.connect(self.export_csv)
        top.addWidget(self.csv_path, 2)
        top.addWidget(self.csv_button)
        column.addLayout(top)

        # Students and terms side by side, the runs under them.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(splitter)
        self.students = plain_table(
            [self.tr("Student"), self.tr("Right"), self.tr("Answers"), self.tr("Accuracy")],
            stretch=0,
        )
        splitter.addWidget(self._group(self.tr("Students"), self.students))
        self.terms = plain_table(
            [
                self.tr("Chinese"),
                self.tr("English"),
                self.tr("Right"),
                self.tr("Answers"),
                self.tr("Accuracy"),
            ],
            multi=True,
            stretch=1,
        )
        terms_box = self._group(self.tr("Terms, the most missed first"), self.terms)
        actions = QHBoxLayout()
        self.select_missed_button = QPushButton(self.tr("Select the &Missed"))
        self.select_missed_button.clicked.connect(self.select_missed)
        self.tag_name = QLineEdit()
        self.tag_name.setMinimumWidth(self.fontMetrics().horizontalAdvance("missed-week-12") + 24)
        self.tag_name.setPlaceholderText(self.tr("Tag, e.g. missed-week-3"))
        self.tag_button = QPushButton(self.tr("&Tag Selected"))
        self.tag_button.clicked.connect(self.tag_selected)
        self.review_button = QPushButton(self.tr("Add Selected to My &Review"))
        self.review_button.setToolTip(
            self.tr("Unsuspends their cards and puts their new cards first; no other card, and "
                    "no student's result, changes")
        )  # fmt: skip
        self.review_button.clicked.connect(self.review_selected)
        actions.addWidget(self.select_missed_button)
        actions.addWidget(self.tag_name, 1)
        actions.addWidget(self.tag_button)
        # On a line of its own: four controls in a row made the terms too wide to leave the
        # students' names any room in a small window.
        review_row = QHBoxLayout()
        review_row.addStretch(1)
        review_row.addWidget(self.review_button)
        layout = terms_box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(actions)
        layout.addLayout(review_row)
        splitter.addWidget(terms_box)
        self.runs = plain_table(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Class"),
                self.tr("Mode"),
                self.tr("Items"),
                self.tr("Answers"),
            ],
            stretch=2,
        )
        runs_box = self._group(self.tr("Drill runs"), self.runs)
        self.mark_button = QPushButton(self.tr("Mark This R&un"))
        self.mark_button.setToolTip(self.tr("Type in the marks of a printed or exported drill"))
        self.mark_button.clicked.connect(self.mark_selected_run)
        runs_layout = runs_box.layout()
        assert isinstance(runs_layout, QVBoxLayout)
        runs_layout.addWidget(self.mark_button)
        rows.addWidget(runs_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 2)
        # Five runs in view at the least: a quarter of the height showed about two.
        frame = 2 * self.runs.frameWidth()
        header = self.runs.horizontalHeader().sizeHint().height()
        self.runs.setMinimumHeight(
            frame + header + 5 * self.runs.verticalHeader().defaultSectionSize()
        )
        # Stretch factors share out only later growth; the first sizes came from the tables'
        # hints and squeezed the students' names to nothing. These are shares, not pixels.
        splitter.setSizes([2000, 3000])
        rows.setSizes([3000, 2000])
        column.addWidget(rows, 1)
        self.missed: list[int] = []

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def set_choices(self, choices: DrillChoices) -> None:
        """List the classes to report on."""
        refill(
            self.klass,
            [(self.tr("All classes"), None)] + [(k.name, k.name) for k in choices.classes],
        )
        self.reload()

    def reload(self) -> None:
        """Read the reports of the class chosen."""
        klass = self.klass.currentData()

        def load(col: Collection) -> Report:
            return (
                col.drills.accuracy_by_student(class_name=klass),
                col.drills.term_accuracy(class_name=klass),
                col.drills.runs(class_name=klass),
            )

        def show(report: Report) -> None:
            if self.klass.currentData() == klass:
                self._show(*report)

        self.service.op(load, on_done=show)

    def _show(
        self, students: list[Accuracy], terms: list[TermAccuracy], runs: list[RunInfo]
    ) -> None:
        fill_table(self.students, [(a.name, a.right, a.total, f"{a.percent}%") for a in students])
        # The splitter may squeeze this table but never below its names and figures: a
        # teacher who cannot read who scored what has no results.
        header = self.students.horizontalHeader()
        needed = sum(
            max(self.students.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.students.columnCount())
        )
        bar = self.students.verticalScrollBar().sizeHint().width()
        self.students.setMinimumWidth(needed + bar + 2 * self.students.frameWidth())
        deleted = self.tr("(deleted term)")
        kept = set(selected_data(self.terms))  # a tag just given must not lose the selection
        fill_table(
            self.terms,
            [(t.chinese or deleted, t.english, t.right, t.total, f"{t.percent}%") for t in terms],
            [t.term_id for t in terms],
        )
        self.missed = [t.term_id for t in terms if t.missed and t.term_id is not None]
        self._select(lambda term_id: term_id in kept)
        modes = {"projector": self.tr("Projector"), "mc": self.tr("Multiple choice"),
                 "typing": self.tr("Typing"), "matching": self.tr("Matching")}  # fmt: skip
        fill_table(
            self.runs,
            [(r.id, r.created.date().isoformat(), r.class_name or "—",
              modes.get(r.mode, r.mode), r.items, r.answers) for r in runs],
            [r.id for r in runs],
        )  # fmt: skip

    # -- missed terms ---------------------------------------------------------------------------
    def select_missed(self) -> None:
        """Select every term with at least one wrong answer."""
        self.terms.clearSelection()
        self._select(lambda term_id: term_id in self.missed)

    def _select(self, wanted: Callable[[object], bool]) -> None:
        for row in range(self.terms.rowCount()):
            cell = self.terms.item(row, 0)
            term_id = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
            if term_id is not None and wanted(term_id):
                self.terms.selectionModel().select(
                    self.terms.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _selected_terms(self) -> list[TermId]:
        ids = [TermId(int(t)) for t in selected_data(self.terms) if t is not None]
        if not ids:
            self.say(
                self.tr(
                    "Select the terms first: Select the Missed selects each with a wrong answer."
                ),
                MessageKind.ERROR,
            )
        return ids

    def tag_selected(self) -> None:
        """Give the selected terms the tag typed."""
        tag = self.tag_name.text().strip()
        if not tag:
            self.say(self.tr("Type the tag to give the selected terms."), MessageKind.ERROR)
            return
        ids = self._selected_terms()
        if not ids:
            return
        n = len(ids)
        said = counted_text(self.tr("Tagged {0} term(s) {1}. Ctrl+Z undoes.", "", n), n, tag)
        self.service.op(
            lambda col: col.tags.add(term_ids=ids, tags=[tag]),
            on_done=lambda _r: self.say(said, MessageKind.INFO),
            source=self,
        )

    def review_selected(self) -> None:
        """Put the selected terms into the teacher's own review."""
        ids = self._selected_terms()
        if not ids:
            return
        n = len(ids)

        def done(result: Any) -> None:
            cards = result.value
            self.say(
                counted_text(
                    self.tr("Added {0} term(s) to your review ({1}). Ctrl+Z undoes.", "", n),
                    n,
                    counted_text(self.tr("{0} card(s) changed", "", cards), cards),
                ),
                MessageKind.INFO,
            )

        self.service.op(
            lambda col: col.drills.review_missed(term_ids=ids), on_done=done, source=self
        )

    # -- runs and CSV ---------------------------------------------------------------------------
    def mark_selected_run(self) -> None:
        """Reopen the selected run in the Marks tab."""
        ids = selected_data(self.runs)
        if not ids:
            self.say(self.tr("Select the drill run to mark."), MessageKind.ERROR)
            return
        run_id = RunId(int(ids[0]))

        def load(col: Collection) -> StoredRun:
            stored: StoredRun = col.drills.stored_run(run_id=run_id)
            return stored

        self.service.op(load, on_done=self.mark_requested.emit)

    def export_csv(self) -> None:
        """Write every stored answer (of the class chosen) as a spreadsheet-safe CSV."""
        path = self.csv_path.path()
        klass = self.klass.currentData()
        if path is None:
            self.say(self.tr("Type or choose where to save the CSV file."), MessageKind.ERROR)
            return

        def done(result: Any) -> None:
            n = result.value
            self.say(counted_text(self.tr("Wrote {0} answer(s) to {1}.", "", n), n, str(path)),
                     MessageKind.INFO)  # fmt: skip

        def write(_checked: None) -> None:
            # Asked only once the guard has passed: never "replace?" for the collection itself.
            if path.exists() and not confirm(
                self,
                self.tr("Replace Files"),
                self.tr("{0} already exists. Replace it?").format(path),
            ):
                self.say(self.tr("Nothing was written."), MessageKind.INFO)
                return
            self.service.op(
                lambda col: col.drills.export_results_csv(path=path, class_name=klass),
                on_done=done,
            )

        self.service.op(lambda col: col.check_output_path(path), on_done=write)
