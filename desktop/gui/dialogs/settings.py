"""Settings: study options per deck (through the facade), look and language (QSettings), data."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.backup import BackupInfo
from db.ops.term_info import DeckInfo
from desktop.gui.service import CollectionService
from desktop.gui.theme import apply_theme
from duiyi.study.settings import DeckSettings

if TYPE_CHECKING:
    from db.collection import Collection

T = TypeVar("T")

THEMES = (("system", "Same as the system"), ("light", "Light"), ("dark", "Dark"))
LANGUAGES = (("system", "Same as the system"), ("en", "English"), ("zh_CN", "简体中文"))


def _steps_text(steps: Any) -> str:
    return " ".join(f"{float(s):g}m" for s in steps or ())


def _parse_steps(text: str) -> tuple[float, ...]:
    """'1m 10m 1h' -> minutes (1.0, 10.0, 60.0); bare numbers are minutes."""
    out = []
    for word in text.replace(",", " ").split():
        unit = word[-1].lower()
        number = float(word[:-1]) if unit in "smhd" else float(word)
        factor = {"s": 1 / 60, "m": 1, "h": 60, "d": 1440}.get(unit, 1)
        out.append(number * factor)
    return tuple(out)


class SettingsDialog(QDialog):
    """Three tabs: Study, Appearance, Data. OK stores everything; study changes are undoable."""

    def __init__(
        self, service: CollectionService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.deck_settings: Any = None
        self._closed = False
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._study_tab(), self.tr("Study"))
        self.tabs.addTab(self._look_tab(), self.tr("Appearance"))
        self.tabs.addTab(self._data_tab(), self.tr("Data"))
        layout.addWidget(self.tabs)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def done(self, result: int) -> None:
        """Close; answers from the collection still on their way are dropped from now on."""
        self._closed = True
        super().done(result)

    def _while_open(self, fn: Callable[[T], None]) -> Callable[[T], None]:
        """`fn`, called only while the dialog is open: closing it before an answer arrives
        (Esc right away) deletes the widgets the answer would fill."""

        def call(value: T) -> None:
            if not self._closed:
                fn(value)

        return call

    # -- tabs -----------------------------------------------------------------------------------
    def _study_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.deck_combo = QComboBox()
        self.deck_combo.addItem(self.tr("Default (terms without a deck)"), None)
        self.deck_combo.currentIndexChanged.connect(lambda _i: self._load_deck())
        form.addRow(self.tr("Deck:"), self.deck_combo)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        form.addRow(self.tr("Desired retention:"), self.retention)
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        form.addRow(self.tr("New cards per day:"), self.new_per_day)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setRange(0, 99999)
        form.addRow(self.tr("Reviews per day:"), self.reviews_per_day)
        self.learning_steps = QLineEdit()
        self.learning_steps.setToolTip(self.tr("For example: 1m 10m"))
        form.addRow(self.tr("Learning steps:"), self.learning_steps)
        self.relearning_steps = QLineEdit()
        form.addRow(self.tr("Relearning steps:"), self.relearning_steps)
        self.recognition = QCheckBox(self.tr("Recognition (Chinese → English)"))
        self.production = QCheckBox(self.tr("Production (English → Chinese)"))
        self.cloze = QCheckBox(self.tr("Context cloze (the sentence with the term blanked)"))
        self.typed = QCheckBox(self.tr("Type the answer"))
        for box in (self.recognition, self.production, self.cloze):
            form.addRow(self.tr("Cards:") if box is self.recognition else "", box)
        form.addRow("", self.typed)
        return tab

    def _look_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(self.tr(label), key)
        self.theme.setCurrentIndex(
            max(0, self.theme.findData(self.settings.value("look/theme", "system")))
        )
        form.addRow(self.tr("Theme:"), self.theme)
        self.language = QComboBox()
        for key, label in LANGUAGES:
            self.language.addItem(self.tr(label) if key == "system" else label, key)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.value("look/language", "system")))
        )
        form.addRow(self.tr("Language:"), self.language)
        self.font_family = QFontComboBox()
        family = str(self.settings.value("look/font_family", ""))
        if family:
            self.font_family.setCurrentFont(QFont(family))
        form.addRow(self.tr("Study font:"), self.font_family)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 48)
        self.font_size.setValue(int(str(self.settings.value("look/font_size", 14))))
        form.addRow(self.tr("Study font size:"), self.font_size)
        return tab

    def _data_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        path = self.service.collection.path
        row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("Collection: {0}").format(path))
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        row.addWidget(self.folder_label, 1)
        open_folder = QPushButton(self.tr("Open Folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))) if path else None
        )
        row.addWidget(open_folder)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(self.tr("Start Duiyi with --db PATH (or DUIYI_DB) to use another collection."))
        )
        layout.addWidget(QLabel(self.tr("Backups (made automatically, the last 20 kept):")))
        self.backups = QListWidget()
        layout.addWidget(self.backups, 1)
        backup_now = QPushButton(self.tr("Back Up Now"))
        backup_now.clicked.connect(self.backup_now)
        layout.addWidget(backup_now)
        layout.addWidget(
            QLabel(self.tr("To restore a backup, close Duiyi and run: duiyi restore FILE"))
        )
        return tab

    # -- loading and saving ---------------------------------------------------------------------
    def _load(self) -> None:

        def load(col: Collection) -> tuple[list[DeckInfo], list[BackupInfo]]:
            return col.decks.all(), col.backups.all()

        def show(value: tuple[list[DeckInfo], list[BackupInfo]]) -> None:
            decks, backups = value
            for deck in decks:
                self.deck_combo.addItem(deck.name, deck.id)
            self._show_backups(backups)
            self._load_deck()

        self.service.op(load, on_done=self._while_open(show))

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups.clear()
        for backup in backups:
            stamp = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.backups.addItem(f"{stamp}  {backup.path.name}")
        if not backups:
            self.backups.addItem(self.tr("No backups yet."))

    def _load_deck(self) -> None:
        deck_id = self.deck_combo.currentData()
        self.service.op(
            lambda col: col.decks.settings(deck_id=deck_id),
            on_done=self._while_open(self._show_deck),
        )

    def _show_deck(self, value: DeckSettings) -> None:
        self.deck_settings = value
        self.retention.setValue(float(value.desired_retention))
        self.new_per_day.setValue(int(value.new_per_day))
        self.reviews_per_day.setValue(int(value.reviews_per_day))
        self.learning_steps.setText(_steps_text(value.learning_steps))
        self.relearning_steps.setText(_steps_text(value.relearning_steps))
        self.recognition.setChecked(bool(value.recognition))
        self.production.setChecked(bool(value.production))
        self.cloze.setChecked(bool(value.cloze))
        self.typed.setChecked(bool(value.typed_answers))

    def backup_now(self) -> None:
        """Write a backup and list it."""

        def backup(col: Collection) -> list[BackupInfo]:
            col.backups.make()
            return col.backups.all()

        self.service.op(backup, on_done=self._while_open(self._show_backups))

    def save(self) -> None:
        """Store the look in QSettings and the study options through the facade."""
        theme = self.theme.currentData()
        language_before = self.settings.value("look/language", "system")
        self.settings.setValue("look/theme", theme)
        self.settings.setValue("look/language", self.language.currentData())
        self.settings.setValue("look/font_family", self.font_family.currentFont().family())
        self.settings.setValue("look/font_size", self.font_size.value())
        self.settings.sync()
        apply_theme(str(theme))
        if language_before != self.language.currentData():
            from desktop.gui.app import install_language

            app = QApplication.instance()
            if isinstance(app, QApplication):  # every window shows its texts again at once
                install_language(app, str(self.language.currentData()))
        if self.deck_settings is None:
            self.accept()
            return
        try:
            new = dataclasses.replace(
                self.deck_settings,
                desired_retention=round(self.retention.value(), 2),
                new_per_day=self.new_per_day.value(),
                reviews_per_day=self.reviews_per_day.value(),
                learning_steps=_parse_steps(self.learning_steps.text()),
                relearning_steps=_parse_steps(self.relearning_steps.text()),
                recognition=self.recognition.isChecked(),
                production=self.production.isChecked(),
                cloze=self.cloze.isChecked(),
                typed_answers=self.typed.isChecked(),
            )
        except ValueError as error:  # the core checks the values: say what is wrong
            self.status.setText(str(error))
            return
        if new == self.deck_settings:
            self.accept()
            return

        def failed(failure: Any) -> None:
            if self._closed:  # nowhere left to say it: the window's message bar says it
                self.service.error_raised.emit(failure)
            else:
                self.status.setText(str(failure.error))

        deck_id = self.deck_combo.currentData()
        self.service.op(
            lambda col: col.decks.set_settings(deck_id=deck_id, settings=new),
            on_done=self._while_open(lambda _r: self.accept()),
            on_error=failed,
        )
