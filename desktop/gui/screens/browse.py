"""Browse: every term, searched and filtered through the facade's paged search, loaded lazily."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.ops.document_info import DocumentInfo
from db.ops.term_info import DeckInfo, RenderingInfo, TagInfo, TermQuery
from db.results import Changes, TermId
from desktop.gui.dialogs.card_info import CardInfoDialog
from desktop.gui.dialogs.term_form import TermForm, renderings_after
from desktop.gui.screens.browse_model import CARD_COLUMNS, COLUMNS, TermsModel
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

if TYPE_CHECKING:
    from db.collection import Collection


class TermTable(QTableView):
    """The term table, whose Select All (Ctrl+A) selects every term the search finds, loaded
    or not, as Anki's browser does."""

    def __init__(self, select_all: Callable[[], None]) -> None:
        super().__init__()
        self._select_all = select_all
        self.last_command: QItemSelectionModel.SelectionFlag | None = None

    def selectionCommand(self, index: Any, event: Any = None) -> Any:  # Qt override
        """Qt's own choice, remembered so the screen can tell a Ctrl+click (which keeps a
        Select All, less or more that row) from a plain click (which ends it)."""
        command = super().selectionCommand(index, event)
        self.last_command = command
        return command

    def selectAll(self) -> None:  # Qt override: Ctrl+A calls it
        """Select every matching term (through the screen), not only the rows loaded so far."""
        self._select_all()


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
        # Select All: the ids of every matching term once the facade has sent them (the rows
        # load 200 at a time, so the table's own selection holds only the loaded part).
        self._all_ids: list[TermId] | None = None
        self._all_generation = -1
        self._selecting_all: tuple[int, int] | None = None
        self._selection_round = 0
        self._quiet_selection = False
        # the rows Ctrl+clicked off after a Select All (the rest of it stays selected)
        self._all_excluded: set[TermId] = set()
        self.table = TermTable(self.select_all)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)  # one line a term: cheap to lay out at 100,000 rows
        self.table.setAlternatingRowColors(True)
        # English takes the room the other columns leave, but keeps a readable width however
        # many columns show: the table scrolls sideways rather than squeezing it (fit_english).
        self.table.installEventFilter(self)
        # room for a four-character term's pinyin; short columns for deck, status and date
        em = self.fontMetrics().horizontalAdvance("中")
        for column, ems in (("chinese", 7), ("pinyin", 10), ("deck", 6), ("status", 6)):
            self.table.setColumnWidth(COLUMNS.index(column), ems * em)
        # Dates and figures: as wide as their header or a typical value, whichever is wider.
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, sample in (
            ("added", "2026-12-31"),
            ("due", "2026-12-31"),
            ("interval", "10.5mo"),
            ("reviews", "1,000"),
            ("lapses", "100"),
            ("difficulty", "100%"),
        ):
            index = COLUMNS.index(column)
            title = self.model.headers[index]
            width = max(
                metrics.horizontalAdvance(title) + 28, metrics.horizontalAdvance(sample) + 16
            )
            self.table.setColumnWidth(index, width)
        self._english_min = 12 * em
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header_view = self.table.horizontalHeader()
        header_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header_view.customContextMenuRequested.connect(self._on_header_menu_requested)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_editor())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        # The table gets the room by default: about three quarters, the panel the rest.
        self.splitter.setSizes([3000, 1000])
        self.outer.addWidget(self.splitter, 1)
        self._keep_term: TermId | None = None

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
        self.drill_button = QPushButton(self.tr("Drill These…"))
        self.drill_button.clicked.connect(
            lambda: self.navigate_requested.emit("drills", self._action_ids())
        )
        for button in (
            self.drill_button,
            self.tag_button,
            self.move_button,
            self.suspend_button,
            self.unsuspend_button,
            self.delete_button,
        ):
            bulk.addWidget(button)
        keys = hint_label(self.tr("Ctrl+F search · Del delete · every action undoable"))
        # The room the buttons leave, right-aligned: one line when it fits, wrapped when not.
        keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bulk.addWidget(keys, 1)
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
        self.form = TermForm()
        self.form.rendering_requested.connect(self._on_form_rendering_requested)
        self.edit_chinese = self.form.chinese
        self.edit_pinyin = self.form.pinyin
        self.edit_english = self.form.english
        self.edit_notes = self.form.notes
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save Changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_edit)
        buttons.addWidget(self.save_button)
        self.info_button = QPushButton(self.tr("Card Info…"))
        self.info_button.setToolTip(self.tr("Each card's reviews (Ctrl+Shift+I)"))
        self.info_button.clicked.connect(self.show_card_info)
        buttons.addWidget(self.info_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        key_shortcut(QKeySequence("Ctrl+Shift+I"), self, self.show_card_info)
        self.detail = hint_label("")
        layout.addWidget(self.detail)
        layout.addStretch(1)
        panel.setMinimumWidth(260)
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
            self.form.set_decks([d.name for d in decks])
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
        """Search again with the current text and filters (the selected term stays selected
        when it is still found)."""
        ids = self.selected_ids()
        self._keep_term = ids[0] if len(ids) == 1 else None
        self.model.restart(self.filters())

    def _on_model_loaded(self) -> None:
        shown = self.model.rowCount()
        if self._all_selected():
            # every term is selected: the rows that just loaded are part of it
            self._select_loaded_quietly()
        elif shown and not self.table.selectionModel().hasSelection():
            kept = [i for i, t in enumerate(self.model.rows) if t.id == self._keep_term]
            self.table.selectRow(kept[0] if kept else 0)
            self._keep_term = None
        self._show_count()

    def _show_count(self) -> None:
        """The header's count: the terms found, or how many of them are selected."""
        total = self.model.total
        shown = self.model.rowCount()
        chosen = len(self.selected_ids())
        if chosen > 1 and total is not None and not self._waiting_for_all():
            # a selection of two or more: "terms" whatever the total
            self.count_label.setText(
                counted_text(
                    self.tr("{0} of {1} term(s) selected", "", chosen), chosen, number(total)
                )
            )
        elif total is not None:
            self.count_label.setText(counted_text(self.tr("{0} term(s)", "", total), total))
        else:
            self.count_label.setText(
                self.tr("{0}+ terms").format(number(shown))
                if self.model.canFetchMore()
                else counted_text(self.tr("{0} term(s)", "", shown), shown)
            )

    # -- select all -----------------------------------------------------------------------------
    def select_all(self) -> None:
        """Select every term the search and filters find, loaded or not (Ctrl+A): the loaded
        rows at once, the ids of all of them from the facade in the background."""
        self._selection_round += 1
        self._all_ids = None
        self._all_excluded = set()
        self._selecting_all = (self.model.generation, self._selection_round)
        asked = self._selecting_all
        if self.model.all_loaded:
            # every row is loaded already: nothing to wait for
            self._on_all_ids([t.id for t in self.model.rows], asked)
            return
        self._select_loaded_quietly()
        self._on_selection()
        query, order, descending = self.model.filters, self.model.order, self.model.descending
        self.service.op(
            lambda col: col.terms.search_ids(query, sort=order, descending=descending),
            on_done=lambda ids: self._on_all_ids(ids, asked),
        )

    def _on_all_ids(self, ids: list[TermId], asked: tuple[int, int]) -> None:
        if asked != self._selecting_all or asked[0] != self.model.generation:
            return  # the user chose other rows, or searched again, before the ids came
        self._selecting_all = None
        self._all_ids = ids
        self._all_generation = asked[0]
        self._select_loaded_quietly()
        self._on_selection()
        self._show_count()

    def _select_loaded_quietly(self) -> None:
        """Show every loaded row selected (but those Ctrl+clicked off), without taking it for
        the user's own choice."""
        rows = self.model.rowCount()
        if not rows:
            return
        last_column = len(COLUMNS) - 1
        chosen = QItemSelection()
        start: int | None = None
        for row in range(rows + 1):
            kept = row < rows and self.model.term_id(row) not in self._all_excluded
            if kept and start is None:
                start = row
            elif not kept and start is not None:
                chosen.select(self.model.index(start, 0), self.model.index(row - 1, last_column))
                start = None
        self._quiet_selection = True
        try:
            self.table.selectionModel().select(
                chosen,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._quiet_selection = False

    def _on_selection_changed(
        self, selected: QItemSelection | None = None, deselected: QItemSelection | None = None
    ) -> None:
        command, self.table.last_command = self.table.last_command, None
        if self._quiet_selection:
            pass
        elif (
            command is not None
            and not command & QItemSelectionModel.SelectionFlag.Clear
            and self._all_selected()
            and not self._waiting_for_all()
        ):
            # a Ctrl+click after Select All: the rest of every found term stays selected
            self._all_excluded |= self._ids_in(deselected)
            self._all_excluded -= self._ids_in(selected)
        else:
            # the user picked rows themselves: a Select All (done or on its way) no longer holds
            self._selection_round += 1
            self._all_ids = None
            self._all_excluded = set()
            self._selecting_all = None
        self._on_selection()
        self._show_count()

    def _ids_in(self, selection: QItemSelection | None) -> set[TermId]:
        """The ids of the loaded rows a selection change touched."""
        if selection is None:
            return set()
        rows = {i.row() for i in selection.indexes()}
        return {self.model.term_id(r) for r in rows if r < self.model.rowCount()}

    # -- selection and editing ------------------------------------------------------------------
    def selected_ids(self) -> list[TermId]:
        """Ids of the selected terms (after Select All, every matching term, loaded or not)."""
        if self._all_selected() and self._all_ids is not None:
            return [i for i in self._all_ids if i not in self._all_excluded]
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.term_id(r) for r in rows if r < self.model.rowCount()]

    def _all_selected(self) -> bool:
        """True while every term of the current search is selected (or on its way to it);
        a new search, filter or sort ends it."""
        generation = self.model.generation
        if self._all_ids is not None and self._all_generation != generation:
            self._all_ids = None
            self._all_excluded = set()
        if self._selecting_all is not None and self._selecting_all[0] != generation:
            self._selecting_all = None
        return self._all_ids is not None or self._selecting_all is not None

    def _waiting_for_all(self) -> bool:
        """Whether Select All still waits for the ids of the rows not loaded yet."""
        return self._all_selected() and self._all_ids is None

    def _action_ids(self) -> list[TermId]:
        """The terms a bulk action acts on: none while Select All still waits for its ids,
        where the selection would hold only the loaded rows."""
        return [] if self._waiting_for_all() else self.selected_ids()

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        waiting = self._waiting_for_all()
        for button in (
            self.drill_button,
            self.tag_button,
            self.move_button,
            self.suspend_button,
            self.unsuspend_button,
            self.delete_button,
        ):
            button.setEnabled(bool(ids) and not waiting)
        rows = self.table.selectionModel().selectedRows()
        # after Select All less Ctrl+clicks, the one term left may not be loaded: no form then
        one = len(ids) == 1 and not waiting and len(rows) == 1
        self.form.setEnabled(one)
        self.save_button.setEnabled(one)
        self.info_button.setEnabled(one)
        if not one:
            self.form.clear_term()
            self.form.tags.clear()
            self.detail.setText(
                counted_text(self.tr("{0} term(s) selected", "", len(ids)), len(ids)) if ids else ""
            )
            return
        self.form.load(self.model.rows[rows[0].row()])
        self.detail.setText("")

    def save_edit(self) -> None:
        """Store the edit panel's fields for the selected term (one undo step); renderings the
        user did not touch stay as they are."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        term_id = ids[0]
        fields = self.form.fields()
        self.service.op(
            lambda col: col.terms.update(
                term_id=term_id,
                chinese=fields.chinese,
                pinyin=fields.pinyin,
                english=fields.english,
                notes=fields.notes,
                deck=fields.deck,
                tags=fields.tags,
            ),
            on_done=lambda _r: self.say(self.tr("Saved. Ctrl+Z undoes.")),
        )

    def _on_form_rendering_requested(self, rendering: RenderingInfo, status: str) -> None:
        term = self.form.term
        if term is None:
            return
        specs = renderings_after(term, rendering, status)
        self.service.op(
            lambda col: col.terms.set_renderings(term_id=term.id, renderings=specs),
            on_done=lambda _r: self.say(self.tr("Saved. Ctrl+Z undoes.")),
        )

    def show_card_info(self) -> None:
        """Open the selected term's card info: each card's state and review history."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = CardInfoDialog(self.service, ids[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.card_info_dialog = dialog
        dialog.show()

    # -- columns --------------------------------------------------------------------------------
    def _on_header_menu_requested(self, at: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for index, title in enumerate(self.model.headers):
            if COLUMNS[index] == "chinese":
                continue  # the term itself always shows
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, i=index: self.show_column(COLUMNS[i], on))
        self.header_menu = menu
        menu.popup(header.mapToGlobal(at))

    def show_column(self, name: str, shown: bool) -> None:
        """Show or hide a column (remembered in the settings)."""
        self.table.horizontalHeader().setSectionHidden(COLUMNS.index(name), not shown)
        QSettings().setValue("browse/hidden-columns", self.hidden_columns())
        self.fit_english()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Fit the English column whenever the table changes size."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit_english)
        return super().eventFilter(watched, event)

    def fit_english(self) -> None:
        """English gets the width the other shown columns leave (at least about 12 characters)."""
        header = self.table.horizontalHeader()
        english = COLUMNS.index("english")
        others = sum(
            header.sectionSize(i)
            for i in range(len(COLUMNS))
            if i != english and not header.isSectionHidden(i)
        )
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(english, max(room, self._english_min))

    def hidden_columns(self) -> list[str]:
        """The names of the hidden columns."""
        header = self.table.horizontalHeader()
        return [name for i, name in enumerate(COLUMNS) if header.isSectionHidden(i)]

    # -- bulk actions ---------------------------------------------------------------------------
    def tag_selected(self) -> None:
        """Add a tag to the selected terms."""
        ids = self._action_ids()
        tag, ok = QInputDialog.getText(self, self.tr("Add Tag"), self.tr("Tag:"))
        if ids and ok and tag.strip():
            name = tag.strip()
            self.service.op(lambda col: col.tags.add(term_ids=ids, tags=[name]))

    def move_selected(self) -> None:
        """Ask for a deck and move the selected terms to it (one undo step)."""
        ids = self._action_ids()
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
        ids = self._action_ids()
        if ids:
            self.service.op(
                lambda col: col.terms.move(term_ids=ids, deck_id=deck_id),
                on_done=lambda _r: self.say(self.tr("Moved. Ctrl+Z undoes.")),
            )

    def suspend_selected(self, suspended: bool) -> None:
        """Suspend (or unsuspend) the selected terms' cards."""
        ids = self._action_ids()
        if ids:
            done = self.tr("Suspended. Ctrl+Z undoes.") if suspended else self.tr("Unsuspended.")
            self.service.op(
                lambda col: col.terms.suspend(term_ids=ids, suspended=suspended),
                on_done=lambda _r: self.say(done),
            )

    def delete_selected(self) -> None:
        """Delete the selected terms after asking (undoable)."""
        if self._waiting_for_all():
            # the Delete key is live while the button is not: say why nothing happens
            self.say(self.tr("Still finding every selected term; press Delete again in a moment."))
            return
        ids = self._action_ids()
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
        """Remember the splitter, the column widths and which columns show."""
        settings.setValue("browse/splitter", self.splitter.saveState())
        settings.setValue("browse/columns", self.table.horizontalHeader().saveState())
        settings.setValue("browse/hidden-columns", self.hidden_columns())

    def restore_layout(self, settings: QSettings) -> None:
        """Restore the splitter, the columns and which show (the cards' figures are hidden
        until chosen)."""
        state = settings.value("browse/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = self.table.horizontalHeader()
        # "browse/header" held six columns: not restored into eleven.
        columns = settings.value("browse/columns")
        if columns is not None:
            header.restoreState(columns)
        hidden = settings.value("browse/hidden-columns")
        names = CARD_COLUMNS if hidden is None else _names(hidden)
        for index, name in enumerate(COLUMNS):
            header.setSectionHidden(index, name in names and name != "chinese")


def _names(value: object) -> tuple[str, ...]:
    """A list read back from QSettings (one item comes back as a plain string)."""
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return ()


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
