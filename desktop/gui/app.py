"""Start the desktop program: QApplication, theme, language, the collection, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gui.resources import app_icon, resources_dir, sample_files
from duiyi.errors import DuiyiError

if TYPE_CHECKING:
    from db.collection import Collection
    from desktop.gui.mainwindow import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "Duiyi"
APPLICATION = "Duiyi"
QUIT_WHEN_IDLE = "DUIYI_QUIT_WHEN_IDLE"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, named so QSettings has a home."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Duiyi 对译")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.duiyi.Duiyi")
    return app


_translators: list[QTranslator] = []
"""The translators installed by install_language, removed when the language changes."""


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Load the interface translation: "en", "zh_CN" or "system" (the locale's, if we have it),
    with Qt's own (standard buttons, dialogs), replacing the one installed before. Every window
    gets a LanguageChange event and shows its texts again. Dates and month names follow the
    language too (QLocale's default), not the system's locale."""
    if language == "system":
        language = "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"
    # Set before the LanguageChange events are handled, so rebuilt screens see it.
    QLocale.setDefault(QLocale(language))
    while _translators:
        app.removeTranslator(_translators.pop())
    if language == "en":
        return None
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _translators.append(qt_own)
    translator = QTranslator(app)
    path = resources_dir() / "translations"
    if translator.load(f"duiyi_{language}", str(path)):
        app.installTranslator(translator)
        _translators.append(translator)
        return translator
    log.warning("no translation for %s in %s", language, path)
    return None


def apply_preferences(app: QApplication, settings: QSettings) -> None:
    """Theme, base font and language from the user's settings."""
    from desktop.gui.theme import apply_base_font, apply_theme

    apply_theme(str(settings.value("look/theme", "system")))
    apply_base_font()
    install_language(app, str(settings.value("look/language", "system")))


def open_collection(db_path: Path) -> Any:
    """Open (creating if needed) the collection at db_path through the facade."""
    from db import Collection

    db_path.parent.mkdir(parents=True, exist_ok=True)
    return Collection.open(db_path)


def build_window(collection: Collection, settings: QSettings | None = None) -> MainWindow:
    """The service and main window over an open collection (tests use this too)."""
    from desktop.gui.collector import GuiThreadCollector
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.service import CollectionService

    service = CollectionService(collection)
    window = MainWindow(service, settings)
    # a child of the window: lives as long as it
    GuiThreadCollector(window, busy=lambda: not service.idle)
    return window


def maybe_import_sample(window: Any, *, force: bool) -> None:
    """On first run (empty collection) or when asked, import the bundled sample."""
    from desktop.gui.onboarding import import_sample_if_needed

    samples = sample_files()
    if samples:
        import_sample_if_needed(window, samples[0], force=force)


def quit_when_idle(app: QApplication, window: Any) -> None:
    """Quit once the window is up and no work runs (after a first run's sample import): for
    smoke tests and start-up timing of a built program ($DUIYI_QUIT_WHEN_IDLE)."""

    def check() -> None:
        if window.service.idle:
            app.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(0, check)


def run_gui(*, db_path: Path, open_sample: bool) -> int:
    """Run the desktop program on the collection at db_path; returns the exit code."""
    from desktop.gui.crash import install_excepthook
    from desktop.gui.widgets import plain_message_box

    logging.basicConfig(level=logging.WARNING)
    app = make_application()
    settings = QSettings()
    apply_preferences(app, settings)
    install_excepthook()
    try:
        collection = open_collection(db_path)
    except DuiyiError as error:
        plain_message_box(QMessageBox.Icon.Critical, "Duiyi", str(error)).exec()
        return 1
    window = build_window(collection, settings)
    window.go(window.start_screen())
    window.show()
    QTimer.singleShot(0, lambda: maybe_import_sample(window, force=open_sample))
    if os.environ.get(QUIT_WHEN_IDLE):
        quit_when_idle(app, window)
    from desktop.gui.cpu import warm_up

    QTimer.singleShot(1500, warm_up)  # the helper process starts while the user looks around
    code = app.exec()
    window.service.shutdown()
    from desktop.gui.cpu import shutdown as stop_helper

    stop_helper()
    leave(int(code), settings)


def leave(code: int, settings: QSettings) -> NoReturn:
    """End the process once the collection is closed and the settings are written.

    Python's own exit would then free Qt's wrappers during its final garbage collection, and
    PySide6 can deadlock there in QObject's destructor (seen in a built program: one thread left,
    waiting on a mutex forever); nothing is left to save, so the process ends without it.
    """
    settings.sync()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
