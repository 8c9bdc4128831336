"""What each deck has to study today, as Anki's deck list shows it: new, learning, review.

The counts are those a study session of the deck would start with (daily limits applied), so
the Library's deck list and the Study screen agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import select

from db.models import Deck, Term, utcnow
from db.ops.part import Part
from db.ops.study_queue import build_queue
from db.results import DeckId
from duiyi.kinds import TermStatus
from duiyi.study.days import as_utc


@dataclass(frozen=True)
class DeckDue:
    """A deck with the cards it has to study today."""

    deck_id: DeckId
    name: str
    new: int
    """New cards today's limit leaves."""
    learning: int
    review: int


def due_today(part: Part, *, zone: tzinfo, now: datetime | None = None) -> list[DeckDue]:
    """Every deck holding accepted terms, by name, with its cards to study today (study days
    counted in `zone`)."""
    moment = as_utc(now or utcnow())
    out: list[DeckDue] = []
    with part._read() as session:
        studied = (
            select(Term.deck_id)
            .where(Term.status == TermStatus.ACCEPTED, Term.deck_id.is_not(None))
            .distinct()
        )
        decks = session.execute(
            select(Deck.id, Deck.name).where(Deck.id.in_(studied)).order_by(Deck.name)
        ).all()
        for deck_id, name in decks:
            queue, _days = build_queue(
                session,
                deck_id=int(deck_id),
                all_decks=False,
                custom=None,
                now=moment,
                zone=zone,
                limit=None,
            )
            new, learning, review = queue.counts()
            out.append(DeckDue(DeckId(deck_id), name, new, learning, review))
    return out
