"""Import dialog: pick a file or paste text, preview what Duiyi found, import in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.ops.workflows import ImportResult
from db.results import OpResult
from desktop.gui.importing import read_document, store_document
from desktop.gui.richtext import plain_tooltip
from desktop.gui.service import CollectionService, Failure, Task
from duiyi.align import is_low_scoring
from duiyi.counts import number
from duiyi.document import AlignedDocument, SegmentPair

FILE_FILTER = (
    "Bilingual texts (*.txt *.docx *.html *.htm *.pdf *.tmx *.xliff *.xlf *.csv *.tsv);;"
    "All files (*)"
)
ENCODINGS = ["", "utf-8", "gb18030", "big5", "utf-16"]
PREVIEW_ROWS = 40


class _PageSizedTabs(QTabWidget):
    """Tabs as tall as the page shown (Qt's are as tall as the tallest page)."""

    def _fitted(self, hint: QSize, page_hint: QSize) -> QSize:
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 2
        height = page_hint.height() + self.tabBar().sizeHint().height() + frame
        return QSize(hint.width(), min(hint.height(), height))

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        hint = super().sizeHint()
        return hint if page is None else self._fitted(hint, page.sizeHint())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        hint = super().minimumSizeHint()
        return hint if page is None else self._fitted(hint, page.minimumSizeHint())


class ImportDialog(QDialog):
    """Preview a bilingual text and import it; emits imported(document id, title, again)."""

    imported = Signal(object, str, bool)

    def __init__(
        self,
        service: CollectionService,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Import a Bilingual Text"))
        self.resize(900, 640)
        self.document: AlignedDocument | None = None
        self._preview_task: Task | None = None
        self._import_task: Task | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.preview)
        self._build()
        if path is not None:
            self.path_edit.setText(str(path))
            self.preview()
        elif text is not None:
            self.tabs.setCurrentIndex(1)
            self.paste_edit.setPlainText(text)
            self.preview()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.tabs = _PageSizedTabs()
        file_tab = QWidget()
        file_form = QFormLayout(file_tab)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            self.tr("A .txt, .docx, .html, .pdf, .tmx, .xliff or .csv file")
        )
        self.path_edit.editingFinished.connect(self.preview)
        self.path_edit.textEdited.connect(self._on_source_edited)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)  # Enter in the path field previews; it never opens a picker
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_form.addRow(self.tr("&File:"), row_widget)
        self.english_edit = QLineEdit()
        self.english_edit.setPlaceholderText(self.tr("Optional: the English in a separate file"))
        self.english_edit.editingFinished.connect(self.preview)
        self.english_edit.textEdited.connect(self._on_source_edited)
        file_form.addRow(self.tr("&English file:"), self.english_edit)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect automatically"), "")
        for name in ENCODINGS[1:]:
            self.encoding_combo.addItem(name.upper(), name)
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self.preview())
        file_form.addRow(self.tr("E&ncoding:"), self.encoding_combo)
        self.tabs.addTab(file_tab, self.tr("From a file"))
        paste_tab = QWidget()
        paste_layout = QVBoxLayout(paste_tab)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setPlaceholderText(
            self.tr("Paste Chinese paragraphs, each followed by its English translation.")
        )
        self.paste_edit.textChanged.connect(self._debounce.start)
        paste_layout.addWidget(self.paste_edit)
        self.tabs.addTab(paste_tab, self.tr("Pasted text"))
        # The tabs take the height of the page shown, not of the tallest: the file page is three
        # rows, and the preview below gets the room.
        self.paste_edit.setMaximumHeight(8 * self.paste_edit.fontMetrics().lineSpacing())
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout.addWidget(self.tabs)

        summary = QGroupBox(self.tr("What Duiyi found"))
        summary_layout = QFormLayout(summary)
        self.format_label = QLabel("—")
        self.encoding_label = QLabel("—")
        self.layout_label = QLabel("—")
        self.pairs_label = QLabel("—")
        for label in (self.format_label, self.encoding_label, self.layout_label, self.pairs_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        summary_layout.addRow(self.tr("Format:"), self.format_label)
        summary_layout.addRow(self.tr("Encoding:"), self.encoding_label)
        summary_layout.addRow(self.tr("Layout:"), self.layout_label)
        summary_layout.addRow(self.tr("Pairs:"), self.pairs_label)
        self.title_edit = QLineEdit()
        summary_layout.addRow(self.tr("&Title:"), self.title_edit)
        layout.addWidget(summary)

        middle = QHBoxLayout()
        removed_box = QGroupBox(self.tr("Removed markup and boilerplate (tick to keep it)"))
        removed_layout = QVBoxLayout(removed_box)
        self.removals = QListWidget()
        self.removals.setWordWrap(True)
        removed_layout.addWidget(self.removals)
        middle.addWidget(removed_box, 2)
        pairs_box = QGroupBox(self.tr("Aligned pairs"))
        pairs_layout = QVBoxLayout(pairs_box)
        self.pairs = QTableWidget(0, 3)
        self.pairs.setHorizontalHeaderLabels(
            [self.tr("Chinese"), self.tr("English"), self.tr("Score")]
        )
        self.pairs.verticalHeader().hide()
        self.pairs.setWordWrap(True)
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.pairs.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Rows as tall as their text at the width shown: fitted again once the columns have their
        # final widths (fitting before the dialog was laid out made rows two or three lines too
        # tall). At most PREVIEW_ROWS rows, so fitting them all is cheap.
        self.fit_rows = QTimer(self)
        self.fit_rows.setSingleShot(True)
        self.fit_rows.setInterval(0)
        self.fit_rows.timeout.connect(self.pairs.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self.fit_rows.start())
        pairs_layout.addWidget(self.pairs)
        middle.addWidget(pairs_box, 3)
        layout.addLayout(middle, 1)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        # A problem with the text: plain, in its own coloured box, and Import is off meanwhile.
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.hide()
        layout.addWidget(self.error)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.tabs.updateGeometry()
        self.preview()

    def _on_source_edited(self, _text: str) -> None:
        # The preview shown is of the file before: it cannot be imported for this one.
        self.document = None
        self.import_button.setEnabled(False)
        self._clear_error()
        self.status.setText(self.tr("Press Enter to read the file."))

    def show_error(self, text: str) -> None:
        """Say what is wrong with the text, plainly, and keep Import off until it changes."""
        self.status.clear()
        self.error.setText(text)
        self.error.show()
        self.import_button.setEnabled(False)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    @property
    def importing(self) -> bool:
        """True while an import runs."""
        return self._import_task is not None

    def reject(self) -> None:
        """Cancel (or Esc) during an import cancels the import; otherwise closes."""
        if self._import_task is not None:
            self._import_task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter imports once a preview is ready, and otherwise does nothing (it never cancels).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.import_button.isEnabled():
                self.start_import()
            return
        super().keyPressEvent(event)

    # -- preview --------------------------------------------------------------------------------
    def _source(self) -> tuple[Path | None, str | None, Path | None]:
        if self.tabs.currentIndex() == 1:
            text = self.paste_edit.toPlainText()
            return None, text if text.strip() else None, None
        path_text = self.path_edit.text().strip()
        english = self.english_edit.text().strip()
        return (
            Path(path_text) if path_text else None,
            None,
            Path(english) if english else None,
        )

    def _keep(self) -> tuple[str, ...]:
        keys = []
        for index in range(self.removals.count()):
            item = self.removals.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(keys)

    def preview(self) -> None:
        """Read and align the chosen source on the CPU pool and show what was found."""
        self._debounce.stop()  # this preview is of the text as it is now
        if self.importing:
            return  # (a field losing focus as the import disables it finishes its editing)
        path, text, english = self._source()
        if path is None and text is None:
            return
        if self._preview_task is not None and self._preview_task.running:
            self._preview_task.cancel()
        encoding = self.encoding_combo.currentData() or None
        keep = self._keep()
        self._clear_error()
        self.status.setText(self.tr("Reading…"))
        self.import_button.setEnabled(False)

        def work(task: Task) -> AlignedDocument:
            return read_document(
                path,
                text=text,
                english_path=english,
                encoding=encoding,
                keep=keep,
                cancel=task.token,
            )

        self._preview_task = self.service.run(
            work, on_done=self._show_preview, on_error=self._on_preview_failed, cpu=True
        )
        self.import_button.setEnabled(False)

    def _on_preview_failed(self, failure: Failure) -> None:
        self.document = None
        # nothing of the text read before may look like what this one holds
        for label in (self.format_label, self.encoding_label, self.layout_label, self.pairs_label):
            label.setText("—")
        self.removals.clear()
        self.pairs.setRowCount(0)
        if not self.title_edit.isModified():
            self.title_edit.clear()
        if failure.is_user_error:
            self.show_error(str(failure.error))
        else:
            self.service.error_raised.emit(failure)
            self.show_error(self.tr("Duiyi could not read this text."))

    def _show_preview(self, document: Any) -> None:
        assert isinstance(document, AlignedDocument)
        self.document = document
        self.format_label.setText(document.format or "—")
        self.encoding_label.setText(document.encoding or "—")
        self.layout_label.setText(document.layout or "—")
        top = [p for p in document.pairs if p.kind != "sentence"]
        unpaired = sum(1 for p in top if p.unpaired)
        low = sum(1 for p in top if is_low_scoring(p))
        sentences = number(len(document.pairs) - len(top))
        if document.layout == "one-language":
            # one-language prose has paragraphs and sentences, but nothing they pair with
            text = self.tr("{0} paragraphs, {1} sentences").format(number(len(top)), sentences)
        else:
            text = self.tr(
                "{0} paragraph pairs ({1} with a low score), {2} unpaired, {3} sentence pairs"
            ).format(number(len(top) - unpaired), number(low), number(unpaired), sentences)
        self.pairs_label.setText(text)
        if not self.title_edit.isModified():
            self.title_edit.setText(document.title)
        kept = set(self._keep())
        self.removals.blockSignals(True)
        self.removals.clear()
        for removal in document.removed:
            examples = "; ".join(removal.examples[:2])
            item = QListWidgetItem(
                self.tr("{0} ×{1}: {2}").format(removal.reason, number(removal.count), examples)
            )
            item.setData(Qt.ItemDataRole.UserRole, removal.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if removal.key in kept else Qt.CheckState.Unchecked
            )
            item.setToolTip(plain_tooltip("\n".join(removal.examples)))
            self.removals.addItem(item)
        if not document.removed:
            self.removals.addItem(self.tr("Nothing was removed."))
        self.removals.blockSignals(False)
        self.pairs.setRowCount(0)
        self.pairs.setRowCount(min(len(top), PREVIEW_ROWS))
        for row, pair in enumerate(top[:PREVIEW_ROWS]):
            cells = (QTableWidgetItem(pair.zh), QTableWidgetItem(pair.en), self._score_item(pair))
            for column, cell in enumerate(cells):
                # top, not centred: a row taller than the view shows each side's beginning
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.pairs.setItem(row, column, cell)
        self.fit_rows.start()
        if not document.pairs and not document.glossary:
            self.show_error(self.tr("No text to import was found in it."))
            return
        notes = " ".join(document.notes)
        self.status.setText(notes or self.tr("Ready to import. Press Enter."))
        self.import_button.setEnabled(True)

    def _score_item(self, pair: SegmentPair) -> QTableWidgetItem:
        """The score cell: unpaired and low-scoring pairs say so, for the user to check."""
        if pair.unpaired:
            item = QTableWidgetItem(self.tr("unpaired"))
            item.setToolTip(self.tr("No translation was found for this block."))
        elif is_low_scoring(pair):
            item = QTableWidgetItem(self.tr("{0:.2f} check").format(pair.score))
            item.setToolTip(self.tr("A low score: these may not be translations of each other."))
            item.setForeground(QColor("#b35900"))
        else:
            item = QTableWidgetItem(f"{pair.score:.2f}")
        return item

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a Text"), "", FILE_FILTER)
        if name:
            self.path_edit.setText(name)
            self.preview()

    # -- import ---------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Store the previewed document in the background, with progress and Cancel."""
        if self.document is None:
            return
        path, text, english = self._source()
        keep = self._keep()
        encoding = self.encoding_combo.currentData() or None
        title = self.title_edit.text().strip() or self.document.title
        document = self.document
        col = self.service.collection
        self.import_button.setEnabled(False)
        self._debounce.stop()

        def work(task: Task) -> OpResult[ImportResult]:
            doc = document
            if keep:  # the user kept some boilerplate in: read again with it
                doc = read_document(
                    path,
                    text=text,
                    english_path=english,
                    encoding=encoding,
                    keep=keep,
                    cancel=task.token,
                )
            return store_document(
                col, doc, progress=task.progress_fn(), cancel=task.token, title=title
            )

        task = self.service.run(work, on_done=self._on_import_done, on_error=self._on_import_failed)
        self._import_task = task
        task.cancelled.connect(self._on_import_cancelled)
        task.progressed.connect(self._on_import_progressed)
        # Progress at once, in the dialog, which stays responsive: Cancel stops the import.
        self._set_importing(True)

    def _set_importing(self, importing: bool) -> None:
        for widget in (self.tabs, self.title_edit, self.removals):
            widget.setEnabled(not importing)
        self.progress_bar.setVisible(importing)
        self.progress_bar.setRange(0, 0)  # busy until the first figures come
        if importing:
            self.status.setText(self.tr("Importing: storing the text…"))
        else:
            self._import_task = None

    def _on_import_progressed(self, done: int, total: int) -> None:
        if total > 0 and done < total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            self.status.setText(self.tr("Importing: storing the text…"))
        else:  # the text is stored; the candidates are looked for next
            self.progress_bar.setRange(0, 0)
            self.status.setText(self.tr("Importing: finding term candidates…"))

    def _on_import_cancelled(self) -> None:
        self._set_importing(False)
        self.status.setText(self.tr("Import cancelled; nothing was stored."))
        self.import_button.setEnabled(True)

    def _on_import_failed(self, failure: Failure) -> None:
        self._set_importing(False)
        if failure.is_user_error:
            self.show_error(str(failure.error))
        else:
            self.service.error_raised.emit(failure)
            self.show_error(self.tr("The import failed; nothing was stored."))

    def _on_import_done(self, result: OpResult[ImportResult]) -> None:
        # the service has broadcast the import's changes already
        self._set_importing(False)
        summary = result.value.summary
        self.imported.emit(summary.document_id, summary.title, summary.already_imported)
        self.accept()
