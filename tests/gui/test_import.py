"""Import the seed through the dialog, as a user does: preview, then Import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from db import Collection
from db.results import Changes
from desktop.gui.richtext import HTML_ROLE
from duiyi.pipeline import read_and_align


def test_import_the_seed_through_the_dialog(
    qtbot: Any, window: Any, idle: Any, seed_path: Path, collection: Any, tmp_path: Path
) -> None:
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Open))
    dialog = window.import_dialog
    assert dialog.isVisible()
    dialog.path_edit.setFocus()
    QTest.keyClicks(dialog.path_edit, str(seed_path))
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter in the field previews the file
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    assert dialog.format_label.text() == "txt"
    assert "interleaved" in dialog.layout_label.text()
    assert dialog.pairs_label.text().startswith("14 paragraph pairs")
    removed = [dialog.removals.item(i).text() for i in range(dialog.removals.count())]
    assert any("en84.com" in text for text in removed)
    assert dialog.pairs.rowCount() == 14
    broadcast: list[Changes] = []
    window.service.changes_applied.connect(lambda changes, _source: broadcast.append(changes))
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    idle()
    documents = collection.documents.all()
    assert len(documents) == 1
    assert documents[0].pair_count == 14
    # the document and its candidates: one broadcast, one undo step
    with Collection.open(tmp_path / "alone.duiyi") as alone:
        expected = alone.documents.import_and_extract(
            document=read_and_align(seed_path)
        ).value.stored
    assert sorted(c.id for c in collection.candidates.all()) == sorted(expected)
    assert len(expected) == documents[0].term_count
    assert broadcast == [Changes(documents=True, pairs=True, terms=True)]
    assert collection.undo_label() == f"Import {documents[0].title}"
    window.go("library")
    idle()
    library = window.screens["library"]
    assert library.documents.rowCount() == 1
    assert library.documents.item(0, 1).text() == "14"


def test_keeping_a_removal_keeps_the_watermark_in(
    qtbot: Any, window: Any, idle: Any, seed_path: Path, collection: Any
) -> None:
    window.open_import(path=seed_path)
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    item = dialog.removals.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    idle()
    doc = collection.documents.all()[0]
    text = " ".join(p.zh + p.en for p in collection.documents.pairs(document_id=doc.id))
    assert "en84" in text


def test_pasted_text_imports_too(qtbot: Any, window: Any, idle: Any, collection: Any) -> None:
    window.open_import(text="网络安全很重要。\n\nCybersecurity is important.\n")
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    idle()
    assert len(collection.documents.all()) == 1


def test_dropping_a_file_on_the_window_opens_the_import_preview(
    qtbot: Any, window: Any, seed_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only during a real drag; hand the window the event it would get.
    window.dropEvent(drop)
    dialog = window.import_dialog
    assert dialog.path_edit.text() == str(seed_path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    dialog.reject()


def _preview(qtbot: Any, window: Any, text: str) -> Any:
    """The import dialog once it has previewed the pasted text."""
    window.open_import(text=text)
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    return dialog


def _previewed(dialog: Any) -> tuple[str, str, list[str]]:
    """What the preview shows: the layout, the pair counts and each pair's score."""
    scores = [dialog.pairs.item(row, 2).text() for row in range(dialog.pairs.rowCount())]
    return dialog.layout_label.text(), dialog.pairs_label.text(), scores


DOUBTFUL = """# 绿色出行

城市倡导**绿色出行**，推动交通方式全面绿色转型。

Cities promote **green travel** and push a green transformation of the ways \
people get around.

今天的天气很好，我们和朋友一起去公园散步，然后在湖边喝茶聊天。

The weather was fine yesterday and the committee approved the budget for the new station.
"""


def test_the_preview_shows_markup_removed_unpaired_blocks_and_doubtful_pairs(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    dialog = _preview(qtbot, window, DOUBTFUL)
    assert _previewed(dialog) == (
        "paragraph-interleaved",
        "2 paragraph pairs (1 with a low score), 1 unpaired, 3 sentence pairs",
        ["unpaired", "0.95", "0.24 check"],
    )
    removed = [dialog.removals.item(i).text() for i in range(dialog.removals.count())]
    assert removed == [
        "Markdown heading marks (#) ×1: #",
        "Markdown emphasis (** _ `) ×2: **绿色出行**; **green travel**",
    ]
    assert dialog.status.text() == (
        "1 block has no translation and is kept unpaired: [1] '绿色出行'. "
        "1 pair scores under 0.4 and may not be translations of each other; check them in "
        "the reader: [3] '今天的天气很好，我们和朋友一起去公园散步，然后…' / "
        "'The weather was fine ye…' "
        "(0.24)."
    )
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    idle()
    document = collection.documents.all()[0]
    window.go("reader", document.id)
    idle()
    reader = window.screens["reader"]
    header = [
        reader.model.headerData(row, Qt.Orientation.Vertical)
        for row in range(reader.model.rowCount())
    ]
    assert header == ["1", "2", "3 ⚠"]
    assert reader.model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == (
        "Low alignment score: check that this pair is right"
    )


GLOSSED = """\
学校今年开设了人工智能（artificial intelligence）课程，老师也介绍了机器学习（machine learning）\
的基本方法。

课后，同学们分组完成练习。
"""


def test_chinese_prose_glossed_in_brackets_previews_imports_and_reads(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    dialog = _preview(qtbot, window, GLOSSED)
    # one-language prose: its paragraphs and sentences pair with nothing
    assert _previewed(dialog) == (
        "one-language",
        "2 paragraphs, 2 sentences",
        ["unpaired", "unpaired"],
    )
    assert dialog.status.text() == (
        "Only Chinese prose, with 2 terms glossed in English in brackets: the prose is kept "
        "unpaired and those terms are its glossary."
    )
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    idle()
    document = collection.documents.all()[0]
    assert (document.pair_count, document.unpaired_count, document.term_count) == (2, 2, 2)
    assert [(t.english, t.status.value) for t in collection.terms.find(chinese="机器学习")] == [
        ("machine learning", "accepted")
    ]
    window.go("reader", document.id)
    idle()
    reader = window.screens["reader"]
    assert reader.model.rowCount() == 2
    assert reader.model.index(0, 1).data(HTML_ROLE) == "<i style='color:#999'>(no translation)</i>"
    term = '<span style="background-color:#d9f0d3; color:#1f2328">{}</span>'.format
    assert reader.model.index(0, 0).data(HTML_ROLE) == (
        f"学校今年开设了{term('人工智能')}（artificial intelligence）课程，老师也介绍了"
        f"{term('机器学习')}（machine learning）的基本方法。"
    )
