"""Small widgets the Drills screen's tabs share: a file path with a Choose… button, read-only
tables of plain text, and the choices (decks, tags, documents, lessons, classes) they list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from db.ops.document_info import DocumentInfo
from db.ops.drills import ClassInfo, LessonInfo
from db.ops.term_info import DeckInfo, TagInfo


@dataclass(frozen=True)
class DrillChoices:
    """What a drill's terms can be chosen by, as the collection holds them now."""

    decks: list[DeckInfo] = field(default_factory=list)
    tags: list[TagInfo] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)
    lessons: list[LessonInfo] = field(default_factory=list)
    classes: list[ClassInfo] = field(default_factory=list)


def load_choices(col: Any) -> DrillChoices:
    """Read the choices (on the database thread)."""
    return DrillChoices(
        col.decks.all(), col.tags.all(), col.documents.all(), col.drills.lessons(),
        col.drills.classes(),
    )  # fmt: skip


def default_folder() -> Path:
    """The Documents folder (made if missing, as a fresh account may lack it), else home."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            return Path(folder)
        except OSError:
            pass
    return Path.home()


_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
"""What no file name may hold on Windows, macOS or Linux."""


def file_stem(title: str, fallback: str) -> str:
    """A file name made from a drill's title: characters no file name may hold become spaces;
    `fallback` when nothing is left."""
    stem = " ".join(_NOT_IN_NAMES.sub(" ", title).split())[:80].strip(" .")
    return stem or fallback


def existing_files(paths: Sequence[Path]) -> list[Path]:
    """The paths that already name a file (writing would replace it)."""
    return [p for p in paths if p.exists()]


def version_letter(seed: int) -> str:
    """The version a seed prints as: 1 is A, 2 is B, ... (as `duiyi drill print` does)."""
    return chr(ord("A") + (seed - 1) % 26) if seed > 0 else "A"


class PathRow(QWidget):
    """Where a file is written or read: a path to type, or one chosen in a file dialog. Every
    write goes through the collection's output guard when the work runs, not here."""

    def __init__(
        self, name: str, *, saving: bool = True, pattern: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.saving = saving
        self.pattern = pattern
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._default = str(default_folder() / name) if saving else ""
        """The default path last shown: while it stands, a new default replaces it."""
        self.edit = QLineEdit(self._default)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def path(self) -> Path | None:
        """The path typed or chosen; None when empty."""
        text = self.edit.text().strip()
        return Path(text) if text else None

    def set_name(self, name: str, pattern: str) -> None:
        """Follow a new default file name (another format or title), in the same folder; a
        path the user typed or chose is kept."""
        self.pattern = pattern
        path = self.path()
        if path is not None and str(path) != self._default:
            return
        folder = path.parent if path is not None else default_folder()
        self._default = str(folder / name)
        self.edit.setText(self._default)

    def _on_choose_clicked(self) -> None:
        if self.saving:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save As"), self.edit.text(), self.pattern
            )
        else:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open"), self.edit.text(), self.pattern
            )
        if name:
            self.edit.setText(name)


def plain_table(headers: Sequence[str], *, multi: bool = False, stretch: int = -1) -> QTableWidget:
    """A read-only table of plain text, whole rows selected, one column (the last unless
    `stretch` says) taking the width the others leave."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(
        stretch % len(headers), QHeaderView.ResizeMode.Stretch
    )
    return table


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[object]], data: Sequence[object] = ()
) -> None:
    """Show `rows` as plain text (numbers aligned right); `data` goes with each row's first cell."""
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int) or str(value).endswith("%"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and r < len(data):
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)
    # Not the stretched column: it takes the width left (resized, it would not).
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            table.resizeColumnToContents(column)


def selected_data(table: QTableWidget) -> list[Any]:
    """The data of the selected rows' first cells, top to bottom."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    cells = [table.item(r, 0) for r in rows]
    return [c.data(Qt.ItemDataRole.UserRole) for c in cells if c is not None]


def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
