"""The term editor's saves touch only what changed; a card's figures and review history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from db.ops.term_info import RenderingSpec
from duiyi.errors import InvalidInput


def _renderings(col: Any, term_id: int) -> list[tuple[str, str]]:
    return [(r.english, r.status) for r in col.terms.get(term_id=term_id).renderings]


def _save(col: Any, term_id: int, **changed: Any) -> Any:
    term = col.terms.get(term_id=term_id)
    fields = {
        "chinese": term.chinese,
        "pinyin": term.pinyin,
        "english": term.english,
        "notes": term.notes,
        "deck": term.deck_name,
        "tags": list(term.tags),
    }
    fields.update(changed)
    return col.terms.update(term_id=term_id, **fields)


def test_a_new_english_outdates_the_old_preferred_and_keeps_the_others(col: Any) -> None:
    term_id = col.terms.add(
        chinese="国际组织", english="international organizations (IOs)"
    ).value.id
    col.terms.add_rendering(term_id=term_id, english="IOs", status="accepted")
    _save(col, term_id, english="international organizations")
    expected = [
        ("international organizations", "preferred"),
        ("international organizations (IOs)", "outdated"),
        ("IOs", "accepted"),
    ]
    assert _renderings(col, term_id) == expected
    # Saving the notes alone leaves every rendering as it was.
    _save(col, term_id, notes="UN, WTO")
    assert _renderings(col, term_id) == expected
    assert col.terms.get(term_id=term_id).notes == "UN, WTO"
    assert col.undo_label() == "Edit term 国际组织"
    col.undo()
    col.undo()
    assert _renderings(col, term_id) == [
        ("international organizations (IOs)", "preferred"),
        ("IOs", "accepted"),
    ]


def test_an_outdated_rendering_typed_again_becomes_preferred(col: Any) -> None:
    term_id = col.terms.add(chinese="数字鸿沟", english="digital gap").value.id
    col.terms.set_renderings(
        term_id=term_id,
        renderings=[RenderingSpec("digital gap", "preferred"), RenderingSpec("divide", "outdated")],
    )
    _save(col, term_id, english="divide")
    assert _renderings(col, term_id) == [("divide", "preferred"), ("digital gap", "outdated")]


def test_deck_and_tags_change_in_the_same_undo_step(col: Any) -> None:
    term_id = col.terms.add(chinese="数字鸿沟", english="digital divide", tags=["old"]).value.id
    _save(col, term_id, deck="Politics", tags=["un", "2024"])
    term = col.terms.get(term_id=term_id)
    assert (term.deck_name, term.tags) == ("Politics", ("2024", "un"))
    col.undo()
    term = col.terms.get(term_id=term_id)
    assert (term.deck_name, term.tags) == ("Default", ("old",))


def test_an_empty_english_is_refused_and_nothing_changes(col: Any) -> None:
    term_id = col.terms.add(chinese="数字鸿沟", english="digital divide").value.id
    with pytest.raises(InvalidInput, match="needs at least one English rendering"):
        _save(col, term_id, english="  ", notes="lost?")
    assert col.terms.get(term_id=term_id).notes == ""


def test_a_term_added_with_its_sentence_shows_it_on_its_card(col: Any) -> None:
    info = col.terms.add_with_sentence(
        chinese="数字鸿沟",
        english="digital divide",
        deck="Politics",
        tags=["un"],
        sentence_zh="我们要弥合数字鸿沟。",
        sentence_en="We must bridge the digital divide.",
    ).value
    assert (info.deck_name, info.tags, info.pinyin) == ("Politics", ("un",), "shùzì hónggōu")
    card = col.study.next_card()
    assert card is not None and card.term_id == info.id
    assert card.context is not None
    assert (card.context.zh, card.context.zh_span) == ("我们要弥合数字鸿沟。", (5, 9))
    assert card.context.en == "We must bridge the digital divide."
    col.undo()
    assert col.terms.find(chinese="数字鸿沟") == []


def test_a_sentence_without_the_term_is_refused(col: Any) -> None:
    with pytest.raises(InvalidInput, match="does not contain the term 数字鸿沟"):
        col.terms.add_with_sentence(
            chinese="数字鸿沟", english="digital divide", sentence_zh="网络空间很大。"
        )
    assert col.terms.find(chinese="数字鸿沟") == []


def test_card_figures_and_history(col: Any) -> None:
    term_id = col.terms.add(chinese="数字鸿沟", english="digital divide").value.id
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    card = col.study.next_card(now=now)
    col.study.answer(card_id=card.card_id, rating=3, duration_ms=4000, now=now, typed="digital gap")
    history = col.study.card_history(term_id=term_id)
    answered = next(h for h in history if h.card_id == card.card_id)
    other = next(h for h in history if h.card_id != card.card_id)
    assert (answered.state, answered.reps, len(answered.reviews)) == ("learning", 1, 1)
    entry = answered.reviews[0]
    assert (entry.reviewed_at, entry.rating, entry.typed, entry.duration_ms) == (
        now,
        3,
        "digital gap",
        4000,
    )
    assert entry.interval == answered.due - now
    assert (other.state, other.due, other.reviews) == ("new", None, ())
    figures = col.study.card_figures(term_ids=[term_id])[term_id]
    assert (figures.due, figures.reviews, figures.lapses) == (answered.due, 1, 0)
    assert figures.interval == answered.due - now
    assert figures.difficulty == answered.difficulty
    assert entry.interval < timedelta(days=1)


def test_terms_sort_by_their_cards_figures(col: Any) -> None:
    ids = {
        zh: col.terms.add(chinese=zh, english=en).value.id
        for zh, en in (("数字鸿沟", "digital divide"), ("网络空间", "cyberspace"), ("鸿沟", "gap"))
    }
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    answers = {"网络空间": [1, 3], "数字鸿沟": [4]}  # 鸿沟 never studied
    for zh, ratings in answers.items():
        (card,) = [h for h in col.study.card_history(term_id=ids[zh])][:1]
        for minutes, rating in enumerate(ratings):
            col.study.answer(
                card_id=card.card_id,
                rating=rating,
                duration_ms=1000,
                now=now + timedelta(minutes=minutes * 20),
            )

    def order(sort: str, descending: bool = False) -> list[str]:
        return [t.chinese for t in col.terms.search(sort=sort, descending=descending)]

    assert order("reviews", descending=True) == ["网络空间", "数字鸿沟", "鸿沟"]
    # Easy sends 数字鸿沟 days away; 网络空间 is still learning: due first. Unstudied: no date.
    assert order("due") == ["鸿沟", "网络空间", "数字鸿沟"]
    assert order("interval", descending=True) == ["数字鸿沟", "网络空间", "鸿沟"]
    figures = col.study.card_figures(term_ids=list(ids.values()))
    by_difficulty = sorted((figures[ids[zh]].difficulty, zh) for zh in ("数字鸿沟", "网络空间"))
    assert order("difficulty", descending=True)[:2] == [zh for _d, zh in reversed(by_difficulty)]
    # Forgetting a review card is a lapse (Again on a new card is not).
    (card,) = col.study.card_history(term_id=ids["数字鸿沟"])[:1]
    col.study.answer(card_id=card.card_id, rating=1, duration_ms=1000, now=now + timedelta(days=30))
    assert order("lapses", descending=True) == ["数字鸿沟", "鸿沟", "网络空间"]
