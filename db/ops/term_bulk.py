"""Browse's bulk actions on terms: suspend or unsuspend their cards, move them to a deck, each
one undo step; and the end of today's study day for the "due" filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.base import CollectionBase
from db.models import Card, Deck, Term, utcnow
from db.results import CardId, Changes, OpResult
from duiyi.counts import counted
from duiyi.errors import NotFound
from duiyi.study.days import as_utc, local_zone


def due_cutoff(session: Session, moment: datetime | None = None) -> datetime:
    """The UTC moment today's study day ends (default settings' rollover, local time)."""
    # Imported here: the study queue is not needed to open a collection or list terms.
    from db.ops.study_queue import deck_days

    now = as_utc(moment or utcnow())
    return deck_days(session, {None}, now, local_zone())[None].end


def _plural(n: int, word: str) -> str:
    return counted(n, word)


class TermBulkOps(CollectionBase):
    """Actions on many terms at once, each a single undo step."""

    if TYPE_CHECKING:
        # StudyOps' card update, which also takes suspended cards out of a running session.
        def _card_action(
            self, label: str, card_ids: list[CardId], values: dict[str, Any]
        ) -> OpResult[int]: ...

    def suspend_terms(self, *, term_ids: Sequence[int], suspended: bool = True) -> OpResult[int]:
        """Suspend (or unsuspend) every card of these terms; returns how many cards changed."""
        ids = sorted({int(t) for t in term_ids})
        with self._read() as session:
            card_ids = [
                CardId(c)
                for c in session.scalars(
                    select(Card.id).where(Card.term_id.in_(ids), Card.suspended.is_not(suspended))
                )
            ]
        verb = "Suspend" if suspended else "Unsuspend"
        return self._card_action(
            f"{verb} {_plural(len(ids), 'term')}", card_ids, {"suspended": suspended}
        )

    def move_terms(self, *, term_ids: Sequence[int], deck_id: int) -> OpResult[int]:
        """Move these terms (and so their cards) to a deck; returns how many terms moved."""
        ids = sorted({int(t) for t in term_ids})
        with self._read() as session:
            name = session.scalar(select(Deck.name).where(Deck.id == deck_id))
        if name is None:
            raise NotFound(f"There is no deck with id {deck_id}.")
        if not ids:
            return OpResult(0, Changes())
        changes = Changes(terms=True, cards=True)
        with self._write(f"Move {_plural(len(ids), 'term')} to {name}") as session:
            result = session.execute(
                update(Term)
                .where(Term.id.in_(ids), Term.deck_id.is_distinct_from(deck_id))
                .values(deck_id=deck_id, modified_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            moved = int(result.rowcount)  # type: ignore[attr-defined]
        return OpResult(moved, changes)


__all__ = ["TermBulkOps", "due_cutoff"]
