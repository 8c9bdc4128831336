"""ensure_cards: cards for accepted terms per deck settings, in document order."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from db.models import (
    Base,
    Card,
    Deck,
    DeckPreset,
    Document,
    SegmentPair,
    Term,
    TermOccurrence,
)
from db.ops.cards import ensure_cards
from duiyi.study.settings import DeckSettings


def _session(tmp_path: Path) -> Session:
    engine = create_engine(f"sqlite:///{tmp_path / 'c.duiyi'}")
    Base.metadata.create_all(engine)
    return Session(engine)


def _term(session: Session, n: int, **kw: object) -> Term:
    term = Term(guid=f"g{n}", chinese=f"词{n}", **kw)
    session.add(term)
    session.flush()
    return term


def test_accepted_terms_get_both_directions_once(tmp_path: Path) -> None:
    with _session(tmp_path) as session:
        a = _term(session, 1)
        b = _term(session, 2, status="candidate")
        made = ensure_cards(session, [a.id, b.id])
        again = ensure_cards(session, [a.id, b.id])
        cards = session.execute(select(Card.term_id, Card.direction)).all()
    assert made == 2 and again == 0
    assert sorted(cards) == [(a.id, "production"), (a.id, "recognition")]


def test_deck_settings_choose_directions(tmp_path: Path) -> None:
    with _session(tmp_path) as session:
        preset = DeckPreset(name="Only zh->en", config=DeckSettings(production=False).to_dict())
        session.add(preset)
        session.flush()
        deck = Deck(name="Politics", preset_id=preset.id)
        session.add(deck)
        session.flush()
        term = _term(session, 1, deck_id=deck.id)
        ensure_cards(session, [term.id])
        directions = session.scalars(select(Card.direction)).all()
    assert directions == ["recognition"]


def test_new_position_follows_document_order(tmp_path: Path) -> None:
    with _session(tmp_path) as session:
        doc = Document(title="t", content_hash="x")
        session.add(doc)
        session.flush()
        first = SegmentPair(document_id=doc.id, position=0, kind="paragraph", zh="甲乙", en="")
        second = SegmentPair(document_id=doc.id, position=1, kind="paragraph", zh="丙丁", en="")
        session.add_all([first, second])
        session.flush()
        # Added in reverse order of where they stand in the text.
        late = _term(session, 1, document_id=doc.id)
        early = _term(session, 2, document_id=doc.id)
        session.add_all(
            [
                TermOccurrence(term_id=late.id, pair_id=second.id, zh_start=0, zh_end=2),
                TermOccurrence(term_id=early.id, pair_id=first.id, zh_start=0, zh_end=2),
            ]
        )
        session.flush()
        ensure_cards(session, [late.id, early.id])
        order = (
            session.execute(
                select(Card.term_id)
                .where(Card.direction == "recognition")
                .order_by(Card.new_position)
            )
            .scalars()
            .all()
        )
    assert order == [early.id, late.id]


def test_thousands_of_terms(tmp_path: Path) -> None:
    with _session(tmp_path) as session:
        session.add_all([Term(guid=f"g{n}", chinese=f"词{n}") for n in range(6000)])
        session.flush()
        ids = session.scalars(select(Term.id)).all()
        made = ensure_cards(session, ids)
        count = len(session.scalars(select(Card.id)).all())
    assert made == 12000 == count
