"""Export dialog: an Anki package (.apkg) or a CSV/TSV file, of chosen decks, tags, documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.ops.document_info import DocumentInfo
from db.ops.exchange import ExportSummary
from db.ops.term_info import DeckInfo, TagInfo
from db.results import OpResult
from desktop.gui.service import CollectionService, Failure, Task
from desktop.gui.task_progress import TaskProgress
from desktop.gui.wording import counted_text

if TYPE_CHECKING:
    from db.collection import Collection

FORMATS = (
    ("apkg", "Anki package (.apkg)", ".apkg"),
    ("anki-csv", "CSV for Anki's importer (.csv)", ".csv"),
    ("anki-basic-csv", "CSV for Anki's Basic note type, for any Anki (.csv)", ".csv"),
    ("plain-tsv", "Two columns for spreadsheets and Quizlet (.tsv)", ".tsv"),
)


class ExportDialog(QDialog):
    """Choose what to export and where; runs in the background; emits exported(summary text)."""

    exported = Signal(str)

    def __init__(
        self, service: CollectionService, parent: QWidget | None = None, *, csv: bool = False
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Export"))
        self.resize(560, 480)
        self.progress: TaskProgress | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format_combo = QComboBox()
        for key, label, _ in FORMATS:
            self.format_combo.addItem(self.tr(label), key)
        self.format_combo.setCurrentIndex(1 if csv else 0)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(self.tr("&Format:"), self.format_combo)
        self.decks = QListWidget()
        self.decks.setMaximumHeight(140)
        form.addRow(self.tr("&Decks:"), self.decks)
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("Any tag"), None)
        form.addRow(self.tr("&Tag:"), self.tag_combo)
        self.document_combo = QComboBox()
        self.document_combo.addItem(self.tr("Any document"), None)
        form.addRow(self.tr("D&ocument:"), self.document_combo)
        self.suspended = QCheckBox(self.tr("Include suspended cards"))
        self.suspended.setChecked(True)
        form.addRow("", self.suspended)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._on_choose_clicked)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)
        # A label made by addRow for a layout has no buddy, so it would show its "&" literally.
        save_to = QLabel(self.tr("&Save to:"))
        save_to.setBuddy(self.path_edit)
        form.addRow(save_to, path_row)
        layout.addLayout(form)
        self.note = QLabel(
            self.tr(
                "Only accepted terms are exported. Exporting again later updates the same notes "
                "in Anki instead of adding duplicates."
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        layout.addWidget(self.note)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_format_changed()
        self._load_choices()

    def _default_folder(self) -> Path:
        """The Documents folder (made if missing, as a fresh account may lack it), else home."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder:
            try:
                Path(folder).mkdir(parents=True, exist_ok=True)
                return Path(folder)
            except OSError:
                pass
        return Path.home()

    def _on_format_changed(self, _index: int = 0) -> None:
        suffix = FORMATS[self.format_combo.currentIndex()][2]
        current = self.path_edit.text().strip()
        path = (
            Path(current).with_suffix(suffix)
            if current
            else self._default_folder() / f"duiyi{suffix}"
        )
        self.path_edit.setText(str(path))

    def _on_choose_clicked(self) -> None:
        suffix = FORMATS[self.format_combo.currentIndex()][2]
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export To"), self.path_edit.text(), f"*{suffix}"
        )
        if name:
            self.path_edit.setText(name)

    def _load_choices(self) -> None:

        def load(col: Collection) -> tuple[list[DeckInfo], list[TagInfo], list[DocumentInfo]]:
            return col.decks.all(), col.tags.all(), col.documents.all()

        def show(value: tuple[list[DeckInfo], list[TagInfo], list[DocumentInfo]]) -> None:
            decks, tags, docs = value
            for deck in decks:
                item = QListWidgetItem(deck.name)
                item.setData(Qt.ItemDataRole.UserRole, deck.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.decks.addItem(item)
            for tag in tags:
                self.tag_combo.addItem(tag.name, tag.name)
            for doc in docs:
                self.document_combo.addItem(doc.title, doc.id)

        self.service.op(load, on_done=show)

    def selection(self) -> dict[str, Any]:
        """The export call's selection arguments."""
        checked = [
            self.decks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.decks.count())
            if self.decks.item(i).checkState() == Qt.CheckState.Checked
        ]
        all_decks = len(checked) == self.decks.count()
        tag = self.tag_combo.currentData()
        doc = self.document_combo.currentData()
        return {
            "deck_ids": None if all_decks else checked,
            "tags": [tag] if tag else None,
            "document_ids": [doc] if doc is not None else None,
            "include_suspended": self.suspended.isChecked(),
        }

    def start_export(self) -> None:
        """Write the file in the background with progress and Cancel."""
        path_text = self.path_edit.text().strip()
        if not path_text:
            self.status.setText(self.tr("Choose where to save the file."))
            return
        kind = FORMATS[self.format_combo.currentIndex()][0]
        col = self.service.collection
        selection = self.selection()
        path = Path(path_text)
        self.export_button.setEnabled(False)

        def work(task: Task) -> Any:
            common = dict(selection, path=path, progress=task.progress_fn(), cancel=task.token)
            if kind == "apkg":
                return col.exchange.export_apkg(**common)
            anki = kind in ("anki-csv", "anki-basic-csv")
            return col.exchange.export_csv(anki=anki, basic=kind == "anki-basic-csv", **common)

        task = self.service.run(work, on_done=self._on_done, on_error=self._on_failed)
        self.progress = TaskProgress(task, self.tr("Exporting…"), self.tr("Cancel"), self)
        task.cancelled.connect(self._on_cancelled)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export cancelled; no file was written."))

    def _on_failed(self, failure: Failure) -> None:
        self._close_progress()
        self.export_button.setEnabled(True)
        if failure.is_user_error:
            self.status.setText(str(failure.error))
        else:
            self.service.error_raised.emit(failure)

    def _on_done(self, result: OpResult[ExportSummary]) -> None:
        self._close_progress()
        summary = result.value
        text = counted_text(
            self.tr("Exported {0} note(s) ({1}) to {2}.", "", summary.notes),
            summary.notes,
            counted_text(self.tr("{0} card(s)", "", summary.cards), summary.cards),
            str(summary.path),
        )
        self.exported.emit(text)
        self.accept()
