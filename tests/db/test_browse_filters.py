"""Browse's card filters (due, leech, suspended) and bulk suspend and move, each one undo step."""

from __future__ import annotations

import sqlite3
from typing import Any

from db import Collection
from db.ops.study import LEECH_TAG
from db.ops.term_info import TermQuery
from db.ops.term_search import LEECH_TAG as SEARCH_LEECH_TAG
from db.results import CardId, TermId

WORDS = [
    ("网络安全", "cybersecurity"),
    ("绿色出行", "green travel"),
    ("乡村振兴", "rural revitalization"),
    ("人才交流", "talent exchanges"),
    ("银行", "bank"),
]


def _fill(col: Collection) -> dict[str, TermId]:
    return {zh: col.terms.add(chinese=zh, english=[en]).value.id for zh, en in WORDS}


def _found(col: Collection, **filters: Any) -> list[str]:
    query = TermQuery(**filters)
    rows = col.terms.search(query)
    count = col.terms.count(query)
    assert count == len(rows)
    return sorted(t.chinese for t in rows)


def _answer_term(col: Collection, term_id: TermId, rating: int) -> None:
    """Answer every card of one term once from a study session (other cards are buried)."""
    col.study.start()
    seen: set[int] = set()
    while (card := col.study.next_card()) is not None and card.card_id not in seen:
        seen.add(card.card_id)
        if card.term_id == term_id:
            col.study.answer(card_id=card.card_id, rating=rating, duration_ms=1000)
        else:
            col.study.bury(card_ids=[card.card_id])


def test_due_means_a_learning_or_review_card_due_today(col: Collection) -> None:
    ids = _fill(col)
    assert _found(col, due=True) == []  # new cards are not "due"
    _answer_term(col, ids["网络安全"], 1)  # Again: learning, due in minutes
    _answer_term(col, ids["绿色出行"], 4)  # Easy: a review days away
    assert _found(col, due=True) == ["网络安全"]
    assert _found(col, due=True, text="bank") == []
    col.terms.suspend(term_ids=[ids["网络安全"]])
    assert _found(col, due=True) == []


def test_leech_means_tagged_as_the_study_code_tags_leeches(col: Collection) -> None:
    assert SEARCH_LEECH_TAG == LEECH_TAG
    ids = _fill(col)
    col.tags.add(term_ids=[ids["银行"], ids["乡村振兴"]], tags=[LEECH_TAG])
    col.tags.add(term_ids=[ids["人才交流"]], tags=["leeches-not"])
    assert _found(col, leech=True) == ["乡村振兴", "银行"]
    assert _found(col, leech=True, text="bank") == ["银行"]
    assert _found(col, leech=False) == sorted(zh for zh, _en in WORDS)


def test_bulk_suspend_filters_and_undo(col: Collection) -> None:
    ids = _fill(col)
    everything = sorted(zh for zh, _en in WORDS)
    assert _found(col, suspended=True) == []
    assert _found(col, suspended=False) == everything
    result = col.terms.suspend(term_ids=[ids["银行"], ids["绿色出行"]])
    assert result.value == 4 and result.changes.cards  # two terms, two cards each
    assert _found(col, suspended=True) == ["绿色出行", "银行"]
    assert _found(col, suspended=False) == ["乡村振兴", "人才交流", "网络安全"]
    assert col.undo_label() == "Suspend 2 terms"
    col.undo()
    assert _found(col, suspended=True) == []
    col.terms.suspend(term_ids=list(ids.values()))
    assert _found(col, suspended=True) == everything
    col.terms.suspend(term_ids=[ids["银行"]], suspended=False)
    assert _found(col, suspended=False) == ["银行"]
    assert col.undo_label() == "Unsuspend 1 term"
    col.undo()
    assert _found(col, suspended=True) == everything


def test_bulk_move_is_one_undo_step(col: Collection) -> None:
    ids = _fill(col)
    before = {t.chinese: t.deck_id for t in col.terms.search()}
    deck = col.decks.create(name="Economy").value
    moving = [ids["绿色出行"], ids["乡村振兴"], ids["银行"]]
    assert col.terms.move(term_ids=moving, deck_id=deck.id).value == 3
    assert _found(col, deck_id=deck.id) == ["乡村振兴", "绿色出行", "银行"]
    assert col.undo_label() == "Move 3 terms to Economy"
    col.undo()
    assert {t.chinese: t.deck_id for t in col.terms.search()} == before
    assert _found(col, deck_id=deck.id) == []


def test_a_term_says_how_many_of_its_cards_are_suspended(col: Collection) -> None:
    ids = _fill(col)
    fresh = col.terms.get(term_id=ids["银行"])
    assert fresh.card_count == 2 and fresh.suspended_cards == 0 and not fresh.suspended
    col.terms.suspend(term_ids=[ids["银行"]])
    held = col.terms.get(term_id=ids["银行"])
    assert held.suspended_cards == held.card_count == 2 and held.suspended
    col.study.start()
    card = col.study.next_card()
    assert card is not None
    col.study.suspend(card_ids=[card.card_id])
    term = next(t for t in col.terms.search(TermQuery(suspended=True)) if t.id != ids["银行"])
    assert (term.card_count, term.suspended_cards, term.suspended) == (2, 1, False)
    candidate = col.terms.add(chinese="候选", english=["candidate"], status="candidate").value
    assert (candidate.card_count, candidate.suspended) == (0, False)


def test_not_suspended_means_no_card_of_the_term_is_suspended(col: Collection) -> None:
    ids = _fill(col)
    col.terms.suspend(term_ids=[ids["银行"]])
    # One of 网络安全's two cards held back: it has a suspended card, so it is not "unsuspended".
    conn = sqlite3.connect(col.path)
    first = conn.execute("SELECT min(id) FROM cards WHERE term_id = ?", (ids["网络安全"],))
    card_id = CardId(first.fetchone()[0])
    conn.close()
    col.study.suspend(card_ids=[card_id])
    assert col.terms.get(term_id=ids["网络安全"]).suspended_cards == 1
    assert _found(col, suspended=True) == ["网络安全", "银行"]
    assert _found(col, suspended=False) == ["乡村振兴", "人才交流", "绿色出行"]


def test_two_chinese_characters_are_found_only_side_by_side(col: Collection) -> None:
    for chinese, english in (
        ("网络", "network"),
        ("网上联络", "keep in touch online"),
        ("互联网络", "internetwork"),
        ("络网", "reversed"),
    ):
        col.terms.add(chinese=chinese, english=[english])
    assert _found(col, text="网络") == ["互联网络", "网络"]
    assert _found(col, text="络") == ["互联网络", "络网", "网上联络", "网络"]
