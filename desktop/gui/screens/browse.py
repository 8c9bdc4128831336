"""Browse: every term, searched and filtered through the facade's paged search, loaded lazily."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.ops.document_info import DocumentInfo
from db.ops.term_info import DeckInfo, TagInfo, TermInfo, TermQuery
from db.results import Changes, TermId
from desktop.gui.service import CollectionService
from desktop.gui.widgets import (
    Screen,
    confirm,
    hint_label,
    key_shortcut,
    shrinking_combo,
    title_label,
)
from desktop.gui.wording import counted_text
from duiyi.counts import number
from duiyi.kinds import TermStatus

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
DEFAULT_DECK = "Default"
"""The name the collection gives the deck of terms without one."""
COLUMNS = ("chinese", "pinyin", "english", "deck", "status", "added")
SORT_KEYS = ("chinese", "pinyin", "english", "deck", "status", "created")


if TYPE_CHECKING:
    from db.collection import Collection


class TermsModel(QAbstractTableModel):
    """Terms a page at a time: fetchMore asks the facade for the next page in the background."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[TermInfo] = []
        self.filters = TermQuery()
        self.order = "chinese"
        self.descending = False
        self.total: int | None = None
        self._exhausted = False
        self._fetching = False
        self._generation = 0
        self.headers = [
            self.tr("Chinese"),
            self.tr("Pinyin"),
            self.tr("English"),
            self.tr("Deck"),
            self.tr("Status"),
            self.tr("Added"),
        ]
        self.on_loaded: Any = None

    # -- loading --------------------------------------------------------------------------------
    def restart(self, filters: TermQuery | None = None) -> None:
        """Drop the rows and start again from the first page (new search, filter or sort)."""
        if filters is not None:
            self.filters = filters
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        # the dropped rows were frozen as they loaded (see _append): collectable again
        gc.unfreeze()
        self.total = None
        self._exhausted = False
        self._fetching = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or self._exhausted:
            return
        self._fetching = True
        generation = self._generation
        query = self.filters
        order, descending, offset = self.order, self.descending, len(self.rows)
        first = not self.rows

        def page(col: Collection) -> tuple[list[TermInfo], int | None]:
            rows = col.terms.search(
                query, sort=order, descending=descending, offset=offset, limit=PAGE
            )
            total = col.terms.count(query) if first else None
            return rows, total

        self.service.op(page, on_done=lambda loaded: self._append(loaded, generation))

    def _append(self, page: tuple[list[TermInfo], int | None], generation: int) -> None:
        if generation != self._generation:
            return  # an older search answered after a newer one started
        self._fetching = False
        rows, total = page
        if total is not None:
            self.total = total
        if len(rows) < PAGE:
            self._exhausted = True
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
            # Loaded rows live until the next search: keep them out of the garbage collector's
            # full passes, which otherwise walk every row and stall the window longer per page.
            gc.freeze()
        if self.on_loaded is not None:
            self.on_loaded()

    # -- the table ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        term = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            # suspended terms are greyed out, as Anki's browser sets suspended cards apart
            if term.suspended:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        if column == "english":
            return term.english
        if column == "deck":
            return self.deck_text(term.deck_name)
        if column == "added":
            return term.created_at.astimezone().strftime("%Y-%m-%d")
        if column == "status":
            return self._status_text(term)
        if column == "chinese":
            return term.chinese
        return term.pinyin

    def _status_text(self, term: TermInfo) -> str:
        held, cards = term.suspended_cards, term.card_count
        if held and held >= cards:
            return self.tr("suspended")
        if held:
            return self.tr("{0} of {1} cards suspended").format(number(held), number(cards))
        # Stored values in the user's language (one literal tr() each, for lupdate).
        shown = {
            TermStatus.ACCEPTED: self.tr("accepted"),
            TermStatus.CANDIDATE: self.tr("candidate"),
            TermStatus.REJECTED: self.tr("rejected"),
        }
        return shown.get(term.status, str(term.status))

    def deck_text(self, name: str) -> str:
        """A deck's name as shown: the deck the program makes ("Default") in the user's
        language, every other name as the user wrote it."""
        return self.tr("Default") if name == DEFAULT_DECK else name

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the database side, then load again from the first page."""
        self.order = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.restart()

    def term_id(self, row: int) -> TermId:
        """The id of the term in `row`."""
        return self.rows[row].id


class BrowseScreen(Screen):
    """Search box, filters, the term table, an edit panel and bulk actions (all undoable)."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Browse")))
        header.addStretch(1)
        self.count_label = QLabel()
        header.addWidget(self.count_label)
        self.outer.addLayout(header)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search Chinese, English or pinyin (wangluo, wang3luo4 or wǎngluò)")
        )
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        search_row.addWidget(self.search, 3)
        self.deck_filter = self._combo(self.tr("All decks"))
        self.tag_filter = self._combo(self.tr("All tags"))
        self.document_filter = self._combo(self.tr("All documents"))
        self.status_filter = QComboBox()
        for label, value in (
            (self.tr("Accepted"), TermStatus.ACCEPTED),
            (self.tr("Candidates"), TermStatus.CANDIDATE),
            (self.tr("Rejected"), TermStatus.REJECTED),
            (self.tr("Any status"), None),
        ):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.due_filter = QCheckBox(self.tr("Due"))
        self.leech_filter = QCheckBox(self.tr("Leeches"))
        self.suspended_filter = QCheckBox(self.tr("Suspended"))
        for box in (self.due_filter, self.leech_filter, self.suspended_filter):
            box.toggled.connect(lambda _c: self.apply_filters())
        for widget in (
            self.deck_filter,
            self.tag_filter,
            self.document_filter,
            self.status_filter,
            self.due_filter,
            self.leech_filter,
            self.suspended_filter,
        ):
            search_row.addWidget(widget)
        self.outer.addLayout(search_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = TermsModel(service, self)
        self.model.on_loaded = self._on_model_loaded
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)  # one line a term: cheap to lay out at 100,000 rows
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # room for a four-character term's pinyin; short columns for deck, status and date
        em = self.fontMetrics().horizontalAdvance("中")
        for column, ems in (("chinese", 8), ("pinyin", 12), ("deck", 7), ("status", 7)):
            self.table.setColumnWidth(COLUMNS.index(column), ems * em)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_editor())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.outer.addWidget(self.splitter, 1)

        bulk = QHBoxLayout()
        self.tag_button = QPushButton(self.tr("Add Tag…"))
        self.tag_button.clicked.connect(self.tag_selected)
        self.move_button = QPushButton(self.tr("Move to Deck…"))
        self.move_button.clicked.connect(self.move_selected)
        self.suspend_button = QPushButton(self.tr("Suspend"))
        self.suspend_button.clicked.connect(lambda: self.suspend_selected(True))
        self.unsuspend_button = QPushButton(self.tr("Unsuspend"))
        self.unsuspend_button.clicked.connect(lambda: self.suspend_selected(False))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (
            self.tag_button,
            self.move_button,
            self.suspend_button,
            self.unsuspend_button,
            self.delete_button,
        ):
            bulk.addWidget(button)
        bulk.addStretch(1)
        bulk.addWidget(hint_label(self.tr("Ctrl+F search · Del delete · every action undoable")))
        self.outer.addLayout(bulk)
        key_shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected
        )
        self.restore_layout(QSettings())
        self._on_selection()

    def _combo(self, everything: str) -> QComboBox:
        combo = shrinking_combo()
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    def _build_editor(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        self.edit_chinese = QLineEdit()
        self.edit_pinyin = QLineEdit()
        self.edit_english = QLineEdit()
        self.edit_english.setToolTip(self.tr("Several renderings: separate them with ';'"))
        self.edit_notes = QPlainTextEdit()
        self.edit_notes.setMaximumHeight(100)
        form.addRow(self.tr("Chinese:"), self.edit_chinese)
        form.addRow(self.tr("Pinyin:"), self.edit_pinyin)
        form.addRow(self.tr("English:"), self.edit_english)
        form.addRow(self.tr("Notes:"), self.edit_notes)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save Changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_edit)
        layout.addWidget(self.save_button)
        self.detail = hint_label("")
        layout.addWidget(self.detail)
        layout.addStretch(1)
        return panel

    # -- loading --------------------------------------------------------------------------------
    def activated(self, argument: object = None) -> None:
        super().activated(argument)
        if argument == "focus-search":
            self.search.setFocus()
            self.search.selectAll()

    def cares_about(self, changes: Changes) -> bool:
        return changes.terms or changes.cards or changes.decks or changes.tags

    def reload(self) -> None:
        self._load_filter_choices()
        self.apply_filters()

    def _load_filter_choices(self) -> None:

        def load(col: Collection) -> tuple[list[DeckInfo], list[TagInfo], list[DocumentInfo]]:
            return col.decks.all(), col.tags.all(), col.documents.all()

        def show(value: tuple[list[DeckInfo], list[TagInfo], list[DocumentInfo]]) -> None:
            decks, tags, docs = value
            # The facade filters and moves by deck id; the name is what the user reads.
            _refill(self.deck_filter, [(self.model.deck_text(d.name), d.id) for d in decks])
            _refill(self.tag_filter, [(t.name, t.name) for t in tags])
            _refill(self.document_filter, [(d.title, d.id) for d in docs])

        self.service.op(load, on_done=show)

    def filters(self) -> TermQuery:
        """The search text and filters, as `col.terms.search` and `count` take them."""
        return TermQuery(
            text=self.search.text().strip(),
            deck_id=self.deck_filter.currentData(),
            tag=self.tag_filter.currentData(),
            document_id=self.document_filter.currentData(),
            status=self.status_filter.currentData(),
            due=self.due_filter.isChecked(),
            leech=self.leech_filter.isChecked(),
            suspended=True if self.suspended_filter.isChecked() else None,
        )

    def apply_filters(self) -> None:
        """Search again with the current text and filters."""
        self.model.restart(self.filters())

    def _on_model_loaded(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        if total is not None:
            self.count_label.setText(counted_text(self.tr("{0} term(s)", "", total), total))
        else:
            self.count_label.setText(
                self.tr("{0}+ terms").format(number(shown))
                if self.model.canFetchMore()
                else counted_text(self.tr("{0} term(s)", "", shown), shown)
            )
        if shown and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # -- selection and editing ------------------------------------------------------------------
    def selected_ids(self) -> list[TermId]:
        """Ids of the selected terms."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.term_id(r) for r in rows if r < self.model.rowCount()]

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        for button in (
            self.tag_button,
            self.move_button,
            self.suspend_button,
            self.unsuspend_button,
            self.delete_button,
        ):
            button.setEnabled(bool(ids))
        one = len(ids) == 1
        for widget in (
            self.edit_chinese,
            self.edit_pinyin,
            self.edit_english,
            self.edit_notes,
            self.save_button,
        ):
            widget.setEnabled(one)
        if not one:
            for edit in (self.edit_chinese, self.edit_pinyin, self.edit_english):
                edit.clear()
            self.edit_notes.clear()
            self.detail.setText(
                counted_text(self.tr("{0} term(s) selected", "", len(ids)), len(ids)) if ids else ""
            )
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        term = self.model.rows[row]
        self.edit_chinese.setText(term.chinese)
        self.edit_pinyin.setText(term.pinyin)
        if term.renderings:
            self.edit_english.setText("; ".join(r.english for r in term.renderings))
        else:
            self.edit_english.setText(term.english)
        self.edit_notes.setPlainText(term.notes)
        tags = term.tags
        self.detail.setText(self.tr("Tags: {0}").format(", ".join(tags)) if tags else "")

    def save_edit(self) -> None:
        """Store the edit panel's fields for the selected term."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        term_id = ids[0]
        chinese = self.edit_chinese.text().strip()
        pinyin = self.edit_pinyin.text().strip()
        english = self.edit_english.text().strip()
        notes = self.edit_notes.toPlainText().strip()
        self.service.op(
            lambda col: col.terms.edit(
                term_id=term_id, chinese=chinese, pinyin=pinyin, english=english, notes=notes
            ),
            on_done=lambda _r: self.say(self.tr("Saved. Ctrl+Z undoes.")),
        )

    # -- bulk actions ---------------------------------------------------------------------------
    def tag_selected(self) -> None:
        """Add a tag to the selected terms."""
        ids = self.selected_ids()
        tag, ok = QInputDialog.getText(self, self.tr("Add Tag"), self.tr("Tag:"))
        if ids and ok and tag.strip():
            name = tag.strip()
            self.service.op(lambda col: col.tags.add(term_ids=ids, tags=[name]))

    def move_selected(self) -> None:
        """Ask for a deck and move the selected terms to it (one undo step)."""
        ids = self.selected_ids()
        decks = {
            self.deck_filter.itemText(i): self.deck_filter.itemData(i)
            for i in range(1, self.deck_filter.count())
        }
        if not ids or not decks:
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Move to Deck"), self.tr("Deck:"), list(decks), 0, False
        )
        if ok and name in decks:
            self.move_to_deck(decks[name])

    def move_to_deck(self, deck_id: Any) -> None:
        """Move the selected terms to the deck with this id."""
        ids = self.selected_ids()
        if ids:
            self.service.op(
                lambda col: col.terms.move(term_ids=ids, deck_id=deck_id),
                on_done=lambda _r: self.say(self.tr("Moved. Ctrl+Z undoes.")),
            )

    def suspend_selected(self, suspended: bool) -> None:
        """Suspend (or unsuspend) the selected terms' cards."""
        ids = self.selected_ids()
        if ids:
            done = self.tr("Suspended. Ctrl+Z undoes.") if suspended else self.tr("Unsuspended.")
            self.service.op(
                lambda col: col.terms.suspend(term_ids=ids, suspended=suspended),
                on_done=lambda _r: self.say(done),
            )

    def delete_selected(self) -> None:
        """Delete the selected terms after asking (undoable)."""
        ids = self.selected_ids()
        if not ids:
            return
        question = counted_text(
            self.tr("Delete {0} term(s) and their cards? You can undo this.", "", len(ids)),
            len(ids),
        )
        if confirm(self, self.tr("Delete Terms"), question):
            self.service.op(lambda col: col.terms.delete(term_ids=ids))

    # -- layout memory --------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        """Remember the splitter and columns."""
        settings.setValue("browse/splitter", self.splitter.saveState())
        settings.setValue("browse/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        """Restore the splitter and columns."""
        state = settings.value("browse/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.value("browse/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)


def _refill(combo: QComboBox, items: list[tuple[Any, Any]]) -> None:
    """Replace a filter combo's choices, keeping the first ("All …") and the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for label, value in items:
        combo.addItem(str(label), value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
