"""File > Add Term (Ctrl+N): pinyin filled as the Chinese is typed, deck, tags and a context
sentence; the dialog stays open and empties for the next term; duplicates are told."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.gui.dialogs.add_term import AddTermDialog


def _type_chinese(widget: Any, text: str) -> None:
    """Type Chinese as a user does: through the input method, committed in one go."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _open(qtbot: Any, window: Any, idle: Any, keys: bool = True) -> AddTermDialog:
    if keys:
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    else:  # File > Add Term (the shortcut needs the window active, not always so offscreen)
        window.open_add_term()
    dialog = window.add_term_dialog
    assert isinstance(dialog, AddTermDialog)
    idle()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_two_terms_one_after_the_other(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    dialog = _open(qtbot, window, idle)
    form = dialog.form
    assert dialog.windowTitle() == "Add Term"
    _type_chinese(form.chinese, "数字鸿沟")
    assert form.pinyin.text() == "shùzì hónggōu"  # filled as the Chinese is typed
    QTest.keyClicks(form.english, "digital divide")
    form.deck.setCurrentText("Politics")
    QTest.keyClicks(form.tags, "un sdg")
    _type_chinese(form.sentence_zh, "我们要弥合数字鸿沟。")
    QTest.keyClicks(form.sentence_en, "We must bridge the digital divide.")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: form.chinese.text() == "")
    (term,) = collection.terms.find(chinese="数字鸿沟")
    assert (term.english, term.pinyin, term.deck_name, term.tags) == (
        "digital divide",
        "shùzì hónggōu",
        "Politics",
        ("sdg", "un"),
    )
    card = collection.study.next_card()
    assert card.context.zh == "我们要弥合数字鸿沟。"
    assert card.context.en == "We must bridge the digital divide."
    # Still open for the next term: its fields empty, deck and tags kept, as in Anki.
    assert dialog.isVisible()
    assert dialog.status.text() == "Added 数字鸿沟 — digital divide to Politics. Ctrl+Z undoes."
    assert (form.pinyin.text(), form.english.text(), form.sentence_zh.text()) == ("", "", "")
    assert (form.deck.currentText(), form.tags.text()) == ("Politics", "un sdg")
    # Pinyin typed by hand stays when the Chinese changes.
    form.pinyin.setFocus()
    QTest.keyClicks(form.pinyin, "wang3luo4")
    _type_chinese(form.chinese, "网络")
    assert form.pinyin.text() == "wang3luo4"
    QTest.keyClicks(form.english, "network")
    QTest.keyClick(form.english, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle()
    qtbot.waitUntil(lambda: len(collection.terms.find(chinese="网络")) == 1)
    assert collection.terms.find(chinese="网络")[0].pinyin == "wǎngluò"
    assert window.undo_action.text() == "&Undo Add term 网络"
    dialog.close()


def test_duplicates_are_told_and_the_same_term_is_not_added_twice(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    dialog = _open(qtbot, window, idle)
    form = dialog.form
    _type_chinese(form.chinese, "數字鴻溝")  # the traditional script finds it too
    QTest.keyClicks(form.english, "Digital Divide")
    idle()
    qtbot.waitUntil(lambda: dialog.duplicate.isVisible())
    assert dialog.duplicate.text() == (
        "Already in your collection: 数字鸿沟 — digital divide (deck Default)."
    )
    assert not dialog.add_button.isEnabled()
    form.english.selectAll()
    QTest.keyClicks(form.english, "digital gap")
    assert dialog.duplicate.text() == (
        "数字鸿沟 is already in your collection as: digital divide (Default). "
        "Add makes another term."
    )
    assert dialog.add_button.isEnabled()
    dialog.close()


def test_a_problem_is_said_in_the_dialog_and_nothing_is_added(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    dialog = _open(qtbot, window, idle)
    form = dialog.form
    QTest.keyClicks(form.chinese, "abc")
    QTest.keyClicks(form.english, "letters")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: dialog.status.text() != "")
    assert dialog.status.text() == "The Chinese of a term needs Chinese characters: 'abc' has none."
    assert collection.terms.count() == 0
    assert form.chinese.text() == "abc"  # nothing typed is lost
    dialog.close()


def test_add_term_and_the_card_columns_in_chinese(
    qtbot: Any, window: Any, idle: Any, collection: Any, qapp: Any
) -> None:
    from desktop.gui.app import install_language

    install_language(qapp, "zh_CN")
    try:
        QApplication.processEvents()
        idle()
        dialog = _open(qtbot, window, idle, keys=False)
        assert dialog.windowTitle() == "添加术语"
        assert (dialog.add_button.text(), dialog.form.deck.currentText()) == ("添加", "默认")
        dialog.close()
        window.go("browse")
        idle()
        browse = window.screens["browse"]
        browse._on_header_menu_requested(QPoint(5, 5))
        titles = [a.text() for a in browse.header_menu.actions()]
        browse.header_menu.close()
        assert titles[-5:] == ["到期", "间隔", "复习次数", "遗忘次数", "难度"]
    finally:  # before pytest-qt closes the window
        install_language(qapp, "en")
        QApplication.processEvents()
        idle()


def test_the_sentences_typed_in_add_term_open_in_the_reader(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add_with_sentence(
        chinese="数字鸿沟",
        english="digital divide",
        sentence_zh="我们要弥合数字鸿沟。",
        sentence_en="We must bridge the digital divide.",
    )
    (document,) = collection.documents.all()
    assert document.title == "Sentences added by hand"
    window.go("reader", document.id)
    idle()
    reader = window.screens["reader"]
    qtbot.waitUntil(lambda: reader.model.rowCount() == 1)
    assert (reader.model.text(0, 0), reader.model.text(0, 1)) == (
        "我们要弥合数字鸿沟。",
        "We must bridge the digital divide.",
    )
