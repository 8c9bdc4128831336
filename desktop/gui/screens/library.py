"""Library: the collection's documents and its terms; where a new user starts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops.document_info import DocumentInfo
from db.ops.term_info import TermInfo, TermQuery
from db.results import Changes
from desktop.gui.service import CollectionService
from desktop.gui.widgets import EmptyState, Screen, confirm, hint_label, key_shortcut, title_label
from duiyi.counts import number
from duiyi.kinds import TermStatus

TERMS_SHOWN = 200
"""The newest accepted terms listed beside the documents (Browse shows them all)."""


if TYPE_CHECKING:
    from db.collection import Collection


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
        self.documents = QTableWidget(0, 4)
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Pairs"), self.tr("Terms"), self.tr("Imported")]
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

        # terms
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.terms_label = QLabel(self.tr("Terms"))
        right_layout.addWidget(self.terms_label)
        self.terms_stack = QStackedLayout()
        self.terms = QTableWidget(0, 2)
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
        return changes.documents or changes.terms or changes.pairs

    def reload(self) -> None:
        def load(col: Collection) -> tuple[list[DocumentInfo], list[TermInfo]]:
            terms = col.terms.search(
                TermQuery(status=TermStatus.ACCEPTED),
                sort="created",
                descending=True,
                limit=TERMS_SHOWN,
            )
            return col.documents.all(), terms

        self.service.op(load, on_done=self._show)

    def _show(self, value: tuple[list[DocumentInfo], list[TermInfo]]) -> None:
        documents, terms = value
        selected = self.selected_document_id()
        self.documents.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            doc_id = doc.id
            self.documents.setItem(row, 0, _item(doc.title, doc_id))
            self.documents.setItem(row, 1, _item(doc.pair_count))
            self.documents.setItem(row, 2, _item(doc.term_count))
            when = doc.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.documents.setItem(row, 3, _item(when))
            if doc_id == selected:
                self.documents.selectRow(row)
        if documents and not self.documents.selectedItems():
            self.documents.selectRow(0)
        self.documents.resizeColumnsToContents()
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents_stack.setCurrentWidget(self.documents if documents else self.documents_empty)
        self.terms.setRowCount(len(terms))
        for row, term in enumerate(terms):
            self.terms.setItem(row, 0, _item(term.chinese, term.id))
            self.terms.setItem(row, 1, _item(term.english))
        self.terms_label.setText(self.tr("Terms ({0})").format(number(len(terms))))
        self.terms_stack.setCurrentWidget(self.terms if terms else self.terms_empty)
        self._update_buttons()

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
