"""Card Info: a term's cards with their state and every review (date, rating, interval, time,
typed answer), as Anki's Card Info shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops.card_history import CardHistory
from db.ops.term_info import TermInfo
from db.results import TermId
from desktop.gui.service import CollectionService
from desktop.gui.widgets import hint_label
from duiyi.counts import number
from duiyi.kinds import CardDirection
from duiyi.study.scheduling import format_interval

if TYPE_CHECKING:
    from db.collection import Collection


class CardInfoDialog(QDialog):
    """One table of the term's cards, one of their reviews (newest first)."""

    def __init__(
        self, service: CollectionService, term_id: TermId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Card Info"))
        self.resize(680, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        layout.addWidget(self.heading)
        self.cards = _table(
            [
                self.tr("Card"),
                self.tr("State"),
                self.tr("Due"),
                self.tr("Reviews"),
                self.tr("Lapses"),
                self.tr("Difficulty"),
            ],
            stretch=0,  # the card's name takes the room the figures leave
        )
        layout.addWidget(self.cards)
        layout.addWidget(QLabel(self.tr("Reviews")))
        self.reviews = _table(
            [
                self.tr("Date"),
                self.tr("Card"),
                self.tr("Rating"),
                self.tr("Interval"),
                self.tr("Time"),
                self.tr("Typed answer"),
            ],
            stretch=5,  # the typed answer, the one free text
        )
        layout.addWidget(self.reviews, 1)
        self.none = hint_label(self.tr("No reviews yet."))
        self.none.hide()
        layout.addWidget(self.none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        def load(col: Collection) -> tuple[TermInfo, list[CardHistory]]:
            return col.terms.get(term_id=term_id), col.study.card_history(term_id=term_id)

        service.op(load, on_done=self._show)

    def direction_text(self, direction: CardDirection) -> str:
        """A card's direction in the user's words."""
        shown = {
            CardDirection.RECOGNITION: self.tr("Chinese → English"),
            CardDirection.PRODUCTION: self.tr("English → Chinese"),
            CardDirection.CLOZE_ZH: self.tr("Chinese sentence"),
            CardDirection.CLOZE_EN: self.tr("English sentence"),
        }
        return shown.get(direction, str(direction))

    def state_text(self, card: CardHistory) -> str:
        """A card's state in the user's words."""
        if card.suspended:
            return self.tr("suspended")
        shown = {
            "new": self.tr("new"),
            "learning": self.tr("learning"),
            "review": self.tr("review"),
            "relearning": self.tr("relearning"),
        }
        return shown.get(card.state, card.state)

    def rating_text(self, rating: int) -> str:
        """An answer button's name."""
        names = {1: self.tr("Again"), 2: self.tr("Hard"), 3: self.tr("Good"), 4: self.tr("Easy")}
        return names.get(rating, str(rating))

    def _show(self, loaded: tuple[TermInfo, list[CardHistory]]) -> None:
        term, cards = loaded
        self.heading.setText(f"{term.chinese} — {term.english}")
        self.heading.setToolTip(term.pinyin)
        self.cards.setRowCount(len(cards))
        for row, card in enumerate(cards):
            due = "" if card.due is None else card.due.astimezone().strftime("%Y-%m-%d %H:%M")
            difficulty = (
                "" if card.difficulty is None else f"{round((card.difficulty - 1) / 9 * 100)}%"
            )
            for column, text in enumerate(
                (
                    self.direction_text(card.direction),
                    self.state_text(card),
                    due,
                    number(card.reps),
                    number(card.lapses),
                    difficulty,
                )
            ):
                self.cards.setItem(row, column, QTableWidgetItem(text))
        entries = sorted(
            ((entry, card) for card in cards for entry in card.reviews),
            key=lambda pair: pair[0].reviewed_at,
            reverse=True,
        )
        self.reviews.setRowCount(len(entries))
        for row, (entry, card) in enumerate(entries):
            for column, text in enumerate(
                (
                    entry.reviewed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    self.direction_text(card.direction),
                    self.rating_text(entry.rating),
                    "" if entry.interval is None else format_interval(entry.interval),
                    self.tr("{0} s").format(f"{entry.duration_ms / 1000:.1f}"),
                    entry.typed or "",
                )
            ):
                self.reviews.setItem(row, column, QTableWidgetItem(text))
        self.none.setVisible(not entries)
        # Exactly the card rows' height: the room below goes to the reviews.
        rows = sum(self.cards.rowHeight(r) for r in range(self.cards.rowCount()))
        frame = 2 * self.cards.frameWidth()
        self.cards.setFixedHeight(self.cards.horizontalHeader().height() + rows + frame + 2)

    def review_rows(self) -> list[list[str]]:
        """The review table's text, row by row (what the user reads)."""
        return _rows(self.reviews)

    def card_rows(self) -> list[list[str]]:
        """The card table's text, row by row."""
        return _rows(self.cards)


def _table(headers: list[str], *, stretch: int) -> QTableWidget:
    """A read-only table as wide as the dialog: each column fits its contents and the column
    `stretch` takes the room left, as the dialog is resized too."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _rows(table: QTableWidget) -> list[list[str]]:
    out = []
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        out.append([cell.text() if cell is not None else "" for cell in cells])
    return out
