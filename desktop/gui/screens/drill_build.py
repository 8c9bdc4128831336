"""The Drills screen's Build tab: which terms, which way, how many, which mode, how long, which
seed; a preview of the items as they will be asked; and from there a run, a print or an export.
What is previewed is exactly what is run, printed and exported."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.screens.drill_parts import (
    DrillChoices,
    PathRow,
    existing_files,
    file_stem,
    fill_table,
    plain_table,
    refill,
    version_letter,
)
from desktop.gui.service import CollectionService, Failure
from desktop.gui.widgets import MessageKind, confirm, hint_label
from desktop.gui.wording import counted_text
from duiyi.drill.build import Drill, DrillItem, build_drill
from duiyi.drill.formats.export import ExportFormat, key_path, write_export
from duiyi.drill.terms import Direction, DrillSettings, Mode
from duiyi.errors import DuiyiError, InvalidInput

if TYPE_CHECKING:
    from db.collection import Collection

Say = Callable[[str, MessageKind], None]

_SUFFIX = {ExportFormat.WJX: ".txt", ExportFormat.CHAOXING: ".xlsx", ExportFormat.GIFT: ".txt",
           ExportFormat.AIKEN: ".txt", ExportFormat.KAHOOT: ".xlsx",
           ExportFormat.QUIZLET: ".txt"}  # fmt: skip


def sheet_paths(sheet: Path, version: str | None) -> tuple[Path, Path]:
    """The worksheet and key of one version: sheet.pdf and sheet-key.pdf, or sheet-B.pdf and
    sheet-B-key.pdf when a second version is printed beside the first."""
    stem = sheet.stem if version is None else f"{sheet.stem}-{version}"
    return sheet.with_name(f"{stem}.pdf"), sheet.with_name(f"{stem}-key.pdf")


class BuildPanel(QWidget):
    """Choose the terms and settings, see the items, and run, print or export the drill."""

    class_run_requested = Signal(object, str)
    """(drill, class name): run it for the whole class, marked by the teacher."""
    student_run_requested = Signal(object, str, str)
    """(drill, class name, student): run it for one student at the machine."""
    runs_changed = Signal()
    """A run was stored (printed or exported): the results tab lists it."""

    def __init__(self, service: CollectionService, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.say = say
        self.drill: Drill | None = None
        self._waiting: Callable[[], None] | None = None
        self._in_flight = False
        self._stale = False
        """An action asked for while the preview was being brought up to date."""
        self.selection_ids: list[int] = []
        self._generation = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.preview)
        splitter = QSplitter()
        splitter.addWidget(TallScroll(self._build_settings()))
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2000, 3000])  # shares, so that the first sizes follow them too
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        outer.addWidget(splitter, 1)

    # -- layout ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Bring a preview skipped while hidden up to date."""
        super().showEvent(event)
        if self._stale:
            self.preview()

    def _build_settings(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.source = QComboBox()
        for text, key in (
            (self.tr("All released terms"), "all"),
            (self.tr("A deck"), "deck"),
            (self.tr("A tag"), "tag"),
            (self.tr("A document"), "document"),
            (self.tr("A lesson"), "lesson"),
            (self.tr("The terms selected in Browse"), "selection"),
            (self.tr("What a class missed last time"), "missed"),
        ):
            self.source.addItem(text, key)
        self.which = QComboBox()
        self.which.setMinimumContentsLength(12)
        self.which.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.source, 1)
        terms_row.addWidget(self.which, 1)
        terms_label = QLabel(self.tr("&Terms:"))
        terms_label.setBuddy(self.source)
        form.addRow(terms_label, terms_row)
        self.direction = QComboBox()
        for text, value in (
            (self.tr("Chinese → English"), Direction.ZH_EN),
            (self.tr("English → Chinese"), Direction.EN_ZH),
            (self.tr("Mixed"), Direction.MIXED),
        ):
            self.direction.addItem(text, value)
        form.addRow(self.tr("&Direction:"), self.direction)
        self.count = QSpinBox()
        self.count.setRange(1, 500)
        self.count.setValue(20)
        form.addRow(self.tr("&Items:"), self.count)
        self.mode = QComboBox()
        modes: tuple[tuple[str, Mode], ...] = (
            (self.tr("Projector"), Mode.PROJECTOR),
            (self.tr("Multiple choice"), Mode.MULTIPLE_CHOICE),
            (self.tr("Typing"), Mode.TYPING),
            (self.tr("Matching"), Mode.MATCHING),
        )
        for name, mode in modes:
            self.mode.addItem(name, mode)
        self.mode.setCurrentIndex(1)
        form.addRow(self.tr("&Mode:"), self.mode)
        self.seconds = QSpinBox()
        self.seconds.setRange(1, 600)
        self.seconds.setValue(20)
        self.seconds.setSuffix(self.tr(" s"))
        form.addRow(self.tr("S&econds per item:"), self.seconds)
        seed_row = QHBoxLayout()
        self.seed = QSpinBox()
        self.seed.setRange(1, 999_999)
        self.version_b = QPushButton(self.tr("Version &B"))
        self.version_b.setAutoDefault(False)
        self.version_b.setToolTip(
            self.tr("The same terms and settings with another seed: another order and options")
        )
        self.version_b.clicked.connect(self.next_version)
        self.version = QLabel()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.version_b)
        seed_row.addWidget(self.version)
        seed_label = QLabel(self.tr("See&d:"))
        seed_label.setBuddy(self.seed)
        form.addRow(seed_label, seed_row)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Vocabulary drill 词汇练习"))
        form.addRow(self.tr("T&itle:"), self.title)
        self.klass = QComboBox()
        self.student = QComboBox()
        class_row = QHBoxLayout()
        class_row.addWidget(self.klass, 1)
        class_row.addWidget(self.student, 1)
        class_label = QLabel(self.tr("C&lass, student:"))
        class_label.setBuddy(self.klass)
        form.addRow(class_label, class_row)
        column.addLayout(form)

        run_box = QGroupBox(self.tr("Run"))
        runs = QHBoxLayout(run_box)
        self.run_student_button = QPushButton(self.tr("Run for One &Student"))
        self.run_student_button.clicked.connect(self.run_for_student)
        self.run_class_button = QPushButton(self.tr("Run for the &Class"))
        self.run_class_button.clicked.connect(self.run_for_class)
        runs.addWidget(self.run_student_button)
        runs.addWidget(self.run_class_button)
        column.addWidget(run_box)

        print_box = QGroupBox(self.tr("Print"))
        printing = QFormLayout(print_box)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.both_versions = QCheckBox()
        self.sheet_path = PathRow("drill.pdf", pattern="*.pdf")
        self.print_button = QPushButton(self.tr("&Print Sheet and Key"))
        self.print_button.clicked.connect(self.print_sheets)
        printing.addRow(self.tr("Paper:"), self.paper)
        printing.addRow("", self.both_versions)
        printing.addRow(self.tr("Sheet:"), self.sheet_path)
        printing.addRow("", self.print_button)
        column.addWidget(print_box)

        export_box = QGroupBox(self.tr("Export"))
        exporting = QFormLayout(export_box)
        self.format = QComboBox()
        formats: tuple[tuple[str, ExportFormat], ...] = (
            (self.tr("问卷星 text import (.txt, with an answer key .xlsx)"), ExportFormat.WJX),
            (self.tr("超星学习通 question bank (.xlsx)"), ExportFormat.CHAOXING),
            (self.tr("Moodle GIFT (.txt)"), ExportFormat.GIFT),
            (self.tr("Aiken (.txt)"), ExportFormat.AIKEN),
            (self.tr("Kahoot spreadsheet (.xlsx)"), ExportFormat.KAHOOT),
            (self.tr("Quizlet (term TAB definition)"), ExportFormat.QUIZLET),
        )
        for name, fmt in formats:
            self.format.addItem(name, fmt)
        self.export_path = PathRow("drill.txt", pattern="*.txt")
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.clicked.connect(self.export)
        exporting.addRow(self.tr("Format:"), self.format)
        exporting.addRow(self.tr("File:"), self.export_path)
        exporting.addRow("", self.export_button)
        column.addWidget(export_box)
        column.addStretch(1)

        for combo in (self.source, self.which, self.direction, self.mode):
            combo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        for spin in (self.count, self.seconds, self.seed):
            spin.valueChanged.connect(lambda _v: self._preview_timer.start())
        self.title.textChanged.connect(lambda _t: self._preview_timer.start())
        self.title.textChanged.connect(lambda _t: self._name_files())
        self.source.currentIndexChanged.connect(lambda _i: self._fill_which())
        self.klass.currentIndexChanged.connect(lambda _i: self._load_students())
        self.seed.valueChanged.connect(lambda _v: self._show_version())
        self._show_version()
        self._name_files()
        self._choices = DrillChoices()
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.status = hint_label("")
        column.addWidget(self.status)
        self.table = plain_table(
            [self.tr("#"), self.tr("Asks"), self.tr("Answer"), self.tr("Options")]
        )
        self.table.setWordWrap(True)  # every option shown, wrapped in the last column
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        column.addWidget(self.table, 1)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Fit the preview's columns whenever the table changes size."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit_preview)
        return super().eventFilter(watched, event)

    def fit_preview(self) -> None:
        """Wrap the question and the answer in at most a fifth and a quarter of the width (never
        cutting a word): a long answer sized to its text pushed the options out of sight."""
        table = self.table
        width = table.viewport().width()
        metrics = table.fontMetrics()
        pad = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        for column, share in ((1, 5), (2, 4)):
            texts = [_cell_text(table, r, column) for r in range(table.rowCount())]
            words = [w for text in texts for w in _UNBROKEN.findall(text)]
            longest = max((metrics.horizontalAdvance(w) for w in words), default=0) + pad
            table.resizeColumnToContents(column)
            table.setColumnWidth(
                column, min(table.columnWidth(column), max(width // share, longest))
            )
        table.resizeRowsToContents()

    # -- choices --------------------------------------------------------------------------------
    def set_choices(self, choices: DrillChoices) -> None:
        """Show the decks, tags, documents, lessons and classes the collection holds now."""
        self._choices = choices
        refill(
            self.klass, [(self.tr("No class"), None)] + [(c.name, c.name) for c in choices.classes]
        )
        self._fill_which()
        self._load_students()

    def set_selection(self, term_ids: list[int]) -> None:
        """Drill the terms selected in Browse."""
        self.selection_ids = list(term_ids)
        self.source.setCurrentIndex(self.source.findData("selection"))
        self._fill_which()

    def _fill_which(self) -> None:
        key = self.source.currentData()
        c = self._choices
        lists: dict[str, list[tuple[str, object]]] = {
            "deck": [(d.name, d.id) for d in c.decks],
            "tag": [(t.name, t.name) for t in c.tags],
            "document": [(d.title, d.id) for d in c.documents],
            "lesson": [
                (
                    lesson.name
                    if lesson.released
                    else self.tr("{0} (not released)").format(lesson.name),
                    lesson.name,
                )
                for lesson in c.lessons
            ],
            "missed": [(k.name, k.name) for k in c.classes],
        }
        items = lists.get(key, [])
        if key == "selection":
            n = len(self.selection_ids)
            items = [(counted_text(self.tr("{0} term(s) from Browse", "", n), n), None)]
        refill(self.which, items)
        self.which.setVisible(key != "all")
        self._preview_timer.start()

    def _load_students(self) -> None:
        name = self.klass.currentData()
        if name is None:
            refill(self.student, [(self.tr("No student"), None)])
            return

        def show(students: list[str]) -> None:
            if self.klass.currentData() == name:
                refill(self.student, [(s, s) for s in students] or [(self.tr("No student"), None)])

        self.service.op(lambda col: col.drills.students(class_name=name), on_done=show)

    # -- the drill ------------------------------------------------------------------------------
    def settings(self, seed: int | None = None) -> DrillSettings:
        """The drill settings chosen (with another seed, when given)."""
        return DrillSettings(
            direction=self.direction.currentData(),
            count=self.count.value(),
            mode=self.mode.currentData(),
            seconds=self.seconds.value(),
            seed=self.seed.value() if seed is None else seed,
            title=self.title.text().strip(),
        )

    def selection(self) -> dict[str, Any]:
        """The arguments of `drill_terms` for the terms chosen."""
        key = self.source.currentData()
        which = self.which.currentData()
        if key == "all":
            return {}
        if key == "selection":
            return {"term_ids": list(self.selection_ids)}
        if which is None:
            raise InvalidInput(
                self.tr("Choose which {0} the terms come from.").format(self.source.currentText())
            )
        name = {"deck": "deck_ids", "tag": "tags", "document": "document_ids", "lesson": "lessons"}
        if key == "missed":
            return {"missed_by_class": which}
        return {name[key]: [which]}

    def _make(self, seeds: list[int]) -> Callable[[Collection], list[Drill]]:
        """Work for the database thread: the drill of each seed, from the same terms."""
        try:
            selection = self.selection()
        except InvalidInput as error:
            problem = error

            def refuse(_col: Collection) -> list[Drill]:
                raise problem

            return refuse
        settings = [self.settings(seed) for seed in seeds]

        def make(col: Collection) -> list[Drill]:
            terms = col.drills.terms(**selection)
            if not terms:
                raise InvalidInput("No released, accepted term matches this selection.")
            pool = col.drills.pool()
            return [build_drill(terms, s, pool=pool) for s in settings]

        return make

    def preview(self) -> None:
        """Build the drill as set and show its items (when next shown, while hidden)."""
        self._preview_timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._in_flight = True

        def show(drills: list[Drill]) -> None:
            if generation == self._generation:
                self._in_flight = False
                self._show(drills[0])
                waiting, self._waiting = self._waiting, None
                if waiting is not None:
                    waiting()

        def failed(failure: Failure) -> None:
            if generation != self._generation:
                return
            self._in_flight = False
            waiting, self._waiting = self._waiting, None
            if not failure.is_user_error:
                self.service.error_raised.emit(failure)
                return
            self.drill = None
            fill_table(self.table, [])
            self.status.setText(str(failure.error))
            if waiting is not None:
                self.say(str(failure.error), MessageKind.ERROR)

        self.service.op(self._make([self.seed.value()]), on_done=show, on_error=failed)

    def _show(self, drill: Drill) -> None:
        self.drill = drill
        rows = [(i.number, i.prompt, " / ".join(a.text for a in i.accepted), self._options(i))
                for i in drill.items]  # fmt: skip
        fill_table(self.table, rows)
        self.fit_preview()
        n = len(drill.items)
        version = version_letter(drill.settings.seed)
        if n < drill.requested:
            short = self.tr(
                "{0} item(s), version {1} ({2} asked: the selection holds no more)", "", n
            )
            self.status.setText(counted_text(short, n, version, drill.requested))
        else:
            self.status.setText(
                counted_text(self.tr("{0} item(s), version {1}", "", n), n, version)
            )

    @staticmethod
    def _options(item: DrillItem) -> str:
        marked = [
            f"{'*' if n == item.right else ''}{chr(65 + n)}. {option}"
            for n, option in enumerate(item.options)
        ]
        return "   ".join(marked)

    def next_version(self) -> None:
        """Version B: the same drill with the next seed."""
        self.seed.setValue(self.seed.value() + 1)

    def _show_version(self) -> None:
        seed = self.seed.value()
        self.version.setText(self.tr("version {0}").format(version_letter(seed)))
        # Named after the seed: on version B the two sheets are B and C, not A and B.
        both = self.tr("Versions {0} and {1} (this seed and the next)")
        self.both_versions.setText(both.format(version_letter(seed), version_letter(seed + 1)))

    def _ready(self, action: Callable[[], None]) -> Drill | None:
        """The drill previewed when it matches the settings shown; else None, and `action`
        runs again once the preview is up to date."""
        if self._preview_timer.isActive() or self._in_flight:
            self._waiting = action
            if self._preview_timer.isActive():
                self.preview()
            return None
        if self.drill is None:
            self.say(self.status.text(), MessageKind.ERROR)
        return self.drill

    # -- running --------------------------------------------------------------------------------
    def run_for_student(self) -> None:
        """Run the drill for the student chosen, at this machine; their answers are kept."""
        drill = self._ready(self.run_for_student)
        klass, student = self.klass.currentData(), self.student.currentData()
        if drill is None:
            return
        if klass is None or student is None:
            self.say(
                self.tr("Choose a class and one of its students: answers are kept per student."),
                MessageKind.ERROR,
            )
            return
        self.student_run_requested.emit(drill, klass, student)

    def run_for_class(self) -> None:
        """Run the drill for the whole class; the teacher marks each student's answers."""
        drill = self._ready(self.run_for_class)
        klass = self.klass.currentData()
        if drill is None:
            return
        if klass is None:
            self.say(self.tr("Choose the class to run the drill for."), MessageKind.ERROR)
            return
        self.class_run_requested.emit(drill, klass)

    # -- printing and exporting -----------------------------------------------------------------
    def print_sheets(self) -> None:
        """Print the worksheet and its key (and version B's), then keep each as a run."""
        drill = self._ready(self.print_sheets)
        sheet = self.sheet_path.path()
        if drill is None:
            return
        if sheet is None:
            self.say(self.tr("Type or choose where to save the sheet."), MessageKind.ERROR)
            return
        seeds = [drill.settings.seed]
        if self.both_versions.isChecked():
            seeds.append(drill.settings.seed + 1)
        targets = [sheet_paths(sheet, version_letter(s) if len(seeds) > 1 else None) for s in seeds]
        make = self._make(seeds)
        klass = self.klass.currentData()

        def prepare(col: Collection) -> list[Drill]:
            for pair in targets:
                for path in pair:
                    col.check_output_path(path)
            if klass is not None:
                col.drills.class_named(name=klass)
            return make(col)

        def prepared(drills: list[Drill]) -> None:
            if self._may_replace([p for pair in targets for p in pair]):
                self._print(drills, targets, klass)

        self.service.op(prepare, on_done=prepared)

    def _may_replace(self, paths: list[Path]) -> bool:
        """True when none of `paths` exists, or the user agrees to replace those that do; on
        No, says that nothing was written."""
        found = existing_files(paths)
        if not found:
            return True
        if len(found) == 1:
            question = self.tr("{0} already exists. Replace it?").format(found[0])
        else:
            listed = "\n".join(str(p) for p in found)
            question = self.tr("These files already exist:\n{0}\nReplace them?").format(listed)
        if confirm(self, self.tr("Replace Files"), question):
            return True
        self.say(self.tr("Nothing was written."), MessageKind.INFO)
        return False

    def _print(
        self, drills: list[Drill], targets: list[tuple[Path, Path]], klass: str | None
    ) -> None:
        from desktop.drill_print import PaperSize, SheetHeader, SheetKind, print_drill

        kind = {Mode.MULTIPLE_CHOICE: SheetKind.CHOICE, Mode.MATCHING: SheetKind.MATCHING}.get(
            drills[0].settings.mode, SheetKind.BLANKS
        )
        try:
            for drill, (sheet, key) in zip(drills, targets, strict=True):
                title = drill.settings.title
                header = SheetHeader(
                    class_name=klass or "",
                    date=date.today().isoformat(),
                    version=version_letter(drill.settings.seed),
                    **({"title": title} if title else {}),
                )
                print_drill(drill, kind, sheet=sheet, key=key, header=header,
                            paper=PaperSize(self.paper.currentData()))  # fmt: skip
        except (DuiyiError, OSError) as error:
            self.say(str(error), MessageKind.ERROR)
            return
        files = ", ".join(str(p) for pair in targets for p in pair)
        self._store(
            drills, klass, lambda ids: self.tr("Printed {0} (drill run {1}).").format(files, ids)
        )

    def export(self) -> None:
        """Write the drill for the chosen quiz tool, then keep it as a run."""
        drill = self._ready(self.export)
        out = self.export_path.path()
        if drill is None:
            return
        if out is None:
            self.say(self.tr("Type or choose where to save the file."), MessageKind.ERROR)
            return
        fmt: ExportFormat = self.format.currentData()
        klass = self.klass.currentData()

        files = [out, key_path(out)] if fmt is ExportFormat.WJX else [out]

        def check(col: Collection) -> None:
            for path in files:
                col.check_output_path(path)

        def write(col: Collection) -> list[Path]:
            check(col)  # again: the files may have changed while the user was asked
            return write_export(drill, fmt, out)

        def written(paths: list[Path]) -> None:
            files = ", ".join(str(p) for p in paths)
            self._store(
                [drill],
                klass,
                lambda ids: self.tr("Exported to {0} (drill run {1}).").format(files, ids),
            )

        def checked(_none: None) -> None:
            if self._may_replace(files):
                self.service.op(write, on_done=written)

        self.service.op(check, on_done=checked)

    def _store(self, drills: list[Drill], klass: str | None, said: Callable[[str], str]) -> None:
        def store(col: Collection) -> list[int]:
            return [col.drills.keep_run(drill=d, class_name=klass).value for d in drills]

        def stored(ids: list[int]) -> None:
            self.say(said(", ".join(str(i) for i in ids)), MessageKind.INFO)
            self.runs_changed.emit()

        self.service.op(store, on_done=stored)

    def _on_format_changed(self, _index: int) -> None:
        self._name_files()

    def _name_files(self) -> None:
        """Name the sheet after the title and the export after the title and format, so that
        each format and drill gets a file of its own ("Week 3 - gift.txt")."""
        stem = file_stem(self.title.text(), "drill")
        fmt: ExportFormat | None = self.format.currentData()
        if fmt is not None:
            suffix = _SUFFIX[fmt]
            self.export_path.set_name(f"{stem} - {fmt.value}{suffix}", f"*{suffix}")
        self.sheet_path.set_name(f"{stem}.pdf", "*.pdf")


_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_UNBROKEN = re.compile(f"[^\\s{_CJK}]+|[{_CJK}]")
"""What a line never breaks inside: a run of letters, or one Chinese character (Qt breaks
Chinese text between any two)."""


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class TallScroll(QScrollArea):
    """Settings scrolled up and down only: their full height made the window taller than a
    1024x700 projector screen; their width stays whole."""

    def __init__(self, box: QWidget) -> None:
        super().__init__()
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # Qt override
        """As wide as the settings need (with room for the scroll bar), short as can be."""
        box = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        needed = box.minimumSizeHint().width() if box is not None else 0
        return QSize(needed + bar, super().minimumSizeHint().height())
