"""A bug's report in a dialog the user can save to a file; installed as sys.excepthook."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import duiyi
from db.output_guard import refuse_collection_files
from duiyi.errors import DuiyiError

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """Says that Duiyi hit a bug, shows the report, and offers to save it."""

    def __init__(
        self, report: str, parent: QWidget | None = None, *, collection: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.collection = collection
        """The open collection, which the report may never be saved over."""
        self.setWindowTitle(self.tr("Duiyi hit a problem"))
        self.report = f"Duiyi {duiyi.__version__}\n\n{report}"
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside Duiyi. Your collection is safe: the action was "
                "rolled back. Please save this report and send it to the developers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self.report)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumSize(560, 240)
        layout.addWidget(self.text)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save Report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save_to(self, path: Path) -> None:
        """Write the report to path; refused (InvalidInput) over the collection or a backup."""
        if self.collection is not None:
            refuse_collection_files(path, self.collection)
        path.write_text(self.report, encoding="utf-8")

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Report"), "duiyi-report.txt", self.tr("Text files (*.txt)")
        )
        if name:
            try:
                self.save_to(Path(name))
            except (DuiyiError, OSError) as error:
                self.status.setText(str(error))


def show_crash(
    report: str, parent: QWidget | None = None, *, collection: Path | None = None
) -> None:
    """Show the crash dialog (non-blocking); `collection` is never saved over."""
    dialog = CrashDialog(report, parent, collection=collection)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def install_excepthook() -> None:
    """Route uncaught exceptions on the GUI thread to the crash dialog instead of stderr only."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        report = "".join(traceback.format_exception(kind, error, tb))
        log.error("uncaught exception\n%s", report)
        sys.__stderr__.write(report) if sys.__stderr__ else None
        if QApplication.instance() is not None:
            show_crash(report, QApplication.activeWindow())

    sys.excepthook = hook
