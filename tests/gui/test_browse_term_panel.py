"""Browse's edit panel shows the preferred English and lists the other renderings; saving
touches only what was changed; the cards' columns, chosen from the header, and Card Info."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from desktop.gui.dialogs.card_info import CardInfoDialog
from desktop.gui.screens.browse import BrowseScreen
from desktop.gui.screens.browse_model import COLUMNS


def _renderings(collection: Any, term_id: int) -> list[tuple[str, str]]:
    return [(r.english, r.status) for r in collection.terms.get(term_id=term_id).renderings]


def _open(window: Any, idle: Any) -> Any:
    window.go("browse")
    idle()
    browse = window.screens["browse"]
    browse.table.selectRow(0)
    return browse


def test_editing_the_english_shows_the_new_one_and_lists_the_old_as_outdated(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    term_id = collection.terms.add(
        chinese="国际组织", english="international organizations (IOs)"
    ).value.id
    collection.terms.add_rendering(term_id=term_id, english="IOs", status="accepted")
    browse = _open(window, idle)
    assert browse.edit_english.text() == "international organizations (IOs)"
    assert browse.form.shown_renderings() == [("IOs", "accepted")]
    assert browse.form.others.isVisibleTo(browse.form)
    browse.edit_english.selectAll()
    QTest.keyClicks(browse.edit_english, "international organizations")
    qtbot.mouseClick(browse.save_button, Qt.MouseButton.LeftButton)
    idle()
    qtbot.waitUntil(lambda: browse.form.term is not None and browse.form.term.english != "")
    expected = [
        ("international organizations", "preferred"),
        ("international organizations (IOs)", "outdated"),
        ("IOs", "accepted"),
    ]
    assert _renderings(collection, term_id) == expected
    qtbot.waitUntil(lambda: browse.edit_english.text() == "international organizations")
    assert browse.form.shown_renderings() == [
        ("international organizations (IOs)", "outdated"),
        ("IOs", "accepted"),
    ]
    # Saving again with only the notes changed brings nothing outdated back.
    browse.edit_notes.setPlainText("UN, WTO, ASEAN")
    qtbot.mouseClick(browse.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert _renderings(collection, term_id) == expected
    assert collection.terms.get(term_id=term_id).notes == "UN, WTO, ASEAN"
    assert browse.edit_english.text() == "international organizations"


def test_a_listed_rendering_can_be_made_preferred_and_undone(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    term_id = collection.terms.add(chinese="数字鸿沟", english="digital gap").value.id
    collection.terms.add_rendering(term_id=term_id, english="digital divide", status="accepted")
    browse = _open(window, idle)
    others = browse.form.others
    qtbot.waitUntil(lambda: others.topLevelItemCount() == 1)
    # Right-click the listed rendering: its menu offers the statuses it does not have.
    at = others.visualItemRect(others.topLevelItem(0)).center()
    browse.form._on_others_menu_requested(at)
    actions = {a.text(): a for a in browse.form.menu.actions()}
    assert list(actions) == ["Make Preferred", "Mark Outdated", "Delete Rendering"]
    actions["Make Preferred"].trigger()
    browse.form.menu.close()
    idle()
    assert _renderings(collection, term_id) == [
        ("digital divide", "preferred"),
        ("digital gap", "accepted"),
    ]
    qtbot.waitUntil(lambda: browse.edit_english.text() == "digital divide")
    assert browse.form.shown_renderings() == [("digital gap", "accepted")]
    window.undo_action.trigger()
    idle()
    assert _renderings(collection, term_id) == [
        ("digital gap", "preferred"),
        ("digital divide", "accepted"),
    ]


def test_deck_and_tags_are_edited_in_the_panel(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    term_id = collection.terms.add(chinese="数字鸿沟", english="digital divide").value.id
    browse = _open(window, idle)
    assert not browse.form.others.isVisibleTo(browse.form)  # no other renderings: no list
    browse.form.deck.setCurrentText("Politics")
    browse.form.tags.setText("un  sdg")
    qtbot.mouseClick(browse.save_button, Qt.MouseButton.LeftButton)
    idle()
    term = collection.terms.get(term_id=term_id)
    assert (term.deck_name, term.tags) == ("Politics", ("sdg", "un"))
    assert window.undo_action.text() == "&Undo Edit term 数字鸿沟"


def _answer_one(collection: Any, typed: str) -> Any:
    now = datetime.now(UTC)
    card = collection.study.next_card(now=now)
    collection.study.answer(card_id=card.card_id, rating=3, duration_ms=2500, now=now, typed=typed)
    return card


def test_card_columns_are_hidden_until_chosen_and_remembered(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    _answer_one(collection, "digital gap")
    browse = _open(window, idle)
    header = browse.table.horizontalHeader()
    hidden = [COLUMNS[i] for i in range(len(COLUMNS)) if header.isSectionHidden(i)]
    assert hidden == ["due", "interval", "reviews", "lapses", "difficulty"]
    # The table has the room next to the panel.
    assert browse.table.width() > 2 * browse.form.width()
    browse._on_header_menu_requested(QPoint(5, 5))
    titles = {a.text(): a for a in browse.header_menu.actions()}
    assert "Chinese" not in titles  # the term itself always shows
    assert not titles["Reviews"].isChecked()
    titles["Reviews"].trigger()
    titles["Lapses"].trigger()
    browse.header_menu.close()
    reviews, lapses = COLUMNS.index("reviews"), COLUMNS.index("lapses")
    assert not header.isSectionHidden(reviews)
    assert [browse.model.index(0, c).data() for c in (reviews, lapses)] == ["1", "0"]
    due = browse.model.index(0, COLUMNS.index("due")).data()
    assert due == collection.study.card_history(term_id=browse.model.rows[0].id)[
        0
    ].due.astimezone().strftime("%Y-%m-%d")
    # A Browse made later (the next start) shows the same columns.
    again = BrowseScreen(window.service)
    qtbot.addWidget(again)
    shown = [COLUMNS[i] for i in range(len(COLUMNS)) if not again.table.isColumnHidden(i)]
    assert shown == ["chinese", "pinyin", "english", "deck", "status", "added", "reviews", "lapses"]
    assert "reviews" not in QSettings().value("browse/hidden-columns")


def test_card_info_lists_each_review_with_the_typed_answer(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    collection.terms.add(chinese="数字鸿沟", english="digital divide")
    _answer_one(collection, "digital gap")
    browse = _open(window, idle)
    qtbot.mouseClick(browse.info_button, Qt.MouseButton.LeftButton)
    dialog = browse.card_info_dialog
    assert isinstance(dialog, CardInfoDialog)
    idle()
    qtbot.waitUntil(lambda: dialog.reviews.rowCount() == 1)
    (review,) = dialog.review_rows()
    assert review[1:3] == ["Chinese → English", "Good"]
    assert review[4:] == ["2.5 s", "digital gap"]
    assert review[3].endswith("m")  # a learning step of minutes
    cards = dialog.card_rows()
    assert [c[:2] for c in cards] == [
        ["Chinese → English", "learning"],
        ["English → Chinese", "new"],
    ]
    assert dialog.heading.text() == "数字鸿沟 — digital divide"
    dialog.close()


def test_a_card_column_sorts_when_its_header_is_clicked(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    for chinese, english in (("数字鸿沟", "digital divide"), ("网络空间", "cyberspace")):
        collection.terms.add(chinese=chinese, english=english)
    now = datetime.now(UTC)
    card = collection.study.next_card(now=now)
    for minutes in (0, 20):  # two answers to one card
        moment = now + timedelta(minutes=minutes)
        collection.study.answer(card_id=card.card_id, rating=1, duration_ms=900, now=moment)
    studied = collection.terms.get(term_id=card.term_id).chinese
    browse = _open(window, idle)
    browse.show_column("reviews", True)
    header = browse.table.horizontalHeader()
    reviews = COLUMNS.index("reviews")
    x = header.sectionViewportPosition(reviews) + header.sectionSize(reviews) // 2
    for descending in (False, True):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        idle()
        qtbot.waitUntil(lambda: browse.model.rowCount() == 2)
        shown = [browse.model.index(r, reviews).data() for r in range(2)]
        assert (browse.model.order, browse.model.descending) == ("reviews", descending)
        assert shown == (["2", "0"] if descending else ["0", "2"])
        first = browse.model.index(0, 0).data()
        assert (first == studied) == descending
