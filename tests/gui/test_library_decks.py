"""Library: each deck's cards due today (new, learning, review, in Anki's colours, readable in
both themes) with a Study button; documents count candidates and terms under their own names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtGui import QColor

from desktop.gui.screens.library import due_colors
from desktop.gui.theme import apply_theme
from duiyi.document import AlignedDocument, SegmentPair


def _contrast(one: QColor, two: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _fill(col: Any) -> dict[str, Any]:
    """Law: one review card due, one learning card, new cards; Economy: new cards only."""
    now = datetime.now(UTC)
    for chinese, english in (
        ("法治", "rule of law"),
        ("宪法", "constitution"),
        ("司法", "judiciary"),
    ):
        col.terms.add(chinese=chinese, english=english, deck="Law")
    col.terms.add(chinese="数字经济", english="digital economy", deck="Economy")
    law = col.decks.by_name(name="Law").id
    economy = col.decks.by_name(name="Economy").id
    long_ago = now - timedelta(days=60)
    col.study.start(deck=law, now=long_ago)
    first = col.study.next_card(now=long_ago)
    col.study.answer(card_id=first.card_id, rating=4, duration_ms=3000, now=long_ago)  # due by now
    recently = now - timedelta(minutes=2)
    col.study.start(deck=law, now=recently)
    second = col.study.next_card(now=recently)
    assert second.term_id != first.term_id
    col.study.answer(card_id=second.card_id, rating=1, duration_ms=3000, now=recently)  # learning
    return {"law": law, "economy": economy}


def _row(library: Any, name: str) -> int:
    return next(
        r for r in range(library.decks.rowCount()) if library.decks.item(r, 0).text() == name
    )


def _counts(library: Any, row: int) -> tuple[str, str, str]:
    return tuple(library.decks.item(row, c).text() for c in (1, 2, 3))  # type: ignore[return-value]


def test_library_lists_what_each_deck_has_due_and_studies_it(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    decks = _fill(collection)
    window.go("study")  # leave and come back: the Library counts again on every visit
    idle()
    window.go("library")
    idle()
    library = window.screens["library"]
    assert [library.decks.item(r, 0).text() for r in range(library.decks.rowCount())] == [
        "Economy",
        "Law",
    ]
    law, economy = _row(library, "Law"), _row(library, "Economy")
    # Law: the card answered Easy long ago is due, the one failed just now is learning; as in
    # Anki, a term shows one card a day (siblings buried), so of the new cards only 司法's
    # first comes today. Economy: one term, one new card today.
    assert _counts(library, law) == ("1", "1", "1")
    assert _counts(library, economy) == ("1", "0", "0")
    new, learning, review = due_colors()
    assert library.decks.item(law, 1).foreground().color().name() == QColor(new).name()
    assert library.decks.item(law, 2).foreground().color().name() == QColor(learning).name()
    assert library.decks.item(law, 3).foreground().color().name() == QColor(review).name()
    # a zero is grey, not "learning red"
    assert library.decks.item(economy, 2).foreground().color().name() != QColor(learning).name()

    # Study starts that deck only
    button = library.decks.cellWidget(economy, 4)
    assert button.text() == "Study"
    button.click()
    idle()
    assert window.current_key() == "study"
    study = window.screens["study"]
    qtbot.waitUntil(lambda: study.card is not None)
    assert study.card.deck_id == decks["economy"]
    assert study.card.chinese == "数字经济"


def test_due_colours_are_readable_in_light_and_dark(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    _fill(collection)
    window.go("library")
    idle()
    library = window.screens["library"]
    try:
        for theme in ("light", "dark"):
            apply_theme(theme)
            library.reload()
            idle()
            law = _row(library, "Law")
            base = library.decks.palette().color(library.decks.backgroundRole())
            for column in (1, 2, 3):
                ink = library.decks.item(law, column).foreground().color()
                assert ink.name() == QColor(due_colors()[column - 1]).name()
                assert _contrast(ink, base) >= 4.5, (theme, column, ink.name(), base.name())
    finally:
        apply_theme("light")


def test_documents_count_candidates_and_terms_by_name(
    qtbot: Any, window: Any, idle: Any, collection: Any
) -> None:
    summary = collection.documents.add(
        document=AlignedDocument(
            title="Annual Report",
            source_name="white.txt",
            format="txt",
            encoding="utf-8",
            layout="paragraph-interleaved",
            pairs=(
                SegmentPair(
                    "paragraph",
                    "构建网络空间命运共同体,弥合数字鸿沟。",
                    "Build a community with a shared future in cyberspace and bridge the "
                    "digital divide.",
                    0.9,
                ),
            ),
            content_hash="abc",
        )
    ).value
    doc = summary.document_id
    collection.candidates.extract(document_id=doc)
    waiting = collection.candidates.all(document_id=doc)
    assert len(waiting) >= 2
    collection.candidates.accept(term_ids=[waiting[0].id])
    collection.candidates.reject(term_ids=[waiting[1].id])
    collection.terms.add(chinese="法治", english="rule of law")  # from no document
    window.go("library")
    idle()
    library = window.screens["library"]
    headers = [library.documents.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Title", "Pairs", "Candidates", "Terms", "Imported"]
    assert library.documents.item(0, 0).text() == "Annual Report"
    assert library.documents.item(0, 2).text() == str(len(waiting) - 2)
    assert library.documents.item(0, 3).text() == "1"
    assert library.terms_label.text() == "Terms (2), newest first"
    assert library.terms.rowCount() == 2
