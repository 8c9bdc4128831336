"""`make screenshots`: start Duiyi on a demo collection and save a PNG of every screen.

    python -m desktop.screenshots OUTPUT_FOLDER

Runs on whatever Qt platform is set (the Makefile uses Xvfb). The demo collection is built in a
temporary folder from the bundled sample (or the seed text beside the repository), with some
candidates accepted and a few weeks of reviews, so each screen shows real content.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_7f6f740f4e046d2f.txt"


def demo_text() -> Path:
    """The text the demo collection is made from."""
    from desktop.gui.resources import sample_files

    samples = sample_files()
    return SEED if SEED.exists() else samples[0]


def build_demo(path: Path) -> Any:
    """A collection with a document, candidates, accepted terms and some review history."""
    from db import Collection
    from desktop.gui.importing import import_path

    col = Collection.open(path)
    summary = import_path(col, demo_text()).value.summary
    candidates = col.candidates.all(document_id=summary.document_id)
    sure = [c.id for c in candidates if c.confidence >= 0.8][:25]
    if sure:
        col.candidates.accept(term_ids=sure)
    rng = random.Random(3)
    start = datetime.now(UTC) - timedelta(days=40)
    col.study.start(now=start)
    moment = start
    for _ in range(160):
        moment += timedelta(minutes=rng.choice([3, 7, 15, 90, 600, 1440]))
        if moment > datetime.now(UTC):
            break
        card = col.study.next_card(now=moment)
        if card is None:
            col.study.start(now=moment + timedelta(days=1))
            continue
        col.study.answer(
            card_id=card.card_id,
            rating=rng.choice([1, 3, 3, 3, 4, 2]),
            duration_ms=4000,
            now=moment,
        )
    col.study.start()
    return col


def settle(app: Any, window: Any, ms: int = 300) -> None:
    """Let queued work finish and the window repaint."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + 30
    while True:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        if window.service.idle or time.monotonic() > deadline:
            break


def shoot(widget: Any, folder: Path, name: str) -> Path:
    """Save a PNG of widget."""
    target = folder / f"{name}.png"
    widget.grab().save(str(target))
    print(target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Build the demo collection and save the screenshots into the folder named in argv."""
    from PySide6.QtCore import QSettings

    from desktop.gui import app as gui_app
    from desktop.gui.theme import apply_theme

    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="duiyi-screens-"))
    qapp = gui_app.make_application()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("look/theme", "light")
    gui_app.apply_preferences(qapp, settings)
    from desktop.gui.screens.reader import ReaderScreen
    from desktop.gui.screens.study import StudyScreen

    col = build_demo(work / "demo.duiyi")
    window = gui_app.build_window(col, settings)
    window.resize(1360, 860)
    window.show()
    documents = col.documents.all()
    doc_id = documents[0].id if documents else None
    shots: list[tuple[str, str, object]] = [
        ("01-library", "library", None),
        ("02-candidates", "candidates", doc_id),
        ("03-reader", "reader", doc_id),
        ("04-browse", "browse", None),
        ("05-study-front", "study", None),
        ("07-statistics", "statistics", None),
    ]
    for name, key, argument in shots:
        window.go(key, argument)
        settle(qapp, window)
        if key == "reader":
            reader = window.screens["reader"]
            assert isinstance(reader, ReaderScreen)
            row = next(
                (
                    r
                    for r in range(reader.model.rowCount())
                    if "网络空间" in reader.model.text(r, 0)
                ),
                0,
            )
            reader.table.selectRow(row)
            text = reader.zh_edit.toPlainText()
            at = max(text.find("网络空间"), 0)
            cursor = reader.zh_edit.textCursor()
            cursor.setPosition(at)
            cursor.setPosition(at + 4, cursor.MoveMode.KeepAnchor)
            reader.zh_edit.setTextCursor(cursor)
            settle(qapp, window)
        shoot(window, folder, name)
        if key == "study":
            study = window.screens["study"]
            assert isinstance(study, StudyScreen)
            study.reveal()
            settle(qapp, window)
            shoot(window, folder, "06-study-back")
    window.open_import(path=demo_text())
    dialog = window.import_dialog
    deadline = time.monotonic() + 30
    while not dialog.import_button.isEnabled() and time.monotonic() < deadline:
        settle(qapp, window, 200)
    shoot(dialog, folder, "08-import-dialog")
    dialog.reject()
    window.open_export()
    settle(qapp, window)
    shoot(window.export_dialog, folder, "09-export-dialog")
    window.export_dialog.reject()
    window.open_settings()
    settle(qapp, window)
    shoot(window.settings_dialog, folder, "10-settings")
    window.settings_dialog.reject()
    shoot_add_term(qapp, window, folder)
    shoot_browse_columns(qapp, window, folder)
    shoot_study_answer(qapp, window, folder)
    shoot_drill_runs(qapp, col, folder)
    shoot_drills(qapp, window, col, folder, work)
    apply_theme("dark")
    for name, key in (("11-dark-study", "study"), ("12-dark-candidates", "candidates")):
        window.go(key)
        settle(qapp, window)
        shoot(window, folder, name)
    gui_reader_shots(qapp, window, folder)
    window.close()
    window.service.shutdown()
    from desktop.gui.cpu import shutdown

    shutdown()
    return 0


def shoot_add_term(qapp: Any, window: Any, folder: Path) -> None:
    """File > Add Term filled in, telling that the Chinese is already in the collection."""
    from db.ops.term_info import TermQuery
    from desktop.gui.dialogs.add_term import AddTermDialog

    window.open_add_term()
    dialog = window.add_term_dialog
    assert isinstance(dialog, AddTermDialog)
    settle(qapp, window)
    known = window.service.collection.terms.search(TermQuery(status="accepted"), limit=1)
    chinese = known[0].chinese if known else "网络空间"
    form = dialog.form
    form.chinese.setText(chinese)
    form.english.setText("a new rendering")
    form.notes.setPlainText("Heard in the lecture of 3 March.")
    form.deck.setCurrentText("Politics")
    form.tags.setText("lecture week3")
    settle(qapp, window, 600)
    shoot(dialog, folder, "20-add-term")
    dialog.close()


def shoot_browse_columns(qapp: Any, window: Any, folder: Path) -> None:
    """Browse with the cards' columns shown, a reviewed term selected, and its Card Info."""
    from desktop.gui.dialogs.card_info import CardInfoDialog
    from desktop.gui.dialogs.term_editor import TermEditorDialog
    from desktop.gui.screens.browse import BrowseScreen
    from desktop.gui.screens.browse_model import COLUMNS

    window.go("browse")
    settle(qapp, window)
    browse = window.screens["browse"]
    assert isinstance(browse, BrowseScreen)
    header = browse.table.horizontalHeader()
    for name in ("due", "interval", "reviews", "lapses", "difficulty"):
        # set on the header directly: the demo never writes the user's own settings
        header.setSectionHidden(COLUMNS.index(name), False)
    for name in ("status", "added"):  # as a learner swaps them for the cards' figures
        header.setSectionHidden(COLUMNS.index(name), True)
    browse.fit_english()
    model = browse.model
    reviews = COLUMNS.index("reviews")
    row = next(
        (r for r in range(model.rowCount()) if model.index(r, reviews).data() not in ("", "0")),
        0,
    )
    browse.table.selectRow(row)
    settle(qapp, window)
    shoot(window, folder, "21-browse-columns")
    browse.show_card_info()
    dialog = browse.card_info_dialog
    assert isinstance(dialog, CardInfoDialog)
    settle(qapp, window)
    shoot(dialog, folder, "22-card-info")
    dialog.close()
    editor = TermEditorDialog(window.service, model.rows[row].id, window)
    editor.show()
    settle(qapp, window)
    shoot(editor, folder, "23-edit-term")
    editor.reject()


def shoot_study_answer(qapp: Any, window: Any, folder: Path) -> None:
    """A new card with its context sentence, question and answer side (the sentence once)."""
    from desktop.gui.screens.study import StudyScreen

    window.service.collection.terms.add_with_sentence(
        chinese="数字鸿沟",
        english="digital divide",
        deck="Demo sentences",
        sentence_zh="我们要弥合数字鸿沟，让更多人共享互联网发展成果。",
        sentence_en="We must bridge the digital divide so that more people share the fruits "
        "of the Internet's development.",
    )
    # A new session, so that today's queue holds the card just added.
    window.service.collection.study.start()
    window.go("study")
    study = window.screens["study"]
    assert isinstance(study, StudyScreen)
    study.reload()
    settle(qapp, window)
    if study.card is None:
        return
    shoot(window, folder, "24-study-context-front")
    study.reveal()
    settle(qapp, window)
    shoot(window, folder, "25-study-context-back")


def shoot_drill_runs(qapp: Any, col: Any, folder: Path) -> None:
    """The projector at 1024x768 (prompt, then answer) and the matching window, on the demo's
    terms: the projector shows its longest Chinese term, the hardest case for its type."""
    from desktop.gui.drill_run.matching import MatchingWindow
    from desktop.gui.drill_run.projector import ProjectorWindow
    from duiyi.drill.build import build_drill
    from duiyi.drill.terms import Direction, DrillSettings, Mode

    terms = col.drills.terms()
    if len(terms) < 8:
        return
    longest = max(terms, key=lambda t: len(t.chinese))
    settings = DrillSettings(direction=Direction.ZH_EN, count=12, mode=Mode.PROJECTOR, seed=5)
    drill = build_drill([longest, *[t for t in terms if t is not longest]], settings)
    projector = ProjectorWindow(drill, on_finished=lambda _outcome: None)
    projector.timer.stop()
    projector.resize(1024, 768)
    projector.show()
    while projector.item.term_id != longest.term_id:
        projector.advance()
        projector.advance()
    for _ in range(7):
        projector.tick()
    projector.timer.stop()
    _settle_widget()
    shoot(projector, folder, "13-drill-projector")
    projector.reveal()
    projector.toggle_hard()
    _settle_widget()
    shoot(projector, folder, "14-drill-projector-answer")
    projector.close()
    settings = DrillSettings(direction=Direction.ZH_EN, count=8, mode=Mode.MATCHING, seed=5)
    drill = build_drill(terms, settings)
    matching = MatchingWindow(drill, student="Li Lei", on_finished=lambda _outcome: None)
    matching.timer.stop()
    matching.resize(960, 680)
    matching.show()
    group = drill.groups[0]
    matching.pick("left", 0)
    matching.pick("right", group.column.index(group.items[0].answer))
    matching.pick("left", 2)
    for _ in range(23):
        matching.tick()
    _settle_widget()
    shoot(matching, folder, "15-drill-matching")
    matching.close()


def _settle_widget(ms: int = 200) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _select_in_reader(window: Any, chinese: str) -> None:
    """Select `chinese` in the reader's Chinese editor, so its counterpart lights up."""
    reader = window.screens["reader"]
    reader.table.selectRow(reader.model.rowCount() - 1)  # a fresh selection: marks anew
    row = next((r for r in range(reader.model.rowCount()) if chinese in reader.model.text(r, 0)), 0)
    reader.table.selectRow(row)
    text = reader.zh_edit.toPlainText()
    at = max(text.find(chinese), 0)
    cursor = reader.zh_edit.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(chinese), cursor.MoveMode.KeepAnchor)
    reader.zh_edit.setTextCursor(cursor)


def gui_reader_shots(qapp: Any, window: Any, folder: Path) -> None:
    """The Library with each deck's due counts (light and dark), the import dialog at work,
    and the program at 1024x700 (a classroom projector) on several screens."""
    from db.ops.term_info import TermQuery
    from desktop.gui.theme import apply_theme

    def second_deck(col: Any) -> None:
        # A second deck with something of every kind due: new cards (more candidates
        # accepted), one card failed a minute ago (learning) and one learnt a month ago (due).
        deck = col.decks.create(name="Cyberspace").value.id
        more = [c.id for c in col.candidates.all() if c.confidence >= 0.65][:12]
        col.candidates.accept(term_ids=more)
        ids = [t.id for t in col.terms.search(TermQuery(text="网络", status="accepted"))] + more
        col.terms.move(term_ids=ids, deck_id=deck)
        now = datetime.now(UTC)
        for when, rating in ((now - timedelta(days=30), 4), (now - timedelta(minutes=1), 1)):
            col.study.start(deck=deck, now=when)
            card = col.study.next_card(now=when)
            if card is not None:
                col.study.answer(card_id=card.card_id, rating=rating, duration_ms=3000, now=when)
        col.study.start()

    window.service.op(second_deck)
    settle(qapp, window)
    apply_theme("light")
    window.resize(1360, 860)
    window.go("library")
    settle(qapp, window)
    shoot(window, folder, "30-library-decks")
    apply_theme("dark")
    settle(qapp, window)
    shoot(window, folder, "31-dark-library-decks")
    apply_theme("light")
    window.resize(1024, 700)
    settle(qapp, window)
    print(f"window at {window.width()}x{window.height()}")
    documents = window.service.collection.documents.all()
    doc_id = documents[0].id if documents else None
    for name, key, argument in (
        ("32-1024-library", "library", None),
        ("33-1024-reader", "reader", doc_id),
        ("34-1024-candidates", "candidates", doc_id),
        ("35-1024-browse", "browse", None),
        ("36-1024-study", "study", None),
    ):
        window.go(key, argument)
        settle(qapp, window)
        if key == "reader":
            _select_in_reader(window, "网络空间")
            settle(qapp, window)
        shoot(window, folder, name)
    # a text not imported yet (the demo's is), so the import runs long enough to be seen
    text = demo_text().read_text(encoding="utf-8") + "\n\n新的一段。\n\nA new paragraph.\n"
    window.open_import(text=text)
    dialog = window.import_dialog
    deadline = time.monotonic() + 30
    while not dialog.import_button.isEnabled() and time.monotonic() < deadline:
        _settle_widget(200)
    dialog.start_import()
    _settle_widget(300)
    shoot(dialog, folder, "37-import-progress")
    dialog.reject()  # cancels the import
    settle(qapp, window)
    dialog.tabs.setCurrentIndex(0)
    dialog.path_edit.setText(str(folder / "no such file.txt"))
    dialog.preview()
    settle(qapp, window)
    shoot(dialog, folder, "38-import-error")
    dialog.reject()
    settle(qapp, window)


def shoot_drills(app: Any, window: Any, col: Any, folder: Path, work: Path) -> None:
    """The Drills screen with a previewed drill and a class's marks, and page 1 of the
    worksheet it prints (as a PNG through poppler's pdftoppm, when installed)."""
    from desktop.gui.screens.drills import DrillsScreen
    from duiyi.drill.terms import Mode

    col.drills.add_class(name="Class 3")
    col.drills.add_students(
        class_name="Class 3", names=["王芳", "李雷", "张伟", "Chen Jing", "刘洋"]
    )
    window.go("drills")
    screen = window.screens["drills"]
    assert isinstance(screen, DrillsScreen)
    build = screen.build
    settle(app, window)
    build.count.setValue(10)
    build.seed.setValue(2)
    build.mode.setCurrentIndex(build.mode.findData(Mode.MULTIPLE_CHOICE))
    build.klass.setCurrentIndex(build.klass.findData("Class 3"))
    build.title.setText("Unit 3: cyberspace 网络空间")
    settle(app, window, 600)
    shoot(window, folder, "16-drills")
    drill = build.drill
    if drill is None:
        return
    students = col.drills.students(class_name="Class 3")
    marks = {(s, i.number): (n + i.number) % 4 != 0 for n, s in enumerate(students)
             for i in drill.items[:6]}  # fmt: skip
    screen.marks.load(class_name="Class 3", students=students, items=drill.items, drill=drill,
                      marks=marks)  # fmt: skip
    screen.marks.mark_hard((3,))
    screen.tabs.setCurrentWidget(screen.marks)
    settle(app, window)
    shoot(window, folder, "17-drill-marks")
    drill_sheet_png(drill, folder, work)


def drill_sheet_png(drill: Any, folder: Path, work: Path) -> None:
    """Print the drill's multiple-choice sheet and save its first page as a PNG."""
    import shutil
    import subprocess

    from desktop.drill_print import SheetHeader, SheetKind, print_drill

    sheet, key = work / "drill-sheet.pdf", work / "drill-key.pdf"
    header = SheetHeader(title=drill.settings.title, class_name="Class 3", date="2026-12-07",
                         version="B")  # fmt: skip
    print_drill(drill, SheetKind.CHOICE, sheet=sheet, key=key, header=header)
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm (Debian poppler-utils) is missing: no PNG of the printed sheet")
        return
    target = folder / "18-drill-sheet"
    subprocess.run([tool, "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                    str(sheet), str(target)], check=True)  # fmt: skip
    print(f"{target}.png")


if __name__ == "__main__":
    sys.exit(main())
