"""User text is text, never markup: a document titled with a link and text holding an image tag
is shown as typed on every screen and in every dialog, and no label can open a link from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop.gui.importing import read_document, store_document
from desktop.gui.richtext import HTML_ROLE

TITLE = '<a href="file:///etc/passwd">x</a>'
IMG = "<img src=x>"
# What user text leaves behind in any widget text, escaped or not.
MARKERS = ("etc/passwd", "src=x")


@pytest.fixture
def hostile(tmp_path: Path, collection: Any) -> dict[str, Any]:
    """A document titled TITLE whose text holds IMG and TITLE, its candidates, and a term whose
    English, notes and tag hold them too; all through the facade."""
    path = tmp_path / "hostile.txt"
    path.write_text(
        f"数字鸿沟{IMG}问题日益突出，网络空间治理需要共同规则。\n"
        f"The digital divide {IMG} problem is growing, and cyberspace governance needs "
        "shared rules.\n"
        f"人才交流{TITLE}促进互联互通。\n"
        f"People-to-people exchanges {TITLE} promote connectivity.\n",
        encoding="utf-8",
    )
    # Kept on purpose: the cleaner removes HTML tags from a text file unless told to keep them.
    aligned = read_document(path, keep=("html-tags",))
    document = store_document(collection, aligned).value.summary.document_id
    collection.documents.rename(document_id=document, title=TITLE)
    term = collection.terms.add(
        chinese="以人为本", english=f"people-centred {IMG}", notes=TITLE, tags=[IMG]
    ).value.id
    return {"path": path, "document": document, "term": term}


def _interpreted(text: str, rich: bool) -> bool:
    """Whether Qt would turn part of `text` into a link or an image."""
    if not rich:
        return False
    document = QTextDocument()
    document.setHtml(text)
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isAnchor() or form.isImageFormat():
                return True
            fragments += 1
        block = block.next()
    return False


def _auto(text: str) -> bool:
    """Whether Qt shows `text` as rich text where the format is automatic (tooltips too)."""
    return bool(QtGui.Qt.mightBeRichText(text))


class Walk:
    """Every place user text was found, and every place it was interpreted."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.problems: list[str] = []

    def check_text(self, where: str, text: str, *, rich: bool) -> None:
        """Note `where` if it shows user text; a problem if Qt interprets it there."""
        if not any(marker in text for marker in MARKERS):
            return
        self.seen.add(where)
        if _interpreted(text, rich):
            self.problems.append(f"{where} renders user text as markup: {text!r}")

    def check_label(self, where: str, label: QLabel) -> None:
        """A label: its format decides whether markup in its text is interpreted."""
        text = label.text()
        form = label.textFormat()
        rich = form == Qt.TextFormat.RichText or (form == Qt.TextFormat.AutoText and _auto(text))
        self.check_text(where, text, rich=rich)
        if any(marker in text for marker in MARKERS) and label.openExternalLinks():
            self.problems.append(f"{where} opens links in user text: {text!r}")

    def check_model(self, where: str, model: QAbstractItemModel) -> None:
        """Item views: tooltips (automatic format) and HtmlDelegate markup (rich)."""
        # A list model's columnCount is private in PySide6: it has one column.
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(min(model.rowCount(), 200)):
            for column in range(columns):
                index = model.index(row, column)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.check_text(f"{where} tooltip", tip, rich=_auto(tip))
                markup = index.data(HTML_ROLE)
                if isinstance(markup, str):
                    self.check_text(f"{where} cell", markup, rich=True)

    def check_all(self, screen: str) -> None:
        """Every widget in the application now."""
        for widget in QApplication.allWidgets():
            where = f"{screen}: {type(widget).__name__} {widget.objectName()}".strip()
            if isinstance(widget, QLabel):
                self.check_label(where, widget)
            tip = widget.toolTip()
            if tip:
                self.check_text(f"{where} tooltip", tip, rich=_auto(tip))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                self.check_model(where, widget.model())


def _when_modal(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Hand the next modal dialog of `kind` to `act` once it is shown (exec() blocks)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_user_text_is_never_markup_on_any_screen_or_dialog(
    qtbot: Any, hostile: dict[str, Any], window: Any, idle: Any
) -> None:
    walk = Walk()
    document = hostile["document"]
    idle()
    library = window.screens["library"]
    library.documents.selectRow(0)
    idle()
    walk.check_all("library")

    asked: list[str] = []

    def answer_no(box: QMessageBox) -> None:
        asked.append(box.text())
        walk.check_all("delete document")
        box.button(QMessageBox.StandardButton.No).click()

    _when_modal(QMessageBox, answer_no)
    library.delete_document()
    assert asked == [
        f"Delete “{TITLE}” and its candidates? Accepted terms stay. You can undo this."
    ]

    for key, argument in (("reader", document), ("candidates", document), ("browse", None)):
        window.go(key, argument)
        idle()
        walk.check_all(key)
    browse = window.screens["browse"]
    row = next(r for r, term in enumerate(browse.model.rows) if term.id == hostile["term"])
    browse.table.selectRow(row)
    idle()
    walk.check_all("browse, the term selected")

    window.go("study")
    idle()
    study = window.screens["study"]
    study.setFocus()
    QTest.keyClick(study, Qt.Key.Key_Space)
    idle()
    walk.check_all("study, revealed")
    window.go("statistics")
    idle()
    walk.check_all("statistics")

    window.open_import(path=hostile["path"])
    idle()
    qtbot.waitUntil(lambda: window.import_dialog.format_label.text() != "—", timeout=20000)
    walk.check_all("import dialog")
    window.import_dialog.reject()
    window.open_export()
    idle()
    walk.check_all("export dialog")
    window.export_dialog.reject()
    window.open_settings()
    idle()
    walk.check_all("settings dialog")
    window.settings_dialog.reject()

    assert walk.problems == []
    # The walk reached the places that used to render user text as markup.
    places = "\n".join(sorted(walk.seen))
    assert "delete document: QLabel qt_msgbox_label" in walk.seen, places
    assert "reader: ElidedLabel screenTitle" in walk.seen, places
    assert any(p.startswith("candidates: ") and p.endswith(" tooltip") for p in walk.seen), places


def test_startup_error_box_shows_a_file_name_as_typed(qapp: Any) -> None:
    from desktop.gui.widgets import plain_message_box

    text = f"{TITLE}{IMG}.duiyi is not a Duiyi collection."
    box = plain_message_box(QMessageBox.Icon.Critical, "Duiyi", text)
    walk = Walk()
    for label in box.findChildren(QLabel):
        walk.check_label("error box", label)
    assert walk.seen == {"error box"}
    assert walk.problems == []
    box.deleteLater()
