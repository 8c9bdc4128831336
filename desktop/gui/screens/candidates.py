"""Candidates: confirm the term pairs Duiyi proposes; A accept, R reject, E edit, all undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QWidget,
)

from db.ops.candidates import CandidateInfo
from db.ops.document_info import DocumentInfo
from db.results import Changes, OpResult
from desktop.gui.richtext import (
    HTML_ROLE,
    HtmlDelegate,
    find_all,
    highlight_html,
    plain_tooltip,
)
from desktop.gui.service import CollectionService
from desktop.gui.theme import highlight_colors
from desktop.gui.widgets import EmptyState, Screen, hint_label, shrinking_combo, title_label
from desktop.gui.wording import counted_text

Index = QModelIndex | QPersistentModelIndex

if TYPE_CHECKING:
    from db.collection import Collection

ZH_CONTEXT = 14
EN_CONTEXT = 40
"""Characters of context shown each side of a term (the tooltip has the whole sentence)."""
COLUMNS = ("chinese", "pinyin", "english", "confidence", "frequency", "context")
EDITABLE = {"chinese", "pinyin", "english"}


class Candidate:
    """One row: a candidate term as the facade gave it, with its editable fields."""

    def __init__(self, row: CandidateInfo) -> None:
        self.id = row.id
        self.chinese = row.chinese
        self.pinyin = row.pinyin
        self.english = row.english
        self.confidence = row.confidence
        self.frequency = row.frequency
        self.reasons = row.reasons
        first = row.contexts[0] if row.contexts else None
        self.context_zh, self.zh_span = _around(
            first.zh if first else "",
            _span(first.zh_start, first.zh_end) if first else None,
            ZH_CONTEXT,
        )
        self.context_en, self.en_span = _around(
            first.en if first else "",
            _span(first.en_start, first.en_end) if first else None,
            EN_CONTEXT,
        )


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return (start, end) if start is not None and end is not None else None


def _around(
    text: str, span: tuple[int, int] | None, radius: int
) -> tuple[str, tuple[int, int] | None]:
    """The part of a long context around the term (one line in the table), span moved along."""
    if len(text) <= 2 * radius:
        return text, span
    start, end = span if span else (0, 0)
    # a short lead-in: the term stays in view when the column cuts the line's end
    left = max(0, start - radius // 2)
    right = min(len(text), max(end + radius, left + 2 * radius))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    piece = prefix + text[left:right] + suffix
    moved = (start - left + len(prefix), end - left + len(prefix)) if span else None
    return piece, moved


class CandidatesModel(QAbstractTableModel):
    """The candidates of one document (or all), as a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self.headers = [
            self.tr("Chinese"),
            self.tr("Pinyin"),
            self.tr("English"),
            self.tr("Confidence"),
            self.tr("Frequency"),
            self.tr("Context"),
        ]
        self.edited: Any = None  # callback(candidate, field name, value)

    def set_rows(self, rows: list[Candidate]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def remove_ids(self, ids: set[Any]) -> None:
        """Drop rows by term id, keeping the others (and the view's place) as they are."""
        for row in range(len(self.rows) - 1, -1, -1):
            if self.rows[row].id in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "confidence":
            return self.tr("Point at a confidence to see what marked it up or down.")
        return None

    def why(self, cand: Candidate) -> str:
        """Plain text: the candidate's confidence and what marked it up or down, the
        strongest first."""
        lines = [self.tr("Confidence {0:.2f}").format(cand.confidence)]
        if cand.reasons is None:
            lines.append(self.tr("Found before Duiyi kept the reasons for a confidence."))
            return "\n".join(lines)
        down = sorted((r for r in cand.reasons if r.effect < 0), key=lambda r: r.effect)
        up = sorted((r for r in cand.reasons if r.effect > 0), key=lambda r: -r.effect)
        if not down and not up:
            lines.append(self.tr("Nothing marked it up or down."))
        for heading, reasons in ((self.tr("Marked down:"), down), (self.tr("Marked up:"), up)):
            if reasons:
                lines.append(heading)
                lines.extend(f"• {self.factor_text(r.name)}" for r in reasons)
        return "\n".join(lines)

    def factor_text(self, name: str) -> str:
        """What a factor of the confidence (duiyi.extract.confidence) means, in the user's
        language; a factor this screen does not know is shown by its name."""
        texts = {
            "evidence": self.tr("the Chinese and the English explain each other only in part"),
            "agreement": self.tr("its occurrences do not all agree on the English"),
            "recurs": self.tr("the pair occurs fewer than four times"),
            "everyday word": self.tr("an everyday word, seldom drilled"),
            "verb phrase": self.tr("a predicate, not a term"),
            "adverb or evaluative": self.tr(
                "an adverb or an everyday adjective at its edge: a phrase"
            ),
            "coordination unrendered": self.tr(
                "与 or 和 joins two words but the English has no “and”"
            ),
            "describes": self.tr("“the” inside the English: a description"),
            "predicate cut off": self.tr("ends with a verb whose object follows"),
            "ends with an adjective": self.tr("the English lacks its head noun"),
            "piece of a name": self.tr("a capitalised name runs on before or after the English"),
            "headless": self.tr("the English runs on into a head noun the Chinese lacks"),
            "marked as a name": self.tr(
                "the writer marks the Chinese as a title or coinage (《…》, “…”)"
            ),
            "renders a name": self.tr(
                "a capitalised name renders it, each word the dictionary lacks standing for a part"
            ),
            "single English word": self.tr("the English is one common word, seldom a term"),
            "accepted before": self.tr("you accepted this pair before"),
        }
        return texts.get(name, name)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cand = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "confidence":
                return f"{cand.confidence:.2f}"
            if column == "context":
                return plain_tooltip(f"{cand.context_zh}\n{cand.context_en}")
            return getattr(cand, column)
        if role == HTML_ROLE and column == "context":
            known, _candidate = highlight_colors()
            zh = highlight_html(
                cand.context_zh, [(*s, known) for s in find_all(cand.context_zh, cand.chinese)]
            )
            en = highlight_html(
                cand.context_en, [(*s, known) for s in find_all(cand.context_en, cand.english)]
            )
            return f"{zh}<br><span style='opacity:0.8'>{en}</span>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("confidence", "frequency"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "context":
            return plain_tooltip(f"{cand.context_zh}\n{cand.context_en}")
        if role == Qt.ItemDataRole.ToolTipRole and column == "confidence":
            return plain_tooltip(self.why(cand))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        text = str(value).strip()
        cand = self.rows[index.row()]
        if column not in EDITABLE or not text or text == getattr(cand, column):
            return False
        setattr(cand, column, text)
        self.dataChanged.emit(index, self.index(index.row(), len(COLUMNS) - 1))
        if self.edited is not None:
            self.edited(cand, column, text)
        return True


class CandidatesTable(QTableView):
    """The table with the review keys: A accept, R reject, E edit (arrows move)."""

    def __init__(self, screen: CandidatesScreen) -> None:
        # A parent from the start: the page stack shows its first page at once, and a widget
        # without one would show as a window of its own (taking the focus from the main one).
        super().__init__(screen)
        self.owner = screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            key = event.key()
            if key == Qt.Key.Key_A:
                self.owner.accept_selected()
                return
            if key == Qt.Key.Key_R:
                self.owner.reject_selected()
                return
            if key == Qt.Key.Key_E:
                self.owner.edit_current()
                return
        super().keyPressEvent(event)


class CandidatesScreen(Screen):
    """Review what extraction proposed: accept, reject, edit; accept all above a threshold."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.document_id: Any = None
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Candidates")))
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Document:")))
        self.document_combo = shrinking_combo(24)
        self.document_combo.currentIndexChanged.connect(self._on_document_combo_changed)
        header.addWidget(self.document_combo)
        self.outer.addLayout(header)
        self.outer.addWidget(
            hint_label(
                self.tr(
                    "Terms Duiyi found in your texts. A accepts, R rejects, E edits the English "
                    "(double-click any of the first three columns), arrows move. Ctrl+Z undoes."
                )
            )
        )
        self.model = CandidatesModel(self)
        self.model.edited = self._on_model_edited
        self.table = CandidatesTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # the context is two lines (Chinese, English): cut at the edge, never wrapped out of view
        self.table.setItemDelegateForColumn(len(COLUMNS) - 1, HtmlDelegate(self.table, wrap=False))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # two lines a row (Chinese and English context): fixed, so long lists stay fast
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 14)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        # fit columns to the rows in view and a few more, not to thousands of candidates
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.installEventFilter(self)
        self.stack = QStackedLayout()
        self.empty = EmptyState(
            self.tr(
                "No candidates to review.\n\nImport a bilingual text (Ctrl+O): Duiyi proposes "
                "its terms here for you to accept."
            )
        )
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.outer.addLayout(self.stack, 1)

        actions = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.clicked.connect(self.edit_current)
        for button in (self.accept_button, self.reject_button, self.edit_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Accept all with confidence at least")))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(0.8)
        actions.addWidget(self.threshold)
        self.accept_all_button = QPushButton(self.tr("Accept All Above"))
        self.accept_all_button.clicked.connect(self.accept_above_threshold)
        actions.addWidget(self.accept_all_button)
        self.outer.addLayout(actions)
        self.count_label = hint_label("")
        self.outer.addWidget(self.count_label)
        self._loading_documents = False

    # -- loading --------------------------------------------------------------------------------
    def activated(self, argument: object = None) -> None:
        if argument is not None and argument != self.document_id:
            self.document_id = argument
            self._stale = True
        super().activated(argument)
        self.table.setFocus()

    def cares_about(self, changes: Changes) -> bool:
        return changes.terms or changes.documents

    def reload(self) -> None:
        document_id = self.document_id

        def load(col: Collection) -> tuple[list[DocumentInfo], list[CandidateInfo]]:
            return col.documents.all(), col.candidates.all(document_id=document_id)

        self.service.op(load, on_done=self._show)

    def _show(self, value: tuple[list[DocumentInfo], list[CandidateInfo]]) -> None:
        documents, rows = value
        self._loading_documents = True
        self.document_combo.clear()
        self.document_combo.addItem(self.tr("All documents"), None)
        for doc in documents:
            self.document_combo.addItem(doc.title, doc.id)
        index = self.document_combo.findData(self.document_id)
        self.document_combo.setCurrentIndex(max(index, 0))
        self._loading_documents = False
        candidates = sorted((Candidate(r) for r in rows), key=lambda c: -c.confidence)
        self.model.set_rows(candidates)
        self.fit_columns()
        if candidates:
            self.table.selectRow(0)
        self._update_count()

    def fit_columns(self) -> None:
        """Size the columns to their text, each at most a sixth of the table (240 pixels at
        most): long pinyin and English must not push the context out of sight."""
        # never size the context column to its contents: that lays out every row's rich text
        cap = min(240, self.table.viewport().width() // 6)
        for column in range(len(COLUMNS) - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Fit the columns again whenever the table changes size."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit_columns)
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self.table if count else self.empty)
        self.count_label.setText(
            counted_text(self.tr("{0} candidate(s) to review", "", count), count)
        )
        for button in (
            self.accept_button,
            self.reject_button,
            self.edit_button,
            self.accept_all_button,
        ):
            button.setEnabled(bool(count))

    def _on_document_combo_changed(self, _index: int) -> None:
        if self._loading_documents:
            return
        self.document_id = self.document_combo.currentData()
        self.reload()

    # -- actions --------------------------------------------------------------------------------
    def selected(self) -> list[Candidate]:
        """The candidates in the selected rows."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def accept_selected(self) -> None:
        """Accept the selected candidates: they become terms with cards."""
        self._decide(True, self.selected())

    def reject_selected(self) -> None:
        """Reject the selected candidates: they are not proposed again."""
        self._decide(False, self.selected())

    def accept_above_threshold(self) -> None:
        """Accept every listed candidate at or above the confidence threshold."""
        limit = self.threshold.value()
        self._decide(True, [c for c in self.model.rows if c.confidence >= limit - 1e-9])

    def _decide(self, accept: bool, chosen: list[Candidate]) -> None:
        if not chosen:
            return
        first_row = min(self.model.rows.index(c) for c in chosen)
        ids = {c.id for c in chosen}
        self.model.remove_ids(ids)  # at once: the learner keeps going while it is stored
        if self.model.rowCount():
            self.table.selectRow(min(first_row, self.model.rowCount() - 1))
        self._update_count()
        count = len(ids)
        if accept:
            text = counted_text(self.tr("Accepted {0} term(s). Ctrl+Z undoes.", "", count), count)
        else:
            text = counted_text(
                self.tr("Rejected {0} candidate(s). Ctrl+Z undoes.", "", count), count
            )

        def done(_result: Any) -> None:
            self.say(text)

        term_ids = sorted(ids)
        self.service.op(
            lambda col: (
                col.candidates.accept(term_ids=term_ids)
                if accept
                else col.candidates.reject(term_ids=term_ids)
            ),
            on_done=done,
            on_error=self._on_failed,
            source=self,
        )

    def _on_failed(self, failure: Any) -> None:
        self.reload()
        self.service.error_raised.emit(failure)

    def edit_current(self) -> None:
        """Edit the English of the current candidate inline."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        target = self.model.index(index.row(), COLUMNS.index("english"))
        self.table.setCurrentIndex(target)
        self.table.edit(target)

    def _on_model_edited(self, cand: Candidate, column: str, value: str) -> None:
        term_id = cand.id

        def edit(col: Collection) -> OpResult[CandidateInfo]:
            if column == "chinese":
                return col.candidates.edit(term_id=term_id, chinese=value)
            if column == "pinyin":
                return col.candidates.edit(term_id=term_id, pinyin=value)
            return col.candidates.edit(term_id=term_id, english=value)

        self.service.op(edit, on_error=self._on_failed, source=self)
