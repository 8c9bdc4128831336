"""Storing, listing, accepting and rejecting term candidates in a real collection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duiyi.errors import InvalidInput, NotFound
from duiyi.pipeline import read_and_align

DATA = Path(__file__).resolve().parents[1] / "data" / "extract" / "green_development.txt"


@pytest.fixture
def doc_id(col: Any) -> Any:
    return col.documents.add(document=read_and_align(DATA)).value.document_id


def test_extract_stores_candidates_with_contexts(col: Any, doc_id: Any) -> None:
    result = col.candidates.extract(document_id=doc_id)
    assert result.changes.terms and result.value
    listed = col.candidates.all(document_id=doc_id)
    assert len(listed) == len(result.value)
    assert [c.confidence for c in listed] == sorted((c.confidence for c in listed), reverse=True)
    green = next(c for c in listed if c.chinese == "绿色发展")
    assert green.english.lower() == "green development"
    assert green.pinyin == "lǜsè fāzhǎn"
    assert green.contexts
    for ctx in green.contexts:
        assert ctx.zh[ctx.zh_start : ctx.zh_end] == "绿色发展"
        if ctx.en_start is not None and ctx.en_end is not None:
            assert ctx.en[ctx.en_start : ctx.en_end].lower() == "green development"


def test_accept_makes_terms_with_cards_and_they_are_not_proposed_again(
    col: Any, doc_id: Any
) -> None:
    col.candidates.extract(document_id=doc_id)
    listed = col.candidates.all(document_id=doc_id)
    chosen = listed[:3]
    override = {chosen[0].id: "a better English"}
    result = col.candidates.accept(term_ids=[c.id for c in chosen], english_overrides=override)
    assert result.value == 3 and result.changes.cards
    term = col.terms.get(term_id=chosen[0].id)
    assert term.status == "accepted"
    assert term.renderings[0].english == "a better English"
    assert col.candidates.known_terms()[chosen[0].chinese] == "a better English"

    col.candidates.extract(document_id=doc_id)
    again = {c.chinese for c in col.candidates.all(document_id=doc_id)}
    assert not again & {c.chinese for c in chosen}


def test_reject_keeps_them_out(col: Any, doc_id: Any) -> None:
    col.candidates.extract(document_id=doc_id)
    first = col.candidates.all(document_id=doc_id)[0]
    assert col.candidates.reject(term_ids=[first.id]).value == 1
    col.candidates.extract(document_id=doc_id)
    assert first.chinese not in {c.chinese for c in col.candidates.all(document_id=doc_id)}
    with pytest.raises(InvalidInput, match="rejected"):
        col.candidates.accept(term_ids=[first.id])


def test_extracting_twice_replaces_not_duplicates(col: Any, doc_id: Any) -> None:
    first = len(col.candidates.extract(document_id=doc_id).value)
    col.candidates.extract(document_id=doc_id)
    assert len(col.candidates.all(document_id=doc_id)) == first


def test_edit_candidate_and_errors(col: Any, doc_id: Any) -> None:
    col.candidates.extract(document_id=doc_id)
    cand = col.candidates.all(document_id=doc_id)[0]
    edited = col.candidates.edit(term_id=cand.id, english="edited English").value
    assert edited.english == "edited English"
    with pytest.raises(InvalidInput):
        col.candidates.edit(term_id=cand.id, english="  ")
    with pytest.raises(NotFound):
        col.candidates.accept(term_ids=[999999])
    with pytest.raises(NotFound):
        col.candidates.extract(document_id=424242)


def test_extraction_input_carries_only_the_terms_the_document_mentions(
    col: Any, doc_id: Any
) -> None:
    col.terms.add(chinese="绿色发展", english=["green development"])
    col.terms.add(chinese="量子纠缠", english=["quantum entanglement"])
    col.terms.add(chinese="碳达峰", english=["carbon peaking"], status="rejected")
    col.terms.add(chinese="太空电梯", english=["space elevator"], status="rejected")
    _pairs, known, decided = col.candidates.extraction_input(document_id=doc_id)
    assert known == {"绿色发展": "green development"}
    assert decided == {"绿色发展", "碳达峰"}
    assert col.candidates.known_terms(document_id=doc_id) == {"绿色发展": "green development"}
    assert set(col.candidates.known_terms()) == {"绿色发展", "量子纠缠"}


def test_find_and_store_hands_back_what_the_extractor_found_and_what_was_stored(
    col: Any, doc_id: Any
) -> None:
    from duiyi.extract import extract_terms

    pairs, known, decided = col.candidates.extraction_input(document_id=doc_id)
    expected = extract_terms(pairs, known=known, exclude=decided)
    result = col.candidates.find_and_store(document_id=doc_id)
    assert [c.chinese for c in result.value.found] == [c.chinese for c in expected]
    listed = col.candidates.all(document_id=doc_id)
    assert sorted(result.value.stored) == sorted(c.id for c in listed)
    assert col.undo_label() == f"Extract {len(expected)} candidates"
