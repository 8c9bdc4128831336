"""Help > About: the version, where the data lives, and the licences of everything Duiyi ships."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import duiyi
from desktop.crashlog import data_folder
from desktop.licences import (
    DictionaryCredit,
    dictionary_credit,
    licence_text,
    program,
    python_runtime,
    shipped_packages,
)


def _link(url: str) -> str:
    safe = html.escape(url, quote=True)
    return f'<a href="{safe}">{safe}</a>'


def credit_html(credit: DictionaryCredit) -> str:
    """The CC-CEDICT attribution as escaped rich text with its links."""
    parts = [
        f"<b>{html.escape(credit.title)}</b>, published by {html.escape(credit.publisher)}"
        f" ({html.escape(credit.date)}, {credit.entries:,} entries), {_link(credit.home)}",
        f"{html.escape(credit.licence)}: {_link(credit.licence_url)}",
    ]
    if credit.based_on:
        parts.append(f"Based on {html.escape(credit.based_on)}")
    return "<br>".join(parts)


class AboutDialog(QDialog):
    """The version, the data folder, the dictionary's credit and a table of shipped packages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Duiyi"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        me = program()
        self.title = QLabel(f"Duiyi 对译 {duiyi.__version__}")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = QLabel(
            self.tr(
                "Study Chinese–English translation: bilingual texts become term flashcards "
                "with spaced repetition.\nLicence: {0}. Runs on {1}.\nData folder: {2}"
            ).format(me.licence, f"{python_runtime()} and Qt {qVersion()}", data_folder())
        )
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        credit = dictionary_credit()
        self.dictionary = QLabel()
        self.dictionary.setTextFormat(Qt.TextFormat.RichText)
        self.dictionary.setWordWrap(True)
        self.dictionary.setOpenExternalLinks(True)
        self.dictionary.setText(
            self.tr("Dictionary: ") + credit_html(credit)
            if credit
            else self.tr("Dictionary: CC-CEDICT is missing from this installation.")
        )
        layout.addWidget(self.dictionary)

        layout.addWidget(QLabel(self.tr("Duiyi ships these packages, under their licences:")))
        self.packages = shipped_packages()
        self.table = QTableWidget(len(self.packages), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Package"), self.tr("Version"), self.tr("Licence")]
        )
        for row, package in enumerate(self.packages):
            for column, text in enumerate((package.name, package.version, package.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(package.home)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 2)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Select a package to read its licence."))
        layout.addWidget(self.text, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_licence(self, row: int) -> None:
        """Show the licence files of the package in `row` (or say it installed none)."""
        if not 0 <= row < len(self.packages):
            self.text.clear()
            return
        package = self.packages[row]
        text = licence_text(package.name)
        self.text.setPlainText(
            text
            or self.tr("{0} installed no licence file; its metadata states: {1}.").format(
                package.name, package.licence
            )
        )
