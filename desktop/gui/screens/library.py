"""Library: the collection's documents and its terms; where a new user starts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops.deck_due import DeckDue
from db.ops.document_info import DocumentInfo
from db.ops.document_terms import DocumentTerms
from db.ops.term_info import TermInfo, TermQuery
from db.results import Changes, DeckId, DocumentId
from desktop.gui.service import CollectionService, Task
from desktop.gui.widgets import EmptyState, Screen, confirm, hint_label, key_shortcut, title_label
from duiyi.counts import number
from duiyi.kinds import TermStatus

TERMS_SHOWN = 200
"""The newest accepted terms listed beside the documents (Browse shows them all)."""


if TYPE_CHECKING:
    from db.collection import Collection


@dataclass(frozen=True)
class _Loaded:
    """What the Library shows."""

    documents: list[DocumentInfo]
    document_terms: dict[DocumentId, DocumentTerms]
    terms: list[TermInfo]
    term_total: int
    decks: list[DeckDue]


def due_colors() -> tuple[str, str, str]:
    """Anki's colours for (new, learning, review) counts, readable in the current theme."""
    app = QApplication.instance()
    if app is not None and app.property("duiyi_dark"):
        return "#7cb8f5", "#f28b82", "#7fd196"
    return "#1a5fb4", "#b3261e", "#146c37"


def _header_tips(table: QTableWidget, tips: tuple[tuple[int, str], ...]) -> None:
    """Tooltips on a table's column headers, saying what each count counts."""
    for column, tip in tips:
        item = table.horizontalHeaderItem(column)
        if item is not None:
            item.setToolTip(tip)


def _item(text: object, data: object = None) -> QTableWidgetItem:
    shown = number(text) if isinstance(text, int) and not isinstance(text, bool) else text
    item = QTableWidgetItem("" if shown is None else str(shown))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class LibraryScreen(Screen):
    """Documents on the left, accepted terms on the right; empty states say what to do."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._import_task: Task | None = None
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Library")))
        header.addStretch(1)
        self.import_button = QPushButton(self.tr("Import Text…"))
        self.import_button.setObjectName("primary")
        self.import_button.setToolTip(self.tr("Import a bilingual text (Ctrl+O)"))
        self.import_button.clicked.connect(self._on_import_clicked)
        header.addWidget(self.import_button)
        self.outer.addLayout(header)
        self.outer.addWidget(
            hint_label(
                self.tr(
                    "Each document is a bilingual text you imported. Open one to read it side by "
                    "side (Enter), or review the term candidates found in it."
                )
            )
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        # documents
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Documents")))
        self.documents_stack = QStackedLayout()
        self.documents = QTableWidget(0, 5, self)  # shown by the stack at once: parent it
        self.documents.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Pairs"),
                self.tr("Candidates"),
                self.tr("Terms"),
                self.tr("Imported"),
            ]
        )
        _header_tips(
            self.documents,
            (
                (2, self.tr("Term candidates found in the document and still to review")),
                (3, self.tr("Terms from the document you accepted or made cards of")),
            ),
        )
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.verticalHeader().hide()
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.setAlternatingRowColors(True)
        self.documents.doubleClicked.connect(lambda _index: self.open_reader())
        self.documents_empty = EmptyState(
            self.tr(
                "Your library is empty.\n\nDrag a bilingual text (txt, docx, html, pdf, tmx, "
                "xliff, csv) onto this window, paste one with Ctrl+Shift+V, or press Ctrl+O."
            )
        )
        self.documents_stack.addWidget(self.documents)
        self.documents_stack.addWidget(self.documents_empty)
        # While a text is imported into an empty library: its progress, not "empty".
        self.importing = QWidget()
        importing_layout = QVBoxLayout(self.importing)
        importing_layout.addStretch(1)
        self.importing_label = QLabel()
        self.importing_label.setObjectName("emptyState")
        self.importing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.importing_label.setWordWrap(True)
        importing_layout.addWidget(self.importing_label)
        self.importing_bar = QProgressBar()
        self.importing_bar.setTextVisible(False)
        importing_layout.addWidget(self.importing_bar)
        importing_layout.addStretch(2)
        self.documents_stack.addWidget(self.importing)
        left_layout.addLayout(self.documents_stack, 1)
        buttons = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.clicked.connect(self.open_reader)
        self.candidates_button = QPushButton(self.tr("Candidates"))
        self.candidates_button.clicked.connect(self._on_candidates_clicked)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_document)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_document)
        for button in (
            self.read_button,
            self.candidates_button,
            self.rename_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.splitter.addWidget(left)

        # decks (what is due, as Anki's deck list) over the newest terms
        right = QSplitter(Qt.Orientation.Vertical)
        decks_box = QWidget()
        decks_layout = QVBoxLayout(decks_box)
        decks_layout.setContentsMargins(0, 0, 0, 0)
        decks_layout.addWidget(QLabel(self.tr("Decks: due today")))
        self.decks = QTableWidget(0, 5)
        self.decks.setHorizontalHeaderLabels(
            # Anki's own short headings: the deck list fits beside the documents at 1024 px
            [self.tr("Deck"), self.tr("New"), self.tr("Learn"), self.tr("Due"), ""]
        )
        _header_tips(
            self.decks,
            (
                (1, self.tr("New cards left within today's limit")),
                (2, self.tr("Cards in learning due today")),
                (3, self.tr("Review cards due today")),
            ),
        )
        self.decks.verticalHeader().hide()
        self.decks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.decks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.decks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.decks_empty = QLabel(self.tr("No cards to study yet."))
        self.decks_empty.setObjectName("hint")
        decks_layout.addWidget(self.decks, 1)
        decks_layout.addWidget(self.decks_empty)
        right.addWidget(decks_box)
        terms_box = QWidget()
        right_layout = QVBoxLayout(terms_box)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.terms_label = QLabel(self.tr("Terms"))
        right_layout.addWidget(self.terms_label)
        self.terms_stack = QStackedLayout()
        self.terms = QTableWidget(0, 2, self)  # shown by the stack at once: parent it
        self.terms.setHorizontalHeaderLabels([self.tr("Chinese"), self.tr("English")])
        self.terms.verticalHeader().hide()
        self.terms.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.terms.setAlternatingRowColors(True)
        self.terms_empty = EmptyState(
            self.tr(
                "No terms yet.\n\nAccept term candidates under Candidates (Ctrl+2), or select "
                "a Chinese phrase in the reader and choose Make a Card."
            )
        )
        self.terms_stack.addWidget(self.terms)
        self.terms_stack.addWidget(self.terms_empty)
        right_layout.addLayout(self.terms_stack, 1)
        right.addWidget(terms_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 2)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.outer.addWidget(self.splitter, 1)
        key_shortcut(QKeySequence(Qt.Key.Key_Return), self.documents, self.open_reader)
        key_shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.documents, self.delete_document
        )
        key_shortcut(QKeySequence("F2"), self.documents, self.rename_document)
        self._update_buttons()
        self.documents.itemSelectionChanged.connect(self._update_buttons)
        self.restore_layout(QSettings())

    # -- loading --------------------------------------------------------------------------------
    def cares_about(self, changes: Changes) -> bool:
        return changes.documents or changes.terms or changes.pairs or changes.cards or changes.decks

    def activated(self, argument: object = None) -> None:
        # Due counts change with the clock and with answers: count again on every visit.
        self._stale = True
        super().activated(argument)

    def reload(self) -> None:
        def load(col: Collection) -> _Loaded:
            accepted = TermQuery(status=TermStatus.ACCEPTED)
            terms = col.terms.search(accepted, sort="created", descending=True, limit=TERMS_SHOWN)
            return _Loaded(
                col.documents.all(),
                col.documents.term_counts(),
                terms,
                col.terms.count(accepted),
                col.decks.due_today(),
            )

        self.service.op(load, on_done=self._show)

    def _show(self, loaded: _Loaded) -> None:
        documents, terms = loaded.documents, loaded.terms
        selected = self.selected_document_id()
        self.documents.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            doc_id = doc.id
            self.documents.setItem(row, 0, _item(doc.title, doc_id))
            self.documents.setItem(row, 1, _item(doc.pair_count))
            counts = loaded.document_terms.get(doc_id, DocumentTerms(0, 0))
            self.documents.setItem(row, 2, _item(counts.candidates))
            self.documents.setItem(row, 3, _item(counts.accepted))
            when = doc.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.documents.setItem(row, 4, _item(when))
            if doc_id == selected:
                self.documents.selectRow(row)
        if documents and not self.documents.selectedItems():
            self.documents.selectRow(0)
        self.documents.resizeColumnsToContents()
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if documents or self._import_task is None:
            self.documents_stack.setCurrentWidget(
                self.documents if documents else self.documents_empty
            )
        self.terms.setRowCount(len(terms))
        for row, term in enumerate(terms):
            self.terms.setItem(row, 0, _item(term.chinese, term.id))
            self.terms.setItem(row, 1, _item(term.english))
        if loaded.term_total > len(terms):
            label = self.tr("Newest {0} of {1} terms").format(
                number(len(terms)), number(loaded.term_total)
            )
        else:
            label = self.tr("Terms ({0}), newest first").format(number(loaded.term_total))
        self.terms_label.setText(label)
        self.terms_stack.setCurrentWidget(self.terms if terms else self.terms_empty)
        self._show_decks(loaded.decks)
        self._update_buttons()

    def _show_decks(self, decks: list[DeckDue]) -> None:
        colors = due_colors()
        self.decks.setRowCount(len(decks))
        for row, deck in enumerate(decks):
            self.decks.setItem(row, 0, _item(deck.name, deck.deck_id))
            for column, (count, color) in enumerate(
                zip((deck.new, deck.learning, deck.review), colors, strict=True), 1
            ):
                item = _item(count)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if count:  # as Anki: a zero is shown grey, a count in its colour
                    item.setForeground(QColor(color))
                    bold = item.font()
                    bold.setBold(True)
                    item.setFont(bold)
                else:
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                self.decks.setItem(row, column, item)
            button = QPushButton(self.tr("Study"))
            button.setToolTip(self.tr("Study the deck {0} now").format(deck.name))
            button.clicked.connect(lambda _c=False, d=deck.deck_id: self.study_deck(d))
            self.decks.setCellWidget(row, 4, button)
        self.decks.resizeColumnsToContents()
        self.decks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.decks.resizeRowsToContents()
        self.decks.setVisible(bool(decks))
        self.decks_empty.setVisible(not decks)

    def study_deck(self, deck_id: DeckId) -> None:
        """Start studying one deck's cards due today, on the Study screen."""

        def start(col: Collection) -> object:
            return col.study.start(deck=deck_id)

        self.service.op(start, on_done=lambda _s: self.navigate_requested.emit("study", deck_id))

    def show_importing(self, task: Task, text: str) -> None:
        """Show `task`'s progress in place of the empty documents list until it ends."""
        self._import_task = task
        self.importing_label.setText(text)
        self.importing_bar.setRange(0, 0)  # busy until figures come
        self.documents_stack.setCurrentWidget(self.importing)
        task.progressed.connect(self._on_import_progressed)
        task.finished.connect(self._on_import_finished)

    def _on_import_progressed(self, done: int, total: int) -> None:
        if total > 0 and done < total:
            self.importing_bar.setRange(0, total)
            self.importing_bar.setValue(done)
        else:  # stored; the candidates are looked for next
            self.importing_bar.setRange(0, 0)

    def _on_import_finished(self) -> None:
        # Stored, cancelled or failed: the list as it now is replaces the progress.
        self._import_task = None
        self.reload()

    # -- actions --------------------------------------------------------------------------------
    def selected_document_id(self) -> Any:
        """The id of the selected document, or None."""
        rows = self.documents.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.documents.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_title(self) -> str:
        rows = self.documents.selectionModel().selectedRows()
        item = self.documents.item(rows[0].row(), 0) if rows else None
        return item.text() if item else ""

    def _update_buttons(self) -> None:
        chosen = self.selected_document_id() is not None
        for button in (
            self.read_button,
            self.candidates_button,
            self.rename_button,
            self.delete_button,
        ):
            button.setEnabled(chosen)

    def open_reader(self) -> None:
        """Open the selected document in the aligned reader."""
        doc_id = self.selected_document_id()
        if doc_id is not None:
            self.navigate_requested.emit("reader", doc_id)

    def _on_candidates_clicked(self) -> None:
        doc_id = self.selected_document_id()
        if doc_id is not None:
            self.navigate_requested.emit("candidates", doc_id)

    def _on_import_clicked(self) -> None:
        window = self.window()
        opener = getattr(window, "open_import", None)
        if callable(opener):
            opener()

    def rename_document(self) -> None:
        """Rename the selected document."""
        doc_id = self.selected_document_id()
        if doc_id is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename Document"), self.tr("Title:"), text=self.selected_title()
        )
        if ok and title.strip():
            self.service.op(
                lambda col: col.documents.rename(document_id=doc_id, title=title.strip())
            )

    def delete_document(self) -> None:
        """Delete the selected document (its accepted terms stay; undoable)."""
        doc_id = self.selected_document_id()
        if doc_id is None:
            return
        question = self.tr(
            "Delete “{0}” and its candidates? Accepted terms stay. You can undo this."
        ).format(self.selected_title())
        if confirm(self, self.tr("Delete Document"), question):
            self.service.op(lambda col: col.documents.delete(document_id=doc_id))

    # -- layout memory --------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        """Remember the splitter."""
        settings.setValue("library/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        """Restore the splitter."""
        state = settings.value("library/splitter")
        if state is not None:
            self.splitter.restoreState(state)
