"""Study as Anki's learners expect it: Space or Enter shows the answer and then means Good; the
suggested answer's highlight stays with its card; a context sentence shows once; the typed-answer
field only when the deck asks for it, with either spelling accepted; E opens the term editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shiboken6 import isValid

from desktop.gui.dialogs.term_editor import TermEditorDialog


def _typed_answers(collection: Any, on: bool) -> None:
    collection.decks.set_settings(deck_id=None, settings={"typed_answers": on})


def _study(window: Any, idle: Any) -> Any:
    window.go("study")
    idle()
    study = window.screens["study"]
    assert study.card is not None
    return study


def _review_ratings(collection: Any, term_ids: list[int]) -> list[int]:
    out = []
    for term_id in term_ids:
        for card in collection.study.card_history(term_id=term_id):
            out.extend(r.rating for r in card.reviews)
    return out


def test_space_or_enter_show_the_answer_then_mean_good(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    study = _study(window, idle)
    ids = list(study_terms.values())
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shown = study.card.card_id
        QTest.keyClick(study, key)
        assert study.revealed and study.card.card_id == shown  # the first press shows
        QTest.keyClick(study, key)
        idle()
        qtbot.waitUntil(lambda s=shown: study.card is not None and study.card.card_id != s)
        assert not study.revealed
    assert _review_ratings(collection, ids) == [3, 3, 3]


def test_the_suggested_answer_is_not_highlighted_on_the_next_card(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    _typed_answers(collection, True)
    study = _study(window, idle)
    QTest.keyClicks(study.answer_edit, "something else entirely")
    QTest.keyClick(study.answer_edit, Qt.Key.Key_Return)
    idle()
    qtbot.waitUntil(lambda: study.revealed)
    assert [b.isDefault() for b in study.rate_buttons.values()] == [True, False, False, False]
    shown = study.card.card_id
    QTest.keyClick(study, Qt.Key.Key_1)
    idle()
    qtbot.waitUntil(lambda: study.card is not None and study.card.card_id != shown)
    assert [b.isDefault() for b in study.rate_buttons.values()] == [False] * 4


def test_the_typed_answer_field_shows_only_when_the_deck_asks(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    study = _study(window, idle)
    assert not study.answer_edit.isVisible()  # "Type the answer" is off by default
    _typed_answers(collection, True)
    study.reload()
    idle()
    qtbot.waitUntil(lambda: study.answer_edit.isVisible())
    _typed_answers(collection, False)
    study.reload()
    idle()
    qtbot.waitUntil(lambda: not study.answer_edit.isVisible())


def test_a_british_spelling_is_correct(qtbot: Any, window: Any, idle: Any, collection: Any) -> None:
    collection.terms.add(chinese="国际组织", english="international organization")
    _typed_answers(collection, True)
    study = _study(window, idle)
    while study.card.expects != "en":  # the English-asking card of the term
        QTest.keyClick(study, Qt.Key.Key_Space)
        QTest.keyClick(study, Qt.Key.Key_4)
        idle()
    QTest.keyClicks(study.answer_edit, "International Organisation")
    QTest.keyClick(study.answer_edit, Qt.Key.Key_Return)
    idle()
    qtbot.waitUntil(lambda: study.revealed)
    assert study.diff.text().startswith("<b>Correct</b>")
    assert study.rate_buttons[3].isDefault()


def test_the_context_sentence_shows_once_on_the_answer_side(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    for chinese, english in (("数字鸿沟", "digital divide"), ("鸿沟", "divide")):
        term = collection.terms.add_with_sentence(
            chinese=chinese,
            english=english,
            sentence_zh="我们要弥合数字鸿沟。",
            sentence_en="We must bridge the digital divide.",
        ).value
        if chinese == "鸿沟":  # this term's production card comes up (its sibling is buried)
            recognition = collection.study.card_history(term_id=term.id)[0]
            assert recognition.direction == "recognition"
            collection.study.suspend(card_ids=[recognition.card_id])
    study = _study(window, idle)
    seen = []
    while study.card is not None:
        seen.append(study.card.direction)
        assert "[…]" in study.front.text()
        QTest.keyClick(study, Qt.Key.Key_Space)
        shown = study.front.text() + study.back.text()
        assert "[…]" not in shown
        assert (shown.count("We must bridge the"), shown.count("我们要弥合")) == (1, 1)
        QTest.keyClick(study, Qt.Key.Key_4)
        idle()
    assert sorted(seen) == ["production", "recognition"]


def test_e_opens_the_whole_term_in_the_editor(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    term_id = collection.terms.add(
        chinese="数字鸿沟", english="digital gap", notes="UN", tags=["sdg"]
    ).value.id
    study = _study(window, idle)
    card = study.card
    QTest.keyClick(study, Qt.Key.Key_Space)  # on the answer side
    QTest.keyClick(study, Qt.Key.Key_E)
    dialog = study.editor
    assert isinstance(dialog, TermEditorDialog)
    idle()
    qtbot.waitUntil(dialog.isEnabled)
    form = dialog.form
    assert dialog.windowTitle() == "Edit Term"
    shown = (
        form.chinese.text(),
        form.pinyin.text(),
        form.english.text(),
        form.notes.toPlainText(),
        form.deck.currentText(),
        form.tags.text(),
    )
    assert shown == ("数字鸿沟", "shùzì hónggōu", "digital gap", "UN", "Default", "sdg")
    form.english.selectAll()
    QTest.keyClicks(form.english, "digital divide")
    form.tags.setText("sdg un")
    form.deck.setCurrentText("Politics")
    QTest.keyClick(form.english, Qt.Key.Key_Return)  # Enter saves, as the dialog's default
    idle()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    term = collection.terms.get(term_id=term_id)
    assert (term.english, term.tags, term.deck_name) == (
        "digital divide",
        ("sdg", "un"),
        "Politics",
    )
    assert [(r.english, r.status) for r in term.renderings] == [
        ("digital divide", "preferred"),
        ("digital gap", "outdated"),
    ]
    assert window.undo_action.text() == "&Undo Edit term 数字鸿沟"
    qtbot.waitUntil(lambda: study.card is not None and study.card.english == "digital divide")
    assert study.card.card_id == card.card_id  # the same card, not answered
    assert study.revealed  # back on the answer side it was on


def test_the_editor_says_what_is_wrong_and_stays_open(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    term_id = collection.terms.add(chinese="数字鸿沟", english="digital gap").value.id
    study = _study(window, idle)
    QTest.keyClick(study, Qt.Key.Key_E)
    dialog = study.editor
    idle()
    qtbot.waitUntil(dialog.isEnabled)
    dialog.form.english.clear()
    dialog.save()
    idle()
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == (
        "The term 数字鸿沟 needs at least one English rendering; it was empty."
    )
    assert dialog.isVisible()
    assert collection.terms.get(term_id=term_id).english == "digital gap"
    dialog.reject()


def test_with_typed_answers_the_show_button_names_enter_the_key_that_works(
    qtbot: Any, window: Any, idle: Any, collection: Any, study_terms: Any
) -> None:
    study = _study(window, idle)
    assert study.show_button.text() == "Show Answer (Space)"
    assert study.keys_hint.text().startswith("Space or Enter: show, then Good")
    _typed_answers(collection, True)
    study.reload()
    idle()
    qtbot.waitUntil(lambda: study.answer_edit.isVisible())
    assert study.show_button.text() == "Show Answer (Enter)"
    assert study.keys_hint.text().startswith("Enter: check or show, then Good")
    assert "Space" not in study.answer_edit.placeholderText()
    # Space goes into the field; Enter (the key named) shows the answer
    QTest.keyClick(study.answer_edit, Qt.Key.Key_Space)
    assert not study.revealed and study.answer_edit.text() == " "
    QTest.keyClick(study.answer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: study.revealed)
    _typed_answers(collection, False)
    study.reload()
    idle()
    qtbot.waitUntil(lambda: not study.answer_edit.isVisible())
    assert study.show_button.text() == "Show Answer (Space)"
