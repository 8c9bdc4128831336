"""Undoing the deletion of many terms brings back every row exactly: the terms, renderings,
tags, contexts, cards with their FSRS state, answers and search index (a real file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db import Collection
from db.models import SegmentPair as PairRow
from db.models import Term, TermOccurrence
from db.ops.term_info import NewTerm, TermQuery
from db.results import TermId
from duiyi.document import AlignedDocument, SegmentPair
from duiyi.study.scheduling import Rating
from tests.db.conftest import dump

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
_FIRST = "天地山水风云花草树木"
_SECOND = "人心手口文字金石光影"
_THIRD = "东南西北"
WORDS = [a + b + c for a in _FIRST for b in _SECOND for c in _THIRD]  # 400 made-up words


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    """400 terms of one document, each with a context and a tag; 150 cards answered."""
    collection = Collection.open(tmp_path / "many.duiyi")
    document = collection.documents.add(
        document=AlignedDocument(
            title="Many words",
            source_name="many.txt",
            format="txt",
            encoding="utf-8",
            layout="paragraph-interleaved",
            pairs=tuple(
                SegmentPair("paragraph", f"{w}在这里。", f"Word {n} is here.", 0.9)
                for n, w in enumerate(WORDS)
            ),
            content_hash="many",
        )
    ).value.document_id
    ids = collection.terms.add_many(
        terms=[
            NewTerm(w, (f"word {n}",), document_id=document, tags=(f"group{n % 7}",))
            for n, w in enumerate(WORDS)
        ]
    ).value
    with collection._write(None) as session:
        pairs = session.scalars(
            select(PairRow.id).where(PairRow.document_id == document).order_by(PairRow.position)
        ).all()
        for term_id, pair_id in zip(ids, pairs, strict=True):
            session.add(
                TermOccurrence(
                    term_id=term_id, pair_id=pair_id, zh_start=0, zh_end=3, en_start=0, en_end=8
                )
            )
    settings = collection.decks.settings(deck_id=None).with_changes(new_per_day=200)
    collection.decks.set_settings(deck_id=None, settings=settings)
    collection.study.start(now=T0)
    for n in range(150):
        view = collection.study.next_card(now=T0)
        assert view is not None
        rating = (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)[n % 4]
        collection.study.answer(
            card_id=view.card_id, rating=rating, duration_ms=1000 + n, now=T0 + timedelta(seconds=n)
        )
    yield collection
    collection.close()


def _ids(col: Collection, words: list[str]) -> list[TermId]:
    with col._read() as session:
        return [TermId(i) for i in session.scalars(select(Term.id).where(Term.chinese.in_(words)))]


def test_undoing_a_big_deletion_restores_every_row_exactly(col: Collection) -> None:
    gone = _ids(col, WORDS[:350])  # 350 terms: well over the 2,000 log rows of a big step
    before = dump(col.path)
    assert sum(line.startswith("reviews: ") for line in before) == 150
    assert sum(line.startswith("term_occurrences: ") for line in before) == 400
    col.terms.delete(term_ids=gone)
    after = dump(col.path)
    assert col.terms.count() == 50
    assert col.undo().value == "Delete 350 terms"
    assert dump(col.path) == before
    col.redo()
    assert dump(col.path) == after
    col.undo()
    assert dump(col.path) == before
    assert col.check().ok
    assert [t.english for t in col.terms.search(TermQuery(text=WORDS[349]))] == ["word 349"]
    assert [t.chinese for t in col.terms.search(TermQuery(text="word 399"))] == [WORDS[399]]
