"""Browse's table model: terms a page at a time from the facade's paged search, with the
figures of their cards for the optional columns."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from db.ops.card_history import CardFigures
from db.ops.term_info import TermInfo, TermQuery
from db.results import TermId
from desktop.gui.service import CollectionService
from duiyi.counts import number
from duiyi.kinds import TermStatus
from duiyi.study.scheduling import format_interval

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
DEFAULT_DECK = "Default"
"""The name the collection gives the deck of terms without one."""
COLUMNS = (
    "chinese",
    "pinyin",
    "english",
    "deck",
    "status",
    "added",
    "due",
    "interval",
    "reviews",
    "lapses",
    "difficulty",
)
SORT_KEYS = (
    "chinese",
    "pinyin",
    "english",
    "deck",
    "status",
    "created",
    "due",
    "interval",
    "reviews",
    "lapses",
    "difficulty",
)
"""The facade's sort key of each column."""
CARD_COLUMNS = ("due", "interval", "reviews", "lapses", "difficulty")
"""Columns of the cards' figures: hidden until chosen from the header's menu."""


if TYPE_CHECKING:
    from db.collection import Collection


class TermsModel(QAbstractTableModel):
    """Terms a page at a time: fetchMore asks the facade for the next page in the background."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[TermInfo] = []
        self.figures: dict[TermId, CardFigures] = {}
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
            self.tr("Due"),
            self.tr("Interval"),
            self.tr("Reviews"),
            self.tr("Lapses"),
            self.tr("Difficulty"),
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
        self.figures = {}
        # the dropped rows were frozen as they loaded (see _append): collectable again
        gc.unfreeze()
        self.total = None
        self._exhausted = False
        self._fetching = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def generation(self) -> int:
        """Which search the rows belong to: it changes with every restart."""
        return self._generation

    @property
    def all_loaded(self) -> bool:
        """True once every matching term has a row (the last page came back short)."""
        return self._exhausted

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

        def page(
            col: Collection,
        ) -> tuple[list[TermInfo], int | None, dict[TermId, CardFigures]]:
            rows = col.terms.search(
                query, sort=order, descending=descending, offset=offset, limit=PAGE
            )
            total = col.terms.count(query) if first else None
            return rows, total, col.study.card_figures(term_ids=[r.id for r in rows])

        self.service.op(page, on_done=lambda loaded: self._append(loaded, generation))

    def _append(
        self,
        page: tuple[list[TermInfo], int | None, dict[TermId, CardFigures]],
        generation: int,
    ) -> None:
        if generation != self._generation:
            return  # an older search answered after a newer one started
        self._fetching = False
        rows, total, figures = page
        self.figures.update(figures)
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
        if column in CARD_COLUMNS:
            return self._figure_text(column, self.figures.get(term.id))
        return term.pinyin

    def _figure_text(self, column: str, figures: CardFigures | None) -> str:
        if figures is None:
            return ""  # a candidate or rejected term: no cards
        if column == "due":
            if figures.due is None:
                return self.tr("new")
            return figures.due.astimezone().strftime("%Y-%m-%d")
        if column == "interval":
            return "" if figures.interval is None else format_interval(figures.interval)
        if column == "reviews":
            return number(figures.reviews)
        if column == "lapses":
            return number(figures.lapses)
        if figures.difficulty is None:
            return ""
        # FSRS difficulty runs from 1 to 10; Anki shows it as a percentage.
        return f"{round((figures.difficulty - 1) / 9 * 100)}%"

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
