"""The main window: sidebar of screens, menus with standard shortcuts, message bar, status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.results import OpResult
from desktop.gui.crash import show_crash
from desktop.gui.resources import app_icon, icon
from desktop.gui.service import CollectionService, Failure
from desktop.gui.theme import icon_color
from desktop.gui.widgets import MessageBar, MessageKind, Screen

PREPARE_ORDER = ("candidates", "study", "browse", "reader", "statistics", "library")
"""Screens built ahead of use once the window is idle, the likeliest next first."""


if TYPE_CHECKING:
    from db.collection import Collection


class MainWindow(QMainWindow):
    """Duiyi's window. Screens are created here and share one CollectionService."""

    screen_changed = Signal(str)

    def __init__(self, service: CollectionService, settings: QSettings | None = None) -> None:
        super().__init__()
        self.service = service
        self.settings = settings or QSettings()
        self.setWindowTitle("Duiyi 对译")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.screens: dict[str, Screen] = {}
        self._preparing = False
        self._labels: tuple[str | None, str | None] = (None, None)
        """What Undo and Redo would reverse, as the Edit menu last showed it."""
        self._reversing = False
        self._build()
        self._build_menus()
        self.service.error_raised.connect(self._on_service_error_raised)
        self.service.changes_applied.connect(self._on_service_changes_applied)
        self.service.busy_changed.connect(self._on_service_busy_changed)
        self._restore_layout()
        self.undo_action.setEnabled(False)  # until the collection says what can be undone
        self.redo_action.setEnabled(False)
        self.refresh_undo_actions()
        # Select All follows the screen shown and the focus, so its menu entry is never a no-op.
        self.screen_changed.connect(lambda _key: self._refresh_select_all())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)  # a method: let go when closed
        self._refresh_select_all()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        row.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(8, 8, 8, 0)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.message_bar = MessageBar(central)
        self.message_bar.overlay(self.stack)

        color = icon_color()
        # Screens (and their modules) are loaded when first shown, so the window opens fast.
        self._factories: dict[str, str] = {"reader": "reader:ReaderScreen"}
        for key, label, factory in self._entries():
            self._factories[key] = factory
            item = QListWidgetItem(icon(key, color), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)

    def _entries(self) -> list[tuple[str, str, str]]:
        """(key, label, factory) of the sidebar's screens, in the current language."""
        return [
            ("library", self.tr("Library"), "library:LibraryScreen"),
            ("candidates", self.tr("Candidates"), "candidates:CandidatesScreen"),
            ("browse", self.tr("Browse"), "browse:BrowseScreen"),
            ("study", self.tr("Study"), "study:StudyScreen"),
            ("statistics", self.tr("Statistics"), "statistics:StatisticsScreen"),
            ("drills", self.tr("Drills"), "drills:DrillsScreen"),
        ]

    # -- live theme and language ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # Qt override
        """Follow a theme switch (icons in the new colour) and a language switch (every text
        again, in the new language) without a restart."""
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "stack"):
            if self.isVisible():
                self._retranslate_when_idle()
            else:  # a window not shown (or closed) catches up when shown
                self._language_changed = True
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        color = icon_color()
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setIcon(icon(str(item.data(Qt.ItemDataRole.UserRole)), color))
        if hasattr(self, "import_action"):
            self.import_action.setIcon(icon("import", color))

    def _retranslate_when_idle(self) -> None:
        # Screens are rebuilt, so no answer from the collection may still be on its way to one.
        if self.service.idle:
            self.retranslate()
        else:
            QTimer.singleShot(50, self, self._retranslate_when_idle)

    def retranslate(self) -> None:
        """Show every text in the language now installed: menus, sidebar, and the screens
        (built again, as their texts are set when they are made)."""
        self.menuBar().clear()
        self._build_menus()
        self.refresh_undo_actions()
        self._refresh_select_all()
        for row, (_key, label, _factory) in enumerate(self._entries()):
            self.sidebar.item(row).setText(label)
        current = self.current_key()
        argument = getattr(self.screens.get(current), "document_id", None)
        for screen in self.screens.values():
            saver = getattr(screen, "save_layout", None)
            if callable(saver):
                saver(self.settings)
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        if current:
            self.go(current, argument)

    def screen_for(self, key: str) -> Screen:
        """The screen `key`, built on first use."""
        if key not in self.screens:
            module, name = self._factories[key].split(":")
            cls: type[Screen] = getattr(
                importlib.import_module(f"desktop.gui.screens.{module}"), name
            )
            self._add_screen(key, cls(self.service))
        return self.screens[key]

    def showEvent(self, event: QShowEvent) -> None:
        """On the first showing, start preparing the other screens a moment later."""
        super().showEvent(event)
        if getattr(self, "_language_changed", False):
            self._language_changed = False
            self._retranslate_when_idle()
        if not self._preparing:
            self._preparing = True
            QTimer.singleShot(1000, self, self.prepare_screens)

    def prepare_screens(self, pause_ms: int = 300) -> None:
        """Build the screens not yet shown, one per pause while no work runs, so that a
        screen's first showing does not wait for its module and widgets."""
        waiting = [key for key in PREPARE_ORDER if key not in self.screens]
        if not waiting or not self.isVisible():
            return
        if self.service.idle:  # while work runs, building would take twice as long, and stall
            self.screen_for(waiting[0])
            waiting.pop(0)
        if waiting:
            QTimer.singleShot(pause_ms, self, lambda: self.prepare_screens(pause_ms))

    def _add_screen(self, key: str, screen: Screen) -> None:
        screen.key = key
        self.screens[key] = screen
        self.stack.addWidget(screen)
        screen.message_requested.connect(self.show_message)
        screen.navigate_requested.connect(self.go)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Add Term…"), self.open_add_term, QKeySequence("Ctrl+N"))
        self.import_action = self._action(
            file_menu, self.tr("&Import Text…"), self.open_import, QKeySequence.StandardKey.Open
        )
        self.import_action.setIcon(icon("import", icon_color()))
        self._action(
            file_menu,
            self.tr("Import &Pasted Text…"),
            self.import_clipboard,
            QKeySequence("Ctrl+Shift+V"),
        )
        file_menu.addSeparator()
        self.export_apkg_action = self._action(
            file_menu, self.tr("&Export Anki Deck…"), self.open_export, QKeySequence("Ctrl+E")
        )
        self._action(
            file_menu,
            self.tr("Export &CSV…"),
            lambda: self.open_export(csv=True),
            QKeySequence("Ctrl+Shift+E"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            fallback=QKeySequence("Ctrl+,"),
        )
        file_menu.addSeparator()
        quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            edit, self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo
        )
        # Undo works wherever the focus is (text fields still take their own Ctrl+Z first).
        self.undo_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.select_all_action = self._action(
            edit, self.tr("Select &All"), self.select_all, QKeySequence.StandardKey.SelectAll
        )
        edit.addSeparator()
        self._action(
            edit,
            self.tr("&Find Terms"),
            lambda: self.go("browse", "focus-search"),
            QKeySequence.StandardKey.Find,
        )

        view = bar.addMenu(self.tr("&Go"))
        for index in range(self.sidebar.count()):
            item = self.sidebar.item(index)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            self._action(
                view,
                item.text(),
                lambda key=key: self.go(key),
                QKeySequence(f"Ctrl+{index + 1}"),
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence("F1")
        )
        about = self._action(help_menu, self.tr("&About Duiyi"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(
        self,
        menu: Any,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        fallback: QKeySequence | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            sequence = QKeySequence(shortcut)
            if sequence.isEmpty() and fallback is not None:
                sequence = fallback
            action.setShortcut(sequence)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _select_all_target(self) -> Callable[[], None] | None:
        """What Select All selects: every found term on Browse, else the focused widget's own
        contents (a text field's text), else nothing."""
        screen = self.stack.currentWidget()
        if self.current_key() == "browse":
            return getattr(screen, "select_all", None)
        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            return focused.selectAll
        return None

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._refresh_select_all()

    def _refresh_select_all(self) -> None:
        self.select_all_action.setEnabled(self._select_all_target() is not None)

    def select_all(self) -> None:
        """Edit > Select All: on Browse every term the search finds, elsewhere the focused
        field's text (a text field's own Ctrl+A still selects its text first)."""
        target = self._select_all_target()
        if target is not None:
            target()

    # -- navigation -----------------------------------------------------------------------------
    def go(self, key: str, argument: object = None) -> None:
        """Show the screen `key` (library, candidates, browse, study, statistics, reader)."""
        screen = self.screen_for(key)
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.sidebar.currentRow() != row:
                    self.sidebar.blockSignals(True)
                    self.sidebar.setCurrentRow(row)
                    self.sidebar.blockSignals(False)
                break
        self.stack.setCurrentWidget(screen)
        screen.activated(argument)
        focused = QApplication.focusWidget()
        if focused is None or not (focused is self.sidebar or screen.isAncestorOf(focused)):
            screen.setFocus()  # keyboard users land in the screen they chose
        self.screen_changed.emit(key)

    def current_key(self) -> str:
        """The key of the screen shown."""
        widget = self.stack.currentWidget()
        return widget.key if isinstance(widget, Screen) else ""

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row >= 0:
            self.go(str(self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)))

    # -- messages and errors --------------------------------------------------------------------
    def show_message(
        self, text: str, kind: MessageKind = MessageKind.INFO, *, stay: bool = False
    ) -> None:
        """A plain message in the window (errors, and info with `stay`, stay until closed;
        other info fades after a few seconds)."""
        fades = kind != MessageKind.ERROR and not stay
        self.message_bar.show_message(text, kind=kind, timeout_ms=6000 if fades else 0)
        if kind != MessageKind.ERROR:
            self.statusBar().showMessage(text, 6000)

    def _on_service_error_raised(self, failure: object) -> None:
        assert isinstance(failure, Failure)
        if failure.is_user_error:
            self.show_message(str(failure.error), MessageKind.ERROR)
        else:
            show_crash(failure.report, self, collection=Path(self.service.collection.path))

    def _on_service_busy_changed(self, busy: bool) -> None:
        self.statusBar().setProperty("busy", busy)

    def _on_service_changes_applied(self, changes: object, source: object) -> None:
        self.refresh_undo_actions()

    # -- undo -----------------------------------------------------------------------------------
    def refresh_undo_actions(self) -> None:
        """Ask the collection for its undo/redo labels and show them in the Edit menu."""

        def labels(col: Collection) -> tuple[str | None, str | None]:
            return col.undo_label(), col.redo_label()

        def show(value: tuple[str | None, str | None]) -> None:
            undo, redo = self._labels = value
            self.undo_action.setEnabled(bool(undo) and not self._reversing)
            self.undo_action.setText(
                self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo")
            )
            self.redo_action.setEnabled(bool(redo) and not self._reversing)
            self.redo_action.setText(
                self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo")
            )

        self.service.op(labels, on_done=show)

    def undo(self) -> None:
        """Undo the last action (the study screen undoes its last answer the same way)."""
        self._reverse(
            lambda col: col.undo(),
            (self.tr("Undoing: {0}…"), self.tr("Undone: {0}")),
            self._labels[0],
        )

    def redo(self) -> None:
        """Redo the last undone action."""
        self._reverse(
            lambda col: col.redo(),
            (self.tr("Redoing: {0}…"), self.tr("Redone: {0}")),
            self._labels[1],
        )

    def _reverse(
        self,
        work: Callable[[Collection], OpResult[str]],
        messages: tuple[str, str],
        label: str | None,
    ) -> None:
        # Reversing a big action takes seconds: say what runs, and take no second press
        # meanwhile, which would reverse the action before it as well.
        if self._reversing:
            return
        self._reversing = True
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        running, finished = messages
        if label:
            self.statusBar().showMessage(running.format(label))

        def done(result: OpResult[str]) -> None:
            self._reversing = False
            if result.value:
                self.statusBar().showMessage(finished.format(result.value), 4000)
            self.refresh_undo_actions()

        self.service.op(work, on_done=done, on_error=self._on_reverse_failed)

    def _on_reverse_failed(self, failure: Failure) -> None:
        self._reversing = False
        self.statusBar().clearMessage()
        self.refresh_undo_actions()
        self.service.error_raised.emit(failure)

    # -- dialogs --------------------------------------------------------------------------------
    def open_import(self, path: Path | None = None, text: str | None = None) -> None:
        """Open the import dialog, optionally for a file or pasted text."""
        from desktop.gui.dialogs.importer import ImportDialog

        # Candidates is shown when the import ends: build it now, before the work competes
        self.screen_for("candidates")
        dialog = ImportDialog(self.service, self, path=path, text=text)
        dialog.imported.connect(self._on_import_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()

    def import_clipboard(self) -> None:
        """Import the text on the clipboard as a new document."""
        text = QApplication.clipboard().text()
        if not text.strip():
            self.show_message(self.tr("The clipboard holds no text to import."), MessageKind.ERROR)
            return
        self.open_import(text=text)

    def _on_import_imported(self, document_id: object, title: str, again: bool) -> None:
        if again:
            self.show_message(
                self.tr("“{0}” is already in your library.").format(title), MessageKind.INFO
            )
            self.go("library")
            return
        self.show_message(
            self.tr("Imported “{0}”. Review its term candidates next.").format(title),
            MessageKind.INFO,
        )
        self.go("candidates", document_id)

    def open_export(self, csv: bool = False) -> None:
        """Open the export dialog (Anki package, or CSV)."""
        from desktop.gui.dialogs.export import ExportDialog

        dialog = ExportDialog(self.service, self, csv=csv)
        dialog.exported.connect(lambda text: self.show_message(text, MessageKind.INFO))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    def open_add_term(self) -> None:
        """Open Add Term (kept open for the next term, as Anki's Add is)."""
        from shiboken6 import isValid

        from desktop.gui.dialogs.add_term import AddTermDialog

        open_one = getattr(self, "add_term_dialog", None)
        if open_one is not None and isValid(open_one) and open_one.isVisible():
            open_one.raise_()
            open_one.activateWindow()
            return
        dialog = AddTermDialog(self.service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_term_dialog = dialog
        dialog.show()

    def open_settings(self) -> None:
        """Open the settings dialog."""
        from desktop.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.service, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        QMessageBox.information(
            self,
            self.tr("Keyboard Shortcuts"),
            self.tr(
                "Ctrl+1…6  go to Library, Candidates, Browse, Study, Statistics, Drills\n"
                "Ctrl+O  import a text     Ctrl+Shift+V  import pasted text\n"
                "Ctrl+N  add a term     Ctrl+E  export an Anki deck     Ctrl+F  find terms\n"
                "Ctrl+Z / Ctrl+Shift+Z  undo / redo\n\n"
                "Candidates: A accept, R reject, E edit, arrows move\n"
                "Study: Space or Enter reveal, then Good; 1–4 rate, E edit, S suspend, "
                "Ctrl+Z undo the last answer"
            ),
        )

    def show_about(self) -> None:
        """About Duiyi: the version and the licences of what it ships."""
        from desktop.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if files:
            self.open_import(path=files[0])
        elif mime.hasText() and mime.text().strip():
            self.open_import(text=mime.text())
        event.acceptProposedAction()

    # -- remembering the layout -----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def start_screen(self) -> str:
        """The screen last shown, Library by default."""
        key = self.settings.value("window/screen", "library")
        return (
            key if isinstance(key, str) and key in self.screens and key != "reader" else "library"
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(screen.may_close() for screen in list(self.screens.values())):
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        key = self.current_key()
        self.settings.setValue("window/screen", key if key != "reader" else "library")
        for screen in self.screens.values():
            saver = getattr(screen, "save_layout", None)
            if callable(saver):
                saver(self.settings)
        self.settings.sync()
        super().closeEvent(event)
